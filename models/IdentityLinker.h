#pragma once

#include "models/PartyChanges.h"
#include "models/RecordFacts.h"
#include "models/Result.h"
#include "models/SqlStatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360 {

// Identity resolution v1: stores a record's keys and links it to a party. Records sharing a
// linking key (normalized email, E.164 phone, WeChat openid) belong to one party; a record
// that bridges several parties merges them into the lowest party id. Every lookup goes through
// the (kind, value) index of record_key or a primary key. Part of CacheWriter's transaction.
//
// It also keeps party_key (schema v2) up to date: per party, each distinct key (all kinds but
// source_id) with how many linked records carry it, the lowest such record id and the latest
// updated_at among them. PartyAggregator builds the golden record and search row from it, so its
// cost per page is O(distinct keys of a party), not O(records of the party).
class IdentityLinker {
    Q_DECLARE_TR_FUNCTIONS(c360::IdentityLinker)

public:
    explicit IdentityLinker(QSqlDatabase db);
    Status prepare();

    // Replaces the record's keys and links it; the touched parties (old, new, merge target)
    // are added to `touched` with what may have changed for them, merged-away parties removed from it. Returns the
    // party id. A record that kept its keys and its link marks its party (Golden) only when its newer update time
    // may reorder a kind of the party's keys (the golden record prefers the latest): the caller marks it for a
    // changed detail row or event.
    // `isNew`: the record was inserted by this page (it has no keys or link yet: nothing to read).
    // `updatedMs`: the record's updated_at (0 when unknown).
    // Called at the start of each page (inside its transaction): notes whether any key is blocked.
    Status beginPage();
    Result<qint64> link(qint64 recordId, const QList<IdentityKey>& keys, qint64 updatedMs, qint64 nowMs, bool isNew,
                        const QString& entity, PartyChanges& touched);
    // Removes the record's keys and link (a deletion); its party is added to `touched`.
    Status unlink(qint64 recordId, PartyChanges& touched);

private:
    Result<std::optional<qint64>> currentParty(qint64 recordId);
    Result<bool> hasOtherLinks(qint64 partyId, qint64 recordId);
    Result<qint64> createParty(qint64 nowMs);
    Status merge(qint64 target, qint64 other);
    Result<QList<IdentityKey>> storedKeys(qint64 recordId);
    Status addKey(qint64 party, const IdentityKey& k, qint64 recordId, qint64 updatedMs, int delta);
    // Whether seeing the party's key `k` again at `updatedMs` may change which of its kind the golden record takes:
    // a kind a golden field is chosen from, its newest time moves, and it was not already the party's newest of its
    // kind (nor is it unknown).
    Result<bool> keyReorders(qint64 party, const IdentityKey& k, qint64 updatedMs);
    Status removeKey(qint64 party, const IdentityKey& k, qint64 recordId);
    Status run(sql::Statement& q, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    sql::Statement m_deleteKeys, m_insertKey, m_findParties, m_currentParty, m_currentLink, m_otherLink, m_insertParty,
        m_upsertLink, m_deleteLink, m_repointLinks, m_repointEvents, m_deleteFts, m_deleteParty, m_recordKeys, m_addKey,
        m_keyTimes, m_decrementKey, m_dropKey, m_exactKey, m_setKey, m_foldKeys, m_deletePartyKeys, m_deletePartyFields,
        m_deletePartySources, m_deletePartyStages, m_blocked, m_anyBlocked;
    bool m_haveBlocks = true;
};

} // namespace c360

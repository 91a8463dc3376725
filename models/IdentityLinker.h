#pragma once

#include "models/RecordFacts.h"
#include "models/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360 {

// Identity resolution v1: stores a record's keys and links it to a party. Records sharing a
// linking key (normalized email, E.164 phone, WeChat openid) belong to one party; a record
// that bridges several parties merges them into the lowest party id. Every lookup goes through
// the (kind, value) index of record_key or a primary key. Part of CacheWriter's transaction.
class IdentityLinker {
public:
    explicit IdentityLinker(QSqlDatabase db);
    Status prepare();

    // Replaces the record's keys and links it; the touched parties (old, new, merge target)
    // are added to `touched`, merged-away parties removed from it. Returns the party id.
    Result<qint64> link(qint64 recordId, const QList<IdentityKey>& keys, qint64 nowMs, QSet<qint64>& touched);
    // Removes the record's keys and link (a deletion); its party is added to `touched`.
    Status unlink(qint64 recordId, QSet<qint64>& touched);

private:
    Result<std::optional<qint64>> currentParty(qint64 recordId);
    Result<bool> hasOtherLinks(qint64 partyId, qint64 recordId);
    Result<qint64> createParty(qint64 nowMs);
    Status merge(qint64 target, qint64 other);
    Status run(QSqlQuery& q, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QSqlQuery m_deleteKeys, m_insertKey, m_findParties, m_currentParty, m_otherLink, m_insertParty, m_upsertLink,
        m_deleteLink, m_repointLinks, m_repointEvents, m_deleteFts, m_deleteParty;
};

} // namespace c360

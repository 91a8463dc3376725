#pragma once

#include "models/CanonicalRecord.h"
#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/Result.h"
#include "sync/SyncScope.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360::sync {

// The scope applied on this side, for a stream whose API cannot filter (resources/connectors/README.md, "Sync
// scopes"). A customer record is kept when its territory or owner is in the scope, or its id, e-mail address or
// phone number is listed. Any other record is kept when it belongs to a kept customer: it refers to one (the
// references its manifest declares: a ticket's requester, an order's customer) or shares a linking identity key
// (e-mail, phone, WeChat) with a record the cache holds — every record a scoped cache holds is in scope, and
// customer streams are read first. With a "queue" scope, a record whose mapped `queue` is in it (a call, a chat, a
// Zendesk ticket's group) is kept too, the streams that map `queue` are read before the customer streams, and a
// customer is kept when a kept record refers to it or shares a linking key with it. A tombstone is kept when the
// cache holds its record.
class LocalScopeFilter {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::LocalScopeFilter)

public:
    LocalScopeFilter(QSqlDatabase db, const SyncScope& scope, const IdentityConfig& config);

    // Removes the records outside the scope from the page; returns how many it removed.
    Result<int> filter(QList<CanonicalRecord>& records);

private:
    Result<bool> keepsTombstone(const CanonicalRecord& r);
    bool customerInScope(const CanonicalRecord& r, const QList<IdentityKey>& keys) const;
    Result<bool> belongsToKept(const QList<IdentityKey>& keys);

    QSqlDatabase m_db;
    Normalizer m_normalizer;
    QSet<QString> m_territories;
    QSet<QString> m_owners;
    QSet<QString> m_queues;
    QSet<QString> m_ids;
    QSet<QString> m_listedKeys; // "kind\tvalue" of listed e-mail addresses and phone numbers
    QSet<QString> m_keptKeys;   // "kind\tvalue" of the records kept in this run
    QSqlQuery m_knownKey;
    QSqlQuery m_knownRecord;
    bool m_prepared = false;
};

} // namespace c360::sync

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace c360 {

// What "forget this customer" removed from the cache; `identities` (the customer's e-mails, phones
// and source ids, in memory only) let the caller erase the same person from other files (outbox).
struct ForgetReport {
    qint64 partyId = 0;
    qint64 records = 0;         // source records (with their details, keys, links and events)
    qint64 rows = 0;            // every row deleted, all tables together
    QStringList customerKeys;   // "email:…", "phone:…", "record:source/id": how the outbox names the customer
    QStringList identityValues; // raw e-mails, phones, source ids (to find payloads that mention them)
};

// Erases one customer from the cache: every source record linked to the party (raw payload, detail
// rows, identity keys, links, timeline), the golden record and its search row, every row of any
// table that has a party_id column (tallies, fields, next-best-action feedback, and whatever later
// schemas add), supervisors' decisions about those records, quarantined payloads that mention the
// customer. One transaction; then the search index is rewritten without the deleted entries and
// the WAL is checkpointed and truncated. With PRAGMA secure_delete=ON (models/Database) the freed
// bytes are zeros: the forgotten e-mail is in no byte of the cache files afterwards.
// Runs on the writer's connection (not concurrently with a sync).
class CustomerEraser {
    Q_DECLARE_TR_FUNCTIONS(c360::CustomerEraser)

public:
    explicit CustomerEraser(QSqlDatabase cache);
    Result<ForgetReport> forget(qint64 partyId);

    // The outbox side: every item of the customer (by party id, customer key, or a payload that
    // mentions one of the identity values), sent or not; then checkpoint. Returns the rows deleted.
    static Result<qint64> forgetInOutbox(QSqlDatabase outbox, const ForgetReport& report);
    // PRAGMA wal_checkpoint(TRUNCATE): the WAL's old page images go too.
    static Status checkpoint(QSqlDatabase db);

private:
    QSqlDatabase m_db;
};

} // namespace c360

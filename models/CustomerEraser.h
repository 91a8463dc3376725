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

    // Several customers (retention): one transaction each, the index merged and the WAL truncated once
    // at the end. Returns the customers erased.
    Result<qint64> forgetMany(const QList<qint64>& partyIds);

    // Sign-out with purge: every row of every table of the cache (customers, records, timeline, search
    // index, quarantine, sync checkpoints, the signed-in user) except what holds no customer data
    // (the next-best-action learner's counts per action and segment), then VACUUM and a truncated WAL.
    // Returns the rows deleted. The schema stays: the next sign-in syncs into an empty cache.
    static Result<qint64> purgeCache(QSqlDatabase cache);
    // The outbox side of a purge: items already sent (their payloads name customers) and, with
    // `discardUnsent`, the ones not sent yet; then VACUUM and a truncated WAL. Returns the rows deleted.
    static Result<qint64> purgeOutbox(QSqlDatabase outbox, bool discardUnsent);
    // Items the outbox has not delivered yet (pending or failed): notes, wrap-ups, answers.
    static Result<qint64> unsentCount(QSqlDatabase outbox);

private:
    Result<ForgetReport> forgetOne(qint64 partyId); // without the index merge and the checkpoint
    static Status compact(QSqlDatabase db);         // VACUUM, then checkpoint
    QSqlDatabase m_db;
};

} // namespace c360

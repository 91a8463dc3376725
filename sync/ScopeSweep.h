#pragma once

#include "models/Result.h"
#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace c360::sync {

struct ScopeSweepReport {
    qint64 purged = 0;        // customers erased
    qint64 keptForOutbox = 0; // out of scope, kept because writes of theirs wait in the outbox
    bool due = false;         // a sweep waits for streams not yet read again under the new scope
};

// A narrowed sync scope (resources/connectors/README.md, "Changing the scope"): when a source's scope changes,
// its streams are read again from their start (SyncEngine), every record that comes back being stamped with
// the time it was fetched. Once every stream of every source whose scope changed has completed that read, the
// customers none of whose records came back are out of scope and leave the cache with every trace
// (CustomerEraser::forgetMany, as retention and `c360 forget` erase: records, details, identity keys,
// timeline, search index; WAL truncated), audited ("purge", subject "scope"). Customers kept beyond the scope
// (opened on demand, taken offline: retention decides about them) stay, and so do customers with writes
// waiting in the outbox beside the cache — these are kept as "opened", so that they stay in the sync until
// retention lets them go. Runs on the sync's writer connection, at the end of a sync.
class ScopeSweep {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::ScopeSweep)

public:
    explicit ScopeSweep(QSqlDatabase db);
    Result<ScopeSweepReport> run(const QList<SourceConfig>& sources);

private:
    Result<bool> readAgain(const SourceConfig& source, qint64 sinceMs) const;
    Result<QSet<qint64>> waitingInOutbox() const;
    QSqlDatabase m_db;
};

} // namespace c360::sync

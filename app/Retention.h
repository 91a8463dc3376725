#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace c360::app {

// How long the cache keeps customers outside the user's scope, from the sources file:
//   "retention_days": 30,
//   "scope": {"city": ["Shanghai", "Suzhou"], "segment": ["vip"]}
// A customer is in scope when their golden record matches every field named in "scope" (one of its
// values); without "scope" every customer is. No "retention_days" (or 0): retention is off.
struct RetentionPolicy {
    int days = 0;
    QMap<QString, QStringList> scope; // party column (city, segment) → values in scope
    // The scope is a sync scope too (territory, owner, queue, customers, customers_file: sync/SyncScope.h): then the
    // customers kept beyond it because an agent opened them (scope_customer, reason "opened") are out of scope
    // and leave the cache and the sync when nobody opened them in `days` days.
    bool syncScoped = false;
};

struct RetentionReport {
    qint64 customers = 0; // in the cache before
    qint64 purged = 0;
};

// Retention: customers outside the scope that nobody opened in the last `days` days (by the audit
// log's "open" entries; never opened counts as not opened), and with nothing waiting in the outbox,
// are erased from the cache like `c360 forget` does (every record, the search index, WAL truncated).
// The count goes to the log and the audit log (action "purge", subject "retention"); no names.
// Runs on the cache's writer side: at start (when no sync runs first) and after each sync.
class Retention {
    Q_DECLARE_TR_FUNCTIONS(c360::app::Retention)

public:
    // nullopt: retention is off (no "retention_days" or 0).
    static Result<std::optional<RetentionPolicy>> fromSourcesFile(const QString& path);
    // The customers to erase now.
    static Result<QList<qint64>> due(QSqlDatabase cache, const QString& auditPath, const QString& outboxPath,
                                     const RetentionPolicy& policy, const QDateTime& now);
    // Erases them, logs and audits the count.
    static Result<RetentionReport> apply(const QString& cachePath, const RetentionPolicy& policy,
                                         const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The whole run for a sources file (blocking); nullopt: retention is off.
    static Result<std::optional<RetentionReport>> run(const QString& sourcesPath, const QString& cachePath);
    // The same off the UI thread; `done` on `context`'s thread.
    using Done = std::function<void(const Result<std::optional<RetentionReport>>& report)>;
    static void start(const QString& sourcesPath, const QString& cachePath, QObject* context, Done done);
};

} // namespace c360::app

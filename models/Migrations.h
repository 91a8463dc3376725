#pragma once

#include "models/Result.h"

#include <QSqlDatabase>

namespace c360 {

// Forward migrations keyed on PRAGMA user_version; each step runs in its own transaction.
// The outbox file has its own schema, owned and migrated by sync::OutboxStore.
class Migrations {
public:
    static constexpr int cacheVersion = 22;
    static constexpr int auditVersion = 1; // audit.db, migrated by models/AuditLog

    // Brings the cache to `target` (default: latest). Refuses a database newer than the program.
    static Status migrateCache(QSqlDatabase db, int target = cacheVersion);
    static int userVersion(QSqlDatabase db);
    // The schema versions the cache steps bring a database to, oldest first (numbers may be absent).
    static QList<int> cacheSteps();
};

} // namespace c360

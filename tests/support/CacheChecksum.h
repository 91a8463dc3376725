#pragma once

#include <QSqlDatabase>
#include <QString>

namespace c360::testing {

// SHA-256 (hex) over the cache's live source records, sorted by source, stream and source id, one
// line each: "source\tstream\tsource_id\tupdated_at_ms\n" — the same as c360-backend's
// GET /admin/checksum over its live records, so equal checksums mean the cache holds exactly the
// backend's records in their latest versions. Empty on a SQL error.
QString cacheChecksum(QSqlDatabase db);

} // namespace c360::testing

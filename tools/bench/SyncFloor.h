#pragma once

#include "models/Result.h"

#include <QString>

namespace c360::bench {

// The floor a sync is measured against, in the same run on the same machine: the larger of
//  - fetch: every page of every stream of a sources file fetched by libcurl alone into memory (no JSON
//    parse beyond finding the next cursor, no mapping, no cache), and
//  - write: the rows of the synced cache inserted through raw sqlite3 prepared statements (bound once per
//    row, one transaction per chunk) into an empty file with the same schema and journal settings.

struct FetchFloor {
    qint64 pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

struct WriteFloor {
    qint64 rows = 0; // every row of every table, search index rows included
    double seconds = 0;
};

// Reference-backend sources files only (GET /{source}/v1/{stream}?limit=&cursor= with a bearer token).
Result<FetchFloor> measureFetchFloor(const QString& sourcesPath, int pageSize = 200);

// `cachePath` is read; `emptyPath` is created (it must not exist) with the current schema and filled.
Result<WriteFloor> measureWriteFloor(const QString& cachePath, const QString& emptyPath);

// POSTs {"source","stream","op":"update","id"} to the backend's /admin/mutate for every 100th live record
// of the cache (1%). Returns how many records it changed.
Result<qint64> changeOnePercent(const QString& sourcesPath, const QString& cachePath);

} // namespace c360::bench

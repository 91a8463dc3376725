#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace c360 {

// Mark-and-sweep for full-refresh streams: every record a run receives is stamped with the time it
// was fetched (source_record.fetched_at), so after a full read completes, the live records of the
// stream fetched before the run started are the ones the source no longer has.
class StaleRecords {
public:
    explicit StaleRecords(QSqlDatabase db);

    // Up to `limit` live records of the stream last fetched before `runStartMs`, as tombstones
    // (deleted, payload and updated_at kept) ready for CacheWriter::applyPage.
    Result<QList<CanonicalRecord>> tombstones(const QString& source, const QString& stream, qint64 runStartMs,
                                              int limit) const;
    // The newest updated_at of the stream's live records (the committed high-water mark); invalid if none.
    Result<QDateTime> highWaterMark(const QString& source, const QString& stream) const;

private:
    QSqlDatabase m_db;
};

} // namespace c360

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace c360 {

struct StreamState {
    QString source;
    QString stream;
    QString checkpoint;    // empty: never synced
    QDateTime lastSuccess; // invalid: never
    QDateTime lastAttempt;
    QString lastError;  // human message of the last failure, empty after a success
    qint64 records = 0; // live records in the cache for this stream
    qint64 quarantined = 0;
};

// Checkpoints and per-stream status. The checkpoint itself is written by CacheWriter inside the
// page transaction; this class reads it and records run outcomes.
class SyncStateRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::SyncStateRepository)

public:
    explicit SyncStateRepository(QSqlDatabase db);
    Result<QString> checkpoint(const QString& source, const QString& stream) const; // "" if none
    Status markSuccess(const QString& source, const QString& stream, const QDateTime& at);
    Status markFailure(const QString& source, const QString& stream, const QDateTime& at, const QString& error);
    Status resetCheckpoint(const QString& source, const QString& stream);
    Result<QList<StreamState>> all() const;
    Result<QDateTime> lastSuccessfulSync() const; // most recent success over all streams

private:
    QSqlDatabase m_db;
};

} // namespace c360

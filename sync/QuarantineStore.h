#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace c360::sync {

// One record the connector could not map, as the cache keeps it (table `quarantine`).
struct QuarantinedRecord {
    qint64 id = 0;
    QString source;
    QString stream;
    QString sourceId; // may be empty when the id itself was missing
    QString error;
    QByteArray payload; // the record as received
    QDateTime at;
};

// Reads (and, on the user's request, discards) quarantined records with the caller's connection.
// Newest first, bounded by `limit`; a filter that is empty matches everything.
class QuarantineStore {
public:
    explicit QuarantineStore(QSqlDatabase db);
    Result<QList<QuarantinedRecord>> list(const QString& source = {}, const QString& stream = {},
                                          int limit = 200) const;
    Result<qint64> count(const QString& source = {}, const QString& stream = {}) const;
    // Removes one entry (after it was fixed at the source and synced again, or dismissed).
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace c360::sync

#include "models/SyncStateRepository.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QMap>

namespace c360 {

SyncStateRepository::SyncStateRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QString> SyncStateRepository::checkpoint(const QString& source, const QString& stream) const {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT checkpoint FROM sync_state WHERE source = ? AND stream = ?")) ||
        !sql::exec(q, {source, stream})) {
        return sql::error(q, tr("The sync state could not be read."));
    }
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncStateRepository::markSuccess(const QString& source, const QString& stream, const QDateTime& at) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO sync_state(source, stream, last_success, last_attempt, last_error) "
                                  "VALUES(?,?,?,?,NULL) ON CONFLICT(source, stream) DO UPDATE SET "
                                  "last_success = excluded.last_success, last_attempt = excluded.last_attempt, "
                                  "last_error = NULL")) ||
        !sql::exec(q, {source, stream, sql::ms(at), sql::ms(at)})) {
        return sql::error(q, tr("The sync state could not be saved."));
    }
    return {};
}

Status SyncStateRepository::markFailure(const QString& source, const QString& stream, const QDateTime& at,
                                        const QString& error) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO sync_state(source, stream, last_attempt, last_error) VALUES(?,?,?,?) "
                                  "ON CONFLICT(source, stream) DO UPDATE SET last_attempt = excluded.last_attempt, "
                                  "last_error = excluded.last_error")) ||
        !sql::exec(q, {source, stream, sql::ms(at), error})) {
        return sql::error(q, tr("The sync state could not be saved."));
    }
    return {};
}

Status SyncStateRepository::resetCheckpoint(const QString& source, const QString& stream) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE sync_state SET checkpoint = NULL WHERE source = ? AND stream = ?")) ||
        !sql::exec(q, {source, stream})) {
        return sql::error(q, tr("The sync state could not be saved."));
    }
    return {};
}

Result<QList<StreamState>> SyncStateRepository::all() const {
    const QString failed = tr("The sync state could not be read.");
    QMap<QPair<QString, QString>, StreamState> states;
    auto state = [&states](const QString& source, const QString& stream) -> StreamState& {
        StreamState& s = states[{source, stream}];
        s.source = source;
        s.stream = stream;
        return s;
    };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT source, stream, checkpoint, last_success, last_attempt, last_error FROM sync_state"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        StreamState& s = state(q.value(0).toString(), q.value(1).toString());
        s.checkpoint = q.value(2).toString();
        s.lastSuccess = sql::fromMs(q.value(3));
        s.lastAttempt = sql::fromMs(q.value(4));
        s.lastError = q.value(5).toString();
    }
    if (!q.exec(QStringLiteral(
            "SELECT source, stream, count(*) FROM source_record WHERE deleted = 0 GROUP BY source, stream"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        state(q.value(0).toString(), q.value(1).toString()).records = q.value(2).toLongLong();
    }
    if (!q.exec(QStringLiteral("SELECT source, stream, count(*) FROM quarantine GROUP BY source, stream"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        state(q.value(0).toString(), q.value(1).toString()).quarantined = q.value(2).toLongLong();
    }
    return states.values();
}

Result<QDateTime> SyncStateRepository::lastSuccessfulSync() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(last_success) FROM sync_state")) || !q.next()) {
        return sql::error(q, tr("The sync state could not be read."));
    }
    return sql::fromMs(q.value(0));
}

} // namespace c360

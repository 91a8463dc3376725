#include "sync/QuarantineStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace c360::sync {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync", text);
}

Error sqlError(const QSqlQuery& q) {
    return Error{tr("Could not read the quarantined records from the cache."), q.lastError().text()};
}

// " WHERE source = ? AND stream = ?" for the filters that are set; binds them in that order.
QString where(const QString& source, const QString& stream) {
    QStringList parts;
    if (!source.isEmpty()) {
        parts << QStringLiteral("source = ?");
    }
    if (!stream.isEmpty()) {
        parts << QStringLiteral("stream = ?");
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery& q, const QString& source, const QString& stream) {
    if (!source.isEmpty()) {
        q.addBindValue(source);
    }
    if (!stream.isEmpty()) {
        q.addBindValue(stream);
    }
}

} // namespace

QuarantineStore::QuarantineStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<QuarantinedRecord>> QuarantineStore::list(const QString& source, const QString& stream, int limit) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, source, stream, source_id, error, payload, at FROM quarantine") +
                   where(source, stream) + QStringLiteral(" ORDER BY id DESC LIMIT ?"))) {
        return sqlError(q);
    }
    bindFilter(q, source, stream);
    q.addBindValue(std::max(1, limit));
    if (!q.exec()) {
        return sqlError(q);
    }
    QList<QuarantinedRecord> out;
    while (q.next()) {
        QuarantinedRecord r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.stream = q.value(2).toString();
        r.sourceId = q.value(3).toString();
        r.error = q.value(4).toString();
        r.payload = q.value(5).toByteArray();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
        out.append(std::move(r));
    }
    return out;
}

Result<qint64> QuarantineStore::count(const QString& source, const QString& stream) const {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM quarantine") + where(source, stream))) {
        return sqlError(q);
    }
    bindFilter(q, source, stream);
    if (!q.exec() || !q.next()) {
        return sqlError(q);
    }
    return q.value(0).toLongLong();
}

Status QuarantineStore::remove(qint64 id) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM quarantine WHERE id = ?"))) {
        return sqlError(q);
    }
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q);
    }
    return {};
}

} // namespace c360::sync

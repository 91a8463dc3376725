#include "models/StaleRecords.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace c360 {

namespace {
QString failed() {
    return QCoreApplication::translate("c360::StaleRecords", "The local cache could not be read.");
}
} // namespace

StaleRecords::StaleRecords(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<CanonicalRecord>> StaleRecords::tombstones(const QString& source, const QString& stream, qint64 runStartMs,
                                                        int limit) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT source_id, entity, updated_at, payload FROM source_record WHERE source = ? "
                                  "AND stream = ? AND deleted = 0 AND fetched_at < ? ORDER BY id LIMIT ?")) ||
        !sql::exec(q, {source, stream, runStartMs, limit})) {
        return sql::error(q, failed());
    }
    QList<CanonicalRecord> out;
    while (q.next()) {
        CanonicalRecord r;
        r.source = source;
        r.stream = stream;
        r.sourceId = q.value(0).toString();
        r.entity = entityKindFromName(q.value(1).toString()).value_or(EntityKind::Customer);
        r.updatedAt = sql::fromMs(q.value(2));
        r.deleted = true;
        r.raw = q.value(3).toString().toUtf8();
        out.append(std::move(r));
    }
    return out;
}

Result<QDateTime> StaleRecords::highWaterMark(const QString& source, const QString& stream) const {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "SELECT max(updated_at) FROM source_record WHERE source = ? AND stream = ? AND deleted = 0")) ||
        !sql::exec(q, {source, stream})) {
        return sql::error(q, failed());
    }
    return q.next() ? sql::fromMs(q.value(0)) : QDateTime();
}

} // namespace c360

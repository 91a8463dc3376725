#pragma once

#include "models/CanonicalRecord.h"
#include "models/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace c360::testutil {

inline QDateTime at(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

inline CanonicalRecord record(const QString& source, const QString& stream, EntityKind entity, const QString& id,
                              QVariantMap fields, const char* updated = "2024-05-01T10:00:00Z") {
    CanonicalRecord r;
    r.source = source;
    r.stream = stream;
    r.entity = entity;
    r.sourceId = id;
    r.updatedAt = at(updated);
    r.fields = std::move(fields);
    r.raw = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return r;
}

inline CanonicalRecord tombstone(const QString& source, const QString& stream, EntityKind entity, const QString& id) {
    CanonicalRecord r = record(source, stream, entity, id, {}, "2024-06-01T00:00:00Z");
    r.deleted = true;
    r.raw = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\",\"deleted\":true}");
    return r;
}

inline qint64 scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QString text(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return QStringLiteral("<error>");
    }
    return q.value(0).toString();
}

} // namespace c360::testutil

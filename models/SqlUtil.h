#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace c360::sql {

// Internal helpers of the storage layer (not part of the contract other layers code against).

inline Error error(const QSqlQuery& q, const QString& message) {
    return Error{message, q.lastError().text() % QStringLiteral(" [") % q.lastQuery() % QStringLiteral("]")};
}

inline Error error(const QSqlDatabase& db, const QString& message) {
    return Error{message, db.lastError().text()};
}

// Binds the values positionally (replacing what the previous row bound) and executes.
inline bool exec(QSqlQuery& q, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant& v : values) {
        q.bindValue(i++, v);
    }
    return q.exec();
}

// NULL for an empty string, so "unknown" is stored as NULL.
inline QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

inline QVariant ms(const QDateTime& t) {
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromMs(const QVariant& v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Ids as a JSON array, for `x IN (SELECT value FROM json_each(?))`: one statement for a whole list.
inline QString jsonIds(const QList<qint64>& ids) {
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += QString::number(ids.at(i));
    }
    json += u']';
    return json;
}

} // namespace c360::sql

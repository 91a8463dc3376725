#include "models/SqlRawStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cmath>

namespace c360::sql {

sqlite3* rawHandle(const QSqlDatabase& db) {
    if (db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

RawStatement::RawStatement(const QSqlDatabase& db, const char* sqlText, QString failed)
    : m_db(rawHandle(db))
    , m_failed_message(std::move(failed))
    , m_sql(QString::fromUtf8(sqlText)) {
    if (m_db == nullptr) {
        m_error = QStringLiteral("not an SQLite connection");
        m_failed = true;
        return;
    }
    if (sqlite3_prepare_v2(m_db, sqlText, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_failed = true;
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement() {
    sqlite3_finalize(m_stmt);
}

Error RawStatement::error() const {
    return Error{m_failed_message, m_error + QStringLiteral(" [") + m_sql + u']'};
}

void RawStatement::bind(int i, qint64 value) {
    sqlite3_bind_int64(m_stmt, i, value);
}

void RawStatement::bind(int i, double value) {
    sqlite3_bind_double(m_stmt, i, value);
}

void RawStatement::bind(int i, const QString& text) {
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    bindUtf8(i, text.toUtf8());
}

void RawStatement::bindUtf8(int i, const QByteArray& utf8) {
    sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::bindNull(int i) {
    sqlite3_bind_null(m_stmt, i);
}

void RawStatement::bind(int i, const QVariant& v) {
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
        bindNull(i);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        bind(i, v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (!std::isfinite(v.toDouble())) {
            bindNull(i); // as JSON batches stored it (models/SqlBatch.cpp)
            return;
        }
        bind(i, v.toDouble());
        return;
    default:
        bind(i, v.toString());
        return;
    }
}

bool RawStatement::next() {
    if (m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_failed = true;
    }
    return false;
}

Status RawStatement::exec() {
    if (m_stmt == nullptr) {
        return error();
    }
    while (next()) {
    }
    reset();
    if (m_failed) {
        return error();
    }
    return {};
}

void RawStatement::reset() {
    sqlite3_reset(m_stmt);
}

bool RawStatement::isNull(int col) const {
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 RawStatement::int64(int col) const {
    return sqlite3_column_int64(m_stmt, col);
}

double RawStatement::real(int col) const {
    return sqlite3_column_double(m_stmt, col);
}

QString RawStatement::text(int col) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (data == nullptr) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView RawStatement::utf8(int col) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return data == nullptr ? QByteArrayView() : QByteArrayView(data, sqlite3_column_bytes(m_stmt, col));
}

} // namespace c360::sql

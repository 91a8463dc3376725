#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace c360::sql {

// One prepared statement run through SQLite's own API on a Qt SQL connection (QSQLITE's handle, same transaction):
// for the bulk reads and writes of a full identity resolution, where a QVariant per value read or bound (and Qt
// SQL's bookkeeping per row) cost more than SQLite's work. Bind, step, read columns; reset() for the next row.
// Text travels as UTF-8. Not copyable; finalized on destruction.
class RawStatement {
public:
    // `failed`: the message of an error (the caller's, translated).
    RawStatement(const QSqlDatabase& db, const char* sql, QString failed);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool prepared() const { return m_stmt != nullptr; }
    // The error of the last failing call (or of preparing), with SQLite's message and the statement.
    Error error() const;

    // 1-based as in SQLite.
    void bind(int i, qint64 value);
    void bind(int i, double value);
    void bind(int i, const QString& text); // NULL for a null QString, '' for an empty one
    void bindUtf8(int i, const QByteArray& utf8);
    void bindNull(int i);
    // A value as Qt SQL would bind it (NULL for no value or a null string; integers, reals, text).
    void bind(int i, const QVariant& value);

    // Next row: true while there is one; false at the end or on an error (then failed() says so).
    bool next();
    bool failed() const { return m_failed; }
    // Runs a statement that returns no rows (after binding) and resets it for the next.
    Status exec();
    // Ready to run again (bindings kept).
    void reset();

    // Columns of the current row, 0-based as in SQLite.
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    // The column's UTF-8 bytes without a copy: valid until the next call on the statement.
    QByteArrayView utf8(int col) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_failed_message;
    QString m_sql;
    QString m_error;
    bool m_failed = false;
};

// The sqlite3 handle behind a QSQLITE connection, or nullptr for another driver.
sqlite3* rawHandle(const QSqlDatabase& db);

} // namespace c360::sql

#pragma once

#include "models/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <iterator>

struct sqlite3;
struct sqlite3_stmt;

namespace c360::sql {

// A prepared statement of the cache writer's hot paths (a sync binds some forty values per record), with the
// QSqlQuery calls those paths use: exec(values), next(), value(i), finish(), lastInsertId().
//
// Qt 6.4's QSqlResult::bindValue(int, ...) formats ":N" and hashes it for every value bound: a profile of a full
// sync spent 18% of its CPU there. Where Qt's SQLite driver uses the SQLite library this program links (the
// Debian/Ubuntu packages: libqt6sql6-sqlite links the system libsqlite3), the statement runs on the connection's
// own sqlite3 handle through the C API, in the connection's transaction. Elsewhere (Windows and macOS Qt builds
// carry their own SQLite inside the plugin) it is a QSqlQuery. Values are bound as Qt's driver binds them: a null
// QVariant or null string as NULL, integers and booleans as integers, doubles as reals, strings as text, byte arrays
// as blobs. A row reads back as the driver reads it: integer → qlonglong, real → double, text → QString,
// blob → QByteArray, NULL → a null QVariant.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(const QSqlDatabase& db, const QString& sql);
    // Binds the values positionally and executes; a SELECT is then on its first row (next() returns it).
    bool exec(std::initializer_list<QVariant> values) { return exec(std::data(values), qsizetype(values.size())); }
    bool exec(const QVariantList& values) { return exec(values.constData(), values.size()); }
    bool next();
    QVariant value(int column) const;
    // Resets the statement (ends a SELECT read part way).
    void finish();
    QVariant lastInsertId() const;
    QString lastError() const { return m_error; }
    QString lastQuery() const { return m_sql; }
    // Whether the direct path is in use (false: the QSqlQuery fallback).
    bool direct() const { return m_stmt != nullptr; }

private:
    bool exec(const QVariant* values, qsizetype count);
    void clear();

    QString m_sql;
    QString m_error;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_pendingRow = false; // exec() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    QSqlQuery m_fallback;
    bool m_useFallback = false;
};

inline bool exec(Statement& s, std::initializer_list<QVariant> values) {
    return s.exec(values);
}

inline Error error(const Statement& s, const QString& message) {
    return Error{message, s.lastError() % QStringLiteral(" [") % s.lastQuery() % QStringLiteral("]")};
}

} // namespace c360::sql

#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace c360::sql {

// A prepared statement of the cache writer's hot paths (a sync binds some forty values per record) and of the bulk
// reads and writes of a full identity resolution (a million records): the QSqlQuery calls those paths use
// (exec(values), next(), value(i), finish(), lastInsertId()), and a row-by-row form without a QVariant per value
// (bind(i, ...), next() or run(), int64(c), text(c), utf8(c), ...).
//
// Qt 6.4's QSqlResult::bindValue(int, ...) formats ":N" and hashes it for every value bound: a profile of a full
// sync spent 18% of its CPU there. Where Qt's SQLite driver uses the SQLite library this program links (the
// Debian/Ubuntu packages: libqt6sql6-sqlite links the system libsqlite3), the statement runs on the connection's
// own sqlite3 handle through the C API, in the connection's transaction. Elsewhere (Windows and macOS Qt builds
// carry their own SQLite inside the plugin) it is a QSqlQuery. Values are bound as Qt's driver binds them: a null
// QVariant or null string as NULL, integers and booleans as integers, doubles as reals, strings as text, byte arrays
// as blobs. A row reads back as the driver reads it: integer → qlonglong, real → double, text → QString,
// blob → QByteArray, NULL → a null QVariant.
// Whether a value read back from the cache is the one writing `next` would store: both NULL, the same number, or the
// same text (an integer read back equals the same integer bound as another integer type). Writers skip a row that
// would not change: each row written costs its pages, its indexes and its triggers.
bool sameValue(const QVariant& stored, const QVariant& next);
// The same, value by value, for rows of the same columns.
bool sameRow(const QVariantList& stored, const QVariantList& next);

class Statement;

// A stored row found with its id (its INTEGER PRIMARY KEY): its other columns in `values`.
struct StoredRow {
    qint64 id = 0;
    QVariantList values;
};
// How writeByPosition() writes: a stored row updated to `row`, a row added, a stored row removed.
struct RowWrites {
    std::function<Status(const StoredRow& stored, const QVariantList& row)> update;
    std::function<Status(const QVariantList& row)> insert;
    std::function<Status(qint64 id)> remove;
};
// The rows of a statement run (or bound) whose first column is the row id, each with its `columns` columns after it.
// `failed`: the message of a read that fails.
Result<std::vector<StoredRow>> readRowsWithIds(Statement& read, int columns, const QString& failed);
// Makes rows stored in the order they were written (their ids) the rows `rows`, position by position: a differing
// one is updated in place, rows beyond the stored ones are added after them, stored ones beyond `rows` removed. Rows
// written once keep their ids, and new ones come after them in the order a first write gives. Returns whether it
// wrote anything.
Result<bool> writeByPosition(const std::vector<StoredRow>& stored, const QList<QVariantList>& rows,
                             const RowWrites& writes);

class Statement {
public:
    Statement() = default;
    // Prepared at once (prepared() tells); `failed`: the message of an error (the caller's, translated), error()'s.
    Statement(const QSqlDatabase& db, const char* sql, QString failed);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(const QSqlDatabase& db, const QString& sql);
    bool prepared() const { return m_prepared; }
    // Binds the values positionally and executes; a SELECT is then on its first row (next() returns it).
    bool exec(std::initializer_list<QVariant> values) { return exec(std::data(values), qsizetype(values.size())); }
    bool exec(const QVariantList& values) { return exec(values.constData(), values.size()); }
    // Row by row: bind (1-based, as in SQLite; bindings are kept until bound again), then next() for the rows of a
    // SELECT or run() for a statement without rows.
    void bind(int i, qint64 value);
    void bind(int i, double value);
    void bind(int i, const QString& text);     // NULL for a null QString, '' for an empty one
    void bindUtf8(int i, QByteArrayView text); // text of these UTF-8 bytes ('' for none)
    void bindNull(int i);
    void bind(int i, const QVariant& value);
    // Runs the statement as bound, to its end, and makes it ready for the next row's values.
    Status run();
    // The next row: after exec(values), or the first step of a statement bound (or prepared) and not run yet. False at
    // the end or on an error (then failed() says so).
    bool next();
    bool failed() const { return m_failed; }
    // Ready to run again as bound (a read left part way).
    void reset();
    // Columns of the current row, 0-based.
    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes: valid until the next row (or the next utf8() of that column).
    QByteArrayView utf8(int column) const;
    // Resets the statement (ends a SELECT read part way).
    void finish();
    QVariant lastInsertId() const;
    // The rows the last INSERT, UPDATE or DELETE run changed (0: an insert that did nothing on a conflict).
    int rowsChanged() const;
    QString lastError() const { return m_error; }
    QString lastQuery() const { return m_sql; }
    // The error of the last failing call (or of preparing), with the statement: under the constructor's message.
    Error error() const;
    // Whether the direct path is in use (false: the QSqlQuery fallback).
    bool direct() const { return m_stmt != nullptr; }
    // Tests: statements prepared from now on take the QSqlQuery fallback (false) as they do where Qt's driver carries
    // its own SQLite, or the direct path where it can (true, the default).
    static void setDirectAllowed(bool allowed);

private:
    bool exec(const QVariant* values, qsizetype count);
    void clear();
    void fail(const QString& message);
    // Before binding position i: the fallback binds `value` (returns false); a direct statement that ran is reset so
    // that it can be bound and stepped again (returns true: bind it). No QVariant on the direct path.
    template <typename T> bool rebind(int i, const T& value) {
        if (m_useFallback) {
            bindFallback(i, QVariant(value));
            return false;
        }
        readyToBind();
        return true;
    }
    void bindFallback(int i, const QVariant& value);
    void readyToBind();

    // Where a direct statement is: prepared or reset (next() steps it), stepped onto a first row that next() hands out,
    // on a row, or at its end (next() returns false until it is bound, run or reset).
    enum class State { Ready, Pending, OnRow, Done };
    void stop(State next); // reset, then `next`

    QString m_sql;
    QString m_error;
    QString m_failedMessage;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    State m_state = State::Done;
    bool m_prepared = false;
    bool m_failed = false;
    QSqlQuery m_fallback;
    bool m_useFallback = false;
    bool m_fallbackRan = false;       // the fallback's query executed since it was last bound or reset
    mutable QList<QByteArray> m_utf8; // the fallback's utf8() bytes, per column
};

// An UPDATE of one row that names only the columns whose values change. SQLite rewrites the entry of every index that
// holds a column named in SET (and runs every trigger `UPDATE OF` it), whether its value changes or not: an
// interaction's new summary written as a whole row rewrote its three indexes' entries, a customer's new lifetime value
// the entry of its name's index. One statement is prepared per set of changed columns (a sync sees a handful).
class ColumnUpdate {
public:
    // `table`'s `columns` (at most 64), in the order rows are given; the row is the one `where` names (its `?`s bound
    // by update()'s `key`), e.g. "record_id = ?". `failed`: the message of an error (the caller's, translated).
    ColumnUpdate(QString table, QStringList columns, QString where, QString failed);
    ~ColumnUpdate();
    ColumnUpdate(const ColumnUpdate&) = delete;
    ColumnUpdate& operator=(const ColumnUpdate&) = delete;

    // The columns (as bits, column i is bit i) where `next` differs from `stored` (sameValue), from column `from` on.
    static quint64 differing(const QVariantList& stored, const QVariantList& next, int from = 0);
    // Sets the columns of `changed` to their values in `row` (all columns, in the constructor's order) in the row
    // `key` names. Nothing to do for no column.
    Status update(const QSqlDatabase& db, quint64 changed, const QVariantList& row, const QVariantList& key);
    // The statement prepared for `changed` (empty until update() ran one): what it names, for tests.
    QString statementFor(quint64 changed) const;

private:
    QString m_table;
    QStringList m_columns;
    QString m_where;
    QString m_failed;
    std::unordered_map<quint64, std::unique_ptr<Statement>> m_statements;
};

// Where SQLite maps the connection's database file (PRAGMA mmap_size), as its own VFS hands the map out (xFetch): the
// map's first byte and its length. Null when the file is not mapped, or where the connection's SQLite is not the one
// this program links (Statement::direct()). Valid until SQLite maps the file again (it grew) or unmaps it.
struct MappedFile {
    const char* data = nullptr;
    qint64 size = 0;
};
MappedFile mappedFile(const QSqlDatabase& db);

inline bool exec(Statement& s, std::initializer_list<QVariant> values) {
    return s.exec(values);
}

inline Error error(const Statement& s, const QString& message) {
    return Error{message, s.lastError() % QStringLiteral(" [") % s.lastQuery() % QStringLiteral("]")};
}

} // namespace c360::sql

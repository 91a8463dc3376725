#include "models/SqlStatement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace c360::sql {

namespace {

std::atomic<bool> directAllowed{true};

// The connection's sqlite3 handle when Qt's driver runs on the SQLite library this program links, else null.
sqlite3* directHandle(const QSqlDatabase& db) {
#ifdef C360_SQLITE_DIRECT
    if (!directAllowed.load()) {
        return nullptr;
    }
    if (db.driverName() != QLatin1String("QSQLITE") || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    // The same library, as far as a running program can tell: the version the driver's SQLite reports is the
    // version of the one linked here (a plugin with its own copy would be another build). Asked once.
    static std::atomic<int> sameLibrary{-1};
    if (sameLibrary.load() < 0) {
        QSqlQuery q(db);
        const bool same = q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next() &&
                          q.value(0).toString() == QLatin1String(sqlite3_libversion()) &&
                          q.value(1).toString() == QLatin1String(sqlite3_sourceid());
        sameLibrary.store(same ? 1 : 0);
    }
    if (sameLibrary.load() != 1) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

bool isNullValue(const QVariant& v) {
    if (v.isNull()) {
        return true;
    }
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    default:
        return false;
    }
}

int bindVariant(sqlite3_stmt* s, int i, const QVariant& v) {
    if (isNullValue(v)) {
        return sqlite3_bind_null(s, i);
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(s, i, v.toInt());
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(s, i, v.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(s, i, sqlite3_int64(v.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(s, i, v.toDouble());
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        return sqlite3_bind_blob(s, i, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(v.constData());
        return sqlite3_bind_text16(s, i, text->utf16(), int(text->size() * 2), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: { // as Qt's driver writes one
        const QString text = v.toDateTime().toString(Qt::ISODateWithMs);
        return sqlite3_bind_text16(s, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(s, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

void Statement::setDirectAllowed(bool allowed) {
    directAllowed.store(allowed);
}

Statement::Statement(const QSqlDatabase& db, const char* sql, QString failed)
    : m_failedMessage(std::move(failed)) {
    prepare(db, QString::fromUtf8(sql));
}

Statement::~Statement() {
    clear();
}

void Statement::clear() {
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_db = nullptr;
    m_state = State::Done;
    m_prepared = false;
    m_failed = false;
    m_fallbackRan = false;
}

void Statement::fail(const QString& message) {
    m_error = message;
    m_failed = true;
}

Error Statement::error() const {
    return Error{m_failedMessage, m_error % QStringLiteral(" [") % m_sql % QStringLiteral("]")};
}

bool Statement::prepare(const QSqlDatabase& db, const QString& sql) {
    clear();
    m_sql = sql;
    m_error.clear();
    m_db = directHandle(db);
    m_useFallback = m_db == nullptr;
    if (m_useFallback) {
        m_fallback = QSqlQuery(db);
        m_fallback.setForwardOnly(true);
        if (!m_fallback.prepare(sql)) {
            fail(m_fallback.lastError().text());
            return false;
        }
        m_prepared = true;
        return true;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    m_prepared = true;
    m_state = State::Ready;
    return true;
}

bool Statement::exec(const QVariant* values, qsizetype count) {
    m_error.clear();
    m_failed = false;
    if (m_useFallback) {
        for (qsizetype i = 0; i < count; ++i) {
            m_fallback.bindValue(int(i), values[i]);
        }
        m_fallbackRan = true;
        if (!m_fallback.exec()) {
            fail(m_fallback.lastError().text());
            return false;
        }
        return true;
    }
    if (m_stmt == nullptr) {
        fail(QStringLiteral("statement not prepared"));
        return false;
    }
    sqlite3_reset(m_stmt);
    m_state = State::Done;
    for (qsizetype i = 0; i < count; ++i) {
        if (bindVariant(m_stmt, int(i + 1), values[i]) != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_reset(m_stmt);
            return false;
        }
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_state = State::Pending;
        return true;
    }
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE) {
        return true;
    }
    fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

void Statement::bindFallback(int i, const QVariant& value) {
    m_fallback.bindValue(i - 1, value);
    m_fallbackRan = false;
}

void Statement::readyToBind() {
    if (m_stmt != nullptr && m_state != State::Ready) {
        sqlite3_reset(m_stmt);
        m_state = State::Ready;
    }
}

void Statement::bind(int i, qint64 value) {
    if (rebind(i, value)) {
        sqlite3_bind_int64(m_stmt, i, value);
    }
}

void Statement::bind(int i, double value) {
    if (rebind(i, value)) {
        sqlite3_bind_double(m_stmt, i, value);
    }
}

void Statement::bind(int i, const QString& text) {
    if (!rebind(i, text)) {
        return;
    }
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int i, QByteArrayView text) {
    if (m_useFallback) {
        bindFallback(i, QString::fromUtf8(text));
        return;
    }
    readyToBind();
    sqlite3_bind_text(m_stmt, i, text.isEmpty() ? "" : text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int i) {
    if (rebind(i, QVariant())) {
        sqlite3_bind_null(m_stmt, i);
    }
}

void Statement::bind(int i, const QVariant& value) {
    if (rebind(i, value)) {
        bindVariant(m_stmt, i, value);
    }
}

Status Statement::run() {
    if (!m_prepared) {
        return error();
    }
    m_failed = false;
    if (m_useFallback) {
        m_fallbackRan = true;
        const bool ok = m_fallback.exec();
        if (!ok) {
            fail(m_fallback.lastError().text());
        }
        m_fallback.finish();
        m_fallbackRan = false;
        if (!ok) {
            return error();
        }
        return {};
    }
    readyToBind();
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_stmt);
    }
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_reset(m_stmt);
    m_state = State::Ready;
    if (m_failed) {
        return error();
    }
    return {};
}

bool Statement::next() {
    if (m_useFallback) {
        if (!m_prepared) {
            return false;
        }
        if (!m_fallbackRan) {
            m_fallbackRan = true;
            if (!m_fallback.exec()) {
                fail(m_fallback.lastError().text());
                return false;
            }
        }
        return m_fallback.next();
    }
    switch (m_state) {
    case State::Pending:
        m_state = State::OnRow;
        return true;
    case State::Done:
        return false;
    case State::Ready:
    case State::OnRow:
        break;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_state = State::OnRow;
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_reset(m_stmt);
    m_state = State::Done;
    return false;
}

void Statement::reset() {
    stop(State::Ready);
}

void Statement::stop(State next) {
    if (m_useFallback) {
        m_fallback.finish();
        m_fallbackRan = false;
        return;
    }
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
    m_state = next;
}

QVariant Statement::value(int column) const {
    if (m_useFallback) {
        return m_fallback.value(column);
    }
    if (m_stmt == nullptr || m_state != State::OnRow) {
        return {};
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT: {
        const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_stmt, column));
        return QString::fromUtf16(text, sqlite3_column_bytes16(m_stmt, column) / 2);
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    default:
        return {};
    }
}

bool Statement::isNull(int column) const {
    if (m_useFallback) {
        return m_fallback.isNull(column);
    }
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    if (m_useFallback) {
        return m_fallback.value(column).toLongLong();
    }
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    if (m_useFallback) {
        return m_fallback.value(column).toDouble();
    }
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    if (m_useFallback) {
        return m_fallback.value(column).toString();
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const {
    if (m_useFallback) {
        const QVariant v = m_fallback.value(column);
        if (v.isNull()) {
            return {};
        }
        if (m_utf8.size() <= column) {
            m_utf8.resize(column + 1);
        }
        m_utf8[column] = v.toString().toUtf8();
        return m_utf8.at(column);
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data == nullptr ? QByteArrayView() : QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

void Statement::finish() {
    stop(State::Done);
}

QVariant Statement::lastInsertId() const {
    if (m_useFallback) {
        return m_fallback.lastInsertId();
    }
    return m_db == nullptr ? QVariant() : QVariant(qlonglong(sqlite3_last_insert_rowid(m_db)));
}

int Statement::rowsChanged() const {
    if (m_useFallback) {
        return m_fallback.numRowsAffected();
    }
    return m_db == nullptr ? 0 : sqlite3_changes(m_db);
}

bool sameValue(const QVariant& stored, const QVariant& next) {
    if (stored.isNull() || next.isNull()) {
        return stored.isNull() == next.isNull();
    }
    const auto integer = [](const QVariant& v) {
        const int t = v.typeId();
        return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong || t == QMetaType::UInt;
    };
    if (integer(stored) && integer(next)) {
        return stored.toLongLong() == next.toLongLong();
    }
    const auto real = [](const QVariant& v) {
        return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
    };
    if (real(stored) || real(next)) {
        bool a = false, b = false;
        const double x = stored.toDouble(&a), y = next.toDouble(&b);
        return a && b && x == y;
    }
    return stored.toString() == next.toString();
}

bool sameRow(const QVariantList& stored, const QVariantList& next) {
    if (stored.size() != next.size()) {
        return false;
    }
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!sameValue(stored.at(i), next.at(i))) {
            return false;
        }
    }
    return true;
}

ColumnUpdate::ColumnUpdate(QString table, QStringList columns, QString where, QString failed)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_where(std::move(where))
    , m_failed(std::move(failed)) {
    Q_ASSERT(m_columns.size() <= 64);
}

ColumnUpdate::~ColumnUpdate() = default;

quint64 ColumnUpdate::differing(const QVariantList& stored, const QVariantList& next, int from) {
    quint64 changed = 0;
    const qsizetype n = std::min<qsizetype>({stored.size(), next.size(), 64});
    for (qsizetype c = from; c < n; ++c) {
        if (!sameValue(stored.at(c), next.at(c))) {
            changed |= quint64(1) << c;
        }
    }
    return changed;
}

QString ColumnUpdate::statementFor(quint64 changed) const {
    const auto it = m_statements.find(changed);
    return it == m_statements.end() ? QString() : it->second->lastQuery();
}

Status ColumnUpdate::update(const QSqlDatabase& db, quint64 changed, const QVariantList& row, const QVariantList& key) {
    if (changed == 0) {
        return {};
    }
    std::unique_ptr<Statement>& statement = m_statements[changed];
    if (!statement) {
        QStringList set;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if ((changed & (quint64(1) << c)) != 0) {
                set << m_columns.at(c) + QStringLiteral(" = ?");
            }
        }
        statement = std::make_unique<Statement>();
        if (!statement->prepare(
                db,
                QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(m_table, set.join(QStringLiteral(", ")), m_where))) {
            Error failed = error(*statement, m_failed);
            statement.reset();
            return failed;
        }
    }
    int i = 0;
    for (qsizetype c = 0; c < m_columns.size() && c < row.size(); ++c) {
        if ((changed & (quint64(1) << c)) != 0) {
            statement->bind(++i, row.at(c));
        }
    }
    for (const QVariant& k : key) {
        statement->bind(++i, k);
    }
    if (Status s = statement->run(); !s) {
        return error(*statement, m_failed);
    }
    return {};
}

Result<std::vector<StoredRow>> readRowsWithIds(Statement& read, int columns, const QString& failed) {
    std::vector<StoredRow> rows;
    while (read.next()) {
        StoredRow row{read.int64(0), {}};
        row.values.reserve(columns);
        for (int c = 1; c <= columns; ++c) {
            row.values.append(read.value(c));
        }
        rows.push_back(std::move(row));
    }
    read.finish();
    if (read.failed()) {
        return error(read, failed);
    }
    return rows;
}

Result<bool> writeByPosition(const std::vector<StoredRow>& stored, const QList<QVariantList>& rows,
                             const RowWrites& writes) {
    bool wrote = false;
    const qsizetype n = std::max<qsizetype>(qsizetype(stored.size()), rows.size());
    for (qsizetype i = 0; i < n; ++i) {
        Status s;
        if (i >= rows.size()) {
            s = writes.remove(stored.at(i).id);
        } else if (i >= qsizetype(stored.size())) {
            s = writes.insert(rows.at(i));
        } else if (!sameRow(stored.at(i).values, rows.at(i))) {
            s = writes.update(stored.at(i), rows.at(i));
        } else {
            continue;
        }
        if (!s) {
            return s.error();
        }
        wrote = true;
    }
    return wrote;
}

MappedFile mappedFile(const QSqlDatabase& db) {
    sqlite3* handle = directHandle(db);
    sqlite3_file* file = nullptr;
    if (handle == nullptr || sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        file == nullptr || file->pMethods == nullptr || file->pMethods->iVersion < 3 ||
        file->pMethods->xFetch == nullptr || file->pMethods->xUnfetch == nullptr) {
        return {};
    }
    sqlite3_int64 limit = -1; // negative: only asks for the map's size limit
    sqlite3_int64 size = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_MMAP_SIZE, &limit) != SQLITE_OK || limit <= 0 ||
        file->pMethods->xFileSize(file, &size) != SQLITE_OK || size <= 0) {
        return {};
    }
    // The unix VFS maps the whole file up to the limit when it first hands out a page of it.
    void* first = nullptr;
    if (file->pMethods->xFetch(file, 0, 1, &first) != SQLITE_OK || first == nullptr) {
        return {};
    }
    file->pMethods->xUnfetch(file, 0, first);
    return {static_cast<const char*>(first), std::min<qint64>(size, limit)};
}

} // namespace c360::sql

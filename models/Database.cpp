#include "models/Database.h"

#include "models/Log.h"
#include "models/Migrations.h"
#include "models/SqlStatement.h"
#include "models/SqlUtil.h"
#include "models/WalWriteBuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef C360_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#ifdef Q_OS_LINUX
#include <unistd.h>

#include <sys/mman.h>
#endif

namespace c360 {

namespace {

// Once, before SQLite starts (its first connection): no tally of the memory it allocates. Debian's SQLite is built
// without lookaside memory, so every small allocation is a malloc(), and the tally takes a process-wide lock around
// each one; nothing here reads it.
void configureSqlite() {
#ifdef C360_SQLITE_DIRECT
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
#endif
}

QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

std::optional<QString> pragmaValue(QSqlDatabase db, const QString& statement, Error* err) {
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *err = sql::error(q, tr("The local database could not be configured."));
        return std::nullopt;
    }
    QString value;
    if (q.next()) {
        value = q.value(0).toString();
    }
    q.finish();
    return value;
}

constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// Personal data at rest: a folder this program creates is 0700, and so is the application's own
// data folder; a folder the user chose and that exists already (say /tmp) is left as it is.
bool makePrivateFolder(const QString& folder) {
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList missing;
    for (QString d = clean; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (QFileInfo(d).absolutePath() == d) {
            break;
        }
    }
    for (const QString& d : std::as_const(missing)) {
        if (!QDir().mkdir(d, kOwnerOnlyFolder) && !QFileInfo(d).isDir()) {
            return false;
        }
    }
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty() && QDir::cleanPath(appData) == clean) {
        QFile::setPermissions(clean, kOwnerOnlyFolder);
    }
    return QFileInfo(clean).isDir();
}

// The database file 0600 before SQLite opens it (SQLite gives its -wal and -shm files the mode of the
// database file); a file an older version created with the umask's mode is tightened.
bool makePrivateFile(const QString& path) {
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
            return QFileInfo::exists(path); // another process created it meanwhile
        }
        return true;
    }
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file) &&
            (QFile::permissions(file) & ~(kOwnerOnlyFile | QFile::ReadUser | QFile::WriteUser))) {
            QFile::setPermissions(file, kOwnerOnlyFile);
        }
    }
    return true;
}

} // namespace

Database::Database(QString path, QString name)
    : m_path(std::move(path))
    , m_name(std::move(name)) {}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_name(std::exchange(other.m_name, QString())) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_name = std::exchange(other.m_name, QString());
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase Database::handle() const {
    return QSqlDatabase::database(m_name, false);
}

int Database::schemaVersion() const {
    return Migrations::userVersion(handle());
}

Result<Database> Database::open(const QString& path, const QString& connectionName, Options options) {
    // Before the first connection opens: the logs of every connection after it are written in gathered writes.
    configureSqlite();
    sql::installWalWriteBuffer();
    if (QSqlDatabase::contains(connectionName)) {
        return Error{tr("The local database is already open on this connection."),
                     QStringLiteral("connection name in use: ") + connectionName};
    }
    const QFileInfo info(path);
    // Whether the file is a database at all, SQLite says below (SQLITE_NOTADB on the first read). It is never
    // opened here by hand: closing any descriptor of a file drops every POSIX lock this process holds on it, so a
    // worker thread's check would strip the locks of the window's own connection, and another process (c360 sync)
    // would take the file for unused and delete its write-ahead log under us.
    if (!makePrivateFolder(info.absolutePath())) {
        return Error{tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(info.absolutePath())),
                     QString()};
    }
    if (!makePrivateFile(path)) {
        return Error{tr("The local database %1 could not be created.").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("cannot create the file with mode 0600")};
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
    }
    Database database(path, connectionName); // from here on the connection is removed on every return
    QSqlDatabase db = database.handle();
    if (!db.open()) {
        return Error{tr("The local database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                     db.lastError().text()};
    }

    // Check the version before anything writes to the file (journal_mode=WAL does).
    Error err;
    const auto version = pragmaValue(db, QStringLiteral("PRAGMA user_version"), &err);
    if (!version) {
        err.message = tr("The file %1 is not a C360 database.").arg(QDir::toNativeSeparators(path));
        return err;
    }
    const int supported = options.newestSchema > 0      ? options.newestSchema
                          : options.kind == Kind::Audit ? Migrations::auditVersion
                          : options.kind == Kind::Cache ? Migrations::cacheVersion
                                                        : -1; // an outbox needs its owner's version
    if (supported < 0) {
        return Error{tr("The local database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("Database::open: an outbox needs Options::newestSchema")};
    }
    if (version->toInt() > supported && options.kind == Kind::Outbox) {
        return Error{tr("The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version->toInt())
                         .arg(supported),
                     path};
    }
    if (version->toInt() > supported) {
        return Error{tr("This cache was written by a newer C360 (schema %1); this version understands up to %2.")
                         .arg(version->toInt())
                         .arg(supported),
                     path};
    }

    const bool durable = options.kind != Kind::Cache; // the outbox and the audit log are not rebuildable
    const QString sync = durable ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    const QString expectedSync = durable ? QStringLiteral("2") : QStringLiteral("1");
    struct Check {
        QString set;
        QString get;
        QString expected;
    };
    const Check checks[] = {
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous=") + sync, QStringLiteral("PRAGMA synchronous"), expectedSync},
        {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("PRAGMA busy_timeout=") + QString::number(options.busyTimeoutMs),
         QStringLiteral("PRAGMA busy_timeout"), QString::number(options.busyTimeoutMs)},
        {QStringLiteral("PRAGMA cache_size=-") + QString::number(options.cacheSizeKiB),
         QStringLiteral("PRAGMA cache_size"), QStringLiteral("-") + QString::number(options.cacheSizeKiB)},
        {QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA temp_store"), QStringLiteral("2")},
        // Deleted rows (a forgotten customer, a purge) are overwritten with zeros, not left in free pages.
        {QStringLiteral("PRAGMA secure_delete=ON"), QStringLiteral("PRAGMA secure_delete"), QStringLiteral("1")},
    };
    for (const Check& c : checks) {
        if (!pragmaValue(db, c.set, &err)) {
            return err;
        }
        const auto got = pragmaValue(db, c.get, &err);
        if (!got) {
            return err;
        }
        if (got->compare(c.expected, Qt::CaseInsensitive) != 0) {
            return Error{tr("The local database %1 could not be configured.").arg(QDir::toNativeSeparators(path)),
                         c.get % QStringLiteral(" = ") % *got % QStringLiteral(", expected ") % c.expected};
        }
    }

    if (options.migrate && options.kind == Kind::Cache) { // the audit log and the outbox migrate themselves
        const Status migrated = Migrations::migrateCache(db);
        if (!migrated) {
            return migrated.error();
        }
    }
    qCDebug(lcStorage) << "opened" << connectionName << "schema" << database.schemaVersion();
    return database;
}

// ---- Transaction ----------------------------------------------------------------------------

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    // IMMEDIATE: the writer takes the write lock up front, so it never fails half-way on an upgrade.
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        qCWarning(lcStorage) << "BEGIN failed:" << q.lastError().text();
    }
}

Transaction::~Transaction() {
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK"))) {
            qCWarning(lcStorage) << "ROLLBACK failed:" << q.lastError().text();
        }
    }
}

Status Transaction::commit() {
    if (!m_active) {
        return Error{tr("The local database could not start a transaction."), QStringLiteral("no active transaction")};
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return sql::error(q, tr("The local database could not save the changes."));
    }
    m_active = false;
    return {};
}

// ---- MappedReads ----------------------------------------------------------------------------

namespace {
std::optional<qint64> mmapSize(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next()) {
        qCDebug(lcStorage) << statement << "failed:" << q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
// Enters the map's pages that the system holds in memory (mincore) into the map, run by run; stops at the first
// refusal (a kernel before 5.14 does not know MADV_POPULATE_READ; a map SQLite moved or dropped meanwhile).
qint64 enterHeldPages(const sql::MappedFile& map, const std::atomic<bool>& stop) {
    const long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) {
        return 0;
    }
    constexpr qint64 kChunk = 64LL * 1024 * 1024; // a multiple of any page size: every chunk starts on a page
    std::vector<unsigned char> held;
    qint64 entered = 0;
    for (qint64 at = 0; at < map.size && !stop.load(std::memory_order_relaxed); at += kChunk) {
        const qint64 length = std::min(kChunk, map.size - at);
        const qint64 pages = (length + page - 1) / page;
        held.assign(std::size_t(pages), 0);
        char* chunk = const_cast<char*>(map.data + at); // read, never written: MADV_POPULATE_READ maps pages readable
        if (mincore(chunk, std::size_t(length), held.data()) != 0) {
            return entered;
        }
        qint64 run = -1; // the first held page of the current run
        for (qint64 i = 0; i <= pages; ++i) {
            const bool isHeld = i < pages && (held[std::size_t(i)] & 1) != 0;
            if (isHeld && run < 0) {
                run = i;
            } else if (!isHeld && run >= 0) {
                const qint64 bytes = std::min((i - run) * page, length - run * page);
                if (madvise(chunk + run * page, std::size_t(bytes), MADV_POPULATE_READ) != 0) {
                    return entered;
                }
                entered += bytes;
                run = -1;
            }
        }
    }
    return entered;
}
#endif
} // namespace

struct MappedReads::Prefault {
    std::atomic<bool> stop{false};
    qint64 entered = 0;
    std::thread thread;
};

MappedReads::MappedReads(QSqlDatabase db, qint64 bytes)
    : m_db(std::move(db)) {
    const auto before = mmapSize(m_db, QStringLiteral("PRAGMA mmap_size"));
    if (!before || *before >= bytes) {
        return;
    }
    if (!mmapSize(m_db, QStringLiteral("PRAGMA mmap_size = %1").arg(bytes))) {
        return;
    }
    m_before = *before;
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
    const sql::MappedFile map = sql::mappedFile(m_db);
    if (map.data != nullptr) {
        m_prefault = std::make_unique<Prefault>();
        Prefault* prefault = m_prefault.get();
        prefault->thread = std::thread([prefault, map] { prefault->entered = enterHeldPages(map, prefault->stop); });
    }
#endif
}

MappedReads::~MappedReads() {
    if (m_prefault) {
        m_prefault->stop.store(true);
        waitPrefaulted(); // before SQLite unmaps the file
    }
    if (m_before >= 0) {
        mmapSize(m_db, QStringLiteral("PRAGMA mmap_size = %1").arg(m_before));
    }
}

qint64 MappedReads::waitPrefaulted() {
    if (!m_prefault) {
        return 0;
    }
    if (m_prefault->thread.joinable()) {
        m_prefault->thread.join();
    }
    return m_prefault->entered;
}

qint64 MappedReads::bytes() const {
    return mmapSize(m_db, QStringLiteral("PRAGMA mmap_size")).value_or(0);
}

} // namespace c360

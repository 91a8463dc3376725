// sql::installWalWriteBuffer (models/WalWriteBuffer.h): a write-ahead log's frames are gathered into few writes, and
// what another connection reads of the log is what SQLite alone would have written there. The other connection here
// opens the file through SQLite's own "unix" VFS, as another process would: it sees each commit as soon as it returns,
// and never a rolled-back transaction's frames over a committed one's.
#include "models/Database.h"
#include "models/WalWriteBuffer.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace c360;

namespace {

// A connection through the unbuffered VFS, as another process has.
class Plain {
public:
    explicit Plain(const QString& path) {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, "unix") != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~Plain() { sqlite3_close(m_db); }
    Plain(const Plain&) = delete;
    Plain& operator=(const Plain&) = delete;
    bool ok() const { return m_db != nullptr; }
    // The first column of the statement's first row; -1 on an error.
    qint64 scalar(const char* sql) const {
        sqlite3_stmt* st = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            value = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
        return value;
    }
    QString text(const char* sql) const {
        sqlite3_stmt* st = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
        return value;
    }
    bool exec(const char* sql) const { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3* m_db = nullptr;
};

bool run(QSqlQuery& q, const QString& sql) {
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class TestWalWriteBuffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Database::open installs it; a build whose Qt driver carries its own SQLite has nothing to test here.
        auto db = Database::open(pathOf("first"), QStringLiteral("first"));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        if (!sql::installWalWriteBuffer()) {
            QSKIP("Qt's SQLite driver is not the SQLite this program links: the buffer is not installed");
        }
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("c360-wal-buffer"));
    }

    // A transaction of many pages reaches the log in a few writes, and reads back whole.
    void gathersTheLogsWrites() {
        auto db = cacheWithTable("gather", "v TEXT");
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        const sql::WalWriteCounts before = sql::walWriteCounts();
        QVERIFY(run(q, QStringLiteral("BEGIN")));
        QVERIFY(run(q, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                      "INSERT INTO t(v) SELECT printf('%.200c', 'x') || i FROM n")));
        QVERIFY(run(q, QStringLiteral("COMMIT")));
        const sql::WalWriteCounts after = sql::walWriteCounts();
        const qint64 gathered = after.gathered - before.gathered, written = after.written - before.written;
        QVERIFY2(gathered > 300, qPrintable(QString::number(gathered))); // two a frame, 150+ pages
        QVERIFY(written > 0);
        QVERIFY2(gathered >= 20 * written, qPrintable(QStringLiteral("%1 in %2").arg(gathered).arg(written)));
        Plain other(pathOf("gather"));
        QVERIFY(other.ok());
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), 3000);
        QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Every commit is in the file when COMMIT returns: another process reads it at once.
    void anotherProcessSeesEachCommit() {
        const QString path = pathOf("each");
        auto db = cacheWithTable("each", "v TEXT");
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        Plain other(path);
        QVERIFY(other.ok());
        for (int i = 1; i <= 40; ++i) {
            QVERIFY(run(q, QStringLiteral("INSERT INTO t(v) SELECT printf('%.3000c', 'y')")));
            QCOMPARE(other.scalar("SELECT count(*) FROM t"), qint64(i));
        }
        QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // A transaction that spilled frames into the log and rolled back (whole, or to a savepoint) leaves nothing gathered
    // that could later be written over the frames another writer committed meanwhile.
    void rolledBackFramesNeverOverwriteAnotherWritersCommit() {
        const QString path = pathOf("rollback");
        auto db = cacheWithTable("rollback", "who TEXT, v TEXT");
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        QVERIFY(run(q, QStringLiteral("PRAGMA cache_size = 20")));        // a large transaction spills into the log
        QVERIFY(run(q, QStringLiteral("PRAGMA wal_autocheckpoint = 0"))); // the log never starts over here
        Plain other(path);
        QVERIFY(other.ok());
        QVERIFY(other.exec("PRAGMA wal_autocheckpoint = 0"));
        const QString many = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                            "400) INSERT INTO t(who, v) SELECT '%1', printf('%.1000c', 'z') FROM n");
        for (int round = 0; round < 3; ++round) {
            if (round == 1) {
                QVERIFY(run(q, QStringLiteral("BEGIN")));
                QVERIFY(run(q, QStringLiteral("SAVEPOINT page")));
                QVERIFY(run(q, many.arg(QStringLiteral("gone"))));
                QVERIFY(run(q, QStringLiteral("ROLLBACK TO page")));
                QVERIFY(run(q, QStringLiteral("RELEASE page")));
                QVERIFY(run(q, QStringLiteral("ROLLBACK")));
            } else {
                QVERIFY(run(q, QStringLiteral("BEGIN")));
                QVERIFY(run(q, many.arg(QStringLiteral("gone"))));
                QVERIFY(run(q, QStringLiteral("ROLLBACK")));
            }
            // Another process commits where the rolled-back frames were, and past them.
            QVERIFY(other.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                               "INSERT INTO t(who, v) SELECT 'other', printf('%.1000c', 'o') FROM n"));
            // This connection commits after it, further on in the log.
            QVERIFY(run(q, many.arg(QStringLiteral("kept"))));
            QCOMPARE(other.scalar("SELECT count(*) FROM t WHERE who = 'other'"), qint64(1000 * (round + 1)));
            QCOMPARE(other.scalar("SELECT count(*) FROM t WHERE who = 'kept'"), qint64(400 * (round + 1)));
            QCOMPARE(other.scalar("SELECT count(*) FROM t WHERE who = 'gone'"), 0);
            QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        }
        // Copied back into the file and read without the log: the same.
        QVERIFY(run(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not busy
        q.finish();
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), qint64(3 * 1400));
        QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // A transaction larger than its page cache writes pages into the log before it commits and reads them back from
    // there, some while they are still gathered: it reads what it wrote.
    void aTransactionReadsBackWhatItSpilled() {
        const QString path = pathOf("spill");
        auto db = cacheWithTable("spill", "v TEXT");
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        QVERIFY(run(q, QStringLiteral("PRAGMA cache_size = 16")));
        QVERIFY(run(q, QStringLiteral("BEGIN")));
        // Scattered keys: every insert lands on another page, evicted and read again many times over.
        QVERIFY(run(q, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                                      "INSERT INTO t(id, v) SELECT (i * 7919) % 100003, printf('%.300c', 'a') || i "
                                      "FROM n")));
        QVERIFY(run(q, QStringLiteral("UPDATE t SET v = v || '+' WHERE id % 3 = 0")));
        QVERIFY(run(q, QStringLiteral("SELECT count(*), sum(length(v)) FROM t")));
        QVERIFY(q.next());
        const qint64 rows = q.value(0).toLongLong(), length = q.value(1).toLongLong();
        q.finish();
        QCOMPARE(rows, 4000);
        QVERIFY(run(q, QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY(run(q, QStringLiteral("COMMIT")));
        Plain other(path);
        QVERIFY(other.ok());
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), rows);
        QCOMPARE(other.scalar("SELECT sum(length(v)) FROM t"), length);
        QCOMPARE(other.scalar("SELECT count(*) FROM t WHERE v LIKE '%+'"), other.scalar("SELECT count(*) FROM t "
                                                                                        "WHERE id % 3 = 0"));
        QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

#ifdef Q_OS_LINUX
    // A commit whose frames cannot be written fails, and says so: nothing of it is seen, nothing stays gathered, and
    // the next commit works once the file can grow again (here a file size limit; a full disk alike).
    void aFailedWriteFailsTheCommit() {
        const QString path = pathOf("full");
        auto db = cacheWithTable("full", "v TEXT");
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        QVERIFY(run(q, QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(run(q, QStringLiteral("INSERT INTO t(v) VALUES('first')")));
        Plain other(path);
        QVERIFY(other.ok());
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), 1);
        const QFileInfo log(path + QStringLiteral("-wal"));
        QVERIFY(log.exists());
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, SIG_DFL);
        });
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of ending the process
        rlimit limited = before;
        limited.rlim_cur = static_cast<rlim_t>(log.size() + 2048); // not one more frame
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        // A few pages: all of them fit in the buffer, so only the commit's own write can fail.
        const bool committed = q.exec(QStringLiteral("INSERT INTO t(v) SELECT printf('%.6000c', 'x')"));
        QVERIFY2(!committed, "the commit's frames were never written, yet it succeeded");
        QVERIFY2(q.lastError().text().contains(QStringLiteral("disk")) ||
                     q.lastError().text().contains(QStringLiteral("I/O")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), 1);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        QVERIFY(run(q, QStringLiteral("INSERT INTO t(v) VALUES('after')")));
        QCOMPARE(other.scalar("SELECT count(*) FROM t"), 2);
        QCOMPARE(other.text("SELECT group_concat(v) FROM t"), QStringLiteral("first,after"));
        QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }
#endif

private:
    QString pathOf(const char* name) const {
        return m_dir.filePath(QLatin1String(name) + QStringLiteral(".db"));
    }
    // A cache file NAME.db in the test's folder, with table t(id INTEGER PRIMARY KEY, COLUMNS).
    Result<Database> cacheWithTable(const char* name, const char* columns) const {
        auto db = Database::open(pathOf(name), QLatin1String(name));
        if (!db) {
            return db;
        }
        QSqlQuery q(db->handle());
        if (!run(q, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, %1)").arg(QLatin1String(columns)))) {
            return Error{QStringLiteral("setup failed"), q.lastError().text()};
        }
        return db;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "TestWalWriteBuffer.moc"

// sql::Statement, the one statement class on SQLite's own API (with the QSqlQuery fallback where Qt's driver carries
// its own SQLite): both of its forms — exec(values) with next()/value(), and bind(i, ...) with next()/run() and the
// typed columns — give the same rows and write the same values on the direct path and on the fallback.
#include "models/Database.h"
#include "models/SqlStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace c360;

namespace {

// A cache file at `path` with table t, filled, its log copied back: reads come from the file, not the log.
Result<Database> cacheFileWith(const QString& path, const char* create, const char* fill) {
    auto db = Database::open(path, QFileInfo(path).baseName());
    if (!db) {
        return db;
    }
    QSqlQuery q(db->handle());
    for (const char* sql : {create, fill, "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (!q.exec(QString::fromUtf8(sql))) {
            return Error{QStringLiteral("setup failed"), q.lastError().text()};
        }
    }
    return db;
}

} // namespace

class TestSqlStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { sql::Statement::setDirectAllowed(true); }
    // What the writers compare before writing: a value read back equals the one that would be written.
    void sameValueComparesAsStored() {
        QVERIFY(sql::sameValue(QVariant(qlonglong(7)), QVariant(7)));
        QVERIFY(sql::sameValue(QVariant(qlonglong(7)), QVariant(7.0)));
        QVERIFY(!sql::sameValue(QVariant(qlonglong(7)), QVariant(8)));
        QVERIFY(sql::sameValue(QVariant(), QVariant()));
        QVERIFY(!sql::sameValue(QVariant(), QVariant(QStringLiteral(""))));
        QVERIFY(!sql::sameValue(QVariant(QStringLiteral("0")), QVariant()));
        QVERIFY(sql::sameValue(QVariant(QStringLiteral("张伟")), QVariant(QStringLiteral("张伟"))));
        QVERIFY(!sql::sameValue(QVariant(QStringLiteral("Gold")), QVariant(QStringLiteral("gold"))));
        QVERIFY(sql::sameValue(QVariant(2.5), QVariant(2.5)));
        QVERIFY(!sql::sameValue(QVariant(2.5), QVariant(QStringLiteral("x"))));
        QVERIFY(sql::sameRow({qlonglong(1), QStringLiteral("a"), QVariant()}, {1, QStringLiteral("a"), QVariant()}));
        QVERIFY(!sql::sameRow({qlonglong(1), QStringLiteral("a")}, {1, QStringLiteral("a"), QVariant()}));
    }
    // ColumnUpdate names the changed columns only, one statement per set of them, and writes nothing for none.
    void columnUpdateNamesChangedColumns() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(QStringLiteral("columns.db")), QStringLiteral("columns"));
        QVERIFY(db.ok());
        QSqlQuery q(db->handle());
        for (const char* sql :
             {"CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL)", "CREATE INDEX t_a ON t(a)",
              "INSERT INTO t VALUES(1, '张伟', 5, 2.5)", "CREATE TABLE named(col TEXT)",
              "CREATE TRIGGER ta AFTER UPDATE OF a ON t BEGIN INSERT INTO named VALUES('a'); END",
              "CREATE TRIGGER tb AFTER UPDATE OF b ON t BEGIN INSERT INTO named VALUES('b'); END",
              "CREATE TRIGGER tc AFTER UPDATE OF c ON t BEGIN INSERT INTO named VALUES('c'); END"}) {
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastQuery()));
        }
        const QVariantList stored{qlonglong(1), QStringLiteral("张伟"), qlonglong(5), 2.5};
        QCOMPARE(sql::ColumnUpdate::differing(stored, {1, QStringLiteral("张伟"), 5, 2.5}), quint64(0));
        const QVariantList next{1, QStringLiteral("张伟"), 6, QVariant()};
        const quint64 changed = sql::ColumnUpdate::differing(stored, next, 1);
        QCOMPARE(changed, quint64(0b1100));
        // Column 0 is not compared from 1 on, even when it differs.
        QCOMPARE(sql::ColumnUpdate::differing({qlonglong(2)}, {3}, 1), quint64(0));

        sql::ColumnUpdate update(QStringLiteral("t"),
                                 {QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                 QStringLiteral("id = ?"), QStringLiteral("could not update"));
        QVERIFY(update.update(db->handle(), 0, next, {1}).ok());
        QVERIFY(update.update(db->handle(), changed, next, {1}).ok());
        QCOMPARE(update.statementFor(changed), QStringLiteral("UPDATE t SET b = ?, c = ? WHERE id = ?"));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(col) FROM (SELECT col FROM named ORDER BY col)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("b,c"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT a, b, c IS NULL FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("张伟"));
        QCOMPARE(q.value(1).toLongLong(), 6);
        QCOMPARE(q.value(2).toInt(), 1);
        q.finish();
        // A failure carries the caller's message (a column the table does not have).
        sql::ColumnUpdate wrong(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("nope")},
                                QStringLiteral("id = ?"), QStringLiteral("could not update"));
        const Status failed = wrong.update(db->handle(), 0b10, {1, QStringLiteral("x")}, {1});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("could not update"));
        QVERIFY(failed.error().detail.contains(QStringLiteral("nope")));
    }
    // MappedReads maps the cache file for the guard's lifetime only: the map is in the process's mappings while it
    // lives (after a read), and gone once it is released; the connection's own setting comes back.
    void mappedReadsForTheGuardsLifetime() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mapped.db"));
        auto db = cacheFileWith(path, "CREATE TABLE t(v TEXT)", "INSERT INTO t VALUES(zeroblob(100000))");
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        const auto mapped = [&path] { // the file itself, not its -shm beside it (always mapped in WAL mode)
            QFile maps(QStringLiteral("/proc/self/maps"));
            if (!maps.open(QIODevice::ReadOnly)) {
                return false;
            }
            const QByteArray file = QFileInfo(path).canonicalFilePath().toUtf8();
            const QList<QByteArray> lines = maps.readAll().split('\n');
            return std::any_of(lines.cbegin(), lines.cend(), [&file](const QByteArray& l) { return l.endsWith(file); });
        };
        const auto readAll = [&q] { return q.exec(QStringLiteral("SELECT length(v) FROM t")) && q.next(); };
        QVERIFY(readAll());
        q.finish();
        QVERIFY(!mapped());
        {
            const MappedReads guard(db->handle());
            QVERIFY(guard.bytes() > 0); // SQLite's build caps it (2 GiB on Debian 12)
            QVERIFY(guard.bytes() <= MappedReads::kDefaultBytes);
            QVERIFY(readAll());
            q.finish();
            QVERIFY(mapped());
        }
        QVERIFY(readAll());
        q.finish();
        QVERIFY(!mapped());
        QVERIFY(q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }
    // On Linux, the guard's thread enters the file's pages the system holds into the map at once: reading them then
    // takes almost no page faults, where a map without it takes one per few pages. sql::mappedFile() finds the map
    // where SQLite's VFS hands it out.
    void mappedReadsEnterTheHeldPagesAtOnce() {
#ifdef Q_OS_LINUX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("held.db"));
        auto db = cacheFileWith(path, "CREATE TABLE t(v BLOB)",
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                "INSERT INTO t SELECT randomblob(100000) FROM n");
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QSqlQuery q(db->handle());
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 20'000'000);
        QFile file(path); // held in memory, as a cache file a sync just wrote or read is
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.read(1 << 20).isEmpty()) {
        }
        // Every byte of every blob read (instr() scans them all); the page faults of this thread while it reads.
        const auto faultsOfARead = [](QSqlQuery& query) -> long {
            rusage before{}, after{};
            getrusage(RUSAGE_THREAD, &before);
            const bool read =
                query.exec(QStringLiteral("SELECT sum(instr(v, x'00ff00ff00ff00ff')) FROM t")) && query.next();
            query.finish();
            getrusage(RUSAGE_THREAD, &after);
            return read ? after.ru_minflt - before.ru_minflt : -1;
        };
        // Without the guard's thread: a second connection that maps the file by the PRAGMA alone.
        long plain = 0;
        {
            auto other = Database::open(path, QStringLiteral("held-plain"));
            QVERIFY(other.ok());
            QSqlQuery p(other->handle());
            QVERIFY(p.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(MappedReads::kDefaultBytes)));
            p.finish();
            plain = faultsOfARead(p);
        }
        QVERIFY2(plain > 100, qPrintable(QString::number(plain)));
        {
            MappedReads guard(db->handle());
            const sql::MappedFile map = sql::mappedFile(db->handle());
            QVERIFY(map.data != nullptr);
            QCOMPARE(map.size, size);
            const qint64 entered = guard.waitPrefaulted();
            QVERIFY2(entered >= size * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(entered).arg(size)));
            const long faults = faultsOfARead(q);
            qInfo("page faults of a read: %ld with the held pages entered, %ld without", faults, plain);
            QVERIFY2(faults >= 0 && faults * 4 < plain,
                     qPrintable(QStringLiteral("%1 against %2").arg(faults).arg(plain)));
        }
        QCOMPARE(sql::mappedFile(db->handle()).data, nullptr); // the guard took its map with it
#else
        QSKIP("MADV_POPULATE_READ is Linux's");
#endif
    }
    void bothForms_data() {
        QTest::addColumn<bool>("direct");
        QTest::newRow("direct") << true;
        QTest::newRow("fallback") << false;
    }
    void bothForms() {
        QFETCH(bool, direct);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")), QStringLiteral("stmt"));
        QVERIFY(db.ok());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT)")));
        sql::Statement::setDirectAllowed(direct);

        // Row by row: typed binds, run() once per row, bindings kept between runs.
        sql::Statement insert(db->handle(), "INSERT INTO t(id, n, r, s) VALUES(?, ?, ?, ?)", QStringLiteral("failed"));
        QVERIFY(insert.prepared());
        QCOMPARE(insert.direct(), direct);
        for (qint64 id = 1; id <= 3; ++id) {
            insert.bind(1, id);
            insert.bind(2, id * 10);
            insert.bind(3, 0.5 * double(id));
            insert.bind(4, id == 2 ? QString() : QStringLiteral("é%1").arg(id)); // a null string: NULL
            QVERIFY(insert.run());
        }
        insert.bind(1, qint64(4));
        insert.bind(4, QVariant(QStringLiteral("four")));
        QVERIFY(insert.run()); // n and r as bound for row 3
        QVERIFY(!insert.failed());
        insert.bind(1, qint64(4)); // the same id again: the error is reported, with the caller's message
        const Status duplicate = insert.run();
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().message, QStringLiteral("failed"));
        QVERIFY(duplicate.error().detail.contains(QStringLiteral("INSERT INTO t")));

        // Reading row by row: next() steps a statement bound and not run yet; typed columns.
        sql::Statement read(db->handle(), "SELECT id, n, r, s FROM t WHERE id >= ? ORDER BY id", QStringLiteral("x"));
        read.bind(1, qint64(2));
        QStringList rows;
        while (read.next()) {
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(read.int64(0))
                        .arg(read.int64(1))
                        .arg(read.real(2))
                        .arg(read.isNull(3) ? QStringLiteral("NULL") : read.text(3))
                        .arg(QString::fromUtf8(read.utf8(3).toByteArray()));
        }
        QVERIFY(!read.failed());
        QCOMPARE(rows, (QStringList{QStringLiteral("2|20|1|NULL|"), QStringLiteral("3|30|1.5|é3|é3"),
                                    QStringLiteral("4|30|1.5|four|four")}));
        QVERIFY(!read.next()); // at its end until bound or reset again
        read.bind(1, qint64(4));
        QVERIFY(read.next());
        QCOMPARE(read.int64(0), qint64(4));
        read.reset(); // left part way, then read again as bound
        QVERIFY(read.next());
        QCOMPARE(read.text(3), QStringLiteral("four"));
        read.finish();

        // The QSqlQuery form: exec(values) is on the first row, next() hands it out.
        sql::Statement count;
        QVERIFY(count.prepare(db->handle(), QStringLiteral("SELECT count(*), sum(n) FROM t WHERE id <= ?")));
        QVERIFY(count.exec({3}));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toLongLong(), qint64(3));
        QCOMPARE(count.value(1).toLongLong(), qint64(60));
        QVERIFY(!count.next());
        QVERIFY(count.exec({1}));
        QVERIFY(count.next());
        QCOMPARE(count.value(1).toLongLong(), qint64(10));
        count.finish();

        sql::Statement broken(db->handle(), "SELECT nothing FROM nowhere", QStringLiteral("cannot read"));
        QVERIFY(!broken.prepared());
        QVERIFY(!broken.next());
        QCOMPARE(broken.error().message, QStringLiteral("cannot read"));
    }
};

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "TestSqlStatement.moc"

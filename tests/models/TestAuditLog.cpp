// The audit log: append-only rows chained by SHA-256. Whoever edits, removes or reorders a row
// (with SQL around the triggers, or by editing the file's bytes) breaks the chain, and verify()
// names the first entry that does not hold.
#include "models/AuditLog.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

namespace {

// Writes `count` entries about parties 777001… to a fresh log at `path` and closes it.
void writeEntries(const QString& path, int count) {
    auto log = AuditLog::open(path, QStringLiteral("writer"));
    QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message));
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-01T09:00:00Z"), Qt::ISODate);
    for (int i = 1; i <= count; ++i) {
        const auto action = i % 3 == 0 ? AuditAction::Export : AuditAction::Open;
        const auto e = log->append(QStringLiteral("agent.wang"), action, QStringLiteral("party:%1").arg(777000 + i),
                                   {{QStringLiteral("n"), i}}, t0.addSecs(i));
        QVERIFY(e.ok());
        QCOMPARE(e->id, qint64(i));
    }
}

// Runs the sqlite3 shell on the file, as someone with access to the laptop would.
void sqlite3(const QString& path, const QString& script) {
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, script});
    QVERIFY2(p.waitForFinished(30'000), "sqlite3 did not finish");
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

AuditVerification verify(const QString& path) {
    auto log = AuditLog::open(path, QStringLiteral("verifier"));
    if (!log) {
        return {false, 0, -1, log.error().message};
    }
    const auto v = log->verify();
    return v ? *v : AuditVerification{false, 0, -1, v.error().message};
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("audit%1.db").arg(++m_n)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
                 "the sqlite3 shell is needed (Debian package sqlite3)");
    }

    void appendsListsAndVerifies() {
        const QString path = freshPath();
        writeEntries(path, 7);
        auto log = AuditLog::open(path, QStringLiteral("reader"));
        QVERIFY(log.ok());
        const auto all = log->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 7);
        QCOMPARE(all->first().id, qint64(7)); // newest first
        QCOMPARE(all->last().prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(all->at(0).prevHash, all->at(1).hash);
        QCOMPARE(all->last().detail.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(all->last().actor, QStringLiteral("agent.wang"));

        AuditFilter exports;
        exports.action = QStringLiteral("export");
        QCOMPARE(log->list(exports)->size(), 2);
        AuditFilter one;
        one.subject = QStringLiteral("party:777004");
        const auto about = log->list(one);
        QCOMPARE(about->size(), 1);
        QCOMPARE(about->first().action, QStringLiteral("open"));

        const auto v = log->verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->entries, qint64(7));
        QCOMPARE(auditActionFromName(QStringLiteral("rules_changed")), std::optional(AuditAction::RulesChanged));
        QVERIFY(!auditActionFromName(QStringLiteral("delete")));
    }

    void sqlRefusesUpdatesAndDeletes() {
        const QString path = freshPath();
        writeEntries(path, 3);
        auto log = AuditLog::open(path, QStringLiteral("sql"));
        QSqlQuery q(log->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone.else' WHERE id = 2")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        // Marking an entry as pushed is allowed: it is outside the hashed content.
        QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET pushed_ms = 1 WHERE id = 1")),
                 qPrintable(q.lastError().text()));
        QVERIFY(log->verify()->intact);
    }

    void tamperingIsDetected_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<qint64>("firstBad");
        QTest::addRow("a subject changed")
            << QStringLiteral(
                   "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = 'party:1' WHERE id = 3;")
            << qint64(3);
        QTest::addRow("an actor changed")
            << QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'nobody' WHERE id = 1;")
            << qint64(1);
        QTest::addRow("a time changed")
            << QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at_ms = at_ms + 1 WHERE id = 5;")
            << qint64(5);
        QTest::addRow("a row removed") << QStringLiteral(
                                              "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;")
                                       << qint64(3);
        QTest::addRow("the newest rows removed")
            << QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 5;") << qint64(5);
        QTest::addRow("hash recomputed without the chain")
            << QStringLiteral(
                   "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = lower(hex(randomblob(32))) "
                   "WHERE id = 4;")
            << qint64(4);
    }

    void tamperingIsDetected() {
        QFETCH(QString, script);
        QFETCH(qint64, firstBad);
        const QString path = freshPath();
        writeEntries(path, 6);
        QVERIFY(verify(path).intact);
        sqlite3(path, script);
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, firstBad);
        QVERIFY(!v.problem.isEmpty());
    }

    void editedFileBytesAreDetected() {
        const QString path = freshPath();
        writeEntries(path, 5); // closing the last connection checkpoints the WAL into the file
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const qsizetype at = bytes.indexOf("party:777004");
        QVERIFY2(at >= 0, "the entry is not in the main file (WAL not checkpointed?)");
        bytes[at + 11] = '9'; // party:777004 -> party:777009, same length: SQLite reads it back
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, qint64(4));
    }

    void appendsContinueTheChainAcrossConnections() {
        const QString path = freshPath();
        writeEntries(path, 2);
        {
            auto again = AuditLog::open(path, QStringLiteral("second"));
            QVERIFY(
                again->append(QStringLiteral("sup.li"), AuditAction::Merge, QStringLiteral("record:crm/CRM-1")).ok());
        }
        const AuditVerification v = verify(path);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(3));
    }

    void refusesANewerFile() {
        const QString path = freshPath();
        writeEntries(path, 1);
        sqlite3(path, QStringLiteral("PRAGMA user_version = 99;"));
        const auto log = AuditLog::open(path, QStringLiteral("newer"));
        QVERIFY(!log.ok());
        QVERIFY(log.error().message.contains(QStringLiteral("newer")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"

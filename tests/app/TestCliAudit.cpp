// `c360 audit` as a user (or an auditor's script) runs it: lists the log, verifies the chain, and
// exits 1 when someone edited the file behind the program's back.
#include "models/AuditLog.h"
#include "tests/support/BackendProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run runC360(const QStringList& args) {
    return run(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
}

} // namespace

class TestCliAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QString m_audit;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_cache = m_dir.filePath(QStringLiteral("cache.db"));
        m_audit = AuditLog::pathBeside(m_cache);
        auto log = AuditLog::open(m_audit, QStringLiteral("setup"));
        QVERIFY(log.ok());
        QVERIFY(log->append(QStringLiteral("agent.wang"), AuditAction::Open, QStringLiteral("party:12")).ok());
        QVERIFY(log->append(QStringLiteral("agent.wang"), AuditAction::Reveal, QStringLiteral("party:12"),
                            {{QStringLiteral("field"), QStringLiteral("phone")}})
                    .ok());
        QVERIFY(log->append(QStringLiteral("sup.li"), AuditAction::Export, QStringLiteral("export:journey"),
                            {{QStringLiteral("rows"), 40}})
                    .ok());
    }

    void listsNewestFirst() {
        const Run text = runC360({QStringLiteral("audit"), QStringLiteral("--db"), m_cache});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().contains(QStringLiteral("export:journey")));
        QVERIFY(lines.last().contains(QStringLiteral("open")));

        const Run json = runC360({QStringLiteral("audit"), QStringLiteral("--audit"), m_audit, QStringLiteral("--json"),
                                  QStringLiteral("--party"), QStringLiteral("12")});
        QCOMPARE(json.code, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("reveal"));
        QCOMPARE(entries.first().toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("phone")));
    }

    void verifiesThenDetectsTampering() {
        const Run ok = runC360({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), m_cache});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("intact")));

        // Someone with the laptop rewrites who exported, going around the append-only triggers.
        const Run edit = run(QStringLiteral("sqlite3"),
                             {m_audit, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                      "UPDATE audit_log SET actor = 'agent.wang' WHERE id = 3;")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));

        const Run bad = runC360({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), m_cache});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("tampered")), qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral("entry 3")));

        const Run json = runC360({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json"),
                                  QStringLiteral("--audit"), m_audit});
        QCOMPARE(json.code, 1);
        const QJsonObject v = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(v.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(v.value(QStringLiteral("first_bad")).toInteger(), 3);
        QCOMPARE(v.value(QStringLiteral("entries")).toInteger(), 3);
    }

    void badInputGetsAClearMessage() {
        const Run action = runC360({QStringLiteral("audit"), QStringLiteral("--db"), m_cache,
                                    QStringLiteral("--action"), QStringLiteral("delete")});
        QCOMPARE(action.code, 2);
        QVERIFY(action.err.contains(QStringLiteral("--action")));
        const Run limit = runC360(
            {QStringLiteral("audit"), QStringLiteral("--db"), m_cache, QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(limit.code, 2);
        const Run none =
            runC360({QStringLiteral("audit"), QStringLiteral("--audit"), m_dir.filePath(QStringLiteral("none.db"))});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no audit log")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db")))); // not created by looking
        const Run help = runC360({QStringLiteral("audit"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--verify")));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"

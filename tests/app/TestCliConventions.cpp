// The conventions every `c360` command keeps, tried as a script would: --help and --version need
// no display, every command answers --help, global options may come before the command word, and
// --lang works wherever it is given. Real processes, a real (empty, migrated) cache file.
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace c360;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs c360 as on a machine without a display: any attempt to open a window would abort.
Run runHeadless(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("C360_LANG"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliConventions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionNeedsNoDisplay() {
        const Run r = runHeadless({QStringLiteral("--version")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("c360 ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void helpNeedsNoDisplayAndListsCommandsAndWindowOptions() {
        const Run r = runHeadless({QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* expected : {"c360 sync", "c360 search", "c360 timeline", "c360 nba", "--sources", "--role"}) {
            QVERIFY2(r.out.contains(QLatin1String(expected)), expected);
        }
        QVERIFY(r.err.isEmpty());
    }

    void everyCommandAnswersHelp_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("sync") << QStringLiteral("sync") << QStringLiteral("--stream");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("--limit");
        QTest::newRow("timeline") << QStringLiteral("timeline") << QStringLiteral("--kind");
        QTest::newRow("stats") << QStringLiteral("stats") << QStringLiteral("--db");
        QTest::newRow("nba") << QStringLiteral("nba") << QStringLiteral("--facts");
        QTest::newRow("resolve") << QStringLiteral("resolve") << QStringLiteral("--labels");
        QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("--format");
        QTest::newRow("import") << QStringLiteral("import") << QStringLiteral("--mapping");
        QTest::newRow("sources") << QStringLiteral("sources") << QStringLiteral("--stream");
        QTest::newRow("quarantine") << QStringLiteral("quarantine") << QStringLiteral("--limit");
        QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("--from");
        QTest::newRow("journey") << QStringLiteral("journey") << QStringLiteral("--stages");
        QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("--verify");
        QTest::newRow("write") << QStringLiteral("write") << QStringLiteral("--party");
        QTest::newRow("outbox") << QStringLiteral("outbox") << QStringLiteral("--failed");
        QTest::newRow("forget") << QStringLiteral("forget") << QStringLiteral("--yes");
        QTest::newRow("take-offline") << QStringLiteral("take-offline") << QStringLiteral("--customers");
        QTest::newRow("sign-out") << QStringLiteral("sign-out") << QStringLiteral("--purge");
        QTest::newRow("pop") << QStringLiteral("pop") << QStringLiteral("--ani");
    }
    void everyCommandAnswersHelp() {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run r = runHeadless({command, QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // not "Unknown option 'help'." before the usage
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: c360 ") + command), qPrintable(r.out));
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        // The synopsis is UTF-8 ("[ID…]"), not its bytes read as Latin-1 ("[IDâ\u0080¦]").
        QVERIFY2(!r.out.contains(QChar(0x00E2)), qPrintable(r.out));
    }

    void globalOptionsMayComeBeforeTheCommand() {
        testing::TempCache cache;
        QVERIFY2(cache.isValid(), qPrintable(cache.errorString()));
        const QString db = cache.path();
        const Run before = runHeadless({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(before.code == 0, qPrintable(before.err));
        QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8()).object(), QJsonObject());
        const Run equals =
            runHeadless({QStringLiteral("--db=") + db, QStringLiteral("search"), QStringLiteral("wang")});
        QVERIFY2(equals.code == 0, qPrintable(equals.err));
        QVERIFY2(equals.out.contains(QStringLiteral("wang")), qPrintable(equals.out));

        // Not ignored: a --db before the command that names a missing file is what the command reports.
        const QString missing = cache.dir() + QStringLiteral("/missing.db");
        const Run gone = runHeadless({QStringLiteral("--db"), missing, QStringLiteral("stats")});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.err.contains(missing), qPrintable(gone.err));
    }

    void langWorksBeforeOrAfterTheCommand() {
        testing::TempCache cache;
        const QString missing = cache.dir() + QStringLiteral("/missing.db");
        const Run after = runHeadless({QStringLiteral("stats"), QStringLiteral("--db"), missing,
                                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(after.code, 1);
        QVERIFY2(after.err.contains(QStringLiteral("还没有缓存")), qPrintable(after.err));
        const Run before =
            runHeadless({QStringLiteral("--lang=zh_TW"), QStringLiteral("stats"), QStringLiteral("--db"), missing});
        QCOMPARE(before.code, 1);
        QVERIFY2(!before.err.contains(QStringLiteral("There is no cache")), qPrintable(before.err));
        const Run english = runHeadless({QStringLiteral("stats"), QStringLiteral("--db"), missing});
        QVERIFY2(english.err.contains(QStringLiteral("There is no cache")), qPrintable(english.err));
    }

    void unknownOptionIsAUsageErrorNamingTheCommand() {
        const Run r = runHeadless({QStringLiteral("search"), QStringLiteral("--frobnicate"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("c360 search")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliConventions)
#include "TestCliConventions.moc"

// No exception escapes a worker: runGuarded turns one into a sentence a user can read (and logs the
// technical text), and a worker reports it with its ordinary failure signal. Shown with the
// prompt-feedback writer, whose cache cannot be opened or has no place for answers.
#include "models/Database.h"
#include "models/WorkerGuard.h"
#include "models/nba/FeedbackWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace c360;

class TestWorkerGuard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anExceptionBecomesAHumanMessage() {
        int ran = 0;
        QCOMPARE(runGuarded(QStringLiteral("The sync"), [&] { ++ran; }), QString());
        QCOMPARE(ran, 1);
        const QString message = runGuarded(QStringLiteral("The sync"), [] { throw std::runtime_error("boom"); });
        QVERIFY2(message.startsWith(QStringLiteral("The sync stopped on an internal error (boom).")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("try again")));
        const QString unknown = runGuarded(QStringLiteral("The check"), [] { throw 42; });
        QVERIFY2(unknown.startsWith(QStringLiteral("The check stopped on an internal error")), qPrintable(unknown));
    }

    void theFeedbackWriterReportsWhatWentWrong() {
        QTemporaryDir dir;
        // Not a database at all: a human message arrives through `failed`, nothing is thrown or lost.
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not SQLite, just text the user put there by mistake\n");
        }
        {
            nba::FeedbackWriter writer(junk);
            QSignalSpy failed(&writer, &nba::FeedbackWriter::failed);
            QSignalSpy recorded(&writer, &nba::FeedbackWriter::recorded);
            nba::Feedback f;
            f.partyId = 1;
            f.actionId = QStringLiteral("service_recovery");
            writer.record(f, std::nullopt);
            QVERIFY(failed.wait(10000));
            QVERIFY2(failed.first().first().toString().contains(QStringLiteral("junk.db")),
                     qPrintable(failed.first().first().toString()));
            QCOMPARE(recorded.count(), 0);
        }
        // A real cache: stored, with the learner's count, on the writer's own connection.
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            auto db = Database::open(path, QStringLiteral("create"));
            QVERIFY(db.ok());
        }
        nba::FeedbackWriter writer(path);
        QSignalSpy recorded(&writer, &nba::FeedbackWriter::recorded);
        nba::Feedback f;
        f.partyId = 7;
        f.actionId = QStringLiteral("service_recovery");
        f.atMs = 1000;
        writer.record(f, nba::ArmKey{QStringLiteral("service_recovery"), {}, {}});
        QVERIFY(recorded.wait(10000));
        QVERIFY(recorded.first().first().toLongLong() > 0);
        auto db = Database::open(path, QStringLiteral("check"));
        QVERIFY(db.ok());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM nba_feedback WHERE party_id = 7")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestWorkerGuard)
#include "TestWorkerGuard.moc"

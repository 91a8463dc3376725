// The application wiring: window + sync controller on its own thread + the UI connection.
// With the backend unreachable the workstation says it is offline and keeps serving the cache.
#include "app/Application.h"
#include "models/AuditLog.h"
#include "models/IdentityQueries.h"
#include "models/TimelineModel.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/LinkedRecordsDialog.h"
#include "ui/MainWindow.h"
#include "ui/SearchPanel.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TimelinePanel.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;

class TestApplication : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_sources;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 60;
        options.seed = 21;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_db = m_dir.filePath(QStringLiteral("cache.db"));
        m_sources = m_dir.filePath(QStringLiteral("sources.json"));
        QVERIFY(QFile::copy(m_backend->sourcesFile(), m_sources));
    }

    void syncsInTheBackgroundAndShowsTheResult() {
        app::GuiOptions options;
        options.dbPath = m_db;
        options.sourcesPath = m_sources;
        options.syncIntervalMinutes = 0;
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        QVERIFY(window && window->isVisible());
        // The sync runs on its own thread; the window stays responsive and reports the outcome.
        QTRY_VERIFY_WITH_TIMEOUT(window->syncStatus()->isBusy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->syncStatus()->isBusy(), 60000);
        QVERIFY(!window->syncStatus()->isOffline());
        QVERIFY(window->syncStatus()->stateText().contains(QStringLiteral("Online")));
        window->searchPanel()->setQuery(QStringLiteral("CRM-000001"));
        QCOMPARE(window->searchPanel()->resultCount(), 1);
        QVERIFY(window->searchPanel()->activateFirst());
        QVERIFY(window->timelinePanel()->model()->rowCount() > 0);
        // Opening the customer is in the audit log, by party id only (no name, phone or e-mail).
        auto audit = AuditLog::open(AuditLog::pathBeside(m_db), QStringLiteral("audit-peek"));
        QVERIFY(audit.ok());
        const auto opened = audit->list();
        QVERIFY(opened.ok() && !opened->isEmpty());
        QCOMPARE(opened->first().action, QStringLiteral("open"));
        QCOMPARE(opened->first().subject, QStringLiteral("party:%1").arg(window->currentParty()));
        QVERIFY(audit->verify()->intact);
    }

    void supervisorSplitsARecordOutOffTheUiThread() {
        app::GuiOptions options;
        options.dbPath = m_db;
        options.sourcesPath = m_sources;
        options.syncOnStart = false;
        options.syncIntervalMinutes = 0;
        options.role = QStringLiteral("supervisor");
        options.openQuery = QStringLiteral("CRM-000001");
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        const qint64 party = window->currentParty();
        QVERIFY(party > 0);
        window->showLinkedRecords();
        QVERIFY(window->linkedRecordsDialog()->isVisible());
        QSqlDatabase own = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own"));
        own.setDatabaseName(m_db);
        QVERIFY(own.open());
        const auto records = identity::linkedRecords(own, party);
        QVERIFY(records.ok() && records->size() > 1);
        qint64 victim = 0;
        for (const LinkedRecord& r : *records) {
            if (r.source != QLatin1String("crm")) {
                victim = r.recordId;
                break;
            }
        }
        QVERIFY(victim > 0);
        Q_EMIT window->linkedRecordsDialog()->splitRequested(party, victim);
        const auto partyOf = [&own](qint64 record) {
            QSqlQuery q(own);
            q.prepare(QStringLiteral("SELECT party_id FROM party_link WHERE record_id = ?"));
            q.addBindValue(record);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        };
        QTRY_VERIFY_WITH_TIMEOUT(partyOf(victim) != party, 30000);
        QSqlQuery decisions(own);
        QVERIFY(decisions.exec(QStringLiteral("SELECT count(*) FROM identity_decision WHERE kind = 'split'")));
        QVERIFY(decisions.next());
        QCOMPARE(decisions.value(0).toInt(), 1);
        // The decision is pushed to the backend through the outbox, too.
        {
            QSqlDatabase outbox = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outbox-peek"));
            outbox.setDatabaseName(m_dir.filePath(QStringLiteral("outbox.db")));
            QVERIFY(outbox.open());
            const auto state = [&outbox] {
                QSqlQuery q(outbox);
                return q.exec(QStringLiteral("SELECT state FROM outbox WHERE kind = 'identity_decision'")) && q.next()
                           ? q.value(0).toString()
                           : QString();
            };
            QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("sent"), 30000);
            outbox.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outbox-peek"));
        own.close();
        own = {};
        QSqlDatabase::removeDatabase(QStringLiteral("own"));
    }

    void offlineKeepsTheCacheAndSaysSo() {
        m_backend->stop();
        app::GuiOptions options;
        options.dbPath = m_db;
        options.sourcesPath = m_sources;
        options.syncIntervalMinutes = 0;
        options.openQuery = QStringLiteral("CRM-000001");
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        // Opened from the cache at once, before the sync has even reported.
        QVERIFY(window->currentParty() > 0);
        const int rows = window->timelinePanel()->model()->rowCount();
        QVERIFY(rows > 0);
        // Said by the connection check within seconds, before the sync has given up retrying.
        QTRY_VERIFY_WITH_TIMEOUT(window->syncStatus()->isOffline(), 10000);
        QVERIFY(window->syncStatus()->stateText().contains(QStringLiteral("Offline")));
        QTRY_VERIFY_WITH_TIMEOUT(!window->syncStatus()->isBusy(), 120000);
        QVERIFY(window->syncStatus()->isOffline()); // the failed sync does not say otherwise
        // Everything already cached is still there.
        QVERIFY(window->currentParty() > 0);
        QCOMPARE(window->timelinePanel()->model()->rowCount(), rows);
    }

    void aCacheFromANewerVersionIsRefusedWithAMessage() {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            testing::TempCache scratch(QStringLiteral("scratch"));
            QVERIFY(scratch.isValid());
            QVERIFY(QFile::copy(scratch.path(), path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        app::GuiOptions options;
        options.dbPath = path;
        options.sourcesPath = m_sources;
        app::Application workstation(options);
        const Status started = workstation.start();
        QVERIFY(!started.ok());
        QVERIFY(started.error().message.contains(QStringLiteral("newer")));
    }
};

QTEST_MAIN(TestApplication)
#include "TestApplication.moc"

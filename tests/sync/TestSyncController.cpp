// The worker-thread path: SyncController runs SyncWorker on its QThread, with its own connection.

#include "sync/SyncController.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace c360;
using namespace c360::testing;
using namespace std::chrono_literals;

class TestSyncController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_backend.start().ok()); }

    void reportsProgressAndFinishes() {
        TempCache cache;
        SyncController controller;
        QSignalSpy progress(&controller, &SyncController::progress);
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy failed(&controller, &SyncController::failed);
        QVERIFY(controller.start(m_backend.sourcesFile(), cache.path()));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(m_backend.sourcesFile(), cache.path())); // one at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller.isRunning());
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() >= 6);
        const auto last = progress.last().first().value<SyncProgress>();
        QCOMPARE(last.source, QStringLiteral("contact"));
        const auto report = finished.first().first().value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.summary));
        QCOMPARE(report.streams.size(), 8);
        QCOMPARE(cache.liveCounts(), *m_backend.stats());

        // Again on the same controller and thread: incremental, nothing new.
        QVERIFY(controller.start(m_backend.sourcesFile(), cache.path()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncReport>().fetched, 0);
    }

    void cancelStopsTheRun() {
        TempCache cache;
        SyncController controller;
        SyncOptions options;
        options.pageSize = 10;
        controller.setOptions(options);
        QSignalSpy finished(&controller, &SyncController::finished);
        connect(&controller, &SyncController::progress, &controller, [&controller](const SyncProgress& p) {
            if (p.pages >= 1) {
                controller.cancel();
            }
        });
        QVERIFY(controller.start(m_backend.sourcesFile(), cache.path()));
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<SyncReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.failedStreams, 0);
        QVERIFY(report.summary.startsWith(QStringLiteral("Sync cancelled")));
    }

    void unreadableSourcesFileFails() {
        TempCache cache;
        SyncController controller;
        QSignalSpy failed(&controller, &SyncController::failed);
        QVERIFY(controller.start(cache.dir() + QStringLiteral("/missing.json"), cache.path()));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("Could not read the sources file")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!controller.isRunning());
    }

    void destroyingWhileRunningInterruptsPromptly() {
        TempCache cache;
        QElapsedTimer timer;
        {
            SyncController controller;
            SyncOptions options;
            options.pageSize = 5;
            controller.setOptions(options);
            QSignalSpy progress(&controller, &SyncController::progress);
            QVERIFY(controller.start(m_backend.sourcesFile(), cache.path()));
            QVERIFY(progress.wait(30000));
            timer.start();
        } // interrupt -> quit -> wait
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

private:
    BackendProcess m_backend;
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "TestSyncController.moc"

// The sync panel (offscreen, real widgets): "Sync now" runs a real sync on the sync thread against
// the reference backend; the panel then lists every stream with its records, the quarantined
// record with its reason, and the outbox's rejected item, which "Retry" puts back in the queue.
// "Pause" stops syncing; a failed sync schedules an automatic retry.

#include "sync/OutboxStore.h"
#include "sync/SyncController.h"
#include "tests/support/BackendProcess.h"
#include "ui/SyncPanel.h"

#include <QApplication>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::testing;

class TestSyncPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void syncQuarantineOutboxAndPause() {
        BackendProcess::Options options;
        options.customers = 20;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QVERIFY(backend
                    .inject(QStringLiteral("helpdesk"), QStringLiteral("tickets"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("T-BAD")},
                                        {QStringLiteral("deleted"), false},
                                        {QStringLiteral("satisfaction"),
                                         QJsonObject{{QStringLiteral("score"), QStringLiteral("great")}}}})
                    .ok());
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.db"));
        const QString outboxPath = dir.filePath(QStringLiteral("outbox.db"));
        qint64 rejectedId = 0;
        {
            auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("test-outbox"));
            QVERIFY(outbox.ok());
            auto item = outbox->enqueue(QStringLiteral("order_cancel"), QStringLiteral("email:a@example.com"), 0,
                                        QByteArray("{\"customer\":\"email:a@example.com\",\"order_number\":\"1\"}"));
            QVERIFY(item.ok());
            rejectedId = item->id;
            QVERIFY(outbox
                        ->markFailed(rejectedId, 404,
                                     QStringLiteral("Rejected by the server (HTTP 404): order 1 does not exist"))
                        .ok());
        }

        SyncController controller;
        SyncOptions fast;
        fast.retry = {2, std::chrono::milliseconds(10), std::chrono::milliseconds(50)};
        controller.setOptions(fast);
        ui::SyncPanel panel(&controller, backend.sourcesFile(), cachePath, outboxPath);
        panel.show();
        auto* streams = panel.findChild<QTableWidget*>(QStringLiteral("streamsTable"));
        auto* quarantine = panel.findChild<QTableWidget*>(QStringLiteral("quarantineTable"));
        auto* outbox = panel.findChild<QTableWidget*>(QStringLiteral("outboxTable"));
        auto* syncNow = panel.findChild<QPushButton*>(QStringLiteral("syncNowButton"));
        auto* pause = panel.findChild<QPushButton*>(QStringLiteral("pauseButton"));
        auto* retry = panel.findChild<QPushButton*>(QStringLiteral("retryOutboxButton"));
        QVERIFY(streams && quarantine && outbox && syncNow && pause && retry);
        QCOMPARE(streams->rowCount(), 8); // from the sources file, never synced yet
        QCOMPARE(outbox->rowCount(), 1);  // the outbox is read even before the first sync

        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(!syncNow->isEnabled()); // while it runs
        QVERIFY(finished.wait(60000));
        // The states and record counts are read on a worker thread (a big cache takes seconds to count): the
        // table shows what it knew until they arrive.
        QSignalSpy read(&panel, &ui::SyncPanel::streamsRead);
        QVERIFY(read.wait(10000));
        QCOMPARE(streams->rowCount(), 8);
        bool customersShown = false;
        for (int row = 0; row < streams->rowCount(); ++row) {
            if (streams->item(row, 1)->text() == QLatin1String("customers")) {
                customersShown = streams->item(row, 3)->text() != QLatin1String("0");
                QCOMPARE(streams->item(row, 6)->text(), QStringLiteral("OK"));
            }
        }
        QVERIFY(customersShown);
        QCOMPARE(quarantine->rowCount(), 1);
        QCOMPARE(quarantine->item(0, 3)->text(), QStringLiteral("T-BAD"));
        QVERIFY2(quarantine->item(0, 4)->text().contains(QLatin1String("/satisfaction/score")),
                 qPrintable(quarantine->item(0, 4)->text()));
        QVERIFY(syncNow->isEnabled());

        // Retry the rejected outbox item: pending again, with the same key.
        QVERIFY(!retry->isEnabled());
        outbox->selectRow(0);
        QVERIFY(retry->isEnabled());
        QSignalSpy requeued(&panel, &ui::SyncPanel::outboxItemRequeued);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(requeued.count(), 1);
        QCOMPARE(requeued.first().first().toLongLong(), rejectedId);
        {
            auto check = sync::OutboxStore::open(outboxPath, QStringLiteral("test-outbox-check"));
            QCOMPARE((*check->item(rejectedId))->state, QStringLiteral("pending"));
        }

        // Pause: no sync can start.
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(panel.isPaused());
        QVERIFY(!syncNow->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!panel.isPaused());

        // The backend goes away: the failed sync schedules an automatic retry.
        backend.stop();
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(read.wait(10000));
        QVERIFY(panel.nextRetry().isValid());
        QVERIFY(panel.nextRetry() > QDateTime::currentDateTimeUtc());
        QVERIFY(streams->item(0, 6)->text() != QLatin1String("OK"));
        QVERIFY(streams->item(0, 5)->text() != QStringLiteral("—"));
    }
};

QTEST_MAIN(TestSyncPanel)
#include "TestSyncPanel.moc"

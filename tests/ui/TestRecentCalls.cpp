// Call → Recent calls: the agent's last calls, an unknown caller included, kept across restarts,
// and each one opens again: the customer it was linked to, or the number in the search box.
// The list itself (order, capacity, a damaged file), then the real window over a real cache.
#include "models/Normalize.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CallBar.h"
#include "ui/CallTypes.h"
#include "ui/MainWindow.h"
#include "ui/RecentCalls.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

namespace {

ui::RecentCall call(int i, qint64 party = 0) {
    return ui::RecentCall{QDateTime::currentDateTimeUtc().addSecs(i),
                          QStringLiteral("+1212555%1").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("CALL-%1").arg(i),
                          party,
                          party > 0 ? QStringLiteral("Customer %1").arg(i) : QString(),
                          {}};
}

} // namespace

class TestRecentCalls : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    Normalizer m_normalizer;

private Q_SLOTS:
    void newestFirstKeptAcrossRestartsAtMostFifty() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls/recent-calls.json"));
        {
            ui::RecentCalls calls(path);
            QAbstractItemModelTester tester(&calls);
            QVERIFY(calls.load().isEmpty()); // no file yet: an empty list, no complaint
            for (int i = 1; i <= 55; ++i) {
                calls.add(call(i, i % 2 == 0 ? i : 0));
            }
            QCOMPARE(calls.rowCount(), ui::RecentCalls::Capacity);
            QCOMPARE(calls.at(0).callId, QStringLiteral("CALL-55"));
            calls.linkToParty(QStringLiteral("CALL-55"), 4242, QStringLiteral("王小明"));
            calls.setDisposition(QStringLiteral("CALL-55"), QStringLiteral("resolved"));
        }
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        ui::RecentCalls again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.rowCount(), ui::RecentCalls::Capacity);
        QCOMPARE(again.at(0).partyId, 4242);
        QCOMPARE(again.at(ui::RecentCalls::Capacity - 1).callId, QStringLiteral("CALL-6"));
        const QString shown = again.data(again.index(0), Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(QStringLiteral("王小明")) && shown.contains(QStringLiteral("Resolved")),
                 qPrintable(shown));
        QVERIFY2(again.data(again.index(2), Qt::DisplayRole).toString().contains(QStringLiteral("Unknown caller")),
                 qPrintable(again.data(again.index(2), Qt::DisplayRole).toString()));
    }

    void aDamagedFileIsSetAsideNotFatal() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent-calls.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"at\": \"2026-12-01T10:00:00Z\", \"number\": tru");
        file.close();
        ui::RecentCalls calls(path);
        const QString message = calls.load();
        QVERIFY2(message.contains(QStringLiteral("could not be read")), qPrintable(message));
        QCOMPARE(calls.rowCount(), 0);
        QVERIFY(QFile::exists(path + QStringLiteral(".bad"))); // kept for whoever wants to look
        calls.add(call(1));
        ui::RecentCalls again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.rowCount(), 1);
    }

    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/recent-calls.json"));
        testing::BackendProcess::Options options;
        options.customers = 40;
        options.seed = 21;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<testing::TempCache>();
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());
    }

    void anUnknownCallerLinkedBySearchAndWrappedUp() {
        const qint64 party = m_cache->scalar(QStringLiteral("SELECT id FROM party ORDER BY id LIMIT 1"));
        QVERIFY(party > 0);
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM party WHERE id = %1").arg(party)) && q.next());
        const QString name = q.value(0).toString();

        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString unknown = QStringLiteral("+12125550199");
        QCOMPARE(window.handleIncomingCall(ui::IncomingCall{unknown, QStringLiteral("CALL-A"), {}, {}}),
                 ui::MainWindow::PopOutcome::NewCaller);
        ui::RecentCalls* calls = window.recentCalls();
        QCOMPARE(calls->at(0).callId, QStringLiteral("CALL-A"));
        QCOMPARE(calls->at(0).partyId, 0);
        // The agent finds the caller by name and opens them: the call is theirs now.
        QVERIFY(window.openParty(party));
        QCOMPARE(calls->at(0).partyId, party);
        QCOMPARE(calls->at(0).caller, name);
        window.callBar()->endCall();
        auto* wrapUp = window.findChild<QDialog*>(QStringLiteral("wrapUpDialog"));
        QTRY_VERIFY(wrapUp != nullptr && wrapUp->isVisible());
        auto* disposition = wrapUp->findChild<QComboBox*>(QStringLiteral("wrapUpDisposition"));
        disposition->setCurrentIndex(disposition->findData(QStringLiteral("resolved")));
        QTest::mouseClick(wrapUp->findChild<QPushButton*>(QStringLiteral("wrapUpSave")), Qt::LeftButton);
        QTRY_COMPARE(calls->at(0).disposition, QStringLiteral("resolved"));

        // A second caller nobody knows hangs up before anything is found.
        const QString second = QStringLiteral("+8613912345678");
        window.handleIncomingCall(ui::IncomingCall{second, QStringLiteral("CALL-B"), {}, {}});
        window.callBar()->clear();
        QCOMPARE(calls->rowCount(), 2);

        // Later: Recent calls, the unknown caller → the number goes into the search box.
        window.showRecentCalls();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("recentCallsDialog"));
        QTRY_VERIFY(dialog != nullptr && dialog->isVisible());
        auto* list = dialog->findChild<QListView*>(QStringLiteral("recentCallsList"));
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recentCallsOpen")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->text(), second);

        // And the first one opens its customer again.
        const qint64 other = m_cache->scalar(QStringLiteral("SELECT max(id) FROM party"));
        QVERIFY(other != party && window.openParty(other));
        window.showRecentCalls();
        QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("recentCallsDialog"))) != nullptr &&
                    dialog->isVisible());
        list = dialog->findChild<QListView*>(QStringLiteral("recentCallsList"));
        list->setCurrentIndex(calls->index(1));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(window.currentParty(), party);
    }
};

QTEST_MAIN(TestRecentCalls)
#include "TestRecentCalls.moc"

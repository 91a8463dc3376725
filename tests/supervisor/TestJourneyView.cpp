// The Journey tab, offscreen: painted from the hand-made dataset, Ctrl+J, zoom and pan by keyboard
// and wheel, a click selects the event in the timeline, and 50,000 touchpoints paint by level of
// detail (density columns, no marker per event) until zoomed in.
#include "SupervisorDataset.h"

#include "models/EventKinds.h"
#include "models/Normalize.h"
#include "models/Roles.h"
#include "ui/JourneyPanel.h"
#include "ui/JourneyView.h"
#include "ui/MainWindow.h"
#include "ui/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

using namespace c360;
using namespace c360::supervisortest;

class TestJourneyView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void journeyTabPaintsAndClickSelectsInTimeline();
    void zoomAndPanByKeyboardAndWheel();
    void fiftyThousandEventsPaintByLevelOfDetail();
    void loadsOffTheUiThreadNewestWins();

private:
    std::unique_ptr<Dataset> m_data;
    Normalizer m_normalizer;
};

void TestJourneyView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<Dataset>(QStringLiteral("journey-view"));
    QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
}

void TestJourneyView::journeyTabPaintsAndClickSelectsInTimeline() {
    ui::MainWindow window(m_data->db(), m_normalizer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openParty(m_data->party(QStringLiteral("A"))));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centreTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.timelinePanel()));
    auto* toggle = window.findChild<QAction*>(QStringLiteral("journeyAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    toggle->trigger();
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.journeyPanel()));
    ui::JourneyView* view = window.journeyPanel()->view();
    QTRY_COMPARE(view->journey().touchpoints.size(), 6);

    // Painted: the marker of each touchpoint differs from the lane behind it.
    const QImage image = view->grab().toImage();
    QVERIFY(!image.isNull());
    for (const Touchpoint& t : view->journey().touchpoints) {
        const QPoint at = view->positionOf(t.eventId);
        QVERIFY2(view->rect().contains(at), qPrintable(t.title));
        const QColor centre = image.pixelColor(at * image.devicePixelRatio());
        const QColor beside = image.pixelColor((at + QPoint(0, view->height() / 40 + 8)) * image.devicePixelRatio());
        QVERIFY2(centre != beside, qPrintable(t.title));
    }
    QCOMPARE(view->lastPaintStats().markers, 6);

    // A click on I2 (the chat, the 4th touchpoint) selects it in the timeline.
    const qint64 chat = view->journey().touchpoints.at(3).eventId;
    QCOMPARE(view->journey().touchpoints.at(3).kind, kinds::Chat);
    QCOMPARE(view->eventAt(view->positionOf(chat)), chat);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->positionOf(chat));
    QCOMPARE(view->selectedEvent(), chat);
    const QModelIndex current = window.timelinePanel()->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(IdRole).toLongLong(), chat);
    // Nothing under the pointer: nothing selected anew.
    QCOMPARE(view->eventAt(QPoint(2, 2)), 0);

    toggle->trigger();
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.timelinePanel()));
}

void TestJourneyView::zoomAndPanByKeyboardAndWheel() {
    ui::JourneyPanel panel(m_data->db());
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showParty(m_data->party(QStringLiteral("B")));
    ui::JourneyView* view = panel.view();
    QTRY_COMPARE(view->journey().touchpoints.size(), 7);
    view->setFocus();
    const qint64 from = view->viewFromMs();
    const qint64 span = view->viewUntilMs() - view->viewFromMs();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(qAbs(double(view->viewUntilMs() - view->viewFromMs()) - span / 1.5) < 2.0);
    const qint64 zoomedFrom = view->viewFromMs();
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->viewFromMs() > zoomedFrom);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(view->viewFromMs() < zoomedFrom);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->viewFromMs(), from);
    QCOMPARE(view->viewUntilMs() - view->viewFromMs(), span);

    // Wheel up over the right edge zooms in there: the right end of the view stays put.
    const QPointF pos(view->width() - 9, view->height() / 2);
    QWheelEvent wheel(pos, view->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(view->viewUntilMs() - view->viewFromMs() < span);
    QVERIFY(qAbs(view->viewUntilMs() - (from + span)) < span / 100);
    // Shift+wheel pans.
    const qint64 before = view->viewFromMs();
    QWheelEvent shifted(pos, view->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::ShiftModifier,
                        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &shifted);
    QVERIFY(view->viewFromMs() > before);
}

void TestJourneyView::fiftyThousandEventsPaintByLevelOfDetail() {
    auto rules = JourneyRules::load(JourneyRules::defaultPath());
    QVERIFY(rules.ok());
    const QStringList kindsCycle{kinds::Campaign, kinds::Call, kinds::Chat, kinds::Order, kinds::WeChat};
    QList<Touchpoint> tps;
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 50'000; ++i) {
        Touchpoint t;
        t.eventId = i + 1;
        t.occurredMs = t0 + qint64(i) * 600'000; // every 10 minutes: ~347 days
        t.kind = kindsCycle.at(i % kindsCycle.size());
        t.title = QStringLiteral("Event %1").arg(i);
        t.queue = QStringLiteral("q%1").arg(i % 7);
        t.reason = QStringLiteral("r");
        tps << t;
    }
    Journey journey = buildJourney(1, tps, *rules);
    QVERIFY(!journey.friction.isEmpty());
    ui::JourneyView view;
    view.setRules(*rules);
    view.resize(1000, 400);
    view.setJourney(std::move(journey));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    const QImage all = view.grab().toImage();
    const qint64 fullMs = timer.elapsed();
    QVERIFY(!all.isNull());
    QCOMPARE(view.lastPaintStats().visible, 50'000);
    QCOMPARE(view.lastPaintStats().markers, 0);
    QVERIFY(view.lastPaintStats().columns > 0);
    QVERIFY(view.lastPaintStats().columns <= 9 * 1000); // at most a bar per lane and pixel column
    // Zoomed in on one day: a marker per touchpoint (144 in a day).
    view.setViewRange(t0 + 100LL * 24 * 3600 * 1000, t0 + 101LL * 24 * 3600 * 1000);
    timer.restart();
    view.grab();
    const qint64 dayMs = timer.elapsed();
    QVERIFY(view.lastPaintStats().markers >= 144 && view.lastPaintStats().markers <= 146);
    QCOMPARE(view.lastPaintStats().columns, 0);
    qInfo("paint of 50,000 touchpoints: whole journey %lld ms, one day %lld ms", fullMs, dayMs);
}

// The journey is read on a worker: showParty returns at once ("Loading…"), and when the agent moves on to
// another customer before the first load ends, only the newest customer's journey is shown.
void TestJourneyView::loadsOffTheUiThreadNewestWins() {
    ui::JourneyPanel panel(m_data->db());
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("journeySummary"));
    QVERIFY(summary);
    QSignalSpy loaded(&panel, &ui::JourneyPanel::loaded);
    panel.showParty(m_data->party(QStringLiteral("B")));
    QCOMPARE(summary->text(), QStringLiteral("Loading the journey…"));
    QVERIFY(panel.view()->journey().touchpoints.isEmpty());
    panel.showParty(m_data->party(QStringLiteral("A")));
    QVERIFY(loaded.wait(10'000));
    QTRY_COMPARE(panel.view()->journey().touchpoints.size(), 6); // A's, never B's 7
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(panel.view()->journey().touchpoints.size(), 6);
    QVERIFY2(summary->text().startsWith(QStringLiteral("6 touchpoint")), qPrintable(summary->text()));
}

QTEST_MAIN(TestJourneyView)
#include "TestJourneyView.moc"

// The workstation on an agent's 1280×720 screen (a real X server, Xvfb): the window, the call
// bar with its End-call button, the prompt cards and their buttons, and the status bar are all
// on the screen and nothing a user must click or read is cut off. Real cache synced from the
// reference backend, the real Application (rule pack included), a real call.
#include "app/Application.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CallBar.h"
#include "ui/CallTypes.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QWindow>

using namespace c360;

namespace {

// The part of `w` that its ancestors and the screen leave visible, in window coordinates. Inside a scroll area
// only its viewport clips, and only across (scrolling up and down is what a scroll area is for);
// the scroll area itself is checked as a widget of its own.
QRect visiblePart(const QWidget* w) {
    QRect r(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p != nullptr && !p->isWindow(); p = p->parentWidget()) {
        QRect clip(p->mapTo(p->window(), QPoint(0, 0)), p->size());
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        if (area != nullptr && area->viewport() == p) {
            clip.setTop(r.top());
            clip.setBottom(r.bottom());
            return r.intersected(clip);
        }
        r = r.intersected(clip);
    }
    const QRect screen = w->window()->screen()->availableGeometry();
    const QRect screenInWindow(w->window()->mapFromGlobal(screen.topLeft()), screen.size());
    return r.intersected(w->window()->rect()).intersected(screenInWindow);
}

} // namespace

class TestWindowFits : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    std::unique_ptr<app::Application> m_app;

    ui::MainWindow* window() const { return m_app->window(); }

    // Every visible button and label of the window is whole (labels may elide their own text).
    void verifyNothingClipped(const char* where) {
        QStringList clipped;
        const auto widgets = window()->findChildren<QWidget*>();
        for (const QWidget* w : widgets) {
            if (!w->isVisibleTo(window()) || w->window() != window() || w->width() <= 0) {
                continue;
            }
            if (qobject_cast<const QAbstractButton*>(w) == nullptr && qobject_cast<const QLabel*>(w) == nullptr &&
                qobject_cast<const QAbstractScrollArea*>(w) == nullptr) {
                continue;
            }
            const QRect visible = visiblePart(w);
            if (visible.width() < w->width() || visible.height() < w->height()) {
                const auto* button = qobject_cast<const QAbstractButton*>(w);
                const auto* label = qobject_cast<const QLabel*>(w);
                clipped << QStringLiteral("%1 \"%2\" shows %3×%4 of %5×%6")
                               .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                              : w->objectName(),
                                    button ? button->text() : (label ? label->text().left(40) : QString()))
                               .arg(visible.width())
                               .arg(visible.height())
                               .arg(w->width())
                               .arg(w->height());
            }
        }
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(QString::fromLatin1(where) + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 60;
        options.seed = 13;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<testing::TempCache>(QStringLiteral("fixture"));
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());

        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(screen.width() <= 1280 && screen.height() <= 720,
                 "this test runs on a 1280×720 screen (xvfb-run -s \"-screen 0 1280x720x24\")");
        app::GuiOptions gui;
        gui.dbPath = m_cache->path();
        gui.sourcesPath = m_backend->sourcesFile();
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        m_app = std::make_unique<app::Application>(gui);
        QVERIFY(m_app->start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void theWindowIsOnTheScreen() {
        const QRect screen = window()->screen()->availableGeometry();
        QVERIFY2(screen.contains(window()->frameGeometry()) || screen.contains(window()->geometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4 on a %5×%6 screen")
                                .arg(window()->x())
                                .arg(window()->y())
                                .arg(window()->width())
                                .arg(window()->height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }

    void duringACallWithPromptsNothingIsCutOff() {
        const qint64 party = m_cache->scalar(
            QStringLiteral("SELECT party_id FROM timeline_event GROUP BY party_id ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(party > 0);
        QVERIFY(window()->openParty(party));
        window()->callBar()->startCall(
            ui::IncomingCall{
                QStringLiteral("+8613800138000"), QStringLiteral("CALL-9"), QStringLiteral("delivery"), {}},
            QStringLiteral("A caller with a rather long name, 欧阳娜娜"));
        window()->callBar()->setCaller(party, QStringLiteral("A caller with a rather long name, 欧阳娜娜"));
        QTRY_VERIFY(!window()->findChildren<QWidget*>(QStringLiteral("nbaCard")).isEmpty());
        QTest::qWait(50); // one layout pass after the cards arrived
        auto* end = window()->findChild<QAbstractButton*>(QStringLiteral("callEnd"));
        QVERIFY(end != nullptr && end->isVisible());
        verifyNothingClipped("during a call");
        QVERIFY(window()->statusBar()->isVisible());
        QVERIFY(window()->rect().contains(
            QRect(window()->statusBar()->mapTo(window(), QPoint(0, 0)), window()->statusBar()->size())));
    }
};

QTEST_MAIN(TestWindowFits)
#include "TestWindowFits.moc"

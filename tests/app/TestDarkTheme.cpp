// The workstation on a dark desktop theme: every label and button an agent reads during a call
// (the call bar, the customer header, the status bar, the prompts) keeps its text readable, WCAG AA
// contrast against what is actually painted behind it. Measured on the rendered pixels, not on the
// colours the code meant to use. Real cache synced from the reference backend, the real
// Application, a real call.
#include "app/Application.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CallBar.h"
#include "ui/CallTypes.h"
#include "ui/MainWindow.h"
#include "ui/SyncStatusWidget.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace c360;

namespace {

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The contrast of the text of a rendered widget: the background is the most frequent colour of
// its pixels, the text the pixel that differs most from it (the core of a glyph stroke).
double renderedContrast(QWidget* w) {
    const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            ++counts[line[x]];
        }
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        best = std::max(best, ui::theme::contrast(QColor(it.key()), QColor(background)));
    }
    return best;
}

} // namespace

class TestDarkTheme : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    std::unique_ptr<app::Application> m_app;

    ui::MainWindow* window() const { return m_app->window(); }

    QStringList unreadable(double minimum) {
        QStringList found;
        const auto widgets = window()->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(window()) || w->width() <= 0 || w->height() <= 0) {
                continue;
            }
            const auto* label = qobject_cast<QLabel*>(w);
            const auto* button = qobject_cast<QAbstractButton*>(w);
            const QString text = label ? label->text() : (button ? button->text() : QString());
            if (text.trimmed().isEmpty() || (button && !button->isEnabled())) {
                continue;
            }
            const double ratio = renderedContrast(w);
            if (ratio < minimum) {
                found << QStringLiteral("%1 \"%2\" %3:1")
                             .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                            : w->objectName(),
                                  text.left(30))
                             .arg(ratio, 0, 'f', 1);
            }
        }
        return found;
    }

private Q_SLOTS:
    void theColourArithmeticIsWcags() {
        QCOMPARE(qRound(ui::theme::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ui::theme::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        const QPalette dark = darkPalette();
        QVERIFY(!ui::theme::isDark(light));
        QVERIFY(ui::theme::isDark(dark));
        for (const QPalette& p : {light, dark}) {
            const QColor bg = p.color(QPalette::Window);
            for (const QColor& c :
                 {ui::theme::danger(p), ui::theme::warning(p), ui::theme::success(p), ui::theme::muted(p)}) {
                QVERIFY2(ui::theme::contrast(c, bg) >= 4.5, qPrintable(c.name() + QStringLiteral(" on ") + bg.name()));
            }
            // The call bar's surface is a tint of the window, so the window's text stays readable on it.
            QVERIFY(ui::theme::contrast(p.color(QPalette::WindowText), ui::theme::callSurface(p)) >= 7.0);
        }
        // Danger stays red: the hue survives the adjustment.
        QVERIFY(ui::theme::danger(dark).red() > ui::theme::danger(dark).green() + 40);
        QVERIFY(ui::theme::danger(light).red() > ui::theme::danger(light).green() + 40);
    }

    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
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
        app::GuiOptions gui;
        gui.dbPath = m_cache->path();
        gui.sourcesPath = m_backend->sourcesFile();
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        m_app = std::make_unique<app::Application>(gui);
        QVERIFY(m_app->start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void duringACallEverythingIsReadable() {
        // The customer with the most open tickets: the header paints the ticket count in danger colour.
        const qint64 party = m_cache->scalar(
            QStringLiteral("SELECT party_id FROM timeline_event GROUP BY party_id ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(party > 0);
        QVERIFY(window()->openParty(party));
        window()->callBar()->startCall(
            ui::IncomingCall{
                QStringLiteral("+8613800138000"), QStringLiteral("CALL-9"), QStringLiteral("delivery"), {}},
            QStringLiteral("王小明"));
        window()->callBar()->setCaller(party, QStringLiteral("王小明"));
        window()->callBar()->toggleHold();                          // the hold timer, in warning colour
        window()->syncStatus()->setOffline(QStringLiteral("test")); // the offline state, in danger colour
        QTRY_VERIFY(!window()->findChildren<QWidget*>(QStringLiteral("nbaCard")).isEmpty());
        QTest::qWait(50);
        QVERIFY(window()->findChild<QLabel*>(QStringLiteral("callHoldTime"))->isVisible());
        const QStringList bad = unreadable(4.5);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestDarkTheme)
#include "TestDarkTheme.moc"

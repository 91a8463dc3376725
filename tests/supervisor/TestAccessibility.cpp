// Every control a keyboard or screen-reader user can reach has an accessible name (what a screen reader
// says), read through Qt's own accessibility interfaces, in the agent's window with a customer open, in the
// supervisor's window and in the dashboards; and Tab moves through the main window's controls in an order
// that visits the search box, the timeline and the prompts.
#include "SupervisorDataset.h"

#include "models/Normalize.h"
#include "ui/DashboardWindow.h"
#include "ui/MainWindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::supervisortest;

namespace {

// The reachable controls of `root` (visible, taking focus by Tab) that a screen reader could not name.
QStringList unnamedControls(QWidget* root) {
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled()) {
            continue;
        }
        // Parts of a composite control are named by it: a scroll area's viewport, the editor of a combo or
        // spin box.
        QWidget* parent = w->parentWidget();
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent); area && area->viewport() == w) {
            continue;
        }
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agentWindowControlsHaveNames();
    void supervisorWindowControlsHaveNames();
    void dashboardControlsHaveNames();
    void tabOrderReachesTheMainAreas();

private:
    std::unique_ptr<Dataset> m_data;
    Normalizer m_normalizer;
};

void TestAccessibility::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<Dataset>(QStringLiteral("accessibility"));
    QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
}

void TestAccessibility::agentWindowControlsHaveNames() {
    ui::MainWindow window(m_data->db(), m_normalizer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openParty(m_data->party(QStringLiteral("A"))));
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::supervisorWindowControlsHaveNames() {
    ui::MainWindow window(m_data->db(), m_normalizer);
    window.setAccessRole(AccessRole::Supervisor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openParty(m_data->party(QStringLiteral("B"))));
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::dashboardControlsHaveNames() {
    ui::DashboardWindow window(m_data->path());
    window.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &ui::DashboardWindow::loaded);
    window.refresh();
    QVERIFY(loaded.wait(20'000));
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::tabOrderReachesTheMainAreas() {
    ui::MainWindow window(m_data->db(), m_normalizer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openParty(m_data->party(QStringLiteral("A"))));
    QApplication::setActiveWindow(&window);
    QWidget* start = window.findChild<QWidget*>(QStringLiteral("searchEdit"));
    QVERIFY(start);
    start->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), start);
    QStringList visited;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == start) {
            break;
        }
        visited << now->objectName();
    }
    // The cycle comes back to the search box and passes the timeline on the way.
    QCOMPARE(QApplication::focusWidget(), start);
    QVERIFY2(visited.contains(QStringLiteral("timelineView")), qPrintable(visited.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"

// The call bar's keys work whatever has focus in the window: a focused text field's own key
// bindings (QLineEdit: Ctrl+E "end of line" on Linux) must not swallow "End call". Real widgets
// on a real X server (Xvfb, the xcb platform: its key bindings are the Linux desktop's, which the
// offscreen platform lacks); keys go through Qt's shortcut machinery as typed keys do.
#include "ui/CallBar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace c360;

class TestCallBar : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QMainWindow> m_window;
    ui::CallBar* m_bar = nullptr;
    QLineEdit* m_search = nullptr; // another text field of the window, outside the bar

    QLineEdit* notes() const { return m_bar->findChild<QLineEdit*>(QStringLiteral("callNotes")); }

private Q_SLOTS:
    void init() {
        m_window = std::make_unique<QMainWindow>();
        auto* central = new QWidget(m_window.get());
        auto* layout = new QVBoxLayout(central);
        m_bar = new ui::CallBar(central);
        m_search = new QLineEdit(central);
        layout->addWidget(m_bar);
        layout->addWidget(m_search);
        m_window->setCentralWidget(central);
        m_window->resize(1280, 200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_bar->startCall(ui::IncomingCall{QStringLiteral("+8613800138000"), QStringLiteral("CALL-7"), {}, {}},
                         QStringLiteral("Wang Fang"));
    }
    void cleanup() { m_window.reset(); }

    void endCallFromTheNotesField() {
        notes()->setFocus();
        QTest::keyClicks(notes(), QStringLiteral("Parcel late"));
        QSignalSpy ended(m_bar, &ui::CallBar::callEnded);
        QTest::keyClick(notes(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<ui::WrapUp>().notes, QStringLiteral("Parcel late"));
        QVERIFY(!m_bar->inCall());
    }

    void endCallFromAnotherTextFieldOfTheWindow() {
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("138"));
        QSignalSpy ended(m_bar, &ui::CallBar::callEnded);
        QTest::keyClick(m_search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(ended.count(), 1);
    }

    void holdAndReasonFromTheNotesField() {
        notes()->setFocus();
        QTest::keyClick(notes(), Qt::Key_F8);
        QVERIFY(m_bar->onHold());
        auto* holdTime = m_bar->findChild<QLabel*>(QStringLiteral("callHoldTime"));
        QVERIFY(holdTime->isVisible());
        QVERIFY2(holdTime->text().contains(QStringLiteral("00:00:0")), qPrintable(holdTime->text()));
        QTest::keyClick(notes(), Qt::Key_F8);
        QVERIFY(!m_bar->onHold());
        QVERIFY(!holdTime->isVisible());
        QTest::keyClick(notes(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(m_bar->findChild<QComboBox*>(QStringLiteral("callReason"))->view()->isVisible());
    }

    void notesFromAnywhere() {
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(notes()->hasFocus());
    }

    void theBarShowsItsKeys() {
        QVERIFY(m_bar->findChild<QPushButton*>(QStringLiteral("callEnd"))->text().contains(QStringLiteral("Ctrl+E")));
        QVERIFY(m_bar->findChild<QPushButton*>(QStringLiteral("callHold"))->text().contains(QStringLiteral("F8")));
        QVERIFY(notes()->placeholderText().contains(QStringLiteral("Ctrl+N")));
    }

    void withoutACallTheKeysBelongToTheTextField() {
        m_bar->clear();
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("abc"));
        m_search->setCursorPosition(0);
        QTest::keyClick(m_search, Qt::Key_E, Qt::ControlModifier); // the line edit's own "end of line"
        QCOMPARE(m_search->cursorPosition(), 3);
    }
};

QTEST_MAIN(TestCallBar)
#include "TestCallBar.moc"

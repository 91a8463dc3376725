#pragma once

#include "models/PiiMask.h"
#include "ui/CallTypes.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QKeySequence;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace c360::ui {

// The live call: caller, timer, hold/resume (with its own timer), call reason, notes and transfer
// note, end of call. Keyboard first: every action has a shortcut, shown on the bar, that works
// whatever has focus in the window (a text field's own Ctrl+E "end of line" does not swallow
// "End call"); hidden when no call runs.
class CallBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallBar)
public:
    explicit CallBar(QWidget* parent = nullptr);

    void startCall(const IncomingCall& call, const QString& callerLabel);
    void setCaller(qint64 partyId, const QString& callerLabel); // after a pick from several matches
    // What the role may see of the caller's number in the label (default: an agent's view).
    void setMasker(const PiiMasker& masker);
    QString callerText() const; // as shown
    bool inCall() const { return m_inCall; }
    bool onHold() const { return m_onHold; }
    QString reason() const;
    void setReason(const QString& code);
    int elapsedSeconds() const;
    WrapUp currentWrapUp() const; // what the wrap-up starts from
    void focusNotes();
    void focusReason();
    // The call's shortcuts: F8 hold, Ctrl+E end, Ctrl+R reason, Ctrl+N notes.
    static QList<QKeySequence> shortcuts();

public Q_SLOTS:
    void toggleHold();
    void endCall();
    void clear(); // after the wrap-up is saved (or discarded)

Q_SIGNALS:
    void reasonChanged(const QString& code);
    void callEnded(const c360::ui::WrapUp& draft);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void tick();
    void applyTheme();
    bool inMyWindow(QObject* object) const;

    IncomingCall m_call;
    QString m_callerLabel; // as given; shown through m_masker
    PiiMasker m_masker{AccessRole::Agent};
    qint64 m_partyId = 0;
    bool m_inCall = false;
    bool m_onHold = false;
    bool m_applyingTheme = false;
    QDateTime m_startedAt;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_holdTimer;
    qint64 m_holdMs = 0;
    int m_endedSeconds = 0;
    QLabel* m_caller = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_holdTime = nullptr; // while on hold: how long this hold has lasted
    QPushButton* m_hold = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_transfer = nullptr;
    QPushButton* m_end = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace c360::ui

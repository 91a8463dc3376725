#include "CallBar.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QWindow>

namespace c360::ui {

namespace {

QString clock(int seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString holdText(bool onHold) {
    const QString keys = QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText);
    return onHold ? CallBar::tr("Resume (%1)").arg(keys) : CallBar::tr("Hold (%1)").arg(keys);
}

} // namespace

CallBar::CallBar(QWidget* parent)
    : QWidget(parent)
    , m_caller(new QLabel(this))
    , m_timer(new QLabel(this))
    , m_holdTime(new QLabel(this))
    , m_hold(new QPushButton(this))
    , m_reason(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_transfer(new QLineEdit(this))
    , m_end(new QPushButton(this))
    , m_ticker(new QTimer(this)) {
    setObjectName(QStringLiteral("callBar"));
    setAutoFillBackground(true);
    m_caller->setObjectName(QStringLiteral("callCaller"));
    QFont bold = m_caller->font();
    bold.setBold(true);
    m_caller->setFont(bold);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setFont(bold);
    m_timer->setMinimumWidth(m_timer->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
    m_holdTime->setObjectName(QStringLiteral("callHoldTime"));
    m_holdTime->hide();
    m_hold->setObjectName(QStringLiteral("callHold"));
    m_hold->setToolTip(tr("Hold / resume (%1)").arg(QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText)));
    m_reason->setObjectName(QStringLiteral("callReason"));
    m_reason->addItem(tr("Call reason…"), QString());
    for (const auto& [code, label] : callReasons()) {
        m_reason->addItem(label, code);
    }
    m_reason->setToolTip(tr("Why the customer calls (%1); the prompts follow it")
                             .arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setPlaceholderText(
        tr("Notes during the call (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_transfer->setObjectName(QStringLiteral("callTransferNote"));
    m_transfer->setPlaceholderText(tr("Transfer note"));
    m_transfer->setMaximumWidth(220);
    m_end->setObjectName(QStringLiteral("callEnd"));
    const QString endKeys = QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText);
    m_end->setText(tr("End call (%1)").arg(endKeys));
    m_end->setToolTip(tr("End the call and wrap up (%1)").arg(endKeys));

    applyTheme();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(QStringLiteral("\u260E"), this));
    layout->addWidget(m_caller);
    layout->addWidget(m_timer);
    layout->addWidget(m_holdTime);
    layout->addWidget(m_hold);
    layout->addWidget(m_reason);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_transfer);
    layout->addWidget(m_end);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F8), [this] {
        if (m_inCall) {
            toggleHold();
        }
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (m_inCall) {
            endCall();
        }
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { focusReason(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { focusNotes(); });

    // A focused text field claims some of these keys for itself (Ctrl+E: end of line); the filter
    // keeps them for the call while this bar's window is the one typed in.
    qApp->installEventFilter(this);

    connect(m_hold, &QPushButton::clicked, this, &CallBar::toggleHold);
    connect(m_end, &QPushButton::clicked, this, &CallBar::endCall);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT reasonChanged(m_reason->currentData().toString()); });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CallBar::tick);
    clear();
}

void CallBar::startCall(const IncomingCall& call, const QString& callerLabel) {
    m_call = call;
    m_partyId = 0;
    m_inCall = true;
    m_onHold = false;
    m_holdMs = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
    m_callerLabel = callerLabel;
    m_caller->setText(m_masker.text(callerLabel));
    m_notes->clear();
    m_transfer->clear();
    m_reason->setCurrentIndex(0);
    // A queue named like a reason pre-selects it ("delivery" queue -> Delivery).
    if (const int i = m_reason->findData(call.queue); i > 0) {
        m_reason->setCurrentIndex(i);
    }
    m_hold->setText(holdText(false));
    m_ticker->start();
    tick();
    show();
}

void CallBar::setCaller(qint64 partyId, const QString& callerLabel) {
    m_partyId = partyId;
    m_callerLabel = callerLabel;
    m_caller->setText(m_masker.text(callerLabel));
}

void CallBar::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    m_caller->setText(m_masker.text(m_callerLabel));
}

QString CallBar::callerText() const {
    return m_caller->text();
}

QString CallBar::reason() const {
    return m_reason->currentData().toString();
}

void CallBar::setReason(const QString& code) {
    const int i = m_reason->findData(code);
    m_reason->setCurrentIndex(i < 0 ? 0 : i);
}

int CallBar::elapsedSeconds() const {
    if (!m_inCall) {
        return m_endedSeconds;
    }
    return int(m_elapsed.elapsed() / 1000);
}

WrapUp CallBar::currentWrapUp() const {
    WrapUp w;
    w.partyId = m_partyId;
    w.ani = m_call.ani;
    w.callId = m_call.callId;
    w.queue = m_call.queue;
    w.reason = reason();
    w.notes = m_notes->text();
    w.transferNote = m_transfer->text();
    w.startedAt = m_startedAt;
    w.durationSeconds = elapsedSeconds();
    w.holdSeconds = int((m_holdMs + (m_onHold ? m_holdTimer.elapsed() : 0)) / 1000);
    return w;
}

void CallBar::focusNotes() {
    if (m_inCall) {
        m_notes->setFocus(Qt::ShortcutFocusReason);
    }
}

void CallBar::focusReason() {
    if (m_inCall) {
        m_reason->setFocus(Qt::ShortcutFocusReason);
        m_reason->showPopup();
    }
}

void CallBar::toggleHold() {
    if (!m_inCall) {
        return;
    }
    m_onHold = !m_onHold;
    if (m_onHold) {
        m_holdTimer.start();
    } else {
        m_holdMs += m_holdTimer.elapsed();
    }
    m_hold->setText(holdText(m_onHold));
    tick();
}

void CallBar::endCall() {
    if (!m_inCall) {
        return;
    }
    if (m_onHold) {
        toggleHold();
    }
    const WrapUp draft = currentWrapUp();
    m_endedSeconds = draft.durationSeconds;
    m_inCall = false;
    m_ticker->stop();
    m_hold->setEnabled(false);
    m_end->setEnabled(false);
    Q_EMIT callEnded(draft);
}

void CallBar::clear() {
    m_inCall = false;
    m_onHold = false;
    m_partyId = 0;
    m_ticker->stop();
    m_hold->setEnabled(true);
    m_end->setEnabled(true);
    hide();
}

void CallBar::tick() {
    m_timer->setText(clock(elapsedSeconds()));
    m_holdTime->setVisible(m_onHold);
    if (m_onHold) {
        m_holdTime->setText(tr("On hold %1").arg(clock(int(m_holdTimer.elapsed() / 1000))));
    }
    const int heldSeconds = int((m_holdMs + (m_onHold ? m_holdTimer.elapsed() : 0)) / 1000);
    m_timer->setToolTip(heldSeconds > 0 ? tr("Call time; on hold %1 in all").arg(clock(heldSeconds)) : tr("Call time"));
}

QList<QKeySequence> CallBar::shortcuts() {
    return {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_R),
            QKeySequence(Qt::CTRL | Qt::Key_N)};
}

bool CallBar::inMyWindow(QObject* object) const {
    if (const auto* widget = qobject_cast<QWidget*>(object)) {
        return widget->window() == window();
    }
    return object != nullptr && object == window()->windowHandle();
}

bool CallBar::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && m_inCall && inMyWindow(watched)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence& mine : shortcuts()) {
            if (pressed == mine) {
                // Not accepted and not delivered to the focused widget: the shortcut map gets the key.
                event->ignore();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The bar's colours come from the palette of the window around it, so a dark or high-contrast
// desktop theme gets a dark teal bar with light text instead of a light bar with light text.
void CallBar::applyTheme() {
    if (m_applyingTheme) {
        return;
    }
    m_applyingTheme = true;
    const QPalette around = parentWidget() != nullptr ? parentWidget()->palette() : QApplication::palette();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme::callSurface(around));
    setPalette(pal);
    m_holdTime->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;")
            .arg(theme::css(theme::readable(theme::warning(around), pal.color(QPalette::Window)))));
    m_end->setStyleSheet(QStringLiteral("QPushButton { background: #c62828; color: white; font-weight: bold; "
                                        "padding: 3px 12px; }"));
    m_applyingTheme = false;
}

void CallBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
}

} // namespace c360::ui

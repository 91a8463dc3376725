#include "WrapUpDialog.h"

#include "models/DisplayFormat.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace c360::ui {

WrapUpDialog::WrapUpDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_disposition(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_followUpOn(new QCheckBox(tr("Follow up on"), this))
    , m_followUp(new QDateEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save wrap-up"), this)) {
    setObjectName(QStringLiteral("wrapUpDialog"));
    setWindowTitle(tr("Wrap-up"));
    setWindowModality(Qt::WindowModal);
    m_summary->setObjectName(QStringLiteral("wrapUpSummary"));
    m_summary->setWordWrap(true);
    m_disposition->setObjectName(QStringLiteral("wrapUpDisposition"));
    m_notes->setObjectName(QStringLiteral("wrapUpNotes"));
    m_notes->setTabChangesFocus(true);
    m_followUpOn->setObjectName(QStringLiteral("wrapUpFollowUpOn"));
    m_followUp->setObjectName(QStringLiteral("wrapUpFollowUp"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setEnabled(false);
    m_error->setObjectName(QStringLiteral("wrapUpError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette()))));
    m_save->setObjectName(QStringLiteral("wrapUpSave"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Ctrl+Enter"));
    setDispositions(dispositions());

    auto* followUp = new QHBoxLayout;
    followUp->addWidget(m_followUpOn);
    followUp->addWidget(m_followUp);
    followUp->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Disposition"), m_disposition);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(QString(), followUp);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addLayout(buttons);
    resize(520, 360);

    connect(m_followUpOn, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    // The message about a missing disposition goes once one is chosen.
    connect(m_disposition, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0) {
            m_error->clear();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &WrapUpDialog::save);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, &WrapUpDialog::save);
    }
}

void WrapUpDialog::setDispositions(const CodeList& codes) {
    m_disposition->clear();
    m_disposition->addItem(tr("Choose…"), QString());
    for (const auto& [code, label] : codes) {
        m_disposition->addItem(label, code);
    }
}

void WrapUpDialog::start(const WrapUp& draft, const QString& callerLabel) {
    m_draft = draft;
    m_summary->setText(tr("Call with %1 · %2").arg(callerLabel, display::duration(draft.durationSeconds)));
    m_disposition->setCurrentIndex(0);
    m_notes->setPlainText(draft.notes);
    m_followUpOn->setChecked(false);
    m_followUp->setDate(QDate::currentDate().addDays(2));
    m_error->clear();
    m_disposition->setFocus();
}

WrapUp WrapUpDialog::result() const {
    WrapUp w = m_draft;
    w.disposition = m_disposition->currentData().toString();
    w.notes = m_notes->toPlainText().trimmed();
    w.followUp = m_followUpOn->isChecked() ? m_followUp->date() : QDate();
    return w;
}

void WrapUpDialog::setDisposition(const QString& code) {
    const int i = m_disposition->findData(code);
    m_disposition->setCurrentIndex(i < 0 ? 0 : i);
}

void WrapUpDialog::setNotes(const QString& notes) {
    m_notes->setPlainText(notes);
}

void WrapUpDialog::setFollowUp(const QDate& date) {
    m_followUpOn->setChecked(date.isValid());
    if (date.isValid()) {
        m_followUp->setDate(date);
    }
}

void WrapUpDialog::reject() {
    m_error->setText(tr("Choose a disposition and save: the wrap-up is part of the call record."));
}

void WrapUpDialog::save() {
    const WrapUp w = result();
    if (w.disposition.isEmpty()) {
        m_error->setText(tr("Choose a disposition first."));
        m_disposition->setFocus();
        return;
    }
    if (w.followUp.isValid() && w.followUp < QDate::currentDate()) {
        m_error->setText(tr("The follow-up date is in the past."));
        return;
    }
    Q_EMIT saved(w);
    accept();
}

} // namespace c360::ui

#include "NoteDialog.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace c360::ui {

NoteDialog::NoteDialog(QWidget* parent)
    : QDialog(parent)
    , m_for(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_pin(new QCheckBox(tr("&Pin to the customer header"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Note"));
    setWindowModality(Qt::WindowModal);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_pin->setObjectName(QStringLiteral("notePinned"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette()))));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("noteSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &NoteDialog::save);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_for);
    layout->addWidget(m_text);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 260);
}

void NoteDialog::start(const QString& customerName) {
    m_for->setText(tr("Note on %1").arg(customerName));
    m_text->clear();
    m_pin->setChecked(false);
    m_error->clear();
    m_text->setFocus();
}

void NoteDialog::setText(const QString& text) {
    m_text->setPlainText(text);
}
void NoteDialog::setPinned(bool pinned) {
    m_pin->setChecked(pinned);
}

void NoteDialog::save() {
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Write something first."));
        return;
    }
    if (text.size() > 4000) {
        m_error->setText(tr("A note holds at most 4,000 characters (this one has %1).").arg(text.size()));
        return;
    }
    Q_EMIT saved(text, m_pin->isChecked());
    accept();
}

} // namespace c360::ui

#pragma once

#include "ui/CallTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace c360::ui {

// After-call work: disposition (required), notes and an optional follow-up date. Opened with
// open() (window-modal, no nested event loop); a wrap-up is never thrown away by Esc.
class WrapUpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapUpDialog)
public:
    explicit WrapUpDialog(QWidget* parent = nullptr);

    void setDispositions(const CodeList& codes);
    void start(const WrapUp& draft, const QString& callerLabel);
    WrapUp result() const;
    void setDisposition(const QString& code);
    void setNotes(const QString& notes);
    void setFollowUp(const QDate& date);

Q_SIGNALS:
    void saved(const c360::ui::WrapUp& wrapUp);

protected:
    void reject() override; // Esc does not discard the wrap-up

private:
    void save();

    WrapUp m_draft;
    QLabel* m_summary = nullptr;
    QComboBox* m_disposition = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_followUpOn = nullptr;
    QDateEdit* m_followUp = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace c360::ui

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace c360::ui {

// A note on the customer; pinned notes stay in the customer header on every call.
// Opened with open(); Ctrl+Enter saves.
class NoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)
public:
    explicit NoteDialog(QWidget* parent = nullptr);
    void start(const QString& customerName);
    void setText(const QString& text);
    void setPinned(bool pinned);

Q_SIGNALS:
    void saved(const QString& text, bool pinned);

private:
    void save();
    QLabel* m_for = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_pin = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace c360::ui

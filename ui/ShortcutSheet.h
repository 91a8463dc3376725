#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace c360::ui {

// F1: every keyboard shortcut of the window, by menu, read from the menus themselves (so the
// sheet never falls behind them).
class ShortcutSheet final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutSheet)
public:
    explicit ShortcutSheet(QMenuBar* menus, QWidget* parent = nullptr);
    // "Call / End call and wrap up" -> "Ctrl+E" etc. (native text), for tests.
    QStringList lines() const;

private:
    QTreeWidget* m_tree = nullptr;
};

} // namespace c360::ui

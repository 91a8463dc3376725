#pragma once

#include <QDialog>

class QListView;
class QPushButton;

namespace c360::ui {

class RecentCalls;

// Call → Recent calls: the agent's last calls; Enter (or a double click) opens the customer, or
// for a caller nobody knows puts the number in the search box to find or note them.
class RecentCallsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentCallsDialog)
public:
    RecentCallsDialog(RecentCalls* calls, QWidget* parent);

Q_SIGNALS:
    void partyRequested(qint64 partyId);
    void numberRequested(const QString& number);

private:
    void openCurrent();

    RecentCalls* m_calls;
    QListView* m_list;
    QPushButton* m_open;
};

} // namespace c360::ui

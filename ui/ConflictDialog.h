#pragma once

#include "ui/AgentWrites.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableWidget;

namespace c360::ui {

// "Resolve conflict…": an agent's change to an order or ticket that changed on the server meanwhile.
// Both versions side by side — as the agent saw it, theirs, the server's now — changed fields
// highlighted, who changed what and when; the agent keeps theirs (sent again, based on the server's
// version), takes the server's (the change is discarded, audited) or edits theirs first.
class ConflictDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    explicit ConflictDialog(QWidget* parent = nullptr);

    // `actor`: who wrote the change (the signed-in agent).
    void start(const AgentWrites::Shown& item, const QString& actor);
    qint64 itemId() const { return m_id; }

    enum Column { Field = 0, Seen, Mine, Server };

Q_SIGNALS:
    // `edited`: the agent's values that differ from the change as queued (empty: as queued).
    void keepMineChosen(qint64 id, const QJsonObject& edited);
    void takeTheirsChosen(qint64 id);

private:
    void edit();
    QJsonObject edits() const;

    qint64 m_id = 0;
    QJsonObject m_changes;
    QStringList m_rows; // field name per row
    bool m_editing = false;
    QLabel* m_summary = nullptr;
    QLabel* m_who = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace c360::ui

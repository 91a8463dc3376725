#pragma once

#include "ui/AgentWrites.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace c360::ui {

// The agent's own writes for the open customer (notes, wrap-ups, prompt answers) with their
// delivery state: pending, sent, or failed with the backend's reason and a Retry.
class AgentWritesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentWritesPanel)
public:
    explicit AgentWritesPanel(QWidget* parent = nullptr);

    void setWrites(AgentWrites* writes); // nullptr: no outbox (the panel says so)
    void showParty(const PartyHeader& party);
    void clear();
    void refresh();
    int itemCount() const;
    QStringList pinnedNotes() const { return m_pinned; }

Q_SIGNALS:
    void addNoteRequested();
    void pinnedNotesChanged(const QStringList& notes);
    // The customer's writes as timeline events (source "agent"), for the timeline to show at once.
    void timelineEventsChanged(const QList<c360::TimelineEvent>& events);
    void message(const QString& text);

private:
    void retrySelected();

    AgentWrites* m_writes = nullptr;
    PartyHeader m_party;
    bool m_hasParty = false;
    QStringList m_pinned;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace c360::ui

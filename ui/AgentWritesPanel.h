#pragma once

#include "ui/AgentWrites.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace c360::ui {

// The agent's own writes for the open customer (notes, wrap-ups, prompt answers) with their
// delivery state: pending, sent, or failed with the backend's reason and a Retry; a change to an
// order or ticket that changed on the server meanwhile is a conflict, resolved in ConflictDialog.
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
    // A conflict was resolved: `choice` "mine" (sent again, maybe edited) or "theirs" (discarded).
    void conflictResolved(qint64 id, const QString& kind, const QString& choice);
    void requeued(); // an item is pending again: push

public:
    int conflictCount() const { return m_conflicts; }
    void setActor(const QString& actor) { m_actor = actor; }
    // Opens "Resolve conflict…" for the selected item (a conflict).
    void resolveSelected();

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
    QPushButton* m_resolve = nullptr;
    int m_conflicts = 0;
    QString m_actor;
};

} // namespace c360::ui

#pragma once

#include "models/Queries.h"

#include <QSqlDatabase>
#include <QWidget>

class QTextBrowser;

namespace c360::ui {

// Everything known about the selected timeline event: its fields and the source record as received.
class EventDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailPane)
public:
    explicit EventDetailPane(QSqlDatabase db, QWidget* parent = nullptr);
    void showTimelineEvent(qint64 eventId);
    void showLocalEvent(const c360::TimelineEvent& event); // the agent's own write, not in the cache yet
    void clear();
    QString plainText() const;

private:
    QSqlDatabase m_db;
    QTextBrowser* m_browser = nullptr;
};

} // namespace c360::ui

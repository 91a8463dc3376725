#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QMenu;
class QToolButton;

namespace c360 {
class TimelineModel;
}

namespace c360::ui {

class TimelineDelegate;

// One timeline of every touchpoint of the open customer, newest first, paged lazily, with
// filters by kind and by source; system field changes are folded away unless asked for.
class TimelinePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)
public:
    explicit TimelinePanel(QSqlDatabase db, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    void showParty(qint64 partyId);
    void clear();
    void reload(); // after a sync: same party and filter, fresh rows
    TimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    void setKindFilter(const QStringList& kinds);
    void setSourceFilter(const QStringList& sources);
    void setIncludeSystem(bool include);
    void setMasker(const PiiMasker& masker); // what the list shows of titles and summaries
    // Selects (and scrolls to) the event, paging further back as needed; false when the filters hide it.
    bool selectEvent(qint64 eventId);

Q_SIGNALS:
    void eventSelected(qint64 eventId);
    void localEventSelected(const c360::TimelineEvent& event);
    // The selected event is no longer in the list (another customer, or filtered away).
    void selectionCleared();
    void message(const QString& text);

private:
    void rebuildMenus();
    void resetFilterLabels();
    void applyFilter();
    void updateCount();

    QSqlDatabase m_db;
    qint64 m_partyId = 0;
    TimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    TimelineDelegate* m_delegate = nullptr;
    QToolButton* m_kindButton = nullptr;
    QToolButton* m_sourceButton = nullptr;
    QMenu* m_kindMenu = nullptr;
    QMenu* m_sourceMenu = nullptr;
    QCheckBox* m_systemBox = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace c360::ui

#pragma once

#include "models/Queries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace c360 {

// One party's timeline, newest first, paged by keyset (200 rows per fetchMore) from the
// reading connection it is given. Knows nothing of widgets.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { WhenColumn, KindColumn, SourceColumn, TitleColumn, SummaryColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit TimelineModel(QSqlDatabase db, QObject* parent = nullptr);

    void setParty(qint64 partyId); // 0: empty
    qint64 party() const { return m_party; }
    void setFilter(const TimelineFilter& filter);
    TimelineFilter filter() const { return m_filter; }
    void reload();
    // Events not in the cache yet (the agent's own writes, pending in the outbox): shown first,
    // marked by their source "agent", subject to the kind/source filter. A write whose record
    // (`writtenAs`) has arrived in the cache is shown once: as that record, marked as written by you.
    void setLocalEvents(const QList<TimelineEvent>& events);
    int localCount() const { return static_cast<int>(m_local.size()); }

    TimelineEvent eventAt(int row) const;
    qint64 totalCount() const; // events of the party that pass the filter (-1 on error)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    bool loadPage();                        // next page into m_loaded (or straight into m_events during a reset)
    bool inCache(const QString& ref) const; // "source/stream/source_id" is a live record of the cache

    QSqlDatabase m_db;
    TimelineRepository m_repo;
    QSet<QString> m_own; // "source/stream/source_id" of cache records the agent's writes became
    qint64 m_party = 0;
    TimelineFilter m_filter;
    QList<TimelineEvent> m_events;
    QList<TimelineEvent> m_allLocal; // as given
    QList<TimelineEvent> m_local;    // those that pass the filter, shown before m_events
    QList<TimelineEvent> m_loaded;
    QString m_pendingError;
    bool m_hasMore = false;
    bool m_resetting = false;
    bool m_inserting = false;
};

} // namespace c360

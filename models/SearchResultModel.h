#pragma once

#include "models/Queries.h"

#include <QAbstractTableModel>
#include <QList>

namespace c360 {

// Search results (parties) as a table: Name, Phone, Email, Segment, Matched on.
class SearchResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, SegmentColumn, MatchedOnColumn, ColumnCount };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResults(const QList<PartySummary>& results);
    void clear() { setResults({}); }
    PartySummary partyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "phone" -> "Phone" (translated), for the Matched on column.
    static QString matchedOnLabel(const QString& matchedOn);

private:
    QList<PartySummary> m_results;
};

} // namespace c360

#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QAbstractTableModel>
#include <QList>

namespace c360 {

// Search results (parties) as a table that tells namesakes apart: Name, City, Phone (written as
// in its country), Last contact, Segment, Email, Matched on. matchedColumn() names the cell
// that matched (the view shows it bold).
class SearchResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column {
        NameColumn,
        CityColumn,
        PhoneColumn,
        LastContactColumn,
        SegmentColumn,
        EmailColumn,
        MatchedOnColumn,
        ColumnCount
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResults(const QList<PartySummary>& results);
    void clear() { setResults({}); }
    PartySummary partyAt(int row) const;
    // Phones and e-mails as the role may see them (models/PiiMask.h); in full until set.
    void setMasker(const PiiMasker& masker);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "phone" -> "Phone" (translated), for the Matched on column.
    static QString matchedOnLabel(const QString& matchedOn);
    // The column that shows what matched (the Matched on column for order/ticket numbers and ids).
    static int matchedColumn(const QString& matchedOn);

private:
    QList<PartySummary> m_results;
    PiiMasker m_masker{PiiPolicy{false, true}};
};

} // namespace c360

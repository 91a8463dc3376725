#include "models/SearchResultModel.h"

#include "models/DisplayFormat.h"
#include "models/PhoneFormat.h"
#include "models/Roles.h"

namespace c360 {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SearchResultModel::setResults(const QList<PartySummary>& results) {
    beginResetModel();
    m_results = results;
    endResetModel();
}

PartySummary SearchResultModel::partyAt(int row) const {
    return row >= 0 && row < m_results.size() ? m_results.at(row) : PartySummary{};
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::matchedOnLabel(const QString& matchedOn) {
    if (matchedOn == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (matchedOn == QLatin1String("email")) {
        return tr("Email");
    }
    if (matchedOn == QLatin1String("name")) {
        return tr("Name");
    }
    if (matchedOn == QLatin1String("order")) {
        return tr("Order number");
    }
    if (matchedOn == QLatin1String("ticket")) {
        return tr("Ticket number");
    }
    if (matchedOn == QLatin1String("id")) {
        return tr("Record id");
    }
    return matchedOn;
}

int SearchResultModel::matchedColumn(const QString& matchedOn) {
    if (matchedOn == QLatin1String("phone")) {
        return PhoneColumn;
    }
    if (matchedOn == QLatin1String("email")) {
        return EmailColumn;
    }
    if (matchedOn == QLatin1String("name")) {
        return NameColumn;
    }
    return MatchedOnColumn;
}

void SearchResultModel::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    if (!m_results.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_results.size()) - 1, ColumnCount - 1));
    }
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PartySummary& p = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name.isEmpty() ? tr("(no name)") : p.name;
        case CityColumn:
            return p.city;
        case PhoneColumn:
            return m_masker.phone(formatPhoneForDisplay(p.phone));
        case LastContactColumn:
            return display::when(p.lastContact);
        case EmailColumn:
            return m_masker.email(p.email);
        case SegmentColumn:
            return p.segment;
        case MatchedOnColumn:
            return p.matchedValue.isEmpty()
                       ? matchedOnLabel(p.matchedOn)
                       : tr("%1 %2").arg(matchedOnLabel(p.matchedOn), m_masker.text(p.matchedValue));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 · %2 · last contact %3 · matched on %4")
            .arg(p.name, p.city.isEmpty() ? tr("no city") : p.city,
                 p.lastContact.isValid() ? display::when(p.lastContact) : tr("never"), matchedOnLabel(p.matchedOn));
    case IdRole:
    case PartyIdRole:
        return p.id;
    case MatchedOnRole:
        return p.matchedOn;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case PhoneColumn:
        return tr("Phone");
    case LastContactColumn:
        return tr("Last contact");
    case EmailColumn:
        return tr("Email");
    case SegmentColumn:
        return tr("Segment");
    case MatchedOnColumn:
        return tr("Matched on");
    default:
        return {};
    }
}

} // namespace c360

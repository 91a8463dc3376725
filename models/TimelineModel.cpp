#include "models/TimelineModel.h"

#include "models/Log.h"
#include "models/Roles.h"

#include <QSqlQuery>

namespace c360 {

TimelineModel::TimelineModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_repo(std::move(db)) {}

void TimelineModel::setParty(qint64 partyId) {
    m_party = partyId;
    reload();
}

void TimelineModel::setFilter(const TimelineFilter& filter) {
    m_filter = filter;
    reload();
}

void TimelineModel::reload() {
    // The first page is loaded inside the reset, and fetchMore() is ignored while views and testers
    // react to the reset (inserting rows from a modelReset handler would nest two changes).
    beginResetModel();
    m_resetting = true;
    m_events.clear();
    m_local.clear();
    m_own.clear();
    if (m_party != 0) {
        for (const TimelineEvent& e : std::as_const(m_allLocal)) {
            if (!e.writtenAs.isEmpty() && inCache(e.writtenAs)) {
                m_own.insert(e.writtenAs); // synced: the record shows, marked as yours; not this copy
                continue;
            }
            if ((m_filter.kinds.isEmpty() || m_filter.kinds.contains(e.kind)) &&
                (m_filter.sources.isEmpty() || m_filter.sources.contains(e.source))) {
                m_local.append(e);
            }
        }
    }
    m_hasMore = false;
    if (m_party != 0) {
        loadPage();
    }
    endResetModel();
    m_resetting = false;
    if (!m_pendingError.isEmpty()) {
        Q_EMIT errorOccurred(std::exchange(m_pendingError, QString()));
    }
}

bool TimelineModel::loadPage() {
    std::optional<TimelineKey> after;
    if (!m_events.isEmpty()) {
        after = TimelineKey{m_events.constLast().occurredAt.toMSecsSinceEpoch(), m_events.constLast().id};
    }
    auto page = m_repo.page(m_party, m_filter, after, pageSize);
    if (!page) {
        m_hasMore = false;
        qCWarning(lcStorage) << "timeline page failed:" << page.error().detail;
        m_pendingError = page.error().message;
        return false;
    }
    m_hasMore = page->size() == pageSize;
    m_loaded = std::move(*page);
    if (!m_own.isEmpty()) {
        for (TimelineEvent& e : m_loaded) {
            if (m_own.contains(e.source + QLatin1Char('/') + e.stream + QLatin1Char('/') + e.sourceId)) {
                e.summary = e.summary.isEmpty() ? tr("Written by you") : tr("Written by you · %1").arg(e.summary);
            }
        }
    }
    if (m_resetting) {
        m_events.append(m_loaded);
        m_loaded.clear();
    }
    return true;
}

bool TimelineModel::inCache(const QString& ref) const {
    const qsizetype first = ref.indexOf(QLatin1Char('/'));
    const qsizetype second = first < 0 ? -1 : ref.indexOf(QLatin1Char('/'), first + 1);
    if (second < 0) {
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM source_record WHERE source = ? AND stream = ? AND source_id = ? "
                             "AND deleted = 0"));
    q.addBindValue(ref.left(first));
    q.addBindValue(ref.mid(first + 1, second - first - 1));
    q.addBindValue(ref.mid(second + 1));
    return q.exec() && q.next();
}

void TimelineModel::setLocalEvents(const QList<TimelineEvent>& events) {
    m_allLocal = events;
    reload();
}

TimelineEvent TimelineModel::eventAt(int row) const {
    if (row >= 0 && row < m_local.size()) {
        return m_local.at(row);
    }
    row -= static_cast<int>(m_local.size());
    return row >= 0 && row < m_events.size() ? m_events.at(row) : TimelineEvent{};
}

qint64 TimelineModel::totalCount() const {
    if (m_party == 0) {
        return 0;
    }
    auto count = m_repo.count(m_party, m_filter);
    if (!count) {
        qCWarning(lcStorage) << "timeline count failed:" << count.error().detail;
        return -1;
    }
    return *count + m_local.size();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_local.size() + m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int localRows = static_cast<int>(m_local.size());
    const TimelineEvent& e = index.row() < localRows ? m_local.at(index.row()) : m_events.at(index.row() - localRows);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case KindColumn:
            return e.kind;
        case SourceColumn:
            return e.source;
        case TitleColumn:
            return e.title;
        case SummaryColumn:
            return e.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.summary.isEmpty() ? e.title : e.title + QLatin1Char('\n') + e.summary;
    case IdRole:
        return e.id;
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case OccurredAtRole:
        return e.occurredAt;
    case TitleRole:
        return e.title;
    case SummaryRole:
        return e.summary;
    case SystemRole:
        return e.system;
    case PartyIdRole:
        return e.partyId;
    case RecordIdRole:
        return e.recordId;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case TitleColumn:
        return tr("Title");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(KindRole, "kind");
    names.insert(SourceRole, "source");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(TitleRole, "title");
    names.insert(SummaryRole, "summary");
    names.insert(SystemRole, "system");
    names.insert(PartyIdRole, "partyId");
    names.insert(RecordIdRole, "recordId");
    return names;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasMore;
}

void TimelineModel::fetchMore(const QModelIndex& parent) {
    // Not re-entrant: a view or tester reacting to our own reset/insert signals may ask for more.
    if (parent.isValid() || !m_hasMore || m_resetting || m_inserting) {
        return;
    }
    if (!loadPage()) {
        Q_EMIT errorOccurred(std::exchange(m_pendingError, QString()));
        return;
    }
    if (m_loaded.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_local.size() + m_events.size());
    m_inserting = true;
    beginInsertRows({}, first, first + static_cast<int>(m_loaded.size()) - 1);
    m_events.append(m_loaded);
    m_loaded.clear();
    endInsertRows();
    m_inserting = false;
}

} // namespace c360

#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace c360::ui {

// One customer's history as the agent sees it (the timeline's kind/source/system filter), written as
// CSV or as a paginated PDF in the UI language (column titles, kinds, dates).
class HistoryExport {
    Q_DECLARE_TR_FUNCTIONS(c360::ui::HistoryExport)
public:
    // Every event of the party that passes the filter, newest first (paged through the repository).
    static Result<QList<TimelineEvent>> collect(QSqlDatabase db, qint64 partyId, const TimelineFilter& filter);
    // The events with titles and details masked for a role (card numbers always).
    static QList<TimelineEvent> masked(QList<TimelineEvent> events, const PiiMasker& masker);
    // Columns: when (ISO 8601 UTC), kind, source, title, details.
    static Status writeCsv(const QString& path, const QList<TimelineEvent>& events);
    // A title (the customer), a line with the filter and the date printed, then a table of the events.
    static Status writePdf(const QString& path, const QString& customer, const QString& filterText,
                           const QList<TimelineEvent>& events);
    // "All kinds" / "Kinds: Order, Ticket" · sources · system changes.
    static QString describe(const TimelineFilter& filter);
};

} // namespace c360::ui

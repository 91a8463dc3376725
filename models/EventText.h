#pragma once

#include "models/Queries.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a timeline event says, in the UI language, rendered when it is shown from the record's typed
// fields (orders, tickets, interactions, ...). The cache keeps an English title per event for search and
// for events without typed fields; an agent reading Chinese sees "订单 100322 · 3 件商品 · $247.00",
// not the English text stored at sync time, and no source codes ("late_delivery", "in_transit").
namespace c360::eventtext {

// Words for the codes sources use: an order, return or ticket status ("in_transit" -> "In transit"),
// a return reason ("not_as_described" -> "Not as described"), a priority, a channel, a direction.
// A code nobody listed reads as words ("on_backorder" -> "On backorder").
QString status(const QString& code);
QString reason(const QString& code);
QString priority(const QString& code);
QString channel(const QString& code);
QString direction(const QString& code);

// Re-renders the titles and summaries of `events` (one page) from their typed rows, read through `db`
// with one statement per kind present. Events whose typed row is gone keep their cached text. Returns
// false (and leaves the rest unchanged) only when a statement fails.
bool localize(const QSqlDatabase& db, QList<TimelineEvent>& events);

} // namespace c360::eventtext

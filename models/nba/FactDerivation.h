#pragma once

#include "models/nba/Facts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

// The pure half of FactsBuilder: a customer's rows in, facts out. The definitions are written in
// resources/nba/README.md; keep the two in step.
namespace c360::nba::derive {

// Calendar days in the customer's time zone: an event yesterday evening is "1 day ago" this
// morning, whatever the hours between.
class CalendarClock {
public:
    CalendarClock(qint64 nowMs, QTimeZone zone);
    QDate today() const { return m_today; }
    QDate dateOf(qint64 ms) const;
    int daysSince(qint64 ms) const; // today − the event's date; 0 the same day, never negative
    int daysUntil(qint64 ms) const; // the event's date − today (negative in the past)
    qint64 nowMs() const { return m_nowMs; }

private:
    qint64 m_nowMs;
    QTimeZone m_zone;
    QDate m_today;
};

// The customer's time zone: the mapped IANA name if valid, else the country's main zone, else UTC.
QTimeZone zoneFor(const QString& timezone, const QString& country);

struct OrderRow {
    qint64 recordId = 0;
    QString number;
    qint64 placedMs = 0;
    QString status; // lower case
    double total = 0;
    std::optional<qint64> promisedMs, shippedMs, deliveredMs;
};
struct ReturnRow {
    QString orderNumber;
    qint64 createdMs = 0;
    double amount = 0;
    QString refundStatus; // lower case
    std::optional<qint64> refundDueMs, refundedMs;
};
struct TicketRow {
    QString number;
    QString status;   // lower case
    QString priority; // lower case
    QString category; // lower case
    std::optional<qint64> createdMs;
    std::optional<int> csat;
    std::optional<qint64> csatMs;
};
struct SurveyRow {
    QString type; // nps, csat
    double score = 0;
    qint64 answeredMs = 0;
};
struct CartRow {
    qint64 createdMs = 0;
    QString status;
    double total = 0;
    QStringList items;
};
struct TouchRow {
    QString campaign, name, type, url;
    qint64 atMs = 0;
};

bool isCancelledLike(const QString& orderStatus); // cancelled, abandoned, cart, pending_payment...
bool isDeliveredStatus(const QString& orderStatus);
bool isOpenTicket(const QString& status);     // new, open, pending, escalated, urgent, on-hold...
bool isComplaintCategory(const QString& cat); // all but plain questions and feedback

using ItemsOf = std::function<QStringList(qint64 recordId)>;

// last_order_*, days_since_last_order, purchase rhythm and lapse, kept purchase, in transit and
// late deliveries; legacy cancelled-like orders feed the abandoned cart (see deriveCarts).
void deriveOrders(Facts& f, const CalendarClock& c, const QList<OrderRow>& orders, const QList<ReturnRow>& returns,
                  const ItemsOf& items);
void deriveReturns(Facts& f, const CalendarClock& c, const QList<ReturnRow>& returns);
void deriveTickets(Facts& f, const CalendarClock& c, const QList<TicketRow>& tickets);
void deriveSurveys(Facts& f, const CalendarClock& c, const QList<TicketRow>& tickets, const QList<SurveyRow>& surveys);
void deriveCarts(Facts& f, const CalendarClock& c, QList<CartRow> carts, const QList<OrderRow>& orders,
                 const ItemsOf& items);
void deriveTouches(Facts& f, const CalendarClock& c, const QList<TouchRow>& touches, const QList<OrderRow>& orders);
void deriveContacts(Facts& f, const CalendarClock& c, const QList<qint64>& contactTimes);

} // namespace c360::nba::derive

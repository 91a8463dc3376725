#include "models/nba/FactDerivation.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace c360::nba::derive {

namespace {
constexpr int kInTransitWindowDays = 60; // an undelivered order older than this is not "on its way"
constexpr int kDeliveredLateWindowDays = 14;
constexpr int kCartWindowDays = 30;
constexpr int kLapseRatio = 2;          // lapsed: no order for twice the usual gap...
constexpr int kLapseMinDays = 30;       // ...and at least a month
constexpr int kLapseFallbackDays = 180; // with fewer than 3 orders

bool newer(const OrderRow& a, const OrderRow& b) {
    return a.placedMs != b.placedMs ? a.placedMs > b.placedMs : a.recordId > b.recordId;
}
} // namespace

CalendarClock::CalendarClock(qint64 nowMs, QTimeZone zone)
    : m_nowMs(nowMs)
    , m_zone(std::move(zone)) {
    m_today = dateOf(nowMs);
}

QDate CalendarClock::dateOf(qint64 ms) const {
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

int CalendarClock::daysSince(qint64 ms) const {
    return std::max<int>(0, int(dateOf(ms).daysTo(m_today)));
}

int CalendarClock::daysUntil(qint64 ms) const {
    return int(m_today.daysTo(dateOf(ms)));
}

QTimeZone zoneFor(const QString& timezone, const QString& country) {
    if (!timezone.isEmpty()) {
        const QTimeZone z(timezone.trimmed().toUtf8());
        if (z.isValid()) {
            return z;
        }
    }
    static const QHash<QString, QByteArray> byCountry = {
        {QStringLiteral("CN"), "Asia/Shanghai"},    {QStringLiteral("HK"), "Asia/Hong_Kong"},
        {QStringLiteral("TW"), "Asia/Taipei"},      {QStringLiteral("SG"), "Asia/Singapore"},
        {QStringLiteral("JP"), "Asia/Tokyo"},       {QStringLiteral("US"), "America/New_York"},
        {QStringLiteral("CA"), "America/Toronto"},  {QStringLiteral("GB"), "Europe/London"},
        {QStringLiteral("DE"), "Europe/Berlin"},    {QStringLiteral("FR"), "Europe/Paris"},
        {QStringLiteral("AU"), "Australia/Sydney"},
    };
    const QString key = country.trimmed().toUpper();
    if (byCountry.contains(key)) {
        const QTimeZone z(byCountry.value(key));
        if (z.isValid()) {
            return z;
        }
    }
    return QTimeZone::utc();
}

bool isCancelledLike(const QString& status) {
    static const QSet<QString> statuses = {QStringLiteral("cancelled"),       QStringLiteral("canceled"),
                                           QStringLiteral("abandoned"),       QStringLiteral("cart"),
                                           QStringLiteral("pending_payment"), QStringLiteral("checkout")};
    return statuses.contains(status);
}

bool isDeliveredStatus(const QString& status) {
    static const QSet<QString> statuses = {QStringLiteral("delivered"), QStringLiteral("completed"),
                                           QStringLiteral("complete"), QStringLiteral("closed")};
    return statuses.contains(status);
}

bool isOpenTicket(const QString& status) {
    static const QSet<QString> statuses = {QStringLiteral("new"),      QStringLiteral("open"),
                                           QStringLiteral("pending"),  QStringLiteral("escalated"),
                                           QStringLiteral("urgent"),   QStringLiteral("on-hold"),
                                           QStringLiteral("on_hold"),  QStringLiteral("hold"),
                                           QStringLiteral("reopened"), QStringLiteral("in_progress")};
    return statuses.contains(status);
}

bool isComplaintCategory(const QString& category) {
    static const QSet<QString> notComplaints = {
        QStringLiteral("question"), QStringLiteral("information"), QStringLiteral("info"),  QStringLiteral("how-to"),
        QStringLiteral("how_to"),   QStringLiteral("feedback"),    QStringLiteral("praise")};
    return !notComplaints.contains(category);
}

void deriveOrders(Facts& f, const CalendarClock& c, const QList<OrderRow>& orders, const QList<ReturnRow>& returns,
                  const ItemsOf& items) {
    QList<OrderRow> real;
    for (const OrderRow& o : orders) {
        if (!isCancelledLike(o.status)) {
            real << o;
        }
    }
    std::sort(real.begin(), real.end(), newer);
    if (real.isEmpty()) {
        return;
    }
    const OrderRow& last = real.constFirst();
    const int sinceLast = c.daysSince(last.placedMs);
    f.setNumber(fact::DaysSinceLastOrder, sinceLast);
    f.setString(fact::LastOrderNumber, last.number);
    f.setString(fact::LastOrderStatus, last.status);
    f.setNumber(fact::LastOrderTotal, last.total);
    if (const QStringList lastItems = items(last.recordId); !lastItems.isEmpty()) {
        f.setList(fact::LastOrderItems, lastItems);
    }

    // Rhythm: the average calendar days between consecutive orders, from three orders on.
    if (real.size() >= 3) {
        const int span = int(c.dateOf(real.constLast().placedMs).daysTo(c.dateOf(last.placedMs)));
        const double interval = double(span) / double(real.size() - 1);
        if (interval >= 1) {
            f.setNumber(fact::PurchaseIntervalDays, std::round(interval));
            const double ratio = sinceLast / interval;
            f.setNumber(fact::LapseRatio, std::round(ratio * 100) / 100);
            f.setBool(fact::Lapsed, ratio >= kLapseRatio && sinceLast >= kLapseMinDays);
        } else {
            f.setBool(fact::Lapsed, false);
        }
    } else {
        f.setBool(fact::Lapsed, sinceLast >= kLapseFallbackDays);
    }

    // Kept: delivered and not returned.
    QSet<QString> returned;
    for (const ReturnRow& r : returns) {
        returned.insert(r.orderNumber);
    }
    for (const OrderRow& o : real) {
        if ((o.deliveredMs || isDeliveredStatus(o.status)) && !returned.contains(o.number)) {
            f.setString(fact::KeptOrderNumber, o.number);
            f.setNumber(fact::DaysSinceKeptOrder, c.daysSince(o.deliveredMs.value_or(o.placedMs)));
            if (const QStringList kept = items(o.recordId); !kept.isEmpty()) {
                f.setList(fact::KeptOrderItems, kept);
            }
            break;
        }
    }

    // On its way: the newest order not delivered, placed in the last 60 days.
    for (const OrderRow& o : real) {
        if (c.daysSince(o.placedMs) > kInTransitWindowDays) {
            break;
        }
        const bool delivered = o.deliveredMs || isDeliveredStatus(o.status) || o.status == QLatin1String("returned") ||
                               o.status == QLatin1String("refunded");
        if (delivered) {
            continue;
        }
        f.setBool(fact::InTransit, true);
        f.setString(fact::InTransitOrderNumber, o.number);
        f.setString(fact::LastShipmentEvent, o.shippedMs ? QStringLiteral("shipped") : o.status);
        if (o.promisedMs) {
            const int until = c.daysUntil(*o.promisedMs);
            f.setNumber(fact::PromisedInDays, until);
            f.setNumber(fact::DeliveryLateDays, std::max(0, -until));
            if (until < 0) {
                f.setString(fact::LateOrderNumber, o.number);
            }
        }
        break;
    }
    if (!f.contains(fact::InTransit)) {
        f.setBool(fact::InTransit, false);
    }

    // Delivered late: the newest order delivered in the last 14 days after its promised date.
    for (const OrderRow& o : real) {
        if (!o.deliveredMs || !o.promisedMs || c.daysSince(*o.deliveredMs) > kDeliveredLateWindowDays) {
            continue;
        }
        const int late = int(c.dateOf(*o.promisedMs).daysTo(c.dateOf(*o.deliveredMs)));
        if (late > 0) {
            f.setNumber(fact::DeliveredLateDays, late);
            if (!f.contains(fact::LateOrderNumber)) {
                f.setString(fact::LateOrderNumber, o.number);
            }
        }
        break;
    }
}

void deriveReturns(Facts& f, const CalendarClock& c, const QList<ReturnRow>& returns) {
    int recent = 0;
    const ReturnRow* newest = nullptr;
    for (const ReturnRow& r : returns) {
        recent += c.daysSince(r.createdMs) < 14 ? 1 : 0;
        if (newest == nullptr || r.createdMs > newest->createdMs) {
            newest = &r;
        }
    }
    f.setNumber(fact::Returns14d, recent);
    if (newest == nullptr) {
        return;
    }
    f.setNumber(fact::DaysSinceLastReturn, c.daysSince(newest->createdMs));
    // The refund of the newest return that says anything about its refund.
    const ReturnRow* refund = nullptr;
    for (const ReturnRow& r : returns) {
        if ((!r.refundStatus.isEmpty() || r.refundDueMs || r.refundedMs) &&
            (refund == nullptr || r.createdMs > refund->createdMs)) {
            refund = &r;
        }
    }
    if (refund == nullptr) {
        return;
    }
    const bool paid = refund->refundedMs || refund->refundStatus == QLatin1String("paid") ||
                      refund->refundStatus == QLatin1String("refunded") ||
                      refund->refundStatus == QLatin1String("completed");
    // No refund is coming (the return was rejected): nothing is owed, so nothing can be overdue.
    const bool declined =
        !paid && (refund->refundStatus == QLatin1String("none") || refund->refundStatus == QLatin1String("declined") ||
                  refund->refundStatus == QLatin1String("rejected"));
    f.setString(fact::RefundOrderNumber, refund->orderNumber);
    f.setString(fact::RefundStatus,
                paid       ? QStringLiteral("paid")
                : declined ? QStringLiteral("declined")
                           : (refund->refundStatus.isEmpty() ? QStringLiteral("pending") : refund->refundStatus));
    if (declined) {
        f.setBool(fact::RefundOverdue, false);
        return;
    }
    if (paid && refund->refundedMs) {
        f.setNumber(fact::DaysSinceRefund, c.daysSince(*refund->refundedMs));
    }
    bool overdue = false;
    if (!paid && refund->refundDueMs) {
        const int until = c.daysUntil(*refund->refundDueMs);
        f.setNumber(fact::RefundDueInDays, until);
        if (until < 0) {
            overdue = true;
            f.setNumber(fact::RefundOverdueDays, -until);
        }
    }
    f.setBool(fact::RefundOverdue, overdue);
}

void deriveTickets(Facts& f, const CalendarClock& c, const QList<TicketRow>& tickets) {
    int open = 0;
    bool complaint = false, escalatedOpen = false, escalatedRecent = false;
    const TicketRow* newestOpen = nullptr;
    for (const TicketRow& t : tickets) {
        const bool urgent = t.priority == QLatin1String("high") || t.priority == QLatin1String("urgent");
        if (urgent && t.createdMs && c.daysSince(*t.createdMs) < 14) {
            escalatedRecent = true;
        }
        if (!isOpenTicket(t.status)) {
            continue;
        }
        ++open;
        complaint = complaint || isComplaintCategory(t.category);
        escalatedOpen =
            escalatedOpen || urgent || t.status == QLatin1String("escalated") || t.status == QLatin1String("urgent");
        if (newestOpen == nullptr || t.createdMs.value_or(0) > newestOpen->createdMs.value_or(0)) {
            newestOpen = &t;
        }
    }
    f.setNumber(fact::OpenTickets, open);
    f.setBool(fact::OpenComplaint, complaint);
    f.setBool(fact::EscalatedOpen, escalatedOpen);
    f.setBool(fact::EscalatedTicketRecent, escalatedRecent || escalatedOpen);
    if (newestOpen != nullptr) {
        f.setString(fact::OpenTicketNumber, newestOpen->number);
        if (!newestOpen->category.isEmpty()) {
            f.setString(fact::OpenTicketCategory, newestOpen->category);
        }
    }
}

void deriveSurveys(Facts& f, const CalendarClock& c, const QList<TicketRow>& tickets, const QList<SurveyRow>& surveys) {
    struct Answer {
        double score;
        qint64 at;
    };
    std::optional<Answer> csat, nps;
    bool negative = false;
    const auto csatSeen = [&](double score, qint64 at) {
        if (!csat || at > csat->at) {
            csat = Answer{score, at};
        }
        negative = negative || (score <= 2 && c.daysSince(at) < 30);
    };
    for (const TicketRow& t : tickets) {
        if (t.csat) {
            csatSeen(*t.csat, t.csatMs.value_or(t.createdMs.value_or(0)));
        }
    }
    for (const SurveyRow& s : surveys) {
        if (s.type == QLatin1String("nps")) {
            if (!nps || s.answeredMs > nps->at) {
                nps = Answer{s.score, s.answeredMs};
            }
        } else if (s.type == QLatin1String("csat")) {
            csatSeen(s.score, s.answeredMs);
        }
    }
    f.setBool(fact::NegativeSurvey30d, negative);
    if (csat) {
        f.setNumber(fact::LastCsat, csat->score);
        f.setNumber(fact::DaysSinceLastCsat, c.daysSince(csat->at));
    }
    if (nps) {
        f.setNumber(fact::NpsScore, nps->score);
        f.setNumber(fact::DaysSinceNps, c.daysSince(nps->at));
    }
}

void deriveCarts(Facts& f, const CalendarClock& c, QList<CartRow> carts, const QList<OrderRow>& orders,
                 const ItemsOf& items) {
    qint64 newestOrderMs = std::numeric_limits<qint64>::min();
    for (const OrderRow& o : orders) {
        if (!isCancelledLike(o.status)) {
            newestOrderMs = std::max(newestOrderMs, o.placedMs);
        } else {
            // A shop that sends abandoned checkouts as orders: still a cart, never lifetime value.
            carts << CartRow{o.placedMs, o.status, o.total, items(o.recordId)};
        }
    }
    const CartRow* newest = nullptr;
    for (const CartRow& cart : carts) {
        const bool converted = cart.status == QLatin1String("recovered") || cart.status == QLatin1String("converted");
        if (!converted && (newest == nullptr || cart.createdMs > newest->createdMs)) {
            newest = &cart;
        }
    }
    if (newest == nullptr || c.daysSince(newest->createdMs) >= kCartWindowDays || newestOrderMs > newest->createdMs) {
        return;
    }
    f.setNumber(fact::AbandonedCartValue, newest->total);
    f.setNumber(fact::DaysSinceCart, c.daysSince(newest->createdMs));
    if (!newest->items.isEmpty()) {
        f.setList(fact::AbandonedCartItems, newest->items);
    }
}

void deriveTouches(Facts& f, const CalendarClock& c, const QList<TouchRow>& touches, const QList<OrderRow>& orders) {
    static const QSet<QString> viewTypes = {QStringLiteral("view"), QStringLiteral("page_view"),
                                            QStringLiteral("product_view"), QStringLiteral("app_view"),
                                            QStringLiteral("screen_view")};
    bool unsubscribed = false;
    int clicks = 0, views = 0;
    const TouchRow* lastClick = nullptr;
    QHash<QString, int> viewsOf;
    QHash<QString, qint64> lastViewOf;
    for (const TouchRow& t : touches) {
        unsubscribed = unsubscribed || t.type == QLatin1String("unsubscribe");
        const int since = c.daysSince(t.atMs);
        if (viewTypes.contains(t.type) && since < 7) {
            ++views;
            const QString what = t.name.isEmpty() ? (t.url.isEmpty() ? t.campaign : t.url) : t.name;
            viewsOf[what] += 1;
            lastViewOf[what] = std::max(lastViewOf.value(what), t.atMs);
            continue;
        }
        if (t.type != QLatin1String("click") || since >= 30) {
            continue;
        }
        ++clicks;
        const bool converted = std::any_of(touches.begin(), touches.end(), [&t](const TouchRow& o) {
            return o.campaign == t.campaign && o.type == QLatin1String("convert") && o.atMs >= t.atMs;
        });
        const bool bought = std::any_of(orders.begin(), orders.end(), [&t](const OrderRow& o) {
            return !isCancelledLike(o.status) && o.placedMs >= t.atMs;
        });
        if (!converted && !bought && (lastClick == nullptr || t.atMs > lastClick->atMs)) {
            lastClick = &t;
        }
    }
    f.setNumber(fact::CampaignClicks30d, clicks);
    f.setBool(fact::ClickWithoutPurchase, lastClick != nullptr);
    if (lastClick != nullptr) {
        f.setString(fact::LastClickedCampaign, lastClick->name.isEmpty() ? lastClick->campaign : lastClick->name);
    }
    f.setNumber(fact::Views7d, views);
    QString top;
    for (auto it = viewsOf.cbegin(); it != viewsOf.cend(); ++it) {
        if (top.isEmpty() || it.value() > viewsOf.value(top) ||
            (it.value() == viewsOf.value(top) && lastViewOf.value(it.key()) > lastViewOf.value(top))) {
            top = it.key();
        }
    }
    if (!top.isEmpty()) {
        f.setString(fact::TopViewedProduct, top);
        f.setNumber(fact::TopViewedCount7d, viewsOf.value(top));
    }
    if (unsubscribed) {
        f.setBool(fact::Unsubscribed, true);
    }
}

void deriveContacts(Facts& f, const CalendarClock& c, const QList<qint64>& contactTimes) {
    int week = 0, month = 0;
    for (qint64 at : contactTimes) {
        const int since = c.daysSince(at);
        week += since < 7 ? 1 : 0;
        month += since < 30 ? 1 : 0;
    }
    f.setNumber(fact::Contacts7d, week);
    f.setNumber(fact::Contacts30d, month);
}

} // namespace c360::nba::derive

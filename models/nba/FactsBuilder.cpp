#include "models/nba/FactsBuilder.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace c360::nba {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba::FactsBuilder", text);
}

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

double daysSince(qint64 nowMs, qint64 thenMs) {
    return double(std::max<qint64>(0, nowMs - thenMs) / kDayMs);
}

bool within(qint64 nowMs, qint64 thenMs, int days) {
    return nowMs - thenMs < days * kDayMs;
}

bool isCancelledLike(const QString& status) {
    static const QSet<QString> statuses = {QStringLiteral("cancelled"),       QStringLiteral("canceled"),
                                           QStringLiteral("abandoned"),       QStringLiteral("cart"),
                                           QStringLiteral("pending_payment"), QStringLiteral("checkout")};
    return statuses.contains(status);
}

std::optional<bool> jsonFlag(const QJsonObject& o, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool()) {
            return v.toBool();
        }
        if (v.isString()) {
            const QString s = v.toString().trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1")) {
                return true;
            }
            if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0")) {
                return false;
            }
        }
    }
    return std::nullopt;
}
} // namespace

FactsBuilder::FactsBuilder(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status FactsBuilder::prepare() {
    if (m_prepared) {
        return {};
    }
    // CROSS JOIN fixes the join order: party_link by its party index first, then primary keys.
    struct P {
        QSqlQuery* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_party, "SELECT lifetime_value, order_count, open_tickets, last_contact_ms, segment, currency "
                   "FROM party WHERE id = ?"},
        {&m_orders, "SELECT o.record_id, o.number, o.placed_ms, lower(coalesce(o.status, '')), o.total "
                    "FROM party_link pl CROSS JOIN orders o ON o.record_id = pl.record_id WHERE pl.party_id = ?"},
        {&m_lines, "SELECT title, sku FROM order_line WHERE record_id = ? ORDER BY id"},
        {&m_returns, "SELECT r.created_ms FROM party_link pl CROSS JOIN return_item r ON r.record_id = pl.record_id "
                     "WHERE pl.party_id = ?"},
        {&m_tickets, "SELECT lower(coalesce(t.status, '')), lower(coalesce(t.priority, '')), t.created_ms, "
                     "t.csat_score, t.csat_ms FROM party_link pl CROSS JOIN ticket t ON t.record_id = pl.record_id "
                     "WHERE pl.party_id = ?"},
        {&m_campaign, "SELECT coalesce(c.campaign_id, ''), coalesce(c.campaign_name, ''), "
                      "lower(coalesce(c.event_type, '')), c.occurred_ms FROM party_link pl CROSS JOIN campaign_touch c "
                      "ON c.record_id = pl.record_id WHERE pl.party_id = ?"},
        {&m_profiles, "SELECT sr.payload FROM party_link pl CROSS JOIN source_record sr ON sr.id = pl.record_id "
                      "WHERE pl.party_id = ? AND sr.entity = 'customer' AND sr.deleted = 0 "
                      "ORDER BY sr.updated_at DESC, sr.id DESC"},
    };
    for (const P& p : statements) {
        *p.q = QSqlQuery(m_db);
        p.q->setForwardOnly(true);
        if (!p.q->prepare(QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The customer's facts could not be read."));
        }
    }
    m_prepared = true;
    return {};
}

Result<Facts> FactsBuilder::build(qint64 partyId, qint64 nowMs, const CallContext& context) {
    if (Status s = prepare(); !s) {
        return s.error();
    }
    const QString failed = tr("The customer's facts could not be read.");
    Facts f;

    // ---- the party's aggregates
    if (!sql::exec(m_party, {partyId})) {
        return sql::error(m_party, failed);
    }
    if (!m_party.next()) {
        m_party.finish();
        return Error{tr("There is no customer %1 in the cache.").arg(partyId), {}};
    }
    f.setNumber(fact::LifetimeValue, m_party.value(0).toDouble());
    f.setNumber(fact::OrderCount, m_party.value(1).toDouble());
    const double openTickets = m_party.value(2).toDouble();
    f.setNumber(fact::OpenTickets, openTickets);
    f.setBool(fact::OpenComplaint, openTickets > 0);
    if (!m_party.value(3).isNull()) {
        f.setNumber(fact::DaysSinceLastContact, daysSince(nowMs, m_party.value(3).toLongLong()));
    }
    if (const QString segment = m_party.value(4).toString().trimmed(); !segment.isEmpty()) {
        f.setString(fact::Segment, segment.toLower());
    }
    if (const QString currency = m_party.value(5).toString(); !currency.isEmpty()) {
        f.setString(fact::Currency, currency);
    }
    m_party.finish();

    // ---- orders: the newest real order, an abandoned checkout
    if (!sql::exec(m_orders, {partyId})) {
        return sql::error(m_orders, failed);
    }
    struct OrderRow {
        qint64 recordId = 0;
        QString number;
        qint64 placedMs = 0;
        QString status;
        double total = 0;
    };
    std::optional<OrderRow> lastReal, lastAbandoned;
    qint64 newestAnyMs = std::numeric_limits<qint64>::min();
    QList<qint64> realOrderTimes;
    while (m_orders.next()) {
        if (m_orders.value(2).isNull()) {
            continue;
        }
        OrderRow o{m_orders.value(0).toLongLong(), m_orders.value(1).toString(), m_orders.value(2).toLongLong(),
                   m_orders.value(3).toString(), m_orders.value(4).toDouble()};
        const bool abandoned = isCancelledLike(o.status);
        if (abandoned) {
            if (!lastAbandoned || o.placedMs > lastAbandoned->placedMs) {
                lastAbandoned = o;
            }
        } else {
            realOrderTimes << o.placedMs;
            if (!lastReal || o.placedMs > lastReal->placedMs ||
                (o.placedMs == lastReal->placedMs && o.recordId > lastReal->recordId)) {
                lastReal = o;
            }
        }
        newestAnyMs = std::max(newestAnyMs, o.placedMs);
    }
    m_orders.finish();
    if (lastReal) {
        f.setNumber(fact::DaysSinceLastOrder, daysSince(nowMs, lastReal->placedMs));
        f.setString(fact::LastOrderNumber, lastReal->number);
        f.setString(fact::LastOrderStatus, lastReal->status);
        f.setNumber(fact::LastOrderTotal, lastReal->total);
        if (!sql::exec(m_lines, {lastReal->recordId})) {
            return sql::error(m_lines, failed);
        }
        QStringList items;
        while (m_lines.next()) {
            const QString title = m_lines.value(0).toString();
            items << (title.isEmpty() ? m_lines.value(1).toString() : title);
        }
        m_lines.finish();
        items.removeAll(QString());
        if (!items.isEmpty()) {
            f.setList(fact::LastOrderItems, items);
        }
    }
    if (lastAbandoned && within(nowMs, lastAbandoned->placedMs, 30) && lastAbandoned->placedMs >= newestAnyMs) {
        f.setNumber(fact::AbandonedCartValue, lastAbandoned->total);
    }

    // ---- returns
    if (!sql::exec(m_returns, {partyId})) {
        return sql::error(m_returns, failed);
    }
    int returns14d = 0;
    std::optional<qint64> lastReturnMs;
    while (m_returns.next()) {
        if (m_returns.value(0).isNull()) {
            continue;
        }
        const qint64 at = m_returns.value(0).toLongLong();
        returns14d += within(nowMs, at, 14) ? 1 : 0;
        lastReturnMs = std::max(lastReturnMs.value_or(at), at);
    }
    m_returns.finish();
    f.setNumber(fact::Returns14d, returns14d);
    if (lastReturnMs) {
        f.setNumber(fact::DaysSinceLastReturn, daysSince(nowMs, *lastReturnMs));
    }

    // ---- tickets and surveys
    if (!sql::exec(m_tickets, {partyId})) {
        return sql::error(m_tickets, failed);
    }
    bool escalated = false, negativeSurvey = false;
    std::optional<qint64> lastCsatMs;
    int lastCsat = 0;
    while (m_tickets.next()) {
        const QString priority = m_tickets.value(1).toString();
        const bool urgent = priority == QLatin1String("high") || priority == QLatin1String("urgent");
        if (urgent && !m_tickets.value(2).isNull() && within(nowMs, m_tickets.value(2).toLongLong(), 14)) {
            escalated = true;
        }
        if (!m_tickets.value(3).isNull()) {
            const int score = m_tickets.value(3).toInt();
            const qint64 at =
                m_tickets.value(4).isNull() ? m_tickets.value(2).toLongLong() : m_tickets.value(4).toLongLong();
            if (!lastCsatMs || at > *lastCsatMs) {
                lastCsatMs = at;
                lastCsat = score;
            }
            if (score <= 2 && within(nowMs, at, 30)) {
                negativeSurvey = true;
            }
        }
    }
    m_tickets.finish();
    f.setBool(fact::EscalatedTicketRecent, escalated);
    f.setBool(fact::NegativeSurvey30d, negativeSurvey);
    if (lastCsatMs) {
        f.setNumber(fact::LastCsat, lastCsat);
        f.setNumber(fact::DaysSinceLastCsat, daysSince(nowMs, *lastCsatMs));
    }

    // ---- campaigns
    if (!sql::exec(m_campaign, {partyId})) {
        return sql::error(m_campaign, failed);
    }
    struct Touch {
        QString campaign;
        QString name;
        QString type;
        qint64 atMs;
    };
    QList<Touch> touches;
    bool unsubscribed = false;
    while (m_campaign.next()) {
        Touch t{m_campaign.value(0).toString(), m_campaign.value(1).toString(), m_campaign.value(2).toString(),
                m_campaign.value(3).toLongLong()};
        unsubscribed = unsubscribed || t.type == QLatin1String("unsubscribe");
        touches << t;
    }
    m_campaign.finish();
    int clicks30d = 0;
    bool clickWithoutPurchase = false;
    const Touch* lastClick = nullptr;
    for (const Touch& t : std::as_const(touches)) {
        if (t.type != QLatin1String("click") || !within(nowMs, t.atMs, 30)) {
            continue;
        }
        ++clicks30d;
        const bool converted = std::any_of(touches.begin(), touches.end(), [&t](const Touch& o) {
            return o.campaign == t.campaign && o.type == QLatin1String("convert") && o.atMs >= t.atMs;
        });
        const bool bought =
            std::any_of(realOrderTimes.begin(), realOrderTimes.end(), [&t](qint64 placed) { return placed >= t.atMs; });
        if (!converted && !bought) {
            clickWithoutPurchase = true;
            if (lastClick == nullptr || t.atMs > lastClick->atMs) {
                lastClick = &t;
            }
        }
    }
    f.setNumber(fact::CampaignClicks30d, clicks30d);
    f.setBool(fact::ClickWithoutPurchase, clickWithoutPurchase);
    if (lastClick != nullptr) {
        f.setString(fact::LastClickedCampaign, lastClick->name.isEmpty() ? lastClick->campaign : lastClick->name);
    }

    // ---- consent, from the newest CRM record that says something
    if (!sql::exec(m_profiles, {partyId})) {
        return sql::error(m_profiles, failed);
    }
    std::optional<bool> optIn, dnc;
    while (m_profiles.next() && (!optIn || !dnc)) {
        const QJsonObject o = QJsonDocument::fromJson(m_profiles.value(0).toByteArray()).object();
        if (!optIn) {
            optIn = jsonFlag(o, {"marketing_opt_in", "opt_in", "email_opt_in"});
        }
        if (!dnc) {
            dnc = jsonFlag(o, {"do_not_contact", "dnc", "do_not_call"});
        }
    }
    m_profiles.finish();
    if (optIn) {
        f.setBool(fact::MarketingOptIn, *optIn);
    }
    if (dnc) {
        f.setBool(fact::DoNotContact, *dnc);
    }
    f.setBool(fact::Unsubscribed, unsubscribed || (optIn && !*optIn));

    applyContext(f, context);
    return f;
}

} // namespace c360::nba

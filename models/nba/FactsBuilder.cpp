#include "models/nba/FactsBuilder.h"

#include "models/LtvQuantiles.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace c360::nba {

namespace {
std::optional<qint64> optMs(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<bool> optFlag(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

// Sources mapped before consent was a customer field: the flag in the raw record.
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
        {&m_party, "SELECT lifetime_value, order_count, last_contact_ms, segment, currency FROM party WHERE id = ?"},
        {&m_orders, "SELECT o.record_id, o.number, o.placed_ms, lower(coalesce(o.status, '')), o.total, o.promised_ms, "
                    "o.shipped_ms, o.delivered_ms FROM party_link pl CROSS JOIN orders o ON o.record_id = pl.record_id "
                    "WHERE pl.party_id = ? AND pl.entity = 'order'"},
        {&m_lines, "SELECT title, sku FROM order_line WHERE record_id = ? ORDER BY id"},
        {&m_returns,
         "SELECT coalesce(r.order_number, ''), r.created_ms, r.amount, lower(coalesce(r.refund_status, '')), "
         "r.refund_due_ms, r.refunded_ms FROM party_link pl CROSS JOIN return_item r "
         "ON r.record_id = pl.record_id WHERE pl.party_id = ? AND pl.entity = 'return'"},
        {&m_tickets,
         "SELECT coalesce(t.number, ''), lower(coalesce(t.status, '')), lower(coalesce(t.priority, '')), "
         "lower(coalesce(t.category, '')), t.created_ms, t.csat_score, t.csat_ms FROM party_link pl "
         "CROSS JOIN ticket t ON t.record_id = pl.record_id WHERE pl.party_id = ? AND pl.entity = 'ticket'"},
        {&m_surveys, "SELECT lower(coalesce(s.survey_type, '')), s.score, s.answered_ms FROM party_link pl "
                     "CROSS JOIN survey s ON s.record_id = pl.record_id WHERE pl.party_id = ? AND pl.entity = 'survey' "
                     "AND s.score IS NOT NULL AND s.answered_ms IS NOT NULL"},
        {&m_carts, "SELECT c.created_ms, lower(coalesce(c.status, '')), coalesce(c.total, 0), coalesce(c.items, '') "
                   "FROM party_link pl CROSS JOIN cart c ON c.record_id = pl.record_id WHERE pl.party_id = ? "
                   "AND pl.entity = 'cart' "
                   "AND c.created_ms IS NOT NULL"},
        {&m_campaign, "SELECT coalesce(c.campaign_id, ''), coalesce(c.campaign_name, ''), "
                      "lower(coalesce(c.event_type, '')), coalesce(c.url, ''), c.occurred_ms FROM party_link pl "
                      "CROSS JOIN campaign_touch c ON c.record_id = pl.record_id WHERE pl.party_id = ? "
                      "AND pl.entity = 'campaign_event' "
                      "AND c.occurred_ms IS NOT NULL"},
        // Only the last month's contacts count (contacts_7d/30d): reached through the party's timeline index
        // from a lower bound (an interaction's event is at its occurred_ms), not by visiting every contact
        // of a customer with tens of thousands.
        {&m_contacts, "SELECT i.occurred_ms FROM timeline_event te CROSS JOIN interaction i ON i.record_id = "
                      "te.record_id WHERE te.party_id = ? AND te.occurred_ms >= ? AND i.occurred_ms >= ?"},
        {&m_profiles, "SELECT sr.payload, cp.timezone, cp.country, cp.do_not_contact, cp.email_unsubscribed, "
                      "cp.marketing_consent FROM party_link pl CROSS JOIN source_record sr ON sr.id = pl.record_id "
                      "LEFT JOIN customer_profile cp ON cp.record_id = pl.record_id "
                      "WHERE pl.party_id = ? AND pl.entity = 'customer' AND sr.deleted = 0 "
                      "ORDER BY sr.updated_at DESC, sr.id DESC"},
        {&m_percentile, "SELECT count(*), total(lifetime_value <= ?), total(lifetime_value >= ?) FROM party "
                        "WHERE lifetime_value > 0"},
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

Status FactsBuilder::readParty(qint64 partyId, qint64 nowMs, Facts& f) {
    if (!sql::exec(m_party, {partyId})) {
        return sql::error(m_party, tr("The customer's facts could not be read."));
    }
    if (!m_party.next()) {
        m_party.finish();
        return Error{tr("There is no customer %1 in the cache.").arg(partyId), {}};
    }
    f.setNumber(fact::LifetimeValue, m_party.value(0).toDouble());
    f.setNumber(fact::OrderCount, m_party.value(1).toDouble());
    if (!m_party.value(2).isNull()) {
        constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
        const qint64 wholeDays = std::max<qint64>(0, nowMs - m_party.value(2).toLongLong()) / kDayMs;
        f.setNumber(fact::DaysSinceLastContact, double(wholeDays));
    }
    if (const QString segment = m_party.value(3).toString().trimmed(); !segment.isEmpty()) {
        f.setString(fact::Segment, segment.toLower());
    }
    if (const QString currency = m_party.value(4).toString(); !currency.isEmpty()) {
        f.setString(fact::Currency, currency);
    }
    m_party.finish();
    return {};
}

// Consent and time zone from the newest customer record that says (mapped fields first, then the
// raw record of sources mapped before consent was a field).
Result<QTimeZone> FactsBuilder::readProfile(qint64 partyId, Facts& f) {
    if (!sql::exec(m_profiles, {partyId})) {
        return sql::error(m_profiles, tr("The customer's facts could not be read."));
    }
    std::optional<bool> consent, dnc, emailUnsub;
    QString timezone, country;
    while (m_profiles.next()) {
        if (timezone.isEmpty()) {
            timezone = m_profiles.value(1).toString();
        }
        if (country.isEmpty()) {
            country = m_profiles.value(2).toString();
        }
        const QJsonObject raw = QJsonDocument::fromJson(m_profiles.value(0).toByteArray()).object();
        if (!dnc) {
            dnc = optFlag(m_profiles.value(3));
        }
        if (!dnc) {
            dnc = jsonFlag(raw, {"do_not_contact", "dnc", "do_not_call"});
        }
        if (!emailUnsub) {
            emailUnsub = optFlag(m_profiles.value(4));
        }
        if (!consent) {
            consent = optFlag(m_profiles.value(5));
        }
        if (!consent) {
            consent = jsonFlag(raw, {"marketing_opt_in", "opt_in", "email_opt_in"});
        }
    }
    m_profiles.finish();
    if (consent) {
        f.setBool(fact::MarketingConsent, *consent);
        f.setBool(fact::MarketingOptIn, *consent);
    }
    if (dnc) {
        f.setBool(fact::DoNotContact, *dnc);
    }
    if (emailUnsub) {
        f.setBool(fact::EmailUnsubscribed, *emailUnsub);
    }
    f.setBool(fact::Unsubscribed, emailUnsub.value_or(false) || (consent && !*consent));
    return derive::zoneFor(timezone, country);
}

Status FactsBuilder::readPercentile(Facts& f) {
    const double ltv = f.number(fact::LifetimeValue).value_or(0);
    if (ltv <= 0) {
        return {};
    }
    // A big cache: from the stored permilles (to one permille), not a count over every customer.
    auto stored = LtvQuantiles::permille(m_db, ltv);
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        f.setNumber(fact::LtvPercentile, double(**stored) / 10);
        return {};
    }
    if (!sql::exec(m_percentile, {ltv, ltv})) {
        return sql::error(m_percentile, tr("The customer's facts could not be read."));
    }
    if (m_percentile.next()) {
        const double n = m_percentile.value(0).toDouble();
        if (n >= kPercentileMinCustomers) {
            // Share of customers (with spend) at or below this one: 100 for the top spender.
            f.setNumber(fact::LtvPercentile, std::round(1000 * m_percentile.value(1).toDouble() / n) / 10);
        }
    }
    m_percentile.finish();
    return {};
}

QStringList FactsBuilder::itemsOf(qint64 recordId) {
    QStringList items;
    if (!sql::exec(m_lines, {recordId})) {
        m_itemsFailed = true;
        return items;
    }
    while (m_lines.next()) {
        const QString title = m_lines.value(0).toString();
        items << (title.isEmpty() ? m_lines.value(1).toString() : title);
    }
    m_lines.finish();
    items.removeAll(QString());
    return items;
}

Result<Facts> FactsBuilder::build(qint64 partyId, qint64 nowMs, const CallContext& context) {
    if (Status s = prepare(); !s) {
        return s.error();
    }
    const QString failed = tr("The customer's facts could not be read.");
    Facts f;
    if (Status s = readParty(partyId, nowMs, f); !s) {
        return s.error();
    }
    auto zone = readProfile(partyId, f);
    if (!zone) {
        return zone.error();
    }
    const derive::CalendarClock clock(nowMs, *zone);
    m_itemsFailed = false;
    const derive::ItemsOf items = [this](qint64 recordId) { return itemsOf(recordId); };

    QList<derive::OrderRow> orders;
    if (!sql::exec(m_orders, {partyId})) {
        return sql::error(m_orders, failed);
    }
    while (m_orders.next()) {
        if (!m_orders.value(2).isNull()) {
            orders << derive::OrderRow{m_orders.value(0).toLongLong(), m_orders.value(1).toString(),
                                       m_orders.value(2).toLongLong(), m_orders.value(3).toString(),
                                       m_orders.value(4).toDouble(),   optMs(m_orders.value(5)),
                                       optMs(m_orders.value(6)),       optMs(m_orders.value(7))};
        }
    }
    m_orders.finish();

    QList<derive::ReturnRow> returns;
    if (!sql::exec(m_returns, {partyId})) {
        return sql::error(m_returns, failed);
    }
    while (m_returns.next()) {
        if (!m_returns.value(1).isNull()) {
            returns << derive::ReturnRow{m_returns.value(0).toString(), m_returns.value(1).toLongLong(),
                                         m_returns.value(2).toDouble(), m_returns.value(3).toString(),
                                         optMs(m_returns.value(4)),     optMs(m_returns.value(5))};
        }
    }
    m_returns.finish();

    QList<derive::TicketRow> tickets;
    QList<qint64> contacts;
    if (!sql::exec(m_tickets, {partyId})) {
        return sql::error(m_tickets, failed);
    }
    while (m_tickets.next()) {
        derive::TicketRow t{m_tickets.value(0).toString(), m_tickets.value(1).toString(), m_tickets.value(2).toString(),
                            m_tickets.value(3).toString(), optMs(m_tickets.value(4)),     std::nullopt,
                            optMs(m_tickets.value(6))};
        if (!m_tickets.value(5).isNull()) {
            t.csat = m_tickets.value(5).toInt();
        }
        if (t.createdMs) {
            contacts << *t.createdMs;
        }
        tickets << t;
    }
    m_tickets.finish();

    QList<derive::SurveyRow> surveys;
    if (!sql::exec(m_surveys, {partyId})) {
        return sql::error(m_surveys, failed);
    }
    while (m_surveys.next()) {
        surveys << derive::SurveyRow{m_surveys.value(0).toString(), m_surveys.value(1).toDouble(),
                                     m_surveys.value(2).toLongLong()};
    }
    m_surveys.finish();

    QList<derive::CartRow> carts;
    if (!sql::exec(m_carts, {partyId})) {
        return sql::error(m_carts, failed);
    }
    while (m_carts.next()) {
        const QString itemText = m_carts.value(3).toString();
        carts << derive::CartRow{m_carts.value(0).toLongLong(), m_carts.value(1).toString(),
                                 m_carts.value(2).toDouble(),
                                 itemText.isEmpty() ? QStringList() : itemText.split(QLatin1Char('\n'))};
    }
    m_carts.finish();

    QList<derive::TouchRow> touches;
    if (!sql::exec(m_campaign, {partyId})) {
        return sql::error(m_campaign, failed);
    }
    while (m_campaign.next()) {
        touches << derive::TouchRow{m_campaign.value(0).toString(), m_campaign.value(1).toString(),
                                    m_campaign.value(2).toString(), m_campaign.value(3).toString(),
                                    m_campaign.value(4).toLongLong()};
    }
    m_campaign.finish();

    const qint64 contactsSince = nowMs - kContactsLookbackMs;
    if (!sql::exec(m_contacts, {partyId, contactsSince, contactsSince})) {
        return sql::error(m_contacts, failed);
    }
    while (m_contacts.next()) {
        contacts << m_contacts.value(0).toLongLong();
    }
    m_contacts.finish();

    derive::deriveOrders(f, clock, orders, returns, items);
    derive::deriveReturns(f, clock, returns);
    derive::deriveTickets(f, clock, tickets);
    derive::deriveSurveys(f, clock, tickets, surveys);
    derive::deriveCarts(f, clock, carts, orders, items);
    derive::deriveTouches(f, clock, touches, orders);
    derive::deriveContacts(f, clock, contacts);
    if (m_itemsFailed) {
        return sql::error(m_lines, failed);
    }
    if (Status s = readPercentile(f); !s) {
        return s.error();
    }
    applyContext(f, context);
    return f;
}

} // namespace c360::nba

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace c360::nba {

// One fact's value: a number, a string, a boolean or a list of strings.
using FactValue = std::variant<double, bool, QString, QStringList>;

enum class FactType { Number, Bool, String, List };

QString factTypeName(FactType type); // "number", "bool", "string", "list"
FactType factTypeOf(const FactValue& value);
// A value as people read it: 2, 1250.5, yes/no, "gold", "a, b".
QString formatFactValue(const FactValue& value);

// A fact the engine knows: its name in rule packs, its type and a label for "why" lines.
struct FactSpec {
    QString name;
    FactType type = FactType::Number;
    const char* label = ""; // translated through QCoreApplication::translate("c360::nba::Facts", label)
};

// Every fact FactsBuilder (and the call context) can produce. Rule packs are validated against it.
const QList<FactSpec>& factCatalog();
std::optional<FactSpec> factSpec(const QString& name);
QString factLabel(const QString& name); // translated label, the name itself for unknown facts

// Fact names (the rule-pack vocabulary).
namespace fact {
// party and orders
inline const QString LifetimeValue = QStringLiteral("lifetime_value");
inline const QString OrderCount = QStringLiteral("order_count");
inline const QString DaysSinceLastOrder = QStringLiteral("days_since_last_order");
inline const QString LastOrderNumber = QStringLiteral("last_order_number");
inline const QString LastOrderStatus = QStringLiteral("last_order_status");
inline const QString LastOrderTotal = QStringLiteral("last_order_total");
inline const QString LastOrderItems = QStringLiteral("last_order_items");
inline const QString AbandonedCartValue = QStringLiteral("abandoned_cart_value");
inline const QString Currency = QStringLiteral("currency");
inline const QString Segment = QStringLiteral("segment");
// service
inline const QString OpenTickets = QStringLiteral("open_tickets");
inline const QString OpenComplaint = QStringLiteral("open_complaint");
inline const QString EscalatedTicketRecent = QStringLiteral("escalated_ticket_recent");
inline const QString DaysSinceLastContact = QStringLiteral("days_since_last_contact");
inline const QString LastCsat = QStringLiteral("last_csat");
inline const QString DaysSinceLastCsat = QStringLiteral("days_since_last_csat");
inline const QString NegativeSurvey30d = QStringLiteral("negative_survey_30d");
inline const QString Returns14d = QStringLiteral("returns_14d");
inline const QString DaysSinceLastReturn = QStringLiteral("days_since_last_return");
// marketing and consent
inline const QString CampaignClicks30d = QStringLiteral("campaign_clicks_30d");
inline const QString ClickWithoutPurchase = QStringLiteral("click_without_purchase");
inline const QString LastClickedCampaign = QStringLiteral("last_clicked_campaign");
inline const QString Unsubscribed = QStringLiteral("unsubscribed");
inline const QString MarketingOptIn = QStringLiteral("marketing_opt_in");
inline const QString DoNotContact = QStringLiteral("do_not_contact");
// orders: rhythm, kept purchases, deliveries (see resources/nba/README.md for the definitions)
inline const QString PurchaseIntervalDays = QStringLiteral("purchase_interval_days");
inline const QString LapseRatio = QStringLiteral("lapse_ratio");
inline const QString Lapsed = QStringLiteral("lapsed");
inline const QString LtvPercentile = QStringLiteral("ltv_percentile");
inline const QString KeptOrderNumber = QStringLiteral("kept_order_number");
inline const QString KeptOrderItems = QStringLiteral("kept_order_items");
inline const QString DaysSinceKeptOrder = QStringLiteral("days_since_kept_order");
inline const QString InTransit = QStringLiteral("in_transit");
inline const QString InTransitOrderNumber = QStringLiteral("in_transit_order_number");
inline const QString PromisedInDays = QStringLiteral("promised_in_days");
inline const QString DeliveryLateDays = QStringLiteral("delivery_late_days");
inline const QString DeliveredLateDays = QStringLiteral("delivered_late_days");
inline const QString LateOrderNumber = QStringLiteral("late_order_number");
inline const QString LastShipmentEvent = QStringLiteral("last_shipment_event");
inline const QString AbandonedCartItems = QStringLiteral("abandoned_cart_items");
inline const QString DaysSinceCart = QStringLiteral("days_since_cart");
// refunds
inline const QString RefundStatus = QStringLiteral("refund_status");
inline const QString RefundOrderNumber = QStringLiteral("refund_order_number");
inline const QString RefundDueInDays = QStringLiteral("refund_due_in_days");
inline const QString RefundOverdue = QStringLiteral("refund_overdue");
inline const QString RefundOverdueDays = QStringLiteral("refund_overdue_days");
inline const QString DaysSinceRefund = QStringLiteral("days_since_refund");
// service: tickets, surveys, contacts
inline const QString OpenTicketNumber = QStringLiteral("open_ticket_number");
inline const QString OpenTicketCategory = QStringLiteral("open_ticket_category");
inline const QString EscalatedOpen = QStringLiteral("escalated_open");
inline const QString NpsScore = QStringLiteral("nps_score");
inline const QString DaysSinceNps = QStringLiteral("days_since_nps");
inline const QString Contacts7d = QStringLiteral("contacts_7d");
inline const QString Contacts30d = QStringLiteral("contacts_30d");
// web and app
inline const QString Views7d = QStringLiteral("views_7d");
inline const QString TopViewedProduct = QStringLiteral("top_viewed_product");
inline const QString TopViewedCount7d = QStringLiteral("top_viewed_count_7d");
// consent (mapped customer fields)
inline const QString EmailUnsubscribed = QStringLiteral("email_unsubscribed");
inline const QString MarketingConsent = QStringLiteral("marketing_consent");
// live call context
inline const QString CallReason = QStringLiteral("call_reason");
inline const QString Channel = QStringLiteral("channel");
inline const QString Queue = QStringLiteral("queue");
} // namespace fact

// A typed fact map. Absent facts are simply not there (a rule comparing an absent fact is false).
class Facts {
public:
    // Out of line on purpose: inlined, GCC 12 warns (falsely) about an uninitialized variant.
    void set(const QString& name, const FactValue& value);
    void setNumber(const QString& name, double v);
    void setBool(const QString& name, bool v);
    void setString(const QString& name, const QString& v);
    void setList(const QString& name, const QStringList& v);
    void remove(const QString& name) { m_values.remove(name); }

    bool contains(const QString& name) const { return m_values.contains(name); }
    const FactValue* find(const QString& name) const {
        const auto it = m_values.constFind(name);
        return it == m_values.cend() ? nullptr : &it.value();
    }
    std::optional<double> number(const QString& name) const;
    std::optional<bool> boolean(const QString& name) const;
    QString string(const QString& name) const; // empty when absent or not a string
    bool isTrue(const QString& name) const { return boolean(name).value_or(false); }

    QStringList names() const; // sorted
    int size() const { return int(m_values.size()); }

private:
    QHash<QString, FactValue> m_values;
};

// The live call: why the customer called, on which channel, in which queue.
struct CallContext {
    QString reason;  // "delivery", "billing", "returns", "sales", ... (free text, lower case)
    QString channel; // "phone", "chat", "wechat", "email"
    QString queue;
};

// Puts (or clears) call_reason, channel and queue; values are trimmed and lower-cased.
void applyContext(Facts& facts, const CallContext& context);

} // namespace c360::nba

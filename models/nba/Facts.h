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

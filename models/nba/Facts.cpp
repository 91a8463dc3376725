#include "models/nba/Facts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace c360::nba {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba", text);
}
} // namespace

QString factTypeName(FactType type) {
    switch (type) {
    case FactType::Number:
        return QStringLiteral("number");
    case FactType::Bool:
        return QStringLiteral("bool");
    case FactType::String:
        return QStringLiteral("string");
    case FactType::List:
        return QStringLiteral("list");
    }
    return {};
}

FactType factTypeOf(const FactValue& value) {
    switch (value.index()) {
    case 0:
        return FactType::Number;
    case 1:
        return FactType::Bool;
    case 2:
        return FactType::String;
    default:
        return FactType::List;
    }
}

QString formatFactValue(const FactValue& value) {
    if (const double* d = std::get_if<double>(&value)) {
        if (std::abs(*d - std::round(*d)) < 1e-9 && std::abs(*d) < 1e15) {
            return QString::number(qint64(std::llround(*d)));
        }
        return QString::number(*d, 'f', 2);
    }
    if (const bool* b = std::get_if<bool>(&value)) {
        return *b ? tr("yes") : tr("no");
    }
    if (const QString* s = std::get_if<QString>(&value)) {
        return *s;
    }
    return std::get<QStringList>(value).join(QStringLiteral(", "));
}

const QList<FactSpec>& factCatalog() {
    static const QList<FactSpec> catalog = {
        {fact::LifetimeValue, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Lifetime value")},
        {fact::OrderCount, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Orders")},
        {fact::DaysSinceLastOrder, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since last order")},
        {fact::LastOrderNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last order")},
        {fact::LastOrderStatus, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last order status")},
        {fact::LastOrderTotal, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last order total")},
        {fact::LastOrderItems, FactType::List, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last order items")},
        {fact::AbandonedCartValue, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Abandoned checkout value (cancelled, not re-ordered)")},
        {fact::Currency, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Currency")},
        {fact::Segment, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Segment")},
        {fact::OpenTickets, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Open tickets")},
        {fact::OpenComplaint, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Open complaint")},
        {fact::EscalatedTicketRecent, FactType::Bool,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "High/urgent ticket in the last 14 days")},
        {fact::DaysSinceLastContact, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since last contact")},
        {fact::LastCsat, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last CSAT (1-5)")},
        {fact::DaysSinceLastCsat, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since last CSAT")},
        {fact::NegativeSurvey30d, FactType::Bool,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Negative survey (CSAT 1-2) in the last 30 days")},
        {fact::Returns14d, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Returns in the last 14 days")},
        {fact::DaysSinceLastReturn, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since last return")},
        {fact::CampaignClicks30d, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Campaign clicks in the last 30 days")},
        {fact::ClickWithoutPurchase, FactType::Bool,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Clicked a campaign without buying")},
        {fact::LastClickedCampaign, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last clicked campaign")},
        {fact::Unsubscribed, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Unsubscribed from marketing")},
        {fact::MarketingOptIn, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Marketing opt-in")},
        {fact::DoNotContact, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Do not contact")},
        {fact::PurchaseIntervalDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Usual days between orders")},
        {fact::LapseRatio, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since last order, in usual gaps between orders")},
        {fact::Lapsed, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Lapsed buyer")},
        {fact::LtvPercentile, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Lifetime value percentile in this cache")},
        {fact::KeptOrderNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last kept order")},
        {fact::KeptOrderItems, FactType::List, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last kept order items")},
        {fact::DaysSinceKeptOrder, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since the last kept order arrived")},
        {fact::InTransit, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "An order is on its way")},
        {fact::InTransitOrderNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Order on its way")},
        {fact::PromisedInDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days until the promised delivery date")},
        {fact::DeliveryLateDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days the order on its way is late")},
        {fact::DeliveredLateDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days late of a delivery in the last 14 days")},
        {fact::LateOrderNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Late order")},
        {fact::LastShipmentEvent, FactType::String,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Last shipment event of the order on its way")},
        {fact::AbandonedCartItems, FactType::List, QT_TRANSLATE_NOOP("c360::nba::Facts", "Abandoned cart items")},
        {fact::DaysSinceCart, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since the cart was left")},
        {fact::RefundStatus, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Refund status")},
        {fact::RefundOrderNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Order of the refund")},
        {fact::RefundDueInDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days until the refund is due")},
        {fact::RefundOverdue, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Refund overdue")},
        {fact::RefundOverdueDays, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days the refund is overdue")},
        {fact::DaysSinceRefund, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since the refund was paid")},
        {fact::OpenTicketNumber, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Open ticket")},
        {fact::OpenTicketCategory, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Open ticket category")},
        {fact::EscalatedOpen, FactType::Bool,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "An escalated or urgent ticket is open")},
        {fact::NpsScore, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Last NPS score (0-10)")},
        {fact::DaysSinceNps, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Days since the last NPS answer")},
        {fact::Contacts7d, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Contacts in the last 7 days")},
        {fact::Contacts30d, FactType::Number, QT_TRANSLATE_NOOP("c360::nba::Facts", "Contacts in the last 30 days")},
        {fact::Views7d, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Web and app views in the last 7 days")},
        {fact::TopViewedProduct, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Most viewed this week")},
        {fact::TopViewedCount7d, FactType::Number,
         QT_TRANSLATE_NOOP("c360::nba::Facts", "Views of the most viewed product in the last 7 days")},
        {fact::EmailUnsubscribed, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Unsubscribed from e-mail")},
        {fact::MarketingConsent, FactType::Bool, QT_TRANSLATE_NOOP("c360::nba::Facts", "Consents to marketing")},
        {fact::CallReason, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Call reason")},
        {fact::Channel, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Channel")},
        {fact::Queue, FactType::String, QT_TRANSLATE_NOOP("c360::nba::Facts", "Queue")},
    };
    return catalog;
}

std::optional<FactSpec> factSpec(const QString& name) {
    for (const FactSpec& spec : factCatalog()) {
        if (spec.name == name) {
            return spec;
        }
    }
    return std::nullopt;
}

QString factLabel(const QString& name) {
    const auto spec = factSpec(name);
    return spec ? tr(spec->label) : name;
}

void Facts::set(const QString& name, const FactValue& value) {
    m_values.insert(name, value);
}
void Facts::setNumber(const QString& name, double v) {
    m_values.insert(name, FactValue(v));
}
void Facts::setBool(const QString& name, bool v) {
    m_values.insert(name, FactValue(v));
}
void Facts::setString(const QString& name, const QString& v) {
    m_values.insert(name, FactValue(v));
}
void Facts::setList(const QString& name, const QStringList& v) {
    m_values.insert(name, FactValue(v));
}

std::optional<double> Facts::number(const QString& name) const {
    const FactValue* v = find(name);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (const double* d = std::get_if<double>(v)) {
        return *d;
    }
    return std::nullopt;
}

std::optional<bool> Facts::boolean(const QString& name) const {
    const FactValue* v = find(name);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (const bool* b = std::get_if<bool>(v)) {
        return *b;
    }
    return std::nullopt;
}

QString Facts::string(const QString& name) const {
    const FactValue* v = find(name);
    if (v == nullptr) {
        return {};
    }
    if (const QString* s = std::get_if<QString>(v)) {
        return *s;
    }
    return {};
}

QStringList Facts::names() const {
    QStringList out = m_values.keys();
    std::sort(out.begin(), out.end());
    return out;
}

void applyContext(Facts& facts, const CallContext& context) {
    const auto put = [&facts](const QString& name, const QString& value) {
        const QString v = value.trimmed().toLower();
        if (v.isEmpty()) {
            facts.remove(name);
        } else {
            facts.setString(name, v);
        }
    };
    put(fact::CallReason, context.reason);
    put(fact::Channel, context.channel);
    put(fact::Queue, context.queue);
}

} // namespace c360::nba

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

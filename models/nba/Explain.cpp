#include "models/nba/Explain.h"

#include <QCoreApplication>

#include <cmath>

namespace c360::nba {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba", text);
}

QString num(double v) {
    return formatFactValue(FactValue(v));
}

// "1 day" / "3 days": two source strings, since the tests and an untranslated English build
// show the source text.
QString days(double n) {
    const qint64 d = std::llround(std::abs(n));
    return d == 1 ? tr("1 day") : tr("%1 days").arg(d);
}

QString order(const Facts& f, const QString& numberFact) {
    return f.string(numberFact);
}
} // namespace

QString Explain::daysAgo(double d) {
    const qint64 n = std::llround(d);
    if (n <= 0) {
        return tr("today");
    }
    if (n == 1) {
        return tr("yesterday");
    }
    return tr("%1 days ago").arg(n);
}

QString Explain::sentence(const QString& name, const Facts& f) {
    if (!f.contains(name)) {
        return {};
    }
    const auto n = [&f](const QString& fact) { return f.number(fact); };

    if (name == fact::RefundOverdue || name == fact::RefundOverdueDays) {
        const double late = n(fact::RefundOverdueDays).value_or(0);
        if (late <= 0) {
            return {};
        }
        return tr("Refund for order %1 is %2 overdue").arg(order(f, fact::RefundOrderNumber), days(late));
    }
    if (name == fact::RefundStatus || name == fact::RefundDueInDays) {
        const QString status = f.string(fact::RefundStatus);
        const QString number = order(f, fact::RefundOrderNumber);
        if (status == QLatin1String("paid")) {
            if (const auto since = n(fact::DaysSinceRefund)) {
                return tr("Refund for order %1 was paid %2").arg(number, daysAgo(*since));
            }
            return tr("Refund for order %1 was paid").arg(number);
        }
        if (n(fact::RefundOverdueDays).value_or(0) > 0) {
            return sentence(fact::RefundOverdueDays, f);
        }
        if (const auto due = n(fact::RefundDueInDays)) {
            return *due <= 0 ? tr("Refund for order %1 is pending, due today").arg(number)
                             : tr("Refund for order %1 is pending, due in %2").arg(number, days(*due));
        }
        return tr("Refund for order %1 is pending").arg(number);
    }
    if (name == fact::DeliveryLateDays || name == fact::InTransit || name == fact::PromisedInDays) {
        const QString number = order(f, fact::InTransitOrderNumber);
        if (number.isEmpty()) {
            return {};
        }
        const double late = n(fact::DeliveryLateDays).value_or(0);
        if (late > 0) {
            return tr("Order %1 is %2 late").arg(number, days(late));
        }
        if (const auto in = n(fact::PromisedInDays)) {
            return *in <= 0 ? tr("Order %1 is on its way, expected today").arg(number)
                            : tr("Order %1 is on its way, expected in %2").arg(number, days(*in));
        }
        return tr("Order %1 is on its way").arg(number);
    }
    if (name == fact::DeliveredLateDays) {
        return tr("Order %1 arrived %2 late").arg(order(f, fact::LateOrderNumber), days(*n(name)));
    }
    if (name == fact::NpsScore || name == fact::DaysSinceNps) {
        if (!f.contains(fact::NpsScore)) {
            return {};
        }
        return tr("Gave an NPS score of %1 (0-10) %2")
            .arg(num(*n(fact::NpsScore)), daysAgo(n(fact::DaysSinceNps).value_or(0)));
    }
    if (name == fact::LastCsat || name == fact::NegativeSurvey30d || name == fact::DaysSinceLastCsat) {
        if (!f.contains(fact::LastCsat)) {
            return {};
        }
        return tr("Rated the last service %1 out of 5 %2")
            .arg(num(*n(fact::LastCsat)), daysAgo(n(fact::DaysSinceLastCsat).value_or(0)));
    }
    if (name == fact::OpenComplaint || name == fact::OpenTickets || name == fact::EscalatedOpen) {
        const QString number = f.string(fact::OpenTicketNumber);
        if (number.isEmpty()) {
            const double open = n(fact::OpenTickets).value_or(0);
            if (open <= 0) {
                return f.isTrue(fact::OpenComplaint) ? tr("A complaint is open") : QString();
            }
            return open == 1 ? tr("1 open ticket") : tr("%1 open tickets").arg(num(open));
        }
        const QString category = f.string(fact::OpenTicketCategory);
        if (f.isTrue(fact::EscalatedOpen)) {
            return category.isEmpty() ? tr("Ticket %1 is escalated and still open").arg(number)
                                      : tr("Ticket %1 (%2) is escalated and still open").arg(number, category);
        }
        return category.isEmpty() ? tr("Ticket %1 is still open").arg(number)
                                  : tr("Ticket %1 (%2) is still open").arg(number, category);
    }
    if (name == fact::EscalatedTicketRecent) {
        return f.isTrue(name) ? tr("An urgent ticket in the last 14 days") : QString();
    }
    if (name == fact::Contacts7d) {
        const double c = *n(name);
        return c == 1 ? tr("1 contact in the last 7 days") : tr("%1 contacts in the last 7 days").arg(num(c));
    }
    if (name == fact::Contacts30d) {
        const double c = *n(name);
        return c == 1 ? tr("1 contact in the last 30 days") : tr("%1 contacts in the last 30 days").arg(num(c));
    }
    if (name == fact::Lapsed || name == fact::LapseRatio) {
        const auto since = n(fact::DaysSinceLastOrder);
        if (!since) {
            return {};
        }
        if (const auto rhythm = n(fact::PurchaseIntervalDays)) {
            return tr("No order for %1; usually orders every %2").arg(days(*since), days(*rhythm));
        }
        return tr("No order for %1").arg(days(*since));
    }
    if (name == fact::DaysSinceLastOrder) {
        return tr("Last order %1").arg(daysAgo(*n(name)));
    }
    if (name == fact::LtvPercentile) {
        const double top = std::max(1.0, std::ceil(100 - *n(name)));
        return tr("Among the top %1% of customers by spend").arg(num(top));
    }
    if (name == fact::LifetimeValue) {
        return tr("Has spent %1 %2 in total").arg(num(*n(name)), f.string(fact::Currency)).trimmed();
    }
    if (name == fact::OrderCount) {
        const double c = *n(name);
        return c == 1 ? tr("1 order so far") : tr("%1 orders so far").arg(num(c));
    }
    if (name == fact::KeptOrderItems || name == fact::KeptOrderNumber || name == fact::DaysSinceKeptOrder) {
        const FactValue* items = f.find(fact::KeptOrderItems);
        const QString what = items != nullptr ? formatFactValue(*items) : f.string(fact::KeptOrderNumber);
        return tr("Bought %1 %2 and kept it").arg(what, daysAgo(n(fact::DaysSinceKeptOrder).value_or(0)));
    }
    if (name == fact::AbandonedCartValue) {
        const FactValue* items = f.find(fact::AbandonedCartItems);
        const QString amount = QString(num(*n(name)) + QLatin1Char(' ') + f.string(fact::Currency)).trimmed();
        const QString when = daysAgo(n(fact::DaysSinceCart).value_or(0));
        return items != nullptr ? tr("Left %1 (%2) in a cart %3").arg(formatFactValue(*items), amount, when)
                                : tr("Left %1 in a cart %2").arg(amount, when);
    }
    if (name == fact::TopViewedCount7d || name == fact::TopViewedProduct) {
        if (!f.contains(fact::TopViewedProduct)) {
            return {};
        }
        return tr("Viewed %1 %2 times in the last 7 days")
            .arg(f.string(fact::TopViewedProduct), num(n(fact::TopViewedCount7d).value_or(1)));
    }
    if (name == fact::ClickWithoutPurchase || name == fact::LastClickedCampaign) {
        if (!f.isTrue(fact::ClickWithoutPurchase)) {
            return {};
        }
        return tr("Clicked the “%1” campaign and has not bought since").arg(f.string(fact::LastClickedCampaign));
    }
    if (name == fact::DoNotContact) {
        return f.isTrue(name) ? tr("Asked not to be contacted") : QString();
    }
    if (name == fact::MarketingConsent || name == fact::MarketingOptIn) {
        return f.boolean(name) == false ? tr("Withdrew consent to marketing") : tr("Consents to marketing");
    }
    if (name == fact::Unsubscribed || name == fact::EmailUnsubscribed) {
        return f.isTrue(name) ? tr("Unsubscribed from marketing e-mail") : QString();
    }
    if (name == fact::Returns14d || name == fact::DaysSinceLastReturn) {
        if (const auto since = n(fact::DaysSinceLastReturn)) {
            return tr("Returned something %1").arg(daysAgo(*since));
        }
        return {};
    }
    if (name == fact::Segment) {
        return tr("Segment: %1").arg(f.string(name));
    }
    if (name == fact::CallReason) {
        return tr("Calling about %1").arg(f.string(name));
    }
    if (name == fact::Channel || name == fact::Queue || name == fact::Currency) {
        return {};
    }
    // Any other fact: its label and value, still no operators.
    return tr("%1: %2").arg(factLabel(name), formatFactValue(*f.find(name)));
}

QStringList Explain::sentences(const QStringList& factNames, const Facts& facts) {
    QStringList out;
    for (const QString& name : factNames) {
        const QString s = sentence(name, facts);
        if (!s.isEmpty() && !out.contains(s)) {
            out << s;
        }
    }
    return out;
}

} // namespace c360::nba

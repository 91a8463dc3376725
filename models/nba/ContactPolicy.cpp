#include "models/nba/ContactPolicy.h"

#include <QCoreApplication>

namespace c360::nba {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
} // namespace

QString outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Dismissed:
        return QStringLiteral("dismissed");
    case Outcome::Later:
        return QStringLiteral("later");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString& name) {
    for (Outcome o : {Outcome::Accepted, Outcome::Dismissed, Outcome::Later}) {
        if (outcomeName(o) == name) {
            return o;
        }
    }
    return std::nullopt;
}

ContactPolicy::ContactPolicy(PolicyConfig config)
    : m_config(config) {}

std::optional<QString> ContactPolicy::suppression(const Action& action, const Facts& facts,
                                                  const QList<Feedback>& history, qint64 nowMs) const {
    if (action.promotion) {
        if (facts.isTrue(fact::DoNotContact)) {
            return tr("The customer asked not to be contacted; no offers.");
        }
        const auto consent = facts.boolean(fact::MarketingConsent);
        if (consent == false) {
            return tr("The customer withdrew consent to marketing; no offers.");
        }
        if (facts.isTrue(fact::Unsubscribed) && consent != true) {
            return tr("The customer unsubscribed from marketing; no offers.");
        }
        if (facts.isTrue(fact::RefundOverdue)) {
            return tr("No offers while a refund is overdue.");
        }
        if (facts.number(fact::DeliveryLateDays).value_or(0) > 0 ||
            facts.number(fact::DeliveredLateDays).value_or(0) > 0) {
            return tr("No offers right after a late delivery.");
        }
        const int poor = m_config.poorExperienceDays;
        const auto nps = facts.number(fact::NpsScore);
        if (nps && *nps <= 6 && facts.number(fact::DaysSinceNps).value_or(poor) < poor) {
            return tr("No offers within %1 days of a poor NPS score (%2).").arg(poor).arg(*nps);
        }
        const auto csat = facts.number(fact::LastCsat);
        if (csat && *csat <= 2 && facts.number(fact::DaysSinceLastCsat).value_or(poor) < poor) {
            return tr("No offers within %1 days of a poor satisfaction score (%2 of 5).").arg(poor).arg(*csat);
        }
        if (!action.allowWithComplaint) {
            if (facts.isTrue(fact::OpenComplaint)) {
                return tr("No offers while a complaint is open.");
            }
            const auto sinceReturn = facts.number(fact::DaysSinceLastReturn);
            if (sinceReturn && *sinceReturn < m_config.returnWindowDays) {
                return tr("No offers within %1 days of a return.").arg(m_config.returnWindowDays);
            }
        }
    }
    const int cooldownDays = action.cooldownDays.value_or(m_config.cooldownDaysAfterAccept);
    int dismissals = 0;
    for (const Feedback& f : history) {
        if (f.actionId != action.id || f.atMs > nowMs) {
            continue;
        }
        const qint64 age = nowMs - f.atMs;
        if (f.outcome == Outcome::Accepted && age < cooldownDays * kDayMs) {
            const qint64 days = age / kDayMs;
            return days == 0   ? tr("Accepted earlier today (cool-down %1 days).").arg(cooldownDays)
                   : days == 1 ? tr("Accepted yesterday (cool-down %1 days).").arg(cooldownDays)
                               : tr("Accepted %1 days ago (cool-down %2 days).").arg(days).arg(cooldownDays);
        }
        if (f.outcome == Outcome::Dismissed && age < m_config.dismissalWindowDays * kDayMs) {
            ++dismissals;
        }
    }
    if (dismissals >= m_config.maxDismissals) {
        return tr("Dismissed %1 times in the last %2 days.").arg(dismissals).arg(m_config.dismissalWindowDays);
    }
    for (const Feedback& f : history) {
        if (f.actionId == action.id && f.outcome != Outcome::Accepted && f.atMs <= nowMs &&
            nowMs - f.atMs < m_config.snoozeMinutes * kMinuteMs) {
            return f.outcome == Outcome::Later ? tr("Put off for later in this call.") : tr("Dismissed in this call.");
        }
    }
    return std::nullopt;
}

} // namespace c360::nba

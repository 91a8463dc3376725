#pragma once

#include "models/nba/Facts.h"
#include "models/nba/RulePack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace c360::nba {

enum class Outcome { Accepted, Dismissed, Later };
QString outcomeName(Outcome outcome); // "accepted", "dismissed", "later"
std::optional<Outcome> outcomeFromName(const QString& name);

// One answer of an agent to a shown action.
struct Feedback {
    qint64 id = 0; // row id once stored
    qint64 partyId = 0;
    QString actionId;
    Outcome outcome = Outcome::Accepted;
    QString reason; // required for a dismissal
    qint64 atMs = 0;
    CallContext context;
    QString pack;  // the pack's name
    QString agent; // who answered: the signed-in user's name ("" when nobody signed in)
};

// Decides whether an eligible action may be shown now, given the party's feedback history.
// Checked in this order; the first that applies holds the action back. Service actions (not
// promotions) are never held back by 1-4: service recovery always comes first.
//  1. an offer (action.promotion) never goes to a customer who is do-not-contact, withdrew
//     marketing consent, or unsubscribed from e-mail without saying yes to marketing otherwise;
//  2. an offer is held back while a service failure is unresolved: a refund overdue, an order on
//     its way past its promised date, or one delivered late in the last 14 days;
//  3. an offer is held back for poorExperienceDays after an NPS of 0-6 or a CSAT of 1-2;
//  4. an offer is held back while a complaint is open or within returnWindowDays (calendar days)
//     of a return, unless the action says allow_with_complaint;
//  3. accepted within the cool-down (action.cooldown_days, else the pack's);
//  4. dismissed maxDismissals times within dismissalWindowDays;
//  5. dismissed or put off ("later") within snoozeMinutes (the current call).
class ContactPolicy {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::ContactPolicy)

public:
    explicit ContactPolicy(PolicyConfig config = {});

    // nullopt when the action may be shown, else why it is held back (for people).
    // `history` may hold feedback on any action of the party; only the action's own counts.
    std::optional<QString> suppression(const Action& action, const Facts& facts, const QList<Feedback>& history,
                                       qint64 nowMs) const;

    const PolicyConfig& config() const { return m_config; }

private:
    PolicyConfig m_config;
};

} // namespace c360::nba

#pragma once

#include "models/nba/Facts.h"
#include "models/nba/RulePack.h"

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
    QString pack; // the pack's name
};

// Decides whether an eligible action may be shown now, given the party's feedback history.
// Checked in this order; the first that applies holds the action back:
//  1. an offer (action.promotion) never goes to a customer who is do-not-contact or unsubscribed;
//  2. an offer is held back while the customer has an open complaint (open ticket) or returned
//     something within returnWindowDays, unless the action says allow_with_complaint;
//  3. accepted within the cool-down (action.cooldown_days, else the pack's);
//  4. dismissed maxDismissals times within dismissalWindowDays;
//  5. dismissed or put off ("later") within snoozeMinutes (the current call).
class ContactPolicy {
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

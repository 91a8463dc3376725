#pragma once

#include "models/nba/ContactPolicy.h"
#include "models/nba/Facts.h"
#include "models/nba/Learning.h"
#include "models/nba/RulePack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace c360::nba {

// One action to show, with its score and why.
struct Recommendation {
    QString actionId;
    QString category;
    QString title;       // in the requested language
    QString script;      // in the requested language, {fact} placeholders filled in
    double priority = 0; // propensity × contextWeight × value × lever
    double propensity = 0;
    double contextWeight = 1;
    double value = 0;
    double lever = 1;
    double priorPropensity = 0; // the pack's propensity, before learning
    bool exploring = false;     // ranked with an exploration bonus (little evidence yet)
    QStringList why;            // plain sentences: the facts that made it eligible, raised it, and what was learned
};

// A notice for the agent (the pack's "notice" actions, e.g. "no offers: the customer opted out"):
// shown above the cards, without Accept / Dismiss.
struct Notice {
    QString actionId;
    QString category;
    QString title;
    QString text;
    QStringList why;
};

// An eligible action the contact policy held back, with the policy's reason.
struct HeldBack {
    QString actionId;
    QString reason;
};

struct Evaluation {
    QList<Recommendation> actions; // best first, at most topK
    QList<HeldBack> heldBack;      // in pack order
    QList<Notice> notices;         // in pack order
    int eligible = 0;              // actions whose condition held (before the policy)
};

struct EvaluateOptions {
    int topK = 3;
    QString language = QStringLiteral("en");
    bool diversity = true; // one action per category first, then the best of the rest
    // Learned propensities (per action × segment × call reason) instead of the pack's alone;
    // nullptr ranks by the rules only.
    const PropensityLearner* learner = nullptr;
};

// Ranks a pack's actions for one customer. Pure and deterministic: same facts, history and time,
// same answer (ties broken by action id). Thread-safe for concurrent const use.
class NbaEngine {
public:
    explicit NbaEngine(RulePack pack);

    Evaluation evaluate(const Facts& facts, const QList<Feedback>& history, qint64 nowMs,
                        const EvaluateOptions& options = {}) const;

    const RulePack& pack() const { return m_pack; }

private:
    RulePack m_pack;
    ContactPolicy m_policy;
};

// "{last_order_number}" → the fact's value; unknown or absent facts leave the placeholder out.
QString fillPlaceholders(const QString& text, const Facts& facts);

} // namespace c360::nba

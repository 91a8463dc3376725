#pragma once

#include "models/nba/ContactPolicy.h"
#include "models/nba/Facts.h"
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
    QStringList why; // human-readable facts that made it eligible (and the context that weighed it)
};

// An eligible action the contact policy held back, with the policy's reason.
struct HeldBack {
    QString actionId;
    QString reason;
};

struct Evaluation {
    QList<Recommendation> actions; // best first, at most topK
    QList<HeldBack> heldBack;      // in pack order
    int eligible = 0;              // actions whose condition held (before the policy)
};

struct EvaluateOptions {
    int topK = 3;
    QString language = QStringLiteral("en");
    bool diversity = true; // one action per category first, then the best of the rest
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

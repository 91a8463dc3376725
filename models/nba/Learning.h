#pragma once

#include "models/Result.h"
#include "models/nba/Facts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace c360::nba {

// Where an answer was given: the action, the customer's segment and the call reason. Learning is
// kept per arm and pooled per action (for arms with little evidence of their own).
struct ArmKey {
    QString actionId;
    QString segment; // "" when unknown
    QString reason;  // call reason, "" when none
    bool operator==(const ArmKey&) const = default;
};
size_t qHash(const ArmKey& key, size_t seed = 0);

// What was observed for one arm: answers counted since the last reset.
struct ArmCounts {
    double accepted = 0;
    double dismissed = 0;
    double shown() const { return accepted + dismissed; }
};

struct LearnerConfig {
    double priorStrength = 8; // the pack's propensity counts as this many answers
    double maxBonus = 0.08;   // exploration: at most this much is added to an uncertain estimate
    double bonusScale = 0.5;  // bonus = min(maxBonus, bonusScale × posterior standard deviation)
};

// The learned acceptance of an action for one call.
struct LearnedPropensity {
    double prior = 0;    // the pack's propensity
    double mean = 0;     // posterior mean (Beta-Bernoulli with the prior as pseudo-counts)
    double bonus = 0;    // bounded exploration bonus (larger with less evidence)
    double accepted = 0; // evidence behind it (arm, else the action pooled)
    double shown = 0;
    double score() const { return mean + bonus; }
};

// Beta-Bernoulli propensity per action × segment × call reason, with the pack's propensity as
// prior: p ~ Beta(p0·n0 + accepted, (1 − p0)·n0 + dismissed). An arm borrows the action's pooled
// counts (shrunk to a quarter) until it has its own. Exploration is an optimistic bonus, bounded
// by maxBonus and explained ("still learning"): deterministic, so the same call ranks the same.
class PropensityLearner {
public:
    explicit PropensityLearner(LearnerConfig config = {});

    LearnedPropensity estimate(const QString& actionId, const Facts& facts, double prior) const;
    void observe(const ArmKey& arm, bool accepted, double weight = 1);
    void reset(const QString& actionId);
    void clear() { m_arms.clear(); }

    ArmCounts pooled(const QString& actionId) const;
    const QHash<ArmKey, ArmCounts>& arms() const { return m_arms; }
    void setArms(QHash<ArmKey, ArmCounts> arms) { m_arms = std::move(arms); }
    const LearnerConfig& config() const { return m_config; }

    static ArmKey armOf(const QString& actionId, const Facts& facts);

private:
    LearnerConfig m_config;
    QHash<ArmKey, ArmCounts> m_arms;
};

// The learner's counts in the cache (nba_learning, schema v7), updated with every answer.
class LearningRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::LearningRepository)

public:
    explicit LearningRepository(QSqlDatabase db);

    Status observe(const ArmKey& arm, bool accepted, qint64 atMs);
    Status reset(const QString& actionId);
    Result<QHash<ArmKey, ArmCounts>> load() const;

private:
    QSqlDatabase m_db;
};

} // namespace c360::nba

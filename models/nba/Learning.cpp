#include "models/nba/Learning.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace c360::nba {

namespace {
constexpr double kPoolShare = 0.25; // how much of the action's pooled evidence an arm borrows

// "" rather than NULL: the key columns are NOT NULL.
QString notNull(const QString& s) {
    return s.isEmpty() ? QStringLiteral("") : s;
}
} // namespace

size_t qHash(const ArmKey& key, size_t seed) {
    return qHashMulti(seed, key.actionId, key.segment, key.reason);
}

PropensityLearner::PropensityLearner(LearnerConfig config)
    : m_config(config) {}

ArmKey PropensityLearner::armOf(const QString& actionId, const Facts& facts) {
    return ArmKey{actionId, facts.string(fact::Segment), facts.string(fact::CallReason)};
}

ArmCounts PropensityLearner::pooled(const QString& actionId) const {
    ArmCounts total;
    for (auto it = m_arms.cbegin(); it != m_arms.cend(); ++it) {
        if (it.key().actionId == actionId) {
            total.accepted += it.value().accepted;
            total.dismissed += it.value().dismissed;
        }
    }
    return total;
}

LearnedPropensity PropensityLearner::estimate(const QString& actionId, const Facts& facts, double prior) const {
    LearnedPropensity out;
    out.prior = std::clamp(prior, 0.001, 0.999);
    const ArmCounts own = m_arms.value(armOf(actionId, facts));
    const ArmCounts all = pooled(actionId);
    // The arm's own answers, plus a share of the action's other answers.
    const double a = own.accepted + kPoolShare * (all.accepted - own.accepted);
    const double d = own.dismissed + kPoolShare * (all.dismissed - own.dismissed);
    const double alpha = out.prior * m_config.priorStrength + a;
    const double beta = (1 - out.prior) * m_config.priorStrength + d;
    out.mean = alpha / (alpha + beta);
    const double sd = std::sqrt(alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1)));
    out.bonus = std::min(m_config.maxBonus, m_config.bonusScale * sd);
    out.accepted = own.shown() > 0 ? own.accepted : all.accepted;
    out.shown = own.shown() > 0 ? own.shown() : all.shown();
    return out;
}

void PropensityLearner::observe(const ArmKey& arm, bool accepted, double weight) {
    ArmCounts& c = m_arms[arm];
    (accepted ? c.accepted : c.dismissed) += weight;
}

void PropensityLearner::reset(const QString& actionId) {
    m_arms.removeIf([&actionId](const auto& it) { return it.key().actionId == actionId; });
}

LearningRepository::LearningRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status LearningRepository::observe(const ArmKey& arm, bool accepted, qint64 atMs) {
    QSqlQuery q(m_db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO nba_learning(action_id, segment, reason, accepted, dismissed, updated_ms) "
                           "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(action_id, segment, reason) DO UPDATE SET "
                           "accepted = accepted + excluded.accepted, dismissed = dismissed + excluded.dismissed, "
                           "updated_ms = excluded.updated_ms")) ||
        !sql::exec(
            q, {arm.actionId, notNull(arm.segment), notNull(arm.reason), accepted ? 1 : 0, accepted ? 0 : 1, atMs})) {
        return sql::error(q, tr("The answer could not be learned from."));
    }
    return {};
}

Status LearningRepository::reset(const QString& actionId) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM nba_learning WHERE action_id = ?")) || !sql::exec(q, {actionId})) {
        return sql::error(q, tr("What was learned for this action could not be reset."));
    }
    return {};
}

Result<QHash<ArmKey, ArmCounts>> LearningRepository::load() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT action_id, segment, reason, accepted, dismissed FROM nba_learning"))) {
        return sql::error(q, tr("What was learned from earlier answers could not be read."));
    }
    QHash<ArmKey, ArmCounts> out;
    while (q.next()) {
        out.insert(ArmKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()},
                   ArmCounts{q.value(3).toDouble(), q.value(4).toDouble()});
    }
    return out;
}

} // namespace c360::nba

// Learning from answers: the Beta-Bernoulli learner, its counts in a real cache, and the engine
// ranking by what was learned (with the why saying so).

#include "NbaTestCache.h"

#include "models/nba/Learning.h"
#include "models/nba/NbaEngine.h"

#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::nba;
using namespace c360::nbatest;

class TestNbaLearning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void priorWithoutAnswers();
    void answersMoveTheEstimate();
    void armsBorrowFromTheirAction();
    void resetForgetsOneAction();
    void repositoryRoundTrip();
    void engineRanksByWhatWasLearned();
};

namespace {
Facts call(const char* segment, const char* reason) {
    Facts f;
    f.setString(fact::Segment, QString::fromLatin1(segment));
    f.setString(fact::CallReason, QString::fromLatin1(reason));
    return f;
}
} // namespace

void TestNbaLearning::priorWithoutAnswers() {
    const PropensityLearner learner;
    const LearnedPropensity p = learner.estimate(QStringLiteral("cross_sell"), call("vip", "sales"), 0.3);
    QCOMPARE(p.prior, 0.3);
    QVERIFY(qAbs(p.mean - 0.3) < 1e-9);
    QVERIFY(p.bonus > 0);
    QVERIFY(p.bonus <= learner.config().maxBonus + 1e-12);
    QCOMPARE(p.shown, 0.0);
}

void TestNbaLearning::answersMoveTheEstimate() {
    PropensityLearner learner;
    const Facts f = call("vip", "sales");
    const ArmKey arm = PropensityLearner::armOf(QStringLiteral("cross_sell"), f);
    QCOMPARE(arm.segment, QStringLiteral("vip"));
    QCOMPARE(arm.reason, QStringLiteral("sales"));
    const double before = learner.estimate(arm.actionId, f, 0.3).bonus;
    for (int i = 0; i < 40; ++i) {
        learner.observe(arm, i % 10 < 8); // 80% accepted
    }
    const LearnedPropensity p = learner.estimate(arm.actionId, f, 0.3);
    QVERIFY2(p.mean > 0.65 && p.mean < 0.8, qPrintable(QString::number(p.mean)));
    QVERIFY(p.bonus < before); // less uncertain, less exploration
    QCOMPARE(p.shown, 40.0);
    QCOMPARE(p.accepted, 32.0);
    for (int i = 0; i < 200; ++i) {
        learner.observe(arm, false);
    }
    QVERIFY(learner.estimate(arm.actionId, f, 0.3).mean < 0.2);
}

void TestNbaLearning::armsBorrowFromTheirAction() {
    PropensityLearner learner;
    for (int i = 0; i < 100; ++i) {
        learner.observe(ArmKey{QStringLiteral("win_back"), QStringLiteral("gold"), QStringLiteral("sales")}, false);
    }
    // Another segment of the same action has no answers of its own: it leans the same way, less so.
    const double other = learner.estimate(QStringLiteral("win_back"), call("bronze", "sales"), 0.5).mean;
    const double own = learner.estimate(QStringLiteral("win_back"), call("gold", "sales"), 0.5).mean;
    QVERIFY2(other < 0.5 && other > own, qPrintable(QStringLiteral("%1 %2").arg(other).arg(own)));
    // Other actions are untouched.
    QVERIFY(qAbs(learner.estimate(QStringLiteral("cross_sell"), call("gold", "sales"), 0.5).mean - 0.5) < 1e-9);
}

void TestNbaLearning::resetForgetsOneAction() {
    PropensityLearner learner;
    learner.observe(ArmKey{QStringLiteral("a"), {}, {}}, true);
    learner.observe(ArmKey{QStringLiteral("b"), {}, {}}, true);
    learner.reset(QStringLiteral("a"));
    QCOMPARE(learner.pooled(QStringLiteral("a")).shown(), 0.0);
    QCOMPARE(learner.pooled(QStringLiteral("b")).shown(), 1.0);
}

void TestNbaLearning::repositoryRoundTrip() {
    ScenarioCache cache(QStringLiteral("nba-learning"));
    QVERIFY2(cache.ok(), qPrintable(cache.error()));
    LearningRepository repo(cache.db());
    const ArmKey arm{QStringLiteral("loyalty_offer"), QStringLiteral("vip"), QStringLiteral("sales")};
    QVERIFY(repo.observe(arm, true, nowMs()).ok());
    QVERIFY(repo.observe(arm, true, nowMs()).ok());
    QVERIFY(repo.observe(arm, false, nowMs()).ok());
    QVERIFY(repo.observe(ArmKey{QStringLiteral("cross_sell"), {}, {}}, false, nowMs()).ok());
    auto loaded = repo.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->value(arm).accepted, 2.0);
    QCOMPARE(loaded->value(arm).dismissed, 1.0);
    QVERIFY(repo.reset(QStringLiteral("loyalty_offer")).ok());
    loaded = repo.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 1);
    QVERIFY(!loaded->contains(arm));
}

void TestNbaLearning::engineRanksByWhatWasLearned() {
    const QByteArray json = R"({"name": "t", "actions": [
        {"id": "likely", "category": "a", "title": {"en": "Likely"}, "script": {"en": "x"}, "value": 10,
         "eligibility": {"fact": "order_count", "op": ">=", "value": 1},
         "propensity": {"intercept": 1.0, "weights": {}}},
        {"id": "unlikely", "category": "b", "title": {"en": "Unlikely"}, "script": {"en": "y"}, "value": 10,
         "eligibility": {"fact": "order_count", "op": ">=", "value": 1},
         "propensity": {"intercept": -1.0, "weights": {}}}]})";
    auto pack = RulePack::parse(json);
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    const NbaEngine engine(*pack);
    Facts f = call("silver", "sales");
    f.setNumber(fact::OrderCount, 2);
    QCOMPARE(engine.evaluate(f, {}, nowMs()).actions.constFirst().actionId, QStringLiteral("likely"));
    // Customers in this segment and call turn out to decline "likely" and take "unlikely".
    PropensityLearner learner;
    for (int i = 0; i < 30; ++i) {
        learner.observe(PropensityLearner::armOf(QStringLiteral("likely"), f), false);
        learner.observe(PropensityLearner::armOf(QStringLiteral("unlikely"), f), true);
    }
    EvaluateOptions o;
    o.learner = &learner;
    const Evaluation e = engine.evaluate(f, {}, nowMs(), o);
    QCOMPARE(e.actions.constFirst().actionId, QStringLiteral("unlikely"));
    QVERIFY(e.actions.constFirst().propensity > e.actions.constFirst().priorPropensity);
    QVERIFY2(e.actions.constFirst().why.join(QLatin1Char('|')).contains(QStringLiteral("Accepted 30 of 30")),
             qPrintable(e.actions.constFirst().why.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestNbaLearning)
#include "TestNbaLearning.moc"

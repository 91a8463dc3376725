// c360-nba-learnbench [--calls N] [--seed S] [--smoke] [--json]
//
// Replays N synthetic calls (default 100,000) through the shipped pack and NbaEngine. Every call
// has a segment, a reason and random facts (which make some actions eligible); each action has a
// TRUE acceptance probability per segment × reason that the pack does not know (drawn from the
// seed around the pack's own propensity, sometimes far from it). The agent accepts the first card
// with that probability. Printed: the acceptance rate reached
//   - rules only (the pack's propensities, no learning),
//   - learning (PropensityLearner fed with every accept/dismiss), overall and over the last 10%,
//   - the oracle (always the eligible action with the highest true probability).

#include "models/nba/NbaEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <random>

using namespace c360;
using namespace c360::nba;

namespace {

const QStringList kSegments = {QStringLiteral("vip"), QStringLiteral("gold"), QStringLiteral("silver"),
                               QStringLiteral("bronze")};
const QStringList kReasons = {QStringLiteral("sales"),   QStringLiteral("product"), QStringLiteral("delivery"),
                              QStringLiteral("billing"), QStringLiteral("returns"), QStringLiteral("account")};

// A call's facts: sampled so that every action of the retail pack is eligible in some calls.
Facts randomFacts(std::mt19937_64& rng, const QString& segment, const QString& reason) {
    std::uniform_real_distribution<double> u(0, 1);
    Facts f;
    f.setString(fact::Segment, segment);
    f.setString(fact::CallReason, reason);
    f.setString(fact::Channel, u(rng) < 0.7 ? QStringLiteral("phone") : QStringLiteral("chat"));
    f.setString(fact::Currency, QStringLiteral("CNY"));
    const double orders = std::floor(u(rng) * 8);
    f.setNumber(fact::OrderCount, orders);
    f.setNumber(fact::LifetimeValue, orders * (100 + u(rng) * 900));
    f.setNumber(fact::LtvPercentile, std::round(u(rng) * 100));
    f.setBool(fact::Lapsed, orders > 0 && u(rng) < 0.2);
    if (orders > 0) {
        f.setNumber(fact::DaysSinceLastOrder, std::floor(u(rng) * 300));
    }
    if (u(rng) < 0.35) {
        f.setString(fact::KeptOrderNumber, QStringLiteral("1001"));
        f.setList(fact::KeptOrderItems, {QStringLiteral("Kettle")});
        f.setNumber(fact::DaysSinceKeptOrder, std::floor(u(rng) * 40));
    }
    if (u(rng) < 0.25) {
        f.setNumber(fact::AbandonedCartValue, 100 + std::floor(u(rng) * 900));
        f.setNumber(fact::DaysSinceCart, std::floor(u(rng) * 20));
    }
    if (u(rng) < 0.25) {
        f.setBool(fact::ClickWithoutPurchase, true);
        f.setString(fact::LastClickedCampaign, QStringLiteral("Spring Sale"));
        f.setNumber(fact::CampaignClicks30d, 1 + std::floor(u(rng) * 4));
    }
    if (u(rng) < 0.2) {
        f.setString(fact::TopViewedProduct, QStringLiteral("Espresso Machine"));
        f.setNumber(fact::TopViewedCount7d, 3 + std::floor(u(rng) * 4));
    }
    f.setBool(fact::Unsubscribed, false);
    f.setBool(fact::OpenComplaint, false);
    f.setNumber(fact::OpenTickets, 0);
    return f;
}

struct Truth {
    // action × segment × reason → true acceptance probability
    QHash<QString, double> p;
    double of(const QString& action, const Facts& f) const {
        return p.value(action + QLatin1Char('|') + f.string(fact::Segment) + QLatin1Char('|') +
                       f.string(fact::CallReason));
    }
};

Truth makeTruth(const RulePack& pack, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(0, 1);
    Truth t;
    for (const Action& a : pack.actions()) {
        // Per action a base far from what the pack believes, then per segment and reason.
        const double base = 0.05 + 0.5 * u(rng);
        for (const QString& s : kSegments) {
            for (const QString& r : kReasons) {
                const double p = std::clamp(base * (0.3 + 1.4 * u(rng)), 0.01, 0.95);
                t.p.insert(a.id + QLatin1Char('|') + s + QLatin1Char('|') + r, p);
            }
        }
    }
    return t;
}

struct Run {
    qint64 accepted = 0;
    qint64 calls = 0;
    qint64 lateAccepted = 0;
    qint64 lateCalls = 0;
    double rate() const { return calls == 0 ? 0 : double(accepted) / double(calls); }
    double lateRate() const { return lateCalls == 0 ? 0 : double(lateAccepted) / double(lateCalls); }
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Acceptance reached by learning from answers vs rules only vs the oracle, on synthetic calls."));
    parser.addHelpOption();
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls to replay (default 100000)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed (default 7)."),
                                     QStringLiteral("S"), QStringLiteral("7"));
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("Small scale (5,000 calls)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({callsOpt, seedOpt, smokeOpt, jsonOpt});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const qint64 calls = parser.isSet(smokeOpt) ? 5000 : parser.value(callsOpt).toLongLong(&ok);
    const quint64 seed = parser.value(seedOpt).toULongLong();
    if (calls <= 0 || (!parser.isSet(smokeOpt) && !ok)) {
        err << "--calls takes a positive number\n";
        return 2;
    }
    auto pack = RulePack::load(RulePack::defaultPackPath());
    if (!pack) {
        err << pack.error().message << '\n';
        return 1;
    }
    const NbaEngine engine(*pack);
    std::mt19937_64 truthRng(seed);
    const Truth truth = makeTruth(*pack, truthRng);

    PropensityLearner learner;
    EvaluateOptions rulesOnly;
    rulesOnly.topK = 1;
    rulesOnly.diversity = false;
    EvaluateOptions learning = rulesOnly;
    learning.learner = &learner;

    Run rules, learned, oracle;
    std::mt19937_64 callRng(seed + 1), answerRng(seed + 2);
    std::uniform_real_distribution<double> u(0, 1);
    std::uniform_int_distribution<qsizetype> pickSegment(0, kSegments.size() - 1), pickReason(0, kReasons.size() - 1);
    const qint64 lateFrom = calls - calls / 10;
    const qint64 nowMs = 1'781'000'000'000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < calls; ++i) {
        const Facts f = randomFacts(callRng, kSegments.at(pickSegment(callRng)), kReasons.at(pickReason(callRng)));
        const double answer = u(answerRng); // the same customer mood for the three policies
        const auto play = [&](Run& run, const QString& actionId) {
            if (actionId.isEmpty()) {
                return false;
            }
            const bool yes = answer < truth.of(actionId, f);
            ++run.calls;
            run.accepted += yes ? 1 : 0;
            if (i >= lateFrom) {
                ++run.lateCalls;
                run.lateAccepted += yes ? 1 : 0;
            }
            return yes;
        };
        const Evaluation r = engine.evaluate(f, {}, nowMs, rulesOnly);
        if (r.actions.isEmpty()) {
            continue; // nothing eligible: no card for any policy
        }
        play(rules, r.actions.constFirst().actionId);

        const Evaluation l = engine.evaluate(f, {}, nowMs, learning);
        const QString shown = l.actions.constFirst().actionId;
        learner.observe(PropensityLearner::armOf(shown, f), play(learned, shown));

        // The oracle ranks every eligible action by its true probability.
        EvaluateOptions all = rulesOnly;
        all.topK = 100;
        QString best;
        double bestP = -1;
        for (const Recommendation& rec : engine.evaluate(f, {}, nowMs, all).actions) {
            if (const double p = truth.of(rec.actionId, f); p > bestP) {
                bestP = p;
                best = rec.actionId;
            }
        }
        play(oracle, best);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(jsonOpt)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("calls_with_a_card"), rules.calls},
                                         {QStringLiteral("rules_only"), rules.rate()},
                                         {QStringLiteral("learning"), learned.rate()},
                                         {QStringLiteral("learning_last_10pct"), learned.lateRate()},
                                         {QStringLiteral("oracle"), oracle.rate()},
                                         {QStringLiteral("oracle_last_10pct"), oracle.lateRate()},
                                         {QStringLiteral("seconds"), seconds}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << QStringLiteral("NBA learning: %1 synthetic calls (%2 with a card), seed %3, %4 s\n")
               .arg(calls)
               .arg(rules.calls)
               .arg(seed)
               .arg(seconds, 0, 'f', 1);
    out << QStringLiteral("  acceptance  rules only %1%   learning %2% (last 10%: %3%)   oracle %4% (last 10%: %5%)\n")
               .arg(100 * rules.rate(), 0, 'f', 1)
               .arg(100 * learned.rate(), 0, 'f', 1)
               .arg(100 * learned.lateRate(), 0, 'f', 1)
               .arg(100 * oracle.rate(), 0, 'f', 1)
               .arg(100 * oracle.lateRate(), 0, 'f', 1);
    return 0;
}

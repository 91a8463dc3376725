#include "models/nba/NbaEngine.h"

#include "models/nba/Explain.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace c360::nba {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba", text);
}

struct Candidate {
    const Action* action = nullptr;
    double prior = 0;
    bool exploring = false;
    double shown = 0, accepted = 0;
    double propensity = 0;
    double contextWeight = 1;
    double priority = 0;
};

double weightFor(const QHash<QString, double>& weights, const QString& key) {
    if (weights.isEmpty()) {
        return 1;
    }
    return weights.value(key, weights.value(QStringLiteral("*"), 1));
}

// The facts of propensity terms that raised the score noticeably (in term order).
QStringList raisingFacts(const Propensity& p, const Facts& facts) {
    QStringList out;
    for (const PropensityTerm& t : p.terms) {
        if (!t.equals.isEmpty() || t.weight <= 0) {
            continue;
        }
        double x = 0;
        if (const auto n = facts.number(t.fact)) {
            x = t.cap ? std::min(*n, *t.cap) : *n;
        } else if (facts.isTrue(t.fact)) {
            x = 1;
        }
        if (t.weight * x >= 0.5) {
            out << t.fact;
        }
    }
    return out;
}

QString learnedLine(const Candidate& c) {
    if (c.shown < 1) {
        return {}; // nothing learned yet: the pack's propensity alone
    }
    const qint64 shown = std::llround(c.shown);
    const qint64 accepted = std::llround(c.accepted);
    QString line = tr("Accepted %1 of %2 times in similar calls").arg(accepted).arg(shown);
    if (c.exploring) {
        line += tr(" (still learning)");
    }
    return line;
}
} // namespace

QString fillPlaceholders(const QString& text, const Facts& facts) {
    if (!text.contains(QLatin1Char('{'))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString name = text.mid(open + 1, close - open - 1);
        if (const FactValue* v = facts.find(name)) {
            out += formatFactValue(*v);
        }
        i = close + 1;
    }
    return out;
}

NbaEngine::NbaEngine(RulePack pack)
    : m_pack(std::move(pack))
    , m_policy(m_pack.policy()) {}

Evaluation NbaEngine::evaluate(const Facts& facts, const QList<Feedback>& history, qint64 nowMs,
                               const EvaluateOptions& options) const {
    Evaluation result;
    std::vector<Candidate> candidates;
    candidates.reserve(std::size_t(m_pack.actions().size()));
    for (const Action& a : m_pack.actions()) {
        if (!a.enabled || a.lever <= 0 || (a.value <= 0 && !a.notice) || !a.eligibility.evaluate(facts)) {
            continue;
        }
        if (a.notice) {
            result.notices << Notice{a.id, a.category, a.titleIn(options.language),
                                     fillPlaceholders(a.scriptIn(options.language), facts),
                                     Explain::sentences(a.eligibility.heldFacts(facts), facts)};
            continue;
        }
        ++result.eligible;
        if (auto held = m_policy.suppression(a, facts, history, nowMs)) {
            result.heldBack << HeldBack{a.id, *held};
            continue;
        }
        Candidate c;
        c.action = &a;
        c.prior = a.propensity.score(facts);
        c.propensity = c.prior;
        if (options.learner != nullptr) {
            const LearnedPropensity learned = options.learner->estimate(a.id, facts, c.prior);
            c.propensity = learned.score();
            c.exploring = learned.bonus >= 0.02;
            c.shown = learned.shown;
            c.accepted = learned.accepted;
        }
        c.contextWeight = a.contextWeight(facts);
        c.priority = c.propensity * c.contextWeight * a.value * a.lever;
        if (c.priority > 0) {
            candidates.push_back(c);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
        if (x.priority != y.priority) {
            return x.priority > y.priority;
        }
        return x.action->id < y.action->id;
    });

    std::vector<const Candidate*> picked;
    const auto topK = std::size_t(std::max(options.topK, 0));
    if (options.diversity) {
        QStringList categories;
        for (const Candidate& c : candidates) {
            if (picked.size() >= topK) {
                break;
            }
            if (!categories.contains(c.action->category)) {
                categories << c.action->category;
                picked.push_back(&c);
            }
        }
    }
    for (const Candidate& c : candidates) {
        if (picked.size() >= topK) {
            break;
        }
        if (std::find(picked.begin(), picked.end(), &c) == picked.end()) {
            picked.push_back(&c);
        }
    }

    // The why lines are only built for what is shown.
    for (const Candidate* c : picked) {
        const Action& a = *c->action;
        Recommendation r;
        r.actionId = a.id;
        r.category = a.category;
        r.title = a.titleIn(options.language);
        r.script = fillPlaceholders(a.scriptIn(options.language), facts);
        r.priority = c->priority;
        r.propensity = c->propensity;
        r.contextWeight = c->contextWeight;
        r.value = a.value;
        r.lever = a.lever;
        r.priorPropensity = c->prior;
        r.exploring = c->exploring;
        QStringList used = a.eligibility.heldFacts(facts);
        used << raisingFacts(a.propensity, facts);
        if (facts.contains(fact::CallReason) && weightFor(a.reasonWeights, facts.string(fact::CallReason)) > 1 + 1e-9) {
            used << fact::CallReason;
        }
        r.why = Explain::sentences(used, facts);
        if (const QString learned = options.learner != nullptr ? learnedLine(*c) : QString(); !learned.isEmpty()) {
            r.why << learned;
        }
        result.actions << r;
    }
    return result;
}

} // namespace c360::nba

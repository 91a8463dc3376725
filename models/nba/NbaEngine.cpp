#include "models/nba/NbaEngine.h"

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
    double propensity = 0;
    double contextWeight = 1;
    double priority = 0;
};

QString weightLine(const QString& fact, const Facts& facts, double weight) {
    return tr("%1: %2 (weight ×%3)").arg(factLabel(fact), facts.string(fact), QString::number(weight, 'g', 3));
}

double weightFor(const QHash<QString, double>& weights, const QString& key) {
    if (weights.isEmpty()) {
        return 1;
    }
    return weights.value(key, weights.value(QStringLiteral("*"), 1));
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
        if (!a.enabled || a.lever <= 0 || a.value <= 0 || !a.eligibility.evaluate(facts)) {
            continue;
        }
        ++result.eligible;
        if (auto held = m_policy.suppression(a, facts, history, nowMs)) {
            result.heldBack << HeldBack{a.id, *held};
            continue;
        }
        Candidate c;
        c.action = &a;
        c.propensity = a.propensity.score(facts);
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
        a.eligibility.evaluate(facts, &r.why);
        const std::pair<const QString*, const QHash<QString, double>*> context[] = {
            {&fact::CallReason, &a.reasonWeights},
            {&fact::Channel, &a.channelWeights},
            {&fact::Queue, &a.queueWeights}};
        for (const auto& [name, weights] : context) {
            const double w = weightFor(*weights, facts.string(*name));
            if (facts.contains(*name) && std::abs(w - 1) > 1e-9) {
                r.why << weightLine(*name, facts, w);
            }
        }
        result.actions << r;
    }
    return result;
}

} // namespace c360::nba

#include "models/nba/Condition.h"

#include "models/nba/JsonRead.h"

#include <algorithm>
#include <cmath>

namespace c360::nba {

using detail::child;
using detail::json;
using detail::pathError;
using detail::qs;

namespace {

int editDistance(const QString& a, const QString& b) {
    std::vector<int> prev(std::size_t(b.size()) + 1), cur(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < prev.size(); ++j) {
        prev[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[std::size_t(j)] =
                std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1, prev[std::size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev.back();
}

QString suggestion(const QString& name) {
    QString best;
    int bestDistance = 4;
    for (const FactSpec& spec : factCatalog()) {
        const int d = editDistance(name, spec.name);
        if (d < bestDistance) {
            best = spec.name;
            bestDistance = d;
        }
    }
    return best;
}

bool equalValues(const FactValue& a, const FactValue& b) {
    if (a.index() != b.index()) {
        return false;
    }
    if (const double* x = std::get_if<double>(&a)) {
        return std::abs(*x - std::get<double>(b)) < 1e-9;
    }
    if (const bool* x = std::get_if<bool>(&a)) {
        return *x == std::get<bool>(b);
    }
    if (const QString* x = std::get_if<QString>(&a)) {
        return x->compare(std::get<QString>(b), Qt::CaseInsensitive) == 0;
    }
    return false;
}

bool listContains(const QStringList& list, const FactValue& v) {
    const QString* s = std::get_if<QString>(&v);
    return s != nullptr && list.contains(*s, Qt::CaseInsensitive);
}

QString valueText(const FactValue& v) {
    return formatFactValue(v);
}

const std::pair<const char*, Condition::Op> kOps[] = {
    {"=", Condition::Op::Eq},  {"==", Condition::Op::Eq}, {"!=", Condition::Op::Ne},
    {"<", Condition::Op::Lt},  {"<=", Condition::Op::Le}, {">", Condition::Op::Gt},
    {">=", Condition::Op::Ge}, {"in", Condition::Op::In}, {"exists", Condition::Op::Exists},
};

} // namespace

QString opName(Condition::Op op) {
    switch (op) {
    case Condition::Op::Always:
        return QStringLiteral("always");
    case Condition::Op::All:
        return QStringLiteral("all");
    case Condition::Op::Any:
        return QStringLiteral("any");
    case Condition::Op::Not:
        return QStringLiteral("not");
    case Condition::Op::Eq:
        return QStringLiteral("=");
    case Condition::Op::Ne:
        return QStringLiteral("!=");
    case Condition::Op::Lt:
        return QStringLiteral("<");
    case Condition::Op::Le:
        return QStringLiteral("<=");
    case Condition::Op::Gt:
        return QStringLiteral(">");
    case Condition::Op::Ge:
        return QStringLiteral(">=");
    case Condition::Op::In:
        return QStringLiteral("in");
    case Condition::Op::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

// ---- parsing ------------------------------------------------------------------------------------

struct ConditionParser {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::ConditionParser)

public:
    static Result<Condition> parse(const json& j, const QString& path) {
        if (!j.is_object()) {
            return pathError(path, tr("a condition must be a JSON object."));
        }
        for (const char* group : {"all", "any"}) {
            if (!j.contains(group)) {
                continue;
            }
            if (j.size() != 1) {
                return pathError(path, tr("“%1” must be the only key of its object.").arg(QLatin1String(group)));
            }
            const json& list = j.at(group);
            const QString listPath = child(path, QLatin1String(group));
            if (!list.is_array() || list.empty()) {
                return pathError(listPath, tr("must be a non-empty array of conditions."));
            }
            std::vector<Condition> children;
            for (std::size_t i = 0; i < list.size(); ++i) {
                auto c = parse(list.at(i), child(listPath, i));
                if (!c) {
                    return c.error();
                }
                children.push_back(std::move(*c));
            }
            return Condition::group(QLatin1String(group) == QLatin1String("all") ? Condition::Op::All
                                                                                 : Condition::Op::Any,
                                    std::move(children));
        }
        if (j.contains("not")) {
            if (j.size() != 1) {
                return pathError(path, tr("“not” must be the only key of its object."));
            }
            auto c = parse(j.at("not"), child(path, QStringLiteral("not")));
            if (!c) {
                return c.error();
            }
            std::vector<Condition> children;
            children.push_back(std::move(*c));
            return Condition::group(Condition::Op::Not, std::move(children));
        }
        return parseLeaf(j, path);
    }

    static Result<Condition> parseLeaf(const json& j, const QString& path) {
        if (!j.contains("fact")) {
            return pathError(path, tr("expected “all”, “any”, “not” or a comparison with “fact” and “op”."));
        }
        const json& factJson = j.at("fact");
        if (!factJson.is_string() || factJson.get<std::string>().empty()) {
            return pathError(child(path, QStringLiteral("fact")), tr("must be a fact name."));
        }
        const QString name = qs(factJson.get<std::string>());
        const auto spec = factSpec(name);
        if (!spec) {
            const QString hint = suggestion(name);
            return pathError(child(path, QStringLiteral("fact")),
                             hint.isEmpty() ? tr("unknown fact “%1”.").arg(name)
                                            : tr("unknown fact “%1” (did you mean “%2”?).").arg(name, hint));
        }
        if (!j.contains("op") || !j.at("op").is_string()) {
            return pathError(child(path, QStringLiteral("op")),
                             tr("missing operator; use one of =, !=, <, <=, >, >=, in, exists."));
        }
        const QString opText = qs(j.at("op").get<std::string>());
        std::optional<Condition::Op> op;
        for (const auto& [text, value] : kOps) {
            if (opText == QLatin1String(text)) {
                op = value;
            }
        }
        if (!op) {
            return pathError(child(path, QStringLiteral("op")),
                             tr("unknown operator “%1”; use one of =, !=, <, <=, >, >=, in, exists.").arg(opText));
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() != "fact" && it.key() != "op" && it.key() != "value") {
                return pathError(child(path, qs(it.key())), tr("unknown key in a comparison."));
            }
        }
        const QString valuePath = child(path, QStringLiteral("value"));
        if (*op == Condition::Op::Exists) {
            bool expected = true;
            if (j.contains("value")) {
                if (!j.at("value").is_boolean()) {
                    return pathError(valuePath, tr("“exists” takes true or false."));
                }
                expected = j.at("value").get<bool>();
            }
            return Condition::exists(name, expected);
        }
        if (!j.contains("value")) {
            return pathError(valuePath, tr("missing value to compare “%1” with.").arg(name));
        }
        const json& v = j.at("value");
        const FactType type = spec->type;
        if (*op == Condition::Op::In) {
            if (!v.is_array() || v.empty()) {
                return pathError(valuePath, tr("“in” takes a non-empty array."));
            }
            QList<FactValue> values;
            for (std::size_t i = 0; i < v.size(); ++i) {
                const json& item = v.at(i);
                const bool fits = (type == FactType::Number && item.is_number()) ||
                                  ((type == FactType::String || type == FactType::List) && item.is_string());
                if (!fits) {
                    return pathError(child(valuePath, i),
                                     tr("“%1” is a %2 fact; this value does not fit.").arg(name, factTypeName(type)));
                }
                values << *detail::toFactValue(item);
            }
            return Condition::in(name, std::move(values));
        }
        const bool ordering = *op == Condition::Op::Lt || *op == Condition::Op::Le || *op == Condition::Op::Gt ||
                              *op == Condition::Op::Ge;
        if (ordering && type != FactType::Number) {
            return pathError(
                child(path, QStringLiteral("op")),
                tr("“%1” is a %2 fact; only numbers compare with %3.").arg(name, factTypeName(type), opText));
        }
        bool fits = false;
        switch (type) {
        case FactType::Number:
            fits = v.is_number();
            break;
        case FactType::Bool:
            fits = v.is_boolean();
            break;
        case FactType::String:
        case FactType::List:
            fits = v.is_string();
            break;
        }
        if (!fits) {
            return pathError(valuePath, tr("“%1” is a %2 fact; compare it with a %3.")
                                            .arg(name, factTypeName(type),
                                                 factTypeName(type == FactType::List ? FactType::String : type)));
        }
        return Condition::compare(*op, name, *detail::toFactValue(v));
    }
};

namespace detail {

std::optional<FactValue> toFactValue(const json& j) {
    if (j.is_boolean()) {
        return FactValue(j.get<bool>());
    }
    if (j.is_number()) {
        return FactValue(j.get<double>());
    }
    if (j.is_string()) {
        return FactValue(qs(j.get<std::string>()));
    }
    if (j.is_array()) {
        QStringList list;
        for (const json& item : j) {
            if (!item.is_string()) {
                return std::nullopt;
            }
            list << qs(item.get<std::string>());
        }
        return FactValue(list);
    }
    return std::nullopt;
}

Result<Condition> parseCondition(const json& j, const QString& path) {
    return ConditionParser::parse(j, path);
}

} // namespace detail

Result<Condition> Condition::parse(const QByteArray& text, const QString& path) {
    const json j = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded()) {
        return pathError(path, tr("not valid JSON."));
    }
    return ConditionParser::parse(j, path);
}

// ---- builders -----------------------------------------------------------------------------------

Condition Condition::compare(Op op, const QString& fact, FactValue value) {
    Condition c;
    c.m_op = op;
    c.m_fact = fact;
    c.m_value = std::move(value);
    return c;
}

Condition Condition::in(const QString& fact, QList<FactValue> values) {
    Condition c;
    c.m_op = Op::In;
    c.m_fact = fact;
    c.m_values = std::move(values);
    return c;
}

Condition Condition::exists(const QString& fact, bool expected) {
    Condition c;
    c.m_op = Op::Exists;
    c.m_fact = fact;
    c.m_expected = expected;
    return c;
}

Condition Condition::group(Op op, std::vector<Condition> children) {
    Condition c;
    c.m_op = op;
    c.m_children = std::move(children);
    return c;
}

// ---- evaluation ---------------------------------------------------------------------------------

bool Condition::evaluate(const Facts& facts, QStringList* why) const {
    switch (m_op) {
    case Op::Always:
        return true;
    case Op::All: {
        // Reasons are only kept when the whole group holds.
        const qsizetype mark = why != nullptr ? why->size() : 0;
        for (const Condition& c : m_children) {
            if (!c.evaluate(facts, why)) {
                if (why != nullptr) {
                    why->resize(mark);
                }
                return false;
            }
        }
        return true;
    }
    case Op::Any:
        for (const Condition& c : m_children) {
            if (c.evaluate(facts, why)) {
                return true; // the first branch that holds explains it
            }
        }
        return false;
    case Op::Not:
        return !m_children.front().evaluate(facts, nullptr);
    default:
        return leaf(facts, why);
    }
}

QStringList Condition::heldFacts(const Facts& facts) const {
    QStringList out;
    if (!held(facts, out)) {
        out.clear();
    }
    return out;
}

bool Condition::held(const Facts& facts, QStringList& out) const {
    switch (m_op) {
    case Op::Always:
        return true;
    case Op::All: {
        const qsizetype mark = out.size();
        for (const Condition& c : m_children) {
            if (!c.held(facts, out)) {
                out.resize(mark);
                return false;
            }
        }
        return true;
    }
    case Op::Any:
        for (const Condition& c : m_children) {
            if (c.held(facts, out)) {
                return true;
            }
        }
        return false;
    case Op::Not:
        return !m_children.front().evaluate(facts, nullptr);
    default:
        if (leaf(facts, nullptr)) {
            if (facts.contains(m_fact)) {
                out << m_fact;
            }
            return true;
        }
        return false;
    }
}

bool Condition::leaf(const Facts& facts, QStringList* why) const {
    const FactValue* v = facts.find(m_fact);
    bool holds = false;
    switch (m_op) {
    case Op::Exists:
        holds = (v != nullptr) == m_expected;
        if (holds && why != nullptr && v != nullptr) {
            *why << tr("%1: %2").arg(factLabel(m_fact), valueText(*v));
        }
        return holds;
    case Op::In:
        if (v == nullptr) {
            return false;
        }
        if (const QStringList* list = std::get_if<QStringList>(v)) {
            holds = std::any_of(m_values.begin(), m_values.end(),
                                [list](const FactValue& x) { return listContains(*list, x); });
        } else {
            holds =
                std::any_of(m_values.begin(), m_values.end(), [v](const FactValue& x) { return equalValues(*v, x); });
        }
        break;
    case Op::Eq:
    case Op::Ne: {
        if (v == nullptr) {
            return false;
        }
        const QStringList* list = std::get_if<QStringList>(v);
        const bool equal = list != nullptr ? listContains(*list, m_value) : equalValues(*v, m_value);
        holds = (m_op == Op::Eq) == equal;
        if (list == nullptr && v->index() != m_value.index()) {
            holds = false; // a type mismatch never holds
        }
        break;
    }
    default: {
        const double* x = v != nullptr ? std::get_if<double>(v) : nullptr;
        const double* y = std::get_if<double>(&m_value);
        if (x == nullptr || y == nullptr) {
            return false;
        }
        switch (m_op) {
        case Op::Lt:
            holds = *x < *y;
            break;
        case Op::Le:
            holds = *x <= *y;
            break;
        case Op::Gt:
            holds = *x > *y;
            break;
        case Op::Ge:
            holds = *x >= *y;
            break;
        default:
            break;
        }
    }
    }
    if (holds && why != nullptr) {
        QString rule;
        if (m_op == Op::In) {
            QStringList parts;
            for (const FactValue& x : m_values) {
                parts << valueText(x);
            }
            rule = tr("one of %1").arg(parts.join(QStringLiteral(", ")));
        } else {
            rule = opName(m_op) + QLatin1Char(' ') + valueText(m_value);
        }
        const QString shown = valueText(*v);
        // "Open tickets: 2 (> 0)"; a plain "= yes" on a bool says enough without the rule.
        if (m_op == Op::Eq && (std::holds_alternative<bool>(m_value) || std::holds_alternative<QString>(*v))) {
            *why << tr("%1: %2").arg(factLabel(m_fact), shown);
        } else {
            *why << tr("%1: %2 (%3)").arg(factLabel(m_fact), shown, rule);
        }
    }
    return holds;
}

QStringList Condition::facts() const {
    QStringList out;
    collectFacts(out);
    out.removeDuplicates();
    return out;
}

void Condition::collectFacts(QStringList& out) const {
    if (!m_fact.isEmpty()) {
        out << m_fact;
    }
    for (const Condition& c : m_children) {
        c.collectFacts(out);
    }
}

QString Condition::toString() const {
    switch (m_op) {
    case Op::Always:
        return QStringLiteral("always");
    case Op::All:
    case Op::Any:
    case Op::Not: {
        QStringList parts;
        for (const Condition& c : m_children) {
            parts << c.toString();
        }
        return opName(m_op) + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case Op::Exists:
        return m_fact + (m_expected ? QStringLiteral(" exists") : QStringLiteral(" absent"));
    case Op::In: {
        QStringList parts;
        for (const FactValue& x : m_values) {
            parts << valueText(x);
        }
        return m_fact + QStringLiteral(" in [") + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return m_fact + QLatin1Char(' ') + opName(m_op) + QLatin1Char(' ') + valueText(m_value);
    }
}

} // namespace c360::nba

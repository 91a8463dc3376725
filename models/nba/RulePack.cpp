#include "models/nba/RulePack.h"

#include "models/nba/JsonRead.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

// Q_INIT_RESOURCE must be used at global scope; it makes sure the rule packs of the static
// c360_resources library are linked and registered.
static void initNbaResources() {
    Q_INIT_RESOURCE(c360_nba);
}

namespace c360::nba {

using detail::child;
using detail::json;
using detail::pathError;
using detail::qs;
using detail::tr;

namespace {

const QRegularExpression& idPattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return re;
}

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression re(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    return re;
}

Status checkKeys(const json& j, const QString& path, std::initializer_list<const char*> allowed) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; });
        if (!known) {
            QStringList names;
            for (const char* k : allowed) {
                names << QString::fromLatin1(k);
            }
            return pathError(child(path, qs(it.key())),
                             tr("unknown key; expected one of: %1.").arg(names.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<double> number(const json& j, const QString& path, double min, double max) {
    if (!j.is_number()) {
        return pathError(path, tr("must be a number."));
    }
    const double v = j.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        return pathError(path, tr("must be between %1 and %2.").arg(min).arg(max));
    }
    return v;
}

Result<int> integer(const json& j, const QString& path, int min, int max) {
    if (!j.is_number_integer()) {
        return pathError(path, tr("must be a whole number."));
    }
    const auto v = j.get<long long>();
    if (v < min || v > max) {
        return pathError(path, tr("must be between %1 and %2.").arg(min).arg(max));
    }
    return int(v);
}

Result<bool> boolean(const json& j, const QString& path) {
    if (!j.is_boolean()) {
        return pathError(path, tr("must be true or false."));
    }
    return j.get<bool>();
}

// {"en": "...", "zh_CN": "...", "zh_TW": "..."}; en is required.
Result<QMap<QString, QString>> texts(const json& j, const QString& path, bool checkPlaceholders) {
    if (!j.is_object()) {
        return pathError(path, tr("must be an object of texts by language (en, zh_CN, zh_TW)."));
    }
    QMap<QString, QString> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString lang = qs(it.key());
        const QString p = child(path, lang);
        if (!RulePack::languages().contains(lang)) {
            return pathError(p, tr("unknown language; use en, zh_CN or zh_TW."));
        }
        if (!it.value().is_string() || it.value().get<std::string>().empty()) {
            return pathError(p, tr("must be a non-empty text."));
        }
        const QString text = qs(it.value().get<std::string>());
        if (checkPlaceholders) {
            auto m = placeholderPattern().globalMatch(text);
            while (m.hasNext()) {
                const QString name = m.next().captured(1);
                if (!factSpec(name)) {
                    return pathError(p, tr("the placeholder {%1} is not a known fact.").arg(name));
                }
            }
        }
        out.insert(lang, text);
    }
    if (!out.contains(QStringLiteral("en"))) {
        return pathError(child(path, QStringLiteral("en")), tr("an English text is required."));
    }
    return out;
}

Result<QHash<QString, double>> weights(const json& j, const QString& path) {
    if (!j.is_object()) {
        return pathError(path, tr("must be an object of weights, e.g. {\"phone\": 1.2, \"*\": 1}."));
    }
    QHash<QString, double> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        auto w = number(it.value(), child(path, qs(it.key())), 0, 100);
        if (!w) {
            return w.error();
        }
        out.insert(qs(it.key()).toLower(), *w);
    }
    return out;
}

Result<Propensity> propensity(const json& j, const QString& path) {
    if (!j.is_object()) {
        return pathError(path, tr("must be an object with “intercept” and “weights”."));
    }
    if (Status s = checkKeys(j, path, {"intercept", "weights"}); !s) {
        return s.error();
    }
    Propensity p;
    if (j.contains("intercept")) {
        auto v = number(j.at("intercept"), child(path, QStringLiteral("intercept")), -50, 50);
        if (!v) {
            return v.error();
        }
        p.intercept = *v;
    }
    if (!j.contains("weights")) {
        return p;
    }
    const QString wPath = child(path, QStringLiteral("weights"));
    const json& w = j.at("weights");
    if (!w.is_object()) {
        return pathError(wPath, tr("must be an object: fact name (or “fact=value”) → weight."));
    }
    for (auto it = w.begin(); it != w.end(); ++it) {
        const QString key = qs(it.key());
        const QString tPath = child(wPath, key);
        PropensityTerm term;
        const qsizetype eq = key.indexOf(QLatin1Char('='));
        term.fact = eq < 0 ? key : key.left(eq);
        term.equals = eq < 0 ? QString() : key.mid(eq + 1);
        const auto spec = factSpec(term.fact);
        if (!spec) {
            return pathError(tPath, tr("unknown fact “%1”.").arg(term.fact));
        }
        const bool stringish = spec->type == FactType::String || spec->type == FactType::List;
        if (stringish && eq < 0) {
            return pathError(
                tPath,
                tr("“%1” is a %2 fact; weigh a value of it as “%1=value”.").arg(term.fact, factTypeName(spec->type)));
        }
        if (!stringish && eq >= 0) {
            return pathError(tPath, tr("“fact=value” terms are for string and list facts."));
        }
        if (it.value().is_object()) {
            if (Status s = checkKeys(it.value(), tPath, {"weight", "cap"}); !s) {
                return s.error();
            }
            if (!it.value().contains("weight")) {
                return pathError(child(tPath, QStringLiteral("weight")), tr("is required."));
            }
            auto wv = number(it.value().at("weight"), child(tPath, QStringLiteral("weight")), -50, 50);
            if (!wv) {
                return wv.error();
            }
            term.weight = *wv;
            if (it.value().contains("cap")) {
                auto cap = number(it.value().at("cap"), child(tPath, QStringLiteral("cap")), -1e12, 1e12);
                if (!cap) {
                    return cap.error();
                }
                term.cap = *cap;
            }
        } else {
            auto wv = number(it.value(), tPath, -50, 50);
            if (!wv) {
                return wv.error();
            }
            term.weight = *wv;
        }
        p.terms << term;
    }
    return p;
}

Result<Action> parseAction(const json& j, const QString& path) {
    if (!j.is_object()) {
        return pathError(path, tr("an action must be a JSON object."));
    }
    if (Status s =
            checkKeys(j, path,
                      {"id", "enabled", "category", "title", "script", "eligibility", "value", "lever", "promotion",
                       "allow_with_complaint", "notice", "cooldown_days", "propensity", "context", "description"});
        !s) {
        return s.error();
    }
    Action a;
    for (const char* required : {"id", "category", "title", "script", "value"}) {
        if (!j.contains(required)) {
            return pathError(child(path, QLatin1String(required)), tr("is required."));
        }
    }
    const QString idPath = child(path, QStringLiteral("id"));
    if (!j.at("id").is_string() || !idPattern().match(qs(j.at("id").get<std::string>())).hasMatch()) {
        return pathError(idPath, tr("must be a short id of lower-case letters, digits, “_”, “.” or “-”."));
    }
    a.id = qs(j.at("id").get<std::string>());
    if (!j.at("category").is_string() || j.at("category").get<std::string>().empty()) {
        return pathError(child(path, QStringLiteral("category")), tr("must be a non-empty text."));
    }
    a.category = qs(j.at("category").get<std::string>());
    auto title = texts(j.at("title"), child(path, QStringLiteral("title")), false);
    if (!title) {
        return title.error();
    }
    a.title = *title;
    auto script = texts(j.at("script"), child(path, QStringLiteral("script")), true);
    if (!script) {
        return script.error();
    }
    a.script = *script;
    auto value = number(j.at("value"), child(path, QStringLiteral("value")), 0, 1e9);
    if (!value) {
        return value.error();
    }
    a.value = *value;
    if (j.contains("lever")) {
        auto lever = number(j.at("lever"), child(path, QStringLiteral("lever")), 0, 10);
        if (!lever) {
            return lever.error();
        }
        a.lever = *lever;
    }
    const std::pair<const char*, bool*> flags[] = {{"enabled", &a.enabled},
                                                   {"promotion", &a.promotion},
                                                   {"allow_with_complaint", &a.allowWithComplaint},
                                                   {"notice", &a.notice}};
    for (const auto& [key, target] : flags) {
        if (j.contains(key)) {
            auto b = boolean(j.at(key), child(path, QLatin1String(key)));
            if (!b) {
                return b.error();
            }
            *target = *b;
        }
    }
    if (j.contains("cooldown_days")) {
        auto d = integer(j.at("cooldown_days"), child(path, QStringLiteral("cooldown_days")), 0, 3650);
        if (!d) {
            return d.error();
        }
        a.cooldownDays = *d;
    }
    if (j.contains("eligibility")) {
        auto c = detail::parseCondition(j.at("eligibility"), child(path, QStringLiteral("eligibility")));
        if (!c) {
            return c.error();
        }
        a.eligibility = std::move(*c);
    }
    if (j.contains("propensity")) {
        auto p = propensity(j.at("propensity"), child(path, QStringLiteral("propensity")));
        if (!p) {
            return p.error();
        }
        a.propensity = *p;
    }
    if (j.contains("context")) {
        const QString cPath = child(path, QStringLiteral("context"));
        const json& c = j.at("context");
        if (!c.is_object()) {
            return pathError(cPath, tr("must be an object with “channel”, “reason” and/or “queue” weights."));
        }
        if (Status s = checkKeys(c, cPath, {"channel", "reason", "queue"}); !s) {
            return s.error();
        }
        const std::pair<const char*, QHash<QString, double>*> maps[] = {
            {"channel", &a.channelWeights}, {"reason", &a.reasonWeights}, {"queue", &a.queueWeights}};
        for (const auto& [key, target] : maps) {
            if (c.contains(key)) {
                auto w = weights(c.at(key), child(cPath, QLatin1String(key)));
                if (!w) {
                    return w.error();
                }
                *target = *w;
            }
        }
    }
    return a;
}

double lookupWeight(const QHash<QString, double>& weights, const QString& key) {
    if (weights.isEmpty()) {
        return 1;
    }
    if (!key.isEmpty()) {
        const auto it = weights.constFind(key);
        if (it != weights.cend()) {
            return it.value();
        }
    }
    return weights.value(QStringLiteral("*"), 1);
}

} // namespace

double Propensity::score(const Facts& facts) const {
    double z = intercept;
    for (const PropensityTerm& t : terms) {
        const FactValue* v = facts.find(t.fact);
        if (v == nullptr) {
            continue;
        }
        double x = 0;
        if (!t.equals.isEmpty()) {
            if (const QString* s = std::get_if<QString>(v)) {
                x = s->compare(t.equals, Qt::CaseInsensitive) == 0 ? 1 : 0;
            } else if (const QStringList* l = std::get_if<QStringList>(v)) {
                x = l->contains(t.equals, Qt::CaseInsensitive) ? 1 : 0;
            }
        } else if (const double* d = std::get_if<double>(v)) {
            x = *d;
        } else if (const bool* b = std::get_if<bool>(v)) {
            x = *b ? 1 : 0;
        }
        if (t.cap && x > *t.cap) {
            x = *t.cap;
        }
        z += t.weight * x;
    }
    return 1.0 / (1.0 + std::exp(-z));
}

double Action::contextWeight(const Facts& facts) const {
    return lookupWeight(channelWeights, facts.string(fact::Channel)) *
           lookupWeight(reasonWeights, facts.string(fact::CallReason)) *
           lookupWeight(queueWeights, facts.string(fact::Queue));
}

QString Action::titleIn(const QString& language) const {
    return title.value(language, title.value(QStringLiteral("en"), title.isEmpty() ? QString() : title.first()));
}

QString Action::scriptIn(const QString& language) const {
    return script.value(language, script.value(QStringLiteral("en"), script.isEmpty() ? QString() : script.first()));
}

Result<RulePack> RulePack::parse(const QByteArray& text) {
    const json j = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded()) {
        return Error{tr("The rule pack is not valid JSON."), QStringLiteral("json parse")};
    }
    if (!j.is_object()) {
        return pathError({}, tr("a rule pack must be a JSON object."));
    }
    if (Status s = checkKeys(j, {}, {"name", "version", "description", "policy", "actions"}); !s) {
        return s.error();
    }
    RulePack pack;
    if (!j.contains("name") || !j.at("name").is_string() || j.at("name").get<std::string>().empty()) {
        return pathError(QStringLiteral("/name"), tr("the pack needs a name."));
    }
    pack.m_name = qs(j.at("name").get<std::string>());
    if (j.contains("version")) {
        auto v = integer(j.at("version"), QStringLiteral("/version"), 1, 1000000);
        if (!v) {
            return v.error();
        }
        pack.m_version = *v;
    }
    if (j.contains("policy")) {
        const json& p = j.at("policy");
        const QString pPath = QStringLiteral("/policy");
        if (!p.is_object()) {
            return pathError(pPath, tr("must be an object."));
        }
        if (Status s = checkKeys(p, pPath,
                                 {"cooldown_days_after_accept", "max_dismissals", "dismissal_window_days",
                                  "snooze_minutes", "return_window_days", "poor_experience_days"});
            !s) {
            return s.error();
        }
        const std::tuple<const char*, int*, int, int> fields[] = {
            {"cooldown_days_after_accept", &pack.m_policy.cooldownDaysAfterAccept, 0, 3650},
            {"max_dismissals", &pack.m_policy.maxDismissals, 1, 1000},
            {"dismissal_window_days", &pack.m_policy.dismissalWindowDays, 1, 3650},
            {"snooze_minutes", &pack.m_policy.snoozeMinutes, 0, 7 * 24 * 60},
            {"return_window_days", &pack.m_policy.returnWindowDays, 0, 3650},
            {"poor_experience_days", &pack.m_policy.poorExperienceDays, 0, 3650},
        };
        for (const auto& [key, target, min, max] : fields) {
            if (p.contains(key)) {
                auto v = integer(p.at(key), child(pPath, QLatin1String(key)), min, max);
                if (!v) {
                    return v.error();
                }
                *target = *v;
            }
        }
    }
    if (!j.contains("actions") || !j.at("actions").is_array() || j.at("actions").empty()) {
        return pathError(QStringLiteral("/actions"), tr("the pack needs a non-empty array of actions."));
    }
    QSet<QString> ids;
    const json& actions = j.at("actions");
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const QString path = child(QStringLiteral("/actions"), i);
        auto a = parseAction(actions.at(i), path);
        if (!a) {
            return a.error();
        }
        if (ids.contains(a->id)) {
            return pathError(child(path, QStringLiteral("id")), tr("the id “%1” is used twice.").arg(a->id));
        }
        ids.insert(a->id);
        pack.m_actions << std::move(*a);
    }
    return pack;
}

Result<RulePack> RulePack::load(const QString& path) {
    initNbaResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The rule pack %1 could not be read.").arg(path), file.errorString()};
    }
    auto pack = parse(file.readAll());
    if (!pack) {
        return Error{tr("The rule pack %1 is not valid: %2").arg(path, pack.error().message), pack.error().detail};
    }
    return pack;
}

Result<QByteArray> RulePack::applyOverrides(const QByteArray& text, const QHash<QString, Override>& overrides) {
    // ordered_json keeps the keys in the order the author wrote them.
    nlohmann::ordered_json j =
        nlohmann::ordered_json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("actions") || !j.at("actions").is_array()) {
        return Error{tr("The rule pack is not valid JSON."), QStringLiteral("applyOverrides")};
    }
    QSet<QString> applied;
    for (nlohmann::ordered_json& a : j.at("actions")) {
        if (!a.is_object() || !a.contains("id") || !a.at("id").is_string()) {
            continue;
        }
        const QString id = qs(a.at("id").get<std::string>());
        const auto it = overrides.constFind(id);
        if (it == overrides.cend()) {
            continue;
        }
        if (it->enabled) {
            a["enabled"] = *it->enabled;
        }
        if (it->lever) {
            a["lever"] = *it->lever;
        }
        applied.insert(id);
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!applied.contains(it.key())) {
            return Error{tr("The rule pack has no action “%1”.").arg(it.key()), QStringLiteral("applyOverrides")};
        }
    }
    const QByteArray out = QByteArray::fromStdString(j.dump(2)) + '\n';
    if (auto check = parse(out); !check) {
        return check.error();
    }
    return out;
}

const Action* RulePack::action(const QString& id) const {
    for (const Action& a : m_actions) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

} // namespace c360::nba

#include "models/IdentityRules.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace c360 {

namespace {
using json = nlohmann::json;

QString str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
bool flag(const json& j, const char* key, bool fallback = false) {
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}
double number(const json& j, const char* key, double fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

// "shared_keys" in rules.json.
Status readSharedKeys(const json& sk, SharedKeyRule& out) {
    if (!sk.is_object()) {
        return Error{IdentityRules::tr("The identity rules are invalid: shared_keys is not an object."),
                     QStringLiteral("/shared_keys")};
    }
    if (const auto rule = sk.find("rule"); rule != sk.end()) {
        const QString name = rule->is_string() ? QString::fromStdString(rule->get<std::string>()).trimmed() : QString();
        if (name.isEmpty()) {
            return Error{IdentityRules::tr("The identity rules are invalid: shared_keys' rule is not a name."),
                         QStringLiteral("/shared_keys/rule")};
        }
        out.rule = name;
    }
    if (const auto elsewhere = sk.find("names_elsewhere"); elsewhere != sk.end()) {
        if (!elsewhere->is_boolean()) {
            return Error{
                IdentityRules::tr("The identity rules are invalid: shared_keys' names_elsewhere is true or false."),
                QStringLiteral("/shared_keys/names_elsewhere")};
        }
        out.namesElsewhere = elsewhere->get<bool>();
    }
    if (const auto tokens = sk.find("min_name_tokens"); tokens != sk.end()) {
        if (!tokens->is_number_integer() || tokens->get<int>() < 2 || tokens->get<int>() > 6) {
            return Error{IdentityRules::tr(
                             "The identity rules are invalid: shared_keys' min_name_tokens is a whole number from 2 "
                             "to 6 (a first name alone never links)."),
                         QStringLiteral("/shared_keys/min_name_tokens")};
        }
        out.minNameTokens = tokens->get<int>();
    }
    const QString action = str(sk, "action");
    if (sk.contains("action") && action != QLatin1String("link") && action != QLatin1String("review")) {
        return Error{
            IdentityRules::tr("The identity rules are invalid: shared_keys' action is link or review, not “%1”.")
                .arg(action),
            QStringLiteral("/shared_keys/action")};
    }
    out.link = action != QLatin1String("review");
    return {};
}

} // namespace

IdentityRules IdentityRules::defaults() {
    // Parsed once: every cache writer and aggregator starts from them.
    static const IdentityRules shipped = [] {
        QFile f(QStringLiteral(":/identity/rules.json"));
        if (f.open(QIODevice::ReadOnly)) {
            if (auto rules = fromJson(f.readAll())) {
                return *rules;
            }
        }
        IdentityRules r;
        r.emailProviders.insert(QStringLiteral("gmail.com"), {{}, true, true});
        r.emailProviders.insert(QStringLiteral("googlemail.com"), {QStringLiteral("gmail.com"), true, true});
        r.deterministic = {
            {QStringLiteral("crm_id"), QStringLiteral("crm_id"), true, 0, false, false, QStringLiteral("crm")},
            {QStringLiteral("wechat"), QStringLiteral("wechat"), true, 0, false, false, {}},
            {QStringLiteral("email"), QStringLiteral("email"), false, 3, true, false, {}},
            {QStringLiteral("phone"), QStringLiteral("phone"), false, 3, true, false, {}},
            {QStringLiteral("phone_digits"), QStringLiteral("phone_digits"), false, 3, true, true, {}}};
        r.survivorship.fields.insert(QStringLiteral("address"), SurvivorshipPolicy::MostRecent);
        return r;
    }();
    return shipped;
}

Result<IdentityRules> IdentityRules::fromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{tr("The identity rules file %1 could not be read.").arg(path), f.errorString()};
    }
    return fromJson(f.readAll());
}

Result<IdentityRules> IdentityRules::fromJson(const QByteArray& text) {
    const json j = json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return Error{tr("The identity rules are not valid JSON."), QStringLiteral("parse error")};
    }
    IdentityRules r;
    if (const auto email = j.find("email"); email != j.end() && email->is_object()) {
        if (const auto providers = email->find("providers"); providers != email->end() && providers->is_object()) {
            for (const auto& [domain, p] : providers->items()) {
                if (!p.is_object()) {
                    return Error{tr("The identity rules are invalid: provider %1 is not an object.")
                                     .arg(QString::fromStdString(domain)),
                                 QStringLiteral("/email/providers")};
                }
                r.emailProviders.insert(
                    QString::fromStdString(domain).toLower(),
                    {str(p, "canonical_domain").toLower(), flag(p, "strip_dots"), flag(p, "strip_plus_tag")});
            }
        }
    }
    if (const auto det = j.find("deterministic"); det != j.end() && det->is_array()) {
        for (const json& d : *det) {
            DeterministicRule rule{str(d, "rule"),
                                   str(d, "kind"),
                                   flag(d, "strong"),
                                   static_cast<int>(number(d, "max_distinct_names", 0)),
                                   flag(d, "require_compatible_names"),
                                   flag(d, "weak"),
                                   str(d, "source")};
            if (rule.kind.isEmpty()) {
                return Error{tr("The identity rules are invalid: a deterministic rule has no kind."),
                             QStringLiteral("/deterministic/kind")};
            }
            if (rule.rule.isEmpty()) {
                rule.rule = rule.kind;
            }
            r.deterministic << rule;
        }
    }
    if (const auto f = j.find("fuzzy"); f != j.end() && f->is_object()) {
        r.fuzzy.rule = str(*f, "rule").isEmpty() ? r.fuzzy.rule : str(*f, "rule");
        r.fuzzy.threshold = number(*f, "threshold", r.fuzzy.threshold);
        r.fuzzy.reviewThreshold = number(*f, "review_threshold", r.fuzzy.reviewThreshold);
        r.fuzzy.minNameSimilarity = number(*f, "min_name_similarity", r.fuzzy.minNameSimilarity);
        if (const auto w = f->find("weights"); w != f->end() && w->is_object()) {
            r.fuzzy.wName = number(*w, "name", r.fuzzy.wName);
            r.fuzzy.wEmailLocal = number(*w, "email_local", r.fuzzy.wEmailLocal);
            r.fuzzy.wPhoneTail = number(*w, "phone_tail", r.fuzzy.wPhoneTail);
            r.fuzzy.wCity = number(*w, "city", r.fuzzy.wCity);
            r.fuzzy.wBirthDate = number(*w, "birth_date", r.fuzzy.wBirthDate);
            r.fuzzy.wAddress = number(*w, "address", r.fuzzy.wAddress);
        }
        if (r.fuzzy.threshold <= 0 || r.fuzzy.threshold > 2 || r.fuzzy.reviewThreshold > r.fuzzy.threshold) {
            return Error{tr("The identity rules are invalid: the fuzzy thresholds are out of range."),
                         QStringLiteral("/fuzzy/threshold")};
        }
    }
    if (const auto n = j.find("names"); n != j.end() && n->is_object()) {
        r.names.nicknames = flag(*n, "nicknames", r.names.nicknames);
        r.names.firstNameOnly = flag(*n, "first_name_only", r.names.firstNameOnly);
        r.names.surnameChange = flag(*n, "surname_change", r.names.surnameChange);
        r.names.nameless = flag(*n, "nameless", r.names.nameless);
    }
    if (const auto sk = j.find("shared_keys"); sk != j.end()) {
        if (Status s = readSharedKeys(*sk, r.sharedKeys); !s) {
            return s.error();
        }
    }
    if (const auto d = j.find("duplicates"); d != j.end() && d->is_object()) {
        static const QStringList known{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("birth_date"),
                                       QStringLiteral("address")};
        if (const auto fields = d->find("fields"); fields != d->end()) {
            r.duplicates.fields.clear();
            for (const json& field : *fields) {
                const QString name = field.is_string() ? QString::fromStdString(field.get<std::string>()) : QString();
                if (!known.contains(name)) {
                    return Error{tr("The identity rules are invalid: duplicates can compare %1, not “%2”.")
                                     .arg(known.join(QStringLiteral(", ")), name),
                                 QStringLiteral("/duplicates/fields")};
                }
                r.duplicates.fields << name;
            }
        }
        const QString action = str(*d, "action");
        if (!action.isEmpty() && action != QLatin1String("link") && action != QLatin1String("review")) {
            return Error{
                tr("The identity rules are invalid: duplicates' action is link or review, not “%1”.").arg(action),
                QStringLiteral("/duplicates/action")};
        }
        r.duplicates.link = action != QLatin1String("review");
    }
    if (const auto sv = j.find("survivorship"); sv != j.end()) {
        if (!sv->is_object()) {
            return Error{tr("The identity rules are invalid: survivorship is not an object."),
                         QStringLiteral("/survivorship")};
        }
        if (const auto order = sv->find("source_order"); order != sv->end()) {
            if (!order->is_array()) {
                return Error{
                    tr("The identity rules are invalid: survivorship's source_order is not a list of sources."),
                    QStringLiteral("/survivorship/source_order")};
            }
            r.survivorship.sourceOrder.clear();
            for (const json& source : *order) {
                const QString name = source.is_string() ? QString::fromStdString(source.get<std::string>()) : QString();
                if (name.trimmed().isEmpty()) {
                    return Error{tr("The identity rules are invalid: survivorship's source_order lists an empty "
                                    "source."),
                                 QStringLiteral("/survivorship/source_order")};
                }
                r.survivorship.sourceOrder << name.trimmed();
            }
        }
        if (const auto fields = sv->find("fields"); fields != sv->end()) {
            if (!fields->is_object()) {
                return Error{tr("The identity rules are invalid: survivorship's fields is not an object."),
                             QStringLiteral("/survivorship/fields")};
            }
            for (const auto& [key, value] : fields->items()) {
                const QString field = QString::fromStdString(key);
                if (!Survivorship::knownFields().contains(field)) {
                    return Error{tr("The identity rules are invalid: survivorship has no field “%1” (fields: %2).")
                                     .arg(field, Survivorship::knownFields().join(QStringLiteral(", "))),
                                 QStringLiteral("/survivorship/fields/") + field};
                }
                const QString name = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
                const auto policy = Survivorship::policyFromName(name);
                if (!policy) {
                    return Error{tr("The identity rules are invalid: “%1” is not a survivorship policy for %2 "
                                    "(policies: most_recent, source_order, most_complete).")
                                     .arg(name, field),
                                 QStringLiteral("/survivorship/fields/") + field};
                }
                r.survivorship.fields.insert(field, *policy);
            }
        }
    }
    return r;
}

QString Survivorship::fingerprint() const {
    QStringList parts{sourceOrder.join(u'>')};
    for (const QString& field : knownFields()) {
        parts << field + u'=' + policyName(policyFor(field));
    }
    return parts.join(u'|');
}

QString Survivorship::explainGoldenField(const QString& column) const {
    return explain(policyFor(column == QLatin1String("display_name") ? QStringLiteral("name") : column));
}

int Survivorship::rank(const QString& source) const {
    const qsizetype i = sourceOrder.indexOf(source);
    return static_cast<int>(i < 0 ? sourceOrder.size() : i);
}

const QStringList& Survivorship::knownFields() {
    static const QStringList fields{QStringLiteral("name"),    QStringLiteral("email"),      QStringLiteral("phone"),
                                    QStringLiteral("address"), QStringLiteral("birth_date"), QStringLiteral("segment"),
                                    QStringLiteral("city")};
    return fields;
}

std::optional<SurvivorshipPolicy> Survivorship::policyFromName(const QString& name) {
    if (name == QLatin1String("most_recent")) {
        return SurvivorshipPolicy::MostRecent;
    }
    if (name == QLatin1String("source_order")) {
        return SurvivorshipPolicy::SourceOrder;
    }
    if (name == QLatin1String("most_complete")) {
        return SurvivorshipPolicy::MostComplete;
    }
    return std::nullopt;
}

QString Survivorship::policyName(SurvivorshipPolicy policy) {
    switch (policy) {
    case SurvivorshipPolicy::MostRecent:
        return QStringLiteral("most_recent");
    case SurvivorshipPolicy::MostComplete:
        return QStringLiteral("most_complete");
    case SurvivorshipPolicy::SourceOrder:
        break;
    }
    return QStringLiteral("source_order");
}

QString Survivorship::explain(SurvivorshipPolicy policy) const {
    switch (policy) {
    case SurvivorshipPolicy::MostRecent:
        return tr("the most recently updated record wins");
    case SurvivorshipPolicy::MostComplete:
        return tr("the most complete value wins");
    case SurvivorshipPolicy::SourceOrder:
        break;
    }
    return tr("the most trusted source wins (%1)").arg(sourceOrder.join(QStringLiteral(" > ")));
}

QString IdentityRules::emailKey(const QString& normalizedEmail) const {
    const qsizetype at = normalizedEmail.lastIndexOf(u'@');
    if (at <= 0) {
        return normalizedEmail;
    }
    QString local = normalizedEmail.left(at);
    QString domain = normalizedEmail.mid(at + 1);
    const auto it = emailProviders.constFind(domain);
    if (it == emailProviders.constEnd()) {
        return normalizedEmail;
    }
    if (it->stripPlusTag) {
        const qsizetype plus = local.indexOf(u'+');
        if (plus > 0) {
            local.truncate(plus);
        }
    }
    if (it->stripDots) {
        local.remove(u'.');
    }
    if (!it->canonicalDomain.isEmpty()) {
        domain = it->canonicalDomain;
    }
    return local + u'@' + domain;
}

const DeterministicRule* IdentityRules::ruleFor(const QString& kind) const {
    for (const DeterministicRule& r : deterministic) {
        if (r.kind == kind) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace c360

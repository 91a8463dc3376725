#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace c360 {

// Matching rules of identity resolution (resources/identity/rules.json, compiled in as
// :/identity/rules.json; a file with the same shape can replace it).
struct EmailProviderRule {
    QString canonicalDomain;   // e.g. googlemail.com -> gmail.com; empty: keep
    bool stripDots = false;    // "z.w@gmail.com" == "zw@gmail.com"
    bool stripPlusTag = false; // "zw+shop@gmail.com" == "zw@gmail.com"
};

struct DeterministicRule {
    QString rule;                        // name stored with each link: crm_id, wechat, email, phone
    QString kind;                        // key kind it links on
    bool strong = false;                 // an external id: two different values in one party never merge
    int maxDistinctNames = 0;            // > this many distinct names on one key value: not a linking key (0: no limit)
    bool requireCompatibleNames = false; // named records link through this key only when their names agree
    QString source; // crm_id: the source whose customer ids are the strong ids (orders' customer_id refer to it)
};

struct FuzzyRule {
    QString rule = QStringLiteral("fuzzy_name");
    double threshold = 0.9;       // link at or above
    double reviewThreshold = 0.7; // a suspected duplicate for review at or above (below threshold)
    double minNameSimilarity = 0.85;
    double wName = 0.6, wEmailLocal = 0.2, wPhoneTail = 0.2, wCity = 0.1;
    double wBirthDate = 0.2, wAddress = 0.15; // agreeing birth date / address; disagreeing ones veto the pair
};

// How names written on records sharing a key may differ and still agree ("names" in rules.json).
struct NameRules {
    bool nicknames = true;     // Bill / William (models/Nicknames.cpp)
    bool firstNameOnly = true; // "Liz" alone agrees with "Elizabeth Pennington"
    bool surnameChange = true; // same given name, new surname: only under a shared e-mail AND phone
    QString surnameChangeRule = QStringLiteral("surname_change");
};

// Two records of one system with different ids (two CRM customers) that agree on every listed field and
// on the name: one customer entered twice. "link" joins them (rule `rule`), "review" lists them as
// suspected duplicates. Either way they are never silently refused.
struct DuplicateRule {
    QString rule = QStringLiteral("duplicate");
    QStringList fields = {QStringLiteral("phone"), QStringLiteral("birth_date"), QStringLiteral("address")};
    bool link = true;
};

struct IdentityRules {
    Q_DECLARE_TR_FUNCTIONS(c360::IdentityRules)

public:
    QHash<QString, EmailProviderRule> emailProviders; // by lower-case domain
    QList<DeterministicRule> deterministic;
    FuzzyRule fuzzy;
    NameRules names;
    DuplicateRule duplicates;

    // The shipped rules (:/identity/rules.json), or built-in equivalents when the resource is absent.
    static IdentityRules defaults();
    static Result<IdentityRules> fromJson(const QByteArray& json);
    static Result<IdentityRules> fromFile(const QString& path);

    // A normalized address with the provider rules applied: "Z.W+shop@googlemail.com" -> "zw@gmail.com".
    QString emailKey(const QString& normalizedEmail) const;
    const DeterministicRule* ruleFor(const QString& kind) const;
};

} // namespace c360

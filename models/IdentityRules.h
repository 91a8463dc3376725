#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    bool weak = false; // evidence, not a key: links only records whose names agree (never a nameless one)
    QString source;    // crm_id: the source whose customer ids are the strong ids (orders' customer_id refer to it)
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
    // A record with no name on a number (a call) that several names share joins them once they turned out to be
    // one person (a surname change): a family's landline, several people, still links nobody.
    bool nameless = true;
};

// Records whose only keys are shared by many people (a shop's own support address or line: "shared" blocks) and
// a full name ("shared_keys" in rules.json). Among the records on the key, the one customer with the same full
// name (or its short form) is the customer the record was typed for; with namesElsewhere, a record whose full
// name matches no customer on the key joins the one customer anywhere whose records carry that full name (in
// any script; written in Han characters, with the same characters). Never on a first name alone, never when two
// customers carry the name (ambiguous: no link) or a birth date or address disagrees.
struct SharedKeyRule {
    QString rule = QStringLiteral("shared_key_name"); // stored with the links made away from the key
    bool namesElsewhere = true;
    int minNameTokens = 2; // a full name: at least this many tokens (>= 2)
    bool link = true;      // false ("action": "review"): listed as suspected duplicates, not linked
};

// Two records of one system with different ids (two CRM customers) that agree on every listed field and
// on the name: one customer entered twice. "link" joins them (rule `rule`), "review" lists them as
// suspected duplicates. Either way they are never silently refused.
struct DuplicateRule {
    QString rule = QStringLiteral("duplicate");
    QStringList fields = {QStringLiteral("phone"), QStringLiteral("birth_date"), QStringLiteral("address")};
    bool link = true;
};

// Survivorship: which of a party's values becomes the golden record's value, per field ("survivorship" in
// rules.json). MostRecent: the value of the most recently updated record; SourceOrder: the value from the most
// trusted source (sourceOrder, first is most trusted; unlisted sources after it, all equal), the most recent
// among them; MostComplete: the longest value (for names: the most words), the more trusted source on a tie.
enum class SurvivorshipPolicy { MostRecent, SourceOrder, MostComplete };

struct Survivorship {
    Q_DECLARE_TR_FUNCTIONS(c360::Survivorship)

public:
    QStringList sourceOrder = {QStringLiteral("crm"), QStringLiteral("shop"), QStringLiteral("helpdesk"),
                               QStringLiteral("contact")};
    QHash<QString, SurvivorshipPolicy> fields; // golden field (knownFields) -> policy; absent: SourceOrder

    SurvivorshipPolicy policyFor(const QString& field) const {
        return fields.value(field, SurvivorshipPolicy::SourceOrder);
    }
    // 0 for the most trusted source, sourceOrder.size() for a source the order does not list.
    int rank(const QString& source) const;
    // name, email, phone, address, birth_date, segment, city
    static const QStringList& knownFields();
    // "most_recent", "source_order", "most_complete" (as rules.json writes them); nullopt for anything else.
    static std::optional<SurvivorshipPolicy> policyFromName(const QString& name);
    static QString policyName(SurvivorshipPolicy policy);
    // Why a golden value won, for people: "the most recently updated record", "the most trusted source (crm,
    // shop, …)", "the most complete value".
    QString explain(SurvivorshipPolicy policy) const;
    // The whole policy in one line ("crm>shop>…|name=source_order|…"): stored with each golden record, so
    // that a changed policy recomputes the golden records it no longer describes.
    QString fingerprint() const;
    // The same for a golden-record column as party_field names it ("display_name" is the field "name").
    QString explainGoldenField(const QString& column) const;
};

struct IdentityRules {
    Q_DECLARE_TR_FUNCTIONS(c360::IdentityRules)

public:
    QHash<QString, EmailProviderRule> emailProviders; // by lower-case domain
    QList<DeterministicRule> deterministic;
    FuzzyRule fuzzy;
    NameRules names;
    SharedKeyRule sharedKeys;
    DuplicateRule duplicates;
    Survivorship survivorship;

    // The shipped rules (:/identity/rules.json), or built-in equivalents when the resource is absent.
    static IdentityRules defaults();
    static Result<IdentityRules> fromJson(const QByteArray& json);
    static Result<IdentityRules> fromFile(const QString& path);

    // A normalized address with the provider rules applied: "Z.W+shop@googlemail.com" -> "zw@gmail.com".
    QString emailKey(const QString& normalizedEmail) const;
    const DeterministicRule* ruleFor(const QString& kind) const;
};

} // namespace c360

#pragma once

#include "models/Result.h"
#include "models/nba/Condition.h"
#include "models/nba/Facts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace c360::nba {

// propensity = logistic(intercept + Σ weight · x), where x is a number fact's value, 1/0 for a
// bool fact, and for a "fact=value" term 1 when the string fact equals (or the list fact holds)
// the value. Absent facts contribute 0. A term may cap its input (x = min(x, cap)).
struct PropensityTerm {
    QString fact;
    QString equals; // for "fact=value" terms
    double weight = 0;
    std::optional<double> cap;
};

struct Propensity {
    double intercept = 0;
    QList<PropensityTerm> terms;
    double score(const Facts& facts) const;
};

// One next-best action of a pack.
struct Action {
    QString id;
    QMap<QString, QString> title;  // language ("en", "zh_CN", "zh_TW") -> text
    QMap<QString, QString> script; // may contain {fact} placeholders
    QString category;              // diversity key: "service", "retention", "loyalty", "sales", ...
    Condition eligibility;
    double value = 1; // business value
    double lever = 1; // supervisor's dial (0 switches the action off in practice)
    bool enabled = true;
    bool promotion = false;          // an offer: subject to the promotion guard of the contact policy
    bool allowWithComplaint = false; // the action is meant for customers with an open complaint/return
    bool notice = false;             // a notice for the agent (compliance): shown, never offered or answered
    std::optional<int> cooldownDays; // overrides the pack's cool-down after accept
    Propensity propensity;
    QHash<QString, double> channelWeights; // "*" is the default; missing → 1
    QHash<QString, double> reasonWeights;
    QHash<QString, double> queueWeights;

    double contextWeight(const Facts& facts) const;
    // The text in `language`, else en, else any.
    QString titleIn(const QString& language) const;
    QString scriptIn(const QString& language) const;
};

// The pack's contact policy settings.
struct PolicyConfig {
    int cooldownDaysAfterAccept = 7;
    int maxDismissals = 2;        // suppressed after this many dismissals...
    int dismissalWindowDays = 30; // ...within this many days
    int snoozeMinutes = 60;       // a dismissal or "later" hides the action this long (the call)
    int returnWindowDays = 14;    // promotions are held back this long after a return
    int poorExperienceDays = 30;  // ...and this long after an NPS of 0-6 or a CSAT of 1-2
};

class RulePack {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::RulePack)

public:
    // Parses and validates a pack; the error names the JSON pointer of the first problem.
    static Result<RulePack> parse(const QByteArray& json);
    // A file path or a resource (":/nba/retail.json").
    static Result<RulePack> load(const QString& path);
    static QString defaultPackPath() { return QStringLiteral(":/nba/retail.json"); }

    // Supervisor edits, applied to the pack's JSON text (everything else kept as written):
    // per action id, enabled and lever. The result is validated before it is returned.
    struct Override {
        std::optional<bool> enabled;
        std::optional<double> lever;
    };
    static Result<QByteArray> applyOverrides(const QByteArray& json, const QHash<QString, Override>& overrides);

    QString name() const { return m_name; }
    int version() const { return m_version; }
    const PolicyConfig& policy() const { return m_policy; }
    const QList<Action>& actions() const { return m_actions; }
    const Action* action(const QString& id) const;

    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}; }

private:
    QString m_name;
    int m_version = 1;
    PolicyConfig m_policy;
    QList<Action> m_actions;
};

} // namespace c360::nba

#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace c360 {

// One journey stage (aware → consider → purchase → onboard → engage → retain/expand by default).
struct JourneyStage {
    QString id;
    QMap<QString, QString> title; // language ("en", "zh_CN", "zh_TW") -> text
    QString titleIn(const QString& language) const;
};

// Moves a customer into `stage` when one of their timeline events matches: its kind is one of
// `kinds`, its title starts with one of `titlePrefixes` (any when empty), its summary starts with
// one of `summaryPrefixes` (any when empty), it is at least the `nth` event of its kind for this
// customer, and the customer already reached `minStage` (any when empty). Stages only move forward.
struct StageRule {
    QString stage;
    QStringList kinds;
    QStringList titlePrefixes;
    QStringList summaryPrefixes;
    int nth = 1;
    QString minStage;
};

// The input of stage assignment: one timeline event (in time order).
struct JourneyEventInput {
    QString kind;
    QString title;
    QString summary;
};

// resources/journey/stages.json: the stages, the rules that move a customer between them, the
// channel (swim-lane) of each event kind and the friction thresholds. Editable by supervisors.
class JourneyRules {
    Q_DECLARE_TR_FUNCTIONS(c360::JourneyRules)

public:
    static QString defaultPath(); // :/journey/stages.json
    static Result<JourneyRules> load(const QString& path);
    static Result<JourneyRules> fromJson(const QByteArray& json);

    const QList<JourneyStage>& stages() const { return m_stages; }
    const QList<StageRule>& rules() const { return m_rules; }
    int stageIndex(const QString& id) const; // -1 when unknown
    // The kinds any rule looks at (to read only those events).
    QStringList ruleKinds() const;
    // The swim-lane channel of an event kind ("phone", "chat", "email_sms"...); "other" when unmapped.
    QString channelOf(const QString& kind) const;
    const QStringList& channels() const { return m_channels; }

    // The stage index (-1: none yet) the customer is in after each event, events in time order.
    QList<int> assign(const QList<JourneyEventInput>& events) const;
    // Whether every rule reads these two events alike (the same kind, and each rule's title and summary prefixes
    // matched by both or by neither): an event whose text changed this way leaves every customer's stages as they were.
    bool alike(const JourneyEventInput& a, const JourneyEventInput& b) const;

    // Identifies these rules' content (SHA-1 of the compact JSON): stored stage history follows one set of rules.
    const QByteArray& fingerprint() const { return m_fingerprint; }

    int repeatContactDays() const { return m_repeatDays; }
    int channelSwitchHours() const { return m_switchHours; }
    int lateDeliveryDays() const { return m_lateDays; }

private:
    QList<JourneyStage> m_stages;
    QList<StageRule> m_rules;
    QStringList m_channels;
    QHash<QString, QString> m_channelOfKind;
    int m_repeatDays = 7;
    int m_switchHours = 48;
    int m_lateDays = 7;
    QByteArray m_fingerprint;
};

} // namespace c360

#include "models/JourneyRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace c360 {

namespace {

bool startsWithAny(const QString& text, const QStringList& prefixes) {
    return prefixes.isEmpty() || std::any_of(prefixes.begin(), prefixes.end(),
                                             [&](const QString& p) { return text.startsWith(p, Qt::CaseInsensitive); });
}

// Whether the event's title and summary meet the rule's prefixes (its kind, rank and stage aside).
bool textMatches(const StageRule& r, const JourneyEventInput& e) {
    return startsWithAny(e.title, r.titlePrefixes) && startsWithAny(e.summary, r.summaryPrefixes);
}

QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    if (v.isString()) {
        out << v.toString();
    }
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    out.removeAll(QString());
    return out;
}

Error invalid(const QString& what) {
    return Error{tr("The journey stage rules are not valid: %1").arg(what), what};
}

} // namespace

QString JourneyStage::titleIn(const QString& language) const {
    if (const auto it = title.find(language); it != title.end() && !it->isEmpty()) {
        return *it;
    }
    if (const auto it = title.find(QStringLiteral("en")); it != title.end() && !it->isEmpty()) {
        return *it;
    }
    return title.isEmpty() ? id : title.first();
}

QString JourneyRules::defaultPath() {
    return QStringLiteral(":/journey/stages.json");
}

Result<JourneyRules> JourneyRules::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The journey stage rules %1 could not be read.").arg(path), file.errorString()};
    }
    return fromJson(file.readAll());
}

Result<JourneyRules> JourneyRules::fromJson(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{tr("The journey stage rules are not valid JSON (at character %1).").arg(parseError.offset),
                     parseError.errorString()};
    }
    const QJsonObject root = doc.object();
    JourneyRules rules;
    rules.m_fingerprint =
        QCryptographicHash::hash(doc.toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex();
    for (const QJsonValue& v : root.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject o = v.toObject();
        JourneyStage stage;
        stage.id = o.value(QStringLiteral("id")).toString();
        if (stage.id.isEmpty()) {
            return invalid(tr("a stage has no \"id\""));
        }
        if (rules.stageIndex(stage.id) >= 0) {
            return invalid(tr("the stage \"%1\" is listed twice").arg(stage.id));
        }
        const QJsonObject title = o.value(QStringLiteral("title")).toObject();
        for (auto it = title.begin(); it != title.end(); ++it) {
            stage.title.insert(it.key(), it.value().toString());
        }
        rules.m_stages.append(stage);
    }
    if (rules.m_stages.isEmpty()) {
        return invalid(tr("\"stages\" lists no stage"));
    }
    int index = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("rules")).toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        StageRule rule;
        rule.stage = o.value(QStringLiteral("stage")).toString();
        rule.kinds = strings(o.value(QStringLiteral("kinds")));
        rule.titlePrefixes = strings(o.value(QStringLiteral("title_prefix")));
        rule.summaryPrefixes = strings(o.value(QStringLiteral("summary_prefix")));
        rule.nth = o.value(QStringLiteral("nth")).toInt(1);
        rule.minStage = o.value(QStringLiteral("min_stage")).toString();
        if (rules.stageIndex(rule.stage) < 0) {
            return invalid(tr("rule %1 moves into the unknown stage \"%2\"").arg(index).arg(rule.stage));
        }
        if (!rule.minStage.isEmpty() && rules.stageIndex(rule.minStage) < 0) {
            return invalid(tr("rule %1 names the unknown stage \"%2\"").arg(index).arg(rule.minStage));
        }
        if (rule.kinds.isEmpty()) {
            return invalid(tr("rule %1 names no event kind").arg(index));
        }
        if (rule.nth < 1) {
            return invalid(tr("rule %1 has \"nth\" below 1").arg(index));
        }
        rules.m_rules.append(rule);
    }
    const QJsonObject channels = root.value(QStringLiteral("channels")).toObject();
    rules.m_channels = strings(root.value(QStringLiteral("lanes")));
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QString lane = it.value().toString();
        rules.m_channelOfKind.insert(it.key(), lane);
        if (!rules.m_channels.contains(lane)) {
            rules.m_channels.append(lane);
        }
    }
    if (!rules.m_channels.contains(QStringLiteral("other"))) {
        rules.m_channels.append(QStringLiteral("other"));
    }
    const QJsonObject friction = root.value(QStringLiteral("friction")).toObject();
    rules.m_repeatDays = friction.value(QStringLiteral("repeat_contact_days")).toInt(7);
    rules.m_switchHours = friction.value(QStringLiteral("channel_switch_hours")).toInt(48);
    rules.m_lateDays = friction.value(QStringLiteral("late_delivery_days")).toInt(7);
    if (rules.m_repeatDays < 1 || rules.m_switchHours < 1 || rules.m_lateDays < 1) {
        return invalid(tr("the friction thresholds must be positive"));
    }
    return rules;
}

int JourneyRules::stageIndex(const QString& id) const {
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList JourneyRules::ruleKinds() const {
    QStringList out;
    for (const StageRule& r : m_rules) {
        for (const QString& k : r.kinds) {
            if (!out.contains(k)) {
                out << k;
            }
        }
    }
    return out;
}

QString JourneyRules::channelOf(const QString& kind) const {
    return m_channelOfKind.value(kind, QStringLiteral("other"));
}

bool JourneyRules::alike(const JourneyEventInput& a, const JourneyEventInput& b) const {
    return a.kind == b.kind && std::all_of(m_rules.cbegin(), m_rules.cend(), [&](const StageRule& r) {
               return !r.kinds.contains(a.kind) || textMatches(r, a) == textMatches(r, b);
           });
}

QList<int> JourneyRules::assign(const QList<JourneyEventInput>& events) const {
    QList<int> out;
    out.reserve(events.size());
    QHash<QString, int> seen; // events of each kind so far
    int current = -1;
    for (const JourneyEventInput& e : events) {
        const int nth = ++seen[e.kind];
        int next = current;
        for (const StageRule& r : m_rules) {
            const int target = stageIndex(r.stage);
            if (target <= next || !r.kinds.contains(e.kind) || nth < r.nth) {
                continue;
            }
            if (!r.minStage.isEmpty() && current < stageIndex(r.minStage)) {
                continue;
            }
            if (textMatches(r, e)) {
                next = target;
            }
        }
        current = next;
        out << current;
    }
    return out;
}

} // namespace c360

#include "models/ReportFacts.h"

#include "models/EventKinds.h"
#include "models/Log.h"
#include "models/SqlUtil.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace c360 {

namespace {

constexpr const char* kStageRulesKey = "stage_rules";

// One contact of the customer (a call, chat or WeChat event of any source) on the timeline.
struct Contact {
    qint64 at = 0;
    qint64 record = 0;
};

// Whether another record's contact lies in [from, until) of the time-ordered contacts.
bool otherContactIn(const std::vector<Contact>& contacts, qint64 from, qint64 until, qint64 record) {
    auto it =
        std::lower_bound(contacts.begin(), contacts.end(), from, [](const Contact& c, qint64 t) { return c.at < t; });
    for (; it != contacts.end() && it->at < until; ++it) {
        if (it->record != record) {
            return true;
        }
    }
    return false;
}

} // namespace

ReportFacts::ReportFacts(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (auto rules = JourneyRules::load(JourneyRules::defaultPath())) {
        m_rules = std::move(*rules);
    } else {
        qCWarning(lcStorage) << "no journey stage history is kept:" << rules.error().message;
    }
}

QByteArray ReportFacts::storedStageRules(const QSqlDatabase& db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT value FROM report_fact_state WHERE key = ?"))) {
        return {};
    }
    q.addBindValue(QString::fromLatin1(kStageRulesKey));
    if (!q.exec() || !q.next()) {
        return {};
    }
    return q.value(0).toString().toLatin1();
}

Status ReportFacts::run(QSqlQuery& q, std::initializer_list<QVariant> values) {
    if (!sql::exec(q, values)) {
        return sql::error(q, tr("The supervisors' report figures could not be updated in the local cache."));
    }
    return {};
}

Status ReportFacts::prepare() {
    if (m_prepared) {
        return {};
    }
    struct Prepared {
        QSqlQuery* q;
        const char* sql;
    };
    const Prepared statements[] = {
        // Through timeline_event_party, newest first; reversed in code.
        {&m_events, "SELECT record_id, occurred_ms, kind, title, coalesce(summary, '') FROM timeline_event "
                    "WHERE party_id = ? ORDER BY occurred_ms DESC, id DESC"},
        {&m_interactions,
         "SELECT i.record_id, i.occurred_ms, coalesce(i.queue, ''), coalesce(lower(i.channel), ''), "
         "coalesce(i.agent, ''), i.duration_seconds, i.wrap_up_seconds, coalesce(i.summary, '') FROM party_link pl "
         "JOIN interaction i ON i.record_id = pl.record_id WHERE pl.party_id = ? AND i.occurred_ms IS NOT NULL"},
        {&m_deleteContacts, "DELETE FROM contact_fact WHERE party_id = ?"},
        {&m_insertContact,
         "INSERT OR REPLACE INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
         "duration_seconds, wrap_up_seconds, reason, repeat_before, followed) VALUES(?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_deleteStages, "DELETE FROM party_stage WHERE party_id = ?"},
        {&m_insertStage, "INSERT OR IGNORE INTO party_stage(party_id, reached_ms, stage) VALUES(?,?,?)"},
    };
    for (const Prepared& p : statements) {
        *p.q = QSqlQuery(m_db);
        p.q->setForwardOnly(true);
        if (!p.q->prepare(QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The supervisors' report figures could not be prepared."));
        }
    }
    m_prepared = true;
    return {};
}

Status ReportFacts::refresh(const QList<qint64>& parties) {
    if (Status s = prepare(); !s) {
        return s;
    }
    if (!m_stagesChecked && m_rules) {
        m_stagesChecked = true;
        if (storedStageRules(m_db) != m_rules->fingerprint()) {
            // A cache migrated to v10 or shipped rules that changed: every customer's history, once.
            return rebuildAll();
        }
    }
    for (qint64 party : parties) {
        if (Status s = refreshOne(party); !s) {
            return s;
        }
    }
    return {};
}

Status ReportFacts::refreshOne(qint64 party) {
    for (QSqlQuery* q : {&m_deleteContacts, &m_deleteStages}) {
        if (Status s = run(*q, {party}); !s) {
            return s;
        }
    }
    // The customer's timeline, oldest first: contacts for the flags, rule events for the stages.
    if (Status s = run(m_events, {party}); !s) {
        return s;
    }
    struct Event {
        qint64 at;
        JourneyEventInput input;
    };
    std::vector<Contact> contacts;
    QList<Event> ruleEvents;
    const QStringList ruleKinds = m_rules ? m_rules->ruleKinds() : QStringList{};
    while (m_events.next()) {
        const QString kind = m_events.value(2).toString();
        const qint64 at = m_events.value(1).toLongLong();
        if (kind == kinds::Call || kind == kinds::Chat || kind == kinds::WeChat) {
            contacts.push_back({at, m_events.value(0).toLongLong()});
        }
        if (ruleKinds.contains(kind)) {
            ruleEvents.append({at, {kind, m_events.value(3).toString(), m_events.value(4).toString()}});
        }
    }
    m_events.finish();
    std::reverse(contacts.begin(), contacts.end());
    std::reverse(ruleEvents.begin(), ruleEvents.end());

    if (Status s = run(m_interactions, {party}); !s) {
        return s;
    }
    struct Row {
        QVariantList values;
    };
    QList<Row> rows;
    while (m_interactions.next()) {
        const qint64 record = m_interactions.value(0).toLongLong();
        const qint64 at = m_interactions.value(1).toLongLong();
        const bool before = otherContactIn(contacts, at - kRepeatWindowMs, at, record);
        const bool after = otherContactIn(contacts, at + 1, at + kRepeatWindowMs + 1, record);
        rows.append({{at, record, party, m_interactions.value(2), m_interactions.value(3), m_interactions.value(4),
                      m_interactions.value(5), m_interactions.value(6), m_interactions.value(7), before ? 1 : 0,
                      after ? 1 : 0}});
    }
    m_interactions.finish();
    for (const Row& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.values.size(); ++i) {
            m_insertContact.bindValue(static_cast<int>(i), row.values.at(i));
        }
        if (!m_insertContact.exec()) {
            return sql::error(m_insertContact,
                              tr("The supervisors' report figures could not be updated in the local cache."));
        }
    }

    if (!m_rules || ruleEvents.isEmpty()) {
        return {};
    }
    QList<JourneyEventInput> inputs;
    inputs.reserve(ruleEvents.size());
    for (const Event& e : std::as_const(ruleEvents)) {
        inputs.append(e.input);
    }
    const QList<int> stages = m_rules->assign(inputs);
    int current = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i) != current) {
            current = stages.at(i);
            if (Status s = run(m_insertStage, {party, ruleEvents.at(i).at, current}); !s) {
                return s;
            }
        }
    }
    return {};
}

Status ReportFacts::rebuildAll() {
    if (Status s = prepare(); !s) {
        return s;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM contact_fact")) || !q.exec(QStringLiteral("DELETE FROM party_stage")) ||
        !q.exec(QStringLiteral("DELETE FROM report_fact_state WHERE key = '%1'").arg(QLatin1String(kStageRulesKey)))) {
        return sql::error(q, tr("The supervisors' report figures could not be rebuilt."));
    }
    QList<qint64> parties;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM party ORDER BY id"))) {
        return sql::error(q, tr("The supervisors' report figures could not be rebuilt."));
    }
    while (q.next()) {
        parties.append(q.value(0).toLongLong());
    }
    q.finish();
    for (qint64 party : std::as_const(parties)) {
        if (Status s = refreshOne(party); !s) {
            return s;
        }
    }
    if (m_rules) {
        QSqlQuery state(m_db);
        if (!state.prepare(QStringLiteral("INSERT OR REPLACE INTO report_fact_state(key, value) VALUES(?, ?)"))) {
            return sql::error(state, tr("The supervisors' report figures could not be rebuilt."));
        }
        state.addBindValue(QString::fromLatin1(kStageRulesKey));
        state.addBindValue(QString::fromLatin1(m_rules->fingerprint()));
        if (!state.exec()) {
            return sql::error(state, tr("The supervisors' report figures could not be rebuilt."));
        }
    }
    m_stagesChecked = true;
    qCInfo(lcStorage) << "report facts rebuilt for" << parties.size() << "customers in" << timer.elapsed() << "ms";
    return {};
}

} // namespace c360

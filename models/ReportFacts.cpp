#include "models/ReportFacts.h"

#include "models/EventKinds.h"
#include "models/Log.h"
#include "models/SqlUtil.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>

namespace c360 {

namespace {

constexpr const char* kStageRulesKey = "stage_rules";

using Contact = ReportFacts::Contact;

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

// contact_fact's columns, in the order m_partyContacts reads them, m_insertContact writes them and updateContact()
// numbers them.
#define C360_CONTACT_COLUMNS                                                                                           \
    "occurred_ms, record_id, party_id, queue, channel, agent, duration_seconds, wrap_up_seconds, reason, "             \
    "repeat_before, followed, segment, prev_ms, prev_queue_ms, prev_agent_ms, prev_queue_agent_ms, prev_channel_ms, "  \
    "prev_channel_agent_ms, stage, next_stage_ms, reach0_ms, reach1_ms, reach2_ms, reach3_ms, reach4_ms, reach5_ms"
constexpr int kContactColumns = 26;

// The set-based twins of contact_fact's insert triggers (models/Migrations.cpp: contact_day since v11, served_day as of
// v14): the roll-up rows of the contacts in temp.contact_added, added to what the roll-ups hold. Written for the
// current shape of the roll-ups; TestCacheWriter::manyNewContactsRollUpAsOneByOne compares them with the triggers.
// clang-format off
#define C360_RF_DAY(ms) "((" ms " - ((" ms " % 86400000) + 86400000) % 86400000) / 86400000)"
#define C360_RF_NO_PREV_DAY "(-4611686018427387904)"
#define C360_RF_NO_NEXT_DAY "4611686018427387904"
#define C360_RF_REACH(s)                                                                                               \
    "CASE WHEN reach" s "_ms IS NULL THEN " C360_RF_NO_NEXT_DAY " WHEN " C360_RF_DAY("reach" s "_ms") " <= "          \
    C360_RF_DAY("occurred_ms") " THEN " C360_RF_NO_PREV_DAY " ELSE " C360_RF_DAY("reach" s "_ms") " END"
#define C360_RF_SERVED(g, value, prev)                                                                                 \
    "INSERT INTO served_day(grouping, value, day, prev_day, segment, reach0, reach1, reach2, reach3, reach4, reach5, " \
    "contacts) SELECT " g ", " value ", " C360_RF_DAY("occurred_ms") ", coalesce(" C360_RF_DAY(prev) ", "             \
    C360_RF_NO_PREV_DAY "), segment, " C360_RF_REACH("0") ", " C360_RF_REACH("1") ", " C360_RF_REACH("2") ", "        \
    C360_RF_REACH("3") ", " C360_RF_REACH("4") ", " C360_RF_REACH("5") ", count(*) FROM temp.contact_added WHERE ("  \
    prev " IS NULL OR " C360_RF_DAY(prev) " < " C360_RF_DAY("occurred_ms") ") GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, "   \
    "10, 11 ON CONFLICT DO UPDATE SET contacts = contacts + excluded.contacts"
// clang-format on
constexpr const char* kRollUpAdded[] = {
    "INSERT INTO contact_day(day, queue, channel, agent, reason, contacts, followed, repeats, handle_count, "
    "handle_sum, handle_max, wrap_count, wrap_sum) SELECT " C360_RF_DAY(
        "occurred_ms") ", queue, channel, agent, reason, count(*), sum(followed), sum(repeat_before), "
                       "count(duration_seconds), coalesce(sum(duration_seconds), 0), max(duration_seconds), "
                       "count(wrap_up_seconds), coalesce(sum(wrap_up_seconds), 0) FROM temp.contact_added WHERE true "
                       "GROUP BY 1, 2, 3, 4, 5 ON CONFLICT DO UPDATE SET contacts = contacts + excluded.contacts, "
                       "followed = followed + excluded.followed, repeats = repeats + excluded.repeats, "
                       "handle_count = handle_count + excluded.handle_count, handle_sum = handle_sum + "
                       "excluded.handle_sum, handle_max = CASE WHEN handle_max IS NULL OR excluded.handle_max > "
                       "handle_max THEN excluded.handle_max ELSE handle_max END, wrap_count = wrap_count + "
                       "excluded.wrap_count, wrap_sum = wrap_sum + excluded.wrap_sum",
    C360_RF_SERVED("0", "''", "prev_ms"),
    C360_RF_SERVED("1", "queue", "prev_queue_ms"),
    C360_RF_SERVED("2", "agent", "prev_agent_ms"),
};
#undef C360_RF_SERVED
#undef C360_RF_REACH
#undef C360_RF_NO_NEXT_DAY
#undef C360_RF_NO_PREV_DAY
#undef C360_RF_DAY
// The insert trigger each roll-up's statements of kRollUpAdded stand in for.
struct RollUpTrigger {
    const char* name;
    std::size_t first, count; // in kRollUpAdded
};
constexpr RollUpTrigger kInsertTriggers[] = {{"contact_day_insert", 0, 1}, {"served_day_insert", 1, 3}};

bool among(const std::vector<QByteArray>& list, QByteArrayView kind) {
    return std::find(list.cbegin(), list.cend(), kind) != list.cend();
}

const QStringList& contactColumns() {
    static const QStringList names = QString::fromLatin1(C360_CONTACT_COLUMNS).split(QStringLiteral(", "));
    return names;
}

} // namespace

ReportFacts::ReportFacts(QSqlDatabase db)
    : m_db(std::move(db))
    , m_updateContact(QStringLiteral("contact_fact"), contactColumns(),
                      QStringLiteral("occurred_ms = ? AND record_id = ?"),
                      tr("The supervisors' report figures could not be updated in the local cache."))
    , m_updateContactDetails(
          QStringLiteral("contact_fact"),
          {QStringLiteral("duration_seconds"), QStringLiteral("wrap_up_seconds"), QStringLiteral("reason")},
          QStringLiteral("record_id = ?"),
          tr("The supervisors' report figures could not be updated in the local cache.")) {
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

Status ReportFacts::run(sql::Statement& q, std::initializer_list<QVariant> values) {
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
        sql::Statement* q;
        const char* sql;
    };
    const Prepared statements[] = {
        // Through timeline_event_party, newest first; reversed in code.
        {&m_events, "SELECT record_id, occurred_ms, kind, title, coalesce(summary, '') FROM timeline_event "
                    "WHERE party_id = ? ORDER BY occurred_ms DESC, id DESC"},
        {&m_interactions,
         "SELECT i.record_id, i.occurred_ms, coalesce(i.queue, ''), coalesce(lower(i.channel), ''), "
         "coalesce(i.agent, ''), i.duration_seconds, i.wrap_up_seconds, coalesce(i.summary, '') FROM party_link pl "
         "JOIN interaction i ON i.record_id = pl.record_id WHERE pl.party_id = ? AND pl.entity = 'interaction' AND "
         "i.occurred_ms IS NOT NULL"},
        {&m_segment, "SELECT coalesce(segment, '') FROM party WHERE id = ?"},
        // The party's facts as stored, in m_insertContact's column order.
        {&m_partyContacts, "SELECT " C360_CONTACT_COLUMNS " FROM contact_fact WHERE party_id = ?"},
        // A record that moved from another customer whose facts are not recomputed yet (not a REPLACE: its delete
        // would not run contact_day's trigger).
        {&m_deleteContact, "DELETE FROM contact_fact WHERE record_id = ?"},
        {&m_insertContact, "INSERT INTO contact_fact(" C360_CONTACT_COLUMNS
                           ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_partyStages, "SELECT reached_ms, stage FROM party_stage WHERE party_id = ? ORDER BY reached_ms, stage"},
        {&m_deleteStage, "DELETE FROM party_stage WHERE party_id = ? AND reached_ms = ? AND stage = ?"},
        {&m_insertStage, "INSERT OR IGNORE INTO party_stage(party_id, reached_ms, stage) VALUES(?,?,?)"},
        // An interaction's stored fact against its row, as m_interactions reads it: whether it is in place (its
        // customer, time, queue, channel and agent) and whether its own columns differ.
        {&m_contactInPlace,
         "SELECT cf.party_id = ? AND cf.occurred_ms = i.occurred_ms AND cf.queue = coalesce(i.queue, '') AND "
         "cf.channel = coalesce(lower(i.channel), '') AND cf.agent = coalesce(i.agent, ''), cf.duration_seconds, "
         "cf.wrap_up_seconds, cf.reason, i.duration_seconds, i.wrap_up_seconds, coalesce(i.summary, '') FROM "
         "contact_fact cf JOIN interaction i ON i.record_id = cf.record_id WHERE cf.record_id = ?"},
    };
    for (const Prepared& p : statements) {
        if (!p.q->prepare(m_db, QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The supervisors' report figures could not be prepared."));
        }
    }
    m_prepared = true;
    return {};
}

bool ReportFacts::rebuildDue() {
    return !m_stagesChecked && m_rules && storedStageRules(m_db) != m_rules->fingerprint();
}

Status ReportFacts::withFacts(qint64 lo, qint64 hi, QSet<qint64>& out) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT party_id FROM timeline_event WHERE party_id BETWEEN ? AND ? UNION SELECT party_id FROM "
            "contact_fact WHERE party_id BETWEEN ? AND ? UNION SELECT party_id FROM party_stage WHERE party_id "
            "BETWEEN ? AND ? UNION SELECT pl.party_id FROM party_link pl JOIN interaction i ON i.record_id = "
            "pl.record_id WHERE pl.party_id BETWEEN ? AND ?")) ||
        !sql::exec(q, {lo, hi, lo, hi, lo, hi, lo, hi})) {
        return sql::error(q, tr("The supervisors' report figures could not be updated in the local cache."));
    }
    while (q.next()) {
        out.insert(q.value(0).toLongLong());
    }
    return {};
}

Status ReportFacts::readAhead(const QList<qint64>& parties, Prefetch& out) {
    if (Status s = prepare(); !s) {
        return s;
    }
    out = Prefetch();
    if (parties.isEmpty()) {
        return {};
    }
    out.lo = parties.constFirst();
    out.hi = parties.constLast();
    if (Status s = withFacts(out.lo, out.hi, out.counted); !s) {
        return s;
    }
    qsizetype events = 0;
    for (qint64 party : parties) {
        if (events >= kReadAheadEvents) {
            break; // the rest are read by refresh() itself
        }
        if (!out.counted.contains(party)) {
            continue;
        }
        Timeline& timeline = out.timelines[party];
        if (Status s = readTimeline(party, timeline); !s) {
            return s;
        }
        events += qsizetype(timeline.contacts.size()) + timeline.ruleEvents.size() + 1;
    }
    return {};
}

Status ReportFacts::refresh(const QList<qint64>& parties, bool many, const Prefetch* ahead) {
    if (Status s = prepare(); !s) {
        return s;
    }
    if (!m_stagesChecked && m_rules) {
        m_stagesChecked = true;
        if (storedStageRules(m_db) != m_rules->fingerprint()) {
            // A cache migrated to v10 or shipped rules that changed: every customer's history, once.
            if (Status s = rebuild(parties, true); !s) {
                return s;
            }
        }
    }
    // Many of the cache's customers (a full resolution): refreshOne writes nothing for a customer without timeline
    // events, interactions, contact facts or stage history (it finds nothing to delete, read or write), so only the
    // customers that have some are visited — one pass over those tables instead of some five statements per customer.
    // Over the span of ids the parties cover (a first sync's batch: a quarter of its customers), or as read ahead.
    std::optional<QSet<qint64>> counted;
    const QSet<qint64>* visit = nullptr;
    if (many && !parties.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(parties.cbegin(), parties.cend());
        if (ahead != nullptr && ahead->lo <= *lo && *hi <= ahead->hi) {
            visit = &ahead->counted;
        } else {
            ahead = nullptr;
            counted.emplace();
            if (Status s = withFacts(*lo, *hi, *counted); !s) {
                return s;
            }
            visit = &*counted;
        }
    } else {
        ahead = nullptr;
    }
    for (qint64 party : parties) {
        if (visit != nullptr && !visit->contains(party)) {
            continue;
        }
        const Timeline* timeline = nullptr;
        if (ahead != nullptr) {
            if (const auto it = ahead->timelines.constFind(party); it != ahead->timelines.constEnd()) {
                timeline = &*it;
            }
        }
        if (Status s = refreshOne(party, timeline); !s) {
            m_added.clear();
            return s;
        }
        if (m_added.size() >= m_addedBatch) {
            if (Status s = writeAdded(); !s) {
                return s;
            }
        }
    }
    return writeAdded();
}

Status ReportFacts::refreshOne(qint64 party, const Timeline* readAhead) {
    Timeline read;
    if (readAhead == nullptr) {
        if (Status s = readTimeline(party, read); !s) {
            return s;
        }
    }
    const Timeline& timeline = readAhead != nullptr ? *readAhead : read;
    const QList<StageTransition> transitions = stageTransitions(timeline);
    if (Status s = writeStages(party, transitions); !s) {
        return s;
    }
    return writeContacts(party, timeline.contacts, transitions);
}

Status ReportFacts::writeStages(qint64 party, const QList<StageTransition>& transitions) {
    // The history as stored: only the transitions that differ are removed or added (most of a sync's customers keep
    // theirs, or gain one).
    if (Status s = run(m_partyStages, {party}); !s) {
        return s;
    }
    std::vector<std::pair<qint64, int>> stored, next;
    while (m_partyStages.next()) {
        stored.emplace_back(m_partyStages.int64(0), static_cast<int>(m_partyStages.int64(1)));
    }
    m_partyStages.finish();
    for (const StageTransition& t : transitions) {
        next.emplace_back(t.at, t.stage);
    }
    std::sort(next.begin(), next.end());
    next.erase(std::unique(next.begin(), next.end()), next.end());
    std::vector<std::pair<qint64, int>> gone, added;
    std::set_difference(stored.cbegin(), stored.cend(), next.cbegin(), next.cend(), std::back_inserter(gone));
    std::set_difference(next.cbegin(), next.cend(), stored.cbegin(), stored.cend(), std::back_inserter(added));
    for (const auto& [at, stage] : gone) {
        if (Status s = run(m_deleteStage, {party, at, stage}); !s) {
            return s;
        }
    }
    for (const auto& [at, stage] : added) {
        if (Status s = run(m_insertStage, {party, at, stage}); !s) {
            return s;
        }
    }
    return {};
}

void ReportFacts::readKinds() {
    if (m_kindsRead) {
        return;
    }
    m_kindsRead = true;
    for (const QString& k : m_rules ? m_rules->ruleKinds() : QStringList{}) {
        m_ruleKinds.push_back(k.toUtf8());
    }
    for (const QString& k : {kinds::Call, kinds::Chat, kinds::WeChat}) {
        m_contactKinds.push_back(k.toUtf8());
    }
}

bool ReportFacts::readsKind(QByteArrayView kind) {
    readKinds();
    return among(m_contactKinds, kind) || among(m_ruleKinds, kind);
}

bool ReportFacts::readAlike(const QString& kind, const QString& titleWas, const QString& summaryWas,
                            const QString& title, const QString& summary) {
    const QByteArray utf8 = kind.toUtf8();
    if (!readsKind(utf8) || !among(m_ruleKinds, utf8)) {
        return true; // not read, or a contact only: its time and record are as they were
    }
    return m_rules && m_rules->alike({kind, titleWas, summaryWas}, {kind, title, summary});
}

Result<bool> ReportFacts::updateContactInPlace(qint64 record, qint64 party) {
    if (Status s = prepare(); !s) {
        return s.error();
    }
    if (Status s = run(m_contactInPlace, {party, record}); !s) {
        return s.error();
    }
    const bool found = m_contactInPlace.next();
    if (!found && m_contactInPlace.failed()) {
        return sql::error(m_contactInPlace,
                          tr("The supervisors' report figures could not be updated in the local cache."));
    }
    if (!found || m_contactInPlace.int64(0) != 1) { // a NULL (no time) is not in place either
        m_contactInPlace.finish();
        return false;
    }
    const QVariantList stored{m_contactInPlace.value(1), m_contactInPlace.value(2), m_contactInPlace.value(3)};
    const QVariantList next{m_contactInPlace.value(4), m_contactInPlace.value(5), m_contactInPlace.value(6)};
    m_contactInPlace.finish();
    // Its changed columns only, as writeContacts() updates a row.
    if (Status s = m_updateContactDetails.update(m_db, sql::ColumnUpdate::differing(stored, next), next, {record});
        !s) {
        return s.error();
    }
    return true;
}

Status ReportFacts::readTimeline(qint64 party, Timeline& out) {
    // The customer's timeline, oldest first: contacts for the flags, rule events for the stages.
    if (Status s = run(m_events, {party}); !s) {
        return s;
    }
    readKinds();
    // A customer's whole timeline (tens of thousands of events for some): each row's kind compared as stored.
    while (m_events.next()) {
        const QByteArrayView kind = m_events.utf8(2);
        const qint64 at = m_events.int64(1);
        if (among(m_contactKinds, kind)) {
            out.contacts.push_back({at, m_events.int64(0)});
        }
        if (among(m_ruleKinds, kind)) {
            out.ruleEvents.append({at, {QString::fromUtf8(kind), m_events.text(3), m_events.text(4)}});
        }
    }
    m_events.finish();
    std::reverse(out.contacts.begin(), out.contacts.end());
    std::reverse(out.ruleEvents.begin(), out.ruleEvents.end());
    return {};
}

QList<ReportFacts::StageTransition> ReportFacts::stageTransitions(const Timeline& timeline) const {
    QList<StageTransition> out;
    if (!m_rules || timeline.ruleEvents.isEmpty()) {
        return out;
    }
    QList<JourneyEventInput> inputs;
    inputs.reserve(timeline.ruleEvents.size());
    for (const RuleEvent& e : timeline.ruleEvents) {
        inputs.append(e.input);
    }
    const QList<int> stages = m_rules->assign(inputs);
    int current = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i) != current) {
            current = stages.at(i);
            out.append({timeline.ruleEvents.at(i).at, current});
        }
    }
    return out;
}

Status ReportFacts::writeContacts(qint64 party, const std::vector<Contact>& contacts,
                                  const QList<StageTransition>& transitions) {
    if (Status s = run(m_segment, {party}); !s) {
        return s;
    }
    const QString segment = m_segment.next() ? m_segment.value(0).toString() : QString();
    m_segment.finish();
    if (Status s = run(m_interactions, {party}); !s) {
        return s;
    }
    struct Row {
        qint64 at = 0;
        qint64 record = 0;
        QString queue, channel, agent;
        QVariant duration, wrapUp, reason;
    };
    std::vector<Row> rows;
    while (m_interactions.next()) {
        rows.push_back({m_interactions.value(1).toLongLong(), m_interactions.value(0).toLongLong(),
                        m_interactions.value(2).toString(), m_interactions.value(3).toString(),
                        m_interactions.value(4).toString(), m_interactions.value(5), m_interactions.value(6),
                        m_interactions.value(7)});
    }
    m_interactions.finish();
    // In time order, each contact's previous one of the same customer in each grouping (models/Migrations.cpp v11).
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return std::tie(a.at, a.record) < std::tie(b.at, b.record); });
    // The customer's stage schedule (models/Migrations.cpp v14): when it first reached each stage or a later one.
    std::array<QVariant, kReachStages> reach;
    for (const StageTransition& t : transitions) {
        for (int s = 0; s <= t.stage && s < kReachStages; ++s) {
            if (reach[s].isNull() || t.at < reach[s].toLongLong()) {
                reach[s] = t.at;
            }
        }
    }
    // The facts as stored: only the rows that change are written. Each row written or removed runs contact_day's and
    // served_day's triggers (some 150 µs a row), and a customer whose contacts stay as they were (an order of theirs
    // changed) is the common case of a sync.
    if (Status s = run(m_partyContacts, {party}); !s) {
        return s;
    }
    QHash<qint64, QVariantList> stored; // record -> its row
    while (m_partyContacts.next()) {
        QVariantList row;
        row.reserve(kContactColumns);
        for (int c = 0; c < kContactColumns; ++c) {
            row << m_partyContacts.value(c);
        }
        stored.insert(row.at(1).toLongLong(), std::move(row));
    }
    m_partyContacts.finish();
    constexpr int kChains = 6;
    std::array<QHash<QString, qint64>, kChains> last;
    const QChar sep(0x1f);
    for (const Row& row : rows) {
        const bool before = otherContactIn(contacts, row.at - kRepeatWindowMs, row.at, row.record);
        const bool after = otherContactIn(contacts, row.at + 1, row.at + kRepeatWindowMs + 1, row.record);
        const std::array<QString, kChains> keys{QString(),
                                                row.queue,
                                                row.agent,
                                                row.queue + sep + row.agent,
                                                row.queue + sep + row.channel,
                                                row.queue + sep + row.channel + sep + row.agent};
        QVariantList values{row.at,       row.record, party,      row.queue,      row.channel,   row.agent,
                            row.duration, row.wrapUp, row.reason, before ? 1 : 0, after ? 1 : 0, segment};
        for (int c = 0; c < kChains; ++c) {
            const auto it = last[c].constFind(keys[c]);
            values << (it == last[c].constEnd() ? QVariant() : QVariant(*it));
            last[c].insert(keys[c], row.at);
        }
        // The stage reached by the contact's time (the highest of the transitions up to it) and the next transition.
        QVariant stage, next;
        for (const StageTransition& t : transitions) {
            if (t.at <= row.at) {
                stage = std::max(stage.isNull() ? -1 : stage.toInt(), t.stage);
            } else if (next.isNull() || t.at < next.toLongLong()) {
                next = t.at;
            }
        }
        values << stage << next;
        for (const QVariant& r : reach) {
            values << r;
        }
        if (const auto it = stored.constFind(row.record); it != stored.constEnd()) {
            // Columns 0 and 1 are the row's key (time, record): a contact at the same time is updated in place, its
            // changed columns only. An UPDATE runs only the roll-ups' triggers on those columns, and writes only the
            // indexes that hold them: an interaction's new summary (its reason) is one row and its day's sums, where
            // a delete and an insert rewrote six indexes and a dozen roll-up rows.
            const quint64 changed = sql::ColumnUpdate::differing(*it, values, 2);
            const bool sameKey = sql::sameValue(it->at(0), values.at(0));
            stored.erase(it);
            if (changed == 0 && sameKey) {
                continue;
            }
            if (sameKey) {
                if (Status s = m_updateContact.update(m_db, changed, values, {values.at(0), values.at(1)}); !s) {
                    return s;
                }
                continue;
            }
        }
        if (Status s = run(m_deleteContact, {row.record}); !s) {
            return s;
        }
        m_added.push_back(std::move(values)); // written by writeAdded(), after the last customer
    }
    // Contacts the customer no longer has (moved to another customer, or no longer a dated interaction).
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (Status s = run(m_deleteContact, {it.key()}); !s) {
            return s;
        }
    }
    return {};
}

Status ReportFacts::writeAdded() {
    std::vector<QVariantList> added;
    added.swap(m_added);
    const QString failed = tr("The supervisors' report figures could not be updated in the local cache.");
    if (added.size() < std::size_t(kBulkContacts)) {
        // A few (an incremental sync's): row by row, the roll-ups following through contact_fact's triggers.
        for (const QVariantList& values : added) {
            if (!m_insertContact.exec(values)) {
                return sql::error(m_insertContact, failed);
            }
        }
        return {};
    }
    // Many (a first sync's customers, a rebuild): each row's triggers cost some 15 µs in upserts of roll-up rows
    // scattered over their indexes (a first sync of 100,000 customers: 296,532 contacts, 13.7 s). Instead the insert
    // triggers are set aside within a savepoint, the rows inserted in time order, and the roll-ups receive the sums of
    // the rows added, grouped by their keys (kRollUpAdded); the triggers are put back, word for word as stored, before
    // the savepoint is released. Another connection never sees the cache without them; a failure rolls all of it back.
    QSqlQuery q(m_db);
    const auto fail = [&](const QSqlQuery& query) {
        Status s = sql::error(query, failed);
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO report_bulk"));
        undo.exec(QStringLiteral("RELEASE report_bulk"));
        return s;
    };
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS contact_added AS SELECT " C360_CONTACT_COLUMNS
                               " FROM main.contact_fact WHERE 0")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.contact_added"))) {
        return sql::error(q, failed);
    }
    sql::Statement stage(m_db,
                         "INSERT INTO temp.contact_added(" C360_CONTACT_COLUMNS
                         ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         failed);
    if (!stage.prepared()) {
        return stage.error();
    }
    for (const QVariantList& values : added) {
        if (!stage.exec(values)) {
            return stage.error();
        }
    }
    added.clear();
    if (!q.exec(QStringLiteral("SAVEPOINT report_bulk"))) {
        return sql::error(q, failed);
    }
    // Each roll-up whose insert trigger the cache has (every cache since v14): the trigger as stored, set aside.
    std::vector<std::pair<const RollUpTrigger*, QString>> setAside;
    for (const RollUpTrigger& trigger : kInsertTriggers) {
        if (!q.prepare(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = ?"))) {
            return fail(q);
        }
        q.addBindValue(QString::fromLatin1(trigger.name));
        if (!q.exec()) {
            return fail(q);
        }
        const bool found = q.next();
        const QString sql = found ? q.value(0).toString() : QString();
        q.finish();
        if (!found) {
            continue;
        }
        if (!q.exec(QStringLiteral("DROP TRIGGER main.%1").arg(QLatin1String(trigger.name)))) {
            return fail(q);
        }
        setAside.emplace_back(&trigger, sql);
    }
    if (!q.exec(QStringLiteral("INSERT INTO main.contact_fact(" C360_CONTACT_COLUMNS ") SELECT " C360_CONTACT_COLUMNS
                               " FROM temp.contact_added ORDER BY occurred_ms, record_id"))) {
        return fail(q);
    }
    for (const auto& [trigger, sql] : setAside) {
        for (std::size_t i = trigger->first; i < trigger->first + trigger->count; ++i) {
            if (!q.exec(QString::fromLatin1(kRollUpAdded[i]))) {
                return fail(q);
            }
        }
        if (!q.exec(sql)) {
            return fail(q);
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM temp.contact_added")) || !q.exec(QStringLiteral("RELEASE report_bulk"))) {
        return fail(q);
    }
    return {};
}

Status ReportFacts::rebuild(const QList<qint64>& next, bool skipMarked) {
    if (Status s = prepare(); !s) {
        return s;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    // The roll-ups first: their triggers then find nothing to subtract for each contact deleted.
    if (!q.exec(QStringLiteral("DELETE FROM contact_day")) || !q.exec(QStringLiteral("DELETE FROM served_day")) ||
        !q.exec(QStringLiteral("DELETE FROM contact_fact")) || !q.exec(QStringLiteral("DELETE FROM party_stage")) ||
        !q.exec(QStringLiteral("DELETE FROM report_fact_state WHERE key = '%1'").arg(QLatin1String(kStageRulesKey)))) {
        return sql::error(q, tr("The supervisors' report figures could not be rebuilt."));
    }
    // Only customers with something to count: with the tables emptied above, refreshOne writes nothing for a customer
    // without timeline events or interactions (a first resolution of 200,000 customers spent most of its report
    // time on some five statements each that found nothing).
    QList<qint64> parties;
    q.setForwardOnly(true);
    // A first sync skips the customers it marked: they are recomputed (and their facts refreshed) right after.
    const QString counted =
        QStringLiteral("SELECT id FROM party WHERE id IN (SELECT party_id FROM timeline_event UNION "
                       "SELECT pl.party_id FROM party_link pl JOIN interaction i ON i.record_id = "
                       "pl.record_id WHERE i.occurred_ms IS NOT NULL)");
    if (!q.exec(counted + (skipMarked ? QStringLiteral(" AND id NOT IN (SELECT party_id FROM party_dirty) ORDER BY id")
                                      : QStringLiteral(" ORDER BY id")))) {
        return sql::error(q, tr("The supervisors' report figures could not be rebuilt."));
    }
    const QSet<qint64> refreshedNext(next.cbegin(), next.cend());
    while (q.next()) {
        const qint64 party = q.value(0).toLongLong();
        if (!refreshedNext.contains(party)) {
            parties.append(party);
        }
    }
    q.finish();
    for (qint64 party : std::as_const(parties)) {
        if (Status s = refreshOne(party); !s) {
            m_added.clear();
            return s;
        }
        if (m_added.size() >= m_addedBatch) {
            if (Status s = writeAdded(); !s) {
                return s;
            }
        }
    }
    if (Status s = writeAdded(); !s) {
        return s;
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
    qCInfo(lcStorage) << "report facts rebuilt for" << parties.size() << "customers with contacts or events in"
                      << timer.elapsed() << "ms";
    return {};
}

#undef C360_CONTACT_COLUMNS

} // namespace c360

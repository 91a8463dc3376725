#include "models/Migrations.h"

#include "models/Database.h"
#include "models/Log.h"
#include "models/PartyChanges.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <span>

namespace c360 {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

// One forward step: the statements that bring the schema from version - 1 to version.
// A new schema version appends a step; steps are never edited once released.
struct Step {
    int version;
    std::span<const char* const> statements;
};

// ---- cache -----------------------------------------------------------------------------------

constexpr const char* kCacheV1[] = {
    R"(CREATE TABLE source_record(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        stream TEXT NOT NULL,
        source_id TEXT NOT NULL CHECK (length(source_id) > 0),
        entity TEXT NOT NULL,
        updated_at INTEGER,
        deleted INTEGER NOT NULL DEFAULT 0,
        payload TEXT,
        fetched_at INTEGER NOT NULL,
        UNIQUE(source, stream, source_id)))",
    "CREATE INDEX source_record_live ON source_record(deleted, source, stream)",

    R"(CREATE TABLE record_key(
        record_id INTEGER NOT NULL REFERENCES source_record(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        linking INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(record_id, kind, value)) WITHOUT ROWID)",
    "CREATE INDEX record_key_lookup ON record_key(kind, value)",

    R"(CREATE TABLE party(
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',
        primary_email TEXT,
        primary_phone TEXT,
        segment TEXT,
        city TEXT,
        lifetime_value REAL NOT NULL DEFAULT 0,
        currency TEXT,
        order_count INTEGER NOT NULL DEFAULT 0,
        open_tickets INTEGER NOT NULL DEFAULT 0,
        last_contact_ms INTEGER,
        updated_ms INTEGER NOT NULL))",
    "CREATE INDEX party_name_key ON party(name_key)",

    R"(CREATE TABLE party_link(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL REFERENCES party(id),
        rule TEXT NOT NULL,
        linked_ms INTEGER NOT NULL))",
    "CREATE INDEX party_link_party ON party_link(party_id)",

    R"(CREATE TABLE customer_profile(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        name TEXT, first_name TEXT, last_name TEXT, email TEXT, phone TEXT, wechat_openid TEXT,
        segment TEXT, city TEXT, country TEXT, created_ms INTEGER))",
    R"(CREATE TABLE orders(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        number TEXT, placed_ms INTEGER, status TEXT, currency TEXT, total REAL,
        customer_id TEXT, name TEXT, email TEXT, phone TEXT))",
    R"(CREATE TABLE order_line(
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES orders(record_id) ON DELETE CASCADE,
        sku TEXT, title TEXT, quantity REAL, unit_price REAL))",
    "CREATE INDEX order_line_record ON order_line(record_id)",
    R"(CREATE TABLE return_item(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        number TEXT, order_number TEXT, created_ms INTEGER, amount REAL, currency TEXT,
        reason TEXT, status TEXT, name TEXT, email TEXT, phone TEXT))",
    R"(CREATE TABLE ticket(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        number TEXT, subject TEXT, status TEXT, priority TEXT, channel TEXT, created_ms INTEGER,
        name TEXT, email TEXT, phone TEXT, csat_score INTEGER, csat_comment TEXT, csat_ms INTEGER))",
    R"(CREATE TABLE ticket_comment(
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES ticket(record_id) ON DELETE CASCADE,
        author TEXT, body TEXT, created_ms INTEGER, public INTEGER))",
    "CREATE INDEX ticket_comment_record ON ticket_comment(record_id)",
    R"(CREATE TABLE campaign_touch(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        campaign_id TEXT, campaign_name TEXT, event_type TEXT, occurred_ms INTEGER,
        email TEXT, phone TEXT, url TEXT))",
    R"(CREATE TABLE interaction(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        channel TEXT, direction TEXT, occurred_ms INTEGER, duration_seconds INTEGER, agent TEXT,
        queue TEXT, summary TEXT, name TEXT, phone TEXT, email TEXT, wechat_openid TEXT))",

    R"(CREATE TABLE timeline_event(
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES party(id),
        record_id INTEGER NOT NULL REFERENCES source_record(id) ON DELETE CASCADE,
        occurred_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT,
        is_system INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX timeline_event_party ON timeline_event(party_id, occurred_ms DESC, id DESC)",
    "CREATE INDEX timeline_event_record ON timeline_event(record_id)",

    "CREATE VIRTUAL TABLE party_fts USING fts5(names, emails, phones, ids, tokenize='trigram')",

    R"(CREATE TABLE sync_state(
        source TEXT NOT NULL,
        stream TEXT NOT NULL,
        checkpoint TEXT,
        last_success INTEGER,
        last_attempt INTEGER,
        last_error TEXT,
        PRIMARY KEY(source, stream)))",

    R"(CREATE TABLE quarantine(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        stream TEXT NOT NULL,
        source_id TEXT,
        payload TEXT,
        error TEXT NOT NULL,
        at INTEGER NOT NULL))",
    "CREATE INDEX quarantine_stream ON quarantine(source, stream)",
};

// v2: per-party key tallies maintained incrementally by IdentityLinker, so that a page recomputes a
// party's golden record and search row from its distinct keys (not from every linked record), and
// the entity of each link, so that a party's orders/tickets/profile are reached without visiting
// its other (e.g. 50,000 marketing) records.
constexpr const char* kCacheV2[] = {
    "ALTER TABLE party_link ADD COLUMN entity TEXT NOT NULL DEFAULT ''",
    R"(UPDATE party_link SET entity = coalesce((SELECT sr.entity FROM source_record sr WHERE sr.id =
        party_link.record_id), ''))",
    "DROP INDEX party_link_party",
    "CREATE INDEX party_link_party ON party_link(party_id, entity)",
    R"(CREATE TABLE party_key(
        party_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        records INTEGER NOT NULL,
        first_record INTEGER NOT NULL,
        last_ms INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(party_id, kind, value)) WITHOUT ROWID)",
    R"(INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms)
        SELECT pl.party_id, rk.kind, rk.value, count(*), min(rk.record_id), max(coalesce(sr.updated_at, 0))
        FROM record_key rk JOIN party_link pl ON pl.record_id = rk.record_id
        JOIN source_record sr ON sr.id = rk.record_id
        WHERE rk.kind <> 'source_id' GROUP BY pl.party_id, rk.kind, rk.value)",
};

// v3: identity resolution — each link's score and evidence; keys the resolver found unsafe to link on
// (shared by many distinct names, or by people it keeps apart), which the incremental linker skips;
// supervisor merge/split decisions (addressed by source ids, since record ids are cache-local, with an
// idempotency key and a pushed_ms column so that the outbox can push them later); and the winning
// value and source of each golden-record field.
constexpr const char* kCacheV3[] = {
    "ALTER TABLE party_link ADD COLUMN score REAL NOT NULL DEFAULT 1",
    "ALTER TABLE party_link ADD COLUMN evidence TEXT",
    R"(CREATE TABLE identity_key_block(
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        reason TEXT NOT NULL,
        distinct_names INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(kind, value)) WITHOUT ROWID)",
    R"(CREATE TABLE identity_decision(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        a_source TEXT NOT NULL, a_stream TEXT NOT NULL, a_source_id TEXT NOT NULL,
        b_source TEXT, b_stream TEXT, b_source_id TEXT,
        actor TEXT NOT NULL,
        reason TEXT,
        created_ms INTEGER NOT NULL,
        revoked_ms INTEGER,
        idempotency_key TEXT NOT NULL UNIQUE,
        pushed_ms INTEGER,
        CHECK (kind = 'split' OR b_source_id IS NOT NULL)))",
    "CREATE INDEX identity_decision_pending ON identity_decision(pushed_ms, id)",
    R"(CREATE TABLE party_field(
        party_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        value TEXT,
        source TEXT,
        record_id INTEGER,
        PRIMARY KEY(party_id, field)) WITHOUT ROWID)",
};

// v4: the agents' answers to next-best-action prompts (contact policy, pushed via the outbox).
// IF NOT EXISTS: the NBA engine created the same table itself before this step existed.
constexpr const char* kCacheV4[] = {
    R"(CREATE TABLE IF NOT EXISTS nba_feedback(
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL,
        action_id TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'dismissed', 'later')),
        reason TEXT,
        call_reason TEXT,
        channel TEXT,
        queue TEXT,
        pack TEXT,
        at_ms INTEGER NOT NULL,
        pushed_ms INTEGER,
        CHECK (outcome <> 'dismissed' OR coalesce(length(reason), 0) > 0)))",
    "CREATE INDEX IF NOT EXISTS nba_feedback_party ON nba_feedback(party_id, at_ms)",
    "CREATE INDEX IF NOT EXISTS nba_feedback_unpushed ON nba_feedback(id) WHERE pushed_ms IS NULL",
};

// v5: the facts next-best actions hinge on. Consent and time zone as mapped customer fields; an
// order's promised, shipped and delivered dates; a return's refund status, due date and payment;
// a ticket's category; surveys (NPS/CSAT) and abandoned carts as record kinds of their own; the
// propensity learned from agents' answers per action × segment × call reason; an index for the
// lifetime-value percentile.
constexpr const char* kCacheV5[] = {
    "ALTER TABLE customer_profile ADD COLUMN timezone TEXT",
    "ALTER TABLE customer_profile ADD COLUMN do_not_contact INTEGER",
    "ALTER TABLE customer_profile ADD COLUMN email_unsubscribed INTEGER",
    "ALTER TABLE customer_profile ADD COLUMN marketing_consent INTEGER",
    "ALTER TABLE orders ADD COLUMN promised_ms INTEGER",
    "ALTER TABLE orders ADD COLUMN shipped_ms INTEGER",
    "ALTER TABLE orders ADD COLUMN delivered_ms INTEGER",
    "ALTER TABLE return_item ADD COLUMN refund_status TEXT",
    "ALTER TABLE return_item ADD COLUMN refund_due_ms INTEGER",
    "ALTER TABLE return_item ADD COLUMN refunded_ms INTEGER",
    "ALTER TABLE ticket ADD COLUMN category TEXT",
    R"(CREATE TABLE survey(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        survey_type TEXT, score REAL, answered_ms INTEGER, comment TEXT, email TEXT, phone TEXT))",
    R"(CREATE TABLE cart(
        record_id INTEGER PRIMARY KEY REFERENCES source_record(id) ON DELETE CASCADE,
        created_ms INTEGER, status TEXT, currency TEXT, total REAL, items TEXT, email TEXT, phone TEXT))",
    R"(CREATE TABLE nba_learning(
        action_id TEXT NOT NULL,
        segment TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        accepted REAL NOT NULL DEFAULT 0,
        dismissed REAL NOT NULL DEFAULT 0,
        updated_ms INTEGER NOT NULL,
        PRIMARY KEY(action_id, segment, reason)) WITHOUT ROWID)",
    "CREATE INDEX party_lifetime_value ON party(lifetime_value)",
};

// v6: supervisor reports — contacts of a period (optionally of one queue or agent) and prompt answers of a
// period, read by range instead of by a scan of every interaction / answer.
constexpr const char* kCacheV6[] = {
    "CREATE INDEX IF NOT EXISTS interaction_occurred ON interaction(occurred_ms)",
    "CREATE INDEX IF NOT EXISTS interaction_queue ON interaction(queue, occurred_ms)",
    "CREATE INDEX IF NOT EXISTS interaction_agent ON interaction(agent, occurred_ms)",
    "CREATE INDEX IF NOT EXISTS nba_feedback_at ON nba_feedback(at_ms)",
};

// v7: bulk sync — the parties whose golden record / aggregates / search row a sync has still to recompute.
// A page marks the parties it touched in its own transaction; the sync recomputes each marked party once
// (not once per page that touched it) and clears the mark in the same transaction, so a run killed in
// between leaves the marks for the next run to finish.
constexpr const char* kCacheV7[] = {
    "CREATE TABLE party_dirty(party_id INTEGER PRIMARY KEY)",
};

// v8: the role the backend granted at the last sign-in, so that it holds offline (models/RoleGrant.h).
constexpr const char* kCacheV8[] = {
    R"(CREATE TABLE signed_in_user(
        id INTEGER PRIMARY KEY CHECK (id = 1),
        user TEXT NOT NULL,
        display_name TEXT,
        role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'field', 'auditor')),
        source TEXT NOT NULL,
        signed_in_ms INTEGER NOT NULL))",
};

// v9: what vendor writes change on an order and the agent needs to see after the next sync — the shipping address
// (Shopify) and the amount already refunded (Stripe); the author of a timeline event given by reference.
constexpr const char* kCacheV9[] = {
    "ALTER TABLE orders ADD COLUMN ship_address TEXT",
    "ALTER TABLE orders ADD COLUMN refunded REAL",
    // Who wrote a record that names its author only by reference (a Zendesk comment's author_id): the
    // author's record of the same source, resolved to its name when shown (never a link).
    "ALTER TABLE timeline_event ADD COLUMN actor_stream TEXT",
    "ALTER TABLE timeline_event ADD COLUMN actor_id TEXT",
};

// v10: supervisors' dashboards at scale (models/ReportFacts.h) and two figures they lacked: the agent's
// after-contact (wrap-up) time of an interaction, and the agent who answered a prompt. contact_fact: the contacts of a
// period read by one range of its clustered key; its flags are derived here from the timeline the way the reports
// derived them per query (another call/chat/WeChat of the customer within 7 days before / after).
// party_stage: journey-stage transitions, filled by ReportFacts under the shipped rules.
constexpr const char* kCacheV10[] = {
    "ALTER TABLE interaction ADD COLUMN wrap_up_seconds INTEGER",
    "ALTER TABLE nba_feedback ADD COLUMN agent TEXT",
    "CREATE INDEX nba_feedback_agent ON nba_feedback(agent, at_ms)",
    R"(CREATE TABLE contact_fact(
        occurred_ms INTEGER NOT NULL,
        record_id INTEGER NOT NULL UNIQUE REFERENCES source_record(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL,
        queue TEXT NOT NULL, channel TEXT NOT NULL, agent TEXT NOT NULL,
        duration_seconds INTEGER, wrap_up_seconds INTEGER, reason TEXT NOT NULL,
        repeat_before INTEGER NOT NULL, followed INTEGER NOT NULL,
        PRIMARY KEY(occurred_ms, record_id)) WITHOUT ROWID)",
    "CREATE INDEX contact_fact_party ON contact_fact(party_id)",
    R"(CREATE TABLE party_stage(
        party_id INTEGER NOT NULL, reached_ms INTEGER NOT NULL, stage INTEGER NOT NULL,
        PRIMARY KEY(party_id, reached_ms, stage)) WITHOUT ROWID)",
    "CREATE TABLE report_fact_state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    R"(INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, duration_seconds,
                                wrap_up_seconds, reason, repeat_before, followed)
       SELECT i.occurred_ms, i.record_id, pl.party_id, coalesce(i.queue, ''), coalesce(lower(i.channel), ''),
              coalesce(i.agent, ''), i.duration_seconds, NULL, coalesce(i.summary, ''),
              EXISTS (SELECT 1 FROM timeline_event t WHERE t.party_id = pl.party_id
                      AND t.kind IN ('call', 'chat', 'wechat') AND t.record_id <> i.record_id
                      AND t.occurred_ms < i.occurred_ms AND t.occurred_ms >= i.occurred_ms - 604800000),
              EXISTS (SELECT 1 FROM timeline_event t WHERE t.party_id = pl.party_id
                      AND t.kind IN ('call', 'chat', 'wechat') AND t.record_id <> i.record_id
                      AND t.occurred_ms > i.occurred_ms AND t.occurred_ms <= i.occurred_ms + 604800000)
       FROM interaction i JOIN party_link pl ON pl.record_id = i.record_id WHERE i.occurred_ms IS NOT NULL)",
};

// v11: the dashboards' period figures at 100,000 customers without reading every contact of the period
// (models/ReportFacts.h). contact_fact gains, per contact, the time of the same customer's previous contact in each
// grouping a report counts distinct customers by (any; same queue; same agent; same queue and agent; same queue and
// channel; same queue, channel and agent) — a period's distinct customers are its contacts whose previous one lies
// before the period, counted in an index — the customer's segment, and the journey stage reached by the contact's
// time with the time of the next stage transition. contact_day sums the contacts per UTC day, queue, channel,
// agent and reason; triggers keep it equal to contact_fact whatever writes it (a sync's recompute, a deleted record's
// cascade, a rebuild).
// clang-format off
#define C360_DAY(ms) "((" ms " - ((" ms " % 86400000) + 86400000) % 86400000) / 86400000)"
#define C360_DAY_KEY(row)                                                                                              \
    "day = " C360_DAY(row ".occurred_ms") " AND queue = " row ".queue AND channel = " row ".channel"                   \
    " AND agent = " row ".agent AND reason = " row ".reason"
#define C360_DAY_ADD(row)                                                                                              \
    "INSERT INTO contact_day(day, queue, channel, agent, reason, contacts, followed, repeats, handle_count,"           \
    " handle_sum, handle_max, wrap_count, wrap_sum) VALUES(" C360_DAY(row ".occurred_ms") ", " row ".queue, "         \
    row ".channel, " row ".agent, " row ".reason, 1, " row ".followed, " row ".repeat_before, "                        \
    row ".duration_seconds IS NOT NULL, coalesce(" row ".duration_seconds, 0), " row ".duration_seconds, "             \
    row ".wrap_up_seconds IS NOT NULL, coalesce(" row ".wrap_up_seconds, 0))"                                          \
    " ON CONFLICT DO UPDATE SET contacts = contacts + 1, followed = followed + excluded.followed,"                     \
    " repeats = repeats + excluded.repeats, handle_count = handle_count + excluded.handle_count,"                      \
    " handle_sum = handle_sum + excluded.handle_sum, handle_max = CASE WHEN handle_max IS NULL"                        \
    " OR excluded.handle_max > handle_max THEN excluded.handle_max ELSE handle_max END,"                               \
    " wrap_count = wrap_count + excluded.wrap_count, wrap_sum = wrap_sum + excluded.wrap_sum;"
// The longest handle time of a day's group is looked up again (in contact_fact_agent) only when the contact that
// held it goes.
#define C360_DAY_REMOVE(row)                                                                                           \
    "UPDATE contact_day SET contacts = contacts - 1, followed = followed - " row ".followed,"                          \
    " repeats = repeats - " row ".repeat_before,"                                                                      \
    " handle_count = handle_count - (" row ".duration_seconds IS NOT NULL),"                                          \
    " handle_sum = handle_sum - coalesce(" row ".duration_seconds, 0),"                                               \
    " handle_max = CASE WHEN " row ".duration_seconds >= handle_max THEN (SELECT max(c.duration_seconds)"             \
    " FROM contact_fact c WHERE c.agent = " row ".agent AND c.queue = " row ".queue AND c.channel = " row ".channel"  \
    " AND c.occurred_ms >= contact_day.day * 86400000 AND c.occurred_ms < contact_day.day * 86400000 + 86400000"      \
    " AND c.reason = " row ".reason) ELSE handle_max END,"                                                            \
    " wrap_count = wrap_count - (" row ".wrap_up_seconds IS NOT NULL),"                                               \
    " wrap_sum = wrap_sum - coalesce(" row ".wrap_up_seconds, 0) WHERE " C360_DAY_KEY(row) ";"                        \
    " DELETE FROM contact_day WHERE " C360_DAY_KEY(row) " AND contacts <= 0;"
// clang-format on

constexpr const char* kCacheV11[] = {
    R"(CREATE TABLE contact_fact_v11(
        occurred_ms INTEGER NOT NULL,
        record_id INTEGER NOT NULL UNIQUE REFERENCES source_record(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL,
        queue TEXT NOT NULL, channel TEXT NOT NULL, agent TEXT NOT NULL,
        duration_seconds INTEGER, wrap_up_seconds INTEGER, reason TEXT NOT NULL,
        repeat_before INTEGER NOT NULL, followed INTEGER NOT NULL,
        segment TEXT NOT NULL DEFAULT '',
        prev_ms INTEGER, prev_queue_ms INTEGER, prev_agent_ms INTEGER, prev_queue_agent_ms INTEGER,
        prev_channel_ms INTEGER, prev_channel_agent_ms INTEGER,
        stage INTEGER, next_stage_ms INTEGER,
        PRIMARY KEY(occurred_ms, record_id)) WITHOUT ROWID)",
    R"(INSERT INTO contact_fact_v11
       SELECT c.occurred_ms, c.record_id, c.party_id, c.queue, c.channel, c.agent, c.duration_seconds,
              c.wrap_up_seconds, c.reason, c.repeat_before, c.followed, coalesce(p.segment, ''),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id ORDER BY c.occurred_ms, c.record_id),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id, c.queue ORDER BY c.occurred_ms, c.record_id),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id, c.agent ORDER BY c.occurred_ms, c.record_id),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id, c.queue, c.agent ORDER BY c.occurred_ms, c.record_id),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id, c.queue, c.channel ORDER BY c.occurred_ms, c.record_id),
              lag(c.occurred_ms) OVER (PARTITION BY c.party_id, c.queue, c.channel, c.agent
                                       ORDER BY c.occurred_ms, c.record_id),
              (SELECT max(s.stage) FROM party_stage s WHERE s.party_id = c.party_id AND s.reached_ms <= c.occurred_ms),
              (SELECT min(s.reached_ms) FROM party_stage s WHERE s.party_id = c.party_id
                                                            AND s.reached_ms > c.occurred_ms)
       FROM contact_fact c LEFT JOIN party p ON p.id = c.party_id ORDER BY c.occurred_ms, c.record_id)",
    "DROP TABLE contact_fact",
    "ALTER TABLE contact_fact_v11 RENAME TO contact_fact",
    "CREATE INDEX contact_fact_party ON contact_fact(party_id)",
    // Distinct customers per queue and channel of a period (the contacts report), of all agents or one.
    "CREATE INDEX contact_fact_channel ON contact_fact(queue, channel, occurred_ms, prev_channel_ms)",
    "CREATE INDEX contact_fact_agent ON contact_fact(agent, queue, channel, occurred_ms, prev_channel_agent_ms)",
    // The customers served in a period (stages, segments): the period's first contact of each, with what those
    // reports read, per filter.
    "CREATE INDEX contact_fact_served ON contact_fact(occurred_ms, prev_ms, segment, stage, next_stage_ms, party_id)",
    "CREATE INDEX contact_fact_queue_served ON contact_fact(queue, occurred_ms, prev_queue_ms, segment, stage, "
    "next_stage_ms, party_id)",
    "CREATE INDEX contact_fact_agent_served ON contact_fact(agent, occurred_ms, prev_agent_ms, queue, "
    "prev_queue_agent_ms, segment, stage, next_stage_ms, party_id)",
    R"(CREATE TABLE contact_day(
        day INTEGER NOT NULL, queue TEXT NOT NULL, channel TEXT NOT NULL, agent TEXT NOT NULL, reason TEXT NOT NULL,
        contacts INTEGER NOT NULL, followed INTEGER NOT NULL, repeats INTEGER NOT NULL,
        handle_count INTEGER NOT NULL, handle_sum INTEGER NOT NULL, handle_max INTEGER,
        wrap_count INTEGER NOT NULL, wrap_sum INTEGER NOT NULL,
        PRIMARY KEY(day, queue, channel, agent, reason)) WITHOUT ROWID)",
    "INSERT INTO contact_day SELECT " C360_DAY(
        "occurred_ms") ", queue, channel, agent, reason, count(*), "
                       "sum(followed), sum(repeat_before), count(duration_seconds), coalesce(sum(duration_seconds), "
                       "0), "
                       "max(duration_seconds), count(wrap_up_seconds), coalesce(sum(wrap_up_seconds), 0) FROM "
                       "contact_fact "
                       "GROUP BY 1, 2, 3, 4, 5",
    "CREATE TRIGGER contact_day_insert AFTER INSERT ON contact_fact BEGIN " C360_DAY_ADD("NEW") " END",
    "CREATE TRIGGER contact_day_delete AFTER DELETE ON contact_fact BEGIN " C360_DAY_REMOVE("OLD") " END",
    "CREATE TRIGGER contact_day_update AFTER UPDATE OF occurred_ms, queue, channel, agent, reason, duration_seconds, "
    "wrap_up_seconds, repeat_before, followed ON contact_fact BEGIN " C360_DAY_REMOVE("OLD") " " C360_DAY_ADD(
        "NEW") " END",
};
#undef C360_DAY_REMOVE
#undef C360_DAY_ADD
#undef C360_DAY_KEY

// v12: sync scopes (models/ScopeRepository.h). scope_customer: the customers kept beyond the sources file's scope —
// opened by the agent or taken offline — as the keys a source is asked for (an id, an e-mail address, an E.164
// phone number); scope_state: the scope each source's checkpoints were read under, so that a changed scope reads
// the source again from its start.
constexpr const char* kCacheV12[] = {
    R"(CREATE TABLE scope_customer(
        key TEXT PRIMARY KEY CHECK (length(key) > 0),
        reason TEXT NOT NULL CHECK (reason IN ('opened', 'offline')),
        party_id INTEGER,
        added_ms INTEGER NOT NULL) WITHOUT ROWID)",
    "CREATE INDEX scope_customer_party ON scope_customer(party_id)",
    R"(CREATE TABLE scope_state(
        source TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL) WITHOUT ROWID)",
};

// v13: the customers served in a period (stages, segments) from a daily roll-up instead of the period's contacts.
// served_day counts the contacts per grouping (0: all; 1: one queue, `value`; 2: one agent, `value`), UTC day, day of
// the same customer's previous contact in that grouping (kNoPrevDay: none), segment, stage reached by the contact and
// day of the customer's next stage transition (kNoNextDay: none). A period [from, to] (UTC midnights) serves the
// customers of its contacts whose previous one lies before it, each once: its rows of those days with prev_day < the
// first day. A contact whose previous one is on the same day never is such a contact and is left out. The stage by
// the period's end is the row's unless the next transition comes before it (next_day < the day after the period):
// those few contacts are read from contact_fact_next_stage. Triggers keep the roll-up equal to contact_fact. One
// queue with one agent reads contact_fact_agent_served as before (v11).
// clang-format off
#define C360_NO_PREV_DAY "(-4611686018427387904)"
#define C360_NO_NEXT_DAY "4611686018427387904"
// The key of contact `row` in grouping g (its value and previous contact in that grouping), and whether it has one.
#define C360_SERVED_KEY(row, g, value, prev)                                                                           \
    g ", " value ", " C360_DAY(row ".occurred_ms") ", coalesce(" C360_DAY(prev) ", " C360_NO_PREV_DAY "), "            \
    row ".segment, coalesce(" row ".stage, -1), coalesce(" C360_DAY(row ".next_stage_ms") ", " C360_NO_NEXT_DAY ")"
#define C360_SERVED_MATCH(row, g, value, prev)                                                                         \
    "grouping = " g " AND value = " value " AND day = " C360_DAY(row ".occurred_ms") " AND prev_day = coalesce("       \
    C360_DAY(prev) ", " C360_NO_PREV_DAY ") AND segment = " row ".segment AND stage = coalesce(" row ".stage, -1)"     \
    " AND next_day = coalesce(" C360_DAY(row ".next_stage_ms") ", " C360_NO_NEXT_DAY ")"
#define C360_SERVED_FIRST(row, prev) "(" prev " IS NULL OR " C360_DAY(prev) " < " C360_DAY(row ".occurred_ms") ")"
#define C360_SERVED_ADD_ONE(row, g, value, prev)                                                                       \
    "INSERT INTO served_day(grouping, value, day, prev_day, segment, stage, next_day, contacts) SELECT "                \
    C360_SERVED_KEY(row, g, value, prev) ", 1 WHERE " C360_SERVED_FIRST(row, prev)                                      \
    " ON CONFLICT DO UPDATE SET contacts = contacts + 1;"
#define C360_SERVED_REMOVE_ONE(row, g, value, prev)                                                                    \
    "UPDATE served_day SET contacts = contacts - 1 WHERE " C360_SERVED_MATCH(row, g, value, prev) " AND "              \
    C360_SERVED_FIRST(row, prev) "; DELETE FROM served_day WHERE " C360_SERVED_MATCH(row, g, value, prev)              \
    " AND contacts <= 0;"
#define C360_SERVED_ADD(row)                                                                                           \
    C360_SERVED_ADD_ONE(row, "0", "''", row ".prev_ms") " " C360_SERVED_ADD_ONE(row, "1", row ".queue",              \
    row ".prev_queue_ms") " " C360_SERVED_ADD_ONE(row, "2", row ".agent", row ".prev_agent_ms")
#define C360_SERVED_REMOVE(row)                                                                                        \
    C360_SERVED_REMOVE_ONE(row, "0", "''", row ".prev_ms") " " C360_SERVED_REMOVE_ONE(row, "1", row ".queue",        \
    row ".prev_queue_ms") " " C360_SERVED_REMOVE_ONE(row, "2", row ".agent", row ".prev_agent_ms")
#define C360_SERVED_FILL(g, value, prev)                                                                               \
    "INSERT INTO served_day SELECT " C360_SERVED_KEY("c", g, value, prev) ", count(*) FROM contact_fact c WHERE "      \
    C360_SERVED_FIRST("c", prev) " GROUP BY 1, 2, 3, 4, 5, 6, 7"
// clang-format on

constexpr const char* kCacheV13[] = {
    R"(CREATE TABLE served_day(
        grouping INTEGER NOT NULL, value TEXT NOT NULL, day INTEGER NOT NULL, prev_day INTEGER NOT NULL,
        segment TEXT NOT NULL, stage INTEGER NOT NULL, next_day INTEGER NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY(grouping, value, day, prev_day, segment, stage, next_day)) WITHOUT ROWID)",
    C360_SERVED_FILL("0", "''", "c.prev_ms"),
    C360_SERVED_FILL("1", "c.queue", "c.prev_queue_ms"),
    C360_SERVED_FILL("2", "c.agent", "c.prev_agent_ms"),
    // The contacts whose next stage transition comes before a period's end, with what the served test reads.
    "CREATE INDEX contact_fact_next_stage ON contact_fact(next_stage_ms, occurred_ms, prev_ms, queue, prev_queue_ms, "
    "agent, prev_agent_ms, party_id)",
    "CREATE TRIGGER served_day_insert AFTER INSERT ON contact_fact BEGIN " C360_SERVED_ADD("NEW") " END",
    "CREATE TRIGGER served_day_delete AFTER DELETE ON contact_fact BEGIN " C360_SERVED_REMOVE("OLD") " END",
    "CREATE TRIGGER served_day_update AFTER UPDATE OF occurred_ms, queue, agent, segment, stage, next_stage_ms, "
    "prev_ms, prev_queue_ms, prev_agent_ms ON contact_fact BEGIN " C360_SERVED_REMOVE("OLD") " " C360_SERVED_ADD(
        "NEW") " END",
};
#undef C360_SERVED_FILL
#undef C360_SERVED_REMOVE
#undef C360_SERVED_ADD
#undef C360_SERVED_REMOVE_ONE
#undef C360_SERVED_ADD_ONE
#undef C360_SERVED_MATCH
#undef C360_SERVED_KEY

// v14: a period's stage counts from served_day alone, whatever its length (a year: ≈93% of the customers change
// stage within it, and v13 read those per contact). Each contact carries its customer's stage schedule: reachS_ms,
// the time the customer first reached stage S or a later one (null: never), for the first six stages (the shipped
// rules' count; more stages are counted per contact). A customer's stage by a period's end (a UTC midnight) is at
// least S exactly when reachS_ms lies before it. served_day's key replaces the stage and next transition's day by
// those six days, each kept as C360_REACHED when it is not after the contact's day (any period holding the contact
// ends after it: the same rows aggregate as before), else its day, or kNoNextDay. contact_fact_next_stage (read
// only by v13's per-contact path) goes: one index less to write per contact. No index holds the schedule: six more
// columns in contact_fact_served made contact writes ≈25% dearer; a stage's customers read the period's rows.
// clang-format off
#define C360_REACHED C360_NO_PREV_DAY
#define C360_REACH(row, s)                                                                                             \
    "CASE WHEN " row ".reach" s "_ms IS NULL THEN " C360_NO_NEXT_DAY " WHEN " C360_DAY(row ".reach" s "_ms") " <= "    \
    C360_DAY(row ".occurred_ms") " THEN " C360_REACHED " ELSE " C360_DAY(row ".reach" s "_ms") " END"
#define C360_SERVED_KEY(row, g, value, prev)                                                                           \
    g ", " value ", " C360_DAY(row ".occurred_ms") ", coalesce(" C360_DAY(prev) ", " C360_NO_PREV_DAY "), "            \
    row ".segment, " C360_REACH(row, "0") ", " C360_REACH(row, "1") ", " C360_REACH(row, "2") ", "                    \
    C360_REACH(row, "3") ", " C360_REACH(row, "4") ", " C360_REACH(row, "5")
#define C360_SERVED_MATCH(row, g, value, prev)                                                                         \
    "grouping = " g " AND value = " value " AND day = " C360_DAY(row ".occurred_ms") " AND prev_day = coalesce("       \
    C360_DAY(prev) ", " C360_NO_PREV_DAY ") AND segment = " row ".segment AND reach0 = " C360_REACH(row, "0")         \
    " AND reach1 = " C360_REACH(row, "1") " AND reach2 = " C360_REACH(row, "2") " AND reach3 = "                       \
    C360_REACH(row, "3") " AND reach4 = " C360_REACH(row, "4") " AND reach5 = " C360_REACH(row, "5")
#define C360_SERVED_ADD_ONE(row, g, value, prev)                                                                       \
    "INSERT INTO served_day(grouping, value, day, prev_day, segment, reach0, reach1, reach2, reach3, reach4, reach5, " \
    "contacts) SELECT " C360_SERVED_KEY(row, g, value, prev) ", 1 WHERE " C360_SERVED_FIRST(row, prev)                \
    " ON CONFLICT DO UPDATE SET contacts = contacts + 1;"
#define C360_SERVED_REMOVE_ONE(row, g, value, prev)                                                                    \
    "UPDATE served_day SET contacts = contacts - 1 WHERE " C360_SERVED_MATCH(row, g, value, prev) " AND "              \
    C360_SERVED_FIRST(row, prev) "; DELETE FROM served_day WHERE " C360_SERVED_MATCH(row, g, value, prev)              \
    " AND contacts <= 0;"
#define C360_SERVED_ADD(row)                                                                                           \
    C360_SERVED_ADD_ONE(row, "0", "''", row ".prev_ms") " " C360_SERVED_ADD_ONE(row, "1", row ".queue",              \
    row ".prev_queue_ms") " " C360_SERVED_ADD_ONE(row, "2", row ".agent", row ".prev_agent_ms")
#define C360_SERVED_REMOVE(row)                                                                                        \
    C360_SERVED_REMOVE_ONE(row, "0", "''", row ".prev_ms") " " C360_SERVED_REMOVE_ONE(row, "1", row ".queue",        \
    row ".prev_queue_ms") " " C360_SERVED_REMOVE_ONE(row, "2", row ".agent", row ".prev_agent_ms")
#define C360_SERVED_FILL(g, value, prev)                                                                               \
    "INSERT INTO served_day SELECT " C360_SERVED_KEY("c", g, value, prev) ", count(*) FROM contact_fact c WHERE "      \
    C360_SERVED_FIRST("c", prev) " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"
#define C360_REACH_FILL(s) "min(CASE WHEN stage >= " s " THEN reached_ms END) AS r" s
#define C360_REACH_UPDATE                                                                                              \
    "UPDATE contact_fact SET reach0_ms = r.r0, reach1_ms = r.r1, reach2_ms = r.r2, reach3_ms = r.r3, "               \
    "reach4_ms = r.r4, reach5_ms = r.r5 FROM (SELECT party_id, " C360_REACH_FILL("0") ", " C360_REACH_FILL("1") ", "   \
    C360_REACH_FILL("2") ", " C360_REACH_FILL("3") ", " C360_REACH_FILL("4") ", " C360_REACH_FILL("5")               \
    " FROM party_stage GROUP BY party_id) r WHERE r.party_id = contact_fact.party_id"
// clang-format on

constexpr const char* kCacheV14[] = {
    "DROP TRIGGER served_day_insert",
    "DROP TRIGGER served_day_delete",
    "DROP TRIGGER served_day_update",
    "DROP TABLE served_day",
    "DROP INDEX contact_fact_next_stage",
    "ALTER TABLE contact_fact ADD COLUMN reach0_ms INTEGER",
    "ALTER TABLE contact_fact ADD COLUMN reach1_ms INTEGER",
    "ALTER TABLE contact_fact ADD COLUMN reach2_ms INTEGER",
    "ALTER TABLE contact_fact ADD COLUMN reach3_ms INTEGER",
    "ALTER TABLE contact_fact ADD COLUMN reach4_ms INTEGER",
    "ALTER TABLE contact_fact ADD COLUMN reach5_ms INTEGER",
    // From the stage history: per customer, the first transition to each stage or a later one.
    C360_REACH_UPDATE,
    R"(CREATE TABLE served_day(
        grouping INTEGER NOT NULL, value TEXT NOT NULL, day INTEGER NOT NULL, prev_day INTEGER NOT NULL,
        segment TEXT NOT NULL, reach0 INTEGER NOT NULL, reach1 INTEGER NOT NULL, reach2 INTEGER NOT NULL,
        reach3 INTEGER NOT NULL, reach4 INTEGER NOT NULL, reach5 INTEGER NOT NULL, contacts INTEGER NOT NULL,
        PRIMARY KEY(grouping, value, day, prev_day, segment, reach0, reach1, reach2, reach3, reach4, reach5))
        WITHOUT ROWID)",
    C360_SERVED_FILL("0", "''", "c.prev_ms"),
    C360_SERVED_FILL("1", "c.queue", "c.prev_queue_ms"),
    C360_SERVED_FILL("2", "c.agent", "c.prev_agent_ms"),
    "CREATE TRIGGER served_day_insert AFTER INSERT ON contact_fact BEGIN " C360_SERVED_ADD("NEW") " END",
    "CREATE TRIGGER served_day_delete AFTER DELETE ON contact_fact BEGIN " C360_SERVED_REMOVE("OLD") " END",
    "CREATE TRIGGER served_day_update AFTER UPDATE OF occurred_ms, queue, agent, segment, prev_ms, prev_queue_ms, "
    "prev_agent_ms, reach0_ms, reach1_ms, reach2_ms, reach3_ms, reach4_ms, reach5_ms ON contact_fact "
    "BEGIN " C360_SERVED_REMOVE("OLD") " " C360_SERVED_ADD("NEW") " END",
};
#undef C360_REACH_UPDATE
#undef C360_REACH_FILL
#undef C360_SERVED_FILL
#undef C360_SERVED_REMOVE
#undef C360_SERVED_ADD
#undef C360_SERVED_REMOVE_ONE
#undef C360_SERVED_ADD_ONE
#undef C360_SERVED_MATCH
#undef C360_SERVED_KEY
#undef C360_REACH
#undef C360_REACHED
#undef C360_SERVED_FIRST
#undef C360_NO_NEXT_DAY
#undef C360_NO_PREV_DAY
#undef C360_DAY

// v17: each customer's linked records per source (the header's "5,012 linked records from contact, crm, shop"), kept
// by PartyAggregator with the other aggregates, so a customer with tens of thousands of records opens without
// visiting each of them.
constexpr const char* kCacheV17[] = {
    R"(CREATE TABLE party_source(
        party_id INTEGER NOT NULL,
        source TEXT NOT NULL,
        records INTEGER NOT NULL,
        PRIMARY KEY(party_id, source)) WITHOUT ROWID)",
    R"(INSERT INTO party_source(party_id, source, records)
        SELECT pl.party_id, sr.source, count(*) FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id
        GROUP BY pl.party_id, sr.source)",
};

// v18: the customers' lifetime values at each permille (1..1000; rank 0 holds how many customers have spend), so a
// customer's value percentile (the ltv_percentile prompt fact) is a lookup among 1,000 rows, not a count over every
// customer. Refreshed when a sync has recomputed its customers (LtvQuantiles::refresh).
constexpr const char* kCacheV18[] = {
    R"(CREATE TABLE ltv_quantile(
        rank INTEGER PRIMARY KEY,
        value REAL NOT NULL) WITHOUT ROWID)",
};

// v19: the stage history of customers merged into another before this version stayed behind (the linker did not
// delete it with the merged party); the surviving customer's history was rebuilt from both timelines.
constexpr const char* kCacheV19[] = {
    "DELETE FROM party_stage WHERE NOT EXISTS (SELECT 1 FROM party p WHERE p.id = party_stage.party_id)",
};

// v20: what may have changed for each marked party (models/PartyChanges.h), so that a sync's recompute redoes only what
// depends on it. A party marked before this version (or by a build that does not say) is recomputed whole.
constexpr const char* kCacheV20[] = {
    "ALTER TABLE party_dirty ADD COLUMN changes INTEGER NOT NULL DEFAULT 7",
};
static_assert(party_change::All == 7, "a party marked before v20 is recomputed whole");

// v21: a record's own id is no identity key any more. Searched for, it is looked up in source_record's (source, stream,
// source_id) index, stream by stream (SearchRepository); its record_key row (and record_key_lookup entry), one per
// record, only cost the writer two b-tree inserts a record and the cache some 115 MB at 100,000 customers.
constexpr const char* kCacheV21[] = {
    "DELETE FROM record_key WHERE kind = 'source_id'",
};

// v22: record_key_lookup carries `linking`. Linking a record looks up the party of another record that shares each of
// its linking keys (IdentityLinker's findParties): with the flag in the index that is one probe of the index and one of
// party_link, instead of a read of each matching record's key row for its flag as well (200,000 lookups on a
// 100,000-customer cache: 0.73 s → 0.20 s; a first sync makes 2.1 M). Rebuilding the index: 5 s for 3.5 M keys.
constexpr const char* kCacheV22[] = {
    "DROP INDEX record_key_lookup",
    "CREATE INDEX record_key_lookup ON record_key(kind, value, linking)",
};

const Step kCacheSteps[] = {
    {1, kCacheV1},   {2, kCacheV2},   {3, kCacheV3},   {4, kCacheV4},   {5, kCacheV5},
    {6, kCacheV6},   {7, kCacheV7},   {8, kCacheV8},   {9, kCacheV9},   {10, kCacheV10},
    {11, kCacheV11}, {12, kCacheV12}, {13, kCacheV13}, {14, kCacheV14}, {17, kCacheV17},
    {18, kCacheV18}, {19, kCacheV19}, {20, kCacheV20}, {21, kCacheV21}, {22, kCacheV22},
};

Status migrate(QSqlDatabase db, std::span<const Step> steps, int latest, int target, const char* what) {
    const int current = Migrations::userVersion(db);
    if (current < 0) {
        return Error{tr("The local database could not be read."), QStringLiteral("PRAGMA user_version failed")};
    }
    if (current > latest) {
        return Error{tr("This cache was written by a newer C360 (schema %1); this version understands up to %2.")
                         .arg(current)
                         .arg(latest),
                     QString::fromLatin1(what)};
    }
    if (target > latest || target < 0) {
        return Error{tr("The local database cannot be migrated to schema %1.").arg(target), QString::fromLatin1(what)};
    }
    for (const Step& step : steps) {
        if (step.version <= current || step.version > target) {
            continue;
        }
        Transaction tx(db);
        if (!tx.active()) {
            return sql::error(db, tr("The local database could not be upgraded."));
        }
        QSqlQuery q(db);
        for (const char* statement : step.statements) {
            if (!q.exec(QString::fromUtf8(statement))) {
                return sql::error(q, tr("The local database could not be upgraded to schema %1.").arg(step.version));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            return sql::error(q, tr("The local database could not be upgraded to schema %1.").arg(step.version));
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
        qCInfo(lcStorage) << what << "migrated to schema" << step.version;
    }
    // Numbers without a step (assigned to work not in this build) are skipped: the target is reached.
    if (target > current && Migrations::userVersion(db) < target) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target))) {
            return sql::error(q, tr("The local database could not be upgraded to schema %1.").arg(target));
        }
    }
    return {};
}

} // namespace

QList<int> Migrations::cacheSteps() {
    QList<int> out;
    for (const Step& step : kCacheSteps) {
        out << step.version;
    }
    return out;
}

int Migrations::userVersion(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

Status Migrations::migrateCache(QSqlDatabase db, int target) {
    return migrate(db, kCacheSteps, cacheVersion, target, "cache");
}

} // namespace c360

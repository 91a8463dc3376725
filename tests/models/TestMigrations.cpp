#include "ModelsTestUtil.h"

#include "models/Database.h"
#include "models/LtvQuantiles.h"
#include "models/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::testutil;

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void migrateFromZero_data();
    void migrateFromZero();
    void v1DataBackfilledByV2();
    void v6AddsReportIndexesKeepingRows();
    void v4DataKeptByV5();
    void v7AddsPartyMarksKeepingRows();
    void v8KeepsTheSignedInRole();
    void v10DerivesContactFactsFromTheTimeline();
    void v11RollsUpContactFactsByDay();
    void v12AddsTheScopeListsKeepingRows();
    void v13RollsUpServedCustomersByDay();
    void v14KeepsEachCustomersStageSchedule();
    void v17CountsLinkedRecordsPerSource();
    void v18LtvQuantilesGiveThePercentile();
    void v19DropsStagesOfMergedCustomers();
    void v21DropsRecordIdKeys();
    void v22LinkingKeysFoundInTheIndexAlone();
    void pragmasVerified();
    void refusesNewerSchema();
    void rejectsNonSqliteFile();
    void createsParentDirectory();
    void connectionRemovedOnDestruction();
    void transactionRollsBackUnlessCommitted();

private:
    // A cache at schema `version` (not migrated further) holding two records: 1 a CRM customer, 2 a shop order.
    Result<Database> twoRecordsAt(int version);

    QTemporaryDir m_dir;
};

Result<Database> TestMigrations::twoRecordsAt(int version) {
    Database::Options options;
    options.migrate = false;
    const QString name = QStringLiteral("at-v%1").arg(version);
    auto db = Database::open(m_dir.filePath(name + QStringLiteral(".db")), name, options);
    if (!db) {
        return db.error();
    }
    if (Status s = Migrations::migrateCache(db->handle(), version); !s) {
        return s.error();
    }
    QSqlQuery q(db->handle());
    if (!q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) VALUES "
                               "(1, 'crm', 'customers', 'C-1', 'customer', 0), (2, 'shop', 'orders', 'O-1', 'order', "
                               "0)"))) {
        return Error{QStringLiteral("records not inserted"), q.lastError().text()};
    }
    return db;
}

void TestMigrations::migrateFromZero_data() {
    QTest::addColumn<int>("from");
    // Every older version the program knows is a row here; v2 adds {1}.
    for (int v = 0; v < Migrations::cacheVersion; ++v) {
        QTest::addRow("from v%d", v) << v;
    }
}

void TestMigrations::migrateFromZero() {
    QFETCH(int, from);
    const QString path = m_dir.filePath(QStringLiteral("from%1.db").arg(from));
    {
        Database::Options options;
        options.migrate = false;
        auto db = Database::open(path, QStringLiteral("m0"), options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->schemaVersion(), 0);
        QVERIFY(Migrations::migrateCache(db->handle(), from).ok());
        QCOMPARE(db->schemaVersion(), from);
        const Status s = Migrations::migrateCache(db->handle());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(db->schemaVersion(), Migrations::cacheVersion);
        // Migrating again is a no-op.
        QVERIFY(Migrations::migrateCache(db->handle()).ok());
    }
    // A v1 database opens and has the v1 tables.
    auto db = Database::open(path, QStringLiteral("m1"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db->schemaVersion(), Migrations::cacheVersion);
    const QStringList tables = db->handle().tables();
    for (const char* t :
         {"source_record",     "record_key",  "party",      "party_link",     "customer_profile", "orders",
          "order_line",        "return_item", "ticket",     "ticket_comment", "campaign_touch",   "interaction",
          "timeline_event",    "party_fts",   "sync_state", "quarantine",     "party_key",        "identity_key_block",
          "identity_decision", "party_field"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    }
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party_fts(rowid, names) VALUES(1, 'trigram check')")));
    QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM party_fts WHERE party_fts MATCH '\"igra\"'")));
    QVERIFY(q.next());
}

// A v1 cache with linked records gains party_link.entity and the party_key tallies from its rows.
void TestMigrations::v1DataBackfilledByV2() {
    const QString path = m_dir.filePath(QStringLiteral("v1data.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v1data"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 1).ok());
    QSqlQuery q(db->handle());
    for (const char* sql : {
             "INSERT INTO source_record(id, source, stream, source_id, entity, updated_at, fetched_at) VALUES"
             "(1, 'crm', 'customers', 'CRM-1', 'customer', 100, 0), (2, 'shop', 'orders', 'SO-1', 'order', 300, 0),"
             "(3, 'shop', 'orders', 'SO-2', 'order', 200, 0)",
             "INSERT INTO record_key(record_id, kind, value, linking) VALUES (1, 'email', 'a@x.com', 1),"
             "(2, 'email', 'a@x.com', 1), (3, 'email', 'a@x.com', 1), (1, 'name', 'Ann', 0), (2, 'name', 'Ann B', 0),"
             "(1, 'source_id', 'CRM-1', 0), (2, 'order', '1', 0)",
             "INSERT INTO party(id, updated_ms) VALUES (7, 0)",
             "INSERT INTO party_link(record_id, party_id, rule, linked_ms) VALUES (1, 7, 'new', 0), (2, 7, 'email', 0),"
             "(3, 7, 'email', 0)",
         }) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const Status s = Migrations::migrateCache(db->handle());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT group_concat(entity, ',') FROM (SELECT entity FROM party_link "
                                               "ORDER BY record_id)")),
             QStringLiteral("customer,order,order"));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT records || '/' || first_record || '/' || last_ms FROM party_key "
                                               "WHERE party_id = 7 AND kind = 'email'")),
             QStringLiteral("3/1/300"));
    QCOMPARE(
        text(db->handle(), QStringLiteral("SELECT last_ms FROM party_key WHERE kind = 'name' AND value = 'Ann B'")),
        QStringLiteral("300"));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT count(*) FROM party_key WHERE kind = 'source_id'")),
             QStringLiteral("0"));
}

// v8 adds signed_in_user (one row: the role the backend granted) to a v6 cache with data, which stays.
void TestMigrations::v8KeepsTheSignedInRole() {
    const QString path = m_dir.filePath(QStringLiteral("v6to8.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v6to8"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 6).ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, updated_ms) VALUES (9, 0)")));
    QVERIFY(!db->handle().tables().contains(QStringLiteral("signed_in_user")));
    const Status s = Migrations::migrateCache(db->handle(), 8);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 8);
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE id = 9")), QStringLiteral("1"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO signed_in_user(id, user, role, source, signed_in_ms) "
                                  "VALUES (1, 'li.na', 'field', 'crm', 1)")));
    // One row only, and only the four roles.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO signed_in_user(id, user, role, source, signed_in_ms) "
                                   "VALUES (2, 'x', 'agent', 'crm', 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT OR REPLACE INTO signed_in_user(id, user, role, source, signed_in_ms) "
                                   "VALUES (1, 'x', 'admin', 'crm', 1)")));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT user || '/' || role FROM signed_in_user")),
             QStringLiteral("li.na/field"));
}

// v5 adds the NBA facts' columns (NULL for rows written before), the survey and cart record kinds
// and the learned propensities; what a v4 cache held stays as it was.
void TestMigrations::v4DataKeptByV5() {
    const QString path = m_dir.filePath(QStringLiteral("v4data-v5.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v4data"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 4).ok());
    QSqlQuery q(db->handle());
    for (const char* sql : {
             "INSERT INTO source_record(id, source, stream, source_id, entity, updated_at, fetched_at) VALUES"
             "(1, 'shop', 'orders', 'SO-1', 'order', 100, 0), (2, 'helpdesk', 'tickets', 'T-1', 'ticket', 100, 0)",
             "INSERT INTO orders(record_id, number, status, total) VALUES (1, '48213', 'shipped', 99.5)",
             "INSERT INTO ticket(record_id, number, status) VALUES (2, '7001', 'open')",
             "INSERT INTO nba_feedback(party_id, action_id, outcome, at_ms) VALUES (1, 'cross_sell', 'accepted', 5)",
         }) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const Status s = Migrations::migrateCache(db->handle());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), Migrations::cacheVersion);
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT number || '/' || total || '/' || coalesce(promised_ms, 'none') "
                                               "FROM orders")),
             QStringLiteral("48213/99.5/none"));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT status || '/' || coalesce(category, 'none') FROM ticket")),
             QStringLiteral("open/none"));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT action_id FROM nba_feedback")), QStringLiteral("cross_sell"));
    for (const char* sql :
         {"SELECT survey_type, score, answered_ms FROM survey", "SELECT created_ms, status, total, items FROM cart",
          "SELECT timezone, do_not_contact, email_unsubscribed, marketing_consent FROM customer_profile",
          "SELECT refund_status, refund_due_ms, refunded_ms FROM return_item",
          "SELECT action_id, segment, reason, accepted, dismissed FROM nba_learning"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
    }
}

// v6 indexes the contacts and prompt answers by time (supervisor reports); the rows stay as they were.
void TestMigrations::v6AddsReportIndexesKeepingRows() {
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(m_dir.filePath(QStringLiteral("v4data.db")), QStringLiteral("v4data"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 4).ok());
    QSqlQuery q(db->handle());
    for (const char* sql : {
             "INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) VALUES"
             "(1, 'cc', 'interactions', 'I-1', 'interaction', 0)",
             "INSERT INTO interaction(record_id, channel, occurred_ms, queue, agent) VALUES (1, 'call', 5, 'billing', "
             "'Ann')",
             "INSERT INTO nba_feedback(party_id, action_id, outcome, at_ms) VALUES (1, 'a', 'accepted', 7)",
         }) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QCOMPARE(
        scalar(db->handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'interaction_queue'")), 0);
    const Status s = Migrations::migrateCache(db->handle());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), Migrations::cacheVersion);
    for (const char* index : {"interaction_occurred", "interaction_queue", "interaction_agent", "nba_feedback_at"}) {
        QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                                                     "= '%1'")
                                          .arg(QLatin1String(index))),
                 1);
    }
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT queue || '/' || agent || '/' || occurred_ms FROM interaction")),
             QStringLiteral("billing/Ann/5"));
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT at_ms FROM nba_feedback")), 7);
}

// v7 adds the table of parties a sync has still to recompute, empty; a v6 cache keeps its rows.
void TestMigrations::v7AddsPartyMarksKeepingRows() {
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(m_dir.filePath(QStringLiteral("v6data.db")), QStringLiteral("v6data"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 6).ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, display_name, updated_ms) VALUES (3, 'Li Hua', 1)")));
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'party_dirty'")), 0);
    const Status s = Migrations::migrateCache(db->handle(), 7);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 7);
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO party_dirty(party_id) VALUES (3), (3)")));
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party_dirty")), 1);
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT display_name FROM party WHERE id = 3")),
             QStringLiteral("Li Hua"));
}

// v10 derives the dashboards' contact facts of a v8 cache with data from its timeline: two calls of one
// customer three days apart (the first is followed, the second a repeat) and a chat of another customer.
void TestMigrations::v10DerivesContactFactsFromTheTimeline() {
    const QString path = m_dir.filePath(QStringLiteral("v8to10.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v8to10"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 8).ok());
    QSqlQuery q(db->handle());
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 t0 = 1'772'000'000'000;
    const struct {
        int record;
        int party;
        qint64 at;
        const char* channel;
    } contacts[] = {{1, 1, t0, "Call"}, {2, 1, t0 + 3 * day, "call"}, {3, 2, t0 + day, "WeChat"}};
    for (int party : {1, 2}) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, updated_ms) VALUES (%1, 0)").arg(party)));
    }
    for (const auto& c : contacts) {
        const QString channel = QString::fromLatin1(c.channel);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                      "VALUES (%1, 'contact', 'interactions', 'I%1', 'interaction', 0)")
                           .arg(c.record)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity) "
                                      "VALUES (%1, %2, 'new', 0, 'interaction')")
                           .arg(c.record)
                           .arg(c.party)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interaction(record_id, channel, occurred_ms, duration_seconds, "
                                      "queue) VALUES (%1, '%2', %3, 60, 'billing')")
                           .arg(c.record)
                           .arg(channel)
                           .arg(c.at)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO timeline_event(party_id, record_id, occurred_ms, kind, source, "
                                      "title) VALUES (%1, %2, %3, '%4', 'contact', 'x')")
                           .arg(c.party)
                           .arg(c.record)
                           .arg(c.at)
                           .arg(channel.toLower())));
    }
    const Status s = Migrations::migrateCache(db->handle(), 10);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QVERIFY(q.exec(QStringLiteral("SELECT record_id, party_id, channel, queue, agent, repeat_before, followed "
                                  "FROM contact_fact ORDER BY occurred_ms")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 7; ++c) {
            cells << q.value(c).toString();
        }
        rows << cells.join(QLatin1Char(' '));
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("1 1 call billing  0 1"), QStringLiteral("3 2 wechat billing  0 0"),
                                QStringLiteral("2 1 call billing  1 0")}));
    // Deleting a record deletes its fact.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM source_record WHERE id = 3")));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT count(*) FROM contact_fact")), QStringLiteral("2"));
}

// v11 on a v10 cache with contact facts: each contact gets the time of the customer's previous one per grouping, the
// segment and the stage reached by then; contact_day sums them per day; its triggers follow every later write,
// a deleted record's cascade included (the longest handle time looked up again when its contact goes).
void TestMigrations::v11RollsUpContactFactsByDay() {
    const QString path = m_dir.filePath(QStringLiteral("v10to11.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v10to11"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 10).ok());
    QSqlQuery q(db->handle());
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 t0 = 1'772'064'000'000; // 2026-02-26 00:00 UTC
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, segment, updated_ms) VALUES (1, 'gold', 0), (2, NULL, 0)")));
    // Customer 1 reached stage 0 before everything and stage 2 between its second and third contact.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party_stage(party_id, reached_ms, stage) VALUES (1, %1, 0), (1, %2, 2)")
                       .arg(t0 - day)
                       .arg(t0 + 2 * day)));
    const struct {
        int record;
        int party;
        qint64 at;
        const char* queue;
        const char* agent;
        int duration;
    } contacts[] = {{1, 1, t0 + 3600'000, "billing", "Lucy", 100},
                    {2, 1, t0 + 7200'000, "billing", "Mark", 300},
                    {3, 1, t0 + 3 * day, "delivery", "Lucy", 50},
                    {4, 2, t0 + 7200'000, "billing", "Lucy", 200}};
    for (const auto& c : contacts) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                      "VALUES (%1, 'contact', 'interactions', 'I%1', 'interaction', 0)")
                           .arg(c.record)));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
                                  "duration_seconds, wrap_up_seconds, reason, repeat_before, followed) VALUES "
                                  "(%1, %2, %3, '%4', 'call', '%5', %6, NULL, 'Refund', 0, 0)")
                       .arg(c.at)
                       .arg(c.record)
                       .arg(c.party)
                       .arg(QLatin1String(c.queue), QLatin1String(c.agent))
                       .arg(c.duration)));
    }
    const Status s = Migrations::migrateCache(db->handle(), 11);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    auto rows = [&](const QString& sql) {
        QStringList out;
        QSqlQuery r(db->handle());
        if (!r.exec(sql)) {
            return QStringList{r.lastError().text()};
        }
        while (r.next()) {
            QStringList cells;
            for (int c = 0; c < r.record().count(); ++c) {
                cells << (r.value(c).isNull() ? QStringLiteral("-") : r.value(c).toString());
            }
            out << cells.join(QLatin1Char(' '));
        }
        return out;
    };
    // record, segment, previous contact (any; queue; agent; queue+agent; queue+channel), stage, next transition
    // (times in hours after t0).
    QCOMPARE(rows(QStringLiteral("SELECT record_id, segment, (prev_ms - %1) / 3600000, (prev_queue_ms - %1) / 3600000, "
                                 "(prev_agent_ms - %1) / 3600000, (prev_queue_agent_ms - %1) / 3600000, "
                                 "(prev_channel_ms - %1) / 3600000, stage, (next_stage_ms - %1) / 3600000 "
                                 "FROM contact_fact ORDER BY occurred_ms, record_id")
                      .arg(t0)),
             (QStringList{QStringLiteral("1 gold - - - - - 0 48"), QStringLiteral("2 gold 1 1 - - 1 0 48"),
                          QStringLiteral("4  - - - - - - -"), QStringLiteral("3 gold 2 - 1 - - 2 -")}));
    const QString sums = QStringLiteral("SELECT day - %1, queue, agent, contacts, handle_count, handle_sum, handle_max "
                                        "FROM contact_day ORDER BY 1, 2, 3")
                             .arg(t0 / day);
    QCOMPARE(rows(sums),
             (QStringList{QStringLiteral("0 billing Lucy 2 2 300 200"), QStringLiteral("0 billing Mark 1 1 300 300"),
                          QStringLiteral("3 delivery Lucy 1 1 50 50")}));
    // Later writes: a record deleted (its fact by cascade, the day's longest call with it), a contact added, one
    // edited in place.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM source_record WHERE id = 4")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                  "VALUES (5, 'contact', 'interactions', 'I5', 'interaction', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
                                  "duration_seconds, reason, repeat_before, followed) VALUES (%1, 5, 2, 'billing', "
                                  "'call', 'Lucy', NULL, 'Refund', 1, 1)")
                       .arg(t0 + 3 * day)));
    QVERIFY(q.exec(QStringLiteral("UPDATE contact_fact SET queue = 'sales' WHERE record_id = 2")));
    QCOMPARE(rows(sums),
             (QStringList{QStringLiteral("0 billing Lucy 1 1 100 100"), QStringLiteral("0 sales Mark 1 1 300 300"),
                          QStringLiteral("3 billing Lucy 1 0 0 -"), QStringLiteral("3 delivery Lucy 1 1 50 50")}));
    // Always the sums of contact_fact itself.
    QCOMPARE(
        rows(QStringLiteral("SELECT day, queue, channel, agent, reason, contacts, followed, repeats, handle_count, "
                            "handle_sum, handle_max, wrap_count, wrap_sum FROM contact_day EXCEPT SELECT "
                            "occurred_ms / 86400000, queue, channel, agent, reason, count(*), sum(followed), "
                            "sum(repeat_before), count(duration_seconds), coalesce(sum(duration_seconds), 0), "
                            "max(duration_seconds), count(wrap_up_seconds), coalesce(sum(wrap_up_seconds), 0) "
                            "FROM contact_fact GROUP BY 1, 2, 3, 4, 5")),
        QStringList{});
}

// v12 adds the customers kept beyond the sync scope (opened, taken offline) and each source's scope fingerprint
// to a v10 cache with data, which stays.
void TestMigrations::v12AddsTheScopeListsKeepingRows() {
    const QString path = m_dir.filePath(QStringLiteral("v10to13.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v10to13"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 10).ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, updated_ms) VALUES (4, 0)")));
    QVERIFY(!db->handle().tables().contains(QStringLiteral("scope_customer")));
    const Status s = Migrations::migrateCache(db->handle(), 12);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 12);
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE id = 4")), QStringLiteral("1"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO scope_customer(key, reason, party_id, added_ms) "
                                  "VALUES ('CRM-000005', 'opened', 4, 1)")));
    // Only the two reasons, one row per key, never an empty key.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO scope_customer(key, reason, added_ms) VALUES ('x', 'other', 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO scope_customer(key, reason, added_ms) VALUES ('CRM-000005', "
                                   "'offline', 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO scope_customer(key, reason, added_ms) VALUES ('', 'offline', 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO scope_state(source, fingerprint) VALUES ('crm', 'territory=north')")));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT key || '/' || reason || '/' || party_id FROM scope_customer")),
             QStringLiteral("CRM-000005/opened/4"));
}

// v17 on a v13 cache with linked records: party_source holds each customer's linked records per source.
void TestMigrations::v17CountsLinkedRecordsPerSource() {
    const QString path = m_dir.filePath(QStringLiteral("v13to17.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v13to17"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 13).ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, updated_ms) VALUES (1, 0), (2, 0)")));
    const struct {
        int record;
        const char* source;
        int party;
    } links[] = {{1, "crm", 1}, {2, "shop", 1}, {3, "shop", 1}, {4, "contact", 1}, {5, "crm", 2}};
    for (const auto& l : links) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                      "VALUES (%1, '%2', 's', 'R%1', 'customer', 0)")
                           .arg(l.record)
                           .arg(QLatin1String(l.source))));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity) "
                                      "VALUES (%1, %2, 'new', 0, 'customer')")
                           .arg(l.record)
                           .arg(l.party)));
    }
    const Status s = Migrations::migrateCache(db->handle(), 17);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT group_concat(party_id || ':' || source || '=' || records, ' ') "
                                               "FROM (SELECT * FROM party_source ORDER BY party_id, source)")),
             QStringLiteral("1:contact=1 1:crm=1 1:shop=2 2:crm=1"));
}

// v18's quantiles give each value's share of the customers with spend to one permille of the exact count, and are
// only used from LtvQuantiles::kUsedFrom customers.
// v19 on a v18 cache: the stage history of a customer that no longer exists (merged into another by an earlier
// version) goes; a living customer's stays as it was.
void TestMigrations::v19DropsStagesOfMergedCustomers() {
    const QString path = m_dir.filePath(QStringLiteral("v18to19.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v18to19"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 18).ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party(id, updated_ms) VALUES (1, 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party_stage(party_id, reached_ms, stage) VALUES (1, 100, 0), "
                                  "(1, 200, 2), (2, 150, 0), (2, 250, 5)")));
    const Status s = Migrations::migrateCache(db->handle(), 19);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 19);
    QVERIFY(q.exec(QStringLiteral("SELECT party_id, reached_ms, stage FROM party_stage ORDER BY 1, 2")));
    QStringList rows;
    while (q.next()) {
        rows << QStringLiteral("%1|%2|%3").arg(q.value(0).toInt()).arg(q.value(1).toInt()).arg(q.value(2).toInt());
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("1|100|0"), QStringLiteral("1|200|2")}));
}

// v21 on a v20 cache: a record's own id is no key any more (search finds it in source_record); its other keys stay.
void TestMigrations::v21DropsRecordIdKeys() {
    auto db = twoRecordsAt(20);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO record_key(record_id, kind, value, linking) VALUES (1, 'source_id', "
                                  "'C-1', 0), (1, 'email', 'a@x.com', 1), (2, 'source_id', 'O-1', 0), (2, 'order', "
                                  "'1001', 0)")));
    const Status s = Migrations::migrateCache(db->handle(), 21);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 21);
    QVERIFY(q.exec(QStringLiteral("SELECT record_id, kind, value FROM record_key ORDER BY 1, 2")));
    QStringList rows;
    while (q.next()) {
        rows << QStringLiteral("%1|%2|%3").arg(q.value(0).toInt()).arg(q.value(1).toString(), q.value(2).toString());
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("1|email|a@x.com"), QStringLiteral("2|order|1001")}));
}

void TestMigrations::v22LinkingKeysFoundInTheIndexAlone() {
    auto db = twoRecordsAt(21);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO record_key(record_id, kind, value, linking) VALUES (1, 'email', "
                                  "'a@x.com', 1), (2, 'email', 'a@x.com', 1), (2, 'phone', '+8613800138000', 0)")));
    const Status s = Migrations::migrateCache(db->handle(), 22);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 22);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_index_info('record_key_lookup') ORDER BY seqno")));
    QStringList columns;
    while (q.next()) {
        columns << q.value(0).toString();
    }
    QCOMPARE(columns, (QStringList{QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("linking")}));
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM record_key")), 3);
    // The linker's lookup (IdentityLinker, findParties) reads the index alone, then the link by its key.
    const QString find = QStringLiteral(
        "SELECT pl.party_id FROM record_key rk JOIN party_link pl ON pl.record_id = rk.record_id WHERE rk.kind = "
        "'email' AND rk.value = 'a@x.com' AND rk.linking = 1 AND rk.record_id <> 2 LIMIT 1");
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + find));
    QStringList plan;
    while (q.next()) {
        plan << q.value(3).toString();
    }
    QVERIFY2(plan.join(u'\n').contains(
                 QStringLiteral("COVERING INDEX record_key_lookup (kind=? AND value=? AND linking=?)")),
             qPrintable(plan.join(u'\n')));
}

void TestMigrations::v18LtvQuantilesGiveThePercentile() {
    const QString path = m_dir.filePath(QStringLiteral("v18.db"));
    auto db = Database::open(path, QStringLiteral("v18"));
    QVERIFY(db.ok());
    QSqlQuery q(db->handle());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    // 30,001 customers: values 70, 140, ... each shared by ten customers, and one without spend.
    const int n = 30000;
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO party(id, lifetime_value, updated_ms) VALUES (?, ?, 0)")));
    for (int i = 1; i <= n + 1; ++i) {
        q.addBindValue(i);
        q.addBindValue(i > n ? 0.0 : double((i - i % 10 + 10) * 7));
        QVERIFY(q.exec());
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    // Too few customers for the quantiles: the exact count is used (nothing stored yet either).
    auto none = LtvQuantiles::permille(db->handle(), 70);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    QVERIFY(LtvQuantiles::refresh(db->handle()).ok());
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT value FROM ltv_quantile WHERE rank = 0")), QString::number(n));
    QCOMPARE(text(db->handle(), QStringLiteral("SELECT count(*) FROM ltv_quantile WHERE rank > 0")),
             QStringLiteral("1000"));
    QSqlQuery exact(db->handle());
    QVERIFY(exact.prepare(QStringLiteral("SELECT total(lifetime_value <= ?) FROM party WHERE lifetime_value > 0")));
    for (const double ltv : {1.0, 7.0, 70.0, 77.0, 700.0, 7007.0, 69993.0, 104993.0, 209930.0, 210000.0, 1e9}) {
        exact.addBindValue(ltv);
        QVERIFY(exact.exec() && exact.next());
        const int expected = int(1000 * exact.value(0).toDouble() / n); // floor: the permilles at or below
        const auto stored = LtvQuantiles::permille(db->handle(), ltv);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY2(std::abs(**stored - expected) <= 1,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(ltv).arg(**stored).arg(expected)));
    }
    QCOMPARE(**LtvQuantiles::permille(db->handle(), 1e9), 1000);
    QCOMPARE(**LtvQuantiles::permille(db->handle(), 1.0), 0);
}

// v13 on a v12 cache with contact facts: served_day counts the contacts that can be the first of their customer in a
// period (previous one in the grouping on an earlier day, or none) per grouping (all, queue, agent), day, previous
// contact's day, segment, stage and next transition's day; its triggers follow every later write (a deleted record's
// cascade, an insert, updates of the grouping and of the stage) and it stays a GROUP BY of contact_fact.
void TestMigrations::v13RollsUpServedCustomersByDay() {
    const QString path = m_dir.filePath(QStringLiteral("v12to13.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v12to13"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 12).ok());
    QSqlQuery q(db->handle());
    const qint64 hour = 3600'000;
    const qint64 day = 24 * hour;
    const qint64 t0 = 1'772'064'000'000; // 2026-02-26 00:00 UTC
    const struct {
        int record;
        int party;
        qint64 at;
        const char* queue;
        const char* agent;
        const char* segment;
        const char* prev; // previous contact (any; queue; agent), SQL
        const char* prevQueue;
        const char* prevAgent;
        const char* stage;
        const char* next;
    } contacts[] = {
        {1, 1, t0 + hour, "billing", "Lucy", "gold", "NULL", "NULL", "NULL", "0", "T0 + 2 * 86400000"},
        // Same day as contact 1: never a period's first in all queues or in billing; Mark's first.
        {2, 1, t0 + 2 * hour, "billing", "Mark", "gold", "T0 + 3600000", "T0 + 3600000", "NULL", "0",
         "T0 + 2 * 86400000"},
        {3, 1, t0 + 3 * day, "delivery", "Lucy", "gold", "T0 + 7200000", "NULL", "T0 + 3600000", "2", "NULL"},
        {4, 2, t0 + 2 * hour, "billing", "Lucy", "", "NULL", "NULL", "NULL", "NULL", "NULL"},
    };
    for (const auto& c : contacts) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                      "VALUES (%1, 'contact', 'interactions', 'I%1', 'interaction', 0)")
                           .arg(c.record)));
        const QString sql =
            QStringLiteral("INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
                           "duration_seconds, reason, repeat_before, followed, segment, prev_ms, prev_queue_ms, "
                           "prev_agent_ms, stage, next_stage_ms) VALUES (%1, %2, %3, '%4', 'call', '%5', 60, 'Refund', "
                           "0, 0, '%6', ") +
            QString::fromLatin1(c.prev) + QStringLiteral(", ") + QString::fromLatin1(c.prevQueue) +
            QStringLiteral(", ") + QString::fromLatin1(c.prevAgent) + QStringLiteral(", ") +
            QString::fromLatin1(c.stage) + QStringLiteral(", ") + QString::fromLatin1(c.next) + QStringLiteral(")");
        QVERIFY2(q.exec(sql.arg(c.at)
                            .arg(c.record)
                            .arg(c.party)
                            .arg(QLatin1String(c.queue), QLatin1String(c.agent), QLatin1String(c.segment))
                            .replace(QStringLiteral("T0"), QString::number(t0))),
                 qPrintable(q.lastError().text()));
    }
    const Status s = Migrations::migrateCache(db->handle(), 13);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 13);
    auto rows = [&](const QString& sql) {
        QStringList out;
        QSqlQuery r(db->handle());
        if (!r.exec(sql)) {
            return QStringList{r.lastError().text()};
        }
        while (r.next()) {
            QStringList cells;
            for (int c = 0; c < r.record().count(); ++c) {
                cells << r.value(c).toString();
            }
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    // grouping|value|day|previous contact's day|segment|stage|next transition's day|contacts (days after t0's; "-":
    // none).
    const QString served =
        QStringLiteral("SELECT grouping, value, day - %1, CASE WHEN prev_day < -1000000000 THEN '-' ELSE prev_day - %1 "
                       "END, segment, stage, CASE WHEN next_day > 1000000000 THEN '-' ELSE next_day - %1 END, contacts "
                       "FROM served_day ORDER BY grouping, value, day, prev_day, segment, stage, next_day")
            .arg(t0 / day);
    QCOMPARE(rows(served), (QStringList{
                               QStringLiteral("0||0|-||-1|-|1"),
                               QStringLiteral("0||0|-|gold|0|2|1"),
                               QStringLiteral("0||3|0|gold|2|-|1"),
                               QStringLiteral("1|billing|0|-||-1|-|1"),
                               QStringLiteral("1|billing|0|-|gold|0|2|1"),
                               QStringLiteral("1|delivery|3|-|gold|2|-|1"),
                               QStringLiteral("2|Lucy|0|-||-1|-|1"),
                               QStringLiteral("2|Lucy|0|-|gold|0|2|1"),
                               QStringLiteral("2|Lucy|3|0|gold|2|-|1"),
                               QStringLiteral("2|Mark|0|-|gold|0|2|1"),
                           }));
    // Later writes: a record deleted (its fact by cascade), a contact added in a row that exists, one moved to another
    // queue (now its queue's first), one whose stage changed.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM source_record WHERE id = 4")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                  "VALUES (5, 'contact', 'interactions', 'I5', 'interaction', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
                                  "duration_seconds, reason, repeat_before, followed, segment, prev_ms, prev_queue_ms, "
                                  "prev_agent_ms, stage, next_stage_ms) VALUES (%1, 5, 3, 'delivery', 'chat', 'Lucy', "
                                  "NULL, 'Refund', 0, 0, 'gold', %2, NULL, %2, 2, NULL)")
                       .arg(t0 + 3 * day + hour)
                       .arg(t0 + 5 * hour)));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE contact_fact SET queue = 'sales', prev_queue_ms = NULL WHERE record_id = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE contact_fact SET stage = 1 WHERE record_id = 1")));
    QCOMPARE(rows(served), (QStringList{
                               QStringLiteral("0||0|-|gold|1|2|1"),
                               QStringLiteral("0||3|0|gold|2|-|2"),
                               QStringLiteral("1|billing|0|-|gold|1|2|1"),
                               QStringLiteral("1|delivery|3|-|gold|2|-|2"),
                               QStringLiteral("1|sales|0|-|gold|0|2|1"),
                               QStringLiteral("2|Lucy|0|-|gold|1|2|1"),
                               QStringLiteral("2|Lucy|3|0|gold|2|-|2"),
                               QStringLiteral("2|Mark|0|-|gold|0|2|1"),
                           }));
    // Always a GROUP BY of contact_fact itself, both ways.
    const QString fresh = QStringLiteral(
        "SELECT grouping, value, at / 86400000, coalesce(prev / 86400000, -4611686018427387904), segment, "
        "coalesce(stage, -1), coalesce(next / 86400000, 4611686018427387904), count(*) FROM ("
        "SELECT 0 AS grouping, '' AS value, occurred_ms AS at, prev_ms AS prev, segment, stage, next_stage_ms AS next "
        "FROM contact_fact UNION ALL SELECT 1, queue, occurred_ms, prev_queue_ms, segment, stage, next_stage_ms FROM "
        "contact_fact UNION ALL SELECT 2, agent, occurred_ms, prev_agent_ms, segment, stage, next_stage_ms FROM "
        "contact_fact) WHERE prev IS NULL OR prev / 86400000 < at / 86400000 GROUP BY 1, 2, 3, 4, 5, 6, 7");
    const QString rollUp = QStringLiteral("SELECT * FROM served_day");
    QCOMPARE(rows(rollUp + QStringLiteral(" EXCEPT ") + fresh), QStringList{});
    QCOMPARE(rows(fresh + QStringLiteral(" EXCEPT ") + rollUp), QStringList{});
}

// v14 on a v13 cache with contact facts and a stage history: each contact gains its customer's stage schedule
// (reachS_ms: the first time of stage S or a later one), served_day keys on those days (reached by the contact's day;
// a later day; none) instead of the stage and next transition, contact_fact_next_stage goes, and the triggers keep
// the roll-up a GROUP BY of contact_fact through later writes (an insert, a deleted record's cascade, a changed
// schedule).
void TestMigrations::v14KeepsEachCustomersStageSchedule() {
    const QString path = m_dir.filePath(QStringLiteral("v13to14.db"));
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("v13to14"), options);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrateCache(db->handle(), 13).ok());
    QSqlQuery q(db->handle());
    const qint64 hour = 3600'000;
    const qint64 day = 24 * hour;
    const qint64 t0 = 1'772'064'000'000; // 2026-02-26 00:00 UTC
    // Party 1: aware 10 days before t0, purchase (2) on day 2, retain (5) on day 3 at 05:00. Party 2: no stage.
    for (const auto& [at, stage] :
         {std::pair{t0 - 10 * day, 0}, std::pair{t0 + 2 * day + hour, 2}, std::pair{t0 + 3 * day + 5 * hour, 5}}) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party_stage(party_id, reached_ms, stage) VALUES (1, %1, %2)")
                           .arg(at)
                           .arg(stage)));
    }
    auto insert = [&q](int record, int party, qint64 at, const char* queue, const QString& prev,
                       const QString& prevQueue, const QString& prevAgent) {
        if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO source_record(id, source, stream, source_id, entity, "
                                   "fetched_at) VALUES (%1, 'contact', 'interactions', 'I%1', 'interaction', 0)")
                        .arg(record))) {
            return q.lastError().text();
        }
        return q.exec(
                   QStringLiteral("INSERT INTO contact_fact(occurred_ms, record_id, party_id, queue, channel, agent, "
                                  "duration_seconds, reason, repeat_before, followed, segment, prev_ms, "
                                  "prev_queue_ms, prev_agent_ms) VALUES (%1, %2, %3, '%4', 'call', 'Lucy', 60, "
                                  "'Refund', 0, 0, '%5', %6, %7, %8)")
                       .arg(at)
                       .arg(record)
                       .arg(party)
                       .arg(QLatin1String(queue), party == 1 ? QStringLiteral("gold") : QString(), prev, prevQueue,
                            prevAgent))
                   ? QString()
                   : q.lastError().text();
    };
    const QString none = QStringLiteral("NULL");
    QCOMPARE(insert(1, 1, t0 + hour, "billing", none, none, none), QString());
    QCOMPARE(
        insert(3, 1, t0 + 3 * day + 9 * hour, "delivery", QString::number(t0 + hour), none, QString::number(t0 + hour)),
        QString());
    QCOMPARE(insert(4, 2, t0 + 2 * hour, "billing", none, none, none), QString());
    const Status s = Migrations::migrateCache(db->handle(), 14);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(db->schemaVersion(), 14);
    auto rows = [&](const QString& sql) {
        QStringList out;
        QSqlQuery r(db->handle());
        if (!r.exec(sql)) {
            return QStringList{r.lastError().text()};
        }
        while (r.next()) {
            QStringList cells;
            for (int c = 0; c < r.record().count(); ++c) {
                cells << r.value(c).toString();
            }
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    // record|reach0..reach5 in hours after t0.
    QCOMPARE(rows(QStringLiteral("SELECT record_id, (reach0_ms - %1) / 3600000, (reach1_ms - %1) / 3600000, "
                                 "(reach2_ms - %1) / 3600000, (reach3_ms - %1) / 3600000, (reach4_ms - %1) / 3600000, "
                                 "(reach5_ms - %1) / 3600000 FROM contact_fact ORDER BY record_id")
                      .arg(t0)),
             (QStringList{QStringLiteral("1|-240|49|49|77|77|77"), QStringLiteral("3|-240|49|49|77|77|77"),
                          QStringLiteral("4||||||")}));
    QCOMPARE(rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'contact_fact_next_stage'")),
             QStringList{});
    // grouping|value|day|previous contact's day|segment|reach0..reach5|contacts (days after t0's; "-": none; "r":
    // reached by the contact's day).
    QString reach;
    for (int r = 0; r < 6; ++r) {
        reach += QStringLiteral(", CASE WHEN reach%1 < -1000000000 THEN 'r' WHEN reach%1 > 1000000000 THEN '-' ELSE "
                                "reach%1 - %2 END")
                     .arg(r)
                     .arg(t0 / day);
    }
    const QString served = QStringLiteral("SELECT grouping, value, day - %1, CASE WHEN prev_day < -1000000000 THEN '-' "
                                          "ELSE prev_day - %1 END, segment")
                               .arg(t0 / day) +
                           reach +
                           QStringLiteral(", contacts FROM served_day ORDER BY grouping, value, day, prev_day, "
                                          "segment, reach0, reach1, reach2, reach3, reach4, reach5");
    QCOMPARE(rows(served), (QStringList{
                               QStringLiteral("0||0|-||-|-|-|-|-|-|1"),
                               QStringLiteral("0||0|-|gold|r|2|2|3|3|3|1"),
                               QStringLiteral("0||3|0|gold|r|r|r|r|r|r|1"),
                               QStringLiteral("1|billing|0|-||-|-|-|-|-|-|1"),
                               QStringLiteral("1|billing|0|-|gold|r|2|2|3|3|3|1"),
                               QStringLiteral("1|delivery|3|-|gold|r|r|r|r|r|r|1"),
                               QStringLiteral("2|Lucy|0|-||-|-|-|-|-|-|1"),
                               QStringLiteral("2|Lucy|0|-|gold|r|2|2|3|3|3|1"),
                               QStringLiteral("2|Lucy|3|0|gold|r|r|r|r|r|r|1"),
                           }));
    // Later writes: a contact of party 2 on day 1 (its schedule: aware on day 1 at 05:00, after the contact's
    // time but on its day), party 2's first contact deleted by its record's cascade, party 1's first contact's
    // retain moved to day 5.
    QCOMPARE(insert(5, 2, t0 + day + hour, "billing", QString::number(t0 + 2 * hour), QString::number(t0 + 2 * hour),
                    QString::number(t0 + 2 * hour)),
             QString());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE contact_fact SET reach0_ms = %1 WHERE record_id = 5").arg(t0 + day + 5 * hour)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM source_record WHERE id = 4")));
    QVERIFY(q.exec(QStringLiteral("UPDATE contact_fact SET reach3_ms = %1, reach4_ms = %1, reach5_ms = %1 WHERE "
                                  "record_id = 1")
                       .arg(t0 + 5 * day)));
    QCOMPARE(rows(served), (QStringList{
                               QStringLiteral("0||0|-|gold|r|2|2|5|5|5|1"),
                               QStringLiteral("0||1|0||r|-|-|-|-|-|1"),
                               QStringLiteral("0||3|0|gold|r|r|r|r|r|r|1"),
                               QStringLiteral("1|billing|0|-|gold|r|2|2|5|5|5|1"),
                               QStringLiteral("1|billing|1|0||r|-|-|-|-|-|1"),
                               QStringLiteral("1|delivery|3|-|gold|r|r|r|r|r|r|1"),
                               QStringLiteral("2|Lucy|0|-|gold|r|2|2|5|5|5|1"),
                               QStringLiteral("2|Lucy|1|0||r|-|-|-|-|-|1"),
                               QStringLiteral("2|Lucy|3|0|gold|r|r|r|r|r|r|1"),
                           }));
}

void TestMigrations::pragmasVerified() {
    auto db = Database::open(m_dir.filePath(QStringLiteral("pragmas.db")), QStringLiteral("pragmas"));
    QVERIFY(db.ok());
    QCOMPARE(text(db->handle(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA busy_timeout")), 5000);
    QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA cache_size")), -32 * 1024);
    // Foreign keys are enforced: a link to a missing party is refused.
    QSqlQuery q(db->handle());
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO party_link(record_id, party_id, rule, linked_ms) VALUES(1, 1, 'x', 0)")));
}

void TestMigrations::refusesNewerSchema() {
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    const int supported = Migrations::cacheVersion;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(supported + 1)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }();

    Database::Options options;
    options.kind = Database::Kind::Cache;
    auto db = Database::open(path, QStringLiteral("newer"), options);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().message,
             QStringLiteral("This cache was written by a newer C360 (schema %1); this version understands up to %2.")
                 .arg(supported + 1)
                 .arg(supported));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("newer")));
    // Nothing modified: same bytes, no WAL switch.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::rejectsNonSqliteFile() {
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that is long enough\n");
    }
    auto db = Database::open(path, QStringLiteral("text"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("is not a C360 database")), qPrintable(db.error().message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("text")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("this is not a database"));
}

void TestMigrations::createsParentDirectory() {
    const QString path = m_dir.filePath(QStringLiteral("a/b/c/cache.db"));
    auto db = Database::open(path, QStringLiteral("nested"));
    QVERIFY(db.ok());
    QVERIFY(QFile::exists(path));
}

void TestMigrations::connectionRemovedOnDestruction() {
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("conn.db")), QStringLiteral("conn"));
        QVERIFY(db.ok());
        QVERIFY(QSqlDatabase::contains(QStringLiteral("conn")));
        // The same name twice on one thread is refused, not silently replaced.
        auto again = Database::open(m_dir.filePath(QStringLiteral("conn.db")), QStringLiteral("conn"));
        QVERIFY(!again.ok());
        Database moved = std::move(db.value());
        QVERIFY(QSqlDatabase::contains(QStringLiteral("conn")));
    }
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("conn")));
}

void TestMigrations::transactionRollsBackUnlessCommitted() {
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.db")), QStringLiteral("tx"));
    QVERIFY(db.ok());
    {
        Transaction tx(db->handle());
        QVERIFY(tx.active());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party(display_name, updated_ms) VALUES('x', 0)")));
    }
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), 0);
    {
        Transaction tx(db->handle());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO party(display_name, updated_ms) VALUES('x', 0)")));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"

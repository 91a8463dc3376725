// FactsBuilder, FeedbackRepository and CallImpact against a real cache written by CacheWriter.

#include "NbaTestCache.h"

#include "models/nba/CallImpact.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::nba;
using namespace c360::nbatest;

Q_DECLARE_METATYPE(c360::nba::FactValue)

class TestFactsBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void facts_data();
    void facts();
    void absentFacts();
    void contextIsApplied();
    void unknownParty();
    void queriesUseIndexes_data();
    void queriesUseIndexes();
    void feedbackRoundTrip();
    void callImpact();

private:
    std::unique_ptr<ScenarioCache> m_cache;
    qint64 m_party = 0;
    qint64 m_quiet = 0;
};

void TestFactsBuilder::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<ScenarioCache>(QStringLiteral("nba-facts"));
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    ScenarioCache& c = *m_cache;
    const QString mail = QStringLiteral("ada@example.com");
    QVERIFY(c.customer(mail, QStringLiteral("Gold"), QJsonObject{{QStringLiteral("marketing_opt_in"), false}}));
    // Orders: two delivered, then a newer cancelled one (the abandoned checkout).
    QVERIFY(c.order(mail, QStringLiteral("100001"), 100, QStringLiteral("delivered"), 1000));
    QVERIFY(c.order(mail, QStringLiteral("100002"), 12.5, QStringLiteral("shipped"), 500, QStringLiteral("Kettle")));
    QVERIFY(c.order(mail, QStringLiteral("100003"), 5, QStringLiteral("cancelled"), 750));
    // Returns: one 10 days ago, one 40 days ago.
    QVERIFY(c.returned(mail, QStringLiteral("R1"), QStringLiteral("100001"), 10, 100));
    QVERIFY(c.returned(mail, QStringLiteral("R2"), QStringLiteral("100001"), 40, 50));
    // Tickets: an open normal one (20 days), a solved high-priority one (3 days) rated 2 five days ago,
    // an older rating of 5.
    QVERIFY(c.ticket(mail, QStringLiteral("40001"), 20, QStringLiteral("open"), QStringLiteral("normal")));
    QVERIFY(c.ticket(mail, QStringLiteral("40002"), 3, QStringLiteral("solved"), QStringLiteral("high"), 2, 1));
    QVERIFY(c.ticket(mail, QStringLiteral("40003"), 90, QStringLiteral("closed"), QStringLiteral("low"), 5, 80));
    // Campaigns: a click 20 days ago followed by the order 12.5 days ago (bought), a click 2 days
    // ago without purchase, an old click 60 days ago.
    QVERIFY(c.campaign(mail, QStringLiteral("1"), QStringLiteral("C1"), QStringLiteral("Kettle week"),
                       QStringLiteral("click"), 20));
    QVERIFY(c.campaign(mail, QStringLiteral("2"), QStringLiteral("C2"), QStringLiteral("Lamp days"),
                       QStringLiteral("click"), 2));
    QVERIFY(c.campaign(mail, QStringLiteral("3"), QStringLiteral("C3"), QStringLiteral("Old"), QStringLiteral("click"),
                       60));
    QVERIFY(c.call(mail, QStringLiteral("1"), daysAgo(1), QStringLiteral("billing")));
    // Two more contacts: one 20 days ago (in the month, not the week), one 45 days ago (neither).
    QVERIFY(c.call(mail, QStringLiteral("2"), daysAgo(20), QStringLiteral("billing")));
    QVERIFY(c.call(mail, QStringLiteral("3"), daysAgo(45), QStringLiteral("delivery")));
    m_party = c.partyOf(mail);
    QVERIFY(m_party > 0);

    QVERIFY(c.customer(QStringLiteral("quiet@example.com"), QString()));
    m_quiet = c.partyOf(QStringLiteral("quiet@example.com"));
    QVERIFY(m_quiet > 0 && m_quiet != m_party);
}

void TestFactsBuilder::facts_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<FactValue>("expected");
    const auto row = [](const QString& name, FactValue v) { QTest::newRow(qPrintable(name)) << name << v; };
    row(fact::LifetimeValue, 1500.0 - 150.0); // delivered + shipped - returns (cancelled excluded)
    row(fact::OrderCount, 3.0);
    row(fact::DaysSinceLastOrder, 12.0); // floor(12.5)
    row(fact::LastOrderNumber, QStringLiteral("100002"));
    row(fact::LastOrderStatus, QStringLiteral("shipped"));
    row(fact::LastOrderTotal, 500.0);
    row(fact::LastOrderItems, QStringList{QStringLiteral("Kettle")});
    row(fact::AbandonedCartValue, 750.0);
    row(fact::Currency, QStringLiteral("CNY"));
    row(fact::Segment, QStringLiteral("gold"));
    row(fact::OpenTickets, 1.0);
    row(fact::OpenComplaint, true);
    row(fact::EscalatedTicketRecent, true);
    row(fact::DaysSinceLastContact, 1.0);
    row(fact::Contacts7d, 2.0);  // the call a day ago and the ticket opened 3 days ago
    row(fact::Contacts30d, 4.0); // and the call and the ticket of 20 days ago (not the call of 45 days)
    row(fact::LastCsat, 2.0);
    row(fact::DaysSinceLastCsat, 1.0);
    row(fact::NegativeSurvey30d, true);
    row(fact::Returns14d, 1.0);
    row(fact::DaysSinceLastReturn, 10.0);
    row(fact::CampaignClicks30d, 2.0);
    row(fact::ClickWithoutPurchase, true);
    row(fact::LastClickedCampaign, QStringLiteral("Lamp days"));
    row(fact::MarketingOptIn, false);
    row(fact::Unsubscribed, true); // opted out in the CRM
}

void TestFactsBuilder::facts() {
    QFETCH(QString, name);
    QFETCH(FactValue, expected);
    FactsBuilder builder(m_cache->db());
    auto f = builder.build(m_party, nowMs());
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    const FactValue* v = f->find(name);
    QVERIFY2(v != nullptr, qPrintable(name + QStringLiteral(" absent")));
    QVERIFY2(*v == expected, qPrintable(name + QStringLiteral(" = ") + formatFactValue(*v) +
                                        QStringLiteral(", expected ") + formatFactValue(expected)));
    // Every fact the builder makes is in the catalog with its type.
    for (const QString& n : f->names()) {
        const auto spec = factSpec(n);
        QVERIFY2(spec.has_value(), qPrintable(n));
        QCOMPARE(factTypeOf(*f->find(n)), spec->type);
    }
}

void TestFactsBuilder::absentFacts() {
    FactsBuilder builder(m_cache->db());
    auto f = builder.build(m_quiet, nowMs());
    QVERIFY(f.ok());
    for (const QString& n : {fact::DaysSinceLastOrder, fact::LastOrderNumber, fact::AbandonedCartValue, fact::LastCsat,
                             fact::DaysSinceLastCsat, fact::DaysSinceLastReturn, fact::LastClickedCampaign,
                             fact::MarketingOptIn, fact::DoNotContact, fact::Segment, fact::CallReason}) {
        QVERIFY2(!f->contains(n), qPrintable(n));
    }
    QCOMPARE(f->number(fact::OrderCount), std::optional<double>(0));
    QCOMPARE(f->boolean(fact::OpenComplaint), std::optional<bool>(false));
    QCOMPARE(f->boolean(fact::Unsubscribed), std::optional<bool>(false));
    QCOMPARE(f->boolean(fact::ClickWithoutPurchase), std::optional<bool>(false));

    // Time moves the windows: 40 days later the return, the survey and the clicks are old.
    auto later = builder.build(m_party, nowMs() + 40LL * 24 * 3600 * 1000);
    QVERIFY(later.ok());
    QCOMPARE(later->number(fact::Returns14d), std::optional<double>(0));
    QCOMPARE(later->boolean(fact::NegativeSurvey30d), std::optional<bool>(false));
    QCOMPARE(later->number(fact::CampaignClicks30d), std::optional<double>(0));
    QVERIFY(!later->contains(fact::AbandonedCartValue));
    QCOMPARE(later->boolean(fact::EscalatedTicketRecent), std::optional<bool>(false));
}

void TestFactsBuilder::contextIsApplied() {
    FactsBuilder builder(m_cache->db());
    auto f = builder.build(m_party, nowMs(),
                           CallContext{QStringLiteral("Delivery"), QStringLiteral("phone"), QStringLiteral("VIP")});
    QVERIFY(f.ok());
    QCOMPARE(f->string(fact::CallReason), QStringLiteral("delivery"));
    QCOMPARE(f->string(fact::Channel), QStringLiteral("phone"));
    QCOMPARE(f->string(fact::Queue), QStringLiteral("vip"));
}

void TestFactsBuilder::unknownParty() {
    FactsBuilder builder(m_cache->db());
    auto f = builder.build(987654, nowMs());
    QVERIFY(!f.ok());
    QVERIFY(f.error().message.contains(QStringLiteral("987654")));
}

// Every statement FactsBuilder and FeedbackRepository run reads by index or primary key.
void TestFactsBuilder::queriesUseIndexes_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("binds");
    const auto row = [](const char* name, const char* sql, int binds) {
        QTest::newRow(name) << QString::fromLatin1(sql) << binds;
    };
    row("party", "SELECT lifetime_value FROM party WHERE id = ?", 1);
    row("orders",
        "SELECT o.total FROM party_link pl CROSS JOIN orders o ON o.record_id = pl.record_id WHERE pl.party_id = ? AND "
        "pl.entity = 'order'",
        1);
    row("contacts",
        "SELECT i.occurred_ms FROM timeline_event te CROSS JOIN interaction i ON i.record_id = te.record_id WHERE "
        "te.party_id = ? AND te.occurred_ms >= ? AND i.occurred_ms >= ?",
        3);
    row("lines", "SELECT title, sku FROM order_line WHERE record_id = ? ORDER BY id", 1);
    row("returns",
        "SELECT r.created_ms FROM party_link pl CROSS JOIN return_item r ON r.record_id = pl.record_id WHERE "
        "pl.party_id = ? AND pl.entity = 'return'",
        1);
    row("tickets",
        "SELECT t.status FROM party_link pl CROSS JOIN ticket t ON t.record_id = pl.record_id WHERE pl.party_id = ? "
        "AND pl.entity = 'ticket'",
        1);
    row("campaigns",
        "SELECT c.event_type FROM party_link pl CROSS JOIN campaign_touch c ON c.record_id = pl.record_id WHERE "
        "pl.party_id = ? AND pl.entity = 'campaign_event'",
        1);
    row("profiles",
        "SELECT sr.payload FROM party_link pl CROSS JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = "
        "? AND "
        "pl.entity = 'customer' AND sr.deleted = 0 ORDER BY sr.updated_at DESC, sr.id DESC",
        1);
    QTest::newRow("feedback history") << FeedbackRepository::historySql() << 2;
}

void TestFactsBuilder::queriesUseIndexes() {
    QFETCH(QString, sql);
    QFETCH(int, binds);
    QVERIFY(FeedbackRepository(m_cache->db()).ensureSchema().ok());
    QSqlQuery q(m_cache->db());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    for (int i = 0; i < binds; ++i) {
        q.addBindValue(1);
    }
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next()) {
        plan << q.value(3).toString();
    }
    for (const QString& step : plan) {
        // "SCAN x" without an index is a full table scan; "SEARCH x USING ..." is fine.
        QVERIFY2(!step.startsWith(QStringLiteral("SCAN")) || step.contains(QStringLiteral("USING")),
                 qPrintable(plan.join(QStringLiteral(" | "))));
    }
    // A party's records of one kind through the (party_id, entity) index, not all its links; its recent
    // contacts through the timeline's (party_id, occurred_ms) index.
    const QString joined = plan.join(QStringLiteral(" | "));
    if (sql.contains(QStringLiteral("pl.entity"))) {
        QVERIFY2(joined.contains(QStringLiteral("party_link_party (party_id=? AND entity=?)")), qPrintable(joined));
    }
    if (sql.contains(QStringLiteral("te.occurred_ms"))) {
        QVERIFY2(joined.contains(QStringLiteral("timeline_event_party (party_id=? AND occurred_ms>?)")),
                 qPrintable(joined));
    }
}

void TestFactsBuilder::feedbackRoundTrip() {
    FeedbackRepository repo(m_cache->db());
    QVERIFY(repo.ensureSchema().ok());
    QVERIFY(repo.ensureSchema().ok()); // idempotent
    Feedback f;
    f.partyId = m_quiet;
    f.actionId = QStringLiteral("win_back");
    f.outcome = Outcome::Dismissed;
    f.atMs = nowMs();
    auto noReason = repo.record(f);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().message.contains(QStringLiteral("reason")));
    f.reason = QStringLiteral("declined");
    f.context = CallContext{QStringLiteral("sales"), QStringLiteral("phone"), QStringLiteral("q1")};
    f.pack = QStringLiteral("retail");
    auto id1 = repo.record(f);
    QVERIFY(id1.ok());
    f.outcome = Outcome::Later;
    f.reason.clear();
    f.atMs += 1000;
    auto id2 = repo.record(f);
    QVERIFY(id2.ok());

    auto history = repo.history(m_quiet, nowMs());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).outcome, Outcome::Dismissed);
    QCOMPARE(history->at(0).reason, QStringLiteral("declined"));
    QCOMPARE(history->at(0).context.queue, QStringLiteral("q1"));
    QCOMPARE(history->at(0).pack, QStringLiteral("retail"));
    QCOMPARE(history->at(1).outcome, Outcome::Later);
    QCOMPARE(repo.history(m_quiet, nowMs() + 1)->size(), 1);

    auto pending = repo.unpushed(100);
    QVERIFY(pending.ok());
    const qsizetype before = pending->size();
    QVERIFY(before >= 2);
    QVERIFY(repo.markPushed({*id1}, nowMs()).ok());
    QCOMPARE(repo.unpushed(100)->size(), before - 1);

    // The database itself refuses a dismissal without a reason.
    QSqlQuery q(m_cache->db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO nba_feedback(party_id, action_id, outcome, at_ms) "
                                   "VALUES(1, 'a', 'dismissed', 0)")));
}

void TestFactsBuilder::callImpact() {
    auto pack = RulePack::load(RulePack::defaultPackPath());
    QVERIFY(pack.ok());
    const NbaEngine before(*pack);
    // The edit: service recovery off.
    QHash<QString, RulePack::Override> edits;
    edits.insert(QStringLiteral("service_recovery"), RulePack::Override{false, std::nullopt});
    QFile file(RulePack::defaultPackPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto edited = RulePack::applyOverrides(file.readAll(), edits);
    QVERIFY(edited.ok());
    auto afterPack = RulePack::parse(*edited);
    QVERIFY(afterPack.ok());
    const NbaEngine after(*afterPack);

    const qint64 dayStart = QDateTime(now().date().addDays(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto calls = compareOnCalls(m_cache->db(), before, after, dayStart, dayStart + 24LL * 3600 * 1000, nowMs(), 100);
    QVERIFY2(calls.ok(), qPrintable(calls.ok() ? QString() : calls.error().message));
    QCOMPARE(calls->size(), 1);
    const CallImpact& c = calls->constFirst();
    QCOMPARE(c.partyId, m_party);
    QCOMPARE(c.context.channel, QStringLiteral("phone"));
    QCOMPARE(c.context.reason, QStringLiteral("billing"));
    QCOMPARE(c.before, QStringLiteral("service_recovery"));
    QVERIFY(c.changed());
    QVERIFY(!c.after.isEmpty());

    std::atomic<bool> cancel{true};
    QVERIFY(
        !compareOnCalls(m_cache->db(), before, after, dayStart, dayStart + 24LL * 3600 * 1000, nowMs(), 100, &cancel)
             .ok());
}

QTEST_GUILESS_MAIN(TestFactsBuilder)
#include "TestFactsBuilder.moc"

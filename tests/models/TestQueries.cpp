#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/EventKinds.h"
#include "models/Queries.h"
#include "models/SqlStatement.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace c360;
using namespace c360::testutil;

namespace {
QVariantMap m(std::initializer_list<std::pair<const char*, QVariant>> values) {
    QVariantMap map;
    for (const auto& [k, v] : values) {
        map.insert(QString::fromLatin1(k), v);
    }
    return map;
}
PageInput page(const QString& source, const QString& stream, QList<CanonicalRecord> records) {
    PageInput p;
    p.source = source;
    p.stream = stream;
    p.records = std::move(records);
    p.checkpoint = QStringLiteral("cp");
    return p;
}
const qint64 kBaseMs = 1'700'000'000'000;
} // namespace

class TestQueries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void search_data();
    void search();
    void wholeKeyIsTheAnswer();
    void searchSpecialCharacters_data();
    void searchSpecialCharacters();
    void partyHeader();
    void timelinePagingVisitsEveryEventOnce();
    void timelineFilters();
    void timelinePlanUsesIndex_data();
    void timelinePlanUsesIndex();
    void searchPlansUseIndexes();
    void eventDetail();
    void stats();
    void recordIdInAStreamNewSinceTheLastSearch();

private:
    qint64 partyOf(const QString& sourceId) const {
        return scalar(m_db->handle(), QStringLiteral("SELECT pl.party_id FROM party_link pl JOIN source_record sr ON "
                                                     "sr.id = pl.record_id WHERE sr.source_id = '%1'")
                                          .arg(sourceId));
    }
    QStringList plan(const QString& sql, const QVariantList& values) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Normalizer m_normalizer;
    qint64 m_busy = 0; // the party with 5,000 events
};

void TestQueries::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("cache.db")), QStringLiteral("queries"));
    QVERIFY(db.ok());
    m_db = std::make_unique<Database>(std::move(db.value()));
    CacheWriter writer(m_db->handle(), IdentityConfig{});

    const QString crm = QStringLiteral("crm");
    auto customer = [](const char* id, const QString& name, const char* email, const char* phone) {
        return record(QStringLiteral("crm"), QStringLiteral("customers"), EntityKind::Customer, QString::fromLatin1(id),
                      m({{"name", name},
                         {"email", QString::fromLatin1(email)},
                         {"phone", QString::fromLatin1(phone)},
                         {"segment", QStringLiteral("Gold")},
                         {"wechat_openid", QString(QStringLiteral("wx_") + QString::fromLatin1(id))},
                         {"created_at", at("2023-01-01T00:00:00Z")}}));
    };
    QVERIFY(
        writer
            .applyPage(page(
                crm, QStringLiteral("customers"),
                {customer("CRM-000001", QStringLiteral("王伟"), "wang.wei@example.cn", "+86 138-0013-8000"),
                 customer("CRM-000002", QStringLiteral("王伟明"), "wwm@example.cn", "13900139000"),
                 customer("CRM-000003", QStringLiteral("李娜"), "li.na@example.cn", "13700137000"),
                 customer("CRM-000004", QStringLiteral("Zhang Wei"), "ZW@Example.COM", "13600136000"),
                 customer("CRM-000005", QStringLiteral("O'Brien \"Bo\" Smith"), "bo@example.com", "+1 650 253 0000"),
                 // An address that holds CRM-000005's whole: a substring match, never an answer to it.
                 customer("CRM-000006", QStringLiteral("Quinn Jbo"), "jbo@example.com", "+1 650 253 0001")}))
            .ok());
    QVERIFY(writer
                .applyPage(page(QStringLiteral("shop"), QStringLiteral("orders"),
                                {record(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order,
                                        QStringLiteral("SO-0000001"),
                                        m({{"number", QStringLiteral("100234")},
                                           {"email", QStringLiteral("zw@example.com")},
                                           {"name", QStringLiteral("Wei Zhang")},
                                           {"total", 1234.5},
                                           {"currency", QStringLiteral("CNY")},
                                           {"status", QStringLiteral("paid")},
                                           {"placed_at", at("2024-03-01T10:00:00Z")}}))}))
                .ok());
    QVERIFY(writer
                .applyPage(page(QStringLiteral("helpdesk"), QStringLiteral("tickets"),
                                {record(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket,
                                        QStringLiteral("T-000001"),
                                        m({{"number", QStringLiteral("#40001")},
                                           {"subject", QStringLiteral("Parcel late")},
                                           {"phone", QStringLiteral("0086 139 0013 9000")},
                                           {"status", QStringLiteral("open")},
                                           {"created_at", at("2024-03-02T10:00:00Z")}}))}))
                .ok());

    // 5,000 events for one party, from two sources, three kinds, with timestamps shared by three events
    // each (the id breaks ties), plus system field changes.
    const QString phone = QStringLiteral("13500135000");
    QList<CanonicalRecord> contact, marketing;
    for (int i = 0; i < 4000; ++i) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(kBaseMs + (i / 3) * 1000, Qt::UTC);
        contact << record(QStringLiteral("contact"), QStringLiteral("interactions"), EntityKind::Interaction,
                          QStringLiteral("IX-%1").arg(i, 7, 10, QLatin1Char('0')),
                          m({{"channel", i % 2 ? QStringLiteral("call") : QStringLiteral("chat")},
                             {"phone", phone},
                             {"occurred_at", when}}));
    }
    for (int i = 0; i < 990; ++i) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(kBaseMs + (i / 3) * 1000 + 500, Qt::UTC);
        marketing << record(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent,
                            QStringLiteral("ME-%1").arg(i, 8, 10, QLatin1Char('0')),
                            m({{"campaign_name", QStringLiteral("Double 11")},
                               {"event_type", QStringLiteral("open")},
                               {"phone", phone},
                               {"occurred_at", when}}));
    }
    CanonicalRecord busy = record(crm, QStringLiteral("customers"), EntityKind::Customer, QStringLiteral("CRM-000099"),
                                  m({{"name", QStringLiteral("Busy Bee")},
                                     {"phone", phone},
                                     {"created_at", QDateTime::fromMSecsSinceEpoch(kBaseMs - 1000, Qt::UTC)}}));
    QList<QVariantMap> changes;
    for (int i = 0; i < 9; ++i) {
        changes << m({{"field", QStringLiteral("segment")},
                      {"new", QString::number(i)},
                      {"at", QDateTime::fromMSecsSinceEpoch(kBaseMs + i * 100'000, Qt::UTC)}});
    }
    busy.children.insert(QStringLiteral("changes"), changes);
    for (qsizetype from = 0; from < contact.size(); from += 1000) {
        QVERIFY(
            writer.applyPage(page(QStringLiteral("contact"), QStringLiteral("interactions"), contact.mid(from, 1000)))
                .ok());
    }
    QVERIFY(writer.applyPage(page(QStringLiteral("marketing"), QStringLiteral("events"), marketing)).ok());
    QVERIFY(writer.applyPage(page(crm, QStringLiteral("customers"), {busy})).ok());
    m_busy = partyOf(QStringLiteral("CRM-000099"));
    QCOMPARE(
        scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = %1").arg(m_busy)),
        5000);
}

void TestQueries::cleanupTestCase() {
    m_db.reset();
}

void TestQueries::search_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("firstSourceId"); // the CRM record of the expected first party
    QTest::addColumn<QString>("matchedOn");
    QTest::addColumn<int>("minResults");
    QTest::newRow("2-char CJK name (prefix)")
        << QStringLiteral("王伟") << QStringLiteral("CRM-000001") << QStringLiteral("name") << 2;
    QTest::newRow("1-char CJK name") << QStringLiteral("李") << QStringLiteral("CRM-000003") << QStringLiteral("name")
                                     << 1;
    QTest::newRow("3-char CJK name (fts)")
        << QStringLiteral("王伟明") << QStringLiteral("CRM-000002") << QStringLiteral("name") << 1;
    QTest::newRow("latin name any case") << QStringLiteral("zhang") << QStringLiteral("CRM-000004")
                                         << QStringLiteral("name") << 1;
    QTest::newRow("latin form from another source")
        << QStringLiteral("Wei Zhang") << QStringLiteral("CRM-000004") << QStringLiteral("name") << 1;
    QTest::newRow("full-width name") << QStringLiteral("Ｚｈａｎｇ") << QStringLiteral("CRM-000004")
                                     << QStringLiteral("name") << 1;
    QTest::newRow("phone other form") << QStringLiteral("0086 138 0013 8000") << QStringLiteral("CRM-000001")
                                      << QStringLiteral("phone") << 1;
    QTest::newRow("phone national") << QStringLiteral("138-0013-8000") << QStringLiteral("CRM-000001")
                                    << QStringLiteral("phone") << 1;
    QTest::newRow("phone us") << QStringLiteral("+1 (650) 253-0000") << QStringLiteral("CRM-000005")
                              << QStringLiteral("phone") << 1;
    QTest::newRow("partial phone digits (fts)")
        << QStringLiteral("0013800") << QStringLiteral("CRM-000001") << QStringLiteral("phone") << 1;
    QTest::newRow("email other case") << QStringLiteral(" Wang.Wei@EXAMPLE.cn ") << QStringLiteral("CRM-000001")
                                      << QStringLiteral("email") << 1;
    QTest::newRow("email of another source")
        << QStringLiteral("ZW@example.com") << QStringLiteral("CRM-000004") << QStringLiteral("email") << 1;
    QTest::newRow("order number") << QStringLiteral("100234") << QStringLiteral("CRM-000004") << QStringLiteral("order")
                                  << 1;
    QTest::newRow("ticket with #") << QStringLiteral("#40001") << QStringLiteral("CRM-000002")
                                   << QStringLiteral("ticket") << 1;
    QTest::newRow("ticket without #") << QStringLiteral("40001") << QStringLiteral("CRM-000002")
                                      << QStringLiteral("ticket") << 1;
    QTest::newRow("source id") << QStringLiteral("T-000001") << QStringLiteral("CRM-000002") << QStringLiteral("id")
                               << 1;
    QTest::newRow("wechat openid") << QStringLiteral("wx_CRM-000003") << QStringLiteral("CRM-000003")
                                   << QStringLiteral("id") << 1;
    QTest::newRow("name with quotes") << QStringLiteral("O'Brien \"Bo\"") << QStringLiteral("CRM-000005")
                                      << QStringLiteral("name") << 1;
}

void TestQueries::search() {
    QFETCH(QString, query);
    QFETCH(QString, firstSourceId);
    QFETCH(QString, matchedOn);
    QFETCH(int, minResults);
    SearchRepository repo(m_db->handle(), m_normalizer);
    auto results = repo.search(query);
    QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().detail));
    QVERIFY2(results->size() >= minResults, qPrintable(QString::number(results->size())));
    QCOMPARE(results->first().id, partyOf(firstSourceId));
    QCOMPARE(results->first().matchedOn, matchedOn);
    QSet<qint64> ids;
    for (const PartySummary& p : *results) {
        QVERIFY2(!ids.contains(p.id), "duplicate party in results");
        ids.insert(p.id);
    }
}

// A whole e-mail, phone or order number that found its customer is the answer: no substring matches after it
// (on a big cache they are noise and cost a scan of long trigram lists); part of one still finds both.
void TestQueries::wholeKeyIsTheAnswer() {
    const SearchRepository repo(m_db->handle(), m_normalizer);
    for (const QString& query : {QStringLiteral("bo@example.com"), QStringLiteral("+1 (650) 253-0000")}) {
        auto results = repo.search(query);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 1);
        QCOMPARE(results->first().id, partyOf(QStringLiteral("CRM-000005")));
    }
    auto part = repo.search(QStringLiteral("bo@example"));
    QVERIFY(part.ok());
    QCOMPARE(part->size(), 2);
}

void TestQueries::searchSpecialCharacters_data() {
    QTest::addColumn<QString>("query");
    for (const char* q : {"\"", "\"\"", "a\"b", "'; DROP TABLE party; --", "NEAR(a b)", "a* OR b", "names:zhang", "^zh",
                          "-zh", "(((", "zh)ang", "AND", "a + b", "\\", "%_%", "{names}: x", "*"}) {
        QTest::newRow(q) << QString::fromUtf8(q);
    }
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
}

void TestQueries::searchSpecialCharacters() {
    QFETCH(QString, query);
    SearchRepository repo(m_db->handle(), m_normalizer);
    auto results = repo.search(query);
    QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().detail));
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM party")) > 0, true);
}

void TestQueries::partyHeader() {
    PartyRepository repo(m_db->handle());
    const qint64 id = partyOf(QStringLiteral("CRM-000004"));
    auto header = repo.header(id);
    QVERIFY(header.ok() && header->has_value());
    const PartyHeader& h = **header;
    QCOMPARE(h.name, QStringLiteral("Zhang Wei"));
    QCOMPARE(h.emails, QStringList{QStringLiteral("zw@example.com")});
    QCOMPARE(h.phones, QStringList{QStringLiteral("+8613600136000")});
    QCOMPARE(h.wechat, QStringList{QStringLiteral("wx_CRM-000004")});
    QCOMPARE(h.sources, (QStringList{QStringLiteral("crm"), QStringLiteral("shop")}));
    QCOMPARE(h.linkedRecords, 2);
    QCOMPARE(h.orderCount, 1);
    QCOMPARE(h.lifetimeValue, 1234.5);
    QCOMPARE(h.currency, QStringLiteral("CNY"));
    QCOMPARE(h.segment, QStringLiteral("Gold"));
    QCOMPARE(h.lastContact, at("2024-03-01T10:00:00Z"));
    auto missing = repo.header(999'999);
    QVERIFY(missing.ok() && !missing->has_value());
    QCOMPARE(repo.count().value(), scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM party")));
}

void TestQueries::timelinePagingVisitsEveryEventOnce() {
    TimelineRepository repo(m_db->handle());
    TimelineFilter all;
    all.includeSystem = true;
    QCOMPARE(repo.count(m_busy, all).value(), 5000);
    QSet<qint64> seen;
    std::optional<TimelineKey> after;
    TimelineEvent previous;
    int pages = 0;
    for (;;) {
        auto page = repo.page(m_busy, all, after, 333);
        QVERIFY(page.ok());
        if (page->isEmpty()) {
            break;
        }
        ++pages;
        for (const TimelineEvent& e : *page) {
            QVERIFY2(!seen.contains(e.id), "event returned twice");
            seen.insert(e.id);
            QCOMPARE(e.partyId, m_busy);
            if (previous.id != 0) {
                const bool newestFirst =
                    e.occurredAt < previous.occurredAt || (e.occurredAt == previous.occurredAt && e.id < previous.id);
                QVERIFY2(newestFirst, "not ordered newest first");
            }
            previous = e;
        }
        after = TimelineKey{page->constLast().occurredAt.toMSecsSinceEpoch(), page->constLast().id};
    }
    QCOMPARE(seen.size(), 5000);
    QCOMPARE(pages, 16);
}

void TestQueries::timelineFilters() {
    TimelineRepository repo(m_db->handle());
    TimelineFilter f;
    QCOMPARE(repo.count(m_busy, f).value(), 4991); // system field changes folded away by default
    f.kinds = {kinds::Call};
    QCOMPARE(repo.count(m_busy, f).value(), 2000);
    auto page = repo.page(m_busy, f, std::nullopt, 50);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 50);
    for (const TimelineEvent& e : *page) {
        QCOMPARE(e.kind, kinds::Call);
        QCOMPARE(e.source, QStringLiteral("contact"));
        QCOMPARE(e.stream, QStringLiteral("interactions"));
        QVERIFY(e.sourceId.startsWith(QStringLiteral("IX-")));
    }
    f.kinds = {kinds::Call, kinds::Campaign};
    QCOMPARE(repo.count(m_busy, f).value(), 2990);
    f.kinds.clear();
    f.sources = {QStringLiteral("marketing")};
    QCOMPARE(repo.count(m_busy, f).value(), 990);
    f.sources = {QStringLiteral("crm")};
    QCOMPARE(repo.count(m_busy, f).value(), 1);
    f.includeSystem = true;
    QCOMPARE(repo.count(m_busy, f).value(), 10);
    f.kinds = {kinds::FieldChange};
    page = repo.page(m_busy, f, std::nullopt, 100);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 9);
    QVERIFY(page->first().system);

    QCOMPARE(repo.kinds(m_busy).value(),
             (QStringList{kinds::Call, kinds::Campaign, kinds::Chat, kinds::FieldChange, kinds::Profile}));
    QCOMPARE(repo.sources(m_busy).value(),
             (QStringList{QStringLiteral("contact"), QStringLiteral("crm"), QStringLiteral("marketing")}));
}

QStringList TestQueries::plan(const QString& sql, const QVariantList& values) const {
    // Through the statement wrapper the repositories use (numbered parameters such as ?1 bind as SQLite binds them).
    sql::Statement q;
    if (!q.prepare(m_db->handle(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        return {QStringLiteral("prepare failed: ") + q.lastError()};
    }
    if (!q.exec(values)) {
        return {QStringLiteral("exec failed: ") + q.lastError()};
    }
    QStringList lines;
    while (q.next()) {
        lines << q.value(3).toString();
    }
    return lines;
}

void TestQueries::timelinePlanUsesIndex_data() {
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<bool>("keyset");
    QTest::newRow("first page") << QStringList() << QStringList() << false;
    QTest::newRow("keyset page") << QStringList() << QStringList() << true;
    QTest::newRow("keyset + filters") << QStringList{kinds::Call, kinds::Order} << QStringList{QStringLiteral("crm")}
                                      << true;
}

void TestQueries::timelinePlanUsesIndex() {
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, sources);
    QFETCH(bool, keyset);
    TimelineFilter f;
    f.kinds = kinds;
    f.sources = sources;
    QVariantList values{m_busy};
    for (const QString& k : kinds) {
        values << k;
    }
    for (const QString& s : sources) {
        values << s;
    }
    if (keyset) {
        values << kBaseMs + 500'000 << 100;
    }
    values << 200;
    const QStringList lines = plan(TimelineRepository::pageSql(f, keyset), values);
    qInfo().noquote() << "EXPLAIN QUERY PLAN (timeline page):" << lines.join(QStringLiteral(" | "));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("SEARCH te USING INDEX timeline_event_party (party_id=?")), qPrintable(all));
    if (keyset) {
        // The row value seeks on the index by occurred_ms; id breaks ties inside the same index range
        // (timelinePagingVisitsEveryEventOnce proves no tie is lost).
        QVERIFY2(all.contains(QStringLiteral("(party_id=? AND occurred_ms<?)")), qPrintable(all));
    }
    QVERIFY2(!all.contains(QStringLiteral("SCAN te")) && !all.contains(QStringLiteral("SCAN timeline_event")),
             qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("TEMP B-TREE")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("SEARCH sr USING INTEGER PRIMARY KEY")), qPrintable(all));
}

void TestQueries::searchPlansUseIndexes() {
    // A number typed: one probe of the (kind, value) index per kind, then the link and the customer by their keys;
    // as a record id (no key since cache v21), the record with that id in each stream with live records.
    const QString streams = QStringLiteral(R"([["crm","customers"],["shop","orders"]])");
    const QString key = plan(SearchRepository::keySql(), {QStringLiteral("1001"), QStringLiteral("order"),
                                                          QStringLiteral("ticket"), QVariant(), QVariant(), streams})
                            .join(u'\n');
    qInfo().noquote() << "EXPLAIN QUERY PLAN (key lookup):" << key;
    QVERIFY2(key.contains(QStringLiteral("record_key_lookup (kind=? AND value=?)")), qPrintable(key));
    QVERIFY2(key.contains(QStringLiteral("sqlite_autoindex_source_record_1 (source=? AND stream=? AND source_id=?)")),
             qPrintable(key));
    QVERIFY2(key.count(QStringLiteral("SEARCH p USING INTEGER PRIMARY KEY")) == 2, qPrintable(key));
    QVERIFY2(!key.contains(QStringLiteral("SCAN sr")) && !key.contains(QStringLiteral("SCAN rk")) &&
                 !key.contains(QStringLiteral("SCAN p")) && !key.contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(key));
    // The streams (walked again only when the cache changed): a probe or two each, the next of the same source,
    // else the first of the next source.
    const QString next =
        plan(SearchRepository::nextStreamSql(), {QStringLiteral("crm"), QStringLiteral("customers")}).join(u'\n') +
        u'\n' + plan(SearchRepository::nextSourceSql(), {QStringLiteral("crm")}).join(u'\n');
    qInfo().noquote() << "EXPLAIN QUERY PLAN (next stream):" << next;
    QVERIFY2(next.contains(QStringLiteral("source_record_live (deleted=? AND source=? AND stream>?)")),
             qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("source_record_live (deleted=? AND source>?)")), qPrintable(next));
    QVERIFY2(!next.contains(QStringLiteral("TEMP B-TREE")), qPrintable(next));
    const QStringList prefix =
        plan(QStringLiteral("SELECT id FROM party WHERE name_key >= ? AND name_key < ? || char(1114111) "
                            "ORDER BY name_key, id LIMIT ?"),
             {QStringLiteral("王伟"), QStringLiteral("王伟"), 50});
    qInfo().noquote() << "EXPLAIN QUERY PLAN (name prefix):" << prefix.join(QStringLiteral(" | "));
    QVERIFY2(prefix.join(u'\n').contains(QStringLiteral("party_name_key (name_key>? AND name_key<?)")),
             qPrintable(prefix.join(u'\n')));
    const QStringList stats = plan(
        QStringLiteral("SELECT source, stream, count(*) FROM source_record WHERE deleted = 0 GROUP BY source, stream"),
        {});
    qInfo().noquote() << "EXPLAIN QUERY PLAN (live counts):" << stats.join(QStringLiteral(" | "));
    QVERIFY2(stats.join(u'\n').contains(QStringLiteral("COVERING INDEX source_record_live")),
             qPrintable(stats.join(u'\n')));
}

void TestQueries::eventDetail() {
    TimelineRepository repo(m_db->handle());
    const qint64 party = partyOf(QStringLiteral("SO-0000001"));
    TimelineFilter f;
    f.kinds = {kinds::Order};
    auto page = repo.page(party, f, std::nullopt, 10);
    QVERIFY(page.ok() && page->size() == 1);
    // Rendered when read, from the typed row: money in its own currency, the status as a word.
    QCOMPARE(page->first().title, QStringLiteral("Order 100234 · ¥1,234.50"));
    QCOMPARE(page->first().summary, QStringLiteral("Paid"));
    auto detail = repo.detail(page->first().id);
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().detail));
    QCOMPARE(detail->event.id, page->first().id);
    bool sawNumber = false;
    for (const auto& [label, value] : detail->fields) {
        if (label == QStringLiteral("Order number")) {
            QCOMPARE(value, QStringLiteral("100234"));
            sawNumber = true;
        }
        if (label == QStringLiteral("Status")) {
            QCOMPARE(value, QStringLiteral("Paid"));
        }
        if (label == QStringLiteral("Total")) {
            QCOMPARE(value, QStringLiteral("¥1,234.50"));
        }
        QVERIFY2(label != QStringLiteral("Refunded"), qPrintable(value)); // nothing refunded: not shown as 0
    }
    QVERIFY(sawNumber);
    QVERIFY(detail->raw.contains("\"id\": \"SO-0000001\""));
    auto missing = repo.detail(99'999'999);
    QVERIFY(!missing.ok());
}

void TestQueries::stats() {
    StatsRepository repo(m_db->handle());
    auto counts = repo.liveRecordCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("crm")).value(QStringLiteral("customers")),
             7); // six fixture customers and the busy one
    QCOMPARE(counts->value(QStringLiteral("contact")).value(QStringLiteral("interactions")), 4000);
    QCOMPARE(counts->value(QStringLiteral("marketing")).value(QStringLiteral("events")), 990);
    QCOMPARE(counts->value(QStringLiteral("shop")).value(QStringLiteral("orders")), 1);
    QCOMPARE(repo.partyCount().value(), 7);
    QVERIFY(repo.eventCount().value() >= 5000);
    QCOMPARE(repo.quarantineCount().value(), 0);
}

// The streams a record id is looked up in are walked once and kept until the cache changes: a record of a stream
// that appeared since the last search (written by another connection, or by the search's own) is found by its id.
// Runs last: it adds records the other tests do not count.
void TestQueries::recordIdInAStreamNewSinceTheLastSearch() {
    const SearchRepository repo(m_db->handle(), m_normalizer);
    const auto lead = [](const QString& stream, const QString& id, const QString& name, const QString& email) {
        return record(QStringLiteral("web"), stream, EntityKind::Customer, id,
                      m({{"name", name}, {"email", email}, {"created_at", at("2024-05-01T00:00:00Z")}}));
    };
    for (int round = 0; round < 2; ++round) {
        auto known = repo.search(QStringLiteral("T-000001")); // walks the streams (again after a change)
        QVERIFY(known.ok());
        QCOMPARE(known->size(), 1);
        QCOMPARE(known->first().id, partyOf(QStringLiteral("T-000001")));
        QCOMPARE(known->first().matchedOn, QStringLiteral("id"));
        const QString id = round == 0 ? QStringLiteral("LEAD-000001") : QStringLiteral("VISIT-000001");
        auto missing = repo.search(id);
        QVERIFY(missing.ok());
        QVERIFY(missing->isEmpty());
        // Round 0: another connection (a sync's writer) writes, and the cache's data_version moves; round 1: this
        // connection, whose own changes do not move data_version, total_changes() does.
        std::optional<Database> other;
        if (round == 0) {
            auto opened = Database::open(m_dir.filePath(QStringLiteral("cache.db")), QStringLiteral("queries-writer"));
            QVERIFY(opened.ok());
            other.emplace(std::move(opened.value()));
        }
        const QString stream = round == 0 ? QStringLiteral("leads") : QStringLiteral("visits");
        CacheWriter writer(other ? other->handle() : m_db->handle(), IdentityConfig{});
        QVERIFY(writer
                    .applyPage(page(
                        QStringLiteral("web"), stream,
                        {round == 0
                             ? lead(stream, id, QStringLiteral("陈静"), QStringLiteral("chen.jing@example.cn"))
                             : lead(stream, id, QStringLiteral("林美玲"), QStringLiteral("lin.meiling@example.tw"))}))
                    .ok());
        auto found = repo.search(id);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, partyOf(id));
        QCOMPARE(found->first().matchedOn, QStringLiteral("id"));
    }
}

QTEST_GUILESS_MAIN(TestQueries)
#include "TestQueries.moc"

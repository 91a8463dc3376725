#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/EventKinds.h"
#include "models/PartyAggregator.h"
#include "models/PartyChanges.h"
#include "models/PartyReadAhead.h"
#include "models/ReportFacts.h"
#include "models/SyncStateRepository.h"
#include "models/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>
#include <utility>

using namespace c360;
using namespace c360::testutil;

namespace {
const QString kCrm = QStringLiteral("crm");
const QString kShop = QStringLiteral("shop");
const QString kHelpdesk = QStringLiteral("helpdesk");
const QString kContact = QStringLiteral("contact");

QVariantMap m(std::initializer_list<std::pair<const char*, QVariant>> values) {
    QVariantMap map;
    for (const auto& [k, v] : values) {
        map.insert(QString::fromLatin1(k), v);
    }
    return map;
}

CanonicalRecord crmCustomer(const QString& id, QVariantMap fields) {
    return record(kCrm, QStringLiteral("customers"), EntityKind::Customer, id, std::move(fields));
}
CanonicalRecord shopOrder(const QString& id, QVariantMap fields) {
    return record(kShop, QStringLiteral("orders"), EntityKind::Order, id, std::move(fields));
}
CanonicalRecord ticket(const QString& id, QVariantMap fields) {
    return record(kHelpdesk, QStringLiteral("tickets"), EntityKind::Ticket, id, std::move(fields));
}
CanonicalRecord interaction(const QString& id, QVariantMap fields) {
    return record(kContact, QStringLiteral("interactions"), EntityKind::Interaction, id, std::move(fields));
}

PageInput page(const QString& source, const QString& stream, QList<CanonicalRecord> records,
               const QString& checkpoint = QStringLiteral("cp")) {
    PageInput p;
    p.source = source;
    p.stream = stream;
    p.records = std::move(records);
    p.checkpoint = checkpoint;
    return p;
}
// The write-ahead log's index (the -shm file, SQLite's wal.c layout): frames in the log (mxFrame of the header) and
// frames copied back into the database file (nBackfill of the checkpoint info after the header's two copies).
std::pair<quint32, quint32> walFramesAndBackfill(const QString& dbPath) {
    QFile shm(dbPath + QStringLiteral("-shm"));
    if (!shm.open(QIODevice::ReadOnly)) {
        return {0, 0};
    }
    const QByteArray head = shm.read(100);
    if (head.size() < 100) {
        return {0, 0};
    }
    quint32 frames = 0;
    quint32 backfilled = 0;
    std::memcpy(&frames, head.constData() + 16, sizeof frames);
    std::memcpy(&backfilled, head.constData() + 96, sizeof backfilled);
    return {frames, backfilled};
}

} // namespace

class TestCacheWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void recordsOfThreeSourcesBecomeOneParty();
    void eventsPerEntity();
    void bridgingRecordMergesParties();
    void deletionRemovesEventsAndOrphanParty();
    void reapplyingIsIdempotent();
    void knownRecordsAmongNewOnesAreUpdatedInPlace();
    void failedPageRollsBackWithCheckpoint();
    void quarantineRowsStored();
    void aggregates();
    void recordWithoutLinkingKeyGetsOwnParty();
    void changedKeyMovesRecord();
    void partyKeysMatchFullRecount();
    void unchangedSearchRowNotRewritten();
    void deferredRecomputeMatchesPerPage();
    void marksLeftByAnInterruptedRunAreFinished();
    void roundsRecomputeOnlyTheCustomersFoundSince();
    void groupedPagesCommitTogetherAndFailAlone();
    void walCheckpointerCopiesTheLogBack();
    void recomputeRedoesOnlyWhatChanged();
    void redeliveredRecordsKeepTheirRows();
    void redeliveredRecordMarksItsCustomerOnlyWhenTheKeysReorder();
    void manyMarkedPartiesRecomputeOnlyWhatChanged_data();
    void manyMarkedPartiesRecomputeOnlyWhatChanged();
    void manyNewContactsRollUpAsOneByOne();
    void readAheadRecomputesAsTheWriterReadingItself();
    void readAheadDroppedWhenAnotherConnectionCommits();

private:
    qint64 count(const QString& sql) const { return scalar(m_db->handle(), sql); }
    Result<PageOutcome> apply(const PageInput& p) { return m_writer->applyPage(p); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheWriter> m_writer;
};

void TestCacheWriter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("cache.db")), QStringLiteral("writer"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::make_unique<Database>(std::move(db.value()));
    m_writer = std::make_unique<CacheWriter>(m_db->handle(), IdentityConfig{});
}

void TestCacheWriter::cleanup() {
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCacheWriter::recordsOfThreeSourcesBecomeOneParty() {
    auto r1 = apply(page(kCrm, QStringLiteral("customers"),
                         {crmCustomer(QStringLiteral("CRM-000001"), m({{"name", QStringLiteral("Zhang Wei")},
                                                                       {"email", QStringLiteral("ZW@Example.COM")},
                                                                       {"phone", QStringLiteral("+86 138-0013-8000")},
                                                                       {"country", QStringLiteral("CN")},
                                                                       {"segment", QStringLiteral("Gold")},
                                                                       {"city", QStringLiteral("Shanghai")},
                                                                       {"created_at", at("2023-01-01T08:00:00Z")}}))}));
    QVERIFY2(r1.ok(), qPrintable(r1.ok() ? QString() : r1.error().detail));
    auto r2 = apply(page(kShop, QStringLiteral("orders"),
                         {shopOrder(QStringLiteral("SO-0000001"), m({{"number", QStringLiteral("100234")},
                                                                     {"email", QStringLiteral(" zw@example.com ")},
                                                                     {"name", QStringLiteral("Wei Zhang")},
                                                                     {"total", 1234.0},
                                                                     {"currency", QStringLiteral("CNY")},
                                                                     {"status", QStringLiteral("paid")},
                                                                     {"placed_at", at("2024-03-01T10:00:00Z")}}))}));
    QVERIFY(r2.ok());
    auto r3 = apply(page(kHelpdesk, QStringLiteral("tickets"),
                         {ticket(QStringLiteral("T-000001"), m({{"number", QStringLiteral("#40001")},
                                                                {"subject", QStringLiteral("Late delivery")},
                                                                {"phone", QStringLiteral("0086 138 0013 8000")},
                                                                {"status", QStringLiteral("open")},
                                                                {"created_at", at("2024-03-05T10:00:00Z")}}))}));
    QVERIFY(r3.ok());
    auto r4 =
        apply(page(kContact, QStringLiteral("interactions"),
                   {interaction(QStringLiteral("IX-0000001"), m({{"channel", QStringLiteral("call")},
                                                                 {"direction", QStringLiteral("inbound")},
                                                                 {"phone", QStringLiteral("13800138000")},
                                                                 {"duration_seconds", 252},
                                                                 {"queue", QStringLiteral("delivery")},
                                                                 {"occurred_at", at("2024-03-06T10:00:00Z")}}))}));
    QVERIFY(r4.ok());

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT party_id) FROM party_link")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT party_id) FROM timeline_event")), 1);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT display_name FROM party")), QStringLiteral("Zhang Wei"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT primary_email FROM party")), QStringLiteral("zw@example.com"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT primary_phone FROM party")), QStringLiteral("+8613800138000"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT segment || '/' || city FROM party")),
             QStringLiteral("Gold/Shanghai"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts")), 1);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT rule FROM party_link pl JOIN source_record sr ON sr.id = "
                                                 "pl.record_id WHERE sr.source_id = 'SO-0000001'")),
             QStringLiteral("email"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT rule FROM party_link pl JOIN source_record sr ON sr.id = "
                                                 "pl.record_id WHERE sr.source_id = 'T-000001'")),
             QStringLiteral("phone"));
    // The search row carries the latin forms of every linked record and the national digits.
    const QString names = text(m_db->handle(), QStringLiteral("SELECT names FROM party_fts"));
    QVERIFY(names.contains(QStringLiteral("Wei Zhang")) && names.contains(QStringLiteral("Zhang Wei")));
    QVERIFY(
        text(m_db->handle(), QStringLiteral("SELECT phones FROM party_fts")).contains(QStringLiteral("13800138000")));
    QVERIFY(text(m_db->handle(), QStringLiteral("SELECT ids FROM party_fts")).contains(QStringLiteral("#40001")));
}

void TestCacheWriter::eventsPerEntity() {
    CanonicalRecord customer = crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("Li Na")},
                                                                       {"email", QStringLiteral("li@x.cn")},
                                                                       {"created_at", at("2023-01-01T00:00:00Z")}}));
    customer.children.insert(QStringLiteral("changes"), {m({{"field", QStringLiteral("segment")},
                                                            {"old", QStringLiteral("Silver")},
                                                            {"new", QStringLiteral("Gold")},
                                                            {"at", at("2024-01-01T00:00:00Z")}})});
    CanonicalRecord order = shopOrder(QStringLiteral("SO-1"), m({{"number", QStringLiteral("100234")},
                                                                 {"email", QStringLiteral("li@x.cn")},
                                                                 {"total", 1234.0},
                                                                 {"currency", QStringLiteral("CNY")},
                                                                 {"status", QStringLiteral("shipped")},
                                                                 {"placed_at", at("2024-02-01T00:00:00Z")}}));
    order.children.insert(QStringLiteral("lines"), {m({{"sku", QStringLiteral("A")}, {"quantity", 2}}),
                                                    m({{"sku", QStringLiteral("B")}, {"quantity", 1}})});
    CanonicalRecord t = ticket(QStringLiteral("T-1"), m({{"number", QStringLiteral("#40001")},
                                                         {"subject", QStringLiteral("Where is my parcel")},
                                                         {"email", QStringLiteral("li@x.cn")},
                                                         {"status", QStringLiteral("pending")},
                                                         {"priority", QStringLiteral("high")},
                                                         {"created_at", at("2024-02-03T00:00:00Z")},
                                                         {"csat_score", 2},
                                                         {"csat_comment", QStringLiteral("slow")},
                                                         {"csat_at", at("2024-02-05T00:00:00Z")}}));
    t.children.insert(QStringLiteral("comments"), {m({{"author", QStringLiteral("agent")},
                                                      {"body", QStringLiteral("We are checking")},
                                                      {"created_at", at("2024-02-04T00:00:00Z")},
                                                      {"public", true}})});
    CanonicalRecord touch =
        record(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent, QStringLiteral("ME-1"),
               m({{"campaign_name", QStringLiteral("Double 11 Presale")},
                  {"event_type", QStringLiteral("click")},
                  {"email", QStringLiteral("LI@X.CN")},
                  {"occurred_at", at("2024-02-06T00:00:00Z")}}));
    CanonicalRecord call = interaction(QStringLiteral("IX-1"), m({{"channel", QStringLiteral("call")},
                                                                  {"direction", QStringLiteral("inbound")},
                                                                  {"duration_seconds", 252},
                                                                  {"queue", QStringLiteral("delivery")},
                                                                  {"email", QStringLiteral("li@x.cn")},
                                                                  {"summary", QStringLiteral("asked about parcel")},
                                                                  {"occurred_at", at("2024-02-07T00:00:00Z")}}));
    CanonicalRecord chat = interaction(QStringLiteral("IX-2"), m({{"channel", QStringLiteral("wechat")},
                                                                  {"email", QStringLiteral("li@x.cn")},
                                                                  {"occurred_at", at("2024-02-08T00:00:00Z")}}));
    // One page can mix streams for this test: the writer keys records by their own source/stream.
    auto r = apply(page(kCrm, QStringLiteral("customers"), {customer, order, t, touch, call, chat}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->upserted, 6);

    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, title, summary, is_system, occurred_ms FROM timeline_event "
                                  "ORDER BY occurred_ms, id")));
    QStringList rows;
    while (q.next()) {
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                    q.value(2).toString() + QLatin1Char('|') + q.value(3).toString();
    }
    const QStringList expected = {
        QStringLiteral("profile|Customer record created in crm|Li Na|0"),
        QStringLiteral("field_change|segment: Silver → Gold||1"),
        QStringLiteral("order|Order 100234 · 3 items · CNY 1,234.00|Shipped|0"),
        QStringLiteral("ticket|Ticket #40001: Where is my parcel|Pending · high|0"),
        QStringLiteral("ticket_comment|Comment on #40001 by agent|We are checking|0"),
        QStringLiteral("survey|CSAT 2/5 · ticket #40001|slow|0"),
        QStringLiteral("campaign|Clicked: Double 11 Presale||0"),
        QStringLiteral("call|Inbound call · 4m 12s · delivery|asked about parcel|0"),
        QStringLiteral("wechat|WeChat||0"),
    };
    QCOMPARE(rows, expected);
    QCOMPARE(count(QStringLiteral("SELECT occurred_ms FROM timeline_event WHERE kind = 'order'")),
             at("2024-02-01T00:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM order_line")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_comment")), 1);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT number FROM ticket")), QStringLiteral("40001"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
}

void TestCacheWriter::bridgingRecordMergesParties() {
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {shopOrder(QStringLiteral("SO-1"), m({{"number", QStringLiteral("1")},
                                                             {"email", QStringLiteral("a@x.com")},
                                                             {"total", 10.0},
                                                             {"placed_at", at("2024-01-01T00:00:00Z")}}))}))
                .ok());
    QVERIFY(apply(page(kContact, QStringLiteral("interactions"),
                       {interaction(QStringLiteral("IX-1"), m({{"channel", QStringLiteral("chat")},
                                                               {"phone", QStringLiteral("139 0013 9000")},
                                                               {"occurred_at", at("2024-01-02T00:00:00Z")}}))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts")), 2);
    const qint64 low = count(QStringLiteral("SELECT min(id) FROM party"));

    auto r = apply(page(kCrm, QStringLiteral("customers"),
                        {crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("Bridge")},
                                                                 {"email", QStringLiteral("A@X.com")},
                                                                 {"phone", QStringLiteral("+8613900139000")}}))}));
    QVERIFY(r.ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT id FROM party")), low);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts")), 1);
    QCOMPARE(count(QStringLiteral("SELECT rowid FROM party_fts")), low);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = ") + QString::number(low)), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE party_id <> ") + QString::number(low)), 0);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT display_name FROM party")), QStringLiteral("Bridge"));
    QCOMPARE(count(QStringLiteral("SELECT order_count FROM party")), 1);
    // The merged party's per-source counts went with it; the survivor counts every source once.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_source WHERE party_id NOT IN (SELECT id FROM party)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_source WHERE party_id = ") + QString::number(low)), 3);
}

void TestCacheWriter::deletionRemovesEventsAndOrphanParty() {
    QVERIFY(apply(page(kCrm, QStringLiteral("customers"),
                       {crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("Gone Soon")},
                                                                {"email", QStringLiteral("gone@x.com")}}))}))
                .ok());
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {shopOrder(QStringLiteral("SO-1"), m({{"number", QStringLiteral("555")},
                                                             {"email", QStringLiteral("gone@x.com")},
                                                             {"total", 99.0},
                                                             {"status", QStringLiteral("paid")}}))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT order_count FROM party")), 1);

    auto r = apply(page(kShop, QStringLiteral("orders"),
                        {tombstone(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"))}));
    QVERIFY(r.ok());
    QCOMPARE(r->deleted, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event WHERE kind = 'order'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_key WHERE value = '555'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT order_count FROM party")), 0);
    QCOMPARE(count(QStringLiteral("SELECT deleted FROM source_record WHERE source_id = 'SO-1'")), 1);

    QVERIFY(apply(page(kCrm, QStringLiteral("customers"),
                       {tombstone(kCrm, QStringLiteral("customers"), EntityKind::Customer, QStringLiteral("CRM-1"))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_key")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source_record WHERE deleted = 0")), 0);
    // A tombstone for a record never seen is stored and harmless.
    QVERIFY(apply(page(kCrm, QStringLiteral("customers"),
                       {tombstone(kCrm, QStringLiteral("customers"), EntityKind::Customer, QStringLiteral("CRM-9"))}))
                .ok());
}

void TestCacheWriter::reapplyingIsIdempotent() {
    CanonicalRecord t = ticket(QStringLiteral("T-1"), m({{"number", QStringLiteral("#40001")},
                                                         {"email", QStringLiteral("same@x.com")},
                                                         {"status", QStringLiteral("open")},
                                                         {"created_at", at("2024-01-01T00:00:00Z")},
                                                         {"csat_score", 4}}));
    t.children.insert(QStringLiteral("comments"),
                      {m({{"body", QStringLiteral("one")}}), m({{"body", QStringLiteral("two")}})});
    const PageInput p = page(kHelpdesk, QStringLiteral("tickets"),
                             {t, ticket(QStringLiteral("T-2"), m({{"number", QStringLiteral("40002")},
                                                                  {"email", QStringLiteral("same@x.com")},
                                                                  {"status", QStringLiteral("solved")}}))});
    QVERIFY(apply(p).ok());
    const QStringList tables = {QStringLiteral("timeline_event"), QStringLiteral("party"),
                                QStringLiteral("party_link"),     QStringLiteral("record_key"),
                                QStringLiteral("ticket"),         QStringLiteral("ticket_comment"),
                                QStringLiteral("source_record"),  QStringLiteral("party_fts")};
    QList<qint64> before;
    for (const QString& table : tables) {
        before << count(QStringLiteral("SELECT count(*) FROM ") + table);
    }
    const qint64 partyId = count(QStringLiteral("SELECT id FROM party"));
    QVERIFY(apply(p).ok());
    QVERIFY(apply(p).ok());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM ") + tables.at(i)) == before.at(i),
                 qPrintable(tables.at(i)));
    }
    QCOMPARE(before.at(0), 5); // ticket, 2 comments, survey; T-2 ticket
    QCOMPARE(count(QStringLiteral("SELECT id FROM party")), partyId);
    QCOMPARE(count(QStringLiteral("SELECT open_tickets FROM party")), 1);
}

// A record that follows a new one is inserted before it is looked up (CacheWriter: most records after a new one are
// new); a known one among them is then found and updated, its id, keys, events and link its own.
void TestCacheWriter::knownRecordsAmongNewOnesAreUpdatedInPlace() {
    const auto order = [](const QString& id, const QString& email, double total) {
        return shopOrder(id, m({{"number", id},
                                {"email", email},
                                {"total", total},
                                {"status", QStringLiteral("paid")},
                                {"placed_at", at("2024-02-01T10:00:00Z")}}));
    };
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {order(QStringLiteral("O-1"), QStringLiteral("a@x.com"), 10),
                        order(QStringLiteral("O-2"), QStringLiteral("b@x.com"), 20)}))
                .ok());
    const qint64 first = count(QStringLiteral("SELECT id FROM source_record WHERE source_id = 'O-1'"));
    const qint64 second = count(QStringLiteral("SELECT id FROM source_record WHERE source_id = 'O-2'"));
    CanonicalRecord gone = order(QStringLiteral("O-2"), QStringLiteral("b@x.com"), 20);
    gone.deleted = true;
    // New, known (a new total and a new address), new, known and deleted: each after a new record.
    auto r = apply(page(kShop, QStringLiteral("orders"),
                        {order(QStringLiteral("O-3"), QStringLiteral("c@x.com"), 30),
                         order(QStringLiteral("O-1"), QStringLiteral("a2@x.com"), 15),
                         order(QStringLiteral("O-4"), QStringLiteral("d@x.com"), 40), gone}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->upserted, 3);
    QCOMPARE(r->deleted, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source_record")), 4);
    QCOMPARE(count(QStringLiteral("SELECT id FROM source_record WHERE source_id = 'O-1'")), first);
    QCOMPARE(count(QStringLiteral("SELECT id FROM source_record WHERE source_id = 'O-2'")), second);
    QCOMPARE(count(QStringLiteral("SELECT deleted FROM source_record WHERE source_id = 'O-2'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE record_id = %1 AND total = 15").arg(first)), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 3);
    // Each record's key and link are its own: the new address on O-1, O-3 and O-4 on theirs.
    for (const auto& [id, email] :
         {std::pair{"O-1", "a2@x.com"}, std::pair{"O-3", "c@x.com"}, std::pair{"O-4", "d@x.com"}}) {
        const QString record =
            QStringLiteral("(SELECT id FROM source_record WHERE source_id = '%1')").arg(QLatin1String(id));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_key WHERE record_id = %1 AND kind = 'email' AND "
                                      "value = '%2'")
                           .arg(record, QLatin1String(email))),
                 1);
        QCOMPARE(
            count(
                QStringLiteral("SELECT count(*) FROM record_key WHERE record_id = %1 AND kind = 'email'").arg(record)),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE record_id = %1").arg(record)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event WHERE record_id = %1").arg(record)), 1);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE record_id = %1").arg(second)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event WHERE record_id = %1").arg(second)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_key WHERE value = 'a@x.com'")), 0);
    // The same page again: every record known, nothing added.
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {order(QStringLiteral("O-3"), QStringLiteral("c@x.com"), 30),
                        order(QStringLiteral("O-1"), QStringLiteral("a2@x.com"), 15),
                        order(QStringLiteral("O-4"), QStringLiteral("d@x.com"), 40), gone}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source_record")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event")), 3);
}

void TestCacheWriter::failedPageRollsBackWithCheckpoint() {
    QVERIFY(apply(page(kCrm, QStringLiteral("customers"),
                       {crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("First")}}))},
                       QStringLiteral("cursor-1")))
                .ok());
    SyncStateRepository state(m_db->handle());
    QCOMPARE(state.checkpoint(kCrm, QStringLiteral("customers")).value(), QStringLiteral("cursor-1"));

    PageInput bad =
        page(kCrm, QStringLiteral("customers"),
             {crmCustomer(QStringLiteral("CRM-2"),
                          m({{"name", QStringLiteral("Second")}, {"email", QStringLiteral("second@x.com")}})),
              crmCustomer(QString(), m({{"name", QStringLiteral("No id violates CHECK")}}))},
             QStringLiteral("cursor-2"));
    bad.quarantined.append({QStringLiteral("CRM-3"), QByteArrayLiteral("{}"), QStringLiteral("missing name")});
    auto r = apply(bad);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(state.checkpoint(kCrm, QStringLiteral("customers")).value(), QStringLiteral("cursor-1"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source_record")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_key WHERE value = 'second@x.com'")), 0);

    // The writer is still usable after a failed page.
    bad.records.removeLast();
    QVERIFY(apply(bad).ok());
    QCOMPARE(state.checkpoint(kCrm, QStringLiteral("customers")).value(), QStringLiteral("cursor-2"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 2);
}

void TestCacheWriter::quarantineRowsStored() {
    PageInput p = page(kShop, QStringLiteral("orders"),
                       {shopOrder(QStringLiteral("SO-1"), m({{"number", QStringLiteral("1")}}))});
    p.quarantined.append({QStringLiteral("SO-2"), QByteArrayLiteral("{\"id\":\"SO-2\",\"total\":\"x\"}"),
                          QStringLiteral("/total: expected a number")});
    p.quarantined.append({QString(), QByteArrayLiteral("{\"total\":1}"), QStringLiteral("/id: missing")});
    auto r = apply(p);
    QVERIFY(r.ok());
    QCOMPARE(r->quarantined, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quarantine WHERE source = 'shop' AND stream = 'orders'")), 2);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT error FROM quarantine WHERE source_id = 'SO-2'")),
             QStringLiteral("/total: expected a number"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quarantine WHERE source_id IS NULL")), 1);
    auto states = SyncStateRepository(m_db->handle()).all();
    QVERIFY(states.ok());
    QCOMPARE(states->size(), 1);
    QCOMPARE(states->first().quarantined, 2);
    QCOMPARE(states->first().records, 1);
}

void TestCacheWriter::aggregates() {
    const QString email = QStringLiteral("agg@x.com");
    auto order = [&](const char* id, double total, const char* status, const char* when) {
        return shopOrder(QString::fromLatin1(id), m({{"number", QString::fromLatin1(id)},
                                                     {"email", email},
                                                     {"total", total},
                                                     {"currency", QStringLiteral("CNY")},
                                                     {"status", QString::fromLatin1(status)},
                                                     {"placed_at", at(when)}}));
    };
    CanonicalRecord ret = record(kShop, QStringLiteral("returns"), EntityKind::Return, QStringLiteral("RT-1"),
                                 m({{"order_number", QStringLiteral("SO-1")},
                                    {"email", email},
                                    {"amount", 20.0},
                                    {"currency", QStringLiteral("CNY")},
                                    {"created_at", at("2024-01-05T00:00:00Z")}}));
    auto tk = [&](const char* id, const char* status) {
        return ticket(QString::fromLatin1(id), m({{"number", QString::fromLatin1(id)},
                                                  {"email", email},
                                                  {"status", QString::fromLatin1(status)},
                                                  {"created_at", at("2024-01-03T00:00:00Z")}}));
    };
    CanonicalRecord customer =
        crmCustomer(QStringLiteral("CRM-1"),
                    m({{"name", QStringLiteral("Agg")}, {"email", email}, {"created_at", at("2020-01-01T00:00:00Z")}}));
    // A system event newer than any contact must not count as a contact.
    customer.children.insert(QStringLiteral("changes"), {m({{"field", QStringLiteral("segment")},
                                                            {"new", QStringLiteral("Gold")},
                                                            {"at", at("2025-01-01T00:00:00Z")}})});
    auto r = apply(page(kShop, QStringLiteral("orders"),
                        {customer, order("SO-1", 100, "paid", "2024-01-01T00:00:00Z"),
                         order("SO-2", 50, "cancelled", "2024-01-02T00:00:00Z"),
                         order("SO-3", 30, "shipped", "2024-01-04T00:00:00Z"), ret, tk("40001", "open"),
                         tk("40002", "pending"), tk("40003", "solved"), tk("40004", "new"), tk("40005", "closed")}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(
        QStringLiteral("SELECT lifetime_value, currency, order_count, open_tickets, last_contact_ms FROM party")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 110.0); // 100 + 30 - 20
    QCOMPARE(q.value(1).toString(), QStringLiteral("CNY"));
    QCOMPARE(q.value(2).toInt(), 3);
    QCOMPARE(q.value(3).toInt(), 3); // open, pending, new
    QCOMPARE(q.value(4).toLongLong(), at("2024-01-05T00:00:00Z").toMSecsSinceEpoch());
}

void TestCacheWriter::recordWithoutLinkingKeyGetsOwnParty() {
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {shopOrder(QStringLiteral("SO-1"), m({{"number", QStringLiteral("1")},
                                                             {"name", QStringLiteral("Anon")},
                                                             {"email", QStringLiteral("not an email")}})),
                        shopOrder(QStringLiteral("SO-2"),
                                  m({{"number", QStringLiteral("2")}, {"name", QStringLiteral("Anon")}}))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE rule = 'own'")), 2);
}

void TestCacheWriter::changedKeyMovesRecord() {
    const auto cust = [](const char* id, const char* email) {
        return crmCustomer(QString::fromLatin1(id),
                           m({{"name", QString::fromLatin1(id)}, {"email", QString::fromLatin1(email)}}));
    };
    QVERIFY(apply(page(kCrm, QStringLiteral("customers"), {cust("A", "a@x.com"), cust("B", "b@x.com")})).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 2);
    // B changes its email to A's: B joins A's party, B's old party disappears.
    QVERIFY(apply(page(kCrm, QStringLiteral("customers"), {cust("B", "a@x.com")})).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT party_id) FROM timeline_event")), 1);
}

// party_key is maintained incrementally (schema v2); after links, re-links with changed keys, a merge,
// a move to another party and deletions it must equal a tally computed from scratch.
void TestCacheWriter::partyKeysMatchFullRecount() {
    const QString orders = QStringLiteral("orders");
    auto order = [](const char* id, const char* email, const char* name, const char* updated) {
        return record(kShop, QStringLiteral("orders"), EntityKind::Order, QString::fromLatin1(id),
                      m({{"email", QString::fromLatin1(email)},
                         {"name", QString::fromLatin1(name)},
                         {"number", QString::fromLatin1(id).mid(3)}}),
                      updated);
    };
    QVERIFY(apply(page(kShop, orders,
                       {order("SO-1", "a@x.com", "Ann", "2024-01-01T00:00:00Z"),
                        order("SO-2", "a@x.com", "Ann", "2024-02-01T00:00:00Z"),
                        order("SO-3", "b@x.com", "Bob", "2024-01-01T00:00:00Z")}))
                .ok());
    // SO-2 renamed (same party), SO-3 bridges a@ and b@ (merge), then SO-1 moves to c@ (new party).
    QVERIFY(apply(page(kShop, orders, {order("SO-2", "a@x.com", "Ann Lee", "2024-03-01T00:00:00Z")})).ok());
    QVERIFY(apply(page(kContact, QStringLiteral("interactions"),
                       {interaction(QStringLiteral("IX-1"), m({{"email", QStringLiteral("b@x.com")},
                                                               {"phone", QStringLiteral("+8613900139000")}}))}))
                .ok());
    QVERIFY(apply(page(kShop, orders, {order("SO-3", "a@x.com", "Bob", "2024-03-02T00:00:00Z")})).ok());
    QVERIFY(apply(page(kShop, orders, {order("SO-1", "c@x.com", "Ann", "2024-03-03T00:00:00Z")})).ok());
    QVERIFY(apply(page(kShop, orders, {tombstone(kShop, orders, EntityKind::Order, QStringLiteral("SO-2"))})).ok());

    const QString incremental = text(
        m_db->handle(), QStringLiteral("SELECT group_concat(t, ';') FROM (SELECT party_id || ':' || kind || '=' || "
                                       "value || 'x' || records || '@' || last_ms AS t FROM party_key "
                                       "WHERE kind IN ('email', 'phone', 'name') ORDER BY 1)"));
    const QString recount = text(
        m_db->handle(),
        QStringLiteral("SELECT group_concat(t, ';') FROM (SELECT pl.party_id || ':' || rk.kind || '=' || rk.value || "
                       "'x' || count(*) || '@' || max(coalesce(sr.updated_at, 0)) AS t FROM record_key rk "
                       "JOIN party_link pl ON pl.record_id = rk.record_id JOIN source_record sr ON sr.id = "
                       "rk.record_id WHERE rk.kind IN ('email', 'phone', 'name') GROUP BY pl.party_id, rk.kind, "
                       "rk.value ORDER BY 1)"));
    QVERIFY(!recount.isEmpty());
    // Names are exact (they choose the display name); counts of every kind are exact.
    QCOMPARE(incremental.split(u';').size(), recount.split(u';').size());
    for (const QString& row : recount.split(u';')) {
        if (row.contains(QStringLiteral(":name="))) {
            QVERIFY2(incremental.split(u';').contains(row), qPrintable(row + QStringLiteral(" in ") + incremental));
        } else {
            const QString withoutTime = row.left(row.lastIndexOf(u'@'));
            QVERIFY2(incremental.contains(withoutTime), qPrintable(withoutTime + QStringLiteral(" in ") + incremental));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_key WHERE party_id NOT IN (SELECT id FROM party)")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_key WHERE kind = 'source_id'")), 0);
    // Display names follow the moves: a@ keeps SO-3 "Bob" (SO-2 "Ann Lee" was deleted), c@ has SO-1 "Ann",
    // b@ is left with the unnamed interaction.
    const auto nameOf = [this](const char* email) {
        return text(m_db->handle(), QStringLiteral("SELECT p.display_name FROM party p JOIN party_key k ON "
                                                   "k.party_id = p.id WHERE k.kind = 'email' AND k.value = '") +
                                        QString::fromLatin1(email) + QStringLiteral("'"));
    };
    QCOMPARE(nameOf("a@x.com"), QStringLiteral("Bob"));
    QCOMPARE(nameOf("c@x.com"), QStringLiteral("Ann"));
    QCOMPARE(nameOf("b@x.com"), QString());
}

// A page that adds an event to a party without new names/emails/phones/numbers leaves its FTS row alone.
void TestCacheWriter::unchangedSearchRowNotRewritten() {
    QVERIFY(apply(page(kContact, QStringLiteral("interactions"),
                       {interaction(QStringLiteral("IX-1"), m({{"email", QStringLiteral("a@x.com")},
                                                               {"name", QStringLiteral("Ann")},
                                                               {"channel", QStringLiteral("chat")}}))}))
                .ok());
    // Count writes to the FTS data table: a rewrite changes the %_data rows (their max rowid/number grows).
    const qint64 before = count(QStringLiteral("SELECT max(rowid) FROM party_fts_data"));
    const qint64 docsize = count(QStringLiteral("SELECT count(*) FROM party_fts_docsize"));
    QVERIFY(apply(page(kContact, QStringLiteral("interactions"),
                       {interaction(QStringLiteral("IX-2"), m({{"email", QStringLiteral("A@x.com")},
                                                               {"name", QStringLiteral("Ann")},
                                                               {"channel", QStringLiteral("call")}}))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1);
    QCOMPARE(count(QStringLiteral("SELECT max(rowid) FROM party_fts_data")), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts_docsize")), docsize);
    // A new phone changes the document: it is rewritten and searchable.
    QVERIFY(apply(page(kContact, QStringLiteral("interactions"),
                       {interaction(QStringLiteral("IX-3"), m({{"email", QStringLiteral("a@x.com")},
                                                               {"phone", QStringLiteral("+8613900139000")},
                                                               {"channel", QStringLiteral("call")}}))}))
                .ok());
    QVERIFY(count(QStringLiteral("SELECT max(rowid) FROM party_fts_data")) > before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts WHERE party_fts MATCH '\"13900139000\"'")), 1);
}

namespace {
// Pages that create parties, enrich one several times, merge two and delete a record.
QList<PageInput> mixedPages() {
    QList<PageInput> pages;
    pages << page(kCrm, QStringLiteral("customers"),
                  {crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("Li Hua")},
                                                           {"email", QStringLiteral("lh@x.com")},
                                                           {"phone", QStringLiteral("+8613800138000")},
                                                           {"segment", QStringLiteral("Gold")},
                                                           {"city", QStringLiteral("Beijing")}})),
                   crmCustomer(QStringLiteral("CRM-2"),
                               m({{"name", QStringLiteral("Ann Lee")}, {"email", QStringLiteral("ann@x.com")}}))});
    for (int i = 1; i <= 3; ++i) {
        pages << page(kShop, QStringLiteral("orders"),
                      {shopOrder(QStringLiteral("SO-%1").arg(i), m({{"number", QStringLiteral("10%1").arg(i)},
                                                                    {"email", QStringLiteral("LH@x.com")},
                                                                    {"total", 10.0 * i},
                                                                    {"currency", QStringLiteral("CNY")},
                                                                    {"status", QStringLiteral("paid")},
                                                                    {"placed_at", at("2024-01-01T00:00:00Z")}}))});
    }
    pages << page(kContact, QStringLiteral("interactions"),
                  {interaction(QStringLiteral("IX-1"), m({{"channel", QStringLiteral("call")},
                                                          {"phone", QStringLiteral("139 0013 9000")},
                                                          {"name", QStringLiteral("Bo Chen")},
                                                          {"occurred_at", at("2024-02-01T00:00:00Z")}}))});
    // Bridges Ann's party and the caller's: they merge.
    pages << page(kHelpdesk, QStringLiteral("tickets"),
                  {ticket(QStringLiteral("T-1"), m({{"number", QStringLiteral("#7")},
                                                    {"email", QStringLiteral("ann@x.com")},
                                                    {"phone", QStringLiteral("+8613900139000")},
                                                    {"status", QStringLiteral("open")},
                                                    {"created_at", at("2024-03-01T00:00:00Z")}}))});
    pages << page(kShop, QStringLiteral("orders"),
                  {tombstone(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-2"))});
    return pages;
}

// The parties as the agent sees them (golden record, aggregates, fields, search row), one line each.
QStringList partyDump(const QSqlDatabase& db) {
    QStringList lines;
    QSqlQuery q(db);
    const char* queries[] = {
        "SELECT id, display_name, name_key, primary_email, primary_phone, segment, city, lifetime_value, currency, "
        "order_count, open_tickets, last_contact_ms FROM party ORDER BY id",
        "SELECT party_id, field, value, source, record_id FROM party_field ORDER BY party_id, field",
        "SELECT rowid, names, emails, phones, ids FROM party_fts ORDER BY rowid",
        "SELECT party_id, count(*) FROM timeline_event GROUP BY party_id ORDER BY party_id",
    };
    for (const char* sql : queries) {
        if (!q.exec(QString::fromLatin1(sql))) {
            return {QStringLiteral("<error> ") + QString::fromLatin1(sql)};
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                values << q.value(i).toString();
            }
            lines << values.join(u'|');
        }
    }
    return lines;
}
} // namespace

// Bulk mode: the pages only mark the parties they touch; one recomputation afterwards gives the very same
// customers as recomputing after every page.
void TestCacheWriter::deferredRecomputeMatchesPerPage() {
    for (const PageInput& p : mixedPages()) {
        QVERIFY(apply(p).ok());
    }
    const QStringList perPage = partyDump(m_db->handle());
    QVERIFY(perPage.size() > 8);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);

    QTemporaryDir dir;
    auto bulkDb = Database::open(dir.filePath(QStringLiteral("bulk.db")), QStringLiteral("bulk"));
    QVERIFY(bulkDb.ok());
    {
        CacheWriter bulk(bulkDb->handle(), IdentityConfig{});
        bulk.setDeferPartyRecompute(true);
        for (const PageInput& p : mixedPages()) {
            auto r = bulk.applyPage(p);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        // Nothing recomputed yet: the parties are marked, their golden record still blank.
        QVERIFY(scalar(bulkDb->handle(), QStringLiteral("SELECT count(*) FROM party_dirty")) >= 2);
        QCOMPARE(scalar(bulkDb->handle(), QStringLiteral("SELECT count(*) FROM party WHERE display_name <> ''")), 0);
        QVERIFY(partyDump(bulkDb->handle()) != perPage);

        // More than a batch: the log is copied back by a checkpointer's thread while the batches commit (its
        // connection opens), not by SQLite's own checkpoints in the commits; those and the connection's page cache
        // are as they were afterwards.
        QLoggingCategory::setFilterRules(QStringLiteral("c360.storage.debug=true"));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^opened \"wal-checkpointer-")));
        auto done = bulk.recomputeDirtyParties(nullptr, 1); // one party per transaction: batches are exercised
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().detail));
        QVERIFY(*done >= 2);
        QCOMPARE(scalar(bulkDb->handle(), QStringLiteral("PRAGMA wal_autocheckpoint")), 16384);
        QCOMPARE(scalar(bulkDb->handle(), QStringLiteral("PRAGMA cache_size")), -32 * 1024);
    }
    QCOMPARE(scalar(bulkDb->handle(), QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QCOMPARE(partyDump(bulkDb->handle()), perPage);
}

// A sync's rounds before its end recompute the customers found since the last round (their ids above the newest party
// then): those can be found and opened; a customer the cache held already keeps what it showed, marked, until the
// recompute at the end, which gives the very customers recomputing after every page gives.
void TestCacheWriter::roundsRecomputeOnlyTheCustomersFoundSince() {
    const QList<PageInput> pages = mixedPages();
    for (const PageInput& p : pages) {
        QVERIFY(apply(p).ok());
    }
    const QStringList perPage = partyDump(m_db->handle());

    QTemporaryDir dir;
    auto bulkDb = Database::open(dir.filePath(QStringLiteral("rounds.db")), QStringLiteral("rounds"));
    QVERIFY(bulkDb.ok());
    const QSqlDatabase db = bulkDb->handle();
    CacheWriter bulk(db, IdentityConfig{});
    bulk.setDeferPartyRecompute(true);
    auto newest = bulk.newestParty();
    QVERIFY(newest.ok());
    QCOMPARE(*newest, 0);

    // The customers' page, then a round: both customers are found.
    QVERIFY(bulk.applyPage(pages.at(0)).ok());
    auto first = bulk.recomputeDirtyParties(nullptr, 1000, *newest);
    QVERIFY(first.ok());
    QCOMPARE(*first, 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party WHERE display_name <> ''")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    newest = bulk.newestParty();
    QVERIFY(newest.ok());
    QCOMPARE(*newest, scalar(db, QStringLiteral("SELECT max(id) FROM party")));

    // Li Hua's three orders, and a call from a number no customer has: the round recomputes the caller alone.
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(bulk.applyPage(pages.at(i)).ok());
    }
    const qint64 liHua = scalar(db, QStringLiteral("SELECT id FROM party WHERE primary_email = 'lh@x.com'"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party_dirty")), 2);
    auto second = bulk.recomputeDirtyParties(nullptr, 1000, *newest);
    QVERIFY(second.ok());
    QCOMPARE(*second, 1);
    QCOMPARE(text(db, QStringLiteral("SELECT display_name FROM party WHERE id > %1").arg(*newest)),
             QStringLiteral("Bo Chen"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT order_count FROM party WHERE id = %1").arg(liHua)), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(party_id) FROM party_dirty")), liHua);

    // The ticket that merges the caller into Ann Lee's customer (held since the first round), then a round: that
    // customer is recomputed too, so that the caller's name is in its search row; Li Hua still waits for the end.
    newest = bulk.newestParty();
    QVERIFY(newest.ok());
    QVERIFY(bulk.applyPage(pages.at(5)).ok());
    const qint64 ann = scalar(db, QStringLiteral("SELECT id FROM party WHERE primary_email = 'ann@x.com'"));
    QVERIFY(ann <= *newest);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party")), 2);
    QVERIFY(!text(db, QStringLiteral("SELECT names FROM party_fts WHERE rowid = %1").arg(ann))
                 .contains(QStringLiteral("Bo Chen")));
    auto third = bulk.recomputeDirtyParties(nullptr, 1000, *newest);
    QVERIFY(third.ok());
    QCOMPARE(*third, 1);
    QVERIFY(text(db, QStringLiteral("SELECT names FROM party_fts WHERE rowid = %1").arg(ann))
                .contains(QStringLiteral("Bo Chen")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(party_id) FROM party_dirty")), liHua);

    // The deletion, then the end of the run: every customer as recomputed after every page.
    for (qsizetype i = 6; i < pages.size(); ++i) {
        QVERIFY(bulk.applyPage(pages.at(i)).ok());
    }
    auto all = bulk.recomputeDirtyParties();
    QVERIFY(all.ok());
    QCOMPARE(*all, 1); // Li Hua
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QCOMPARE(partyDump(db), perPage);
}

// A run killed after its pages committed leaves their marks; the next writer's recomputation finishes them,
// and a cancelled recomputation leaves them all in place.
void TestCacheWriter::marksLeftByAnInterruptedRunAreFinished() {
    {
        CacheWriter killed(m_db->handle(), IdentityConfig{});
        killed.setDeferPartyRecompute(true);
        for (const PageInput& p : mixedPages()) {
            QVERIFY(killed.applyPage(p).ok());
        }
    }
    const qint64 marked = count(QStringLiteral("SELECT count(*) FROM party_dirty"));
    QVERIFY(marked >= 2);
    const std::atomic<bool> cancelled{true};
    auto none = m_writer->recomputeDirtyParties(&cancelled);
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), marked);

    auto done = m_writer->recomputeDirtyParties();
    QVERIFY(done.ok());
    QCOMPARE(qint64(*done), marked);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT display_name FROM party WHERE primary_email = 'lh@x.com'")),
             QStringLiteral("Li Hua"));
    QCOMPARE(count(QStringLiteral("SELECT order_count FROM party WHERE primary_email = 'lh@x.com'")), 2);
}

// A sync's pages share a transaction (CacheWriter::setGroupCommits): another connection sees none of them until the
// group commits (after kGroupPages pages, or flush()); a page that fails inside a group is rolled back alone, with its
// checkpoint, and the group's earlier pages still commit; a writer destroyed with a group open commits it.
void TestCacheWriter::groupedPagesCommitTogetherAndFailAlone() {
    auto reader = Database::open(m_dir->filePath(QStringLiteral("cache.db")), QStringLiteral("reader"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().detail));
    const auto seen = [&reader](const QString& sql) { return scalar(reader->handle(), sql); };
    const QString records = QStringLiteral("SELECT count(*) FROM source_record");
    SyncStateRepository state(m_db->handle());
    m_writer->setDeferPartyRecompute(true);
    m_writer->setGroupCommits(true);
    const auto customerPage = [](int n) {
        const QString id = QStringLiteral("G-%1").arg(n);
        return page(kCrm, QStringLiteral("customers"),
                    {crmCustomer(id, m({{"name", QStringLiteral("Grouped %1").arg(n)},
                                        {"email", QStringLiteral("g%1@example.com").arg(n)}}))},
                    QStringLiteral("cursor-%1").arg(n));
    };

    // Fewer pages than a group: stored on the writer's connection, invisible to the reader.
    for (int n = 1; n < CacheWriter::kGroupPages; ++n) {
        QVERIFY(apply(customerPage(n)).ok());
    }
    QCOMPARE(count(records), CacheWriter::kGroupPages - 1);
    QCOMPARE(seen(records), 0);
    // The customers the group touched are marked once, as it commits.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    // The group's statements run without foreign key enforcement; it is on again once the group ends.
    QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), 0);
    // The log is copied back by a thread of the writer's (WalCheckpointer), not in the group's commits.
    QCOMPARE(count(QStringLiteral("PRAGMA wal_autocheckpoint")), 0);
    // The group's dirty pages fit in the connection's page cache (grown from the 32 MiB it opened with).
    QCOMPARE(count(QStringLiteral("PRAGMA cache_size")), -CacheWriter::kGroupCacheKiB);
    // A failing page inside the group (its id above any of the group's pages): rolled back alone (its records and
    // checkpoint), the group stays open.
    PageInput bad = customerPage(10000);
    bad.records.append(crmCustomer(QString(), m({{"name", QStringLiteral("No id violates CHECK")}})));
    QVERIFY(!apply(bad).ok());
    QCOMPARE(count(records), CacheWriter::kGroupPages - 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = 'G-10000'")), 0);
    QCOMPARE(state.checkpoint(kCrm, QStringLiteral("customers")).value(),
             QStringLiteral("cursor-%1").arg(CacheWriter::kGroupPages - 1));
    QCOMPARE(seen(records), 0);
    // The group's last page commits all of them.
    QVERIFY(apply(customerPage(CacheWriter::kGroupPages)).ok());
    QCOMPARE(seen(records), CacheWriter::kGroupPages);
    QCOMPARE(seen(QStringLiteral("SELECT count(*) FROM party_dirty")), CacheWriter::kGroupPages);

    // flush() commits a partial group; so does the writer's destructor.
    QVERIFY(apply(customerPage(1050)).ok());
    QCOMPARE(seen(records), CacheWriter::kGroupPages);
    {
        // A group that takes the log past its size limit (64 MiB): its commit leaves the log copied back, so that
        // the next group starts it over instead of growing it.
        QSqlQuery fill(m_db->handle());
        QVERIFY(fill.exec(QStringLiteral("CREATE TABLE filler(x BLOB)")));
        QVERIFY(fill.exec(QStringLiteral("INSERT INTO filler SELECT randomblob(1000) FROM (WITH RECURSIVE n(i) AS "
                                         "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000) SELECT i FROM n)")));
    }
    QVERIFY(m_writer->flush().ok());
    QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(seen(records), CacheWriter::kGroupPages + 1);
    const auto [frames, backfilled] = walFramesAndBackfill(m_dir->filePath(QStringLiteral("cache.db")));
    QVERIFY(frames > 16384);
    QCOMPARE(backfilled, frames);
    QVERIFY(apply(customerPage(1051)).ok());
    QCOMPARE(seen(records), CacheWriter::kGroupPages + 1);
    // Recomputing starts with committing the group (it runs transactions of its own).
    auto done = m_writer->recomputeDirtyParties();
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().detail));
    QCOMPARE(*done, CacheWriter::kGroupPages + 2);
    QCOMPARE(seen(records), CacheWriter::kGroupPages + 2);
    QCOMPARE(seen(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QVERIFY(apply(customerPage(1052)).ok());
    QCOMPARE(seen(records), CacheWriter::kGroupPages + 2);
    m_writer.reset();
    QCOMPARE(seen(records), CacheWriter::kGroupPages + 3);
    QVERIFY(count(QStringLiteral("PRAGMA wal_autocheckpoint")) > 0);  // the connection checkpoints by itself again
    QCOMPARE(count(QStringLiteral("PRAGMA cache_size")), -32 * 1024); // and has its own page cache back
    QCOMPARE(SyncStateRepository(reader->handle()).checkpoint(kCrm, QStringLiteral("customers")).value(),
             QStringLiteral("cursor-1052"));
}

// With the writer's own checkpoints off, its commits only grow the log; the checkpointer's thread copies them into
// the database file while the writer's connection stays open.
void TestCacheWriter::walCheckpointerCopiesTheLogBack() {
    const QString path = m_dir->filePath(QStringLiteral("cache.db"));
    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    const qint64 before = QFileInfo(path).size();
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x BLOB)")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler SELECT randomblob(1000) FROM (WITH RECURSIVE n(i) AS "
                                      "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n)")));
    }
    QCOMPARE(QFileInfo(path).size(), before); // all of it still in the log
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 2'000'000);
    {
        WalCheckpointer checkpointer(path, QStringLiteral("test-checkpointer"));
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() >= 1 && QFileInfo(path).size() > before + 2'000'000, 10000);
    }
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM filler")), 2000);
}

QTEST_GUILESS_MAIN(TestCacheWriter)
namespace {
// What the recomputations keep besides the golden records: records per source, contact facts and their roll-ups,
// stage history and the timeline, one line each.
QStringList dependentsDump(const QSqlDatabase& db) {
    QStringList lines = partyDump(db);
    QSqlQuery q(db);
    const std::pair<const char*, const char*> queries[] = {
        {"source", "SELECT party_id, source, records FROM party_source ORDER BY 1, 2"},
        {"fact", "SELECT * FROM contact_fact ORDER BY record_id"},
        {"day", "SELECT * FROM contact_day ORDER BY 1, 2, 3, 4, 5"},
        {"served", "SELECT * FROM served_day WHERE contacts <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"},
        {"stage", "SELECT party_id, reached_ms, stage FROM party_stage ORDER BY 1, 2, 3"},
        {"event", "SELECT party_id, record_id, occurred_ms, kind, title, summary FROM timeline_event ORDER BY "
                  "record_id, id"},
    };
    for (const auto& [label, sql] : queries) {
        if (!q.exec(QString::fromLatin1(sql))) {
            return {QStringLiteral("<error> ") + QString::fromLatin1(sql) + q.lastError().text()};
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                values << q.value(i).toString();
            }
            lines << QString::fromLatin1(label) + u':' + values.join(u'|');
        }
    }
    return lines;
}

// dependentsDump() of a copy of the cache in which every party was recomputed from scratch (marked as before v20:
// every change): what a recomputation that redid only what changed must equal.
QStringList dependentsFromScratch(const QSqlDatabase& db) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QSqlQuery v(db);
    if (!v.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy))) {
        return QStringList{v.lastError().text()};
    }
    auto other = Database::open(copy, QStringLiteral("from-scratch"));
    if (!other) {
        return QStringList{other.error().detail};
    }
    QSqlQuery mark(other->handle());
    if (!mark.exec(QStringLiteral("INSERT INTO party_dirty(party_id) SELECT id FROM party"))) {
        return QStringList{mark.lastError().text()};
    }
    CacheWriter all(other->handle(), IdentityConfig{});
    if (auto done = all.recomputeDirtyParties(); !done) {
        return QStringList{done.error().detail};
    }
    return dependentsDump(other->handle());
}
} // namespace

// A sync marks each party with what may have changed for it (party_dirty.changes), and the recomputation redoes only
// that: a record re-delivered as it was (a later updated_at) writes no event, golden field, count, contact fact or
// stage; a changed order status rewrites that order's events and refreshes the stage history; an interaction's new
// summary updates its contact fact in place; a new record recounts the records per source. After each step the
// cache equals what recomputing every party from scratch gives.
void TestCacheWriter::recomputeRedoesOnlyWhatChanged() {
    const QSqlDatabase db = m_db->handle();
    CacheWriter bulk(db, IdentityConfig{});
    bulk.setDeferPartyRecompute(true);
    const auto applyAndRecompute = [&](const PageInput& p) {
        auto r = bulk.applyPage(p);
        if (!r) {
            return r.error().detail;
        }
        auto done = bulk.recomputeDirtyParties();
        return done ? QString() : done.error().detail;
    };
    for (const PageInput& p : mixedPages()) {
        QCOMPARE(applyAndRecompute(p), QString());
    }
    QSqlQuery q(db);
    for (
        const char* sql :
        {"CREATE TEMP TABLE writes(tbl TEXT, op TEXT)",
         "CREATE TEMP TRIGGER w1 AFTER UPDATE ON party BEGIN INSERT INTO writes VALUES('party', 'update'); END",
         "CREATE TEMP TRIGGER w2 AFTER INSERT ON party_field BEGIN INSERT INTO writes VALUES('field', 'insert'); END",
         "CREATE TEMP TRIGGER w3 AFTER UPDATE ON party_field BEGIN INSERT INTO writes VALUES('field', 'update'); END",
         "CREATE TEMP TRIGGER w4 AFTER DELETE ON party_field BEGIN INSERT INTO writes VALUES('field', 'delete'); END",
         "CREATE TEMP TRIGGER w5 AFTER INSERT ON party_source BEGIN INSERT INTO writes VALUES('source', 'insert'); END",
         "CREATE TEMP TRIGGER w6 AFTER DELETE ON party_source BEGIN INSERT INTO writes VALUES('source', 'delete'); END",
         "CREATE TEMP TRIGGER w7 AFTER INSERT ON party_stage BEGIN INSERT INTO writes VALUES('stage', 'insert'); END",
         "CREATE TEMP TRIGGER w8 AFTER DELETE ON party_stage BEGIN INSERT INTO writes VALUES('stage', 'delete'); END",
         "CREATE TEMP TRIGGER w9 AFTER INSERT ON timeline_event BEGIN INSERT INTO writes VALUES('event', 'insert'); "
         "END",
         "CREATE TEMP TRIGGER w10 AFTER DELETE ON timeline_event BEGIN INSERT INTO writes VALUES('event', 'delete'); "
         "END",
         "CREATE TEMP TRIGGER w14 AFTER UPDATE ON timeline_event BEGIN INSERT INTO writes VALUES('event', 'update'); "
         "END",
         "CREATE TEMP TRIGGER w11 AFTER INSERT ON contact_fact BEGIN INSERT INTO writes VALUES('fact', 'insert'); END",
         "CREATE TEMP TRIGGER w12 AFTER UPDATE ON contact_fact BEGIN INSERT INTO writes VALUES('fact', 'update'); END",
         "CREATE TEMP TRIGGER w13 AFTER DELETE ON contact_fact BEGIN INSERT INTO writes VALUES('fact', 'delete'); "
         "END",
         // An UPDATE names only the columns that changed: each column named rewrites its indexes' entries.
         "CREATE TEMP TRIGGER w15 AFTER UPDATE OF channel, occurred_ms, agent, queue ON interaction BEGIN INSERT "
         "INTO writes VALUES('interaction', 'indexed'); END",
         "CREATE TEMP TRIGGER w16 AFTER UPDATE OF summary ON interaction BEGIN INSERT INTO writes "
         "VALUES('interaction', 'summary'); END",
         "CREATE TEMP TRIGGER w17 AFTER UPDATE OF display_name, name_key ON party BEGIN INSERT INTO writes "
         "VALUES('party', 'name'); END",
         "CREATE TEMP TRIGGER w18 AFTER UPDATE OF occurred_ms, queue, channel, agent, segment ON contact_fact BEGIN "
         "INSERT INTO writes VALUES('fact', 'indexed'); END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const auto written = [&]() {
        QStringList out;
        QSqlQuery w(db);
        if (!w.exec(QStringLiteral("SELECT tbl || ' ' || op || ' ' || count(*) FROM writes GROUP BY tbl, op ORDER BY "
                                   "tbl, op"))) {
            return QStringList{w.lastError().text()};
        }
        while (w.next()) {
            out << w.value(0).toString();
        }
        w.finish();
        w.exec(QStringLiteral("DELETE FROM writes"));
        return out;
    };
    const auto marked = [&](const char* sourceId) { // 0: not marked
        return scalar(db, QStringLiteral("SELECT coalesce((SELECT changes FROM party_dirty WHERE party_id = (SELECT "
                                         "party_id FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
                                         "WHERE sr.source_id = '%1')), 0)")
                              .arg(QLatin1String(sourceId)));
    };
    // Every party recomputed from scratch (marked as before v20: every change) must give the same cache.
    const auto fromScratch = [&db] { return dependentsFromScratch(db); };
    QVERIFY(dependentsDump(db).size() > 20);
    QCOMPARE(dependentsDump(db), fromScratch());

    // Re-delivered as it was, a later updated_at: its e-mail address is its customer's only one, so nothing of the
    // customer can change; not even marked, and nothing is written.
    const QVariantMap so1{{QStringLiteral("number"), QStringLiteral("101")},
                          {QStringLiteral("email"), QStringLiteral("LH@x.com")},
                          {QStringLiteral("total"), 10.0},
                          {QStringLiteral("currency"), QStringLiteral("CNY")},
                          {QStringLiteral("status"), QStringLiteral("paid")},
                          {QStringLiteral("placed_at"), at("2024-01-01T00:00:00Z")}};
    QVERIFY(bulk.applyPage(page(kShop, QStringLiteral("orders"),
                                {record(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"), so1,
                                        "2024-07-01T00:00:00Z")}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QVERIFY(bulk.recomputeDirtyParties().ok());
    const QStringList redelivered = written();
    QVERIFY2(redelivered.isEmpty(), qPrintable(redelivered.join(u',')));
    QCOMPARE(dependentsDump(db), fromScratch());

    // A change of the customer's city, recorded with its profile as it was: a field change is an event neither the
    // contact facts nor the stage history read, so they are not refreshed.
    CanonicalRecord changedCity = crmCustomer(QStringLiteral("CRM-1"), m({{"name", QStringLiteral("Li Hua")},
                                                                          {"email", QStringLiteral("lh@x.com")},
                                                                          {"phone", QStringLiteral("+8613800138000")},
                                                                          {"segment", QStringLiteral("Gold")},
                                                                          {"city", QStringLiteral("Beijing")}}));
    changedCity.children.insert(QStringLiteral("changes"), {m({{"field", QStringLiteral("city")},
                                                               {"old", QStringLiteral("Tianjin")},
                                                               {"new", QStringLiteral("Beijing")},
                                                               {"at", at("2024-03-01T00:00:00Z")}})});
    QVERIFY(bulk.applyPage(page(kCrm, QStringLiteral("customers"), {changedCity})).ok());
    QCOMPARE(marked("CRM-1"), qint64(party_change::Golden));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(written(), QStringList{QStringLiteral("event insert 1")});
    QCOMPARE(dependentsDump(db), fromScratch());

    // Delivered: the order's event is updated in place (its summary), and the customer's stage history read again:
    // the order now marks onboarding, which replaces the purchase at that time (one transition removed, one added).
    // Its total, currency and time are as they were: none of the customer's figures is read again.
    QVariantMap delivered = so1;
    delivered.insert(QStringLiteral("status"), QStringLiteral("delivered"));
    delivered.insert(QStringLiteral("delivered_at"), at("2024-01-05T00:00:00Z"));
    QVERIFY(bulk.applyPage(page(kShop, QStringLiteral("orders"),
                                {record(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"),
                                        delivered, "2024-07-02T00:00:00Z")}))
                .ok());
    QCOMPARE(marked("SO-1"), qint64(party_change::Contacts));
    const QString stages = QStringLiteral("SELECT group_concat(stage) FROM (SELECT stage FROM party_stage WHERE "
                                          "party_id = (SELECT party_id FROM party_link pl JOIN source_record sr ON "
                                          "sr.id = pl.record_id WHERE sr.source_id = 'SO-1') ORDER BY stage)");
    QCOMPARE(text(db, stages), QStringLiteral("2,5")); // purchase, retain (a second order)
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(written(), (QStringList{QStringLiteral("event update 1"), QStringLiteral("stage delete 1"),
                                     QStringLiteral("stage insert 1")}));
    QCOMPARE(text(db, stages), QStringLiteral("3,5")); // onboard, retain
    QCOMPARE(dependentsDump(db), fromScratch());

    // The caller's call gets a summary: its contact fact is updated in place (its reason) as the call is written,
    // nothing else of it; its event (a contact's, read by the stage rules without looking at its text) changed in
    // place, so the customer's contacts and stages are not read again.
    const auto call = [](const char* when, const char* summary, const char* queue = "") {
        return interaction(QStringLiteral("IX-1"), m({{"channel", QStringLiteral("call")},
                                                      {"phone", QStringLiteral("139 0013 9000")},
                                                      {"name", QStringLiteral("Bo Chen")},
                                                      {"summary", QString::fromLatin1(summary)},
                                                      {"queue", QString::fromLatin1(queue)},
                                                      {"occurred_at", at(when)}}));
    };
    QVERIFY(
        bulk.applyPage(page(kContact, QStringLiteral("interactions"), {call("2024-02-01T00:00:00Z", "Refund")})).ok());
    QCOMPARE(marked("IX-1"), 0); // no figure reads a summary
    QCOMPARE(text(db, QStringLiteral("SELECT reason FROM contact_fact")), QStringLiteral("Refund"));
    QCOMPARE(text(db, QStringLiteral("SELECT group_concat(reason || ':' || contacts) FROM contact_day")),
             QStringLiteral("Refund:1"));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    const QStringList afterSummary = written();
    QVERIFY2(afterSummary.contains(QStringLiteral("fact update 1")), qPrintable(afterSummary.join(u',')));
    QVERIFY2(afterSummary.contains(QStringLiteral("interaction summary 1")), qPrintable(afterSummary.join(u',')));
    QVERIFY2(!afterSummary.join(u',').contains(QStringLiteral("indexed")), qPrintable(afterSummary.join(u',')));
    QVERIFY2(!afterSummary.join(u',').contains(QStringLiteral("fact insert")), qPrintable(afterSummary.join(u',')));
    QVERIFY2(!afterSummary.join(u',').contains(QStringLiteral("stage")), qPrintable(afterSummary.join(u',')));
    QCOMPARE(text(db, QStringLiteral("SELECT reason FROM contact_fact")), QStringLiteral("Refund"));
    QCOMPARE(dependentsDump(db), fromScratch());

    // The call moved to after the customer's profile was created (aware): its fact is keyed by its time (removed and
    // added), and the customer now reached "consider" by that call: one transition added to the history.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party_stage WHERE party_id = (SELECT party_id FROM "
                                       "contact_fact)")),
             1);
    QVERIFY(
        bulk.applyPage(page(kContact, QStringLiteral("interactions"), {call("2024-05-10T00:00:00Z", "Refund")})).ok());
    QCOMPARE(marked("IX-1"), qint64(party_change::LastContact | party_change::Contacts));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    const QStringList afterMove = written().filter(QRegularExpression(QStringLiteral("^(fact|stage)")));
    QCOMPARE(afterMove, (QStringList{QStringLiteral("fact delete 1"), QStringLiteral("fact insert 1"),
                                     QStringLiteral("stage insert 1")}));
    QCOMPARE(dependentsDump(db), fromScratch());

    // The call handed to another queue: its place in the queue's chains changes with it, so the customer's facts are
    // refreshed (not updated in place), and end as computed from scratch.
    QVERIFY(
        bulk.applyPage(page(kContact, QStringLiteral("interactions"), {call("2024-05-10T00:00:00Z", "Refund", "vip")}))
            .ok());
    QCOMPARE(marked("IX-1"), qint64(party_change::Contacts));
    QCOMPARE(text(db, QStringLiteral("SELECT queue FROM contact_fact")), QString()); // not refreshed yet
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(text(db, QStringLiteral("SELECT queue FROM contact_fact")), QStringLiteral("vip"));
    QCOMPARE(dependentsDump(db), fromScratch());
    written();

    // The ticket solved: its event's summary changes in place, and no stage rule reads a ticket's text: the customer is
    // recomputed (the open tickets) without reading their contacts or stages again.
    const auto ticketT1 = [](const char* status) {
        return ticket(QStringLiteral("T-1"), m({{"number", QStringLiteral("#7")},
                                                {"email", QStringLiteral("ann@x.com")},
                                                {"phone", QStringLiteral("+8613900139000")},
                                                {"status", QString::fromLatin1(status)},
                                                {"created_at", at("2024-03-01T00:00:00Z")}}));
    };
    const QString openTickets = QStringLiteral("SELECT open_tickets FROM party WHERE id = (SELECT party_id FROM "
                                               "party_link pl JOIN source_record sr ON sr.id = pl.record_id WHERE "
                                               "sr.source_id = 'T-1')");
    QCOMPARE(scalar(db, openTickets), 1);
    QVERIFY(bulk.applyPage(page(kHelpdesk, QStringLiteral("tickets"), {ticketT1("solved")})).ok());
    QCOMPARE(marked("T-1"), qint64(party_change::Tickets));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(scalar(db, openTickets), 0);
    const QStringList afterSolved = written();
    QVERIFY2(afterSolved.contains(QStringLiteral("event update 1")), qPrintable(afterSolved.join(u',')));
    QVERIFY2(afterSolved.filter(QRegularExpression(QStringLiteral("^(fact|stage)"))).isEmpty(),
             qPrintable(afterSolved.join(u',')));
    QCOMPARE(dependentsDump(db), fromScratch());

    // Closed after solved, then reopened in upper case: the first leaves it closed (not marked), the second opens it
    // again as the figures read a status (SQLite's lower()).
    QVERIFY(bulk.applyPage(page(kHelpdesk, QStringLiteral("tickets"), {ticketT1("closed")})).ok());
    QCOMPARE(marked("T-1"), 0);
    QVERIFY(bulk.applyPage(page(kHelpdesk, QStringLiteral("tickets"), {ticketT1("OPEN")})).ok());
    QCOMPARE(marked("T-1"), qint64(party_change::Tickets));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(scalar(db, openTickets), 1);
    QCOMPARE(dependentsDump(db), fromScratch());
    written();

    // The order's total corrected, then the order cancelled: each changes what the lifetime value sums, so each marks
    // the value (and nothing else: the order's event is the same).
    const QString value = QStringLiteral("SELECT lifetime_value FROM party WHERE id = (SELECT party_id FROM "
                                         "party_link pl JOIN source_record sr ON sr.id = pl.record_id WHERE "
                                         "sr.source_id = 'SO-1')");
    const double valueBefore = text(db, value).toDouble();
    QVariantMap corrected = delivered;
    corrected.insert(QStringLiteral("total"), 12.5);
    QVERIFY(bulk.applyPage(page(kShop, QStringLiteral("orders"),
                                {record(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"),
                                        corrected, "2024-07-03T00:00:00Z")}))
                .ok());
    QCOMPARE(marked("SO-1"), qint64(party_change::Value));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(text(db, value).toDouble(), valueBefore + 2.5);
    QCOMPARE(dependentsDump(db), fromScratch());
    QVariantMap cancelled = corrected;
    cancelled.insert(QStringLiteral("status"), QStringLiteral("Canceled"));
    QVERIFY(bulk.applyPage(page(kShop, QStringLiteral("orders"),
                                {record(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"),
                                        cancelled, "2024-07-04T00:00:00Z")}))
                .ok());
    QVERIFY((marked("SO-1") & party_change::Value) != 0);
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(text(db, value).toDouble(), valueBefore - 10.0);
    QCOMPARE(dependentsDump(db), fromScratch());
    written();

    // A new order of Li Hua: linked, so the records per source are counted again.
    QVERIFY(bulk.applyPage(page(kShop, QStringLiteral("orders"),
                                {shopOrder(QStringLiteral("SO-9"), m({{"number", QStringLiteral("109")},
                                                                      {"email", QStringLiteral("lh@x.com")},
                                                                      {"total", 5.0},
                                                                      {"currency", QStringLiteral("CNY")},
                                                                      {"status", QStringLiteral("paid")},
                                                                      {"placed_at", at("2024-04-01T00:00:00Z")}}))}))
                .ok());
    QCOMPARE(marked("SO-9") & party_change::All, qint64(party_change::All)); // Golden: its figures too
    QVERIFY(bulk.recomputeDirtyParties().ok());
    const QStringList afterNew = written();
    QVERIFY2(afterNew.contains(QStringLiteral("source insert 2")), qPrintable(afterNew.join(u',')));
    // Its lifetime value and order count changed, not its name: the name's index is left alone.
    QVERIFY2(afterNew.contains(QStringLiteral("party update 1")), qPrintable(afterNew.join(u',')));
    QVERIFY2(!afterNew.join(u',').contains(QStringLiteral("party name")), qPrintable(afterNew.join(u',')));
    const QStringList current = dependentsDump(db);
    QCOMPARE(current, fromScratch());

    // A stage history kept under other rules is rebuilt for every customer at the next recomputation, the ones it
    // marked included, even when nothing of their contacts changed.
    QVERIFY(q.exec(QStringLiteral("UPDATE report_fact_state SET value = 'other rules' WHERE key = 'stage_rules'")));
    QCOMPARE(q.numRowsAffected(), 1);
    CacheWriter next(db, IdentityConfig{});
    next.setDeferPartyRecompute(true);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party_dirty(party_id, changes) SELECT party_id, %1 FROM party_link pl "
                                  "JOIN source_record sr ON sr.id = pl.record_id WHERE sr.source_id = 'SO-1'")
                       .arg(party_change::Golden)));
    QCOMPARE(marked("SO-1"), qint64(party_change::Golden));
    QVERIFY(next.recomputeDirtyParties().ok());
    QVERIFY(text(db, QStringLiteral("SELECT value FROM report_fact_state WHERE key = 'stage_rules'")) !=
            QStringLiteral("other rules"));
    QCOMPARE(dependentsDump(db), current);
}

// A record re-delivered as it was, with a later updated_at, changes nothing of its customer but its keys' newest time:
// the customer is recomputed only when that time may reorder the keys a golden field is chosen from. Two e-mail
// addresses of one shop customer: the older one seen again becomes the newer, and the golden e-mail follows (the
// same source ranks them alike, the latest wins); seen again once more, it already was the newest: no mark.
void TestCacheWriter::redeliveredRecordMarksItsCustomerOnlyWhenTheKeysReorder() {
    const QSqlDatabase db = m_db->handle();
    CacheWriter bulk(db, IdentityConfig{});
    bulk.setDeferPartyRecompute(true);
    const auto order = [](const char* id, const char* number, const char* email, const char* updated) {
        return record(kShop, QStringLiteral("orders"), EntityKind::Order, QString::fromLatin1(id),
                      m({{"number", QString::fromLatin1(number)},
                         {"email", QString::fromLatin1(email)},
                         {"phone", QStringLiteral("+8613800138000")},
                         {"total", 20.0},
                         {"currency", QStringLiteral("CNY")},
                         {"status", QStringLiteral("paid")},
                         {"placed_at", at("2024-01-01T00:00:00Z")}}),
                      updated);
    };
    const auto deliver = [&](const CanonicalRecord& r) {
        auto applied = bulk.applyPage(page(kShop, QStringLiteral("orders"), {r}));
        return applied ? QString() : applied.error().detail;
    };
    QCOMPARE(deliver(order("SO-A", "201", "a@x.com", "2024-03-01T00:00:00Z")), QString());
    QCOMPARE(deliver(order("SO-B", "202", "b@x.com", "2024-04-01T00:00:00Z")), QString());
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), 1); // one customer, by the phone number
    const QString email = QStringLiteral("SELECT primary_email FROM party");
    QCOMPARE(text(db, email), QStringLiteral("b@x.com"));
    const auto fromScratch = [&db] { return dependentsFromScratch(db); };

    QCOMPARE(deliver(order("SO-A", "201", "a@x.com", "2024-05-01T00:00:00Z")), QString());
    QCOMPARE(count(QStringLiteral("SELECT changes FROM party_dirty")), qint64(party_change::Golden));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(text(db, email), QStringLiteral("a@x.com"));
    QCOMPARE(dependentsDump(db), fromScratch());

    QCOMPARE(deliver(order("SO-A", "201", "a@x.com", "2024-06-01T00:00:00Z")), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QCOMPARE(count(QStringLiteral("SELECT max(last_ms) FROM party_key WHERE value = 'a@x.com'")),
             at("2024-06-01T00:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(dependentsDump(db), fromScratch());
}

// A record re-delivered as it was (a later updated_at only) keeps its detail row and its events; a deletion and a
// revival still reach the record's flag and the index of live records. An order keeps the lines that did not change.
void TestCacheWriter::redeliveredRecordsKeepTheirRows() {
    const QSqlDatabase db = m_db->handle();
    const auto campaign = [](const char* updated, const char* url) {
        return record(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent,
                      QStringLiteral("EV-1"),
                      m({{"campaign_id", QStringLiteral("C-9")},
                         {"campaign_name", QStringLiteral("Spring Sale")},
                         {"event_type", QStringLiteral("opened")},
                         {"email", QStringLiteral("lh@x.com")},
                         {"url", QString::fromLatin1(url)},
                         {"occurred_at", at("2024-03-01T00:00:00Z")}}),
                      updated);
    };
    const auto deliver = [&](const CanonicalRecord& r) {
        return apply(page(QStringLiteral("marketing"), QStringLiteral("events"), {r})).ok();
    };
    QVERIFY(deliver(campaign("2024-05-01T10:00:00Z", "https://shop.example/a")));
    QSqlQuery q(db);
    for (const char* sql :
         {"CREATE TEMP TABLE row_writes(tbl TEXT)",
          "CREATE TEMP TRIGGER r1 AFTER INSERT ON campaign_touch BEGIN INSERT INTO row_writes VALUES('detail'); END",
          "CREATE TEMP TRIGGER r2 AFTER DELETE ON campaign_touch BEGIN INSERT INTO row_writes VALUES('detail'); END",
          "CREATE TEMP TRIGGER r3 AFTER INSERT ON timeline_event BEGIN INSERT INTO row_writes VALUES('event'); END",
          "CREATE TEMP TRIGGER r4 AFTER DELETE ON timeline_event BEGIN INSERT INTO row_writes VALUES('event'); END",
          "CREATE TEMP TRIGGER r9 AFTER UPDATE ON timeline_event BEGIN INSERT INTO row_writes VALUES('event update'); "
          "END",
          "CREATE TEMP TRIGGER r20 AFTER UPDATE OF url ON campaign_touch BEGIN INSERT INTO row_writes VALUES('url'); "
          "END",
          "CREATE TEMP TRIGGER r21 AFTER UPDATE OF record_id, campaign_id, campaign_name, event_type, occurred_ms, "
          "email, phone ON campaign_touch BEGIN INSERT INTO row_writes VALUES('other column'); END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const auto writes = [&](const char* table) {
        return count(QStringLiteral("SELECT count(*) FROM row_writes WHERE tbl = '%1'").arg(QLatin1String(table)));
    };
    QVERIFY(deliver(campaign("2024-06-01T10:00:00Z", "https://shop.example/a")));
    QCOMPARE(writes("detail"), 0);
    QCOMPARE(writes("event"), 0);
    QCOMPARE(writes("event update"), 0);
    QCOMPARE(count(QStringLiteral("SELECT updated_at FROM source_record WHERE source_id = 'EV-1'")),
             at("2024-06-01T10:00:00Z").toMSecsSinceEpoch());
    // A changed row: its changed column is updated in place, and no other.
    QVERIFY(deliver(campaign("2024-06-02T10:00:00Z", "https://shop.example/b")));
    QCOMPARE(writes("detail"), 0);
    QCOMPARE(writes("url"), 1);
    QCOMPARE(writes("other column"), 0);
    QCOMPARE(text(db, QStringLiteral("SELECT url FROM campaign_touch")), QStringLiteral("https://shop.example/b"));

    // Deleted, then live again: the flag and the live-records index follow.
    const QString live = QStringLiteral("SELECT count(*) FROM source_record INDEXED BY source_record_live WHERE "
                                        "deleted = %1 AND source = 'marketing' AND stream = 'events'");
    QVERIFY(apply(page(QStringLiteral("marketing"), QStringLiteral("events"),
                       {tombstone(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent,
                                  QStringLiteral("EV-1"))}))
                .ok());
    QCOMPARE(count(live.arg(1)), 1);
    QCOMPARE(count(live.arg(0)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign_touch")), 0);
    QVERIFY(deliver(campaign("2024-07-01T10:00:00Z", "https://shop.example/b")));
    QCOMPARE(count(live.arg(0)), 1);
    QCOMPARE(count(live.arg(1)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign_touch")), 1);

    // An order whose status moved: its row is updated in place, its unchanged lines stay; changed lines are written
    // position by position, and a deleted order takes its lines with it.
    const auto order = [](const char* updated, const char* status, const QList<QVariantMap>& lines) {
        CanonicalRecord r = shopOrder(QStringLiteral("SO-7"), m({{"number", QStringLiteral("107")},
                                                                 {"email", QStringLiteral("lh@x.com")},
                                                                 {"total", 25.0},
                                                                 {"status", QString::fromLatin1(status)},
                                                                 {"placed_at", at("2024-01-01T00:00:00Z")}}));
        r.updatedAt = at(updated);
        r.children.insert(QStringLiteral("lines"), lines);
        return r;
    };
    const QList<QVariantMap> two{m({{"sku", QStringLiteral("A")}, {"quantity", 1}, {"unit_price", 5.0}}),
                                 m({{"sku", QStringLiteral("B")}, {"quantity", 2}, {"unit_price", 10.0}})};
    QVERIFY(apply(page(kShop, QStringLiteral("orders"), {order("2024-05-01T00:00:00Z", "paid", two)})).ok());
    for (const char* sql :
         {"CREATE TEMP TRIGGER r5 AFTER INSERT ON order_line BEGIN INSERT INTO row_writes VALUES('line'); END",
          "CREATE TEMP TRIGGER r6 AFTER DELETE ON order_line BEGIN INSERT INTO row_writes VALUES('line'); END",
          "CREATE TEMP TRIGGER r10 AFTER UPDATE ON order_line BEGIN INSERT INTO row_writes VALUES('line update'); END",
          "CREATE TEMP TRIGGER r7 AFTER UPDATE ON orders BEGIN INSERT INTO row_writes VALUES('order update'); END",
          "CREATE TEMP TRIGGER r8 AFTER DELETE ON orders BEGIN INSERT INTO row_writes VALUES('order delete'); END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QVERIFY(apply(page(kShop, QStringLiteral("orders"), {order("2024-05-02T00:00:00Z", "shipped", two)})).ok());
    QCOMPARE(writes("order update"), 1);
    QCOMPARE(writes("order delete"), 0);
    QCOMPARE(writes("line"), 0);
    QCOMPARE(text(db, QStringLiteral("SELECT status FROM orders WHERE number = '107'")), QStringLiteral("shipped"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM order_line ol JOIN orders o ON o.record_id = ol.record_id "
                                  "WHERE o.number = '107'")),
             2);
    QVERIFY(apply(page(kShop, QStringLiteral("orders"), {order("2024-05-03T00:00:00Z", "shipped", two.mid(1))})).ok());
    QCOMPARE(writes("order update"), 1);
    QCOMPARE(writes("line"), 1);        // the second line removed
    QCOMPARE(writes("line update"), 1); // the first one now holds what the second held
    QCOMPARE(text(db, QStringLiteral("SELECT group_concat(sku) FROM order_line")), QStringLiteral("B"));
    QVERIFY(apply(page(kShop, QStringLiteral("orders"),
                       {tombstone(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-7"))}))
                .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM order_line")), 0);

    // A ticket that moved on and gained a comment: its own event is updated (its status), the comment's event is
    // added after the others, and the earlier comments' events stay as they were, in the order a first write gives.
    const auto helpdeskTicket = [](const char* updated, const char* status, int comments) {
        CanonicalRecord r = ticket(QStringLiteral("T-9"), m({{"number", QStringLiteral("#9")},
                                                             {"email", QStringLiteral("lh@x.com")},
                                                             {"subject", QStringLiteral("Where is my order?")},
                                                             {"status", QString::fromLatin1(status)},
                                                             {"created_at", at("2024-02-01T00:00:00Z")}}));
        r.updatedAt = at(updated);
        QList<QVariantMap> list;
        for (int c = 1; c <= comments; ++c) {
            list << m({{"author", QStringLiteral("Agent %1").arg(c)},
                       {"body", QStringLiteral("Reply %1").arg(c)},
                       {"created_at", at("2024-02-01T00:00:00Z").addSecs(3600 * c)},
                       {"public", true}});
        }
        r.children.insert(QStringLiteral("comments"), list);
        return r;
    };
    QVERIFY(
        apply(page(kHelpdesk, QStringLiteral("tickets"), {helpdeskTicket("2024-05-01T00:00:00Z", "open", 2)})).ok());
    const QString ticketEvents = QStringLiteral("SELECT group_concat(id || ':' || kind || ':' || summary, ' | ') FROM "
                                                "(SELECT e.id, e.kind, e.summary FROM timeline_event e JOIN "
                                                "source_record sr ON sr.id = e.record_id WHERE sr.source_id = 'T-9' "
                                                "ORDER BY e.id)");
    const QString before = text(db, ticketEvents);
    QCOMPARE(before.count(QStringLiteral(" | ")), 2); // the ticket and two comments
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM row_writes"));
    for (const char* sql : {"CREATE TEMP TRIGGER r11 AFTER INSERT ON ticket_comment BEGIN INSERT INTO row_writes "
                            "VALUES('comment'); END",
                            "CREATE TEMP TRIGGER r12 AFTER DELETE ON ticket_comment BEGIN INSERT INTO row_writes "
                            "VALUES('comment'); END",
                            "CREATE TEMP TRIGGER r13 AFTER UPDATE ON ticket_comment BEGIN INSERT INTO row_writes "
                            "VALUES('comment'); END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QVERIFY(
        apply(page(kHelpdesk, QStringLiteral("tickets"), {helpdeskTicket("2024-05-02T00:00:00Z", "pending", 3)})).ok());
    QCOMPARE(writes("comment"), 1); // the third comment's row, added
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_comment")), 3);
    QCOMPARE(writes("event update"), 1);
    QCOMPARE(writes("event"), 1); // the third comment's, added
    const QStringList after = text(db, ticketEvents).split(QStringLiteral(" | "));
    const QStringList earlier = before.split(QStringLiteral(" | "));
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(0).section(u':', 0, 0), earlier.at(0).section(u':', 0, 0)); // the ticket's event kept its id
    QVERIFY(after.at(0).contains(QStringLiteral("Pending")));
    QCOMPARE(after.mid(1, 2), earlier.mid(1, 2));
    QVERIFY(after.at(3).contains(QStringLiteral("Reply 3")) || after.at(3).contains(QStringLiteral("Agent 3")));
    QCOMPARE(text(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestCacheWriter::manyMarkedPartiesRecomputeOnlyWhatChanged_data() {
    QTest::addColumn<int>("customers");
    // 300 marked parties of 300: passes over whole tables; of 1,300: probes for their own rows.
    QTest::newRow("whole tables") << 300;
    QTest::newRow("these parties") << 1300;
}

// PartyAggregator::recomputeMany (a batch of at least kManyParties marked customers) follows the marks as the one by
// one path does: 300 orders re-delivered with a later updated_at write no golden row, field, count or contact fact,
// and the customers equal a recompute of every one of them from scratch; 300 changed segments are seen and the
// customers' contact facts carry them; 300 cancelled orders change their customers' figures and nothing else.
void TestCacheWriter::manyMarkedPartiesRecomputeOnlyWhatChanged() {
    QFETCH(int, customers);
    constexpr int kChanged = 300;
    QVERIFY(kChanged >= PartyAggregator::kManyParties);
    const QSqlDatabase db = m_db->handle();
    CacheWriter bulk(db, IdentityConfig{});
    bulk.setDeferPartyRecompute(true);
    const auto people = [&](const char* segment) {
        QList<CanonicalRecord> records;
        for (int i = 0; i < customers; ++i) {
            records << crmCustomer(QStringLiteral("C-%1").arg(i),
                                   m({{"name", QStringLiteral("Person %1").arg(i)},
                                      {"email", QStringLiteral("p%1@x.com").arg(i)},
                                      {"segment", QString::fromLatin1(i < kChanged ? segment : "Silver")}}));
        }
        return page(kCrm, QStringLiteral("customers"), records);
    };
    const auto orders = [&](const char* updated, const char* status = "paid") {
        QList<CanonicalRecord> records;
        for (int i = 0; i < kChanged; ++i) {
            records << record(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("O-%1").arg(i),
                              m({{"number", QStringLiteral("%1").arg(5000 + i)},
                                 {"email", QStringLiteral("p%1@x.com").arg(i)},
                                 {"total", 10.0 + i},
                                 {"status", QString::fromLatin1(status)},
                                 {"placed_at", at("2024-01-01T00:00:00Z")}}),
                              updated);
        }
        return page(kShop, QStringLiteral("orders"), records);
    };
    const auto calls = [&] {
        QList<CanonicalRecord> records;
        for (int i = 0; i < kChanged; ++i) {
            records << interaction(QStringLiteral("I-%1").arg(i), m({{"channel", QStringLiteral("call")},
                                                                     {"email", QStringLiteral("p%1@x.com").arg(i)},
                                                                     {"occurred_at", at("2024-06-01T00:00:00Z")}}));
        }
        return page(kContact, QStringLiteral("interactions"), records);
    };
    for (const PageInput& p : {people("Gold"), orders("2024-05-01T10:00:00Z"), calls()}) {
        QVERIFY(bulk.applyPage(p).ok());
    }
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party")), qint64(customers));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact_fact WHERE segment = 'Gold'")), qint64(kChanged));
    QSqlQuery q(db);
    for (const char* sql :
         {"CREATE TEMP TABLE many_writes(tbl TEXT)",
          "CREATE TEMP TRIGGER m1 AFTER UPDATE ON party BEGIN INSERT INTO many_writes VALUES('party'); END",
          "CREATE TEMP TRIGGER m2 AFTER UPDATE ON party_field BEGIN INSERT INTO many_writes VALUES('field'); END",
          "CREATE TEMP TRIGGER m3 AFTER INSERT ON party_field BEGIN INSERT INTO many_writes VALUES('field'); END",
          "CREATE TEMP TRIGGER m4 AFTER INSERT ON party_source BEGIN INSERT INTO many_writes VALUES('source'); END",
          "CREATE TEMP TRIGGER m5 AFTER UPDATE ON contact_fact BEGIN INSERT INTO many_writes VALUES('fact'); END",
          "CREATE TEMP TRIGGER m6 AFTER INSERT ON ltv_quantile BEGIN INSERT INTO many_writes VALUES('quantile'); "
          "END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const auto writes = [&](const char* table) {
        const qint64 n =
            count(QStringLiteral("SELECT count(*) FROM many_writes WHERE tbl = '%1'").arg(QLatin1String(table)));
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM many_writes WHERE tbl = '%1'").arg(QLatin1String(table)));
        return n;
    };
    const auto snapshot = [&] { return dependentsDump(db); };
    const QStringList before = snapshot();

    // The orders again, a later updated_at, each its customer's only e-mail address: no customer is marked, and
    // nothing is written.
    QVERIFY(bulk.applyPage(orders("2024-07-01T10:00:00Z")).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), 0);
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(writes("party"), 0);
    QCOMPARE(writes("field"), 0);
    QCOMPARE(writes("source"), 0);
    QCOMPARE(writes("fact"), 0);
    QCOMPARE(snapshot(), before);

    // A new segment for the 300: their golden rows change, and their contact facts follow (nothing else of theirs).
    QVERIFY(bulk.applyPage(people("Platinum")).ok());
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(writes("party"), qint64(kChanged));
    QCOMPARE(writes("field"), qint64(kChanged)); // their segment
    QCOMPARE(writes("fact"), qint64(kChanged));
    // No lifetime value changed: the value ranking is not computed again (one pass over every customer).
    QCOMPARE(writes("quantile"), 0);
    QCOMPARE(count(QStringLiteral("SELECT value FROM ltv_quantile WHERE rank = 0")), qint64(kChanged));
    QCOMPARE(writes("source"), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact_fact WHERE segment = 'Platinum'")), qint64(kChanged));
    const QStringList segments = snapshot();
    QVERIFY(segments != before);

    // The 300 orders cancelled: their customers' lifetime values alone may change (party_change::Value), so their
    // golden fields and search rows are neither read nor written, their other figures are kept as stored; the
    // lifetime values drop to nothing.
    QVERIFY(bulk.applyPage(orders("2024-08-01T10:00:00Z", "cancelled")).ok());
    QCOMPARE(text(db, QStringLiteral("SELECT group_concat(DISTINCT changes) FROM party_dirty")),
             QString::number(party_change::Value));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_dirty")), qint64(kChanged));
    QLoggingCategory::setFilterRules(QStringLiteral("c360.storage.debug=true"));
    if (customers > kChanged) { // probes for their own rows (passes over whole tables read every party's)
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^of 300 parties, 300 with their figures "
                                                                           "alone to recompute$")));
    }
    const bool recomputed = bulk.recomputeDirtyParties().ok();
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(recomputed);
    QCOMPARE(writes("party"), qint64(kChanged));
    QCOMPARE(writes("field"), 0);
    QCOMPARE(writes("fact"), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party WHERE lifetime_value = 0 AND order_count = 1")),
             qint64(kChanged));
    // Their values changed: the ranking follows (no customer with spend is left).
    QVERIFY(writes("quantile") > 0);
    QCOMPARE(count(QStringLiteral("SELECT value FROM ltv_quantile WHERE rank = 0")), 0);
    const QStringList after = snapshot();
    QVERIFY(after != segments);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party WHERE last_contact_ms IS NULL")), 0); // as stored
    // Every customer recomputed from scratch (marked as before v20: every change) gives the same.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO party_dirty(party_id) SELECT id FROM party")));
    QVERIFY(bulk.recomputeDirtyParties().ok());
    QCOMPARE(snapshot(), after);
}

// A recomputation that adds ReportFacts::kBulkContacts contacts or more (a first sync's batch) inserts them with their
// roll-ups' sums per key instead of through contact_fact's insert triggers, which it sets aside meanwhile: the cache
// equals, table by table and in its schema, the same pages recomputed in batches of ten customers (a few contacts
// each: row by row through the triggers), after a first sync of 1,300 calls and after a second page of 1,040 calls on
// the same days and queues (roll-up rows that exist: their sums grow) with deletions among them. Each contact of the
// first cache was inserted while the triggers were set aside, each of the second through them. A rebuild of every
// customer's facts written in batches (ReportFacts::setAddedBatch) gives the same again.
void TestCacheWriter::manyNewContactsRollUpAsOneByOne() {
    constexpr int kCustomers = 260;
    const auto customers = [&] {
        QList<CanonicalRecord> records;
        for (int i = 0; i < kCustomers; ++i) {
            records << crmCustomer(QStringLiteral("C-%1").arg(i),
                                   m({{"name", QStringLiteral("Person %1").arg(i)},
                                      {"email", QStringLiteral("p%1@x.com").arg(i)},
                                      {"segment", QString::fromLatin1(i % 3 == 0 ? "Gold" : "Silver")}}));
        }
        return page(kCrm, QStringLiteral("customers"), records);
    };
    const auto orders = [&] {
        QList<CanonicalRecord> records;
        for (int i = 0; i < kCustomers; i += 2) {
            records << shopOrder(QStringLiteral("O-%1").arg(i),
                                 m({{"number", QStringLiteral("%1").arg(7000 + i)},
                                    {"email", QStringLiteral("p%1@x.com").arg(i)},
                                    {"total", 20.0 + i},
                                    {"status", QStringLiteral("paid")},
                                    {"placed_at", at("2024-05-20T09:00:00Z").addDays(i % 20)}}));
        }
        return page(kShop, QStringLiteral("orders"), records);
    };
    // `perCustomer` calls of each customer from `first` on, on days, queues, agents and reasons that repeat; some
    // without a duration or wrap-up; `deleted`: these calls of the first page as tombstones.
    const auto calls = [&](int first, int perCustomer, const QList<int>& deleted = {}) {
        const QStringList queues{QStringLiteral("billing"), QStringLiteral("sales"), QStringLiteral("delivery")};
        const QStringList agents{QStringLiteral("Lucy"), QStringLiteral("Tom"), QString()};
        QList<CanonicalRecord> records;
        for (int i = 0; i < kCustomers; ++i) {
            for (int c = first; c < first + perCustomer; ++c) {
                const int n = i * 10 + c;
                QVariantMap fields =
                    m({{"channel", QString::fromLatin1(n % 4 == 0 ? "chat" : "call")},
                       {"email", QStringLiteral("p%1@x.com").arg(i)},
                       {"occurred_at", at("2024-06-01T08:00:00Z").addSecs(3600LL * (n % 37) + 86400LL * ((i + c) % 9))},
                       {"queue", queues.at(n % 3)},
                       {"agent", agents.at((n / 3) % 3)},
                       {"summary", QStringLiteral("Reason %1").arg(n % 5)}});
                if (n % 7 != 0) {
                    fields.insert(QStringLiteral("duration_seconds"), 30 + n % 300);
                }
                if (n % 5 != 0) {
                    fields.insert(QStringLiteral("wrap_up_seconds"), n % 60);
                }
                records << interaction(QStringLiteral("I-%1").arg(n), fields);
            }
        }
        for (int n : deleted) {
            records << tombstone(kContact, QStringLiteral("interactions"), EntityKind::Interaction,
                                 QStringLiteral("I-%1").arg(n));
        }
        return page(kContact, QStringLiteral("interactions"), records);
    };
    const QList<QList<PageInput>> runs{{customers(), orders(), calls(0, 5)}, {calls(5, 4, {10, 11, 24, 500, 1201})}};
    QVERIFY(kCustomers * 5 >= ReportFacts::kBulkContacts);
    QVERIFY(kCustomers * 4 >= ReportFacts::kBulkContacts);

    QTemporaryDir dir;
    std::vector<std::unique_ptr<Database>> caches;
    for (const char* name : {"bulk", "row-by-row"}) {
        auto opened =
            Database::open(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".db")), QString::fromLatin1(name));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        caches.push_back(std::make_unique<Database>(std::move(opened.value())));
        QSqlQuery q(caches.back()->handle());
        // Whether contact_day's insert trigger was in the schema as each contact was inserted.
        for (const char* sql : {"CREATE TEMP TABLE trigger_seen(present INTEGER)",
                                "CREATE TEMP TRIGGER watch AFTER INSERT ON main.contact_fact BEGIN INSERT INTO "
                                "trigger_seen SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger' AND "
                                "name = 'contact_day_insert'; END"}) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
    }
    const QSqlDatabase bulkDb = caches.at(0)->handle();
    const QSqlDatabase oneDb = caches.at(1)->handle();
    const QString schema = QStringLiteral("SELECT group_concat(name || ':' || sql, char(10)) FROM (SELECT name, sql "
                                          "FROM main.sqlite_master ORDER BY name)");
    const QString schemaBefore = text(bulkDb, schema);
    QVERIFY(schemaBefore.contains(QStringLiteral("served_day_insert")));
    CacheWriter bulk(bulkDb, IdentityConfig{});
    CacheWriter oneByOne(oneDb, IdentityConfig{});
    for (CacheWriter* w : {&bulk, &oneByOne}) {
        w->setDeferPartyRecompute(true);
    }
    for (const QList<PageInput>& run : runs) {
        for (const PageInput& p : run) {
            QVERIFY(bulk.applyPage(p).ok());
            QVERIFY(oneByOne.applyPage(p).ok());
        }
        auto all = bulk.recomputeDirtyParties(nullptr, 1000);
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().detail));
        QCOMPARE(*all, kCustomers);
        auto tens = oneByOne.recomputeDirtyParties(nullptr, 10);
        QVERIFY2(tens.ok(), qPrintable(tens.ok() ? QString() : tens.error().detail));
        QCOMPARE(*tens, kCustomers);
        const QStringList expected = dependentsDump(oneDb);
        QVERIFY(expected.filter(QStringLiteral("served:")).size() > 100);
        QCOMPARE(dependentsDump(bulkDb), expected);
        QCOMPARE(text(bulkDb, schema), schemaBefore);
        QCOMPARE(text(oneDb, schema), schemaBefore);
    }
    QCOMPARE(scalar(bulkDb, QStringLiteral("SELECT count(*) FROM contact_fact")), kCustomers * 9 - 5);
    QCOMPARE(scalar(bulkDb, QStringLiteral("SELECT max(contacts) FROM contact_day")) > 1, true);
    // The first cache's contacts (each inserted once: the second page's customers keep their earlier contacts) went in
    // with the triggers set aside, the second's through them.
    QCOMPARE(scalar(bulkDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen WHERE present = 0")),
             kCustomers * 9);
    QCOMPARE(scalar(bulkDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen WHERE present = 1")), 0);
    QCOMPARE(scalar(oneDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen WHERE present = 0")), 0);
    QVERIFY(scalar(oneDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen WHERE present = 1")) >=
            kCustomers * 9);
    QCOMPARE(text(bulkDb, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    // Every customer's facts rebuilt from scratch, written whenever 1,000 added contacts wait: twice at once (the
    // triggers set aside), the rest row by row; the same facts and roll-ups as before.
    const QStringList rowByRow = dependentsDump(oneDb);
    const qint64 seenBefore = scalar(oneDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen"));
    ReportFacts facts(oneDb);
    facts.setAddedBatch(ReportFacts::kBulkContacts);
    const Status rebuilt = facts.rebuildAll();
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().detail));
    QCOMPARE(dependentsDump(oneDb), rowByRow);
    const qint64 atOnce = scalar(oneDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen WHERE present = 0"));
    QVERIFY2(atOnce >= 2 * ReportFacts::kBulkContacts && atOnce < kCustomers * 9 - 5,
             qPrintable(QString::number(atOnce)));
    QCOMPARE(scalar(oneDb, QStringLiteral("SELECT count(*) FROM temp.trigger_seen")) - seenBefore, kCustomers * 9 - 5);
    QCOMPARE(text(oneDb, schema), schemaBefore);
}

namespace {
// A cache of `customers` CRM customers (a phone and a segment each), an order for every second one and two calls for
// every third one; `round` 1 changes every fifth customer's segment and city, gives each customer another order and
// deletes the first order: every customer marked again.
QList<PageInput> readAheadPages(int customers, int round) {
    QList<CanonicalRecord> crm, orders, calls;
    for (int i = 0; i < customers; ++i) {
        const bool moved = round == 1 && i % 5 == 0;
        crm << crmCustomer(QStringLiteral("C-%1").arg(i),
                           m({{"name", QStringLiteral("客户 %1").arg(i)},
                              {"email", QStringLiteral("c%1@example.cn").arg(i)},
                              {"phone", QStringLiteral("+86 139 %1").arg(10000000 + i)},
                              {"segment", QString::fromLatin1(moved        ? "Platinum"
                                                              : i % 3 == 0 ? "Gold"
                                                                           : "Silver")},
                              {"city", QString::fromLatin1(moved ? "Taipei" : "Shanghai")}}));
        if (round == 0 ? i % 2 == 0 : true) {
            orders << shopOrder(QStringLiteral("O-%1-%2").arg(round).arg(i),
                                m({{"number", QStringLiteral("%1").arg(100000 * (round + 1) + i)},
                                   {"email", QStringLiteral("c%1@example.cn").arg(i)},
                                   {"total", 10.0 + i},
                                   {"currency", QStringLiteral("CNY")},
                                   {"status", QString::fromLatin1(i % 7 == 0 ? "cancelled" : "paid")},
                                   {"placed_at", at("2024-05-01T09:00:00Z").addDays(i % 30 + 40 * round)}}));
        }
        if (round == 0 && i % 3 == 0) {
            for (int c = 0; c < 2; ++c) {
                calls << interaction(
                    QStringLiteral("I-%1-%2").arg(i).arg(c),
                    m({{"channel", QString::fromLatin1(c == 0 ? "call" : "wechat")},
                       {"phone", QStringLiteral("+86 139 %1").arg(10000000 + i)},
                       {"occurred_at", at("2024-06-01T08:00:00Z").addSecs(3600LL * (i % 11) + 86400LL * c)},
                       {"queue", QStringLiteral("delivery")},
                       {"agent", QStringLiteral("Lucy")},
                       {"duration_seconds", 60 + i % 200},
                       {"summary", QStringLiteral("Parcel %1").arg(i % 4)}}));
            }
        }
    }
    if (round == 1) {
        orders << tombstone(kShop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("O-0-0"));
    }
    QList<PageInput> pages{page(kCrm, QStringLiteral("customers"), crm), page(kShop, QStringLiteral("orders"), orders)};
    if (!calls.isEmpty()) {
        pages << page(kContact, QStringLiteral("interactions"), calls);
    }
    return pages;
}
} // namespace

// Batches of a quarter of the cache take their inputs from the read-ahead (read on another connection while the batch
// before is recomputed): the same golden records, search rows, records per source, contact facts, roll-ups and stages
// as a writer that reads every batch itself, after a first run (every customer new) and after a second that changes
// some customers and adds to every one.
void TestCacheWriter::readAheadRecomputesAsTheWriterReadingItself() {
    constexpr int kCustomers = 1200;
    constexpr int kBatch = 300; // about a quarter: four batches
    QTemporaryDir dir;
    auto aheadDb = Database::open(dir.filePath(QStringLiteral("ahead.db")), QStringLiteral("read-ahead"));
    auto aloneDb = Database::open(dir.filePath(QStringLiteral("alone.db")), QStringLiteral("read-alone"));
    QVERIFY(aheadDb.ok() && aloneDb.ok());
    CacheWriter ahead(aheadDb->handle(), IdentityConfig{});
    CacheWriter alone(aloneDb->handle(), IdentityConfig{});
    alone.setReadAhead(false);
    for (CacheWriter* w : {&ahead, &alone}) {
        w->setDeferPartyRecompute(true);
    }
    int readAhead = 0;
    for (int round = 0; round < 2; ++round) {
        for (const PageInput& p : readAheadPages(kCustomers, round)) {
            QVERIFY(ahead.applyPage(p).ok());
            QVERIFY(alone.applyPage(p).ok());
        }
        const qint64 marked = scalar(aheadDb->handle(), QStringLiteral("SELECT count(*) FROM party_dirty"));
        QVERIFY2(marked >= kCustomers && marked < kCustomers + kBatch, qPrintable(QString::number(marked)));
        auto a = ahead.recomputeDirtyParties(nullptr, kBatch);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().detail));
        auto b = alone.recomputeDirtyParties(nullptr, kBatch);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().detail));
        QCOMPARE(*a, marked);
        QCOMPARE(*b, marked);
        // Batches of a quarter: the second and third read ahead, the last too when it is a whole quarter.
        QVERIFY2(ahead.readAheadBatches() - readAhead >= 2, qPrintable(QString::number(ahead.readAheadBatches())));
        readAhead = ahead.readAheadBatches();
        QCOMPARE(alone.readAheadBatches(), 0);
        const QStringList expected = dependentsDump(aloneDb->handle());
        QVERIFY(expected.filter(QStringLiteral("fact:")).size() >= 2 * kCustomers / 3);
        QCOMPARE(dependentsDump(aheadDb->handle()), expected);
    }
    QCOMPARE(text(aheadDb->handle(), QStringLiteral("SELECT city FROM party WHERE display_name = '客户 5'")),
             QStringLiteral("Taipei"));
    // The phones' national digits, read with the inputs (on the read-ahead's thread), as the one-customer path parses
    // them: search rows emptied in one cache and recomputed customer by customer equal the batches' rows.
    const QStringList phones = text(aheadDb->handle(), QStringLiteral("SELECT phones FROM party_fts WHERE rowid = "
                                                                      "(SELECT id FROM party WHERE display_name = "
                                                                      "'客户 5')"))
                                   .split(u'\n');
    QVERIFY2(phones.contains(QStringLiteral("+8613910000005")) && phones.contains(QStringLiteral("13910000005")),
             qPrintable(phones.join(u',')));
    QSqlQuery emptied(aloneDb->handle());
    QVERIFY(emptied.exec(QStringLiteral("UPDATE party_fts SET phones = '' WHERE rowid IN (SELECT id FROM party "
                                        "ORDER BY id LIMIT 40)")));
    QSet<qint64> some;
    QVERIFY(emptied.exec(QStringLiteral("SELECT id FROM party ORDER BY id LIMIT 40")));
    while (emptied.next()) {
        some.insert(emptied.value(0).toLongLong());
    }
    emptied.finish();
    PartyAggregator oneByOne(aloneDb->handle());
    QVERIFY(some.size() < PartyAggregator::kManyParties);
    QVERIFY(oneByOne.prepare().ok());
    auto recomputed = oneByOne.recompute(some, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(recomputed.ok(), qPrintable(recomputed.ok() ? QString() : recomputed.error().detail));
    QCOMPARE(*recomputed, some.size());
    QCOMPARE(partyDump(aloneDb->handle()), partyDump(aheadDb->handle()));
}

// What was read ahead is used only if no other connection committed between the writer's request and its take (a
// supervisor's merge between two batches could change what the next batch reads); the writer's own commits (each
// batch's) leave it valid. A batch under a quarter of the cache is not read ahead.
void TestCacheWriter::readAheadDroppedWhenAnotherConnectionCommits() {
    constexpr int kCustomers = 400;
    const QSqlDatabase db = m_db->handle();
    CacheWriter bulk(db, IdentityConfig{});
    bulk.setDeferPartyRecompute(true);
    QVERIFY(bulk.applyPage(readAheadPages(kCustomers, 0).constFirst()).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM party_dirty")), kCustomers);
    const QString path = m_dir->filePath(QStringLiteral("cache.db"));
    PartyReadAhead ahead(path, QStringLiteral("test-read-ahead"));

    ahead.request(0, kCustomers, PartyReadAhead::dataVersion(db));
    auto read = ahead.take(PartyReadAhead::dataVersion(db));
    QVERIFY(read);

    // The writer's own commit between request and take.
    const qint64 before = PartyReadAhead::dataVersion(db);
    ahead.request(0, kCustomers, before);
    QSqlQuery own(db);
    QVERIFY(own.exec(QStringLiteral("UPDATE party_dirty SET changes = changes WHERE party_id > 1000000")));
    QVERIFY(own.exec(QStringLiteral("INSERT INTO report_fact_state(key, value) VALUES('read-ahead-test', 'x')")));
    QCOMPARE(PartyReadAhead::dataVersion(db), before);
    QVERIFY(ahead.take(PartyReadAhead::dataVersion(db)));

    // Another connection's commit between request and take.
    ahead.request(0, kCustomers, PartyReadAhead::dataVersion(db));
    {
        auto other = Database::open(path, QStringLiteral("test-supervisor"));
        QVERIFY(other.ok());
        QSqlQuery q(other->handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE party SET city = 'Hangzhou' WHERE id = (SELECT min(id) FROM party)")));
    }
    QVERIFY(PartyReadAhead::dataVersion(db) != before);
    QVERIFY(!ahead.take(PartyReadAhead::dataVersion(db)));

    // Too few marks for a quarter of the cache.
    ahead.request(0, kCustomers / 8, PartyReadAhead::dataVersion(db));
    QVERIFY(!ahead.take(PartyReadAhead::dataVersion(db)));
    QCOMPARE(ahead.taken(), 2);
}

#include "TestCacheWriter.moc"

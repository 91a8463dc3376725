#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"
#include "models/IdentityRules.h"
#include "models/NameMatch.h"
#include "models/PartyAggregator.h"
#include "models/SqlUtil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace c360;
using namespace c360::testutil;

namespace {

QString dataDir() {
    QString dir = qEnvironmentVariable("C360_TEST_DATA");
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/identity/records.jsonl"))) {
        dir = QStringLiteral(C360_SOURCE_TEST_DATA);
    }
    return dir + QStringLiteral("/identity");
}

// The labelled set, landed through the cache writer page by page (one page per source stream).
bool landLabelledSet(CacheWriter& writer, QString* error) {
    QFile f(dataDir() + QStringLiteral("/records.jsonl"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QList<PageInput> pages;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        CanonicalRecord r;
        r.source = o.value(QStringLiteral("source")).toString();
        r.stream = o.value(QStringLiteral("stream")).toString();
        r.entity = entityKindFromName(o.value(QStringLiteral("entity")).toString()).value_or(EntityKind::Customer);
        r.sourceId = o.value(QStringLiteral("source_id")).toString();
        r.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
        r.fields = o.value(QStringLiteral("fields")).toObject().toVariantMap();
        r.raw = line;
        if (pages.isEmpty() || pages.last().source != r.source || pages.last().stream != r.stream) {
            PageInput p;
            p.source = r.source;
            p.stream = r.stream;
            p.checkpoint = QStringLiteral("cp");
            pages.append(p);
        }
        pages.last().records.append(r);
    }
    for (const PageInput& p : std::as_const(pages)) {
        if (auto r = writer.applyPage(p); !r) {
            *error = r.error().detail;
            return false;
        }
    }
    return true;
}

// The golden records, figures and search rows of every party, as text (with each value's type).
QStringList goldenSnapshot(const QSqlDatabase& db) {
    QStringList rows;
    QSqlQuery q(db);
    for (const char* sql : {"SELECT * FROM party ORDER BY id", "SELECT * FROM party_field ORDER BY party_id, field",
                            "SELECT rowid, names, emails, phones, ids FROM party_fts ORDER BY rowid"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            return QStringList{q.lastError().text()};
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                row << (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.typeName()) + u':' + v.toString());
            }
            rows << row.join(u'|');
        }
    }
    return rows;
}

// The golden records as they are, and as recomputeMany computes them again for every party from the cache's own tables
// (party_key, party_link, party_source: nothing held in memory); the time of each computation set aside.
std::pair<QStringList, QStringList> goldenAndRecomputed(const QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE party SET updated_ms = 1"))) {
        return {{q.lastError().text()}, {}};
    }
    const QStringList golden = goldenSnapshot(db);
    QList<qint64> ids;
    if (!q.exec(QStringLiteral("SELECT id FROM party ORDER BY id"))) {
        return {golden, {q.lastError().text()}};
    }
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    q.finish();
    for (const char* sql : {"BEGIN", "DELETE FROM party_field", "DELETE FROM party_fts",
                            "UPDATE party SET display_name = '', primary_email = NULL"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            return {golden, {q.lastError().text()}};
        }
    }
    PartyAggregator aggregator(db);
    if (Status s = aggregator.prepare(); !s) {
        return {golden, {s.error().detail}};
    }
    if (auto r = aggregator.recomputeMany(ids, 1); !r) {
        return {golden, {r.error().detail}};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return {golden, {q.lastError().text()}};
    }
    return {golden, goldenSnapshot(db)};
}

} // namespace

class TestIdentityResolution : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeResolutionCountsAsTheCache();
    void manyNewPartiesWrittenOnce();
    void emailProviderRules_data();
    void emailProviderRules();
    void nameSimilarity_data();
    void nameSimilarity();
    void rulesResourceLoads();
    void rejectsBadRules();
    void precisionAndRecall();
    void manyPartiesRecomputeAsOne();
    void trapsStayApart();
    void suspectedDuplicates();
    void decisionsSurviveReresolution();
    void incrementalSyncRespectsBlockedKeys();
    void unchangedKeysKeepTheirParty();
    void goldenRecordNamesItsSources();
    void queriesForTheUi();

private:
    qint64 partyOf(const char* source, const char* sourceId) const;
    qint64 count(const QString& sql) const { return scalar(m_db->handle(), sql); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheWriter> m_writer;
};

void TestIdentityResolution::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("identity.db")), QStringLiteral("identity"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::make_unique<Database>(std::move(db.value()));
    m_writer = std::make_unique<CacheWriter>(m_db->handle(), IdentityConfig{});
    QString error;
    QVERIFY2(landLabelledSet(*m_writer, &error), qPrintable(error));
    auto resolved = IdentityResolver(m_db->handle()).resolveAll(1000);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().detail));
    QCOMPARE(resolved->records, 283);
}

void TestIdentityResolution::wholeResolutionCountsAsTheCache() {
    // A resolution that links many records anew writes party_key and party_source from the records it holds in
    // memory. They must be what grouping the cache's own tables gives (the statements of a partial rebuild). A cache
    // of its own: the labelled set, plus phone readings that do not link and records without an update time.
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("tally.db")), QStringLiteral("tally"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    const QSqlDatabase db = opened->handle();
    {
        CacheWriter writer(db, IdentityConfig{});
        QString error;
        QVERIFY2(landLabelledSet(writer, &error), qPrintable(error));
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO record_key(record_id, kind, value, linking) SELECT id, 'phone', "
                                  "'+1415555' || (id % 3), 0 FROM source_record WHERE id % 7 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE source_record SET updated_at = NULL WHERE id % 5 = 0")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM party_key"))); // rebuilt whole: none of these rows is kept
    auto resolved = IdentityResolver(db).resolveAll(2000);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().detail));
    QVERIFY(resolved->recordsMoved > 0);
    const auto scalarOf = [&db](const QString& sql) { return scalar(db, sql); };
    const QString keys = QStringLiteral(
        "SELECT pl.party_id, rk.kind, rk.value, count(*), min(rk.record_id), max(coalesce(sr.updated_at, 0)) FROM "
        "party_link pl JOIN record_key rk ON rk.record_id = pl.record_id JOIN source_record sr ON sr.id = rk.record_id "
        "WHERE rk.kind <> 'source_id' AND (rk.linking = 1 OR rk.kind <> 'phone') GROUP BY pl.party_id, rk.kind, "
        "rk.value");
    const QString stored =
        QStringLiteral("SELECT party_id, kind, value, records, first_record, last_ms FROM party_key");
    QVERIFY(scalarOf(QStringLiteral("SELECT count(*) FROM party_key")) > 300);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(keys, stored)), 0);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(stored, keys)), 0);
    // What makes the comparison worth having: lookup-only kinds, keys that several records carry, update times
    // missing on some of them; the phone readings that do not link stayed out.
    QVERIFY(scalarOf(QStringLiteral("SELECT count(*) FROM party_key WHERE kind IN ('order', 'ticket')")) > 0);
    QVERIFY(scalarOf(QStringLiteral("SELECT count(*) FROM party_key WHERE records > 1")) > 0);
    QVERIFY(scalarOf(QStringLiteral("SELECT count(*) FROM party_key WHERE last_ms = 0")) > 0);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party_key WHERE value LIKE '+1415555_'")), 0);
    const QString sources = QStringLiteral(
        "SELECT pl.party_id, sr.source, count(*) FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
        "GROUP BY pl.party_id, sr.source");
    const QString kept = QStringLiteral("SELECT party_id, source, records FROM party_source");
    QVERIFY(scalarOf(QStringLiteral("SELECT count(*) FROM party_source WHERE records > 1")) > 0);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(sources, kept)), 0);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(kept, sources)), 0);
    // Recomputed from the cache's own tables, the golden records are the same.
    const auto [golden, recomputed] = goldenAndRecomputed(db);
    QVERIFY(golden.size() > 100);
    QCOMPARE(recomputed, golden);
}

void TestIdentityResolution::manyNewPartiesWrittenOnce() {
    // Records that were never linked (imported into the cache as they are), 300 people with a CRM record and an order
    // each: a first resolution creates more than PartyAggregator::kManyParties parties. Their rows are written once,
    // with their golden records, after the links that refer to them (the references checked at commit).
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("new.db")), QStringLiteral("new-parties"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    const QSqlDatabase db = opened->handle();
    constexpr int kPeople = 300;
    static_assert(kPeople > PartyAggregator::kManyParties);
    QSqlQuery record(db), key(db), q(db);
    QVERIFY(record.prepare(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, "
                                          "updated_at, deleted, payload, fetched_at) VALUES(?, ?, ?, ?, ?, ?, 0, "
                                          "'{}', 0)")));
    QVERIFY(key.prepare(QStringLiteral("INSERT INTO record_key(record_id, kind, value, linking) VALUES(?, ?, ?, ?)")));
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    for (int p = 0; p < kPeople; ++p) {
        const QString email = QStringLiteral("person%1@example.com").arg(p);
        // The shop writes the name its own way: the party's keys, first seen first, are not in the order of their
        // values ("Person1 EXAMPLE" < "Person1 Example").
        for (const auto& [id, source, entity, name] :
             {std::tuple(2 * p + 1, "crm", "customer", QStringLiteral("Person%1 Example").arg(p)),
              std::tuple(2 * p + 2, "shop", "order", QStringLiteral("Person%1 EXAMPLE").arg(p))}) {
            QVERIFY(sql::exec(record, {id, QString::fromLatin1(source), QStringLiteral("s"),
                                       QStringLiteral("S%1").arg(id), QString::fromLatin1(entity), 1000 + id}));
            QVERIFY(sql::exec(key, {id, QStringLiteral("email"), email, 1}));
            QVERIFY(sql::exec(key, {id, QStringLiteral("name"), name, 0}));
        }
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    auto resolved = IdentityResolver(db).resolveAll(5000);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().detail));
    QCOMPARE(resolved->parties, kPeople);
    QCOMPARE(resolved->recordsMoved, 2 * kPeople);
    const auto scalarOf = [&db](const QString& sql) { return scalar(db, sql); };
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party")), qint64(kPeople));
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party_link pl WHERE NOT EXISTS (SELECT 1 FROM party p "
                                     "WHERE p.id = pl.party_id)")),
             0);
    // Every party has its golden record: a name and the e-mail of its records, the policy it was computed under, both
    // sources.
    QCOMPARE(scalarOf(QStringLiteral(
                 "SELECT count(*) FROM party p WHERE p.display_name IN (SELECT rk.value FROM party_link pl JOIN "
                 "record_key rk ON rk.record_id = pl.record_id AND rk.kind = 'name' WHERE pl.party_id = p.id) AND "
                 "p.primary_email = (SELECT rk.value FROM party_link pl JOIN record_key rk ON rk.record_id = "
                 "pl.record_id AND rk.kind = 'email' WHERE pl.party_id = p.id LIMIT 1)")),
             qint64(kPeople));
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party_field WHERE field = 'survivorship'")),
             qint64(kPeople));
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party_source")), qint64(2 * kPeople));
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party_fts WHERE party_fts MATCH '\"person17@\"'")), 1);
    QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM party WHERE name_key = 'person17 example'")), 1);
    // The golden records computed from the keys held in memory: recomputed from the cache's own tables, the same.
    {
        const auto [golden, recomputed] = goldenAndRecomputed(db);
        QCOMPARE(golden.size(), 5 * kPeople); // a party row, three fields (name, e-mail, policy) and a search row each
        QCOMPARE(recomputed, golden);
    }
    // Resolved again: nothing moves, nothing changes.
    auto again = IdentityResolver(db).resolveAll(6000);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail));
    QCOMPARE(again->recordsMoved, 0);
    QCOMPARE(again->partiesChanged, 0);
}

qint64 TestIdentityResolution::partyOf(const char* source, const char* sourceId) const {
    return count(QStringLiteral("SELECT pl.party_id FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
                                "WHERE sr.source = '%1' AND sr.source_id = '%2'")
                     .arg(QString::fromLatin1(source), QString::fromLatin1(sourceId)));
}

void TestIdentityResolution::emailProviderRules_data() {
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("key");
    QTest::newRow("gmail dots and tag") << "jon.smith+shop@gmail.com"
                                        << "jonsmith@gmail.com";
    QTest::newRow("googlemail is gmail") << "mary.johnson+promo@googlemail.com"
                                         << "maryjohnson@gmail.com";
    QTest::newRow("outlook keeps dots") << "zhou.jie+news@outlook.com"
                                        << "zhou.jie@outlook.com";
    QTest::newRow("other provider untouched") << "a.b+c@corp.cn"
                                              << "a.b+c@corp.cn";
    QTest::newRow("no local part") << "@gmail.com"
                                   << "@gmail.com";
}

void TestIdentityResolution::emailProviderRules() {
    QFETCH(QString, email);
    QFETCH(QString, key);
    QCOMPARE(IdentityRules::defaults().emailKey(email), key);
}

void TestIdentityResolution::nameSimilarity_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("han vs pinyin") << QStringLiteral("张伟") << "Zhang Wei" << true;
    QTest::newRow("word order") << "Wei Zhang"
                                << "ZHANG  WEI" << true;
    QTest::newRow("full-width") << QStringLiteral("Ｍａｒｙ　Ｊｏｈｎｓｏｎ") << "mary johnson" << true;
    QTest::newRow("one typo") << "Jonathan Smyth"
                              << "Jonathan Smith" << true;
    QTest::newRow("compact given name") << QStringLiteral("李小明") << "Li Xiaoming" << true;
    QTest::newRow("father and son") << "Li Ming"
                                    << "Li Xiaoming" << false;
    QTest::newRow("spouses") << "Li Ming"
                             << "Wang Li" << false;
    QTest::newRow("nickname is not a typo") << "Bob Brown"
                                            << "Robert Brown" << false;
    QTest::newRow("different people") << "Paul Martin"
                                      << "Nancy Thompson" << false;
}

void TestIdentityResolution::nameSimilarity() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const double s = names::similarity(a, b);
    QVERIFY2((s >= IdentityRules::defaults().fuzzy.minNameSimilarity) == same, qPrintable(QString::number(s)));
}

void TestIdentityResolution::rulesResourceLoads() {
    QFile f(QStringLiteral(":/identity/rules.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto rules = IdentityRules::fromJson(f.readAll());
    QVERIFY(rules.ok());
    QCOMPARE(rules->deterministic.size(), 5);
    QVERIFY(rules->ruleFor(QStringLiteral("phone_digits"))->weak);
    QCOMPARE(rules->survivorship.policyFor(QStringLiteral("address")), SurvivorshipPolicy::MostRecent);
    QVERIFY(rules->ruleFor(QStringLiteral("crm_id"))->strong);
    QCOMPARE(rules->ruleFor(QStringLiteral("crm_id"))->source, QStringLiteral("crm"));
    QCOMPARE(rules->ruleFor(QStringLiteral("email"))->maxDistinctNames, 3);
    QVERIFY(rules->fuzzy.threshold > rules->fuzzy.reviewThreshold);
}

void TestIdentityResolution::rejectsBadRules() {
    QVERIFY(!IdentityRules::fromJson("{").ok());
    QVERIFY(!IdentityRules::fromJson(R"({"deterministic":[{"rule":"x"}]})").ok());
    QVERIFY(!IdentityRules::fromJson(R"({"fuzzy":{"threshold":0.5,"review_threshold":0.8}})").ok());
}

void TestIdentityResolution::precisionAndRecall() {
    auto labels = IdentityResolver::readLabels(dataDir() + QStringLiteral("/labels.csv"));
    QVERIFY2(labels.ok(), qPrintable(labels.ok() ? QString() : labels.error().message));
    auto report = IdentityResolver::report(m_db->handle(), *labels);
    QVERIFY(report.ok());
    qInfo().noquote() << QStringLiteral("identity labelled set: %1 records, %2 true pairs, %3 predicted, %4 correct: "
                                        "precision %5, recall %6")
                             .arg(report->found)
                             .arg(report->truePairs)
                             .arg(report->predictedPairs)
                             .arg(report->correctPairs)
                             .arg(report->precision(), 0, 'f', 4)
                             .arg(report->recall(), 0, 'f', 4);
    if (report->recall() < 1.0) {
        // Which people are split, and how: the records of each part with their rule.
        QSqlQuery q(m_db->handle());
        QHash<QString, QString> person;
        for (const IdentityLabel& l : *labels) {
            person.insert(l.source + u':' + l.sourceId, l.person);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT sr.source || ':' || sr.source_id, pl.party_id, pl.rule, "
                                      "(SELECT value FROM record_key WHERE record_id = sr.id AND kind = 'name') "
                                      "FROM source_record sr JOIN party_link pl ON pl.record_id = sr.id ORDER BY 2")));
        QHash<QString, QSet<qint64>> partiesOf;
        QHash<QString, QStringList> detail;
        while (q.next()) {
            const QString p = person.value(q.value(0).toString());
            partiesOf[p].insert(q.value(1).toLongLong());
            detail[p] << q.value(0).toString() + u'@' + q.value(1).toString() + u'/' + q.value(2).toString() + u'/' +
                             q.value(3).toString();
        }
        for (auto it = partiesOf.constBegin(); it != partiesOf.constEnd(); ++it) {
            if (it.value().size() > 1 && !it.key().isEmpty()) {
                qInfo().noquote() << "split person" << it.key() << detail.value(it.key()).join(QStringLiteral(" "));
            }
        }
    }
    QCOMPARE(report->found, 283);
    QVERIFY(report->truePairs > 500);
    QVERIFY2(report->precision() >= 0.99, qPrintable(QString::number(report->precision())));
    QVERIFY2(report->recall() >= 0.95, qPrintable(QString::number(report->recall())));
}

void TestIdentityResolution::manyPartiesRecomputeAsOne() {
    // A full resolution of a big cache recomputes its parties in passes over whole tables (recomputeMany); a
    // few parties are recomputed one by one. Both give the same golden records, figures and search rows.
    const QSqlDatabase db = m_db->handle();
    QList<qint64> ids;
    QSqlQuery q(db);
    // The time of each computation set aside (the paths write a party's row at different times: one by one, only a
    // changed one).
    const auto snapshot = [&db, &q] {
        return q.exec(QStringLiteral("UPDATE party SET updated_ms = 1")) ? goldenSnapshot(db)
                                                                         : QStringList{q.lastError().text()};
    };
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM party ORDER BY id")));
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    QVERIFY(ids.size() > 20);
    QVERIFY(ids.size() < PartyAggregator::kManyParties); // recompute() takes them one by one
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM party WHERE lifetime_value <> 0")) > 0);
    PartyAggregator aggregator(db);
    QVERIFY(aggregator.prepare().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party WHERE updated_ms = 5000")), 0);
    auto one = aggregator.recompute(QSet<qint64>(ids.cbegin(), ids.cend()), 5000);
    QVERIFY(one.ok());
    // Nothing changed since the last computation: no party row was written again (updated_ms is when a golden record
    // last changed).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party WHERE updated_ms = 5000")), 0);
    const QStringList before = snapshot();
    QVERIFY(before.size() > ids.size() * 3); // party, search row, policy and the fields that have a value
    // No row for a golden field without a value; one left behind (by an earlier version, or a value since gone)
    // is deleted by both paths. The customer's golden record still shows every field, the empty ones empty.
    const qint64 first = ids.first();
    QString missing;
    for (const QString& field : PartyAggregator::fieldNames()) {
        if (count(QStringLiteral("SELECT count(*) FROM party_field WHERE party_id = %1 AND field = '%2'")
                      .arg(first)
                      .arg(field)) == 0) {
            missing = field;
        }
    }
    QVERIFY2(!missing.isEmpty(), "every field of the first customer has a value");
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM party_field WHERE coalesce(value, '') = '' AND field <> "
                                 "'survivorship'")) == 0);
    const auto golden = identity::goldenFields(db, first);
    QVERIFY(golden.ok());
    QCOMPARE(golden->size(), PartyAggregator::fieldNames().size());
    QVERIFY(std::is_sorted(golden->cbegin(), golden->cend(),
                           [](const auto& l, const auto& r) { return l.field < r.field; }));
    const auto shown =
        std::find_if(golden->cbegin(), golden->cend(), [&](const auto& f) { return f.field == missing; });
    QVERIFY(shown != golden->cend());
    QVERIFY(shown->value.isEmpty() && shown->source.isEmpty());
    const QString leftBehind =
        QStringLiteral("INSERT INTO party_field(party_id, field, value, source) VALUES(%1, '%2', '%3', 'crm')");
    QVERIFY(q.exec(leftBehind.arg(first).arg(missing, QStringLiteral("stale"))));
    QVERIFY(aggregator.recompute({first}, 5000).ok());
    QCOMPARE(snapshot(), before);
    QVERIFY(q.exec(leftBehind.arg(first).arg(missing, QString())));
    QVERIFY(aggregator.recomputeMany(ids, 5000).ok());
    QCOMPARE(snapshot(), before);
    // Search rows written anew: the old row of each party is replaced, not doubled.
    QVERIFY(q.exec(QStringLiteral("UPDATE party_fts SET names = 'stale' WHERE rowid = %1").arg(ids.first())));
    auto many = aggregator.recomputeMany(ids, 5000);
    QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.error().detail));
    QCOMPARE(*many, *one);
    const QStringList after = snapshot();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i), before.at(i));
    }

    // A sync's batch of marked customers (fewer than a quarter of the cache): the same statements limited to the
    // batch's own rows. Every other party, one of them with a stale search row; the others are left as they are.
    QList<qint64> some;
    for (qsizetype i = 1; i < ids.size(); i += 2) {
        some << ids.at(i);
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE party_fts SET names = 'stale' WHERE rowid = %1").arg(some.first())));
    QVERIFY(q.exec(QStringLiteral("UPDATE party SET display_name = 'not recomputed' WHERE id = %1").arg(ids.first())));
    auto batch = aggregator.recomputeMany(some, 5000, PartyAggregator::Passes::TheseParties);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_fts WHERE names = 'stale'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party WHERE display_name = 'not recomputed'")), 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE party SET display_name = (SELECT value FROM party_field WHERE party_id = %1 "
                                  "AND field = 'display_name') WHERE id = %1")
                       .arg(ids.first())));
    const QStringList afterBatch = snapshot();
    QCOMPARE(afterBatch.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(afterBatch.at(i), before.at(i));
    }
}

void TestIdentityResolution::trapsStayApart() {
    // Han, pinyin, full-width, WeChat and the shop's +tag address: one party.
    const qint64 zhang = partyOf("crm", "CRM-000001");
    QVERIFY(zhang > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT pl.party_id) FROM party_link pl JOIN source_record sr ON "
                                  "sr.id = pl.record_id WHERE sr.source_id IN ('SO-0000001', 'SO-0000002', "
                                  "'T-000001', 'IX-0000001', 'CRM-000001')")),
             1);
    // The support address is blocked as shared; the family line is ambiguous, the family stays three parties.
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT reason FROM identity_key_block WHERE kind = 'email' AND "
                                                 "value = 'support@shop-demo.com'")),
             QStringLiteral("shared"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT reason FROM identity_key_block WHERE kind = 'phone' AND "
                                                 "value = '+861065529988'")),
             QStringLiteral("ambiguous"));
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT party_id) FROM party_key WHERE kind = 'phone' AND value = "
                                  "'+861065529988'")),
             3);
    // Conflicting CRM ids on one address never merge.
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT pl.party_id) FROM party_link pl JOIN customer_profile cp ON "
                                  "cp.record_id = pl.record_id WHERE cp.email = 'office@chen-trading.cn'")),
             2);
    // Every link says why.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE rule NOT IN ('own', 'new') AND "
                                  "coalesce(evidence, '') = ''")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM party_link WHERE rule = 'fuzzy_name' AND score >= 0.9")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM party_link WHERE rule = 'crm_id'")) >= 1);
}

void TestIdentityResolution::suspectedDuplicates() {
    auto suspects = IdentityResolver(m_db->handle()).suspectedDuplicates();
    QVERIFY(suspects.ok());
    const qint64 a = partyOf("crm", "CRM-000044"), b = partyOf("crm", "CRM-000045");
    QVERIFY(a != b);
    bool found = false;
    for (const SuspectedDuplicate& s : *suspects) {
        QVERIFY(s.score < IdentityRules::defaults().fuzzy.threshold);
        QVERIFY(s.partyA != s.partyB);
        found = found || ((s.partyA == a && s.partyB == b) || (s.partyA == b && s.partyB == a));
    }
    QVERIFY2(found, "the two Wang Jun of Nanjing are a suspected duplicate");
}

void TestIdentityResolution::decisionsSurviveReresolution() {
    IdentityResolver resolver(m_db->handle());
    // Split: the WeChat interaction out of Zhang Wei's party.
    const qint64 before = partyOf("contact", "IX-0000001");
    QCOMPARE(before, partyOf("crm", "CRM-000001"));
    auto split = resolver.decide({QStringLiteral("split"),
                                  QStringLiteral("contact"),
                                  QStringLiteral("interactions"),
                                  QStringLiteral("IX-0000001"),
                                  {},
                                  {},
                                  {},
                                  QStringLiteral("supervisor1"),
                                  QStringLiteral("not the customer")},
                                 2000);
    QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().detail));
    QVERIFY(partyOf("contact", "IX-0000001") != partyOf("crm", "CRM-000001"));
    // Merge: the two Wang Jun (supervisor knows better).
    auto merge = resolver.decide({QStringLiteral("merge"),
                                  QStringLiteral("crm"),
                                  QStringLiteral("customers"),
                                  QStringLiteral("CRM-000044"),
                                  QStringLiteral("crm"),
                                  QStringLiteral("customers"),
                                  QStringLiteral("CRM-000045"),
                                  QStringLiteral("supervisor1"),
                                  {}},
                                 3000);
    QVERIFY(merge.ok());
    QCOMPARE(partyOf("crm", "CRM-000044"), partyOf("crm", "CRM-000045"));
    // Re-resolution keeps both; the decisions are audited and pending a push.
    QVERIFY(resolver.resolveAll(4000).ok());
    QVERIFY(partyOf("contact", "IX-0000001") != partyOf("crm", "CRM-000001"));
    QCOMPARE(partyOf("crm", "CRM-000044"), partyOf("crm", "CRM-000045"));
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT rule FROM party_link pl JOIN source_record sr ON sr.id = "
                                                 "pl.record_id WHERE sr.source_id = 'CRM-000045'")),
             QStringLiteral("manual"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM identity_decision WHERE pushed_ms IS NULL AND actor = "
                                  "'supervisor1' AND length(idempotency_key) = 36")),
             2);
    QVERIFY(!resolver
                 .decide({QStringLiteral("merge"),
                          QStringLiteral("crm"),
                          QStringLiteral("customers"),
                          QStringLiteral("CRM-000044"),
                          {},
                          {},
                          {},
                          QStringLiteral("s"),
                          {}},
                         5000)
                 .ok());
    // Undo for the next tests.
    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(QStringLiteral("UPDATE identity_decision SET revoked_ms = 6000")));
    QVERIFY(resolver.resolveAll(6000).ok());
    QCOMPARE(partyOf("contact", "IX-0000001"), partyOf("crm", "CRM-000001"));
    QVERIFY(partyOf("crm", "CRM-000044") != partyOf("crm", "CRM-000045"));
}

void TestIdentityResolution::incrementalSyncRespectsBlockedKeys() {
    // A new order with the support address and a new phone must not join any of the customers on that address.
    PageInput p;
    p.source = QStringLiteral("shop");
    p.stream = QStringLiteral("orders");
    p.checkpoint = QStringLiteral("cp2");
    p.records.append(record(p.source, p.stream, EntityKind::Order, QStringLiteral("SO-9999999"),
                            {{QStringLiteral("name"), QStringLiteral("Someone New")},
                             {QStringLiteral("email"), QStringLiteral("support@shop-demo.com")}}));
    QVERIFY(m_writer->applyPage(p).ok());
    const qint64 party = partyOf("shop", "SO-9999999");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_link WHERE party_id = %1").arg(party)), 1);
    // Golden record of a party without a CRM profile: the shop's name wins, and says so.
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT value || '/' || source FROM party_field WHERE party_id = %1 "
                                                 "AND field = 'display_name'")
                                      .arg(party)),
             QStringLiteral("Someone New/shop"));
}

void TestIdentityResolution::unchangedKeysKeepTheirParty() {
    // A CRM customer and her order share an e-mail: one party. Their updates that leave the keys as they were (a
    // segment, a status) keep the links as they are, move the keys' newest update time, and recompute the party; a
    // supervisor's split stands when the split record comes again unchanged.
    const auto page = [this](const QString& source, const QString& stream, const CanonicalRecord& r) {
        PageInput p;
        p.source = source;
        p.stream = stream;
        p.checkpoint = r.sourceId + r.updatedAt.toString(Qt::ISODate);
        p.records.append(r);
        return m_writer->applyPage(p).ok();
    };
    const QString crm = QStringLiteral("crm"), shop = QStringLiteral("shop");
    const auto customer = [&](const char* segment, const char* updated) {
        return record(crm, QStringLiteral("customers"), EntityKind::Customer, QStringLiteral("CRM-UNCHANGED"),
                      {{QStringLiteral("name"), QStringLiteral("Odile Unchanged")},
                       {QStringLiteral("email"), QStringLiteral("odile.unchanged@example.org")},
                       {QStringLiteral("segment"), QString::fromLatin1(segment)}},
                      updated);
    };
    const auto order = [&](const char* status, const char* updated) {
        return record(shop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-UNCHANGED"),
                      {{QStringLiteral("name"), QStringLiteral("Odile Unchanged")},
                       {QStringLiteral("email"), QStringLiteral("odile.unchanged@example.org")},
                       {QStringLiteral("status"), QString::fromLatin1(status)}},
                      updated);
    };
    QVERIFY(page(crm, QStringLiteral("customers"), customer("standard", "2024-05-01T10:00:00Z")));
    QVERIFY(page(shop, QStringLiteral("orders"), order("paid", "2024-05-02T10:00:00Z")));
    const qint64 party = partyOf("crm", "CRM-UNCHANGED");
    QCOMPARE(partyOf("shop", "SO-UNCHANGED"), party);
    const QString linkOf = QStringLiteral("SELECT pl.party_id || '/' || pl.rule || '/' || pl.linked_ms || '/' || "
                                          "coalesce(pl.evidence, '') FROM party_link pl JOIN source_record sr ON "
                                          "sr.id = pl.record_id WHERE sr.source_id = '%1'");
    const QString orderLink = text(m_db->handle(), linkOf.arg(QStringLiteral("SO-UNCHANGED")));
    const QString emailKey =
        QStringLiteral("SELECT records || '/' || last_ms FROM party_key WHERE party_id = %1 AND kind = 'email'")
            .arg(party);
    QCOMPARE(text(m_db->handle(), emailKey),
             QStringLiteral("2/%1").arg(at("2024-05-02T10:00:00Z").toMSecsSinceEpoch()));

    // The customer's segment changes: the same party, the same link, the newer time, the new segment.
    QVERIFY(page(crm, QStringLiteral("customers"), customer("vip", "2024-06-01T10:00:00Z")));
    QCOMPARE(partyOf("crm", "CRM-UNCHANGED"), party);
    QCOMPARE(text(m_db->handle(), linkOf.arg(QStringLiteral("SO-UNCHANGED"))), orderLink);
    QCOMPARE(text(m_db->handle(), emailKey),
             QStringLiteral("2/%1").arg(at("2024-06-01T10:00:00Z").toMSecsSinceEpoch()));
    QCOMPARE(text(m_db->handle(),
                  QStringLiteral("SELECT value FROM party_field WHERE party_id = %1 AND field = 'segment'").arg(party)),
             QStringLiteral("vip"));

    // A supervisor splits the order out; the order then ships (its keys as they were): it stays out.
    IdentityResolver resolver(m_db->handle());
    auto split = resolver.decide({QStringLiteral("split"),
                                  shop,
                                  QStringLiteral("orders"),
                                  QStringLiteral("SO-UNCHANGED"),
                                  {},
                                  {},
                                  {},
                                  QStringLiteral("supervisor1"),
                                  QStringLiteral("another Odile")},
                                 7000);
    QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().detail));
    const qint64 apart = partyOf("shop", "SO-UNCHANGED");
    QVERIFY(apart != party);
    QVERIFY(page(shop, QStringLiteral("orders"), order("shipped", "2024-06-03T10:00:00Z")));
    QCOMPARE(partyOf("shop", "SO-UNCHANGED"), apart);
    QCOMPARE(partyOf("crm", "CRM-UNCHANGED"), party);
    // Its keys changed after all (a new e-mail): linked again by its keys, as any record is.
    CanonicalRecord moved = order("shipped", "2024-06-04T10:00:00Z");
    moved.fields[QStringLiteral("email")] = QStringLiteral("odile.other@example.org");
    QVERIFY(page(shop, QStringLiteral("orders"), moved));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_key WHERE kind = 'email' AND value = "
                                  "'odile.other@example.org'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT records FROM party_key WHERE party_id = %1 AND kind = 'email'").arg(party)),
             1);
    // Undo for the next tests.
    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(QStringLiteral("UPDATE identity_decision SET revoked_ms = 8000 WHERE revoked_ms IS NULL")));
}

void TestIdentityResolution::goldenRecordNamesItsSources() {
    const qint64 zhang = partyOf("crm", "CRM-000001");
    const auto field = [&](const char* name) {
        return text(m_db->handle(), QStringLiteral("SELECT coalesce(value, '') || '/' || coalesce(source, '') FROM "
                                                   "party_field WHERE party_id = %1 AND field = '%2'")
                                        .arg(zhang)
                                        .arg(QString::fromLatin1(name)));
    };
    QCOMPARE(field("display_name"), QStringLiteral("张伟/crm"));
    QCOMPARE(field("email"), QStringLiteral("zw@example.com/crm"));
    QCOMPARE(field("phone"), QStringLiteral("+8613800138000/crm"));
    QCOMPARE(field("city"), QStringLiteral("Shanghai/crm"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM party_field WHERE party_id NOT IN (SELECT id FROM party)")), 0);
}

void TestIdentityResolution::queriesForTheUi() {
    const QSqlDatabase db = m_db->handle();
    const qint64 zhang = partyOf("crm", "CRM-000001");
    auto links = identity::linkedRecords(db, zhang);
    QVERIFY(links.ok());
    QCOMPARE(qint64(links->size()), *identity::linkedRecordCount(db, zhang));
    bool sawWeChat = false;
    for (const LinkedRecord& r : *links) {
        QVERIFY(!r.rule.isEmpty());
        QVERIFY(r.score > 0 && r.score <= 1.0);
        sawWeChat = sawWeChat || (r.rule == QLatin1String("wechat") && r.why.contains(QLatin1String("wechat")));
    }
    QVERIFY(sawWeChat);
    QCOMPARE(identity::linkedRecords(db, zhang, 2)->size(), 2);

    auto golden = identity::goldenFields(db, zhang);
    QVERIFY(golden.ok());
    QCOMPARE(golden->size(), 7); // display_name, email, phone, segment, city, address, birth_date

    // "not-an-email" and "12345" of order 400001 are reported; valid ones are not.
    auto invalid = identity::invalidContacts(db);
    QVERIFY2(invalid.ok(), qPrintable(invalid.ok() ? QString() : invalid.error().detail));
    QStringList seen;
    for (const InvalidContact& c : *invalid) {
        seen << c.kind + u'=' + c.value;
    }
    QVERIFY2(seen.contains(QStringLiteral("email=not-an-email")), qPrintable(seen.join(u' ')));
    QVERIFY(seen.contains(QStringLiteral("phone=12345")));
    QVERIFY(!seen.contains(QStringLiteral("email=zw@example.com")));

    auto conflicts = identity::conflictingValues(db);
    QVERIFY(conflicts.ok());
    bool zhangEmails = false;
    for (const ConflictingValue& c : *conflicts) {
        QVERIFY(c.values.size() > 1);
        zhangEmails = zhangEmails || (c.partyId == zhang && c.kind == QLatin1String("email"));
    }
    QVERIFY(zhangEmails);

    auto merge =
        identity::mergeDecision(db, partyOf("crm", "CRM-000044"), partyOf("crm", "CRM-000045"), QStringLiteral("sup"));
    QVERIFY(merge.ok());
    QCOMPARE(merge->kind, QStringLiteral("merge"));
    QVERIFY(!merge->bSourceId.isEmpty());
    QVERIFY(!identity::mergeDecision(db, zhang, zhang, QStringLiteral("sup")).ok());
    auto split = identity::splitDecision(db, links->first().recordId, QStringLiteral("sup"));
    QVERIFY(split.ok());
    QCOMPARE(split->aSourceId, links->first().sourceId);
}

QTEST_GUILESS_MAIN(TestIdentityResolution)
#include "TestIdentityResolution.moc"

// The cache writer's hot statements, as a sync executes them, use indexes: every statement CacheWriter,
// DetailWriter, IdentityLinker and PartyAggregator run while pages are written (new records, updated
// records, a merge, a deletion) and while marked parties are recomputed is captured through SQLite's trace
// hook and checked with EXPLAIN QUERY PLAN: none scans a table.
#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"

#include <QSet>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

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

int onStatement(unsigned type, void* context, void* statement, void*) {
    if (type == SQLITE_TRACE_STMT) {
        if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement))) {
            static_cast<QSet<QString>*>(context)->insert(QString::fromUtf8(sql));
        }
    }
    return 0;
}

// Scans that are fine: the marks table is read whole by design, EXISTS stops at its first row, FTS rows are
// reached by rowid through the virtual table.
bool acceptable(const QString& detail) {
    return !detail.startsWith(QLatin1String("SCAN ")) || detail == QLatin1String("SCAN party_dirty") ||
           detail == QLatin1String("SCAN identity_key_block") ||
           detail.contains(QLatin1String("VIRTUAL TABLE INDEX")) ||
           detail.startsWith(QLatin1String("SCAN CONSTANT ROW"));
}

} // namespace

class TestWriterPlans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void hotStatementsUseIndexes();
};

void TestWriterPlans::hotStatementsUseIndexes() {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("plans"));
    QVERIFY(db.ok());
    const QVariant handle = db->handle().driver()->handle();
    QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData());
    QVERIFY(sqlite != nullptr);

    QSet<QString> executed;
    QCOMPARE(sqlite3_trace_v2(sqlite, SQLITE_TRACE_STMT, &onStatement, &executed), SQLITE_OK);
    const QString crm = QStringLiteral("crm"), shop = QStringLiteral("shop"), desk = QStringLiteral("helpdesk"),
                  cc = QStringLiteral("contact");
    auto customer = [&](const char* id, const char* name, const char* email) {
        return record(crm, QStringLiteral("customers"), EntityKind::Customer, QString::fromLatin1(id),
                      m({{"name", QString::fromLatin1(name)},
                         {"email", QString::fromLatin1(email)},
                         {"segment", QStringLiteral("Gold")}}));
    };
    auto order = [&](const char* id, const char* name, const char* email, const char* updated) {
        CanonicalRecord r = record(shop, QStringLiteral("orders"), EntityKind::Order, QString::fromLatin1(id),
                                   m({{"number", QString::fromLatin1(id).mid(3)},
                                      {"name", QString::fromLatin1(name)},
                                      {"email", QString::fromLatin1(email)},
                                      {"currency", QStringLiteral("CNY")},
                                      {"total", 12.5},
                                      {"status", QStringLiteral("paid")}}),
                                   updated);
        r.children.insert(QStringLiteral("lines"), {m({{"sku", QStringLiteral("S1")}, {"quantity", 2}})});
        return r;
    };
    CanonicalRecord ticket = record(desk, QStringLiteral("tickets"), EntityKind::Ticket, QStringLiteral("T-1"),
                                    m({{"number", QStringLiteral("#7")},
                                       {"email", QStringLiteral("b@x.com")},
                                       {"phone", QStringLiteral("+8613900139000")},
                                       {"status", QStringLiteral("open")}}));
    ticket.children.insert(QStringLiteral("comments"), {m({{"body", QStringLiteral("hello")}})});
    const CanonicalRecord call =
        record(cc, QStringLiteral("interactions"), EntityKind::Interaction, QStringLiteral("IX-1"),
               m({{"channel", QStringLiteral("call")},
                  {"phone", QStringLiteral("+8613900139000")},
                  {"occurred_at", at("2024-02-01T00:00:00Z")}}));
    const QList<PageInput> pages{
        page(crm, QStringLiteral("customers"),
             {customer("CRM-1", "Ann Lee", "a@x.com"), customer("CRM-2", "Bo Chen", "b@x.com")}),
        page(shop, QStringLiteral("orders"),
             {order("SO-1", "Ann", "a@x.com", "2024-01-01T00:00:00Z"),
              order("SO-2", "Ann", "a@x.com", "2024-01-02T00:00:00Z")}),
        page(desk, QStringLiteral("tickets"), {ticket}),
        page(cc, QStringLiteral("interactions"), {call}),
        // Updates: a renamed order (its old name leaves the party), a re-delivered ticket.
        page(shop, QStringLiteral("orders"), {order("SO-2", "Ann Lee-Wong", "a@x.com", "2024-03-01T00:00:00Z")}),
        page(desk, QStringLiteral("tickets"), {ticket}),
        // A bridge (a@ and b@'s phone in one record: the parties merge), a moved order and a deletion.
        page(cc, QStringLiteral("interactions"),
             {record(cc, QStringLiteral("interactions"), EntityKind::Interaction, QStringLiteral("IX-2"),
                     m({{"channel", QStringLiteral("chat")},
                        {"email", QStringLiteral("a@x.com")},
                        {"phone", QStringLiteral("+8613900139000")}}))}),
        page(shop, QStringLiteral("orders"), {order("SO-3", "Bo", "b@x.com", "2024-03-02T00:00:00Z")}),
        page(shop, QStringLiteral("orders"),
             {order("SO-3", "Bo", "a@x.com", "2024-03-03T00:00:00Z"),
              tombstone(shop, QStringLiteral("orders"), EntityKind::Order, QStringLiteral("SO-1"))}),
    };
    for (bool deferred : {false, true}) {
        CacheWriter writer(db->handle(), IdentityConfig{});
        writer.setDeferPartyRecompute(deferred);
        for (const PageInput& p : pages) {
            auto r = writer.applyPage(p);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        QVERIFY(writer.recomputeDirtyParties().ok());
    }
    sqlite3_trace_v2(sqlite, 0, nullptr, nullptr);
    QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(DISTINCT party_id) FROM party_link")), 1);
    QVERIFY(std::any_of(executed.cbegin(), executed.cend(),
                        [](const QString& sql) { return sql.startsWith(QLatin1String("UPDATE timeline_event SET")); }));

    int checked = 0;
    QStringList failures;
    for (const QString& sql : std::as_const(executed)) {
        const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
        if (verb != QLatin1String("SELECT") && verb != QLatin1String("UPDATE") && verb != QLatin1String("DELETE") &&
            verb != QLatin1String("INSERT")) {
            continue; // BEGIN, COMMIT, PRAGMA
        }
        if (sql.contains(QLatin1String("'main'.'party_fts_"))) {
            continue; // FTS5's own statements on its shadow tables (it reads its small config table whole)
        }
        // ReportFacts::rebuildAll: every customer's report facts, once per cache (v10) or change of the shipped
        // stage rules, not per page; it reads and rewrites the tables whole by design.
        static const QStringList rebuild{
            QStringLiteral("DELETE FROM contact_day"), QStringLiteral("DELETE FROM served_day"),
            QStringLiteral("DELETE FROM contact_fact"), QStringLiteral("DELETE FROM party_stage"),
            QStringLiteral("SELECT id FROM party WHERE id IN (SELECT party_id FROM timeline_event UNION SELECT "
                           "pl.party_id FROM party_link pl JOIN interaction i ON i.record_id = pl.record_id WHERE "
                           "i.occurred_ms IS NOT NULL) ORDER BY id"),
            QStringLiteral("SELECT id FROM party WHERE id IN (SELECT party_id FROM timeline_event UNION SELECT "
                           "pl.party_id FROM party_link pl JOIN interaction i ON i.record_id = pl.record_id WHERE "
                           "i.occurred_ms IS NOT NULL) AND id NOT IN (SELECT party_id FROM party_dirty) ORDER BY id"),
            // CacheWriter::recomputeDirtyParties: how many customers are marked, of how many, once per run (it picks
            // the batch size), not per page.
            QStringLiteral(
                "SELECT (SELECT count(*) FROM party_dirty WHERE party_id > ?), (SELECT count(*) FROM party)")};
        if (rebuild.contains(sql.simplified())) {
            continue;
        }
        // LtvQuantiles::refresh: once after a sync's customers are recomputed, one pass over party in
        // lifetime_value order (its index) into the 1,000 permilles.
        if (sql.simplified().startsWith(QLatin1String("INSERT INTO ltv_quantile(rank, value) SELECT (rn * 1000"))) {
            continue;
        }
        sqlite3_stmt* explain = nullptr;
        const QByteArray text = "EXPLAIN QUERY PLAN " + sql.toUtf8();
        QCOMPARE(sqlite3_prepare_v2(sqlite, text.constData(), -1, &explain, nullptr), SQLITE_OK);
        QStringList plan;
        while (sqlite3_step(explain) == SQLITE_ROW) {
            plan << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3)));
        }
        sqlite3_finalize(explain);
        ++checked;
        qInfo().noquote() << sql.simplified().left(100) << "=>" << plan.join(QStringLiteral(" | "));
        for (const QString& detail : std::as_const(plan)) {
            if (!acceptable(detail)) {
                failures << sql.simplified() + QStringLiteral(" => ") + detail;
            }
        }
    }
    QVERIFY2(checked >= 40, qPrintable(QStringLiteral("only %1 statements captured").arg(checked)));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWriterPlans)
#include "TestWriterPlans.moc"

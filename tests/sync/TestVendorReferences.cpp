// References between the records of one vendor source, over real loopback HTTP against the reference
// backend's vendor flavors, whose child records (tickets, cases, tasks, orders, charges) name their person
// only by reference — no e-mail, no phone. Each child must end on its customer's timeline anyway,
// whichever record arrives first, and stay there after a full identity resolution. Also: deletions found
// by a complete full read (never by a partial one), and a stored cursor the server no longer knows.

#include "models/IdentityResolver.h"
#include "sync/Manifest.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::testing;

namespace {

struct ChildCase {
    QString stream;                   // vendor child stream
    QString refPath;                  // SQLite JSON path of the referent's id in the child's payload
    QString refStream;                // vendor stream of the referent
    QString truthSource, truthStream; // the backend's reference stream the children come from
    bool everyChildRefers;            // every child carries a reference (else: only those the CRM knows)
    bool keyless = true;              // the flavor strips the person's e-mail and phone from the child
};

struct LinkFigures {
    qint64 children = 0;        // live child records in the cache
    qint64 withReference = 0;   // ... carrying a reference to a live referent in the cache
    qint64 linked = 0;          // ... linked to the referent's party, with all their timeline events there
    qint64 byReferenceRule = 0; // ... whose link says rule "reference"
    qint64 withContactKeys = 0; // ... carrying an e-mail or phone key (must be 0: the flavor strips them)
};

LinkFigures figures(const TempCache& cache, const QString& source, const ChildCase& c) {
    LinkFigures f;
    QSqlQuery q(cache.db());
    const QString sql =
        QStringLiteral(
            "SELECT sr.id, pl.party_id, pl.rule, CAST(json_extract(sr.payload, '%1') AS TEXT), "
            "(SELECT pl2.party_id FROM source_record r2 JOIN party_link pl2 ON pl2.record_id = r2.id "
            "  WHERE r2.source = sr.source AND r2.stream = ? AND r2.deleted = 0 "
            "  AND r2.source_id = CAST(json_extract(sr.payload, '%1') AS TEXT)), "
            "(SELECT count(*) FROM timeline_event e WHERE e.record_id = sr.id AND e.party_id <> pl.party_id), "
            "(SELECT count(*) FROM record_key rk WHERE rk.record_id = sr.id AND rk.kind IN ('email', 'phone')) "
            "FROM source_record sr JOIN party_link pl ON pl.record_id = sr.id "
            "WHERE sr.source = ? AND sr.stream = ? AND sr.deleted = 0")
            .arg(c.refPath);
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return f;
    }
    q.addBindValue(c.refStream);
    q.addBindValue(source);
    q.addBindValue(c.stream);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return f;
    }
    while (q.next()) {
        ++f.children;
        const bool refers = !q.value(3).isNull() && !q.value(4).isNull();
        if (!refers) {
            continue;
        }
        ++f.withReference;
        f.withContactKeys += q.value(6).toLongLong() > 0 ? 1 : 0;
        if (q.value(1).toLongLong() == q.value(4).toLongLong() && q.value(5).toLongLong() == 0) {
            ++f.linked;
        }
        if (q.value(2).toString() == QLatin1String("reference")) {
            ++f.byReferenceRule;
        }
    }
    return f;
}

BackendProcess::Options flavorOptions(const QString& flavor, int customers = 60) {
    BackendProcess::Options options;
    options.customers = customers;
    options.extraArgs = {QStringLiteral("--flavor"), flavor};
    return options;
}

} // namespace

Q_DECLARE_METATYPE(ChildCase)

class TestVendorReferences final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void referencesParse() {
        const QByteArray bad = R"({"name":"x","streams":{"a":{"path":"/a","entity":"ticket","records":"/r",
            "references":{"who":{"stream":"nope","path":"/who"}},"map":{"source_id":"/id"}}}})";
        auto m = sync::Manifest::parse(bad, QStringLiteral("x.json"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QLatin1String("unknown stream \"nope\"")), qPrintable(m.error().message));
        const QByteArray badUnless = R"({"name":"x","streams":{"a":{"path":"/a","entity":"ticket","records":"/r",
            "references":{"who":{"stream":"a","path":"/who","unless":"other"}},"map":{"source_id":"/id"}}}})";
        m = sync::Manifest::parse(badUnless, QStringLiteral("x.json"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QLatin1String("other")), qPrintable(m.error().message));
        const QByteArray badLoad = R"({"name":"x","streams":{"a":{"path":"/a","entity":"ticket","records":"/r",
            "sideloads":{"users":{"records":"/users","stream":"users"}},"map":{"source_id":"/id"}}}})";
        m = sync::Manifest::parse(badLoad, QStringLiteral("x.json"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QLatin1String("sideloads.users")), qPrintable(m.error().message));

        auto zendesk = sync::ManifestRegistry::load(QStringLiteral("zendesk"));
        QVERIFY(zendesk.ok());
        const sync::StreamManifest* tickets = zendesk->stream(QStringLiteral("tickets"));
        QVERIFY(tickets != nullptr);
        QCOMPARE(tickets->references.size(), 1);
        QCOMPARE(tickets->sideloads.size(), 1);
        QCOMPARE(tickets->sideloads.first().stream->name, QStringLiteral("users"));
        QVERIFY(zendesk->stream(QStringLiteral("users"))->referenced);
        QVERIFY(tickets->referenced); // by the comments of the ticket events export
    }

    void childrenJoinTheirCustomer_data() {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QList<ChildCase>>("children");
        using L = QList<ChildCase>;
        const auto c = [](const char* stream, const char* path, const char* ref, const char* src, const char* truth,
                          bool every, bool keyless = true) {
            return ChildCase{QLatin1String(stream),
                             QLatin1String(path),
                             QLatin1String(ref),
                             QLatin1String(src),
                             QLatin1String(truth),
                             every,
                             keyless};
        };
        QTest::newRow("zendesk") << QStringLiteral("zendesk")
                                 << L{c("tickets", "$.requester_id", "users", "helpdesk", "tickets", true)};
        QTest::newRow("shopify") << QStringLiteral("shopify")
                                 << L{c("orders", "$.customer.id", "customers", "shop", "orders", true)};
        QTest::newRow("stripe") << QStringLiteral("stripe")
                                << L{c("charges", "$.customer", "customers", "shop", "orders", false)};
        QTest::newRow("salesforce") << QStringLiteral("salesforce")
                                    << L{c("cases", "$.ContactId", "contacts", "helpdesk", "tickets", false),
                                         c("tasks", "$.WhoId", "contacts", "contact", "interactions", false),
                                         c("accounts", "$.PersonContactId", "contacts", "crm", "customers", true,
                                           false)};
        QTest::newRow("hubspot") << QStringLiteral("hubspot")
                                 << L{c("tickets", "$.associations.contacts.results[0].id", "contacts", "helpdesk",
                                        "tickets", false)};
    }

    void childrenJoinTheirCustomer() {
        QFETCH(QString, flavor);
        QFETCH(QList<ChildCase>, children);
        BackendProcess backend(flavorOptions(flavor));
        auto started = backend.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        TempCache cache;
        QVERIFY(cache.isValid());
        SyncOptions options;
        options.pageSize = 25;
        auto report = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->summary));
        QCOMPARE(report->quarantined, 0);
        auto truth = backend.stats();
        QVERIFY(truth.ok());

        const auto check = [&](const char* when) {
            for (const ChildCase& c : std::as_const(children)) {
                const LinkFigures f = figures(cache, flavor, c);
                const qint64 expected = truth->value(c.truthSource).value(c.truthStream);
                qInfo().noquote() << flavor << c.stream << when << ": records" << f.children << "with reference"
                                  << f.withReference << "linked" << f.linked << "by rule reference" << f.byReferenceRule
                                  << "(backend:" << expected << "live)";
                QCOMPARE(f.children, expected);
                QVERIFY(f.withReference > 0);
                QCOMPARE(f.linked, f.withReference); // every referrer on its referent's customer
                if (c.keyless) {
                    QCOMPARE(f.withContactKeys, 0); // identity reached them only through the reference
                }
                if (c.everyChildRefers) {
                    QCOMPARE(f.withReference, expected);
                }
            }
        };
        check("after sync");
        // A full identity resolution keeps reference links (they are strong links of their own).
        auto resolved = IdentityResolver(cache.db()).resolveAll(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
        QVERIFY(resolved->linksByRule.value(QStringLiteral("reference")) > 0);
        check("after resolve");
    }

    // The child arrives before its referent, and the other way round: the same customer either way.
    void whicheverArrivesFirst() {
        BackendProcess backend(flavorOptions(QStringLiteral("salesforce")));
        QVERIFY(backend.start().ok());
        const ChildCase cases{QStringLiteral("cases"),    QStringLiteral("$.ContactId"), QStringLiteral("contacts"),
                              QStringLiteral("helpdesk"), QStringLiteral("tickets"),     false};
        for (const bool childFirst : {true, false}) {
            TempCache cache;
            const QStringList order = childFirst ? QStringList{QStringLiteral("cases"), QStringLiteral("contacts")}
                                                 : QStringList{QStringLiteral("contacts"), QStringLiteral("cases")};
            for (const QString& stream : order) {
                SyncOptions options;
                options.streamFilter = {stream};
                auto report = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
                QVERIFY(report.ok());
                QVERIFY2(report->ok(), qPrintable(report->summary));
            }
            const LinkFigures f = figures(cache, QStringLiteral("salesforce"), cases);
            QVERIFY(f.withReference > 0);
            QCOMPARE(f.linked, f.withReference);
            // No case is a customer of its own: the parties are the contacts' (plus web-to-case requesters).
            const qint64 contacts =
                cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE stream = 'contacts'"));
            const qint64 parties = cache.scalar(QStringLiteral("SELECT count(*) FROM party"));
            QVERIFY2(parties <= contacts + (f.children - f.withReference),
                     qPrintable(QStringLiteral("%1 parties for %2 contacts").arg(parties).arg(contacts)));
        }
    }
};

QTEST_GUILESS_MAIN(TestVendorReferences)
#include "TestVendorReferences.moc"

// Each shipped vendor manifest against the reference backend answering in that vendor's API shape
// (c360-backend --flavor NAME) over real loopback HTTP: a first full sync lands every live record,
// then an update and a deletion on the backend arrive with the next run (only the changes for
// incremental streams).

#include "models/Queries.h"
#include "sync/Manifest.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::testing;

namespace {

struct StreamCase {
    QString stream;    // vendor stream
    QString refSource; // the reference stream it serves
    QString refStream;
    QString idToChange; // reference id updated, then deleted, between the runs
    bool incremental;
};

} // namespace

Q_DECLARE_METATYPE(StreamCase)

class TestVendorConnectors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shippedManifestsParse() {
        const QStringList names = sync::ManifestRegistry::shippedNames();
        for (const char* vendor : {"zendesk", "shopify", "hubspot", "salesforce", "stripe"}) {
            QVERIFY2(names.contains(QLatin1String(vendor)), vendor);
        }
        for (const QString& name : names) {
            auto m = sync::ManifestRegistry::load(name);
            QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        }
    }

    void syncsFromVendorShape_data() {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QList<StreamCase>>("streams");
        using L = QList<StreamCase>;
        const auto s = [](const char* stream, const char* src, const char* ref, const char* id, bool inc) {
            return StreamCase{QLatin1String(stream), QLatin1String(src), QLatin1String(ref), QLatin1String(id), inc};
        };
        QTest::newRow("zendesk") << QStringLiteral("zendesk")
                                 << L{s("tickets", "helpdesk", "tickets", "T-000003", true)};
        QTest::newRow("shopify") << QStringLiteral("shopify") << L{s("orders", "shop", "orders", "SO-0000003", true)};
        QTest::newRow("hubspot") << QStringLiteral("hubspot")
                                 << L{s("contacts", "crm", "customers", "CRM-000003", false)};
        QTest::newRow("salesforce") << QStringLiteral("salesforce")
                                    << L{s("contacts", "crm", "customers", "CRM-000003", true),
                                         s("cases", "helpdesk", "tickets", "T-000003", true)};
        QTest::newRow("stripe") << QStringLiteral("stripe")
                                << L{s("customers", "crm", "customers", "CRM-000003", false),
                                     s("charges", "shop", "orders", "SO-0000003", false)};
    }

    void syncsFromVendorShape() {
        QFETCH(QString, flavor);
        QFETCH(QList<StreamCase>, streams);
        BackendProcess::Options options;
        options.customers = 60;
        options.extraArgs = {QStringLiteral("--flavor"), flavor};
        BackendProcess backend(options);
        auto started = backend.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

        TempCache cache;
        QVERIFY(cache.isValid());
        SyncOptions syncOptions;
        syncOptions.pageSize = 25; // several pages per stream (Salesforce pages by its own batch size)
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), syncOptions);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY2(first->ok(), qPrintable(first->summary));
        QCOMPARE(first->quarantined, 0);

        auto expected = backend.stats();
        QVERIFY(expected.ok());
        const SourceStreamCounts live = cache.liveCounts();
        for (const StreamCase& c : std::as_const(streams)) {
            QCOMPARE(live.value(flavor).value(c.stream), expected->value(c.refSource).value(c.refStream));
            QVERIFY(expected->value(c.refSource).value(c.refStream) > 0);
        }
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM party")) > 0);
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM record_key WHERE kind = 'email'")) > 0);

        // Changes on the backend: one record updated, one deleted, per stream.
        for (const StreamCase& c : std::as_const(streams)) {
            QVERIFY(backend.mutate(c.refSource, c.refStream, QStringLiteral("update"), c.idToChange).ok());
            const QString victim = c.idToChange.chopped(1) + QLatin1Char('5');
            QVERIFY(backend.mutate(c.refSource, c.refStream, QStringLiteral("delete"), victim).ok());
        }
        auto second = SyncEngine(cache.db()).runFile(backend.sourcesFile(), syncOptions);
        QVERIFY(second.ok());
        QVERIFY2(second->ok(), qPrintable(second->summary));
        expected = backend.stats();
        const SourceStreamCounts after = cache.liveCounts();
        for (const StreamCase& c : std::as_const(streams)) {
            const qint64 total = expected->value(c.refSource).value(c.refStream);
            if (flavor != QLatin1String("shopify")) { // Shopify lists never show deletions (see README)
                QCOMPARE(after.value(flavor).value(c.stream), total);
            }
            const auto report = std::find_if(second->streams.cbegin(), second->streams.cend(),
                                             [&](const StreamReport& r) { return r.stream == c.stream; });
            QVERIFY(report != second->streams.cend());
            if (c.incremental) {
                QVERIFY2(
                    report->fetched < total / 2,
                    qPrintable(QStringLiteral("%1 fetched %2 of %3").arg(c.stream).arg(report->fetched).arg(total)));
                QVERIFY(report->fetched >= 1);
            } else {
                QVERIFY(report->fetched >= total);
            }
        }
    }

    void timestampStreamResumesMidRun() {
        BackendProcess::Options options;
        options.customers = 60;
        options.extraArgs = {QStringLiteral("--flavor"), QStringLiteral("shopify")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions syncOptions;
        syncOptions.pageSize = 25;
        syncOptions.streamFilter = {QStringLiteral("orders")};
        std::atomic<bool> cancel{false};
        SyncEngine first(cache.db());
        first.setCancelFlag(&cancel);
        first.setProgressCallback([&](const SyncProgress& p) {
            if (p.pages == 2) {
                cancel = true;
            }
        });
        auto interrupted = first.runFile(backend.sourcesFile(), syncOptions);
        QVERIFY(interrupted.ok());
        QVERIFY(interrupted->cancelled);
        QCOMPARE(interrupted->pages, 2);
        QVERIFY(interrupted->fetched >= 45); // Shopify leaves deleted orders out of a page
        // The checkpoint keeps the run's start time and the Link-header cursor of page 3.
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT checkpoint FROM sync_state WHERE source = 'shopify' AND stream = 'orders'")) &&
                q.next());
        const QJsonObject checkpoint = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QVERIFY2(checkpoint.value(QStringLiteral("cursor")).toString().contains(QLatin1String("page_info=")),
                 q.value(0).toByteArray().constData());
        QVERIFY(checkpoint.contains(QStringLiteral("since")));

        auto resumed = SyncEngine(cache.db()).runFile(backend.sourcesFile(), syncOptions);
        QVERIFY(resumed.ok());
        QVERIFY2(resumed->ok(), qPrintable(resumed->summary));
        const qint64 total = backend.stats()->value(QStringLiteral("shop")).value(QStringLiteral("orders"));
        QCOMPARE(resumed->fetched, total - interrupted->fetched); // went on from page 3, did not start over
        QCOMPARE(cache.liveCounts().value(QStringLiteral("shopify")).value(QStringLiteral("orders")), total);
    }

    void oauthTokenIsRenewedAfter401() {
        BackendProcess::Options options;
        options.customers = 250; // more than one Salesforce batch (200) of contacts
        options.extraArgs = {QStringLiteral("--flavor"), QStringLiteral("salesforce")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        auto sources = sync::SourcesFile::load(backend.sourcesFile());
        QVERIFY(sources.ok());
        TempCache cache;
        SyncEngine engine(cache.db());
        // Revoked after the first page: the next request gets 401, the connector asks for a new token once.
        bool revoked = false;
        engine.setProgressCallback([&](const SyncProgress& p) {
            if (p.stream == QLatin1String("contacts") && p.pages == 1 && !revoked) {
                revoked = backend.revokeTokens().ok();
            }
        });
        SyncOptions syncOptions;
        syncOptions.streamFilter = {QStringLiteral("contacts")};
        const SyncReport report = engine.run(*sources, syncOptions);
        QVERIFY(revoked);
        QVERIFY2(report.ok(), qPrintable(report.summary));
        QVERIFY(report.pages >= 2);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("salesforce")).value(QStringLiteral("contacts")),
                 backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers")));
    }

    void wrongClientSecretIsAClearError() {
        BackendProcess::Options options;
        options.customers = 5;
        options.extraArgs = {QStringLiteral("--flavor"), QStringLiteral("salesforce")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        auto path = backend.sourcesFileWithToken(QStringLiteral("wrong"), QStringLiteral("bad.json"));
        QVERIFY(path.ok());
        TempCache cache;
        auto report = SyncEngine(cache.db()).runFile(*path);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QVERIFY2(report->streams.first().error.contains(QLatin1String("OAuth2 client credentials")),
                 qPrintable(report->streams.first().error));
        QVERIFY(!report->summary.contains(QLatin1String("wrong")));
    }
};

QTEST_GUILESS_MAIN(TestVendorConnectors)
#include "TestVendorConnectors.moc"

// Resilience over real loopback HTTP: the reference backend injects each fault kind from its
// command line (`--fault-rate F --faults KIND`, so anyone can reproduce a run), the sync retries
// with backoff and jitter (429: Retry-After), and afterwards the cache holds exactly the backend's
// live records in their latest versions (content checksum). Also: an oversize page (cap), a record
// of the wrong type (quarantined), and records changed while a sync pages through.

#include "sync/Manifest.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/CacheChecksum.h"
#include "tests/support/TempCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kCustomers = 100;
constexpr int kPageSize = 50;

SyncOptions resilientOptions(std::chrono::milliseconds requestTimeout = 6s) {
    SyncOptions o;
    o.pageSize = kPageSize;
    o.retry = {10, 10ms, 200ms, 3s};
    o.http.requestTimeout = requestTimeout;
    return o;
}

QString errors(const SyncReport& r) {
    QStringList lines;
    for (const auto& s : r.streams) {
        if (!s.error.isEmpty()) {
            lines << s.source + QLatin1Char('/') + s.stream + QStringLiteral(": ") + s.error + QStringLiteral(" | ") +
                         s.errorDetail;
        }
    }
    return lines.join(QLatin1Char('\n')) + r.summary;
}

SyncReport runSync(TempCache& cache, const QString& sources, const SyncOptions& options,
                   SyncEngine::ProgressCallback progress = {}) {
    SyncEngine engine(cache.db());
    engine.setProgressCallback(std::move(progress));
    auto report = engine.runFile(sources, options);
    return report ? *report : SyncReport{};
}

} // namespace

class TestSyncFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachFaultKindLeavesAnExactCache_data() {
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("500") << QStringLiteral("500") << 0.3 << 6000;
        QTest::newRow("503") << QStringLiteral("503") << 0.3 << 6000;
        QTest::newRow("429") << QStringLiteral("429") << 0.3 << 6000;
        QTest::newRow("reset") << QStringLiteral("reset") << 0.3 << 6000;
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0.2 << 1500;
        QTest::newRow("slow") << QStringLiteral("slow") << 0.2 << 6000;
        QTest::newRow("drip") << QStringLiteral("drip") << 0.2 << 6000;
        QTest::newRow("malformed") << QStringLiteral("malformed") << 0.3 << 6000;
        QTest::newRow("truncated") << QStringLiteral("truncated") << 0.3 << 6000;
        QTest::newRow("html") << QStringLiteral("html") << 0.3 << 6000;
        QTest::newRow("mixed") << QStringLiteral("500,503,429,reset,malformed,truncated,html,drip") << 0.3 << 6000;
    }

    void eachFaultKindLeavesAnExactCache() {
        QFETCH(QString, kinds);
        QFETCH(double, rate);
        QFETCH(int, timeoutMs);
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.extraArgs = {QStringLiteral("--fault-rate"), QString::number(rate), QStringLiteral("--faults"), kinds};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());

        TempCache cache;
        const SyncReport report =
            runSync(cache, backend.sourcesFile(), resilientOptions(std::chrono::milliseconds(timeoutMs)));
        QVERIFY2(report.ok(), qPrintable(errors(report)));
        auto expected = backend.checksum();
        QVERIFY(expected.ok());
        const QString actual = cacheChecksum(cache.db());
        const qint64 live = cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE deleted = 0"));
        const qint64 quarantined = cache.scalar(QStringLiteral("SELECT count(*) FROM quarantine"));
        auto injected = backend.injectedFaults();
        QVERIFY(injected.ok());
        QVERIFY2(*injected > 0, "no fault was injected");
        qInfo().noquote() << QStringLiteral(
                                 "RESULT fault=%1 rate=%2 injected=%8 pages=%3 live=%4/%5 quarantined=%6 checksum=%7")
                                 .arg(kinds)
                                 .arg(rate)
                                 .arg(report.pages)
                                 .arg(live)
                                 .arg(expected->value(QStringLiteral("live")).toInteger())
                                 .arg(quarantined)
                                 .arg(actual == expected->value(QStringLiteral("all")).toString()
                                          ? QStringLiteral("equal")
                                          : QStringLiteral("DIFFERENT"))
                                 .arg(*injected);
        QCOMPARE(actual, expected->value(QStringLiteral("all")).toString());
        QCOMPARE(live, expected->value(QStringLiteral("live")).toInteger());
        QCOMPARE(quarantined, 0);
    }

    void oversizePageFailsTheStreamAndKeepsTheCache() {
        BackendProcess::Options options;
        options.customers = 30;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(runSync(cache, backend.sourcesFile(), resilientOptions()).ok());
        const QString before = cacheChecksum(cache.db());
        QVERIFY(backend
                    .mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("update"),
                            QStringLiteral("CRM-000002"))
                    .ok());

        SyncOptions capped = resilientOptions();
        capped.http.maxBodyBytes = 256; // every page is larger
        capped.sourceFilter = {QStringLiteral("crm")};
        const SyncReport report = runSync(cache, backend.sourcesFile(), capped);
        QVERIFY(!report.ok());
        QCOMPARE(report.failedStreams, 1);
        QVERIFY2(report.streams.first().error.contains(QLatin1String("larger")) ||
                     report.streams.first().error.contains(QLatin1String("limit")),
                 qPrintable(report.streams.first().error));
        QCOMPARE(cacheChecksum(cache.db()), before); // nothing already cached is lost

        QVERIFY(runSync(cache, backend.sourcesFile(), resilientOptions()).ok()); // without the cap it catches up
        QCOMPARE(cacheChecksum(cache.db()), backend.checksum()->value(QStringLiteral("all")).toString());
    }

    void wrongTypesAreQuarantinedAndTheStreamGoesOn() {
        BackendProcess::Options options;
        options.customers = 30;
        options.extraArgs = {QStringLiteral("--fault-rate"), QStringLiteral("0.2"), QStringLiteral("--faults"),
                             QStringLiteral("malformed,500")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QVERIFY(backend
                    .inject(QStringLiteral("shop"), QStringLiteral("orders"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("SO-BAD-1")},
                                        {QStringLiteral("deleted"), false},
                                        {QStringLiteral("updated_at"), QStringLiteral("2026-11-02T00:00:00.000Z")},
                                        {QStringLiteral("total"), QStringLiteral("abc")}})
                    .ok());
        TempCache cache;
        const SyncReport report = runSync(cache, backend.sourcesFile(), resilientOptions());
        QVERIFY2(report.ok(), qPrintable(errors(report)));
        QCOMPARE(report.quarantined, 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE source_id = 'SO-BAD-1' AND error "
                                             "LIKE '%/total%'")),
                 1);
        QCOMPARE(cacheChecksum(cache.db()), backend.checksum()->value(QStringLiteral("all")).toString());
    }

    void recordsChangedWhilePagingAreNotSkipped() {
        BackendProcess::Options options;
        // 15 pages: the sync fetches up to two pages ahead of the one it writes (sync/PagePrefetcher), so the last
        // changes (after page 6) are made while it still has pages to read, as a change during paging is. (A change
        // after the last page was read is the next sync's, with or without the fetcher ahead.)
        options.customers = 300;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions o = resilientOptions();
        o.pageSize = 20;
        o.sourceFilter = {QStringLiteral("crm")};
        int changes = 0;
        // After pages 2, 4 and 6 were written: update records already read and records not read yet (or read
        // ahead, not yet written), delete one of each, create one. One run must end with all of them in their latest
        // state.
        const auto progress = [&](const SyncProgress& p) {
            if (p.pages == 0 || p.pages % 2 != 0 || p.pages > 6) {
                return;
            }
            const int read = p.pages * 20;
            const auto id = [](int n) { return QStringLiteral("CRM-%1").arg(n, 6, 10, QLatin1Char('0')); };
            const QString crm = QStringLiteral("crm");
            const QString customers = QStringLiteral("customers");
            changes += backend.mutate(crm, customers, QStringLiteral("update"), id(read - 5)).ok();
            changes += backend.mutate(crm, customers, QStringLiteral("update"), id(read + 30)).ok();
            changes += backend.mutate(crm, customers, QStringLiteral("delete"), id(read - 10)).ok();
            changes += backend.mutate(crm, customers, QStringLiteral("delete"), id(read + 40)).ok();
            changes += backend.mutate(crm, customers, QStringLiteral("create"), {}).ok();
        };
        const SyncReport report = runSync(cache, backend.sourcesFile(), o, progress);
        QVERIFY2(report.ok(), qPrintable(errors(report)));
        QVERIFY2(changes >= 10, qPrintable(QString::number(changes))); // a few ids may have been deleted already
        auto expected = backend.checksum();
        QCOMPARE(cacheChecksum(cache.db()).isEmpty(), false);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("crm")), backend.stats()->value(QStringLiteral("crm")));
        // Only crm was synced: compare its stream digest.
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM source_record WHERE source <> 'crm'")));
        QCOMPARE(
            cacheChecksum(cache.db()),
            expected->value(QStringLiteral("streams")).toObject().value(QStringLiteral("crm/customers")).toString());
    }

    void manifestRateLimitSpacesTheRequests() {
        BackendProcess::Options options;
        options.customers = 60;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        // The shipped c360-crm manifest with a rate limit of 5 requests a second, named by path.
        QFile shipped(QStringLiteral(":/connectors/c360-crm.json"));
        sync::ManifestRegistry::shippedNames(); // registers the resources
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(shipped.readAll()).object();
        manifest.insert(QStringLiteral("rate_limit"), QJsonObject{{QStringLiteral("requests_per_second"), 5}});
        QTemporaryDir dir;
        QFile m(dir.filePath(QStringLiteral("crm-limited.json")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(QJsonDocument(manifest).toJson());
        m.close();
        QFile in(backend.sourcesFile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject sources = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray list = sources.value(QStringLiteral("sources")).toArray();
        QJsonObject crm = list.first().toObject();
        crm.insert(QStringLiteral("manifest"), QStringLiteral("crm-limited.json")); // relative to the sources file
        sources.insert(QStringLiteral("sources"), QJsonArray{crm});
        QFile out(dir.filePath(QStringLiteral("sources.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(sources).toJson());
        out.close();

        TempCache cache;
        SyncOptions o = resilientOptions();
        o.pageSize = 10;
        QElapsedTimer timer;
        timer.start();
        const SyncReport report = runSync(cache, out.fileName(), o);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(report.ok(), qPrintable(errors(report)));
        QVERIFY(report.pages >= 6);
        // n requests at 5 a second take at least (n - 1) * 200 ms.
        QVERIFY2(elapsed >= (report.pages - 1) * 200 - 20,
                 qPrintable(QStringLiteral("%1 pages in %2 ms").arg(report.pages).arg(elapsed)));
    }

    void churnDuringSyncConvergesOnTheNextRun() {
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.extraArgs = {QStringLiteral("--churn"), QStringLiteral("40")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions o = resilientOptions();
        o.pageSize = 25;
        QVERIFY(runSync(cache, backend.sourcesFile(), o).ok());
        QVERIFY(backend.churn(0).ok());
        const SyncReport last = runSync(cache, backend.sourcesFile(), o);
        QVERIFY2(last.ok(), qPrintable(errors(last)));
        QCOMPARE(cacheChecksum(cache.db()), backend.checksum()->value(QStringLiteral("all")).toString());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"

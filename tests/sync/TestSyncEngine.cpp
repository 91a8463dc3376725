// Integration: the real reference backend over loopback HTTP, synced into a real cache file.

#include "models/SyncStateRepository.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"
#include "tests/support/TempCache.h"

#include <QFile>
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

#define C360_VERIFY_OK(report) QVERIFY2((report).ok(), qPrintable(dumpErrors(report) + (report).summary))

} // namespace

class TestSyncEngine final : public QObject {
    Q_OBJECT

private:
    static SyncReport sync(TempCache& cache, const QString& sourcesFile, const SyncOptions& options = fastRetries(),
                           const std::atomic<bool>* cancel = nullptr, SyncEngine::ProgressCallback progress = {}) {
        SyncEngine engine(cache.db());
        engine.setCancelFlag(cancel);
        engine.setProgressCallback(std::move(progress));
        auto report = engine.runFile(sourcesFile, options);
        if (!report) {
            qWarning() << report.error().message;
            return {};
        }
        // Whatever the run stored or rolled back, every row's references hold (the writer's groups run without
        // foreign key enforcement).
        if (Status fk = foreignKeysHold(cache); !fk) {
            ++report->failedStreams;
            report->summary = fk.error().message + QStringLiteral(": ") + fk.error().detail + u' ' + report->summary;
        }
        return *report;
    }

    static qint64 duplicates(const TempCache& cache) {
        return cache.scalar(QStringLiteral("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT source, stream, "
                                           "source_id FROM source_record)) FROM source_record"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullSyncBringsEveryRecord() {
        BackendProcess::Options options;
        options.customers = 200;
        BackendProcess backend(options);
        QVERIFY2(backend.start().ok(), "backend did not start");
        TempCache cache;
        QVERIFY2(cache.isValid(), qPrintable(cache.errorString()));

        QList<SyncProgress> progress;
        const SyncReport report = sync(cache, backend.sourcesFile(), fastRetries(), nullptr,
                                       [&](const SyncProgress& p) { progress.append(p); });
        C360_VERIFY_OK(report);
        QCOMPARE(report.streams.size(), 8);
        QVERIFY(report.fetched > 0);
        QCOMPARE(report.quarantined, 0);
        QVERIFY(report.summary.startsWith(QStringLiteral("Synced ")));

        auto live = backend.stats();
        QVERIFY(live.ok());
        QCOMPARE(cache.liveCounts(), *live);
        auto generated = BackendProcess::generatedStats(options);
        QVERIFY(generated.ok());
        QCOMPARE(cache.liveCounts(), *generated);
        QCOMPARE(duplicates(cache), 0);
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM timeline_event")) > 0);
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM party")) > 0);
        // Every contact carries the agent's after-contact (wrap-up) time the contact center reports
        // (15 s to 2 min 15 s, a minute more on returns), and reaches the dashboards' contact facts with it.
        const qint64 contacts = cache.scalar(QStringLiteral("SELECT count(*) FROM interaction"));
        QVERIFY(contacts > 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM interaction WHERE wrap_up_seconds BETWEEN 15 AND "
                                             "135 OR (queue = 'returns' AND wrap_up_seconds BETWEEN 75 AND 195)")),
                 contacts);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM contact_fact c JOIN interaction i ON i.record_id "
                                             "= c.record_id WHERE c.wrap_up_seconds = i.wrap_up_seconds")),
                 contacts);

        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().source, QStringLiteral("contact"));
        QCOMPARE(progress.last().records, report.streams.last().fetched);

        auto states = SyncStateRepository(cache.db()).all();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 8);
        for (const StreamState& s : *states) {
            QVERIFY2(!s.checkpoint.isEmpty(), qPrintable(s.stream));
            QVERIFY(s.lastSuccess.isValid());
            QVERIFY(s.lastError.isEmpty());
        }
    }

    void secondSyncTransfersOnlyTheChanges() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        TempCache cache;
        C360_VERIFY_OK(sync(cache, backend.sourcesFile()));

        const SyncReport idle = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(idle);
        QCOMPARE(idle.fetched, 0);

        auto changed = backend.mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("update"),
                                      QStringLiteral("CRM-000003"));
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().detail));
        QVERIFY(backend
                    .mutate(QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("update"),
                            QStringLiteral("SO-0000004"))
                    .ok());
        QVERIFY(backend
                    .mutate(QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("update"),
                            QStringLiteral("T-000005"))
                    .ok());

        const SyncReport delta = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(delta);
        QCOMPARE(delta.fetched, 3);
        QCOMPARE(delta.upserted, 3);

        QSqlQuery q(cache.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT payload FROM source_record WHERE source = 'crm' AND source_id = 'CRM-000003'")));
        QVERIFY(q.next());
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(stored.value(QStringLiteral("updated_at")), changed->value(QStringLiteral("updated_at")));
        QCOMPARE(cache.liveCounts(), *backend.stats());
    }

    void deletedRecordLeavesTheCache() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        TempCache cache;
        C360_VERIFY_OK(sync(cache, backend.sourcesFile()));

        // A live customer with timeline events.
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.id, r.source_id FROM source_record r WHERE r.source = 'crm' AND r.deleted = 0 AND EXISTS "
            "(SELECT 1 FROM timeline_event e WHERE e.record_id = r.id) ORDER BY r.source_id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 recordId = q.value(0).toLongLong();
        const QString sourceId = q.value(1).toString();
        q.finish();

        QVERIFY(backend.mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("delete"), sourceId)
                    .ok());
        const SyncReport report = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(report);
        QCOMPARE(report.fetched, 1);
        QCOMPARE(report.deleted, 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM timeline_event WHERE record_id = %1").arg(recordId)),
                 0);
        QCOMPARE(
            cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = '%1' AND deleted = 0")
                             .arg(sourceId)),
            0);
        QCOMPARE(cache.liveCounts(), *backend.stats());
    }

    void wrongTokenIsAClearErrorAndTheNextSyncRecovers() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        TempCache cache;
        auto wrong = backend.sourcesFileWithToken(QStringLiteral("not-the-token"), QStringLiteral("wrong.json"));
        QVERIFY(wrong.ok());

        const SyncReport refused = sync(cache, *wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.failedStreams, 8);
        QVERIFY(!refused.offline);
        QCOMPARE(refused.streams.first().error,
                 QStringLiteral("The crm server rejected the credentials (HTTP 401) — check the secret of source "
                                "\"crm\" in the sources file."));
        QVERIFY(!refused.summary.contains(QStringLiteral("not-the-token")));
        QVERIFY(!refused.streams.first().errorDetail.contains(QStringLiteral("not-the-token")));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record")), 0);
        auto states = SyncStateRepository(cache.db()).all();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 8);
        QVERIFY(states->first().lastError.contains(QStringLiteral("HTTP 401")));
        QVERIFY(states->first().checkpoint.isEmpty());

        const SyncReport ok = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(ok);
        QCOMPARE(cache.liveCounts(), *backend.stats());
        QVERIFY(SyncStateRepository(cache.db()).all()->first().lastError.isEmpty());
    }

    void unreachableBackendIsAClearError() {
        QString sources;
        int port = 0;
        QTemporaryDir keep;
        {
            BackendProcess backend;
            QVERIFY(backend.start().ok());
            port = backend.port();
            const QString copy = keep.filePath(QStringLiteral("sources.json"));
            QVERIFY(QFile::copy(backend.sourcesFile(), copy));
            sources = copy;
        } // stopped: nothing listens on the port any more
        TempCache cache;
        SyncOptions options = fastRetries();
        options.retry.maxAttempts = 2;
        const SyncReport report = sync(cache, sources, options);
        QVERIFY(!report.ok());
        QVERIFY(report.offline);
        QCOMPARE(report.streams.first().error,
                 QStringLiteral("Could not connect to 127.0.0.1:%1 — is the server running?").arg(port));
        QVERIFY(report.summary.startsWith(QStringLiteral("Offline: Could not connect")));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record")), 0);
    }

    void transientFaultsAreRetried_data() {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"malformed", "truncated", "html", "500", "503", "429", "reset"}) {
            QTest::newRow(kind) << QString::fromLatin1(kind);
        }
    }

    void transientFaultsAreRetried() {
        QFETCH(QString, kind);
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        QVERIFY(backend.faults(1.0, {kind}, 1).ok());
        TempCache cache;
        const SyncReport report = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(report);
        QCOMPARE(cache.liveCounts(), *backend.stats());
        QCOMPARE(duplicates(cache), 0);
    }

    void persistentMalformedPagesStopTheStreamWithoutLoss() {
        BackendProcess::Options backendOptions;
        backendOptions.customers = 500; // 10 pages: more than the writer's two and the pages fetched ahead of it
        BackendProcess backend(backendOptions);
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options = fastRetries();
        options.pageSize = 50;
        options.sourceFilter = {QStringLiteral("crm")};
        std::atomic<bool> never{false};
        // Let two pages be written, then make every response malformed. The pages fetched ahead of the writer before
        // that (sync/PagePrefetcher: up to two, and the one in flight) are good pages and are written too.
        int pages = 0;
        const SyncReport report = sync(cache, backend.sourcesFile(), options, &never, [&](const SyncProgress& p) {
            if (p.pages > 0 && ++pages == 2) {
                QVERIFY(backend.faults(1.0, {QStringLiteral("malformed")}, -1).ok());
            }
        });
        QVERIFY(!report.ok());
        QCOMPARE(report.streams.size(), 1);
        const qint64 written = report.streams.first().pages;
        QVERIFY2(written >= 2 && written <= 5, qPrintable(QString::number(written)));
        QCOMPARE(report.streams.first().error,
                 QStringLiteral(
                     "The crm server sent a page of crm/customers that is not valid JSON (malformed or cut off)."));
        QVERIFY(report.streams.first().errorDetail.contains(QStringLiteral("after 4 attempts")));
        // Every page written is kept, and only those.
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record")), written * 50);

        QVERIFY(backend.faults(0.0, {}, 0).ok());
        const SyncReport resumed = sync(cache, backend.sourcesFile(), options);
        C360_VERIFY_OK(resumed);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("crm")), backend.stats()->value(QStringLiteral("crm")));
        QCOMPARE(duplicates(cache), 0);
    }

    void badRecordIsQuarantinedAndTheStreamGoesOn() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        TempCache cache;
        C360_VERIFY_OK(sync(cache, backend.sourcesFile()));

        const QJsonObject noId{{QStringLiteral("full_name"), QStringLiteral("Nobody")},
                               {QStringLiteral("updated_at"), QStringLiteral("2025-01-01T00:00:00Z")}};
        QVERIFY(backend.inject(QStringLiteral("crm"), QStringLiteral("customers"), noId).ok());
        QVERIFY(backend
                    .mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("update"),
                            QStringLiteral("CRM-000007"))
                    .ok());

        const SyncReport report = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(report);
        QCOMPARE(report.fetched, 2);
        QCOMPARE(report.quarantined, 1);
        QCOMPARE(report.upserted, 1);
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("SELECT source, stream, error, payload FROM quarantine")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("crm"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("customers"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("field /id is missing (required source_id)"));
        QVERIFY(q.value(3).toByteArray().contains("Nobody"));
        QVERIFY(!q.next());

        const SyncReport clean = sync(cache, backend.sourcesFile());
        C360_VERIFY_OK(clean);
        QCOMPARE(clean.fetched, 0);
        QCOMPARE(clean.quarantined, 0);
    }

    void cancellationStopsBetweenPagesAndTheNextRunResumes() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        SyncOptions options = fastRetries();
        options.pageSize = 40;

        TempCache reference(QStringLiteral("reference"));
        const SyncReport full = sync(reference, backend.sourcesFile(), options);
        C360_VERIFY_OK(full);

        TempCache cache;
        std::atomic<bool> cancel{false};
        int committed = 0;
        const SyncReport stopped = sync(cache, backend.sourcesFile(), options, &cancel, [&](const SyncProgress& p) {
            if (p.pages > 0 && ++committed == 3) {
                cancel = true;
            }
        });
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.failedStreams, 0);
        QCOMPARE(stopped.pages, 3);
        QCOMPARE(stopped.streams.size(), 1);
        QVERIFY(stopped.summary.startsWith(QStringLiteral("Sync cancelled")));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record")), 120);
        QVERIFY(
            !SyncStateRepository(cache.db()).checkpoint(QStringLiteral("crm"), QStringLiteral("customers"))->isEmpty());

        const SyncReport resumed = sync(cache, backend.sourcesFile(), options);
        C360_VERIFY_OK(resumed);
        QCOMPARE(stopped.fetched + resumed.fetched, full.fetched); // nothing fetched twice, nothing skipped
        QCOMPARE(cache.liveCounts(), reference.liveCounts());
        QCOMPARE(duplicates(cache), 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM timeline_event")),
                 reference.scalar(QStringLiteral("SELECT count(*) FROM timeline_event")));
    }

    void filtersAndUnknownNames() {
        BackendProcess backend;
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options = fastRetries();
        options.sourceFilter = {QStringLiteral("shop")};
        options.streamFilter = {QStringLiteral("returns")};
        const SyncReport report = sync(cache, backend.sourcesFile(), options);
        C360_VERIFY_OK(report);
        QCOMPARE(report.streams.size(), 1);
        QCOMPARE(report.streams.first().stream, QStringLiteral("returns"));
        QCOMPARE(cache.liveCounts().keys(), QStringList{QStringLiteral("shop")});

        options.sourceFilter = {QStringLiteral("erp")};
        options.streamFilter.clear();
        const SyncReport unknown = sync(cache, backend.sourcesFile(), options);
        QCOMPARE(unknown.failedStreams, 1);
        QCOMPARE(unknown.streams.first().error, QStringLiteral("The sources file has no source named \"erp\"."));

        options.sourceFilter = {QStringLiteral("shop")};
        options.streamFilter = {QStringLiteral("customers")};
        const SyncReport noStream = sync(cache, backend.sourcesFile(), options);
        QCOMPARE(noStream.failedStreams, 1);
        QCOMPARE(noStream.streams.first().error,
                 QStringLiteral("None of the selected sources has a stream named \"customers\"."));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"

// Deletions and recovery against the reference backend's vendor flavors over real loopback HTTP:
// a full-refresh stream finds what the source deleted by a complete read (never by a partial one),
// HubSpot's archived list brings tombstones, and a stored cursor the server no longer knows restarts
// the stream from its last committed high-water mark without losing a record.

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

BackendProcess::Options flavorOptions(const QString& flavor, int customers = 60) {
    BackendProcess::Options options;
    options.customers = customers;
    options.extraArgs = {QStringLiteral("--flavor"), flavor};
    return options;
}

const StreamReport* streamReport(const SyncReport& report, const QString& stream) {
    const auto it = std::find_if(report.streams.cbegin(), report.streams.cend(),
                                 [&](const StreamReport& r) { return r.stream == stream; });
    return it == report.streams.cend() ? nullptr : &*it;
}

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext&, const QString& text) {
    g_messages.append(text);
}

QString checkpointOf(const TempCache& cache, const QString& source, const QString& stream) {
    QSqlQuery q(cache.db());
    q.prepare(QStringLiteral("SELECT checkpoint FROM sync_state WHERE source = ? AND stream = ?"));
    q.addBindValue(source);
    q.addBindValue(stream);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool setCheckpoint(const TempCache& cache, const QString& source, const QString& stream, const QString& checkpoint) {
    QSqlQuery q(cache.db());
    q.prepare(QStringLiteral("UPDATE sync_state SET checkpoint = ? WHERE source = ? AND stream = ?"));
    q.addBindValue(checkpoint);
    q.addBindValue(source);
    q.addBindValue(stream);
    return q.exec() && q.numRowsAffected() == 1;
}

// Runs one stream until its first page is committed, then cancels: the checkpoint holds a cursor.
bool interruptAfterFirstPage(const TempCache& cache, const QString& sourcesFile, const SyncOptions& options) {
    std::atomic<bool> cancel{false};
    SyncEngine engine(cache.db());
    engine.setCancelFlag(&cancel);
    engine.setProgressCallback([&](const SyncProgress& p) {
        if (p.pages == 1) {
            cancel = true;
        }
    });
    auto report = engine.runFile(sourcesFile, options);
    return report.ok() && report->cancelled && report->pages == 1;
}

// Resumes with the messages captured; the run must end well and say that it restarted.
struct Resumed {
    bool ok = false;
    bool restartLogged = false;
    QString summary;
    qint64 fetched = 0;
    int deleted = 0;
};

Resumed resume(const TempCache& cache, const QString& sourcesFile, const SyncOptions& options) {
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    auto report = SyncEngine(cache.db()).runFile(sourcesFile, options);
    qInstallMessageHandler(previous);
    Resumed r;
    if (!report.ok()) {
        r.summary = report.error().message;
        return r;
    }
    r.ok = report->ok();
    r.summary = report->summary;
    r.fetched = report->fetched;
    r.deleted = report->deleted;
    r.restartLogged = g_messages.join(QLatin1Char('\n')).contains(QLatin1String("no longer knows the stored cursor"));
    return r;
}

} // namespace

class TestVendorRecovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Stripe lists leave deleted customers out: only a complete read may conclude they are gone.
    void fullReadFindsDeletions() {
        BackendProcess backend(flavorOptions(QStringLiteral("stripe")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 10;
        options.streamFilter = {QStringLiteral("customers")};
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok() && first->ok());
        const qint64 before = cache.liveCounts().value(QStringLiteral("stripe")).value(QStringLiteral("customers"));
        QVERIFY(before > 20);
        for (const char* id : {"CRM-000005", "CRM-000017"}) {
            QVERIFY(backend
                        .mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("delete"),
                                QLatin1String(id))
                        .ok());
        }

        // A partial read (cancelled after its first page) concludes nothing.
        std::atomic<bool> cancel{false};
        SyncEngine partial(cache.db());
        partial.setCancelFlag(&cancel);
        partial.setProgressCallback([&](const SyncProgress& p) {
            if (p.pages == 1) {
                cancel = true;
            }
        });
        auto interrupted = partial.runFile(backend.sourcesFile(), options);
        QVERIFY(interrupted.ok());
        QVERIFY(interrupted->cancelled);
        QCOMPARE(interrupted->deleted, 0);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("stripe")).value(QStringLiteral("customers")), before);

        // A failed read neither.
        QVERIFY(backend.faults(1.0, {QStringLiteral("500")}).ok());
        SyncOptions failing = options;
        failing.retry.maxAttempts = 1;
        auto failed = SyncEngine(cache.db()).runFile(backend.sourcesFile(), failing);
        QVERIFY(failed.ok());
        QVERIFY(!failed->ok());
        QCOMPARE(cache.liveCounts().value(QStringLiteral("stripe")).value(QStringLiteral("customers")), before);
        QVERIFY(backend.faults(0.0, {QStringLiteral("500")}).ok());

        // The complete read marks exactly the two deleted customers.
        auto complete = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(complete.ok());
        QVERIFY2(complete->ok(), qPrintable(complete->summary));
        QCOMPARE(complete->deleted, 2);
        const qint64 expected = backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers"));
        QCOMPARE(cache.liveCounts().value(QStringLiteral("stripe")).value(QStringLiteral("customers")), expected);
        QCOMPARE(expected, before - 2);
        QCOMPARE(
            cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source = 'stripe' AND deleted = 1 "
                                        "AND source_id IN ('cus_C36000000005', 'cus_C36000000017')")),
            2);
        // Their payload is kept for the audit, their customers lost them.
        QCOMPARE(
            cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source = 'stripe' AND deleted = 1 "
                                        "AND payload NOT LIKE '%cus_C360%'")),
            0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM party_link pl JOIN source_record sr ON sr.id = "
                                             "pl.record_id WHERE sr.deleted = 1")),
                 0);
        // Nothing more to delete on the next complete read.
        auto again = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->deleted, 0);
    }

    // HubSpot: the default list shows live contacts; archived=true lists the archived ones as tombstones.
    void hubspotArchivedContacts() {
        BackendProcess backend(flavorOptions(QStringLiteral("hubspot")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 20;
        options.streamFilter = {QStringLiteral("contacts"), QStringLiteral("archived_contacts")};
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok());
        QVERIFY2(first->ok(), qPrintable(first->summary));
        QVERIFY(backend
                    .mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("delete"),
                            QStringLiteral("CRM-000009"))
                    .ok());
        auto second = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(second.ok());
        QVERIFY2(second->ok(), qPrintable(second->summary));
        const StreamReport* archived = streamReport(*second, QStringLiteral("archived_contacts"));
        QVERIFY(archived != nullptr);
        QVERIFY(archived->deleted >= 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT deleted FROM source_record WHERE source = 'hubspot' AND stream = "
                                             "'contacts' AND source_id = '1009'")),
                 1);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("hubspot")).value(QStringLiteral("contacts")),
                 backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers")));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE stream = 'archived_contacts'")),
                 0);
    }

    // Salesforce: a query locator that expired while the run was interrupted.
    void expiredQueryLocatorRestarts() {
        BackendProcess backend(flavorOptions(QStringLiteral("salesforce"), 450)); // contacts: 3 batches of 200
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.streamFilter = {QStringLiteral("contacts")};
        std::atomic<bool> cancel{false};
        SyncEngine first(cache.db());
        first.setCancelFlag(&cancel);
        first.setProgressCallback([&](const SyncProgress& p) {
            if (p.pages == 1) {
                cancel = true;
            }
        });
        auto interrupted = first.runFile(backend.sourcesFile(), options);
        QVERIFY(interrupted.ok());
        QVERIFY(interrupted->cancelled);
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT checkpoint FROM sync_state WHERE source = 'salesforce' AND stream = 'contacts'")) &&
                q.next());
        QJsonObject checkpoint = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QVERIFY2(checkpoint.value(QStringLiteral("cursor")).toString().contains(QLatin1String("/query/01g")),
                 q.value(0).toByteArray().constData());
        q.finish();
        checkpoint.insert(QStringLiteral("cursor"), QStringLiteral("/services/data/v59.0/query/01gEXPIRED-2000"));
        QSqlQuery update(cache.db());
        QVERIFY(update.prepare(QStringLiteral(
            "UPDATE sync_state SET checkpoint = ? WHERE source = 'salesforce' AND stream = 'contacts'")));
        update.addBindValue(QString::fromUtf8(QJsonDocument(checkpoint).toJson(QJsonDocument::Compact)));
        QVERIFY(update.exec());

        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        auto resumed = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        qInstallMessageHandler(previous);
        QVERIFY(resumed.ok());
        QVERIFY2(resumed->ok(), qPrintable(resumed->summary));
        QVERIFY2(g_messages.join(QLatin1Char('\n')).contains(QLatin1String("no longer knows the stored cursor")),
                 qPrintable(g_messages.join(QLatin1Char('\n'))));
        QCOMPARE(cache.liveCounts().value(QStringLiteral("salesforce")).value(QStringLiteral("contacts")),
                 backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers")));
    }

    // Zendesk: a cursor the export no longer knows; the stream restarts at the newest change the cache
    // holds (not from the start date) and the change made meanwhile arrives.
    void unknownZendeskCursorRestartsFromHighWaterMark() {
        BackendProcess backend(flavorOptions(QStringLiteral("zendesk")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 25;
        options.streamFilter = {QStringLiteral("tickets")};
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok() && first->ok());
        const qint64 total = backend.stats()->value(QStringLiteral("helpdesk")).value(QStringLiteral("tickets"));
        QVERIFY(backend
                    .mutate(QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("update"),
                            QStringLiteral("T-000004"))
                    .ok());
        QSqlQuery update(cache.db());
        QVERIFY(update.exec(QStringLiteral(
            "UPDATE sync_state SET checkpoint = 'bm90LWEtY3Vyc29y' WHERE source = 'zendesk' AND stream = 'tickets'")));
        const qint64 updatedBefore = cache.scalar(QStringLiteral(
            "SELECT updated_at FROM source_record WHERE source = 'zendesk' AND stream = 'tickets' AND source_id = "
            "'40004'"));

        auto resumed = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(resumed.ok());
        QVERIFY2(resumed->ok(), qPrintable(resumed->summary));
        QVERIFY2(resumed->fetched >= 1 && resumed->fetched < total / 2,
                 qPrintable(QStringLiteral("fetched %1 of %2").arg(resumed->fetched).arg(total)));
        QVERIFY(cache.scalar(QStringLiteral("SELECT updated_at FROM source_record WHERE source = 'zendesk' AND stream "
                                            "= 'tickets' AND source_id = '40004'")) > updatedBefore);
        QCOMPARE(cache.liveCounts().value(QStringLiteral("zendesk")).value(QStringLiteral("tickets")), total);
    }

    // Stripe: the run stopped after a page that ended with a customer who was then deleted; Stripe refuses
    // starting_after a deleted object (400 invalid_request_error, resource_missing). The stream starts over
    // by itself (a full-refresh stream has no other high-water mark than its start), finds the deletion and
    // loses nothing.
    void staleStripeStartingAfterRestarts() {
        BackendProcess backend(flavorOptions(QStringLiteral("stripe")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 10;
        options.streamFilter = {QStringLiteral("customers")};
        QVERIFY(SyncEngine(cache.db()).runFile(backend.sourcesFile(), options)->ok()); // a first complete run
        QVERIFY(interruptAfterFirstPage(cache, backend.sourcesFile(), options));
        const QString checkpoint = checkpointOf(cache, QStringLiteral("stripe"), QStringLiteral("customers"));
        const QString cursor = checkpoint.section(QLatin1Char(':'), -1);
        QVERIFY2(cursor.startsWith(QLatin1String("cus_C360")), qPrintable(checkpoint));
        const QString crmId = QStringLiteral("CRM-%1").arg(cursor.right(6)); // cus_C36000000010 -> CRM-000010
        QVERIFY(
            backend.mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("delete"), crmId).ok());

        const Resumed r = resume(cache, backend.sourcesFile(), options);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QVERIFY2(r.restartLogged, qPrintable(g_messages.join(QLatin1Char('\n'))));
        QCOMPARE(r.deleted, 1); // the restarted read was complete: the deleted customer is marked
        QCOMPARE(cache.scalar(QStringLiteral("SELECT deleted FROM source_record WHERE source = 'stripe' AND "
                                             "source_id = '%1'")
                                  .arg(cursor)),
                 1);
        const qint64 live = backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers"));
        QCOMPARE(cache.liveCounts().value(QStringLiteral("stripe")).value(QStringLiteral("customers")), live);
        qInfo().noquote() << "stripe: stale starting_after -> restart, customers" << live << "/" << live
                          << "live, 1 deletion found";
    }

    // Shopify: a page_info cursor the shop no longer accepts (400, errors.page_info "Invalid value.") on
    // an incremental order stream: the run restarts at its own start time (its committed high-water mark)
    // and an order changed meanwhile arrives.
    void invalidShopifyPageInfoRestarts() {
        BackendProcess backend(flavorOptions(QStringLiteral("shopify")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 25;
        options.streamFilter = {QStringLiteral("orders")};
        QVERIFY(interruptAfterFirstPage(cache, backend.sourcesFile(), options));
        QJsonObject checkpoint =
            QJsonDocument::fromJson(checkpointOf(cache, QStringLiteral("shopify"), QStringLiteral("orders")).toUtf8())
                .object();
        QString cursor = checkpoint.value(QStringLiteral("cursor")).toString();
        QVERIFY2(cursor.contains(QLatin1String("page_info=")), qPrintable(cursor));
        cursor = cursor.left(cursor.indexOf(QLatin1String("page_info=")) + 10) + QStringLiteral("ZXhwaXJlZA");
        checkpoint.insert(QStringLiteral("cursor"), cursor);
        QVERIFY(setCheckpoint(cache, QStringLiteral("shopify"), QStringLiteral("orders"),
                              QString::fromUtf8(QJsonDocument(checkpoint).toJson(QJsonDocument::Compact))));
        const qint64 changedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(backend
                    .mutate(QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("update"),
                            QStringLiteral("SO-0000040"))
                    .ok());

        const Resumed r = resume(cache, backend.sourcesFile(), options);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QVERIFY2(r.restartLogged, qPrintable(g_messages.join(QLatin1Char('\n'))));
        // Shopify lists never show deleted orders: the cache holds every order the list shows.
        auto listed = cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source = 'shopify' AND "
                                                  "stream = 'orders' AND deleted = 0"));
        const qint64 live = backend.stats()->value(QStringLiteral("shop")).value(QStringLiteral("orders"));
        QCOMPARE(listed, live);
        QVERIFY(cache.scalar(QStringLiteral("SELECT updated_at FROM source_record WHERE source = 'shopify' AND "
                                            "source_id = '4500000039'")) >= changedAt - 2000); // the change arrived
        // Converged: the next run finds only what the lookback window repeats.
        auto next = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(next.ok() && next->ok());
        QVERIFY2(next->fetched < live / 2, qPrintable(QString::number(next->fetched)));
        qInfo().noquote() << "shopify: invalid page_info -> restart, orders" << listed << "/" << live;
    }

    // HubSpot: an `after` the CRM refuses (400 VALIDATION_ERROR) on the full-refresh contacts list: the
    // stream reads again from its start, finds the contact deleted meanwhile, and loses nothing.
    void invalidHubspotAfterRestarts() {
        BackendProcess backend(flavorOptions(QStringLiteral("hubspot")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 20;
        options.streamFilter = {QStringLiteral("contacts")};
        QVERIFY(SyncEngine(cache.db()).runFile(backend.sourcesFile(), options)->ok());
        QVERIFY(interruptAfterFirstPage(cache, backend.sourcesFile(), options));
        const QString checkpoint = checkpointOf(cache, QStringLiteral("hubspot"), QStringLiteral("contacts"));
        QVERIFY2(checkpoint.startsWith(QLatin1String("sweep:")), qPrintable(checkpoint));
        QVERIFY(setCheckpoint(cache, QStringLiteral("hubspot"), QStringLiteral("contacts"),
                              checkpoint.section(QLatin1Char(':'), 0, -2) + QStringLiteral(":AoJ7-expired")));
        QVERIFY(backend
                    .mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("delete"),
                            QStringLiteral("CRM-000033"))
                    .ok());

        const Resumed r = resume(cache, backend.sourcesFile(), options);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QVERIFY2(r.restartLogged, qPrintable(g_messages.join(QLatin1Char('\n'))));
        QCOMPARE(r.deleted, 1);
        const qint64 live = backend.stats()->value(QStringLiteral("crm")).value(QStringLiteral("customers"));
        QCOMPARE(cache.liveCounts().value(QStringLiteral("hubspot")).value(QStringLiteral("contacts")), live);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT deleted FROM source_record WHERE source = 'hubspot' AND "
                                             "stream = 'contacts' AND source_id = '1033'")),
                 1);
        qInfo().noquote() << "hubspot: invalid after -> restart, contacts" << live << "/" << live
                          << "live, 1 deletion found";
    }
};

QTEST_GUILESS_MAIN(TestVendorRecovery)
#include "TestVendorRecovery.moc"

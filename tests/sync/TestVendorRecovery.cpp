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
};

QTEST_GUILESS_MAIN(TestVendorRecovery)
#include "TestVendorRecovery.moc"

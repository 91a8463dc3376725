// Sync scopes (issue 12, "Offline"): a field user syncs only their territory plus the customers they open or take
// offline. The real reference backend over loopback HTTP, real cache files, the real `c360 take-offline` code and
// the real "Take offline…" dialog offscreen.

#include "app/Application.h"
#include "app/CliTakeOffline.h"
#include "app/IdentityWorker.h"
#include "app/Retention.h"
#include "models/AuditLog.h"
#include "models/PiiMask.h"
#include "models/Queries.h"
#include "models/ScopeRepository.h"
#include "models/WriterLane.h"
#include "sync/CustomerFetch.h"
#include "sync/OutboxStore.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"
#include "tests/support/TempCache.h"
#include "ui/MainWindow.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TakeOfflineDialog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

QJsonObject readJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
}

// The backend's sources file with a scope; `localFilter`: every manifest copied without its "scope" (an API that
// cannot filter), so the workstation filters on its side.
QString scopedSources(const BackendProcess& backend, const QTemporaryDir& dir, const QJsonValue& scope,
                      bool localFilter, const QString& name) {
    QJsonObject doc = readJson(backend.sourcesFile());
    if (!scope.isUndefined()) {
        doc.insert(QStringLiteral("scope"), scope);
    }
    if (localFilter) {
        QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            QJsonObject s = sources.at(i).toObject();
            const QString manifest = s.value(QStringLiteral("manifest")).toString();
            QFile shipped(QStringLiteral(":/connectors/%1.json").arg(manifest));
            if (!shipped.open(QIODevice::ReadOnly)) {
                return {};
            }
            QJsonObject m = QJsonDocument::fromJson(shipped.readAll()).object();
            QJsonObject streams = m.value(QStringLiteral("streams")).toObject();
            for (auto it = streams.begin(); it != streams.end(); ++it) {
                QJsonObject st = it->toObject();
                st.remove(QStringLiteral("scope"));
                *it = st;
            }
            m.insert(QStringLiteral("streams"), streams);
            const QString path = dir.filePath(manifest + QStringLiteral("-noscope.json"));
            if (!writeJson(path, m)) {
                return {};
            }
            s.insert(QStringLiteral("manifest"), path);
            sources[i] = s;
        }
        doc.insert(QStringLiteral("sources"), sources);
    }
    const QString path = dir.filePath(name);
    return writeJson(path, doc) ? path : QString();
}

SyncReport syncFile(TempCache& cache, const QString& sourcesFile) {
    SyncEngine engine(cache.db());
    auto report = engine.runFile(sourcesFile, fastRetries());
    if (!report) {
        qWarning() << report.error().message;
        return {};
    }
    return *report;
}

QSet<QString> storedIds(const TempCache& cache, const QString& source, const QString& stream) {
    QSqlQuery q(cache.db());
    q.prepare(QStringLiteral("SELECT source_id FROM source_record WHERE source = ? AND stream = ? AND deleted = 0"));
    q.addBindValue(source);
    q.addBindValue(stream);
    QSet<QString> out;
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toString());
        }
    }
    return out;
}

// The files of the cache that may hold its bytes, and which of them contain `needle` (ASCII case-insensitive).
QStringList filesContaining(const QString& db, const QByteArray& needle) {
    QStringList hits;
    for (const QString& file : QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-journal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().toLower().contains(needle.toLower())) {
            hits << QFileInfo(file).fileName();
        }
    }
    return hits;
}

struct Customer {
    QString id; // CRM id
    qint64 party = 0;
    QString email;
};

// Customers of a territory the cache holds with an e-mail address, by CRM id.
QList<Customer> customersOf(const TempCache& cache, const QString& territory, int limit) {
    QSqlQuery q(cache.db());
    QList<Customer> out;
    if (q.exec(QStringLiteral("SELECT sr.source_id, pl.party_id, p.primary_email FROM source_record sr JOIN party_link "
                              "pl ON pl.record_id = sr.id JOIN party p ON p.id = pl.party_id WHERE sr.stream = "
                              "'customers' AND sr.deleted = 0 AND json_extract(sr.payload, '$.territory') = '%1' AND "
                              "p.primary_email LIKE '%@%' ORDER BY sr.source_id LIMIT %2")
                   .arg(territory)
                   .arg(limit))) {
        while (q.next()) {
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
        }
    }
    return out;
}

qint64 total(const SourceStreamCounts& counts) {
    qint64 n = 0;
    for (const auto& streams : counts) {
        for (const qint64 c : streams) {
            n += c;
        }
    }
    return n;
}

} // namespace

class TestSyncScope final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Server-side filter (the reference API's ?territory=) and the local filter (the same manifests without
    // "scope") against the backend's own count of the territory's records.
    void territoryScopeBothPaths() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonObject scope{{QStringLiteral("territory"), QStringLiteral("north")}};
        const QString server = scopedSources(backend, dir, scope, false, QStringLiteral("server.json"));
        const QString local = scopedSources(backend, dir, scope, true, QStringLiteral("local.json"));
        QVERIFY(!server.isEmpty() && !local.isEmpty());
        auto truth = backend.scopedStats(QStringLiteral("territory=north"));
        QVERIFY(truth.ok());
        auto everything = backend.stats();
        QVERIFY(everything.ok());
        QVERIFY(total(*truth) > 0);
        QVERIFY(total(*truth) < total(*everything) / 2); // one territory of four

        TempCache serverCache(QStringLiteral("server-cache"));
        const SyncReport s = syncFile(serverCache, server);
        QVERIFY2(s.ok(), qPrintable(dumpErrors(s) + s.summary));
        QCOMPARE(serverCache.liveCounts(), *truth);
        QCOMPARE(serverCache.scalar(
                     QStringLiteral("SELECT count(*) FROM source_record WHERE stream = 'customers' AND deleted = 0 AND "
                                    "json_extract(payload, '$.territory') <> 'north'")),
                 0);

        TempCache localCache(QStringLiteral("local-cache"));
        const SyncReport l = syncFile(localCache, local);
        QVERIFY2(l.ok(), qPrintable(dumpErrors(l) + l.summary));
        const SourceStreamCounts got = localCache.liveCounts();
        // Customers exactly; every other record kept belongs to one of them (a subset of the server's answer),
        // tied by the identity the mappings extract (e-mail, phone, WeChat).
        QCOMPARE(got.value(QStringLiteral("crm")).value(QStringLiteral("customers")),
                 truth->value(QStringLiteral("crm")).value(QStringLiteral("customers")));
        qint64 kept = 0;
        for (auto src = truth->cbegin(); src != truth->cend(); ++src) {
            for (auto st = src.value().cbegin(); st != src.value().cend(); ++st) {
                const QSet<QString> localIds = storedIds(localCache, src.key(), st.key());
                const QSet<QString> serverIds = storedIds(serverCache, src.key(), st.key());
                QVERIFY2(serverIds.contains(localIds), qPrintable(src.key() + u'/' + st.key()));
                kept += localIds.size();
                qInfo().noquote() << src.key() + u'/' + st.key() << "local filter kept" << localIds.size() << "of"
                                  << st.value();
            }
        }
        qInfo() << "local filter kept" << kept << "of" << total(*truth) << "in-scope records";
        QVERIFY(kept * 10 >= total(*truth) * 8); // at least 80 % of what the server keeps
        qint64 dropped = 0;
        for (const StreamReport& r : l.streams) {
            dropped += r.outOfScope;
        }
        QVERIFY(dropped > 0);
    }

    // A bad scope is named in the message and nothing is written.
    void badScopeWritesNothing_data() {
        QTest::addColumn<QString>("scopeJson");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << R"({"teritory": "north"})"
                                     << R"(unknown key "teritory")";
        QTest::newRow("empty list") << R"({"territory": []})"
                                    << R"("territory" must be a text or a list of texts)";
        QTest::newRow("empty queue") << R"({"queue": ["returns", ""]})"
                                     << R"("queue" must be a text or a list of texts)";
        QTest::newRow("unknown key names queue") << R"({"queues": "returns"})"
                                                 << R"(unknown key "queues" (use territory, owner, queue, customers)";
        QTest::newRow("number") << R"({"customers": [42]})"
                                << R"("customers" must be a text or a list of texts)";
        QTest::newRow("empty") << R"({})"
                               << "names no customer";
        QTest::newRow("not an object") << R"("north")"
                                       << "expected an object";
        QTest::newRow("missing file") << R"({"customers_file": "nowhere.txt"})"
                                      << "could not read the customers file";
    }

    void badScopeWritesNothing() {
        QFETCH(QString, scopeJson);
        QFETCH(QString, expected);
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonValue scope = QJsonDocument::fromJson("[" + scopeJson.toUtf8() + "]").array().at(0);
        const QString path = scopedSources(backend, dir, scope, false, QStringLiteral("bad.json"));
        TempCache cache;
        SyncEngine engine(cache.db());
        auto report = engine.runFile(path, fastRetries());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(QStringLiteral("scope")), qPrintable(report.error().message));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record")), 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM sync_state")), 0);
    }

    // A queue scope ("a user syncs only their queue"): the customers a queue served — on the reference backend, the
    // persons with a call or chat in it. Server-side (?queue=) exactly the backend's own count; locally (the same
    // manifests without "scope") every contact of the queue, and customers and records that are a subset of the
    // server's answer.
    void queueScopeBothPaths() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonObject scope{{QStringLiteral("queue"), QStringLiteral("returns")}};
        const QString server = scopedSources(backend, dir, scope, false, QStringLiteral("server.json"));
        const QString local = scopedSources(backend, dir, scope, true, QStringLiteral("local.json"));
        QVERIFY(!server.isEmpty() && !local.isEmpty());
        auto truth = backend.scopedStats(QStringLiteral("queue=returns"));
        QVERIFY(truth.ok());
        auto everything = backend.stats();
        QVERIFY(everything.ok());
        const auto crmCustomers = [](const SourceStreamCounts& c) {
            return c.value(QStringLiteral("crm")).value(QStringLiteral("customers"));
        };
        qInfo() << "queue returns:" << crmCustomers(*truth) << "of" << crmCustomers(*everything) << "customers,"
                << total(*truth) << "of" << total(*everything) << "records";
        QVERIFY(crmCustomers(*truth) > 0);
        QVERIFY(crmCustomers(*truth) < crmCustomers(*everything)); // not every customer called the returns queue

        TempCache serverCache(QStringLiteral("queue-server"));
        const SyncReport s = syncFile(serverCache, server);
        QVERIFY2(s.ok(), qPrintable(dumpErrors(s) + s.summary));
        QCOMPARE(serverCache.liveCounts(), *truth);
        const QString returnsContacts = QStringLiteral(
            "SELECT count(*) FROM interaction i JOIN source_record sr ON sr.id = i.record_id WHERE sr.deleted = 0 AND "
            "i.queue = 'returns'");
        const qint64 inQueue = serverCache.scalar(returnsContacts);
        QVERIFY(inQueue > 0);
        // Their other contacts come with them: the server-side answer is more than the queue's own calls.
        QVERIFY(serverCache.scalar(QStringLiteral("SELECT count(*) FROM interaction")) > inQueue);

        TempCache localCache(QStringLiteral("queue-local"));
        const SyncReport l = syncFile(localCache, local);
        QVERIFY2(l.ok(), qPrintable(dumpErrors(l) + l.summary));
        QCOMPARE(localCache.scalar(returnsContacts), inQueue); // every contact of the queue
        qint64 kept = 0;
        for (auto src = truth->cbegin(); src != truth->cend(); ++src) {
            for (auto st = src.value().cbegin(); st != src.value().cend(); ++st) {
                const QSet<QString> localIds = storedIds(localCache, src.key(), st.key());
                const QSet<QString> serverIds = storedIds(serverCache, src.key(), st.key());
                QVERIFY2(serverIds.contains(localIds), qPrintable(src.key() + u'/' + st.key()));
                kept += localIds.size();
                qInfo().noquote() << src.key() + u'/' + st.key() << "local filter kept" << localIds.size() << "of"
                                  << st.value();
            }
        }
        const qint64 localCustomers = storedIds(localCache, QStringLiteral("crm"), QStringLiteral("customers")).size();
        qInfo() << "local queue filter kept" << localCustomers << "of" << crmCustomers(*truth) << "customers," << kept
                << "of" << total(*truth) << "records";
        QVERIFY(localCustomers * 10 >= crmCustomers(*truth) * 8); // tied by e-mail, phone or WeChat: most of them
        qint64 dropped = 0;
        for (const StreamReport& r : l.streams) {
            dropped += r.outOfScope;
        }
        QVERIFY(dropped > 0);
    }

    // Narrowing the scope: once every stream was read again under the new scope, the customers no longer in it
    // leave the cache with every trace (no byte of their e-mail address left in the files) — except one opened on
    // demand and one with a note still waiting in the outbox, who stay.
    void narrowingTheScopePurgesWhoLeft() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QString sources = scopedSources(
            backend, dir,
            QJsonObject{{QStringLiteral("territory"), QJsonArray{QStringLiteral("north"), QStringLiteral("east")}}},
            false, QStringLiteral("wide.json"));
        TempCache cache;
        const SyncReport wide = syncFile(cache, sources);
        QVERIFY2(wide.ok(), qPrintable(dumpErrors(wide)));
        const QList<Customer> east = customersOf(cache, QStringLiteral("east"), 3);
        QCOMPARE(east.size(), 3);
        const Customer& gone = east.at(0);
        const Customer& waiting = east.at(1);                                   // a note for them waits in the outbox
        const Customer& opened = east.at(2);                                    // opened on demand (a screen pop)
        QVERIFY(!filesContaining(cache.path(), gone.email.toUtf8()).isEmpty()); // the grep can find it
        const qint64 eastParties = cache.scalar(
            QStringLiteral("SELECT count(DISTINCT pl.party_id) FROM party_link pl JOIN source_record sr ON sr.id = "
                           "pl.record_id WHERE sr.stream = 'customers' AND json_extract(sr.payload, '$.territory') = "
                           "'east'"));
        QVERIFY(eastParties > 3);

        auto loaded = sync::SourcesFile::load(sources);
        QVERIFY(loaded.ok());
        auto fetched =
            sync::CustomerFetch(cache.db()).run(*loaded, {opened.id}, QStringLiteral("opened"), fastRetries());
        QVERIFY(fetched.ok() && fetched->available() == 1);
        {
            auto outbox = sync::OutboxStore::open(QFileInfo(cache.path()).absolutePath() + QStringLiteral("/outbox.db"),
                                                  QStringLiteral("narrow-outbox"));
            QVERIFY(outbox.ok());
            QVERIFY(outbox
                        ->enqueue(QStringLiteral("note"), QStringLiteral("email:") + waiting.email, waiting.party,
                                  R"({"body":"Call back about the return"})")
                        .ok());
        }

        // The scope shrinks to the north.
        const qint64 partiesBefore = cache.scalar(QStringLiteral("SELECT count(*) FROM party"));
        QJsonObject doc = readJson(sources);
        doc.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("territory"), QStringLiteral("north")}});
        QVERIFY(writeJson(sources, doc));
        const SyncReport narrow = syncFile(cache, sources);
        QVERIFY2(narrow.ok(), qPrintable(dumpErrors(narrow) + narrow.summary));
        qInfo() << "narrowed: erased" << narrow.scopePurged << "customers;" << eastParties << "east customers";
        QCOMPARE(narrow.scopePurged, partiesBefore - cache.scalar(QStringLiteral("SELECT count(*) FROM party")));
        QVERIFY(narrow.scopePurged >= eastParties - 2);
        QVERIFY2(narrow.summary.contains(QStringLiteral("no longer in the sync scope")), qPrintable(narrow.summary));

        // What stays is what a cache synced from scratch under the new scope (plus the two kept customers) holds:
        // the same customers, and no record that one lacks.
        QTemporaryDir refDir;
        QJsonObject refDoc = doc;
        refDoc.insert(QStringLiteral("scope"),
                      QJsonObject{{QStringLiteral("territory"), QStringLiteral("north")},
                                  {QStringLiteral("customers"), QJsonArray{opened.id, waiting.id}}});
        const QString refSources = refDir.filePath(QStringLiteral("reference.json"));
        QVERIFY(writeJson(refSources, refDoc));
        TempCache reference(QStringLiteral("narrow-reference"));
        QVERIFY(syncFile(reference, refSources).ok());
        const SourceStreamCounts refCounts = reference.liveCounts();
        QCOMPARE(cache.liveCounts().value(QStringLiteral("crm")).value(QStringLiteral("customers")),
                 refCounts.value(QStringLiteral("crm")).value(QStringLiteral("customers")));
        for (auto src = refCounts.cbegin(); src != refCounts.cend(); ++src) {
            for (auto st = src.value().cbegin(); st != src.value().cend(); ++st) {
                const QSet<QString> left = storedIds(cache, src.key(), st.key());
                const QSet<QString> fresh = storedIds(reference, src.key(), st.key());
                QVERIFY2(fresh.contains(left), qPrintable(src.key() + u'/' + st.key()));
                if (left.size() != fresh.size()) {
                    qInfo().noquote() << src.key() + u'/' + st.key() << left.size() << "of" << fresh.size();
                }
            }
        }
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = '%1'").arg(gone.id)),
                 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM party WHERE id = %1").arg(gone.party)), 0);
        QCOMPARE(
            cache.scalar(QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = %1").arg(gone.party)), 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM record_key WHERE value = '%1'").arg(gone.email)), 0);
        QCOMPARE(filesContaining(cache.path(), gone.email.toUtf8()), QStringList());
        QVERIFY(!filesContaining(cache.path(), waiting.email.toUtf8()).isEmpty());
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id IN ('%1', '%2')")
                                  .arg(waiting.id, opened.id)),
                 2);
        // The one with the waiting note stays in the sync as opened, until retention lets them go.
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE key = '%1' AND reason = "
                                             "'opened'")
                                  .arg(waiting.id)),
                 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_state WHERE fingerprint LIKE 'sweep:%'")), 0);
        auto audit = AuditLog::open(AuditLog::pathBeside(cache.path()), QStringLiteral("narrow-audit"));
        QVERIFY(audit.ok());
        QSqlQuery q(audit->db());
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'purge' AND subject = 'scope'")));
        QVERIFY(q.next());
        QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("customers"))
                     .toInteger(),
                 narrow.scopePurged);

        // Nothing more goes at the next sync.
        const SyncReport again = syncFile(cache, sources);
        QVERIFY2(again.ok(), qPrintable(dumpErrors(again)));
        QCOMPARE(again.scopePurged, 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id IN ('%1', '%2')")
                                  .arg(waiting.id, opened.id)),
                 2);
    }

    // One writer at a time on the cache: a take-offline load is running when a supervisor merges two customers and
    // a sync is asked for. The merge waits for the load, the sync for the merge (signal order, no sleeps); the
    // window stays responsive; nothing is lost: the customers are offline, the merge is applied, the sync ran.
    void takeOfflineMergeAndSyncTakeTurns() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QString sources =
            scopedSources(backend, dir, QJsonObject{{QStringLiteral("territory"), QStringLiteral("south")}}, false,
                          QStringLiteral("turns.json"));
        TempCache cache;
        QVERIFY(syncFile(cache, sources).ok());
        const QList<Customer> south = customersOf(cache, QStringLiteral("south"), 2);
        QCOMPARE(south.size(), 2);
        QVERIFY(south.at(0).party != south.at(1).party);
        // The parties of the two customers' CRM records: two now, one once merged.
        const QString partiesOf = QStringLiteral("SELECT count(DISTINCT pl.party_id) FROM party_link pl JOIN "
                                                 "source_record sr ON sr.id = pl.record_id WHERE sr.stream = "
                                                 "'customers' AND sr.source_id IN ('%1', '%2')")
                                      .arg(south.at(0).id, south.at(1).id);
        QCOMPARE(cache.scalar(partiesOf), 2);

        app::GuiOptions gui;
        gui.dbPath = cache.path();
        gui.sourcesPath = sources;
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        gui.singleInstance = false;
        gui.role = QStringLiteral("supervisor");
        app::Application application(gui);
        QVERIFY(application.start().ok());
        ui::MainWindow* window = application.window();
        auto* lane = application.findChild<WriterLane*>();
        QVERIFY(lane != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!lane->isBusy(), 30000); // retention at start (off in this file) has its turn first
        const QDateTime before = window->syncStatus()->lastSync();

        QStringList order;
        connect(lane, &WriterLane::started, this,
                [&order](const QString& w) { order << QStringLiteral("start ") + w; });
        connect(lane, &WriterLane::released, this, [&order](const QString& w) { order << QStringLiteral("end ") + w; });
        connect(application.findChild<app::IdentityWorker*>(), &app::IdentityWorker::decided, this,
                [&order](bool ok) { order << (ok ? QStringLiteral("merged") : QStringLiteral("merge failed")); });

        const QStringList wanted{QStringLiteral("CRM-000010"), QStringLiteral("CRM-000011")};
        Q_EMIT window->takeOfflineRequested(
            {{wanted.at(0), QStringLiteral("Customer 10")}, {wanted.at(1), QStringLiteral("Customer 11")}});
        auto* dialog = window->findChild<ui::TakeOfflineDialog*>(QStringLiteral("takeOfflineDialog"));
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->keys(), wanted);
        connect(dialog, &ui::TakeOfflineDialog::finished, this, [&order](int available, int failed) {
            order << QStringLiteral("offline %1/%2").arg(available).arg(failed);
        });
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startButton"));
        QVERIFY(start != nullptr && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QCOMPARE(lane->holder(), QStringLiteral("offline"));

        // While it loads: a merge and a sync are asked for. Both wait; neither fails.
        Q_EMIT window->identityMergeRequested(south.at(0).party, south.at(1).party, QStringLiteral("same person"));
        Q_EMIT window->syncStatus()->syncRequested();
        QCOMPARE(lane->holder(), QStringLiteral("offline"));
        QVERIFY(!window->syncStatus()->isBusy());
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("The sync waits for another change to the local cache to finish…"));

        QTRY_VERIFY_WITH_TIMEOUT(order.contains(QStringLiteral("end sync")), 180000);
        order.removeIf([](const QString& e) { return e.endsWith(QStringLiteral("retention")); });
        QCOMPARE(order, (QStringList{QStringLiteral("start offline"), QStringLiteral("offline 2/0"),
                                     QStringLiteral("end offline"), QStringLiteral("start identity"),
                                     QStringLiteral("merged"), QStringLiteral("end identity"),
                                     QStringLiteral("start sync"), QStringLiteral("end sync")}));

        // Nothing lost: both customers offline with their history, the two customers one, the sync done.
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Now available offline: 2 customer(s)")),
                 qPrintable(dialog->resultText()));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE reason = 'offline'")), 2);
        QCOMPARE(cache.scalar(partiesOf), 1);
        QVERIFY(window->syncStatus()->lastSync() > before);
        auto truth = backend.scopedStats(QStringLiteral("territory=south&customers=") + wanted.join(u','));
        QVERIFY(truth.ok());
        QCOMPARE(cache.liveCounts(), *truth);
    }

    // A customers file and the retention-only keys (city, segment) next to it.
    void customersFileIsRead() {
        QTemporaryDir dir;
        QFile list(dir.filePath(QStringLiteral("mine.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# my customers\nCRM-000005\n\nwang@qq.com\n+8613800138000\n");
        list.close();
        auto scope = sync::SourcesFile::parseScope(R"({"customers_file": "mine.txt", "city": ["Shanghai"]})",
                                                   QStringLiteral("s.json"), dir.path());
        QVERIFY2(scope.ok(), qPrintable(scope.ok() ? QString() : scope.error().message));
        QCOMPARE(scope->customers, (QStringList{QStringLiteral("CRM-000005"), QStringLiteral("wang@qq.com"),
                                                QStringLiteral("+8613800138000")}));
        // City and segment alone are retention's scope: every customer is synced.
        auto retention = sync::SourcesFile::parseScope(R"({"city": ["Shanghai"]})", QStringLiteral("s.json"), {});
        QVERIFY(retention.ok());
        QVERIFY(retention->isEmpty());
    }

    // Take offline: customers outside the territory are read with their full history, the backend stops, their
    // timelines are still readable; they stay in the sync (a change made later arrives with the next sync).
    void takeOfflineThenReadWithoutTheBackend() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonObject scope{{QStringLiteral("territory"), QStringLiteral("north")}};
        const QString sources = scopedSources(backend, dir, scope, false, QStringLiteral("field.json"));
        TempCache cache;
        const SyncReport first = syncFile(cache, sources);
        QVERIFY2(first.ok(), qPrintable(dumpErrors(first)));
        const qint64 before = cache.scalar(QStringLiteral("SELECT count(*) FROM party"));

        // Three customers the territory may not hold, and one no source knows.
        const QStringList wanted{QStringLiteral("CRM-000002"), QStringLiteral("CRM-000003"),
                                 QStringLiteral("CRM-000004")};
        QFile list(dir.filePath(QStringLiteral("trip.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(wanted.join(QLatin1Char('\n')).toUtf8() + "\nnobody@nowhere.example\n");
        list.close();
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        const QStringList estimateArgs{
            QStringLiteral("c360"),   QStringLiteral("--customers"), list.fileName(), QStringLiteral("--estimate"),
            QStringLiteral("--json"), QStringLiteral("--db"),        cache.path()};
        QCOMPARE(app::runCliTakeOffline(estimateArgs, out, err), 0);
        out.flush();
        const QJsonObject estimate =
            QJsonDocument::fromJson(outText.toUtf8()).object().value(QStringLiteral("estimate")).toObject();
        QCOMPARE(estimate.value(QStringLiteral("customers")).toInt(), 4);
        QVERIFY2(estimate.value(QStringLiteral("records")).toInt() > 0, qPrintable(outText));
        QVERIFY(estimate.value(QStringLiteral("megabytes")).toDouble() > 0.0);

        outText.clear();
        const QStringList args{QStringLiteral("c360"),
                               QStringLiteral("--customers"),
                               list.fileName(),
                               QStringLiteral("--sources"),
                               sources,
                               QStringLiteral("--db"),
                               cache.path(),
                               QStringLiteral("--json"),
                               QStringLiteral("--quiet")};
        // One listed customer no source knows: exit 1, the others are taken offline.
        QCOMPARE(app::runCliTakeOffline(args, out, err), 1);
        out.flush();
        const QJsonObject result = QJsonDocument::fromJson(outText.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("available")).toInt(), 3);
        // Printed as the role may see it: no sign-in here, so an agent's view (app/CliPii.h).
        QCOMPARE(result.value(QStringLiteral("not_found")).toArray(),
                 QJsonArray{PiiMasker(AccessRole::Agent).email(QStringLiteral("nobody@nowhere.example"))});
        QVERIFY(!outText.contains(QStringLiteral("nobody@nowhere.example")));
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM party")) > before);

        // The cache now holds the territory plus the three customers, each with every record the backend has.
        auto truth = backend.scopedStats(QStringLiteral("territory=north&customers=") + wanted.join(u','));
        QVERIFY(truth.ok());
        QCOMPARE(cache.liveCounts(), *truth);
        auto kept = ScopeRepository(cache.db()).keptKeys();
        QVERIFY(kept.ok());
        QCOMPARE(*kept, wanted);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE party_id IS NOT NULL AND "
                                             "reason = 'offline'")),
                 3);

        // Later syncs keep them: a change to one of them arrives.
        auto changed = backend.mutate(QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("update"),
                                      QStringLiteral("CRM-000003"));
        QVERIFY(changed.ok());
        const SyncReport again = syncFile(cache, sources);
        QVERIFY2(again.ok(), qPrintable(dumpErrors(again)));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = 'CRM-000003' AND "
                                             "updated_at = %1")
                                  .arg(QDateTime::fromString(changed->value(QStringLiteral("updated_at")).toString(),
                                                             Qt::ISODateWithMs)
                                           .toMSecsSinceEpoch())),
                 1);

        // Without the backend, their full timelines are readable.
        backend.stop();
        for (const QJsonValue& c : result.value(QStringLiteral("customers")).toArray()) {
            const QJsonObject o = c.toObject();
            if (!o.value(QStringLiteral("available")).toBool()) {
                continue;
            }
            const qint64 party = o.value(QStringLiteral("party")).toInteger();
            TimelineRepository timeline(cache.db());
            TimelineFilter everything;
            everything.includeSystem = true; // the count take-offline reports includes system changes
            auto count = timeline.count(party, everything);
            QVERIFY(count.ok());
            QVERIFY(*count > 0);
            auto page = timeline.page(party, everything, std::nullopt, 500);
            QVERIFY(page.ok());
            QCOMPARE(qint64(page->size()), *count);
            // At least what take-offline reported (the later sync brought CRM-000003's change).
            QVERIFY2(*count >= qint64(o.value(QStringLiteral("events")).toInteger()),
                     qPrintable(QStringLiteral("%1: %2 events, %3 reported, party %4")
                                    .arg(o.value(QStringLiteral("key")).toString())
                                    .arg(*count)
                                    .arg(o.value(QStringLiteral("events")).toInteger())
                                    .arg(party)));
        }
    }

    // The dialog: an estimate before starting, then the customers loaded off the UI thread; with the servers
    // gone, it says so in plain words.
    void takeOfflineDialog() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonObject scope{{QStringLiteral("territory"), QStringLiteral("south")}};
        const QString sources = scopedSources(backend, dir, scope, false, QStringLiteral("dialog.json"));
        TempCache cache;
        const SyncReport first = syncFile(cache, sources);
        QVERIFY2(first.ok(), qPrintable(dumpErrors(first)));
        const QStringList wanted{QStringLiteral("CRM-000010"), QStringLiteral("CRM-000011")};

        ui::TakeOfflineDialog dialog(cache.path(), sources, wanted);
        QSignalSpy estimated(&dialog, &ui::TakeOfflineDialog::estimated);
        QSignalSpy finished(&dialog, &ui::TakeOfflineDialog::finished);
        dialog.show();
        QVERIFY(estimated.wait(10000));
        const QString estimate = estimated.last().at(0).toString();
        QVERIFY2(estimate.contains(QStringLiteral("2 customer(s)")) && estimate.contains(QStringLiteral("MB")),
                 qPrintable(estimate));
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startButton"));
        QVERIFY(start != nullptr && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning()); // the window stays responsive: the load runs on a worker thread
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).toInt(), 2);
        QCOMPARE(finished.last().at(1).toInt(), 0);
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Now available offline: 2 customer(s)")),
                 qPrintable(dialog.resultText()));
        auto truth = backend.scopedStats(QStringLiteral("territory=south&customers=") + wanted.join(u','));
        QVERIFY(truth.ok());
        QCOMPARE(cache.liveCounts(), *truth);

        // Servers gone: a plain message, nothing kept.
        backend.stop();
        auto* list = dialog.findChild<QPlainTextEdit*>(QStringLiteral("customerList"));
        QVERIFY(list != nullptr);
        QTRY_VERIFY(!dialog.isRunning());
        list->setPlainText(QStringLiteral("CRM-000012"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("cannot be reached (offline)")),
                 qPrintable(dialog.resultText()));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE key = 'CRM-000012'")), 0);
    }

    // Opening a customer the scoped cache does not hold (a screen pop's number) reads their history on demand and
    // keeps them as "opened", which retention may later let go.
    void openedCustomerIsFetchedAndKept() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        const QJsonObject scope{{QStringLiteral("owner"), QStringLiteral("Anna Li")}};
        const QString sources = scopedSources(backend, dir, scope, true, QStringLiteral("agent.json"));
        TempCache cache;
        const SyncReport first = syncFile(cache, sources);
        QVERIFY2(first.ok(), qPrintable(dumpErrors(first)));
        // Person #1's e-mail (CRM-000001 is owned by Lucy Zhao, not Anna Li).
        const qint64 before =
            cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = 'CRM-000001'"));
        QCOMPARE(before, 0);
        auto loaded = sync::SourcesFile::load(sources);
        QVERIFY(loaded.ok());
        sync::CustomerFetch fetch(cache.db());
        auto report = fetch.run(*loaded, {QStringLiteral("CRM-000001")}, QStringLiteral("opened"), fastRetries());
        QVERIFY(report.ok());
        QVERIFY2(report->sync.ok(), qPrintable(dumpErrors(report->sync)));
        QCOMPARE(report->available(), 1);
        QVERIFY(report->customers.first().events > 5);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE reason = 'opened'")), 1);
        // The next scoped sync asks for it too: its orders are all there (person #1 has three).
        const SyncReport again = syncFile(cache, sources);
        QVERIFY2(again.ok(), qPrintable(dumpErrors(again)));
        const qint64 party = report->customers.first().party.value();
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM party_link WHERE party_id = %1 AND entity = "
                                            "'order'")
                                 .arg(party)) >= 3);

        // Retention: an opened customer out of scope whom nobody opened for retention_days leaves the cache and
        // the sync; the scope's own customers stay.
        QJsonObject doc = readJson(sources);
        doc.insert(QStringLiteral("retention_days"), 30);
        QVERIFY(writeJson(sources, doc));
        auto policy = app::Retention::fromSourcesFile(sources);
        QVERIFY(policy.ok() && policy->has_value());
        QVERIFY((*policy)->syncScoped);
        const qint64 parties = cache.scalar(QStringLiteral("SELECT count(*) FROM party"));
        auto purged = app::Retention::apply(cache.path(), **policy, QDateTime::currentDateTimeUtc().addDays(60));
        QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().message));
        QCOMPARE(purged->purged, 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM party")), parties - 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM party WHERE id = %1").arg(party)), 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer")), 0);
    }

    // A screen pop of a caller the scoped cache does not hold: the window loads them from the sources off the UI
    // thread and opens them; they are kept as "opened".
    void screenPopOfAnUnknownCallerLoadsThem() {
        BackendProcess backend;
        QVERIFY2(backend.start().ok(), "backend did not start");
        QTemporaryDir dir;
        // Person #1 (CRM-000001) is in the north: a field user of the east does not carry them.
        const QJsonObject scope{{QStringLiteral("territory"), QStringLiteral("east")}};
        const QString sources = scopedSources(backend, dir, scope, false, QStringLiteral("east.json"));
        QString phone;
        {
            TempCache everything(QStringLiteral("everything"));
            QVERIFY(syncFile(everything, backend.sourcesFile()).ok());
            QSqlQuery q(everything.db());
            QVERIFY(q.exec(QStringLiteral("SELECT p.primary_phone FROM party p JOIN party_link pl ON pl.party_id = "
                                          "p.id JOIN source_record sr ON sr.id = pl.record_id WHERE sr.source_id = "
                                          "'CRM-000001'")));
            QVERIFY(q.next());
            phone = q.value(0).toString();
        }
        QVERIFY(phone.startsWith(u'+'));
        TempCache cache;
        QVERIFY(syncFile(cache, sources).ok());
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = 'CRM-000001'")), 0);

        app::GuiOptions gui;
        gui.dbPath = cache.path();
        gui.sourcesPath = sources;
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        app::Application application(gui);
        QVERIFY(application.start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(application.window()));
        QCOMPARE(application.window()->currentParty(), 0);
        QProcess pop;
        QSignalSpy popped(&pop, &QProcess::finished);
        pop.start(BackendProcess::binDir() + QStringLiteral("/c360"),
                  {QStringLiteral("pop"), QStringLiteral("--ani"), phone, QStringLiteral("--call-id"),
                   QStringLiteral("SCOPE-1")});
        QVERIFY(popped.wait(30000));
        QCOMPARE(pop.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(application.window()->currentParty() > 0, 30000);
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM source_record WHERE source_id = 'CRM-000001'")) == 1);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM scope_customer WHERE reason = 'opened'")), 1);
        QVERIFY(cache.scalar(QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = %1")
                                 .arg(application.window()->currentParty())) > 5);
    }
};

QTEST_MAIN(TestSyncScope)
#include "TestSyncScope.moc"

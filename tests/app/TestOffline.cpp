// Field staff offline, end to end with the real reference backend over loopback and the real
// window (offscreen): the backend stops → the status bar and the banner say "Offline — showing
// cached data" within 10 s, by themselves (no Sync now); 100 notes across 10 customers are written
// through the window while offline; the backend restarts on the same port → "Online" within 10 s,
// the outbox is pushed first (each write applied exactly once, in order per customer, as the
// backend records them) and a sync pulls after it.
#include "app/Application.h"
#include "app/IdentityWorker.h"
#include "models/IdentityQueries.h"
#include "sync/CurlHttpClient.h"
#include "sync/OutboxStore.h"
#include "tests/support/BackendProcess.h"
#include "ui/CustomerHeader.h"
#include "ui/MainWindow.h"
#include "ui/NoteDialog.h"
#include "ui/OfflineBanner.h"
#include "ui/SyncStatusWidget.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

using namespace c360;
using Connectivity = ui::SyncStatusWidget::Connectivity;

namespace {

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Waits on the status widget's signal (no sleeping) until `wanted`; the elapsed ms, or -1.
qint64 waitFor(ui::SyncStatusWidget* status, Connectivity wanted, int timeoutMs) {
    QSignalSpy changed(status, &ui::SyncStatusWidget::connectivityChanged);
    QElapsedTimer clock;
    clock.start();
    while (status->connectivity() != wanted) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            return -1;
        }
        changed.wait(int(left));
    }
    return clock.elapsed();
}

Result<QJsonObject> appliedOutbox(testing::BackendProcess& backend) {
    sync::CurlHttpClient http;
    sync::HttpRequest r;
    r.url = backend.baseUrl() + QStringLiteral("/admin/outbox");
    r.headers = {{"Authorization", "Bearer " + backend.token().toUtf8()}};
    auto response = http.send(r);
    if (!response) {
        return response.error();
    }
    return QJsonDocument::fromJson(response->body).object();
}

} // namespace

class TestOffline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::BackendProcess> m_backend; // running again after the first test
    QString m_sources;

    testing::BackendProcess::Options backendOptions(quint16 port) const {
        testing::BackendProcess::Options options;
        options.customers = 40;
        options.seed = 12;
        options.extraArgs = {QStringLiteral("--port"), QString::number(port)};
        return options;
    }

    QList<qint64> partiesWithEmail(const QString& dbPath, int n) {
        QList<qint64> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(dbPath);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT DISTINCT party_id FROM party_key WHERE kind = 'email' ORDER BY party_id "
                                      "LIMIT %1")
                           .arg(n));
                while (q.next()) {
                    out << q.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offlineWritesArriveOnceInOrderAndTheStatusFollows() {
        const quint16 port = freePort();
        auto& backend = m_backend;
        backend = std::make_unique<testing::BackendProcess>(backendOptions(port));
        const Status started = backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        const QString sources = m_dir.filePath(QStringLiteral("sources.json"));
        QVERIFY(QFile::copy(backend->sourcesFile(), sources));
        m_sources = sources;

        app::GuiOptions options;
        options.dbPath = m_dir.filePath(QStringLiteral("cache.db"));
        options.sourcesPath = sources;
        options.syncIntervalMinutes = 0; // only the connection check notices: no timer sync helps
        options.singleInstance = false;
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        ui::SyncStatusWidget* status = window->syncStatus();
        ui::OfflineBanner* banner = window->offlineBanner();
        // The first sync (at start) fills the cache.
        QTRY_VERIFY_WITH_TIMEOUT(status->lastSync().isValid() && !status->isBusy(), 60000);
        QCOMPARE(status->connectivity(), Connectivity::Online);
        QVERIFY(banner->isHidden());
        const QDateTime firstSync = status->lastSync();
        QVERIFY(firstSync.isValid());
        const QList<qint64> parties = partiesWithEmail(options.dbPath, 10);
        QCOMPARE(parties.size(), 10);

        // The backend dies. Nobody presses Sync now: the workstation notices by itself.
        backend->stop();
        const qint64 toOffline = waitFor(status, Connectivity::Offline, 10000);
        qInfo("offline detected %lld ms after the backend stopped", toOffline);
        QVERIFY2(toOffline >= 0, qPrintable(status->stateText()));
        QCOMPARE(status->stateText(), QStringLiteral("Offline — showing cached data"));
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — showing cached data, last synced ")),
                 qPrintable(banner->text()));

        // 100 notes across 10 customers, through the window (the note dialog's path), offline.
        for (int i = 0; i < 100; ++i) {
            const qint64 party = parties.at(i % parties.size());
            if (window->currentParty() != party) {
                QVERIFY(window->openParty(party));
            }
            Q_EMIT window->noteDialog()->saved(QStringLiteral("Offline note %1").arg(i), false);
        }
        auto outbox =
            sync::OutboxStore::open(m_dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("peek-outbox"));
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->counts()->pending, 100);
        QCOMPARE(status->connectivity(), Connectivity::Offline); // the failed pushes did not flip it back

        // The backend comes back on the same port: back online by itself, push first, then pull.
        backend = std::make_unique<testing::BackendProcess>(backendOptions(port));
        QVERIFY(backend->start().ok());
        const qint64 toOnline = waitFor(status, Connectivity::Online, 10000);
        qInfo("online detected %lld ms after the backend restarted", toOnline);
        QVERIFY2(toOnline >= 0, qPrintable(status->stateText()));
        QVERIFY(banner->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(outbox->counts()->sent, qint64(100), 30000);
        QCOMPARE(outbox->counts()->pending, 0);
        QCOMPARE(outbox->counts()->failed, 0);
        // ... then the sync pulled.
        QTRY_VERIFY_WITH_TIMEOUT(status->lastSync() > firstSync, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isBusy(), 60000);
        QCOMPARE(status->connectivity(), Connectivity::Online);

        // On the backend: each write applied exactly once, in the order written per customer.
        auto state = appliedOutbox(*backend);
        QVERIFY(state.ok());
        QCOMPARE(state->value(QStringLiteral("applied")).toInteger(), 100);
        auto items = outbox->list({}, 500);
        QVERIFY(items.ok());
        QMap<QString, QStringList> expected; // customer -> keys, oldest first
        for (auto it = items->crbegin(); it != items->crend(); ++it) {
            const QString customer =
                QJsonDocument::fromJson(it->payload).object().value(QStringLiteral("customer")).toString();
            expected[customer].append(it->idempotencyKey);
        }
        QCOMPARE(expected.size(), 10);
        const QJsonObject customers = state->value(QStringLiteral("customers")).toObject();
        QCOMPARE(customers.size(), 10);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QStringList got;
            for (const QJsonValue& v : customers.value(it.key()).toArray()) {
                got.append(v.toString());
            }
            QCOMPARE(got, it.value());
        }
        qInfo("100 offline writes: %lld applied, %d customers in order",
              qint64(state->value(QStringLiteral("applied")).toInteger()), int(customers.size()));
    }

    // A merge/split and a sync both write the cache: a sync asked for while a split is queued
    // waits for it, says so, and starts by itself once the split is stored.
    void aSyncWaitsForASplitAndSaysSo() {
        QVERIFY(m_backend && m_backend->isRunning());
        app::GuiOptions options;
        options.dbPath = m_dir.filePath(QStringLiteral("cache.db"));
        options.sourcesPath = m_sources;
        options.syncOnStart = false;
        options.syncIntervalMinutes = 0;
        options.singleInstance = false;
        options.role = QStringLiteral("supervisor");
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        ui::SyncStatusWidget* status = window->syncStatus();
        const QDateTime before = status->lastSync();
        QVERIFY(before.isValid());
        qint64 victim = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("victim"));
            db.setDatabaseName(options.dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT l.record_id FROM party_link l JOIN source_record r ON r.id = "
                                          "l.record_id WHERE r.source <> 'crm' AND l.party_id IN (SELECT party_id "
                                          "FROM party_link GROUP BY party_id HAVING count(*) > 1) LIMIT 1")));
            QVERIFY(q.next());
            victim = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("victim"));
        QVERIFY(victim > 0);
        QSignalSpy decided(workstation.findChild<app::IdentityWorker*>(), &app::IdentityWorker::decided);
        Q_EMIT window->identitySplitRequested(victim);
        Q_EMIT status->syncRequested();
        QVERIFY(!status->isBusy()); // not beside the split
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("The sync waits for the merge or split to finish…"));
        QVERIFY(decided.wait(30000));
        QVERIFY2(decided.first().first().toBool(), qPrintable(decided.first().at(1).toString()));
        // The split is stored; the sync that waited runs now, by itself.
        QTRY_VERIFY_WITH_TIMEOUT(status->lastSync() > before && !status->isBusy(), 60000);
    }
};

QTEST_MAIN(TestOffline)
#include "TestOffline.moc"

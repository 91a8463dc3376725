// The outbox: agent writes kept in their own SQLite file (synchronous=FULL) and pushed with an
// Idempotency-Key to the reference backend, which applies each key once. Offline writes arrive
// exactly once and in order per customer when the backend comes up; lost answers and kill -9
// during a push do not duplicate anything; rejections keep the backend's reason; deleting the
// cache leaves the outbox intact.

#include "models/Database.h"
#include "sync/OutboxController.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "tests/support/BackendProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

RetryPolicy::Options fastRetry() {
    return {8, 5ms, 50ms, 2s};
}

OutboxPusher::Target target(const QString& baseUrl, const QString& token) {
    SourceAuth auth;
    auth.type = QStringLiteral("bearer");
    auth.secret = token;
    return {baseUrl, auth};
}

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray note(const QString& customer, int seq) {
    return QJsonDocument(QJsonObject{{QStringLiteral("customer"), customer},
                                     {QStringLiteral("seq"), seq},
                                     {QStringLiteral("text"), QStringLiteral("Called about order, note %1").arg(seq)}})
        .toJson(QJsonDocument::Compact);
}

// Enqueues n notes for `customers` customers, written over the last hour (oldest first).
QList<OutboxItem> writeNotes(OutboxStore& store, int n, int customers) {
    QList<OutboxItem> items;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < n; ++i) {
        const QString customer = QStringLiteral("email:customer%1@example.com").arg(i % customers);
        auto item = store.enqueue(QStringLiteral("note"), customer, 0, note(customer, i), start.addSecs(i * 3600 / n));
        if (!item) {
            qWarning() << item.error().message << item.error().detail;
            return {};
        }
        items.append(*item);
    }
    return items;
}

Result<QJsonObject> applied(BackendProcess& backend) {
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

// Every item's key applied exactly once, and per customer in the order written.
void verifyExactlyOnceInOrder(const QJsonObject& state, const QList<OutboxItem>& items) {
    QCOMPARE(state.value(QStringLiteral("applied")).toInteger(), qint64(items.size()));
    QMap<QString, QStringList> expected;
    for (const OutboxItem& i : items) {
        expected[i.customerKey].append(i.idempotencyKey);
    }
    const QJsonObject customers = state.value(QStringLiteral("customers")).toObject();
    QCOMPARE(customers.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QStringList got;
        for (const QJsonValue& v : customers.value(it.key()).toArray()) {
            got.append(v.toString());
        }
        QCOMPARE(got, it.value());
    }
}

bool pushUntilEmpty(OutboxPusher& pusher, OutboxStore& store) {
    pusher.pushDue();
    auto counts = store.counts();
    return counts && counts->pending == 0;
}

} // namespace

class TestOutbox final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void outboxIsItsOwnDurableFile() {
        QTemporaryDir dir;
        {
            auto cache = Database::open(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("cache"));
            QVERIFY(cache.ok());
            auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("outbox"));
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message + store.error().detail));
            QSqlQuery q(store->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), OutboxStore::kSchemaVersion);
            QCOMPARE(writeNotes(*store, 5, 2).size(), 5);
        }
        // The cache is deleted (reset, or rebuilt from the backends): the outbox does not care.
        for (const QString& f :
             {QStringLiteral("cache.db"), QStringLiteral("cache.db-wal"), QStringLiteral("cache.db-shm")}) {
            QFile::remove(dir.filePath(f));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cache.db"))));
        auto reopened = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("outbox2"));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->counts()->pending, 5);
        auto items = reopened->list();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 5);
        QVERIFY(QJsonDocument::fromJson(items->first().payload).object().contains(QStringLiteral("customer")));
        QCOMPARE(items->first().idempotencyKey.size(), 36);
    }

    // Step 3 (edit conflicts): a v2 file keeps its rows, ids and keys; the states conflict and discarded
    // exist afterwards, others are still refused; markConflict / keepMine / discard move only from conflict.
    void outboxStep3KeepsRowsAndAddsConflicts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2-outbox.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char* sql :
                 {"CREATE TABLE outbox(id INTEGER PRIMARY KEY, party_id INTEGER, kind TEXT NOT NULL, payload TEXT "
                  "NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'pending' CHECK "
                  "(state IN ('pending', 'sent', 'failed')), attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
                  "created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, customer_key TEXT NOT NULL DEFAULT "
                  "'', http_status INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0)",
                  "CREATE INDEX outbox_state ON outbox(state, id)",
                  "CREATE INDEX outbox_customer ON outbox(customer_key, id)",
                  "ALTER TABLE outbox ADD COLUMN result_ref TEXT",
                  "INSERT INTO outbox(id, party_id, kind, payload, idempotency_key, state, created_ms, updated_ms, "
                  "customer_key, result_ref) VALUES (7, 1, 'note', '{\"text\":\"hi\"}', 'k7', 'sent', 1, 2, "
                  "'email:a@b.c', 'helpdesk/comments/1')",
                  "INSERT INTO outbox(id, party_id, kind, payload, idempotency_key, created_ms, updated_ms, "
                  "customer_key) VALUES (9, 1, 'order_address', '{\"order_number\":\"100002\"}', 'k9', 3, 4, "
                  "'email:a@b.c')",
                  "PRAGMA user_version = 2"}) {
                QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        auto store = OutboxStore::open(path, QStringLiteral("v2-to-v3"));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message + store.error().detail));
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        auto sent = store->item(7);
        QVERIFY(sent.ok() && sent->has_value());
        QCOMPARE((**sent).state, QStringLiteral("sent"));
        QCOMPARE((**sent).idempotencyKey, QStringLiteral("k7"));
        QCOMPARE((**sent).resultRef, QStringLiteral("helpdesk/comments/1"));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'lost' WHERE id = 9")));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'outbox_%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        QVERIFY(!store->keepMine(9, "{}").ok()); // pending, not in conflict
        QVERIFY(store->markConflict(9, 409, QStringLiteral("changed"), R"({"version":"v2","fields":{}})").ok());
        auto conflicted = store->item(9);
        QCOMPARE((**conflicted).state, QStringLiteral("conflict"));
        QCOMPARE(QJsonDocument::fromJson((**conflicted).serverVersion).object().value(QStringLiteral("version")),
                 QJsonValue(QStringLiteral("v2")));
        QCOMPARE(store->counts()->conflict, 1);
        QVERIFY(store->due(QDateTime::currentDateTimeUtc().addDays(1))->isEmpty()); // never retried by itself
        QVERIFY(store->keepMine(9, R"({"order_number":"100002","base_version":"v2"})").ok());
        auto again = store->item(9);
        QCOMPARE((**again).state, QStringLiteral("pending"));
        QVERIFY((**again).idempotencyKey != QStringLiteral("k9"));
        QVERIFY((**again).serverVersion.isEmpty());
        QVERIFY(store->markConflict(9, 409, QStringLiteral("changed again"), R"({"version":"v3"})").ok());
        QVERIFY(store->discard(9).ok());
        QCOMPARE((**store->item(9)).state, QStringLiteral("discarded"));
        QVERIFY(!store->discard(9).ok()); // resolved already
        QCOMPARE(store->counts()->discarded, 1);
        QCOMPARE(store->counts()->conflict, 0);
    }

    // The outbox has one schema, sync::OutboxStore's (moved here from models' unused copy): a new
    // file is brought to the latest version with its constraints, a file from a newer C360 is
    // refused before a byte of it changes, and models/Database will not open an outbox without
    // its owner's version.
    void outboxSchemaFromEveryVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.db"));
        {
            auto store = OutboxStore::open(path, QStringLiteral("schema"));
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message + store.error().detail));
            QSqlQuery q(store->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), OutboxStore::kSchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            const QString insert = QStringLiteral("INSERT INTO outbox(party_id, kind, payload, idempotency_key, "
                                                  "created_ms, updated_ms) VALUES(1, 'note', '{}', 'k1', 0, 0)");
            QVERIFY(q.exec(insert));
            QVERIFY(!q.exec(insert));                                             // the idempotency key is unique
            QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'lost'"))); // states are checked
            QVERIFY(q.exec(QStringLiteral("SELECT state, customer_key, next_attempt_ms FROM outbox")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
            QCOMPARE(q.value(1).toString(), QString());
            QCOMPARE(q.value(2).toLongLong(), 0);
        }
        // Opened again: nothing to migrate, the row is still there.
        {
            auto again = OutboxStore::open(path, QStringLiteral("schema-again"));
            QVERIFY(again.ok());
            QCOMPARE(again->counts()->pending, 1);
        }
        // models/Database alone does not know the outbox's schema and says so.
        {
            Database::Options options;
            options.kind = Database::Kind::Outbox;
            options.migrate = false;
            QVERIFY(!Database::open(path, QStringLiteral("no-owner"), options).ok());
        }
        // A newer outbox: refused with a message, not a byte changed (no WAL switch either).
        const QString newer = dir.filePath(QStringLiteral("newer-outbox.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(newer);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(OutboxStore::kSchemaVersion + 1)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto bytes = [&newer] {
            QFile f(newer);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        auto refused = OutboxStore::open(newer, QStringLiteral("newer"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer C360")), qPrintable(refused.error().message));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("newer")));
        QCOMPARE(bytes(), before);
        QVERIFY(!QFile::exists(newer + QStringLiteral("-wal")));
    }

    void offlineHourOfWritesArrivesExactlyOnce() {
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("offline"));
        QVERIFY(store.ok());
        const QList<OutboxItem> items = writeNotes(*store, 120, 25);
        QCOMPARE(items.size(), 120);

        const quint16 port = freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        OutboxPusher pusher(*store, target(url, QStringLiteral("c360-demo-token")), {}, fastRetry());
        const PushReport offline = pusher.pushDue();
        QVERIFY(offline.offline);
        QCOMPARE(offline.sent, 0);
        QCOMPARE(store->counts()->pending, 120);

        BackendProcess::Options options;
        options.customers = 10;
        options.extraArgs = {QStringLiteral("--port"), QString::number(port)};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QCOMPARE(backend.baseUrl(), url);
        QTRY_VERIFY_WITH_TIMEOUT(pushUntilEmpty(pusher, *store), 30000);
        QCOMPARE(store->counts()->sent, 120);
        auto state = applied(backend);
        QVERIFY(state.ok());
        verifyExactlyOnceInOrder(*state, items);
    }

    void lostAnswersAreReplayedNotReapplied() {
        BackendProcess::Options options;
        options.customers = 10;
        // 500 and reset are decided after the write was applied: the answer is lost, the write is not.
        options.extraArgs = {QStringLiteral("--fault-rate"), QStringLiteral("0.3"), QStringLiteral("--faults"),
                             QStringLiteral("500,503,reset,429,html")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("faults"));
        QVERIFY(store.ok());
        const QList<OutboxItem> items = writeNotes(*store, 60, 7);
        OutboxPusher pusher(*store, target(backend.baseUrl(), backend.token()), {}, fastRetry());
        QTRY_VERIFY_WITH_TIMEOUT(pushUntilEmpty(pusher, *store), 60000);
        QCOMPARE(store->counts()->sent, 60);
        auto state = applied(backend);
        QVERIFY(state.ok());
        verifyExactlyOnceInOrder(*state, items);
        qInfo().noquote() << QStringLiteral("RESULT outbox faults: requests=%1 replayed=%2 applied=%3 injected=%4")
                                 .arg(state->value(QStringLiteral("requests")).toInteger())
                                 .arg(state->value(QStringLiteral("replayed")).toInteger())
                                 .arg(state->value(QStringLiteral("applied")).toInteger())
                                 .arg(*backend.injectedFaults());
        QVERIFY(state->value(QStringLiteral("replayed")).toInteger() > 0);
    }

    void killDuringPushStillExactlyOnce() {
        BackendProcess::Options options;
        options.customers = 10;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.db"));
        QList<OutboxItem> items;
        {
            auto store = OutboxStore::open(path, QStringLiteral("kill-writer"));
            QVERIFY(store.ok());
            items = writeNotes(*store, 400, 40);
            QCOMPARE(items.size(), 400);
        }
        const QString driver = BackendProcess::binDir() + QStringLiteral("/c360-sync-driver");
        const QStringList args{QStringLiteral("--outbox"), path,           QStringLiteral("--push"), backend.baseUrl(),
                               QStringLiteral("--token"),  backend.token()};
        bool fixed = false;
        const quint32 envSeed = qEnvironmentVariable("C360_TEST_SEED").toUInt(&fixed);
        const quint32 seed = fixed ? envSeed : QRandomGenerator::global()->generate();
        qInfo() << "random seed" << seed;
        QRandomGenerator random(seed);
        const auto appliedCount = [&] {
            auto s = applied(backend);
            return s ? s->value(QStringLiteral("applied")).toInteger() : -1;
        };
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            const qint64 target = appliedCount() + random.bounded(5, 40);
            QProcess push;
            push.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            push.start(driver, args);
            QVERIFY(push.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(appliedCount() >= target || push.state() == QProcess::NotRunning, 30000);
            if (push.state() == QProcess::NotRunning) {
                break;
            }
            push.kill(); // SIGKILL: possibly between the POST and marking the item sent
            QVERIFY(push.waitForFinished(10000));
            ++kills;
        }
        QVERIFY2(kills >= 3, "the push finished before it could be killed three times");
        QProcess last;
        last.start(driver, args);
        QVERIFY(last.waitForFinished(60000));
        QCOMPARE(last.exitCode(), 0);
        auto state = applied(backend);
        QVERIFY(state.ok());
        verifyExactlyOnceInOrder(*state, items);
        auto store = OutboxStore::open(path, QStringLiteral("kill-reader"));
        QVERIFY(store.ok());
        QCOMPARE(store->counts()->sent, 400);
        qInfo().noquote() << QStringLiteral("RESULT outbox kill-9 x%1: requests=%2 replayed=%3 applied=%4")
                                 .arg(kills)
                                 .arg(state->value(QStringLiteral("requests")).toInteger())
                                 .arg(state->value(QStringLiteral("replayed")).toInteger())
                                 .arg(state->value(QStringLiteral("applied")).toInteger());
    }

    void rejectionsKeepTheBackendsReason() {
        BackendProcess::Options options;
        options.customers = 30;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("reject"));
        QVERIFY(store.ok());
        const QString customer = QStringLiteral("email:a@example.com");
        const auto body = [&](const QString& order) {
            return QJsonDocument(QJsonObject{{QStringLiteral("customer"), customer},
                                             {QStringLiteral("order_number"), order},
                                             {QStringLiteral("reason"), QStringLiteral("customer request")}})
                .toJson(QJsonDocument::Compact);
        };
        auto missing = store->enqueue(QStringLiteral("order_cancel"), customer, 0, body(QStringLiteral("999999")));
        auto noCustomer = store->enqueue(QStringLiteral("note"), customer, 0, QByteArray("{\"text\":\"x\"}"));
        auto fine = store->enqueue(QStringLiteral("wrap_up"), customer, 0,
                                   QJsonDocument(QJsonObject{{QStringLiteral("customer"), customer},
                                                             {QStringLiteral("outcome"), QStringLiteral("resolved")}})
                                       .toJson(QJsonDocument::Compact));
        QVERIFY(missing.ok() && noCustomer.ok() && fine.ok());
        OutboxPusher pusher(*store, target(backend.baseUrl(), backend.token()), {}, fastRetry());
        const PushReport report = pusher.pushDue();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.rejected, 2);
        auto failed = store->item(missing->id);
        QVERIFY(failed.ok() && failed->has_value());
        QCOMPARE((*failed)->state, QStringLiteral("failed"));
        QCOMPARE((*failed)->httpStatus, 404);
        QVERIFY2((*failed)->lastError.contains(QLatin1String("order 999999 does not exist")),
                 qPrintable((*failed)->lastError));
        QVERIFY((*store->item(noCustomer->id))->lastError.contains(QLatin1String("customer")));

        // The agent retries: same key, so the backend answers as before and applies nothing new.
        QVERIFY(store->retry(missing->id).ok());
        QCOMPARE((*store->item(missing->id))->state, QStringLiteral("pending"));
        const PushReport again = pusher.pushDue();
        QCOMPARE(again.rejected, 1);
        auto state = applied(backend);
        QCOMPARE(state->value(QStringLiteral("applied")).toInteger(), 1);
        QCOMPARE(state->value(QStringLiteral("replayed")).toInteger(), 1);
    }

    void controllerEnqueuesAndPushesOnItsThread() {
        BackendProcess::Options options;
        options.customers = 5;
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QTemporaryDir dir;
        OutboxController controller(dir.filePath(QStringLiteral("outbox.db")),
                                    target(backend.baseUrl(), backend.token()));
        controller.setRetryOptions(fastRetry());
        QSignalSpy enqueued(&controller, &OutboxController::enqueued);
        QSignalSpy pushed(&controller, &OutboxController::pushed);
        controller.start();
        controller.enqueue(QStringLiteral("note"), QStringLiteral("email:z@example.com"), 7,
                           note(QStringLiteral("email:z@example.com"), 1));
        QVERIFY(enqueued.wait(10000));
        const auto item = enqueued.first().first().value<OutboxItem>();
        QCOMPARE(item.partyId, 7);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(pushed.cbegin(), pushed.cend(),
                        [](const QList<QVariant>& args) { return args.first().value<PushReport>().sent == 1; }),
            10000);
        auto state = applied(backend);
        QCOMPARE(state->value(QStringLiteral("applied")).toInteger(), 1);
    }

    void transientFailureHoldsTheCustomersLaterItems() {
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("order"));
        QVERIFY(store.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto a1 = store->enqueue(QStringLiteral("note"), QStringLiteral("a"), 0, note(QStringLiteral("a"), 1), now);
        auto b1 = store->enqueue(QStringLiteral("note"), QStringLiteral("b"), 0, note(QStringLiteral("b"), 1), now);
        auto a2 = store->enqueue(QStringLiteral("note"), QStringLiteral("a"), 0, note(QStringLiteral("a"), 2), now);
        QVERIFY(a1.ok() && b1.ok() && a2.ok());
        QVERIFY(store->markRetry(a1->id, QStringLiteral("HTTP 503"), now.addSecs(60)).ok());
        auto due = store->due(now);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1); // b1 only: a2 waits behind a1
        QCOMPARE(due->first().id, b1->id);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"

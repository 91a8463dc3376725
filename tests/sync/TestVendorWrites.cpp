// Agent writes through the vendors' own APIs (the shipped manifests' write actions) against the
// reference backend's vendor flavors over real loopback HTTP: every write kind a vendor declares is
// applied exactly once while the backend loses answers after applying them (reset, 500, cut
// bodies), refusals carry the vendor's own words (a fulfilled Shopify order cannot be cancelled:
// 422), and a source without a credential sends nothing.

#include "sync/CurlHttpClient.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "sync/SourcesFile.h"
#include "sync/WriteActions.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kCustomers = 60;
constexpr quint64 kSeed = 8;

RetryPolicy::Options fastRetry() {
    return {8, 5ms, 40ms, 1s};
}

Result<QJsonObject> getJson(const QString& url, const QString& token) {
    CurlHttpClient http;
    HttpRequest r;
    r.url = url;
    r.headers = {{"Authorization", "Bearer " + token.toUtf8()}};
    auto response = http.send(r);
    if (!response) {
        return response.error();
    }
    if (response->status != 200) {
        return Error{QStringLiteral("HTTP %1 from %2").arg(response->status).arg(url),
                     QString::fromUtf8(response->body)};
    }
    return QJsonDocument::fromJson(response->body).object();
}

// The generated world as the reference API serves it (same seed and size as the vendor backend).
struct World {
    QList<QJsonObject> customers;
    QList<QJsonObject> orders;
    QList<QJsonObject> tickets;
};

Result<World> readWorld() {
    BackendProcess::Options options;
    options.customers = kCustomers;
    options.seed = kSeed;
    BackendProcess reference(options);
    if (Status s = reference.start(); !s) {
        return s.error();
    }
    World w;
    const QList<QPair<QString, QList<QJsonObject>*>> streams{{QStringLiteral("/crm/v1/customers"), &w.customers},
                                                             {QStringLiteral("/shop/v1/orders"), &w.orders},
                                                             {QStringLiteral("/helpdesk/v1/tickets"), &w.tickets}};
    for (const auto& [path, out] : streams) {
        auto page = getJson(reference.baseUrl() + path + QStringLiteral("?limit=1000"), reference.token());
        if (!page) {
            return page.error();
        }
        for (const QJsonValue& v : page->value(QStringLiteral("data")).toArray()) {
            if (!v.toObject().value(QStringLiteral("deleted")).toBool()) {
                out->append(v.toObject());
            }
        }
    }
    return w;
}

struct Planned {
    QString kind;
    QString customer;
    QJsonObject payload;
    QString rejection; // expected words of the vendor's refusal; empty: applied
};

QByteArray body(QJsonObject payload, const QString& customer) {
    payload.insert(QStringLiteral("customer"), customer);
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString emailKey(const QJsonObject& record, const char* field = "email") {
    const QString e = record.value(QLatin1String(field)).toString().trimmed().toLower();
    return e.isEmpty() ? QString() : QStringLiteral("email:") + e;
}

QJsonObject wrapUp(int i) {
    return {{QStringLiteral("ani"), QStringLiteral("+8613800000%1").arg(i, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("call_id"), QStringLiteral("call-%1").arg(i)},
            {QStringLiteral("queue"), QStringLiteral("orders")},
            {QStringLiteral("reason"), QStringLiteral("delivery")},
            {QStringLiteral("disposition"), QStringLiteral("resolved")},
            {QStringLiteral("notes"), QStringLiteral("Explained the delivery date")},
            {QStringLiteral("duration_seconds"), 120 + i}};
}

// What each flavor is asked to do, from the world's data.
QList<Planned> plan(const QString& flavor, const World& w) {
    QList<Planned> out;
    QStringList emails;
    for (const QJsonObject& c : w.customers) {
        const QString key = emailKey(c);
        if (!key.isEmpty() && !emails.contains(key)) {
            emails << key;
        }
    }
    const auto status = [](const QJsonObject& o) { return o.value(QStringLiteral("status")).toString(); };
    const auto number = [](const QJsonObject& o) { return o.value(QStringLiteral("order_number")).toString(); };
    const auto orderCustomer = [&](const QJsonObject& o) {
        const QString key = emailKey(o.value(QStringLiteral("customer")).toObject());
        return key.isEmpty() ? QStringLiteral("order:") + number(o) : key;
    };
    if (flavor == QLatin1String("zendesk")) {
        QStringList withTickets;
        for (const QJsonObject& t : w.tickets) {
            const QString key = emailKey(t.value(QStringLiteral("requester")).toObject());
            if (!key.isEmpty() && status(t) != QLatin1String("closed") && !withTickets.contains(key)) {
                withTickets << key;
            }
        }
        for (const QString& key : withTickets.mid(0, 8)) {
            out.append({QStringLiteral("note"),
                        key,
                        {{QStringLiteral("text"), QStringLiteral("Called about %1").arg(key)}},
                        {}});
        }
        for (const QString& key : emails.mid(0, 8)) {
            out.append({QStringLiteral("ticket_create"),
                        key,
                        {{QStringLiteral("subject"), QStringLiteral("Parcel not delivered")},
                         {QStringLiteral("name"), QStringLiteral("Test Customer")}},
                        {}});
        }
        out.append({QStringLiteral("note"),
                    QStringLiteral("email:nobody-at-all@example.invalid"),
                    {{QStringLiteral("text"), QStringLiteral("x")}},
                    QStringLiteral("nothing to act on")});
    } else if (flavor == QLatin1String("shopify")) {
        int cancels = 0;
        int addresses = 0;
        bool fulfilled = false;
        for (const QJsonObject& o : w.orders) {
            const QString s = status(o);
            if (s == QLatin1String("paid") && cancels < 8) {
                out.append({QStringLiteral("order_cancel"),
                            orderCustomer(o),
                            {{QStringLiteral("order_number"), number(o)}},
                            {}});
                ++cancels;
            } else if ((s == QLatin1String("shipped") || s == QLatin1String("delivered")) && !fulfilled) {
                out.append({QStringLiteral("order_cancel"),
                            orderCustomer(o),
                            {{QStringLiteral("order_number"), number(o)}},
                            QStringLiteral("Cannot cancel an order that has been fulfilled")});
                fulfilled = true;
            } else if (s != QLatin1String("cancelled") && addresses < 8) {
                out.append(
                    {QStringLiteral("order_address"),
                     orderCustomer(o),
                     {{QStringLiteral("order_number"), number(o)},
                      {QStringLiteral("address"), QStringLiteral("%1 Nanjing Road, Shanghai").arg(addresses + 1)}},
                     {}});
                ++addresses;
            }
        }
    } else if (flavor == QLatin1String("hubspot") || flavor == QLatin1String("salesforce")) {
        int i = 0;
        for (const QString& key : emails.mid(0, 6)) {
            out.append({QStringLiteral("note"), key, {{QStringLiteral("text"), QStringLiteral("Prefers e-mail")}}, {}});
            out.append({QStringLiteral("ticket_create"),
                        key,
                        {{QStringLiteral("subject"), QStringLiteral("Refund request")}},
                        {}});
            out.append({QStringLiteral("wrap_up"), key, wrapUp(i++), {}});
        }
        if (flavor == QLatin1String("salesforce")) { // no e-mail: the Task goes without a WhoId
            out.append({QStringLiteral("note"),
                        QStringLiteral("phone:+8613900000001"),
                        {{QStringLiteral("text"), QStringLiteral("Caller without e-mail")}},
                        {}});
        } else { // HubSpot notes hang on a contact: none, nothing to act on
            out.append({QStringLiteral("note"),
                        QStringLiteral("email:nobody-at-all@example.invalid"),
                        {{QStringLiteral("text"), QStringLiteral("x")}},
                        QStringLiteral("nothing to act on")});
        }
    } else if (flavor == QLatin1String("stripe")) {
        int refunds = 0;
        bool refunded = false;
        for (const QJsonObject& o : w.orders) {
            if (status(o) != QLatin1String("cancelled") && refunds < 8 &&
                o.value(QStringLiteral("total")).toDouble() > 2) {
                out.append({QStringLiteral("refund"),
                            orderCustomer(o),
                            {{QStringLiteral("order_number"), number(o)},
                             {QStringLiteral("amount"), QStringLiteral("1.50")},
                             {QStringLiteral("reason"), QStringLiteral("late delivery")}},
                            {}});
                ++refunds;
            } else if (status(o) == QLatin1String("cancelled") && !refunded) {
                out.append({QStringLiteral("refund"),
                            orderCustomer(o),
                            {{QStringLiteral("order_number"), number(o)}},
                            QStringLiteral("has already been refunded")});
                refunded = true;
            }
        }
    }
    return out;
}

} // namespace

class TestVendorWrites : public QObject {
    Q_OBJECT

    World m_world;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto world = readWorld();
        QVERIFY2(world.ok(), qPrintable(world ? QString() : world.error().message));
        m_world = *world;
        QVERIFY(m_world.customers.size() > 20 && m_world.orders.size() > 20 && m_world.tickets.size() > 10);
    }

    void everyKindAppliedExactlyOnceDespiteLostAnswers_data() {
        QTest::addColumn<QString>("flavor");
        for (const char* f : {"zendesk", "shopify", "hubspot", "salesforce", "stripe"}) {
            QTest::newRow(f) << QString::fromLatin1(f);
        }
    }

    void everyKindAppliedExactlyOnceDespiteLostAnswers() {
        QFETCH(QString, flavor);
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.seed = kSeed;
        options.extraArgs = {QStringLiteral("--flavor"), flavor};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        auto target = vendorTarget(backend);
        QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));

        const QList<Planned> planned = plan(flavor, m_world);
        QVERIFY(planned.size() >= 8);
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("vendor-writes"));
        QVERIFY(store.ok());
        QList<OutboxItem> items;
        for (const Planned& p : planned) {
            auto item = store->enqueue(p.kind, p.customer, 0, body(p.payload, p.customer));
            QVERIFY(item.ok());
            items.append(*item);
        }
        // Answers lost after the write took effect: resets, 500s and cut bodies, on reads and writes alike.
        QVERIFY(backend.faults(0.3, {QStringLiteral("reset"), QStringLiteral("500"), QStringLiteral("truncated")}, 60)
                    .ok());
        OutboxPusher pusher(*store, *target, {}, fastRetry());
        int passes = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                ++passes;
                pusher.pushDue();
                return store->counts()->pending == 0;
            }(),
            90000);
        const qint64 injected = *backend.injectedFaults();
        QVERIFY2(injected > 0, "no answer was lost: the test proved nothing");

        int expectApplied = 0;
        QMap<QString, int> appliedByKind;
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto now = store->item(items[i].id);
            QVERIFY(now.ok() && now->has_value());
            const OutboxItem& it = **now;
            if (planned[i].rejection.isEmpty()) {
                QVERIFY2(
                    it.state == QLatin1String("sent"),
                    qPrintable(QStringLiteral("%1 %2: %3 %4").arg(it.kind, it.customerKey, it.state, it.lastError)));
                ++expectApplied;
                ++appliedByKind[it.kind];
            } else {
                QCOMPARE(it.state, QStringLiteral("failed"));
                QVERIFY2(it.lastError.contains(planned[i].rejection), qPrintable(it.lastError));
            }
        }
        auto writes = getJson(backend.baseUrl() + QStringLiteral("/admin/writes"), backend.token());
        QVERIFY2(writes.ok(), qPrintable(writes ? QString() : writes.error().message));
        QCOMPARE(writes->value(QStringLiteral("duplicates")).toInteger(), 0);
        QCOMPARE(writes->value(QStringLiteral("applied")).toInteger(), expectApplied);
        const QJsonObject byKind = writes->value(QStringLiteral("by_kind")).toObject();
        for (auto it = appliedByKind.cbegin(); it != appliedByKind.cend(); ++it) {
            QCOMPARE(byKind.value(it.key()).toInteger(), it.value());
        }
        const QJsonObject keys = writes->value(QStringLiteral("keys")).toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            QVERIFY2(it.value().toInteger() == 1, qPrintable(it.key()));
        }
        qInfo().noquote() << QStringLiteral("RESULT writes %1: queued=%2 applied=%3 rejected=%4 duplicates=%5 "
                                            "requests=%6 answers_lost=%7 passes=%8")
                                 .arg(flavor)
                                 .arg(items.size())
                                 .arg(writes->value(QStringLiteral("applied")).toInteger())
                                 .arg(items.size() - expectApplied)
                                 .arg(writes->value(QStringLiteral("duplicates")).toInteger())
                                 .arg(writes->value(QStringLiteral("requests")).toInteger())
                                 .arg(injected)
                                 .arg(passes);
    }

    void killDuringPushStillExactlyOnce_data() {
        QTest::addColumn<QString>("flavor");
        for (const char* f : {"zendesk", "shopify", "hubspot", "salesforce", "stripe"}) {
            QTest::newRow(f) << QString::fromLatin1(f);
        }
    }

    // `c360 outbox push` (a real child process) killed with SIGKILL again and again while the vendor
    // holds its answers back (applied, not yet answered): the next push finds what was done.
    void killDuringPushStillExactlyOnce() {
        QFETCH(QString, flavor);
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.seed = kSeed;
        options.extraArgs = {QStringLiteral("--flavor"), flavor};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        const QList<Planned> planned = plan(flavor, m_world);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.db"));
        QList<OutboxItem> items;
        {
            auto store = OutboxStore::open(path, QStringLiteral("kill-writer"));
            QVERIFY(store.ok());
            for (const Planned& p : planned) {
                auto item = store->enqueue(p.kind, p.customer, 0, body(p.payload, p.customer));
                QVERIFY(item.ok());
                items.append(*item);
            }
        }
        const auto requests = [&] {
            auto w = getJson(backend.baseUrl() + QStringLiteral("/admin/writes"), backend.token());
            return w ? w->value(QStringLiteral("requests")).toInteger() : -1;
        };
        QVERIFY(backend.faults(0.35, {QStringLiteral("slow")}, 40).ok()); // answers held back 2.5 s
        const QString c360 = BackendProcess::binDir() + QStringLiteral("/c360");
        const QStringList args{
            QStringLiteral("outbox"),    QStringLiteral("push"), QStringLiteral("--outbox"), path,
            QStringLiteral("--sources"), backend.sourcesFile(),  QStringLiteral("--wait"),   QStringLiteral("60")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        int kills = 0;
        for (int round = 0; round < 4; ++round) {
            const qint64 target = requests() + 2 + round * 2;
            QProcess push;
            push.setProcessEnvironment(env);
            push.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            push.start(c360, args);
            QVERIFY(push.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(requests() >= target || push.state() == QProcess::NotRunning, 30000);
            if (push.state() == QProcess::NotRunning) {
                break;
            }
            push.kill(); // SIGKILL: the write may be applied with its answer still on the way
            QVERIFY(push.waitForFinished(10000));
            ++kills;
        }
        QVERIFY2(kills >= 2, "the push finished before it could be killed twice");
        QVERIFY(backend.faults(0.0, {QStringLiteral("slow")}, 0).ok());
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(c360, args);
        QVERIFY(last.waitForFinished(120000));
        const QString said = QString::fromUtf8(last.readAllStandardOutput() + last.readAllStandardError());

        auto store = OutboxStore::open(path, QStringLiteral("kill-reader"));
        QVERIFY(store.ok());
        int expectApplied = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const OutboxItem it = **store->item(items[i].id);
            if (planned[i].rejection.isEmpty()) {
                QVERIFY2(it.state == QLatin1String("sent"),
                         qPrintable(QStringLiteral("%1: %2 %3 / %4").arg(it.kind, it.state, it.lastError, said)));
                ++expectApplied;
            } else {
                QCOMPARE(it.state, QStringLiteral("failed"));
                QVERIFY2(it.lastError.contains(planned[i].rejection), qPrintable(it.lastError));
            }
        }
        auto writes = getJson(backend.baseUrl() + QStringLiteral("/admin/writes"), backend.token());
        QVERIFY(writes.ok());
        QCOMPARE(writes->value(QStringLiteral("duplicates")).toInteger(), 0);
        QCOMPARE(writes->value(QStringLiteral("applied")).toInteger(), expectApplied);
        qInfo().noquote() << QStringLiteral("RESULT writes kill-9 %1 x%2: queued=%3 applied=%4 rejected=%5 "
                                            "duplicates=%6 requests=%7")
                                 .arg(flavor)
                                 .arg(kills)
                                 .arg(items.size())
                                 .arg(writes->value(QStringLiteral("applied")).toInteger())
                                 .arg(items.size() - expectApplied)
                                 .arg(writes->value(QStringLiteral("duplicates")).toInteger())
                                 .arg(writes->value(QStringLiteral("requests")).toInteger());
    }

    void aWriteWithoutCredentialIsNeverSent() {
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.seed = kSeed;
        options.extraArgs = {QStringLiteral("--flavor"), QStringLiteral("stripe")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        target->sources[0].auth.secret.clear(); // e.g. env:STRIPE_KEY unset
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("no-credential"));
        QVERIFY(store.ok());
        const QString customer = QStringLiteral("email:a@example.com");
        auto item = store->enqueue(
            QStringLiteral("refund"), customer, 0,
            body({{QStringLiteral("order_number"), m_world.orders.first().value(QStringLiteral("order_number"))}},
                 customer));
        QVERIFY(item.ok());
        OutboxPusher pusher(*store, *target, {}, fastRetry());
        const PushReport report = pusher.pushDue();
        QCOMPARE(report.rejected, 1);
        const OutboxItem failed = **store->item(item->id);
        QCOMPARE(failed.state, QStringLiteral("failed"));
        QVERIFY2(failed.lastError.contains(QLatin1String("no credential")), qPrintable(failed.lastError));
        auto writes = getJson(backend.baseUrl() + QStringLiteral("/admin/writes"), backend.token());
        QVERIFY(writes.ok());
        QCOMPARE(writes->value(QStringLiteral("requests")).toInteger(), 0); // nothing reached the vendor

        // A wrong secret is the vendor's refusal, in its words; the agent may fix it and retry.
        target->sources[0].auth.secret = QStringLiteral("wrong");
        QVERIFY(store->retry(item->id).ok());
        OutboxPusher wrong(*store, *target, {}, fastRetry());
        QCOMPARE(wrong.pushDue().rejected, 1);
        QVERIFY2((**store->item(item->id)).lastError.contains(QLatin1String("credentials")),
                 qPrintable((**store->item(item->id)).lastError));
    }

    void oauthClientCredentialsAreUsedForSalesforceWrites() {
        BackendProcess::Options options;
        options.customers = kCustomers;
        options.seed = kSeed;
        options.extraArgs = {QStringLiteral("--flavor"), QStringLiteral("salesforce")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        QCOMPARE(target->sources[0].auth.type, QStringLiteral("oauth2_client_credentials"));
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("oauth"));
        QVERIFY(store.ok());
        const QString customer = emailKey(m_world.customers.first()).isEmpty() ? QStringLiteral("phone:+861")
                                                                               : emailKey(m_world.customers.first());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(store
                        ->enqueue(QStringLiteral("note"), customer, 0,
                                  body({{QStringLiteral("text"), QStringLiteral("n%1").arg(i)}}, customer))
                        .ok());
        }
        OutboxPusher pusher(*store, *target, {}, fastRetry());
        QCOMPARE(pusher.pushDue().sent, 2);   // both, with one token
        QVERIFY(backend.revokeTokens().ok()); // the session expires: a new token, no failure
        QVERIFY(store
                    ->enqueue(QStringLiteral("note"), customer, 0,
                              body({{QStringLiteral("text"), QStringLiteral("n2")}}, customer))
                    .ok());
        QCOMPARE(pusher.pushDue().sent, 1);
        QCOMPARE(store->counts()->sent, 3);
    }
};

QTEST_GUILESS_MAIN(TestVendorWrites)
#include "TestVendorWrites.moc"

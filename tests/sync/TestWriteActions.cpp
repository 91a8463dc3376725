// Write actions of connector manifests: every shipped manifest's "writes" parse and name a known
// idempotency method; templates keep types, drop optional values, apply filters and name what is
// missing; bad declarations get a message that names the place.

#include "sync/Manifest.h"
#include "sync/OutboxPusher.h"
#include "sync/WriteActions.h"
#include "sync/WriteExecutor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using nlohmann::json;

class TestWriteActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedManifestsDeclareTheirWrites_data() {
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("methods");
        QTest::newRow("zendesk") << QStringLiteral("zendesk")
                                 << QStringList{QStringLiteral("ticket_create"), QStringLiteral("note"),
                                                QStringLiteral("ticket_update")}
                                 << QStringList{QStringLiteral("external_id"), QStringLiteral("search"),
                                                QStringLiteral("replace")};
        QTest::newRow("salesforce") << QStringLiteral("salesforce")
                                    << QStringList{QStringLiteral("note"), QStringLiteral("wrap_up"),
                                                   QStringLiteral("ticket_create")}
                                    << QStringList{QStringLiteral("upsert"), QStringLiteral("upsert"),
                                                   QStringLiteral("upsert")};
        QTest::newRow("hubspot") << QStringLiteral("hubspot")
                                 << QStringList{QStringLiteral("note"), QStringLiteral("ticket_create"),
                                                QStringLiteral("wrap_up")}
                                 << QStringList{QStringLiteral("search"), QStringLiteral("search"),
                                                QStringLiteral("search")};
        QTest::newRow("shopify") << QStringLiteral("shopify")
                                 << QStringList{QStringLiteral("order_cancel"), QStringLiteral("order_address")}
                                 << QStringList{QStringLiteral("state"), QStringLiteral("replace")};
        QTest::newRow("stripe") << QStringLiteral("stripe") << QStringList{QStringLiteral("refund")}
                                << QStringList{QStringLiteral("header")};
        QTest::newRow("c360-crm") << QStringLiteral("c360-crm") << QStringList{QStringLiteral("*")}
                                  << QStringList{QStringLiteral("header")};
        QTest::newRow("c360-shop") << QStringLiteral("c360-shop") << QStringList{QStringLiteral("*")}
                                   << QStringList{QStringLiteral("header")};
    }

    void shippedManifestsDeclareTheirWrites() {
        QFETCH(QString, manifest);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, methods);
        auto actions = WriteActions::load(manifest);
        QVERIFY2(actions.ok(), qPrintable(actions ? QString() : actions.error().message));
        QCOMPARE(actions->actions.size(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const WriteAction* a = actions->find(kinds[i], false);
            QVERIFY2(a != nullptr, qPrintable(kinds[i]));
            QCOMPARE(idempotencyName(a->idempotency), methods[i]);
        }
        QCOMPARE(actions->hasSpecific(), !kinds.contains(QStringLiteral("*")));
        // Every shipped manifest is still a valid connector with its writes in it.
        QVERIFY(ManifestRegistry::load(manifest).ok());
    }

    // Edits of existing records say how a change on the server meanwhile is found; appends do not.
    void shippedManifestsDeclareConflictChecks() {
        const QList<std::tuple<QString, QString, QString>> expected{
            {QStringLiteral("zendesk"), QStringLiteral("ticket_update"), QStringLiteral("stamp")},
            {QStringLiteral("zendesk"), QStringLiteral("note"), QString()},
            {QStringLiteral("shopify"), QStringLiteral("order_address"), QStringLiteral("read_compare")},
            {QStringLiteral("shopify"), QStringLiteral("order_cancel"), QStringLiteral("read_compare")},
            {QStringLiteral("stripe"), QStringLiteral("refund"), QString()},
            {QStringLiteral("c360-shop"), QStringLiteral("*"), QStringLiteral("stamp")},
        };
        for (const auto& [manifest, kind, method] : expected) {
            auto actions = WriteActions::load(manifest);
            QVERIFY(actions.ok());
            const WriteAction* a = actions->find(kind, false);
            QVERIFY2(a != nullptr, qPrintable(manifest + kind));
            QCOMPARE(a->conflict ? conflictMethodName(a->conflict->method) : QString(), method);
        }
        const WriteActions defaults = WriteActions::reference();
        const WriteAction* reference = defaults.find(QStringLiteral("order_address"), true);
        QVERIFY(reference && reference->conflict);
        QCOMPARE(reference->conflict->errorIs, QStringLiteral("edit_conflict"));
        QCOMPARE(reference->conflict->answerRecord, QStringLiteral("/current"));
    }

    void everyShippedManifestParses() {
        for (const QString& name : ManifestRegistry::shippedNames()) {
            auto actions = WriteActions::load(name);
            QVERIFY2(actions.ok(),
                     qPrintable(name + QStringLiteral(": ") + (actions ? QString() : actions.error().message)));
        }
    }

    void templatesKeepTypesDropOptionalsAndFilter() {
        WriteVariables vars{{QStringLiteral("n"), 42},
                            {QStringLiteral("s"), "a'b\\c"},
                            {QStringLiteral("amount"), "12.345"},
                            {QStringLiteral("order"), "#10 23"},
                            {QStringLiteral("flag"), true}};
        const json templ = json::parse(
            R"({"n": "{n}", "text": "x{n}y", "gone": "{missing?}",)"
            R"( "list": ["{missing?}", "{n|string}"], "cents": "{amount|cents}", "digits": "{order|digits}",)"
            R"( "soql": "'{s|soql}'", "flag": "{flag}", "ms": "{n|ms}", "partly": "a{missing?}b", "fixed": 3})");
        auto out = writetemplate::json(templ, vars);
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        QVERIFY((*out)["n"] == json(42));
        QVERIFY((*out)["text"] == json("x42y"));
        QVERIFY(!out->contains("gone"));
        QVERIFY((*out)["list"] == json::parse(R"(["42"])"));
        QVERIFY((*out)["cents"] == json(1235));
        QVERIFY((*out)["digits"] == json("1023"));
        QVERIFY((*out)["soql"] == json("'a\\'b\\\\c'"));
        QVERIFY((*out)["flag"] == json(true));
        QVERIFY((*out)["ms"] == json(42000));
        QVERIFY((*out)["partly"] == json("ab"));
        QVERIFY((*out)["fixed"] == json(3));
    }

    void missingVariableIsNamed() {
        auto out = writetemplate::text(QStringLiteral("/orders/{order_id}.json"), {});
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(QLatin1String("order_id")), qPrintable(out.error().message));
        auto bad = writetemplate::text(QStringLiteral("{n|nope}"), {{QStringLiteral("n"), 1}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("nope")));
        auto notNumber = writetemplate::text(QStringLiteral("{a|cents}"), {{QStringLiteral("a"), "ten"}});
        QVERIFY(!notNumber.ok());
        QVERIFY(notNumber.error().message.contains(QLatin1String("number")));
    }

    void formEncodingNestsLikeStripe() {
        const json body =
            json::parse(R"({"charge": "ch_1", "amount": 1250, "metadata": {"c360_key": "k 1"}, "no": null})");
        const QByteArray form = writetemplate::formEncode(body);
        QCOMPARE(form, QByteArray("amount=1250&charge=ch_1&metadata%5Bc360_key%5D=k%201"));
    }

    void badDeclarationsAreNamed_data() {
        QTest::addColumn<QByteArray>("writes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no idempotency") << QByteArray(R"({"note": {"request": {"path": "/n"}}})")
                                        << QStringLiteral("idempotency");
        QTest::newRow("unknown method") << QByteArray(R"({"note": {"idempotency": {"method": "hope"},)"
                                                      R"( "request": {"path": "/n"}}})")
                                        << QStringLiteral("hope");
        QTest::newRow("upsert without key") << QByteArray(R"({"note": {"idempotency": {"method": "upsert"},)"
                                                          R"( "request": {"method": "PATCH", "path": "/Task/1"}}})")
                                            << QStringLiteral("{key}");
        QTest::newRow("search without check") << QByteArray(R"({"note": {"idempotency": {"method": "search"},)"
                                                            R"( "request": {"path": "/n", "body": {"k": "{key}"}}}})")
                                              << QStringLiteral("check");
        QTest::newRow("search not writing key")
            << QByteArray(R"({"note": {"idempotency": {"method": "search", "check": {"path": "/s"},)"
                          R"( "done_when": "/results/0"}, "request": {"path": "/n", "body": {"t": "{text}"}}}})")
            << QStringLiteral("{key}");
        QTest::newRow("unknown key") << QByteArray(R"({"note": {"idempotency": {"method": "replace"},)"
                                                   R"( "request": {"method": "PUT", "path": "/n", "verb": "x"}}})")
                                     << QStringLiteral("verb");
        QTest::newRow("relative path") << QByteArray(R"({"note": {"idempotency": {"method": "header",)"
                                                     R"( "header": "Idempotency-Key"}, "request": {"path": "n"}}})")
                                       << QStringLiteral("/");
        QTest::newRow("replace with POST") << QByteArray(R"({"note": {"idempotency": {"method": "replace"},)"
                                                         R"( "request": {"path": "/n"}}})")
                                           << QStringLiteral("replace");
        QTest::newRow("header without name") << QByteArray(R"({"note": {"idempotency": {"method": "header"},)"
                                                           R"( "request": {"path": "/n"}}})")
                                             << QStringLiteral("header");
        // Conflict checks (edits of existing records): how the record now is found must be said.
        const QByteArray put = R"("idempotency": {"method": "replace"}, "request": {"method": "PUT", "path": "/o"})";
        QTest::newRow("conflict method") << QByteArray(R"({"order_address": {)" + put +
                                                       R"(, "conflict": {"method": "hope", "version": "/v",)"
                                                       R"( "fields": {"a": "/a"}}}})")
                                         << QStringLiteral("read_compare");
        QTest::newRow("read_compare without read")
            << QByteArray(R"({"order_address": {)" + put +
                          R"(, "conflict": {"method": "read_compare", "version": "/v", "fields": {"a": "/a"}}}})")
            << QStringLiteral("read");
        QTest::newRow("stamp without record")
            << QByteArray(R"({"order_address": {)" + put +
                          R"(, "conflict": {"method": "stamp", "version": "/v", "fields": {"a": "/a"}}}})")
            << QStringLiteral("answer_record");
        QTest::newRow("conflict without fields")
            << QByteArray(R"({"order_address": {)" + put +
                          R"(, "conflict": {"method": "stamp", "answer_record": "/current", "version": "/v"}}})")
            << QStringLiteral("fields");
    }

    void badDeclarationsAreNamed() {
        QFETCH(QByteArray, writes);
        QFETCH(QString, expected);
        const QByteArray manifest = R"({"name": "x", "streams": {}, "writes": )" + writes + "}";
        auto parsed = WriteActions::parse(manifest, QStringLiteral("x.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(QLatin1String("x.json")), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    }

    void vendorMessagesAreRead_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("reference") << QByteArray(R"({"error":"not_found","message":"order 1 does not exist"})")
                                   << QStringLiteral("order 1 does not exist");
        QTest::newRow("stripe")
            << QByteArray(
                   R"({"error":{"type":"invalid_request_error","message":"Charge ch_1 has already been refunded."}})")
            << QStringLiteral("Charge ch_1 has already been refunded.");
        QTest::newRow("shopify") << QByteArray(R"({"error":"Cannot cancel an order that has been fulfilled"})")
                                 << QStringLiteral("Cannot cancel an order that has been fulfilled");
        QTest::newRow("shopify fields") << QByteArray(
                                               "{\"errors\":{\"shipping_address\":[\"address1 can't be blank\"]}}")
                                        << QStringLiteral("address1 can't be blank");
        QTest::newRow("salesforce")
            << QByteArray(R"([{"errorCode":"INVALID_CROSS_REFERENCE_KEY","message":"invalid cross reference id"}])")
            << QStringLiteral("invalid cross reference id");
        QTest::newRow("zendesk")
            << QByteArray(
                   R"({"error":"RecordInvalid","description":"Record validation errors","details":{"status":[{"description":"Status: closed prevents ticket update"}]}})")
            << QStringLiteral("Status: closed prevents ticket update");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << QStringLiteral("<html>Bad gateway</html>");
    }

    void vendorMessagesAreRead() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(WriteExecutor::vendorMessage(body), message);
    }

    void routingPrefersTheVendorThenTheDefault() {
        auto zendesk = WriteActions::load(QStringLiteral("zendesk"));
        auto stripe = WriteActions::load(QStringLiteral("stripe"));
        QVERIFY(zendesk.ok() && stripe.ok());
        OutboxPusher::Target target;
        target.baseUrl = QStringLiteral("http://127.0.0.1:9");
        target.auth.type = QStringLiteral("bearer");
        target.auth.secret = QStringLiteral("t");
        target.sources = {WriteSource{QStringLiteral("helpdesk"), QStringLiteral("http://h"), {}, *zendesk},
                          WriteSource{QStringLiteral("payments"), QStringLiteral("http://p"), {}, *stripe}};
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("route-test"));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        {
            OutboxPusher pusher(*store, target);
            QCOMPARE(pusher.route(QStringLiteral("note")).first->name, QStringLiteral("helpdesk"));
            QCOMPARE(pusher.route(QStringLiteral("refund")).first->name, QStringLiteral("payments"));
            const auto wrap = pusher.route(QStringLiteral("wrap_up"));
            QCOMPARE(wrap.first->baseUrl, target.baseUrl); // the vendors have no place: the reference /outbox/v1
            QCOMPARE(wrap.second->request.path, QStringLiteral("/outbox/v1/{kind}"));
        }
        target.routes.insert(QStringLiteral("note"), QStringLiteral("outbox"));
        target.routes.insert(QStringLiteral("refund"), QStringLiteral("helpdesk")); // helpdesk cannot refund
        {
            OutboxPusher pusher(*store, target);
            QCOMPARE(pusher.route(QStringLiteral("note")).first->baseUrl, target.baseUrl);
            QVERIFY(pusher.route(QStringLiteral("refund")).first == nullptr);
        }
        target.baseUrl.clear();
        target.routes.clear();
        OutboxPusher pusher(*store, target);
        QVERIFY(pusher.route(QStringLiteral("wrap_up")).first == nullptr); // nobody: it fails with a message
    }
};

QTEST_GUILESS_MAIN(TestWriteActions)
#include "TestWriteActions.moc"

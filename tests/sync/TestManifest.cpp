#include "sync/Manifest.h"

#include <QFile>
#include <QTest>

using namespace c360;
using namespace c360::sync;

class TestManifest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resourcesAreRegisteredWhenLinkedStatically() {
        // Before anything of c360_sync ran: the resource object library must have registered itself.
        QVERIFY(QFile::exists(QStringLiteral(":/connectors/c360-crm.json")));
    }

    void everyShippedManifestLoads_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("streams");
        QTest::addColumn<QStringList>("entities");
        QTest::newRow("crm") << QStringLiteral("c360-crm") << QStringList{QStringLiteral("customers")}
                             << QStringList{QStringLiteral("customer")};
        QTest::newRow("shop") << QStringLiteral("c360-shop")
                              << QStringList{QStringLiteral("carts"), QStringLiteral("orders"),
                                             QStringLiteral("returns")}
                              << QStringList{QStringLiteral("cart"), QStringLiteral("order"), QStringLiteral("return")};
        QTest::newRow("helpdesk") << QStringLiteral("c360-helpdesk") << QStringList{QStringLiteral("tickets")}
                                  << QStringList{QStringLiteral("ticket")};
        QTest::newRow("marketing") << QStringLiteral("c360-marketing")
                                   << QStringList{QStringLiteral("events"), QStringLiteral("surveys")}
                                   << QStringList{QStringLiteral("campaign_event"), QStringLiteral("survey")};
        QTest::newRow("contact") << QStringLiteral("c360-contact") << QStringList{QStringLiteral("interactions")}
                                 << QStringList{QStringLiteral("interaction")};
    }

    void everyShippedManifestLoads() {
        QFETCH(QString, name);
        QFETCH(QStringList, streams);
        QFETCH(QStringList, entities);
        QVERIFY(ManifestRegistry::shippedNames().contains(name));
        auto m = ManifestRegistry::load(name);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(m->name, name);
        QCOMPARE(m->streamNames(), streams);
        for (int i = 0; i < streams.size(); ++i) {
            const StreamManifest* s = m->stream(streams.at(i));
            QVERIFY(s != nullptr);
            QCOMPARE(s->entity, *entityFromManifestName(entities.at(i)));
            QVERIFY(s->field(QStringLiteral("source_id")) != nullptr);
            QVERIFY(s->field(QStringLiteral("source_id"))->required);
            QCOMPARE(s->field(QStringLiteral("updated_at"))->type, FieldType::Datetime);
            QCOMPARE(s->paginator.type, QStringLiteral("cursor_body"));
            QCOMPARE(s->incremental.type, QStringLiteral("paginator_cursor"));
            QVERIFY(s->tombstone.has_value());
        }
    }

    void shippedNamesAreComplete() {
        const QStringList expected{QStringLiteral("c360-contact"),  QStringLiteral("c360-crm"),
                                   QStringLiteral("c360-helpdesk"), QStringLiteral("c360-marketing"),
                                   QStringLiteral("c360-shop"),     QStringLiteral("hubspot"),
                                   QStringLiteral("salesforce"),    QStringLiteral("shopify"),
                                   QStringLiteral("stripe"),        QStringLiteral("zendesk")};
        QCOMPARE(ManifestRegistry::shippedNames(), expected);
    }

    void unknownNameAndMissingFile() {
        auto m = ManifestRegistry::load(QStringLiteral("freshdesk"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QStringLiteral("no shipped connector named \"freshdesk\"")),
                 qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(QStringLiteral("c360-crm")));
        auto f = ManifestRegistry::load(QStringLiteral("/nonexistent/dir/x.json"));
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.contains(QStringLiteral("Could not read the connector manifest")));
    }

    void badManifests_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray okStream = R"("path":"/x","entity":"order","records":"/data","map":{"source_id":"/id"})";
        const auto wrap = [](const QByteArray& stream) -> QByteArray {
            return QByteArray(R"({"name":"m","streams":{"orders":{)") + stream + "}}}";
        };
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("Connector manifest bad.json is not valid JSON");
        QTest::newRow("no streams") << QByteArray(R"({"name":"m"})")
                                    << QStringLiteral("Connector manifest bad.json: top level: \"streams\" must be a "
                                                      "non-empty object of stream name -> stream");
        QTest::newRow("no name") << QByteArray(R"({"streams":{}})")
                                 << QStringLiteral("Connector manifest bad.json: top level: \"name\" is missing");
        QTest::newRow("no path") << wrap(R"("entity":"order","records":"/data","map":{"source_id":"/id"})")
                                 << QStringLiteral(
                                        "Connector manifest bad.json: stream \"orders\": \"path\" is missing");
        QTest::newRow("bad entity")
            << wrap(R"("path":"/x","entity":"invoice","records":"/data","map":{"source_id":"/id"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".entity: unknown "
                              "entity \"invoice\" (use customer, order, return, ticket, "
                              "campaign_event or interaction)");
        QTest::newRow("no source_id") << wrap(R"("path":"/x","entity":"order","records":"/data","map":{"a":"/a"})")
                                      << QStringLiteral("Connector manifest bad.json: stream \"orders\".map: "
                                                        "\"source_id\" is missing (every stream maps the record id)");
        QTest::newRow("bad pointer")
            << wrap(R"("path":"/x","entity":"order","records":"/data","map":{"source_id":"id"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".map.source_id: "
                              "\"id\" is not a JSON pointer (it must be empty or start with /)");
        QTest::newRow("bad type") << wrap(okStream.left(okStream.size() - 1) + R"(,"t":{"path":"/t","type":"money"}})")
                                  << QStringLiteral(
                                         "Connector manifest bad.json: stream \"orders\".map.t: unknown type "
                                         "\"money\" (use string, number, integer, bool or datetime)");
        QTest::newRow("unknown field key")
            << wrap(okStream.left(okStream.size() - 1) + R"(,"t":{"path":"/t","typo":1}})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".map.t: unknown key \"typo\"");
        QTest::newRow("bad paginator") << wrap(okStream + R"(,"paginator":{"type":"scroll"})")
                                       << QStringLiteral(
                                              "Connector manifest bad.json: stream \"orders\".paginator.type: "
                                              "unknown type \"scroll\" (use cursor_body, next_url_body, "
                                              "link_header, offset, page_number, last_id or none)");
        QTest::newRow("offset without page size")
            << wrap(okStream + R"(,"paginator":{"type":"offset","offset_param":"offset"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".paginator: \"page_size_param\" is "
                              "missing (offset needs it to know a short, last page)");
        QTest::newRow("unknown paginator key")
            << wrap(okStream + R"(,"paginator":{"type":"link_header","cursor_param":"x"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".paginator: unknown key "
                              "\"cursor_param\" for type link_header");
        QTest::newRow("bad timestamp format")
            << wrap(okStream + R"(,"incremental":{"type":"timestamp","format":"rfc822"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".incremental.format: unknown format "
                              "\"rfc822\" (use iso8601, iso8601_ms, epoch_seconds, epoch_millis)");
        QTest::newRow("bad rate limit") << wrap(okStream + R"(,"rate_limit":{"requests_per_second":0})")
                                        << QStringLiteral("Connector manifest bad.json: stream \"orders\".rate_limit: "
                                                          "expected {\"requests_per_second\": a number > 0}");
        QTest::newRow("paginator without cursor_path")
            << wrap(okStream + R"(,"paginator":{"type":"cursor_body","cursor_param":"c"})")
            << QStringLiteral("Connector manifest bad.json: stream \"orders\".paginator: \"cursor_path\" is missing");
        QTest::newRow("bad incremental") << wrap(okStream + R"(,"incremental":{"type":"updated_since"})")
                                         << QStringLiteral(
                                                "Connector manifest bad.json: stream \"orders\".incremental.type: "
                                                "unknown type \"updated_since\" (use paginator_cursor or timestamp)");
        QTest::newRow("bad child") << wrap(okStream + R"(,"children":{"lines":{"path":"/lines"}})")
                                   << QStringLiteral("Connector manifest bad.json: stream \"orders\".children.lines: "
                                                     "expected {\"path\": ..., \"map\": {...}}");
        QTest::newRow("required not bool")
            << wrap(okStream.left(okStream.size() - 1) + R"(,"t":{"path":"/t","required":"yes"}})")
            << QStringLiteral(
                   "Connector manifest bad.json: stream \"orders\".map.t: \"required\" must be true or false");
    }

    void badManifests() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto m = Manifest::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().message, error);
    }

    void pageSizeParamAndQuery() {
        auto m = ManifestRegistry::load(QStringLiteral("c360-crm"));
        QVERIFY(m.ok());
        const auto* s = m->stream(QStringLiteral("customers"));
        QCOMPARE(s->paginator.pageSizeParam, QStringLiteral("limit"));
        QCOMPARE(s->query.size(), 1);
        QCOMPARE(s->query.first().first, QStringLiteral("limit"));
        QCOMPARE(s->children.size(), 1);
        QCOMPARE(s->children.first().name, QStringLiteral("changes"));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "TestManifest.moc"

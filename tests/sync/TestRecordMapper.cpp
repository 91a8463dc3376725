#include "sync/Manifest.h"
#include "sync/RecordMapper.h"

#include <QTest>
#include <QTimeZone>

using namespace c360;
using namespace c360::sync;
using nlohmann::json;

class TestRecordMapper final : public QObject {
    Q_OBJECT

private:
    static StreamManifest streamFrom(const char* mapJson, const char* extra = "") {
        const QByteArray text =
            QByteArray(R"({"name":"t","streams":{"s":{"path":"/x","entity":"order","records":"/data",)") + extra +
            R"("map":)" + mapJson + "}}}";
        auto m = Manifest::parse(text, QStringLiteral("test"));
        if (!m) {
            qFatal("%s", qPrintable(m.error().message));
        }
        return m->streams.first();
    }

private Q_SLOTS:
    void mapsPointersAndTypes_data() {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("string") << QByteArray(R"("/a")") << QByteArray(R"({"a":"x"})") << QVariant(QStringLiteral("x"));
        QTest::newRow("nested") << QByteArray(R"("/c/e")") << QByteArray(R"({"c":{"e":"z@x.cn"}})")
                                << QVariant(QStringLiteral("z@x.cn"));
        QTest::newRow("array index") << QByteArray(R"("/l/1")") << QByteArray(R"({"l":["a","b"]})")
                                     << QVariant(QStringLiteral("b"));
        QTest::newRow("escaped key") << QByteArray(R"("/a~1b")") << QByteArray(R"({"a/b":"s"})")
                                     << QVariant(QStringLiteral("s"));
        QTest::newRow("integer id as string")
            << QByteArray(R"("/n")") << QByteArray(R"({"n":100001})") << QVariant(QStringLiteral("100001"));
        QTest::newRow("number") << QByteArray(R"({"path":"/t","type":"number"})") << QByteArray(R"({"t":12.5})")
                                << QVariant(12.5);
        QTest::newRow("number from string")
            << QByteArray(R"({"path":"/t","type":"number"})") << QByteArray(R"({"t":"19.99"})") << QVariant(19.99);
        QTest::newRow("integer") << QByteArray(R"({"path":"/q","type":"integer"})") << QByteArray(R"({"q":3})")
                                 << QVariant::fromValue(qint64(3));
        QTest::newRow("bool") << QByteArray(R"({"path":"/b","type":"bool"})") << QByteArray(R"({"b":false})")
                              << QVariant(false);
        QTest::newRow("default") << QByteArray(R"({"path":"/b","type":"bool","default":true})") << QByteArray(R"({})")
                                 << QVariant(true);
        QTest::newRow("null uses default") << QByteArray(R"({"path":"/s","default":"new"})")
                                           << QByteArray(R"({"s":null})") << QVariant(QStringLiteral("new"));
        QTest::newRow("absent optional") << QByteArray(R"("/nope")") << QByteArray(R"({})") << QVariant();
        const auto utc = [](qint64 ms) { return QVariant(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())); };
        const QByteArray dt = R"({"path":"/d","type":"datetime"})";
        QTest::newRow("iso Z") << dt << QByteArray(R"({"d":"2024-03-01T10:00:00Z"})") << utc(1709287200000);
        QTest::newRow("iso millis") << dt << QByteArray(R"({"d":"2024-03-01T10:00:00.250Z"})") << utc(1709287200250);
        QTest::newRow("iso micros") << dt << QByteArray(R"({"d":"2024-03-01T10:00:00.250999Z"})") << utc(1709287200250);
        QTest::newRow("iso offset") << dt << QByteArray(R"({"d":"2024-03-01T18:00:00+08:00"})") << utc(1709287200000);
        QTest::newRow("iso no offset = UTC")
            << dt << QByteArray(R"({"d":"2024-03-01T10:00:00"})") << utc(1709287200000);
        QTest::newRow("space separator") << dt << QByteArray(R"({"d":"2024-03-01 10:00:00Z"})") << utc(1709287200000);
        QTest::newRow("epoch seconds") << dt << QByteArray(R"({"d":1709287200})") << utc(1709287200000);
        QTest::newRow("epoch millis") << dt << QByteArray(R"({"d":1709287200123})") << utc(1709287200123);
        QTest::newRow("epoch seconds string") << dt << QByteArray(R"({"d":"1709287200"})") << utc(1709287200000);
    }

    void mapsPointersAndTypes() {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, record);
        QFETCH(QVariant, expected);
        const auto stream = streamFrom(QByteArray(R"({"source_id":"/id","v":)" + spec + "}").constData());
        json r = json::parse(record.toStdString());
        r["id"] = "X-1";
        const auto out = RecordMapper(QStringLiteral("shop"), stream).map(r);
        if (const auto* q = std::get_if<QuarantineEntry>(&out)) {
            QFAIL(qPrintable(q->error));
        }
        const CanonicalRecord mapped = std::get<CanonicalRecord>(out);
        const CanonicalRecord* rec = &mapped;
        QCOMPARE(rec->sourceId, QStringLiteral("X-1"));
        QCOMPARE(rec->source, QStringLiteral("shop"));
        QCOMPARE(rec->stream, QStringLiteral("s"));
        QCOMPARE(rec->entity, EntityKind::Order);
        QCOMPARE(rec->fields.value(QStringLiteral("v")), expected);
        QCOMPARE(rec->fields.contains(QStringLiteral("v")), expected.isValid());
    }

    void quarantines_data() {
        QTest::addColumn<QByteArray>("map");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("sourceId");
        QTest::newRow("id missing") << QByteArray(R"({"source_id":"/id"})") << QByteArray(R"({"x":1})")
                                    << QStringLiteral("field /id is missing (required source_id)") << QString();
        QTest::newRow("id empty") << QByteArray(R"({"source_id":"/id"})") << QByteArray(R"({"id":""})")
                                  << QStringLiteral("field /id is empty (required source_id)") << QString();
        QTest::newRow("required missing")
            << QByteArray(R"({"source_id":"/id","email":{"path":"/c/email","required":true}})")
            << QByteArray(R"({"id":"A"})") << QStringLiteral("field /c/email is missing (required email)")
            << QStringLiteral("A");
        QTest::newRow("wrong type") << QByteArray(R"({"source_id":"/id","total":{"path":"/t","type":"number"}})")
                                    << QByteArray(R"({"id":"A","t":"abc"})")
                                    << QStringLiteral("field /t is a string, expected a number (total): \"abc\"")
                                    << QStringLiteral("A");
        QTest::newRow("bad datetime") << QByteArray(R"({"source_id":"/id","at":{"path":"/d","type":"datetime"}})")
                                      << QByteArray(R"({"id":"A","d":"yesterday"})")
                                      << QStringLiteral("field /d is a string, expected a date-time (ISO 8601 or "
                                                        "epoch seconds/milliseconds) (at): \"yesterday\"")
                                      << QStringLiteral("A");
        QTest::newRow("object for string")
            << QByteArray(R"({"source_id":"/id","name":"/n"})") << QByteArray(R"({"id":"A","n":{"a":1}})")
            << QStringLiteral("field /n is an object, expected a string (name): {…}") << QStringLiteral("A");
        QTest::newRow("not an object") << QByteArray(R"({"source_id":"/id"})") << QByteArray(R"([1,2])")
                                       << QStringLiteral("the record is an array, expected an object") << QString();
    }

    void quarantines() {
        QFETCH(QByteArray, map);
        QFETCH(QByteArray, record);
        QFETCH(QString, error);
        QFETCH(QString, sourceId);
        const auto stream = streamFrom(map.constData());
        const json r = json::parse(record.toStdString());
        const auto out = RecordMapper(QStringLiteral("shop"), stream).map(r);
        QVERIFY(std::holds_alternative<QuarantineEntry>(out));
        const QuarantineEntry entry = std::get<QuarantineEntry>(out);
        const QuarantineEntry* q = &entry;
        QCOMPARE(q->error, error);
        QCOMPARE(q->sourceId, sourceId);
        QCOMPARE(q->raw, QByteArray::fromStdString(r.dump()));
    }

    void tombstoneNeedsOnlyTheId() {
        const auto stream = streamFrom(R"({"source_id":"/id","updated_at":{"path":"/u","type":"datetime"},
                                          "email":{"path":"/e","required":true}})",
                                       R"("tombstone":{"path":"/deleted","equals":true},)");
        const auto out = RecordMapper(QStringLiteral("crm"), stream)
                             .map(json::parse(R"({"id":"CRM-1","deleted":true,"u":"2024-01-01T00:00:00Z"})"));
        QVERIFY(std::holds_alternative<CanonicalRecord>(out));
        const CanonicalRecord mapped = std::get<CanonicalRecord>(out);
        const CanonicalRecord* rec = &mapped;
        QVERIFY(rec->deleted);
        QCOMPARE(rec->sourceId, QStringLiteral("CRM-1"));
        QCOMPARE(rec->updatedAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));

        const auto live = RecordMapper(QStringLiteral("crm"), stream)
                              .map(json::parse(R"({"id":"CRM-2","deleted":false,"e":"a@b.c"})"));
        QVERIFY(std::holds_alternative<CanonicalRecord>(live));
        QVERIFY(!std::get<CanonicalRecord>(live).deleted);
    }

    void mapsChildren() {
        const auto stream = streamFrom(
            R"({"source_id":"/id"})",
            R"("children":{"lines":{"path":"/lines","map":{"sku":"/sku","quantity":{"path":"/q","type":"integer","required":true}}}},)");
        const RecordMapper mapper(QStringLiteral("shop"), stream);
        const auto ok = mapper.map(json::parse(R"({"id":"SO-1","lines":[{"sku":"A","q":2},{"sku":"B","q":1}]})"));
        QVERIFY(std::holds_alternative<CanonicalRecord>(ok));
        const CanonicalRecord mapped = std::get<CanonicalRecord>(ok);
        const CanonicalRecord* rec = &mapped;
        const auto lines = rec->children.value(QStringLiteral("lines"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).value(QStringLiteral("sku")).toString(), QStringLiteral("B"));
        QCOMPARE(lines.at(0).value(QStringLiteral("quantity")).toLongLong(), 2);

        const auto none = mapper.map(json::parse(R"({"id":"SO-2"})"));
        QVERIFY(std::get<CanonicalRecord>(none).children.value(QStringLiteral("lines")).isEmpty());

        const auto bad = mapper.map(json::parse(R"({"id":"SO-3","lines":[{"sku":"A","q":1},{"sku":"B"}]})"));
        QCOMPARE(std::get<QuarantineEntry>(bad).error,
                 QStringLiteral("field /lines/1/q is missing (required quantity)"));
        const auto notArray = mapper.map(json::parse(R"({"id":"SO-4","lines":{"sku":"A"}})"));
        QCOMPARE(std::get<QuarantineEntry>(notArray).error,
                 QStringLiteral("field /lines is an object, expected an array (lines)"));
    }

    void keepsRawCompact() {
        const auto stream = streamFrom(R"({"source_id":"/id","name":"/n"})");
        const auto out =
            RecordMapper(QStringLiteral("crm"), stream).map(json::parse("{ \"id\" : \"C-1\", \"n\" : \"王伟\" }"));
        QCOMPARE(std::get<CanonicalRecord>(out).raw, QByteArray("{\"id\":\"C-1\",\"n\":\"王伟\"}"));
        QCOMPARE(std::get<CanonicalRecord>(out).text(QStringLiteral("name")), QStringLiteral("王伟"));
    }
};

QTEST_GUILESS_MAIN(TestRecordMapper)
#include "TestRecordMapper.moc"

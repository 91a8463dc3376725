#include "models/nba/Condition.h"

#include <QTest>

using namespace c360;
using namespace c360::nba;

Q_DECLARE_METATYPE(c360::nba::Facts)

namespace {
// A customer with a bit of everything; `days_since_last_csat` and `do_not_contact` are absent.
Facts sample() {
    Facts f;
    f.setNumber(fact::OpenTickets, 2);
    f.setNumber(fact::LifetimeValue, 1250.5);
    f.setBool(fact::Unsubscribed, false);
    f.setBool(fact::NegativeSurvey30d, true);
    f.setString(fact::Segment, QStringLiteral("gold"));
    f.setString(fact::CallReason, QStringLiteral("delivery"));
    f.setList(fact::LastOrderItems, {QStringLiteral("Desk Lamp"), QStringLiteral("Kettle")});
    return f;
}
} // namespace

class TestNbaCondition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void whyLines_data();
    void whyLines();
    void parseErrors_data();
    void parseErrors();
    void factsAndText();
};

void TestNbaCondition::operators_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char* name, const char* json, bool expected) {
        QTest::newRow(name) << QByteArray(json) << expected;
    };
    // = and != on each type
    row("num = true", R"({"fact":"open_tickets","op":"=","value":2})", true);
    row("num = false", R"({"fact":"open_tickets","op":"=","value":3})", false);
    row("num == alias", R"({"fact":"open_tickets","op":"==","value":2})", true);
    row("num != true", R"({"fact":"open_tickets","op":"!=","value":3})", true);
    row("num != false", R"({"fact":"open_tickets","op":"!=","value":2})", false);
    row("bool = true", R"({"fact":"negative_survey_30d","op":"=","value":true})", true);
    row("bool = false", R"({"fact":"unsubscribed","op":"=","value":true})", false);
    row("bool != true", R"({"fact":"unsubscribed","op":"!=","value":true})", true);
    row("string = case-insensitive", R"({"fact":"segment","op":"=","value":"GOLD"})", true);
    row("string != true", R"({"fact":"segment","op":"!=","value":"vip"})", true);
    row("list = holds", R"({"fact":"last_order_items","op":"=","value":"kettle"})", true);
    row("list = lacks", R"({"fact":"last_order_items","op":"=","value":"Toaster"})", false);
    row("list != lacks", R"({"fact":"last_order_items","op":"!=","value":"Toaster"})", true);
    // ordering
    row("< true", R"({"fact":"lifetime_value","op":"<","value":2000})", true);
    row("< false at equality", R"({"fact":"open_tickets","op":"<","value":2})", false);
    row("<= equality", R"({"fact":"open_tickets","op":"<=","value":2})", true);
    row("> true", R"({"fact":"lifetime_value","op":">","value":1250})", true);
    row("> false", R"({"fact":"lifetime_value","op":">","value":1250.5})", false);
    row(">= equality", R"({"fact":"lifetime_value","op":">=","value":1250.5})", true);
    // in
    row("in string hit", R"({"fact":"segment","op":"in","value":["vip","gold"]})", true);
    row("in string miss", R"({"fact":"segment","op":"in","value":["vip","silver"]})", false);
    row("in number hit", R"({"fact":"open_tickets","op":"in","value":[1,2,3]})", true);
    row("in list overlap", R"({"fact":"last_order_items","op":"in","value":["Toaster","desk lamp"]})", true);
    row("in list no overlap", R"({"fact":"last_order_items","op":"in","value":["Toaster"]})", false);
    // exists
    row("exists present", R"({"fact":"segment","op":"exists"})", true);
    row("exists absent", R"({"fact":"do_not_contact","op":"exists"})", false);
    row("exists false absent", R"({"fact":"do_not_contact","op":"exists","value":false})", true);
    row("exists false present", R"({"fact":"segment","op":"exists","value":false})", false);
    // absent facts never compare
    row("absent =", R"({"fact":"days_since_last_csat","op":"=","value":0})", false);
    row("absent !=", R"({"fact":"days_since_last_csat","op":"!=","value":0})", false);
    row("absent <", R"({"fact":"days_since_last_csat","op":"<","value":100})", false);
    row("absent in", R"({"fact":"queue","op":"in","value":["vip"]})", false);
    // groups
    row("all true",
        R"({"all":[{"fact":"open_tickets","op":">","value":0},{"fact":"segment","op":"=","value":"gold"}]})", true);
    row("all one false",
        R"({"all":[{"fact":"open_tickets","op":">","value":0},{"fact":"segment","op":"=","value":"vip"}]})", false);
    row("any one true",
        R"({"any":[{"fact":"open_tickets","op":">","value":5},{"fact":"segment","op":"=","value":"gold"}]})", true);
    row("any none", R"({"any":[{"fact":"open_tickets","op":">","value":5},{"fact":"segment","op":"=","value":"vip"}]})",
        false);
    row("not true", R"({"not":{"fact":"unsubscribed","op":"=","value":true}})", true);
    row("not false", R"({"not":{"fact":"negative_survey_30d","op":"=","value":true}})", false);
    row("not absent", R"({"not":{"fact":"do_not_contact","op":"=","value":true}})", true);
    row("nested",
        R"({"all":[{"any":[{"fact":"queue","op":"=","value":"x"},{"fact":"call_reason","op":"in","value":["delivery"]}]},
                   {"not":{"fact":"unsubscribed","op":"=","value":true}}]})",
        true);
}

void TestNbaCondition::operators() {
    QFETCH(QByteArray, json);
    QFETCH(bool, expected);
    auto c = Condition::parse(json);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->evaluate(sample()), expected);
    QStringList why;
    QCOMPARE(c->evaluate(sample(), &why), expected);
    if (!expected) {
        QVERIFY2(why.isEmpty(), qPrintable(why.join(QLatin1Char('|'))));
    }
}

void TestNbaCondition::whyLines_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("why");
    QTest::newRow("comparison") << QByteArray(R"({"fact":"open_tickets","op":">","value":0})")
                                << QStringList{QStringLiteral("Open tickets: 2 (> 0)")};
    QTest::newRow("bool") << QByteArray(R"({"fact":"negative_survey_30d","op":"=","value":true})")
                          << QStringList{QStringLiteral("Negative survey (CSAT 1-2) in the last 30 days: yes")};
    QTest::newRow("in") << QByteArray(R"({"fact":"segment","op":"in","value":["vip","gold"]})")
                        << QStringList{QStringLiteral("Segment: gold (one of vip, gold)")};
    QTest::newRow("any keeps the branch that held")
        << QByteArray(
               R"({"any":[{"fact":"open_tickets","op":">","value":5},{"fact":"lifetime_value","op":">=","value":1000}]})")
        << QStringList{QStringLiteral("Lifetime value: 1250.50 (>= 1000)")};
    QTest::newRow("not adds nothing")
        << QByteArray(
               R"({"all":[{"fact":"open_tickets","op":">","value":0},{"not":{"fact":"unsubscribed","op":"=","value":true}}]})")
        << QStringList{QStringLiteral("Open tickets: 2 (> 0)")};
}

void TestNbaCondition::whyLines() {
    QFETCH(QByteArray, json);
    QFETCH(QStringList, why);
    auto c = Condition::parse(json);
    QVERIFY(c.ok());
    QStringList lines;
    QVERIFY(c->evaluate(sample(), &lines));
    QCOMPARE(lines, why);
}

void TestNbaCondition::parseErrors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char* name, const char* json, const char* path, const char* mentions) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path) << QString::fromUtf8(mentions);
    };
    row("not JSON", "{", "/", "not valid JSON");
    row("not an object", "[1]", "/", "JSON object");
    row("unknown fact with hint", R"({"fact":"open_ticket","op":">","value":0})", "/fact",
        "did you mean “open_tickets”");
    row("unknown operator", R"({"fact":"open_tickets","op":"~","value":0})", "/op", "unknown operator “~”");
    row("missing op", R"({"fact":"open_tickets","value":0})", "/op", "missing operator");
    row("missing value", R"({"fact":"open_tickets","op":">"})", "/value", "missing value");
    row("wrong value type", R"({"fact":"open_tickets","op":"=","value":"two"})", "/value", "number fact");
    row("ordering a string", R"({"fact":"segment","op":">","value":"a"})", "/op", "only numbers compare");
    row("in needs array", R"({"fact":"segment","op":"in","value":"gold"})", "/value", "non-empty array");
    row("in item type", R"({"fact":"segment","op":"in","value":["gold",3]})", "/value/1", "string fact");
    row("exists bool", R"({"fact":"segment","op":"exists","value":1})", "/value", "true or false");
    row("unknown key", R"({"fact":"segment","op":"=","value":"a","vlaue":1})", "/vlaue", "unknown key");
    row("empty all", R"({"all":[]})", "/all", "non-empty array");
    row("nested path", R"({"all":[{"fact":"segment","op":"=","value":"a"},{"any":[{"fact":"nope","op":"exists"}]}]})",
        "/all/1/any/0/fact", "unknown fact “nope”");
    row("not path", R"({"not":{"fact":"segment","op":"<","value":"a"}})", "/not/op", "only numbers");
    row("mixed group", R"({"all":[{"fact":"segment","op":"exists"}],"any":[]})", "/", "only key");
    row("no shape", R"({"foo":1})", "/", "expected “all”");
}

void TestNbaCondition::parseErrors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    auto c = Condition::parse(json);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.startsWith(path + QStringLiteral(": ")), qPrintable(c.error().message));
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

void TestNbaCondition::factsAndText() {
    auto c = Condition::parse(
        R"({"all":[{"fact":"open_tickets","op":">","value":0},{"not":{"fact":"segment","op":"in","value":["a","b"]}}]})");
    QVERIFY(c.ok());
    QCOMPARE(c->facts(), (QStringList{QStringLiteral("open_tickets"), QStringLiteral("segment")}));
    QCOMPARE(c->toString(), QStringLiteral("all(open_tickets > 0, not(segment in [a, b]))"));
    QVERIFY(Condition().evaluate(Facts()));
}

QTEST_GUILESS_MAIN(TestNbaCondition)
#include "TestNbaCondition.moc"

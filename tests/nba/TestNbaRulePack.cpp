#include "models/nba/NbaEngine.h"
#include "models/nba/RulePack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace c360;
using namespace c360::nba;

namespace {

constexpr qint64 kNow = 1'781'000'000'000;

// A minimal valid action as JSON text, with `extra` members spliced in (", ..." form).
QByteArray action(const char* id, const char* category, const char* eligibility, double value, const char* extra = "") {
    return QByteArray("{\"id\":\"") + id + "\",\"category\":\"" + category + "\",\"title\":{\"en\":\"T " + id +
           "\",\"zh_CN\":\"标题\"},\"script\":{\"en\":\"S " + id + "\"},\"eligibility\":" + eligibility +
           ",\"value\":" + QByteArray::number(value) + extra + "}";
}

QByteArray pack(const QList<QByteArray>& actions, const char* extra = "") {
    QByteArray out = "{\"name\":\"test\",\"version\":3";
    out += extra;
    out += ",\"actions\":[";
    for (qsizetype i = 0; i < actions.size(); ++i) {
        out += (i ? "," : "") + actions.at(i);
    }
    return out + "]}";
}

const char* kAlways = R"({"fact":"order_count","op":">=","value":0})";

} // namespace

class TestNbaRulePack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validationErrors_data();
    void validationErrors();
    void parsesEverything();
    void shippedPackIsValidAndTranslated();
    void overridesKeepTheRestAndValidate();
    void propensityTerms_data();
    void propensityTerms();
    void contextWeights();
    void priorityIsTheProduct();
    void topKWithCategoryDiversity();
    void disabledAndZeroLeverNeverShow();
    void deterministicTies();
    void whySaysEligibilityAndContext();
    void heldBackIsReported();
    void placeholders();
};

void TestNbaRulePack::validationErrors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char* name, QByteArray json, const char* path, const char* mentions) {
        QTest::newRow(name) << std::move(json) << QString::fromLatin1(path) << QString::fromUtf8(mentions);
    };
    row("not JSON", "{", "", "not valid JSON");
    row("no name", R"({"actions":[]})", "/name", "needs a name");
    row("no actions", R"({"name":"x"})", "/actions", "non-empty array");
    row("unknown top key", R"({"name":"x","actoins":[]})", "/actoins", "unknown key");
    row("bad policy value", pack({action("a", "c", kAlways, 1)}, R"(,"policy":{"max_dismissals":0})"),
        "/policy/max_dismissals", "between 1 and");
    row("unknown policy key", pack({action("a", "c", kAlways, 1)}, R"(,"policy":{"cooldown":3})"), "/policy/cooldown",
        "unknown key");
    row("bad id", pack({action("A B", "c", kAlways, 1)}), "/actions/0/id", "short id");
    row("duplicate id", pack({action("a", "c", kAlways, 1), action("a", "d", kAlways, 1)}), "/actions/1/id",
        "used twice");
    row("missing value", R"({"name":"x","actions":[{"id":"a","category":"c","title":{"en":"t"},"script":{"en":"s"}}]})",
        "/actions/0/value", "required");
    row("negative value", pack({action("a", "c", kAlways, -1)}), "/actions/0/value", "between 0 and");
    row("lever too big", pack({action("a", "c", kAlways, 1, R"(,"lever":11)")}), "/actions/0/lever",
        "between 0 and 10");
    row("unknown language",
        R"({"name":"x","actions":[{"id":"a","category":"c","title":{"en":"t","zh-CN":"t"},"script":{"en":"s"},"value":1}]})",
        "/actions/0/title/zh-CN", "unknown language");
    row("no English",
        R"({"name":"x","actions":[{"id":"a","category":"c","title":{"zh_CN":"t"},"script":{"en":"s"},"value":1}]})",
        "/actions/0/title/en", "English");
    row("unknown placeholder",
        R"({"name":"x","actions":[{"id":"a","category":"c","title":{"en":"t"},"script":{"en":"Hi {nmae}"},"value":1}]})",
        "/actions/0/script/en", "{nmae}");
    row("bad eligibility", pack({action("a", "c", R"({"fact":"segmnt","op":"=","value":"x"})", 1)}),
        "/actions/0/eligibility/fact", "did you mean “segment”");
    row("propensity unknown fact", pack({action("a", "c", kAlways, 1, R"(,"propensity":{"weights":{"ltv":1}})")}),
        "/actions/0/propensity/weights/ltv", "unknown fact");
    row("propensity string needs =", pack({action("a", "c", kAlways, 1, R"(,"propensity":{"weights":{"segment":1}})")}),
        "/actions/0/propensity/weights/segment", "segment=value");
    row("propensity = on number",
        pack({action("a", "c", kAlways, 1, R"(,"propensity":{"weights":{"order_count=3":1}})")}),
        "/actions/0/propensity/weights/order_count=3", "string and list");
    row("propensity weight not number",
        pack({action("a", "c", kAlways, 1, R"(,"propensity":{"weights":{"order_count":"x"}})")}),
        "/actions/0/propensity/weights/order_count", "number");
    row("context unknown key", pack({action("a", "c", kAlways, 1, R"(,"context":{"agent":{}})")}),
        "/actions/0/context/agent", "unknown key");
    row("context negative weight", pack({action("a", "c", kAlways, 1, R"(,"context":{"channel":{"phone":-1}})")}),
        "/actions/0/context/channel/phone", "between 0 and");
    row("enabled not bool", pack({action("a", "c", kAlways, 1, R"(,"enabled":"yes")")}), "/actions/0/enabled",
        "true or false");
    row("unknown action key", pack({action("a", "c", kAlways, 1, R"(,"priority":3)")}), "/actions/0/priority",
        "unknown key");
}

void TestNbaRulePack::validationErrors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    auto p = RulePack::parse(json);
    QVERIFY(!p.ok());
    if (!path.isEmpty()) {
        QVERIFY2(p.error().message.startsWith(path + QStringLiteral(": ")), qPrintable(p.error().message));
    }
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
}

void TestNbaRulePack::parsesEverything() {
    auto p = RulePack::parse(pack(
        {action("a", "service", kAlways, 50,
                R"(,"lever":1.5,"enabled":false,"promotion":true,"allow_with_complaint":true,"cooldown_days":3,
                   "propensity":{"intercept":-1,"weights":{"order_count":{"weight":0.5,"cap":4},"segment=vip":2}},
                   "context":{"channel":{"phone":1.2,"*":0.5},"reason":{"Delivery":2},"queue":{"vip":3}})")},
        R"(,"policy":{"cooldown_days_after_accept":3,"max_dismissals":4,"dismissal_window_days":10,"snooze_minutes":5,"return_window_days":7})"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->name(), QStringLiteral("test"));
    QCOMPARE(p->version(), 3);
    QCOMPARE(p->policy().cooldownDaysAfterAccept, 3);
    QCOMPARE(p->policy().maxDismissals, 4);
    QCOMPARE(p->policy().dismissalWindowDays, 10);
    QCOMPARE(p->policy().snoozeMinutes, 5);
    QCOMPARE(p->policy().returnWindowDays, 7);
    const Action& a = p->actions().constFirst();
    QCOMPARE(a.lever, 1.5);
    QVERIFY(!a.enabled);
    QVERIFY(a.promotion);
    QVERIFY(a.allowWithComplaint);
    QCOMPARE(a.cooldownDays, std::optional<int>(3));
    QCOMPARE(a.propensity.intercept, -1.0);
    QCOMPARE(a.propensity.terms.size(), 2);
    QCOMPARE(a.reasonWeights.value(QStringLiteral("delivery")), 2.0); // keys lower-cased
    QCOMPARE(a.titleIn(QStringLiteral("zh_CN")), QStringLiteral("标题"));
    QCOMPARE(a.titleIn(QStringLiteral("zh_TW")), QStringLiteral("T a")); // falls back to en
    QVERIFY(p->action(QStringLiteral("a")) != nullptr);
    QVERIFY(p->action(QStringLiteral("b")) == nullptr);
}

void TestNbaRulePack::shippedPackIsValidAndTranslated() {
    auto p = RulePack::load(RulePack::defaultPackPath());
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->name(), QStringLiteral("retail"));
    const QStringList expected = {QStringLiteral("refund_overdue"),
                                  QStringLiteral("delivery_late"),
                                  QStringLiteral("service_recovery"),
                                  QStringLiteral("late_delivery_goodwill"),
                                  QStringLiteral("delivery_status"),
                                  QStringLiteral("negative_survey_followup"),
                                  QStringLiteral("nps_detractor_followup"),
                                  QStringLiteral("returns_refund_check"),
                                  QStringLiteral("delivery_cart_rescue"),
                                  QStringLiteral("loyalty_offer"),
                                  QStringLiteral("win_back"),
                                  QStringLiteral("cross_sell"),
                                  QStringLiteral("browse_followup"),
                                  QStringLiteral("campaign_followup"),
                                  QStringLiteral("respect_contact_preferences")};
    QStringList ids;
    for (const Action& a : p->actions()) {
        ids << a.id;
        for (const QString& lang : RulePack::languages()) {
            QVERIFY2(a.title.contains(lang), qPrintable(a.id + QLatin1Char(' ') + lang));
            QVERIFY2(a.script.contains(lang), qPrintable(a.id + QLatin1Char(' ') + lang));
        }
    }
    QCOMPARE(ids, expected);
    // The source file and the compiled resource are the same pack.
    QFile source(QStringLiteral(C360_SOURCE_DIR "/resources/nba/retail.json"));
    QFile compiled(RulePack::defaultPackPath());
    QVERIFY(source.open(QIODevice::ReadOnly) && compiled.open(QIODevice::ReadOnly));
    QCOMPARE(compiled.readAll(), source.readAll());
}

void TestNbaRulePack::overridesKeepTheRestAndValidate() {
    const QByteArray original = pack({action("a", "c", kAlways, 1), action("b", "d", kAlways, 2)});
    QHash<QString, RulePack::Override> edits;
    edits.insert(QStringLiteral("b"), RulePack::Override{false, 2.5});
    auto edited = RulePack::applyOverrides(original, edits);
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    auto p = RulePack::parse(*edited);
    QVERIFY(p.ok());
    QVERIFY(p->actions().at(0).enabled);
    QCOMPARE(p->actions().at(0).lever, 1.0);
    QVERIFY(!p->actions().at(1).enabled);
    QCOMPARE(p->actions().at(1).lever, 2.5);
    // Key order is the author's: "name" still comes first.
    QVERIFY(edited->indexOf("\"name\"") < edited->indexOf("\"actions\""));
    QVERIFY(edited->indexOf("\"id\": \"a\"") < edited->indexOf("\"category\": \"c\""));

    edits.clear();
    edits.insert(QStringLiteral("a"), RulePack::Override{std::nullopt, 50.0});
    auto tooBig = RulePack::applyOverrides(original, edits);
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().message.contains(QStringLiteral("/actions/0/lever")), qPrintable(tooBig.error().message));

    edits.clear();
    edits.insert(QStringLiteral("zzz"), RulePack::Override{true, std::nullopt});
    QVERIFY(!RulePack::applyOverrides(original, edits).ok());
}

void TestNbaRulePack::propensityTerms_data() {
    QTest::addColumn<QByteArray>("weights");
    QTest::addColumn<double>("z"); // expected logit
    Q_UNUSED(kNow);
    QTest::newRow("intercept only") << QByteArray(R"({"intercept":0.5})") << 0.5;
    QTest::newRow("number") << QByteArray(R"({"weights":{"order_count":0.5}})") << 2.0;
    QTest::newRow("number capped") << QByteArray(R"({"weights":{"order_count":{"weight":0.5,"cap":2}}})") << 1.0;
    QTest::newRow("bool true") << QByteArray(R"({"weights":{"negative_survey_30d":1.5}})") << 1.5;
    QTest::newRow("bool false") << QByteArray(R"({"weights":{"unsubscribed":1.5}})") << 0.0;
    QTest::newRow("string equals") << QByteArray(R"({"weights":{"segment=VIP":0.7,"segment=gold":5}})") << 0.7;
    QTest::newRow("list holds") << QByteArray(R"({"weights":{"last_order_items=kettle":0.4}})") << 0.4;
    QTest::newRow("absent fact") << QByteArray(R"({"intercept":-1,"weights":{"last_csat":3}})") << -1.0;
    QTest::newRow("sum") << QByteArray(R"({"intercept":-2,"weights":{"order_count":0.25,"segment=vip":1}})") << 0.0;
}

void TestNbaRulePack::propensityTerms() {
    QFETCH(QByteArray, weights);
    QFETCH(double, z);
    auto p =
        RulePack::parse(pack({action("a", "c", kAlways, 1, QByteArray(",\"propensity\":" + weights).constData())}));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    Facts f;
    f.setNumber(fact::OrderCount, 4);
    f.setBool(fact::NegativeSurvey30d, true);
    f.setBool(fact::Unsubscribed, false);
    f.setString(fact::Segment, QStringLiteral("vip"));
    f.setList(fact::LastOrderItems, {QStringLiteral("Kettle")});
    QVERIFY(qFuzzyCompare(p->actions().constFirst().propensity.score(f), 1.0 / (1.0 + std::exp(-z))));
}

void TestNbaRulePack::contextWeights() {
    auto p = RulePack::parse(pack(
        {action("a", "c", kAlways, 1,
                R"(,"context":{"channel":{"phone":1.5,"*":0.5},"reason":{"delivery":2},"queue":{"vip":3,"*":1}})")}));
    QVERIFY(p.ok());
    const Action& a = p->actions().constFirst();
    Facts f;
    QCOMPARE(a.contextWeight(f), 0.5); // no channel: the default; no reason: 1; no queue: "*"
    applyContext(f, CallContext{QStringLiteral(" Delivery "), QStringLiteral("PHONE"), QStringLiteral("vip")});
    QCOMPARE(f.string(fact::CallReason), QStringLiteral("delivery"));
    QCOMPARE(a.contextWeight(f), 1.5 * 2 * 3);
    applyContext(f, CallContext{QStringLiteral("billing"), QStringLiteral("chat"), {}});
    QVERIFY(!f.contains(fact::Queue));
    QCOMPARE(a.contextWeight(f), 0.5);
}

void TestNbaRulePack::priorityIsTheProduct() {
    auto p = RulePack::parse(pack({action(
        "a", "c", kAlways, 80, R"(,"lever":1.5,"propensity":{"intercept":0},"context":{"channel":{"phone":2}})")}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OrderCount, 1);
    f.setString(fact::Channel, QStringLiteral("phone"));
    const Evaluation e = NbaEngine(*p).evaluate(f, {}, kNow);
    QCOMPARE(e.actions.size(), 1);
    const Recommendation& r = e.actions.constFirst();
    QCOMPARE(r.propensity, 0.5);
    QCOMPARE(r.contextWeight, 2.0);
    QCOMPARE(r.value, 80.0);
    QCOMPARE(r.lever, 1.5);
    QCOMPARE(r.priority, 0.5 * 2 * 80 * 1.5);
}

void TestNbaRulePack::topKWithCategoryDiversity() {
    auto p = RulePack::parse(pack({action("s1", "service", kAlways, 100), action("s2", "service", kAlways, 90),
                                   action("s3", "service", kAlways, 80), action("l1", "loyalty", kAlways, 50),
                                   action("m1", "marketing", kAlways, 10)}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OrderCount, 1);
    const NbaEngine engine(*p);
    EvaluateOptions o;
    o.topK = 3;
    auto ids = [&] {
        QStringList out;
        for (const Recommendation& r : engine.evaluate(f, {}, kNow, o).actions) {
            out << r.actionId;
        }
        return out;
    };
    QCOMPARE(ids(), (QStringList{QStringLiteral("s1"), QStringLiteral("l1"), QStringLiteral("m1")}));
    o.topK = 4; // every category shown once, then the best of the rest
    QCOMPARE(ids(),
             (QStringList{QStringLiteral("s1"), QStringLiteral("l1"), QStringLiteral("m1"), QStringLiteral("s2")}));
    o.diversity = false;
    o.topK = 3;
    QCOMPARE(ids(), (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    o.topK = 1;
    QCOMPARE(ids(), QStringList{QStringLiteral("s1")});
    QCOMPARE(engine.evaluate(f, {}, kNow, o).eligible, 5);
}

void TestNbaRulePack::disabledAndZeroLeverNeverShow() {
    auto p = RulePack::parse(pack({action("off", "a", kAlways, 100, R"(,"enabled":false)"),
                                   action("zero", "b", kAlways, 100, R"(,"lever":0)"), action("on", "c", kAlways, 1)}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OrderCount, 0);
    const Evaluation e = NbaEngine(*p).evaluate(f, {}, kNow);
    QCOMPARE(e.actions.size(), 1);
    QCOMPARE(e.actions.constFirst().actionId, QStringLiteral("on"));
}

void TestNbaRulePack::deterministicTies() {
    auto p = RulePack::parse(
        pack({action("zeta", "a", kAlways, 10), action("alpha", "b", kAlways, 10), action("mid", "c", kAlways, 10)}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OrderCount, 0);
    const NbaEngine engine(*p);
    for (int i = 0; i < 5; ++i) {
        const Evaluation e = engine.evaluate(f, {}, kNow);
        QCOMPARE(e.actions.at(0).actionId, QStringLiteral("alpha"));
        QCOMPARE(e.actions.at(1).actionId, QStringLiteral("mid"));
        QCOMPARE(e.actions.at(2).actionId, QStringLiteral("zeta"));
    }
}

void TestNbaRulePack::whySaysEligibilityAndContext() {
    auto p = RulePack::parse(pack({action("a", "c", R"({"all":[{"fact":"open_tickets","op":">","value":0},
                                                             {"fact":"segment","op":"in","value":["vip","gold"]}]})",
                                          10, R"(,"context":{"reason":{"delivery":1.5},"channel":{"phone":1}})")}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OpenTickets, 3);
    f.setString(fact::Segment, QStringLiteral("vip"));
    applyContext(f, CallContext{QStringLiteral("delivery"), QStringLiteral("phone"), {}});
    const Evaluation e = NbaEngine(*p).evaluate(f, {}, kNow);
    QCOMPARE(e.actions.size(), 1);
    // Plain words: no operators, no weights.
    QCOMPARE(e.actions.constFirst().why, (QStringList{QStringLiteral("3 open tickets"), QStringLiteral("Segment: vip"),
                                                      QStringLiteral("Calling about delivery")}));
    f.setString(fact::OpenTicketNumber, QStringLiteral("7001"));
    f.setString(fact::OpenTicketCategory, QStringLiteral("complaint"));
    QCOMPARE(NbaEngine(*p).evaluate(f, {}, kNow).actions.constFirst().why.constFirst(),
             QStringLiteral("Ticket 7001 (complaint) is still open"));
}

void TestNbaRulePack::heldBackIsReported() {
    auto p = RulePack::parse(
        pack({action("offer", "sales", kAlways, 100, R"(,"promotion":true)"), action("help", "service", kAlways, 1)}));
    QVERIFY(p.ok());
    Facts f;
    f.setNumber(fact::OrderCount, 1);
    f.setBool(fact::Unsubscribed, true);
    const Evaluation e = NbaEngine(*p).evaluate(f, {}, kNow);
    QCOMPARE(e.eligible, 2);
    QCOMPARE(e.actions.size(), 1);
    QCOMPARE(e.actions.constFirst().actionId, QStringLiteral("help"));
    QCOMPARE(e.heldBack.size(), 1);
    QCOMPARE(e.heldBack.constFirst().actionId, QStringLiteral("offer"));
    QVERIFY(e.heldBack.constFirst().reason.contains(QStringLiteral("unsubscribed")));
}

void TestNbaRulePack::placeholders() {
    Facts f;
    f.setString(fact::LastOrderNumber, QStringLiteral("100042"));
    f.setNumber(fact::AbandonedCartValue, 812.5);
    f.setList(fact::LastOrderItems, {QStringLiteral("Lamp"), QStringLiteral("Kettle")});
    QCOMPARE(fillPlaceholders(
                 QStringLiteral("Order {last_order_number}: {abandoned_cart_value} for {last_order_items}."), f),
             QStringLiteral("Order 100042: 812.50 for Lamp, Kettle."));
    QCOMPARE(fillPlaceholders(QStringLiteral("Missing {last_csat}!"), f), QStringLiteral("Missing !"));
    QCOMPARE(fillPlaceholders(QStringLiteral("Unclosed {brace"), f), QStringLiteral("Unclosed {brace"));
}

QTEST_GUILESS_MAIN(TestNbaRulePack)
#include "TestNbaRulePack.moc"

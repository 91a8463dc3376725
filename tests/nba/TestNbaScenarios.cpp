// The shipped retail pack against scenario customers in a real cache: the top action for each
// situation agents meet.

#include "NbaTestCache.h"

#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackRepository.h"
#include "models/nba/NbaEngine.h"

#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::nba;
using namespace c360::nbatest;

class TestNbaScenarios : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topAction_data();
    void topAction();
    void acceptedActionCoolsDown();
    void twoDismissalsSuppress();

private:
    Evaluation evaluate(const QString& email, const CallContext& context, const QList<Feedback>& history = {},
                        qint64 at = nowMs());

    std::unique_ptr<ScenarioCache> m_cache;
    std::unique_ptr<NbaEngine> m_engine;
};

void TestNbaScenarios::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<ScenarioCache>(QStringLiteral("nba-scenarios"));
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    auto pack = RulePack::load(RulePack::defaultPackPath());
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    m_engine = std::make_unique<NbaEngine>(std::move(*pack));
    ScenarioCache& c = *m_cache;
    const auto s = [](const char* text) { return QString::fromLatin1(text); };

    // Service recovery: an open ticket, a good customer otherwise.
    QVERIFY(c.customer(s("open@example.com"), s("gold")));
    QVERIFY(c.order(s("open@example.com"), s("100001"), 40, s("delivered"), 2500));
    QVERIFY(c.order(s("open@example.com"), s("100002"), 50, s("delivered"), 2500));
    QVERIFY(c.order(s("open@example.com"), s("100003"), 60, s("delivered"), 2500));
    QVERIFY(c.ticket(s("open@example.com"), s("40001"), 3, s("open"), s("normal")));
    // Service recovery: an urgent ticket solved last week (escalated recently).
    QVERIFY(c.customer(s("escalated@example.com"), s("silver")));
    QVERIFY(c.ticket(s("escalated@example.com"), s("40002"), 5, s("solved"), s("urgent")));
    // Delivery caller with an abandoned high-value checkout.
    QVERIFY(c.customer(s("cart@example.com"), s("silver")));
    QVERIFY(c.order(s("cart@example.com"), s("100010"), 4, s("shipped"), 300));
    QVERIFY(c.order(s("cart@example.com"), s("100011"), 2, s("cancelled"), 860));
    // Negative survey in the last 30 days (ticket solved).
    QVERIFY(c.customer(s("unhappy@example.com"), s("silver")));
    QVERIFY(c.order(s("unhappy@example.com"), s("100020"), 45, s("delivered"), 120));
    QVERIFY(c.ticket(s("unhappy@example.com"), s("40003"), 20, s("solved"), s("normal"), 1, 10));
    // Loyalty: high lifetime value, nothing else going on.
    QVERIFY(c.customer(s("vip@example.com"), s("vip")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(c.order(s("vip@example.com"), QString::number(100030 + i), 60 + 20 * i, s("delivered"), 2000));
    }
    // Win-back: nothing ordered for 250 days.
    QVERIFY(c.customer(s("lapsed@example.com"), s("bronze")));
    QVERIFY(c.order(s("lapsed@example.com"), s("100040"), 250, s("delivered"), 90));
    QVERIFY(c.order(s("lapsed@example.com"), s("100041"), 400, s("delivered"), 90));
    // Cross-sell: bought running shoes a week ago.
    QVERIFY(c.customer(s("runner@example.com"), s("silver")));
    QVERIFY(c.order(s("runner@example.com"), s("100050"), 7, s("delivered"), 480, s("Trail Running Shoes")));
    // Campaign follow-up: clicked the spring sale three days ago, bought nothing since.
    QVERIFY(c.customer(s("clicker@example.com"), s("silver")));
    QVERIFY(c.order(s("clicker@example.com"), s("100060"), 90, s("delivered"), 150));
    QVERIFY(c.campaign(s("clicker@example.com"), s("1"), s("CMP-7"), s("Spring Sale"), s("sent"), 4));
    QVERIFY(c.campaign(s("clicker@example.com"), s("2"), s("CMP-7"), s("Spring Sale"), s("click"), 3));
    // Unsubscribed loyalty customer: no offers, the preferences card instead.
    QVERIFY(c.customer(s("unsub@example.com"), s("vip")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(c.order(s("unsub@example.com"), QString::number(100070 + i), 60 + 20 * i, s("delivered"), 2000));
    }
    QVERIFY(c.campaign(s("unsub@example.com"), s("3"), s("CMP-8"), s("Summer"), s("unsubscribe"), 30));
    // Do-not-contact (the CRM says so in its record) loyalty customer who also clicked a campaign.
    QVERIFY(c.customer(s("dnc@example.com"), s("vip"), QJsonObject{{QStringLiteral("do_not_contact"), true}}));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(c.order(s("dnc@example.com"), QString::number(100080 + i), 60 + 20 * i, s("delivered"), 2000));
    }
    QVERIFY(c.campaign(s("dnc@example.com"), s("4"), s("CMP-9"), s("Autumn"), s("click"), 2));
    // A loyalty customer who returned something last week: refund check, no offer.
    QVERIFY(c.customer(s("returner@example.com"), s("vip")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(c.order(s("returner@example.com"), QString::number(100090 + i), 60 + 20 * i, s("delivered"), 2000));
    }
    QVERIFY(c.returned(s("returner@example.com"), s("R-1"), s("100090"), 6, 200));
}

Evaluation TestNbaScenarios::evaluate(const QString& email, const CallContext& context, const QList<Feedback>& history,
                                      qint64 at) {
    const qint64 party = m_cache->partyOf(email);
    FactsBuilder builder(m_cache->db());
    auto facts = builder.build(party, at, context);
    if (!facts) {
        qWarning("facts failed for %s: %s", qPrintable(email), qPrintable(facts.error().message));
        return {};
    }
    return m_engine->evaluate(*facts, history, at);
}

void TestNbaScenarios::topAction_data() {
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("expected");      // top action
    QTest::addColumn<QStringList>("alsoShown"); // other actions that must be in the top 3
    QTest::addColumn<QStringList>("neverShown");
    QTest::addColumn<QString>("scriptMentions");

    const QStringList offers = {QStringLiteral("loyalty_offer"), QStringLiteral("win_back"),
                                QStringLiteral("cross_sell"), QStringLiteral("campaign_followup"),
                                QStringLiteral("delivery_cart_rescue")};
    const auto row = [](const char* name, const char* email, const char* reason, const char* channel,
                        const char* expected, QStringList also, QStringList never, const char* mentions) {
        QTest::newRow(name) << QString::fromLatin1(email) << QString::fromLatin1(reason) << QString::fromLatin1(channel)
                            << QString::fromLatin1(expected) << also << never << QString::fromUtf8(mentions);
    };
    row("open ticket", "open@example.com", "billing", "phone", "service_recovery", {},
        {QStringLiteral("loyalty_offer")}, "open request");
    row("escalated ticket", "escalated@example.com", "billing", "phone", "service_recovery", {}, {}, "");
    // Service first: the parcel on its way, then the cart; no cross-sell on an order not delivered yet.
    row("delivery caller with abandoned cart", "cart@example.com", "delivery", "phone", "delivery_status",
        {QStringLiteral("delivery_cart_rescue")}, {QStringLiteral("cross_sell")}, "100010");
    row("same customer calling about billing", "cart@example.com", "billing", "phone", "delivery_cart_rescue", {},
        {QStringLiteral("cross_sell")}, "860 CNY");
    row("negative survey", "unhappy@example.com", "billing", "phone", "negative_survey_followup", {}, {},
        "rated us 1 out of 5");
    row("high lifetime value", "vip@example.com", "sales", "phone", "loyalty_offer", {}, {}, "loyalty");
    row("long inactivity", "lapsed@example.com", "sales", "phone", "win_back", {}, {}, "");
    row("recent purchase", "runner@example.com", "sales", "chat", "cross_sell", {}, {}, "Trail Running Shoes");
    row("click without purchase", "clicker@example.com", "sales", "phone", "campaign_followup", {}, {}, "Spring Sale");
    // Opted out: no card at all, a notice instead ("notice:" rows).
    row("unsubscribed", "unsub@example.com", "sales", "phone", "notice:respect_contact_preferences", {}, offers, "");
    row("do not contact", "dnc@example.com", "sales", "phone", "notice:respect_contact_preferences", {}, offers, "");
    row("recent return", "returner@example.com", "returns", "phone", "returns_refund_check", {}, offers, "refund");
    row("Chinese script", "runner@example.com", "sales", "phone", "cross_sell", {}, {}, "");
}

void TestNbaScenarios::topAction() {
    QFETCH(QString, email);
    QFETCH(QString, reason);
    QFETCH(QString, channel);
    QFETCH(QString, expected);
    QFETCH(QStringList, alsoShown);
    QFETCH(QStringList, neverShown);
    QFETCH(QString, scriptMentions);
    const Evaluation e = evaluate(email, CallContext{reason, channel, {}});
    QStringList shown;
    for (const Recommendation& r : e.actions) {
        shown << r.actionId;
    }
    if (expected.startsWith(QLatin1String("notice:"))) {
        QVERIFY2(e.actions.isEmpty(), qPrintable(shown.join(QLatin1Char(','))));
        QCOMPARE(e.notices.size(), 1);
        QCOMPARE(e.notices.constFirst().actionId, expected.mid(7));
        QVERIFY(!e.notices.constFirst().text.isEmpty());
        QVERIFY(!e.notices.constFirst().why.isEmpty());
        return;
    }
    QVERIFY2(!e.actions.isEmpty(), qPrintable(email));
    QVERIFY2(shown.constFirst() == expected, qPrintable(shown.join(QLatin1Char(','))));
    for (const QString& id : alsoShown) {
        QVERIFY2(shown.contains(id), qPrintable(id + QStringLiteral(" missing from ") + shown.join(QLatin1Char(','))));
    }
    for (const QString& id : neverShown) {
        QVERIFY2(!shown.contains(id), qPrintable(id + QStringLiteral(" shown: ") + shown.join(QLatin1Char(','))));
    }
    const Recommendation& top = e.actions.constFirst();
    QVERIFY2(!top.why.isEmpty(), qPrintable(top.actionId));
    QVERIFY(top.priority > 0);
    if (!scriptMentions.isEmpty()) {
        QVERIFY2(top.script.contains(scriptMentions), qPrintable(top.script));
    }
    QVERIFY2(!top.script.contains(QLatin1Char('{')), qPrintable(top.script)); // placeholders filled
    if (QByteArray(QTest::currentDataTag()) == "Chinese script") {
        EvaluateOptions o;
        o.language = QStringLiteral("zh_TW");
        FactsBuilder builder(m_cache->db());
        auto facts = builder.build(m_cache->partyOf(email), nowMs(), CallContext{reason, channel, {}});
        QVERIFY(facts.ok());
        const Evaluation zh = m_engine->evaluate(*facts, {}, nowMs(), o);
        QVERIFY2(zh.actions.constFirst().script.contains(QStringLiteral("Trail Running Shoes")) &&
                     zh.actions.constFirst().script.contains(QStringLiteral("推薦")),
                 qPrintable(zh.actions.constFirst().script));
    }
}

void TestNbaScenarios::acceptedActionCoolsDown() {
    const CallContext sales{QStringLiteral("sales"), QStringLiteral("phone"), {}};
    const qint64 party = m_cache->partyOf(QStringLiteral("vip@example.com"));
    FeedbackRepository repo(m_cache->db());
    QVERIFY(repo.ensureSchema().ok());
    Feedback f;
    f.partyId = party;
    f.actionId = QStringLiteral("loyalty_offer");
    f.outcome = Outcome::Accepted;
    f.atMs = nowMs() - 2 * 24 * 3600 * 1000LL;
    f.context = sales;
    QVERIFY(repo.record(f).ok());
    auto history = repo.history(party, 0);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    const auto shows = [](const Evaluation& e, const QString& id) {
        return std::any_of(e.actions.begin(), e.actions.end(),
                           [&id](const Recommendation& r) { return r.actionId == id; });
    };
    Evaluation e = evaluate(QStringLiteral("vip@example.com"), sales, *history);
    QVERIFY(!shows(e, f.actionId)); // cooling down (30 days)
    QCOMPARE(e.heldBack.size(), 1);
    QCOMPARE(e.heldBack.constFirst().actionId, f.actionId);
    QVERIFY(e.heldBack.constFirst().reason.contains(QStringLiteral("Accepted")));
    // 31 days later it is back.
    e = evaluate(QStringLiteral("vip@example.com"), sales, *history, nowMs() + 29 * 24 * 3600 * 1000LL);
    QVERIFY(shows(e, f.actionId));
}

void TestNbaScenarios::twoDismissalsSuppress() {
    const CallContext sales{QStringLiteral("sales"), QStringLiteral("phone"), {}};
    const qint64 party = m_cache->partyOf(QStringLiteral("lapsed@example.com"));
    FeedbackRepository repo(m_cache->db());
    QVERIFY(repo.ensureSchema().ok());
    Feedback f;
    f.partyId = party;
    f.actionId = QStringLiteral("win_back");
    f.outcome = Outcome::Dismissed;
    f.reason = QStringLiteral("declined");
    f.atMs = nowMs() - 10 * 24 * 3600 * 1000LL;
    QVERIFY(repo.record(f).ok());
    auto history = repo.history(party, 0);
    QVERIFY(history.ok());
    QCOMPARE(evaluate(QStringLiteral("lapsed@example.com"), sales, *history).actions.size(), 1); // once: still shown
    f.atMs = nowMs() - 3 * 24 * 3600 * 1000LL;
    QVERIFY(repo.record(f).ok());
    history = repo.history(party, 0);
    QVERIFY(history.ok());
    const Evaluation e = evaluate(QStringLiteral("lapsed@example.com"), sales, *history);
    QVERIFY(e.actions.isEmpty());
    QVERIFY(e.heldBack.constFirst().reason.contains(QStringLiteral("Dismissed 2 times")));
}

QTEST_GUILESS_MAIN(TestNbaScenarios)
#include "TestNbaScenarios.moc"

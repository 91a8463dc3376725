// Journey stages per rule, friction flags, `c360 journey --json`, on the hand-made dataset and on
// constructed touchpoint sequences.
#include "SupervisorDataset.h"

#include "app/CliJourney.h"
#include "models/EventKinds.h"
#include "models/Journey.h"
#include "models/JourneyRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::supervisortest;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

Touchpoint tp(qint64 id, qint64 atMs, const QString& kind, const QString& title = {}, const QString& summary = {}) {
    Touchpoint t;
    t.eventId = id;
    t.occurredMs = atMs;
    t.kind = kind;
    t.title = title;
    t.summary = summary;
    return t;
}

QStringList frictionOf(const Journey& j) {
    QStringList out;
    for (const Friction& f : j.friction) {
        out << QStringLiteral("%1@%2<-%3").arg(Friction::kindName(f.kind)).arg(f.eventId).arg(f.relatedEventId);
    }
    return out;
}

} // namespace

class TestJourney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stagePerRule_data();
    void stagePerRule();
    void eventsReadAlike_data();
    void eventsReadAlike();
    void frictionFlags();
    void noFrictionOutsideTheWindows();
    void journeyOfDatasetCustomer();
    void cliJson();
    void cliRejectsBadInput();

private:
    JourneyRules m_rules;
    std::unique_ptr<Dataset> m_data;
};

void TestJourney::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    auto rules = JourneyRules::load(JourneyRules::defaultPath());
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    m_rules = *rules;
    m_data = std::make_unique<Dataset>(QStringLiteral("journey"));
    QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
}

// Each shipped rule, as the last event of a sequence: the stage the customer is in afterwards.
void TestJourney::stagePerRule_data() {
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("summaries");
    QTest::addColumn<QString>("stage");
    QTest::newRow("profile → aware") << QStringList{QStringLiteral("profile")} << QStringList{QString()}
                                     << QStringList{QString()} << QStringLiteral("aware");
    QTest::newRow("campaign sent → aware")
        << QStringList{QStringLiteral("campaign")} << QStringList{QStringLiteral("Sent: Spring sale")}
        << QStringList{QString()} << QStringLiteral("aware");
    QTest::newRow("campaign clicked → consider")
        << QStringList{QStringLiteral("campaign")} << QStringList{QStringLiteral("Clicked: Spring sale")}
        << QStringList{QString()} << QStringLiteral("consider");
    QTest::newRow("unsubscribed moves nothing")
        << QStringList{QStringLiteral("campaign")} << QStringList{QStringLiteral("Unsubscribed: Spring sale")}
        << QStringList{QString()} << QString();
    QTest::newRow("call before aware moves nothing")
        << QStringList{QStringLiteral("call")} << QStringList{QStringLiteral("Inbound call")} << QStringList{QString()}
        << QString();
    QTest::newRow("call when aware → consider")
        << QStringList{QStringLiteral("profile"), QStringLiteral("call")} << QStringList{QString(), QString()}
        << QStringList{QString(), QString()} << QStringLiteral("consider");
    QTest::newRow("order → purchase") << QStringList{QStringLiteral("order")} << QStringList{QStringLiteral("Order 1")}
                                      << QStringList{QStringLiteral("Paid")} << QStringLiteral("purchase");
    QTest::newRow("delivered order → onboard")
        << QStringList{QStringLiteral("order")} << QStringList{QStringLiteral("Order 1")}
        << QStringList{QStringLiteral("Delivered · Tea")} << QStringLiteral("onboard");
    QTest::newRow("survey after onboard → engage")
        << QStringList{QStringLiteral("order"), QStringLiteral("survey")}
        << QStringList{QStringLiteral("Order 1"), QStringLiteral("CSAT 5/5")}
        << QStringList{QStringLiteral("Delivered"), QString()} << QStringLiteral("engage");
    QTest::newRow("survey before purchase moves nothing")
        << QStringList{QStringLiteral("survey")} << QStringList{QStringLiteral("CSAT 5/5")} << QStringList{QString()}
        << QString();
    QTest::newRow("second order → retain") << QStringList{QStringLiteral("order"), QStringLiteral("order")}
                                           << QStringList{QStringLiteral("Order 1"), QStringLiteral("Order 2")}
                                           << QStringList{QString(), QString()} << QStringLiteral("retain");
    QTest::newRow("stages never move back")
        << QStringList{QStringLiteral("order"), QStringLiteral("campaign")}
        << QStringList{QStringLiteral("Order 1"), QStringLiteral("Sent: Spring sale")}
        << QStringList{QString(), QString()} << QStringLiteral("purchase");
}

void TestJourney::stagePerRule() {
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, summaries);
    QFETCH(QString, stage);
    QList<JourneyEventInput> events;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        events.append({kinds.at(i), titles.at(i), summaries.at(i)});
    }
    const QList<int> stages = m_rules.assign(events);
    QCOMPARE(stages.size(), kinds.size());
    QCOMPARE(stages.last(), m_rules.stageIndex(stage));
}

// Two versions of an event (the same kind): alike when every rule's title and summary prefixes meet both or neither,
// as the cache writer asks before it reads a customer's stages again.
void TestJourney::eventsReadAlike_data() {
    QTest::addColumn<QStringList>("a"); // kind, title, summary
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<bool>("alike");
    const auto e = [](const char* kind, const char* title, const char* summary) {
        return QStringList{QString::fromUtf8(kind), QString::fromUtf8(title), QString::fromUtf8(summary)};
    };
    QTest::newRow("call, new summary") << e("call", "Inbound call", "") << e("call", "Inbound call", "Refund") << true;
    QTest::newRow("ticket solved") << e("ticket", "Ticket #7: Late", "Open") << e("ticket", "Ticket #7: Late", "Solved")
                                   << true;
    QTest::newRow("order paid, then shipped")
        << e("order", "Order 1", "Paid") << e("order", "Order 1", "Shipped") << true;
    QTest::newRow("order delivered") << e("order", "Order 1", "Shipped") << e("order", "Order 1", "Delivered · Tea")
                                     << false;
    QTest::newRow("delivered, case aside")
        << e("order", "Order 1", "delivered") << e("order", "Order 1", "DELIVERED") << true;
    QTest::newRow("campaign opened, then clicked")
        << e("campaign", "Opened: Spring", "") << e("campaign", "Clicked: Spring", "") << false;
    QTest::newRow("campaign sent, then opened")
        << e("campaign", "Sent: Spring", "") << e("campaign", "Opened: Spring", "") << true;
    QTest::newRow("another kind") << e("call", "Inbound call", "") << e("chat", "Inbound call", "") << false;
    QTest::newRow("no rule reads it") << e("note", "Note", "a") << e("note", "Delivered", "b") << true;
}

void TestJourney::eventsReadAlike() {
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(bool, alike);
    QCOMPARE(m_rules.alike({a.at(0), a.at(1), a.at(2)}, {b.at(0), b.at(1), b.at(2)}), alike);
    QCOMPARE(m_rules.alike({b.at(0), b.at(1), b.at(2)}, {a.at(0), a.at(1), a.at(2)}), alike);
}

void TestJourney::frictionFlags() {
    const qint64 t0 = 1'780'000'000'000;
    QList<Touchpoint> tps;
    Touchpoint order = tp(1, t0, kinds::Order, QStringLiteral("Order 1001"), QStringLiteral("Paid"));
    order.reference = QStringLiteral("1001");
    order.status = QStringLiteral("paid");
    tps << order;
    Touchpoint chat = tp(2, t0 + 9 * kDay, kinds::Chat, QStringLiteral("Inbound chat"));
    chat.reference = QStringLiteral("1001");
    tps << chat; // late delivery (due day 7) followed by a contact
    Touchpoint call = tp(3, t0 + 10 * kDay, kinds::Call, QStringLiteral("Inbound call"));
    call.reference = QStringLiteral("1001");
    tps << call; // same order within 7 days, chat → phone within 48 h, still late
    Touchpoint ticket = tp(4, t0 + 40 * kDay, kinds::Ticket, QStringLiteral("Ticket #77: Broken"));
    ticket.reference = QStringLiteral("77");
    ticket.status = QStringLiteral("reopened");
    tps << ticket; // reopened; 30 days after the call and the order's due date: no other flag
    const Journey j = buildJourney(9, tps, m_rules);
    QCOMPARE(frictionOf(j), (QStringList{
                                QStringLiteral("late_delivery_contact@2<-1"),
                                QStringLiteral("repeat_contact@3<-2"),
                                QStringLiteral("channel_switch@3<-2"),
                                QStringLiteral("late_delivery_contact@3<-1"),
                                QStringLiteral("reopened_ticket@4<-0"),
                            }));
    QCOMPARE(j.touchpoints.at(1).channel, QStringLiteral("chat"));
    QCOMPARE(j.touchpoints.at(2).channel, QStringLiteral("phone"));
    QVERIFY(j.touchpoints.at(2).friction);
    QVERIFY(!j.touchpoints.at(0).friction);
    // Stage periods: purchase from the order on.
    QCOMPARE(j.stages.size(), 1);
    QCOMPARE(j.stages.first().stage, m_rules.stageIndex(QStringLiteral("purchase")));
    QCOMPARE(j.stages.first().untilMs, t0 + 40 * kDay);
}

void TestJourney::noFrictionOutsideTheWindows() {
    const qint64 t0 = 1'780'000'000'000;
    QList<Touchpoint> tps;
    Touchpoint a = tp(1, t0, kinds::Call, QStringLiteral("Inbound call"));
    a.queue = QStringLiteral("billing");
    a.reason = QStringLiteral("Invoice");
    Touchpoint b = tp(2, t0 + 7 * kDay + kHour, kinds::Chat, QStringLiteral("Inbound chat")); // > 7 days, > 48 h
    b.queue = QStringLiteral("billing");
    b.reason = QStringLiteral("Invoice");
    Touchpoint c = tp(3, t0 + 8 * kDay, kinds::Chat, QStringLiteral("Inbound chat")); // same channel, other reason
    c.queue = QStringLiteral("billing");
    c.reason = QStringLiteral("Refund");
    Touchpoint order =
        tp(4, t0 + 8 * kDay + kHour, kinds::Order, QStringLiteral("Order 5"), QStringLiteral("Delivered"));
    order.status = QStringLiteral("delivered");
    Touchpoint d = tp(5, t0 + 20 * kDay, kinds::Call, QStringLiteral("Inbound call")); // after a delivered order
    const Journey j = buildJourney(9, {a, b, c, order, d}, m_rules);
    QCOMPARE(frictionOf(j), QStringList{});
    // Same queue and reason within 7 days (no order or ticket named): a repeat contact.
    Touchpoint e = tp(6, t0 + 3 * kDay, kinds::Call, QStringLiteral("Inbound call"));
    e.queue = QStringLiteral("billing");
    e.reason = QStringLiteral("Invoice");
    QCOMPARE(frictionOf(buildJourney(9, {a, e}, m_rules)), QStringList{QStringLiteral("repeat_contact@6<-1")});
}

void TestJourney::journeyOfDatasetCustomer() {
    auto j = JourneyRepository(m_data->db()).load(m_data->party(QStringLiteral("A")), m_rules);
    QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().detail));
    // Profile, O1, I1, I2, O2, I3.
    QStringList seen;
    for (const Touchpoint& t : j->touchpoints) {
        seen << QStringLiteral("%1/%2/%3").arg(t.kind, t.channel, m_rules.stages().value(t.stage).id);
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("profile/web/aware"), QStringLiteral("order/web/onboard"),
                                QStringLiteral("call/phone/engage"), QStringLiteral("chat/chat/engage"),
                                QStringLiteral("order/web/retain"), QStringLiteral("call/phone/retain")}));
    // I2 repeats I1 (billing, "Billing question", 3 days) on another channel, but not within 48 h.
    QCOMPARE(j->friction.size(), 1);
    QCOMPARE(j->friction.first().kind, FrictionKind::RepeatContact);
    QCOMPARE(j->friction.first().eventId, j->touchpoints.at(3).eventId);
    QCOMPARE(j->friction.first().relatedEventId, j->touchpoints.at(2).eventId);
    QCOMPARE(j->stages.size(), 4); // aware, onboard, engage, retain
}

void TestJourney::cliJson() {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = app::runCliJourney({QStringLiteral("c360"), QString::number(m_data->party(QStringLiteral("B"))),
                                         QStringLiteral("--json"), QStringLiteral("--db"), m_data->path()},
                                        out, err);
    out.flush();
    err.flush();
    QVERIFY2(code == 0, qPrintable(errText));
    const QJsonObject doc = QJsonDocument::fromJson(outText.toUtf8()).object();
    const QJsonArray tps = doc.value(QStringLiteral("touchpoints")).toArray();
    // Profile, I4, I5, I6, O3, I7, I8.
    QCOMPARE(tps.size(), 7);
    QCOMPARE(tps.at(1).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(tps.at(1).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("consider"));
    QCOMPARE(tps.at(4).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("purchase"));
    QCOMPARE(tps.at(3).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    // I5 repeats I4 (billing, 2 days); I8 repeats I7 (delivery, 3 days); O3 (paid 03-20) is late from 03-27,
    // and I7 and I8 follow; no channel switch within 48 h.
    QStringList friction;
    for (const QJsonValue& f : doc.value(QStringLiteral("friction")).toArray()) {
        friction << f.toObject().value(QStringLiteral("type")).toString() + QLatin1Char('@') +
                        f.toObject().value(QStringLiteral("occurred_at")).toString().left(10);
    }
    QCOMPARE(
        friction,
        (QStringList{QStringLiteral("repeat_contact@2026-03-01"), QStringLiteral("late_delivery_contact@2026-03-31"),
                     QStringLiteral("repeat_contact@2026-04-03"), QStringLiteral("late_delivery_contact@2026-04-03")}));
}

void TestJourney::cliRejectsBadInput() {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(app::runCliJourney({QStringLiteral("c360"), QStringLiteral("abc"), QStringLiteral("--db"), m_data->path()},
                                out, err),
             2);
    QCOMPARE(app::runCliJourney(
                 {QStringLiteral("c360"), QStringLiteral("99999"), QStringLiteral("--db"), m_data->path()}, out, err),
             1);
    err.flush();
    QVERIFY2(errText.contains(QStringLiteral("one customer id")), qPrintable(errText));
    QVERIFY2(errText.contains(QStringLiteral("There is no customer 99999")), qPrintable(errText));
    QVERIFY(outText.isEmpty());
}

QTEST_GUILESS_MAIN(TestJourney)
#include "TestJourney.moc"

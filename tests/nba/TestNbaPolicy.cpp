#include "models/nba/ContactPolicy.h"

#include <QTest>

using namespace c360;
using namespace c360::nba;

namespace {
constexpr qint64 kNow = 1'781'000'000'000; // 2026-06-09
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

Feedback fb(const char* action, Outcome outcome, qint64 ago) {
    Feedback f;
    f.partyId = 1;
    f.actionId = QString::fromLatin1(action);
    f.outcome = outcome;
    f.reason = outcome == Outcome::Dismissed ? QStringLiteral("declined") : QString();
    f.atMs = kNow - ago;
    return f;
}
} // namespace

Q_DECLARE_METATYPE(QList<c360::nba::Feedback>)

class TestNbaPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void policy_data();
    void policy();
    void outcomeNames();
};

// Columns: the action (offer or not, allow_with_complaint, own cool-down), the customer's facts,
// the history; expected: shown or held back with a reason that mentions `mentions`.
void TestNbaPolicy::policy_data() {
    QTest::addColumn<bool>("promotion");
    QTest::addColumn<bool>("allowWithComplaint");
    QTest::addColumn<int>("cooldownDays"); // -1: the pack's (7)
    QTest::addColumn<QVariantMap>("facts");
    QTest::addColumn<QList<Feedback>>("history");
    QTest::addColumn<QString>("mentions"); // empty: shown

    const QVariantMap none;
    const auto facts = [](std::initializer_list<std::pair<const char*, QVariant>> values) {
        QVariantMap m;
        for (const auto& [k, v] : values) {
            m.insert(QString::fromLatin1(k), v);
        }
        return m;
    };
    const QList<Feedback> noHistory;

    QTest::newRow("nothing: shown") << true << false << -1 << none << noHistory << QString();
    // 1. consent
    QTest::newRow("offer to do-not-contact") << true << false << -1 << facts({{"do_not_contact", true}}) << noHistory
                                             << QStringLiteral("not to be contacted");
    QTest::newRow("offer to unsubscribed")
        << true << false << -1 << facts({{"unsubscribed", true}}) << noHistory << QStringLiteral("unsubscribed");
    QTest::newRow("offer to unsubscribed even with allow_with_complaint")
        << true << true << -1 << facts({{"unsubscribed", true}}) << noHistory << QStringLiteral("unsubscribed");
    QTest::newRow("service to unsubscribed: shown")
        << false << false << -1 << facts({{"unsubscribed", true}, {"do_not_contact", true}}) << noHistory << QString();
    QTest::newRow("offer, do_not_contact false: shown")
        << true << false << -1 << facts({{"do_not_contact", false}}) << noHistory << QString();
    // 2. complaints and returns
    QTest::newRow("offer with open complaint")
        << true << false << -1 << facts({{"open_tickets", 1.0}, {"open_complaint", true}}) << noHistory
        << QStringLiteral("complaint");
    QTest::newRow("offer with open complaint, allowed")
        << true << true << -1 << facts({{"open_tickets", 1.0}, {"open_complaint", true}}) << noHistory << QString();
    QTest::newRow("service with open complaint: shown")
        << false << false << -1 << facts({{"open_tickets", 1.0}, {"open_complaint", true}}) << noHistory << QString();
    QTest::newRow("offer 3 days after a return")
        << true << false << -1 << facts({{"days_since_last_return", 3.0}}) << noHistory << QStringLiteral("return");
    QTest::newRow("offer 13 days after a return")
        << true << false << -1 << facts({{"days_since_last_return", 13.0}}) << noHistory << QStringLiteral("return");
    QTest::newRow("offer 14 days after a return: shown")
        << true << false << -1 << facts({{"days_since_last_return", 14.0}}) << noHistory << QString();
    QTest::newRow("offer after a return, allowed")
        << true << true << -1 << facts({{"days_since_last_return", 1.0}}) << noHistory << QString();
    // 3. cool-down after accept
    QTest::newRow("accepted 2 days ago") << false << false << -1 << none
                                         << QList<Feedback>{fb("a", Outcome::Accepted, 2 * kDay)}
                                         << QStringLiteral("Accepted");
    QTest::newRow("accepted 8 days ago: shown")
        << false << false << -1 << none << QList<Feedback>{fb("a", Outcome::Accepted, 8 * kDay)} << QString();
    QTest::newRow("own cool-down 30 days")
        << false << false << 30 << none << QList<Feedback>{fb("a", Outcome::Accepted, 20 * kDay)}
        << QStringLiteral("Accepted");
    QTest::newRow("own cool-down 0 days: shown")
        << false << false << 0 << none << QList<Feedback>{fb("a", Outcome::Accepted, 10 * kMinute)} << QString();
    QTest::newRow("another action accepted: shown")
        << false << false << -1 << none << QList<Feedback>{fb("b", Outcome::Accepted, kDay)} << QString();
    QTest::newRow("feedback in the future ignored")
        << false << false << -1 << none << QList<Feedback>{fb("a", Outcome::Accepted, -kDay)} << QString();
    // 4. N dismissals in M days (2 in 30)
    QTest::newRow("one old dismissal: shown")
        << false << false << -1 << none << QList<Feedback>{fb("a", Outcome::Dismissed, 3 * kDay)} << QString();
    QTest::newRow("two dismissals in 30 days")
        << false << false << -1 << none
        << QList<Feedback>{fb("a", Outcome::Dismissed, 20 * kDay), fb("a", Outcome::Dismissed, 3 * kDay)}
        << QStringLiteral("Dismissed 2 times");
    QTest::newRow("two dismissals, one outside the window: shown")
        << false << false << -1 << none
        << QList<Feedback>{fb("a", Outcome::Dismissed, 40 * kDay), fb("a", Outcome::Dismissed, 3 * kDay)} << QString();
    QTest::newRow("later does not count as dismissal: shown")
        << false << false << -1 << none
        << QList<Feedback>{fb("a", Outcome::Later, 20 * kDay), fb("a", Outcome::Dismissed, 3 * kDay)} << QString();
    // 5. snooze within the call (60 minutes)
    QTest::newRow("dismissed 5 minutes ago")
        << false << false << -1 << none << QList<Feedback>{fb("a", Outcome::Dismissed, 5 * kMinute)}
        << QStringLiteral("Dismissed in this call");
    QTest::newRow("later 5 minutes ago") << false << false << -1 << none
                                         << QList<Feedback>{fb("a", Outcome::Later, 5 * kMinute)}
                                         << QStringLiteral("later");
    QTest::newRow("later 2 hours ago: shown")
        << false << false << -1 << none << QList<Feedback>{fb("a", Outcome::Later, 120 * kMinute)} << QString();
}

void TestNbaPolicy::policy() {
    QFETCH(bool, promotion);
    QFETCH(bool, allowWithComplaint);
    QFETCH(int, cooldownDays);
    QFETCH(QVariantMap, facts);
    QFETCH(QList<Feedback>, history);
    QFETCH(QString, mentions);

    Action action;
    action.id = QStringLiteral("a");
    action.promotion = promotion;
    action.allowWithComplaint = allowWithComplaint;
    if (cooldownDays >= 0) {
        action.cooldownDays = cooldownDays;
    }
    Facts f;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (it.value().typeId() == QMetaType::Bool) {
            f.setBool(it.key(), it.value().toBool());
        } else {
            f.setNumber(it.key(), it.value().toDouble());
        }
    }
    const ContactPolicy policy(PolicyConfig{}); // 7-day cool-down, 2 in 30 days, 60-minute snooze, 14-day returns
    const auto held = policy.suppression(action, f, history, kNow);
    if (mentions.isEmpty()) {
        QVERIFY2(!held.has_value(), qPrintable(held.value_or(QString())));
    } else {
        QVERIFY(held.has_value());
        QVERIFY2(held->contains(mentions, Qt::CaseInsensitive), qPrintable(*held));
    }
}

void TestNbaPolicy::outcomeNames() {
    for (Outcome o : {Outcome::Accepted, Outcome::Dismissed, Outcome::Later}) {
        QCOMPARE(outcomeFromName(outcomeName(o)), std::optional<Outcome>(o));
    }
    QVERIFY(!outcomeFromName(QStringLiteral("maybe")).has_value());
}

QTEST_GUILESS_MAIN(TestNbaPolicy)
#include "TestNbaPolicy.moc"

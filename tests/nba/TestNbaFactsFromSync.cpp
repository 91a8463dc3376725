// The facts service decisions hinge on, from data that arrived the way a real company's does: the
// reference backend's five systems synced over loopback HTTP into a real cache (surveys from the
// marketing platform, abandoned carts from the shop, consent kept by the CRM), then FactsBuilder
// and the shipped pack per customer. The expected values come from the backend's generated world
// (same seed, same size), not from the cache.
#include "models/nba/FactsBuilder.h"
#include "models/nba/NbaEngine.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "tools/backend/Streams.h"
#include "tools/backend/WorldGenerator.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <map>

using namespace c360;
using namespace c360::nba;
using namespace c360::testing;

namespace {
constexpr int kCustomers = 300;
constexpr quint64 kSeed = 42;
const qint64 kNowMs = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00.000Z"), Qt::ISODateWithMs)
                          .toMSecsSinceEpoch(); // the backend's default end of its world

struct Truth {
    std::optional<int> newestNps; // the newest live NPS answer
    qint64 newestNpsMs = 0;
    bool doNotContact = false; // the live CRM record says so
    bool emailUnsubscribed = false;
    bool hasCrm = false;
    int crmIndex = -1; // CRM-%06d is index + 1 of the CRM's records (not every person is in the CRM)
    bool hasLiveCart = false;
};
} // namespace

class TestNbaFactsFromSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consentIsAFieldOfTheCustomer();
    void npsComesFromTheSurveyStream();
    void cartsAreNotOrders();
    void refundsAreNotOverdueForMonths();
    void doNotContactGetsANoticeNotAnOffer();

private:
    // party id of the CRM record of this person, or 0
    qint64 partyOfPerson(int person) const;
    Facts factsOf(qint64 party);

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<TempCache> m_cache;
    backend::World m_world;
    std::map<int, Truth> m_truth; // by person
};

void TestNbaFactsFromSync::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    BackendProcess::Options options;
    options.customers = kCustomers;
    options.seed = kSeed;
    m_backend = std::make_unique<BackendProcess>(options);
    QVERIFY2(m_backend->start().ok(), "backend did not start");
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->isValid(), qPrintable(m_cache->errorString()));
    SyncEngine engine(m_cache->db());
    auto report = engine.runFile(m_backend->sourcesFile(), SyncOptions{});
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->ok(), qPrintable(report->summary));
    QCOMPARE(m_cache->liveCounts(), *m_backend->stats());

    m_world = backend::WorldGenerator({kSeed, kCustomers, 0, kNowMs}).generate();
    for (int i = 0; i < int(m_world.customers.size()); ++i) {
        const backend::Customer& c = m_world.customers[std::size_t(i)];
        if (!c.deleted) {
            Truth& t = m_truth[c.person];
            t.hasCrm = true;
            t.crmIndex = i;
            t.doNotContact = c.doNotContact;
            t.emailUnsubscribed = c.emailUnsubscribed;
        }
    }
    for (const backend::Survey& s : m_world.surveys) {
        if (!s.deleted && s.type == QLatin1String("nps")) {
            Truth& t = m_truth[s.person];
            if (!t.newestNps || s.answeredMs > t.newestNpsMs) {
                t.newestNps = s.score;
                t.newestNpsMs = s.answeredMs;
            }
        }
    }
    for (const backend::Cart& c : m_world.carts) {
        if (!c.deleted) {
            m_truth[c.person].hasLiveCart = true;
        }
    }
}

qint64 TestNbaFactsFromSync::partyOfPerson(int person) const {
    QSqlQuery q(m_cache->db());
    q.prepare(QStringLiteral("SELECT pl.party_id FROM source_record sr JOIN party_link pl ON pl.record_id = sr.id "
                             "WHERE sr.source = 'crm' AND sr.stream = 'customers' AND sr.source_id = ?"));
    const auto it = m_truth.find(person);
    if (it == m_truth.end() || it->second.crmIndex < 0) {
        return 0;
    }
    q.addBindValue(backend::recordId(backend::StreamKind::Customers, it->second.crmIndex));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Facts TestNbaFactsFromSync::factsOf(qint64 party) {
    FactsBuilder builder(m_cache->db());
    auto facts = builder.build(party, kNowMs);
    return facts.ok() ? *facts : Facts{};
}

void TestNbaFactsFromSync::consentIsAFieldOfTheCustomer() {
    // The mapped columns, not a guess from the raw payload.
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer_profile WHERE do_not_contact IS NULL")) == 0);
    int dnc = 0, unsubscribed = 0, wrong = 0;
    for (const auto& [person, truth] : m_truth) {
        if (!truth.hasCrm) {
            continue;
        }
        const qint64 party = partyOfPerson(person);
        QVERIFY2(party > 0, qPrintable(QStringLiteral("person %1 has no party").arg(person)));
        const Facts f = factsOf(party);
        dnc += truth.doNotContact ? 1 : 0;
        unsubscribed += truth.emailUnsubscribed ? 1 : 0;
        if (f.isTrue(fact::DoNotContact) != truth.doNotContact) {
            ++wrong;
            qWarning("person %d: do_not_contact is %d, the CRM says %d", person, f.isTrue(fact::DoNotContact),
                     truth.doNotContact);
        }
        if (truth.emailUnsubscribed && !f.isTrue(fact::EmailUnsubscribed)) {
            ++wrong;
            qWarning("person %d: unsubscribed in the CRM, not in the facts", person);
        }
    }
    qInfo("consent: %d do-not-contact, %d unsubscribed customers, %d wrong", dnc, unsubscribed, wrong);
    QVERIFY(dnc > 0);
    QVERIFY(unsubscribed > 0);
    QCOMPARE(wrong, 0);
}

void TestNbaFactsFromSync::npsComesFromTheSurveyStream() {
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT count(*) FROM survey WHERE survey_type = 'nps'")) > 0);
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT count(*) FROM survey WHERE survey_type = 'csat'")) > 0);
    int answered = 0, right = 0, detractors = 0;
    for (const auto& [person, truth] : m_truth) {
        if (!truth.newestNps || !truth.hasCrm) {
            continue;
        }
        ++answered;
        const Facts f = factsOf(partyOfPerson(person));
        const auto nps = f.number(fact::NpsScore);
        if (nps && int(*nps) == *truth.newestNps) {
            ++right;
        } else {
            qWarning("person %d: nps fact %s, newest answer %d", person,
                     nps ? qPrintable(QString::number(*nps)) : "absent", *truth.newestNps);
        }
        detractors += *truth.newestNps <= 6 ? 1 : 0;
    }
    qInfo("nps: %d of %d customers' newest answers reached their facts; %d detractors", right, answered, detractors);
    QVERIFY(answered >= 30);
    QVERIFY(detractors > 0);
    // A survey reaches its customer through the e-mail it was sent to, like any record: identity
    // recall, not this test, decides the last percent.
    QVERIFY2(right >= answered * 97 / 100, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(answered)));
}

void TestNbaFactsFromSync::cartsAreNotOrders() {
    const qint64 carts = m_cache->scalar(QStringLiteral("SELECT count(*) FROM cart"));
    QVERIFY(carts > 0);
    // Not one cart became an order or inflated a lifetime value.
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT count(*) FROM source_record sr JOIN orders o ON o.record_id = sr.id "
                                       "WHERE sr.stream = 'carts'")),
        0);
    int withCartFact = 0;
    for (const auto& [person, truth] : m_truth) {
        if (!truth.hasLiveCart || !truth.hasCrm) {
            continue;
        }
        const Facts f = factsOf(partyOfPerson(person));
        withCartFact += f.contains(fact::AbandonedCartValue) ? 1 : 0;
    }
    qInfo("carts: %lld in the cache, %d customers with an abandoned-cart fact", carts, withCartFact);
    QVERIFY(withCartFact > 0);
}

void TestNbaFactsFromSync::refundsAreNotOverdueForMonths() {
    // A shop refunds an approved return within weeks; a rejected one owes nothing. So across the
    // whole cache no refund is months overdue (the demo once said "refund 194 days overdue").
    QSqlQuery parties(m_cache->db());
    QVERIFY(parties.exec(QStringLiteral("SELECT DISTINCT pl.party_id FROM party_link pl JOIN return_item r "
                                        "ON r.record_id = pl.record_id")));
    int withRefund = 0, declined = 0, overdue = 0, worst = 0;
    while (parties.next()) {
        const Facts f = factsOf(parties.value(0).toLongLong());
        withRefund += f.contains(fact::RefundStatus) ? 1 : 0;
        declined += f.string(fact::RefundStatus) == QLatin1String("declined") ? 1 : 0;
        if (f.isTrue(fact::RefundOverdue)) {
            ++overdue;
            worst = std::max(worst, int(f.number(fact::RefundOverdueDays).value_or(0)));
        }
    }
    qInfo("refunds: %d customers with a refund status, %d declined, %d overdue (worst %d days)", withRefund, declined,
          overdue, worst);
    QVERIFY(withRefund > 0);
    QVERIFY(declined > 0);
    QVERIFY2(worst <= 7, qPrintable(QString::number(worst)));
}

void TestNbaFactsFromSync::doNotContactGetsANoticeNotAnOffer() {
    auto pack = RulePack::load(RulePack::defaultPackPath());
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    const NbaEngine engine(std::move(*pack));
    int checked = 0;
    for (const auto& [person, truth] : m_truth) {
        if (!truth.doNotContact) {
            continue;
        }
        Facts f = factsOf(partyOfPerson(person));
        applyContext(f, CallContext{QStringLiteral("sales"), QStringLiteral("phone"), {}});
        const Evaluation e = engine.evaluate(f, {}, kNowMs);
        for (const Recommendation& r : e.actions) {
            QVERIFY2(
                r.category == QLatin1String("service"),
                qPrintable(QStringLiteral("person %1 (do not contact) was offered %2").arg(person).arg(r.actionId)));
        }
        bool notice = false;
        for (const Notice& n : e.notices) {
            notice = notice || n.category == QLatin1String("compliance");
        }
        QVERIFY2(notice, qPrintable(QStringLiteral("person %1: no compliance notice").arg(person)));
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestNbaFactsFromSync)
#include "TestNbaFactsFromSync.moc"

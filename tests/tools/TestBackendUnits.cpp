// In-process tests of the backend library: generator, noise, change feed, CLI.
#include "tools/backend/BackendCli.h"
#include "tools/backend/IdentityNoise.h"
#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"
#include "tools/backend/WorldGenerator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using namespace c360::backend;

namespace {
qint64 fixedNow() {
    qint64 ms = 0;
    parseIsoUtc(QLatin1String(BackendCli::kDefaultNow), &ms);
    return ms;
}

World makeWorld(quint64 seed, int customers, int heavy = 0) {
    return WorldGenerator({seed, customers, heavy, fixedNow()}).generate();
}

QByteArray firstPage(const SourceStore& store, StreamKind kind) {
    return QJsonDocument(store.pageAfterSeq(kind, 0, 200).data).toJson(QJsonDocument::Compact);
}
} // namespace

class TestBackendUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isoUtcMatchesQt();
    void generationIsDeterministic();
    void personOneIsEverywhere();
    void identitiesAreUniqueAndValidLooking();
    void namesAreMixed();
    void recordsAreConsistent();
    void mostPersonsSpanThreeSystems();
    void feedMovesChangedRecordsToTheEnd();
    void phonesAreValidForLibphonenumber();
    void phoneForms_data();
    void phoneForms();
    void cliRejectsBadArguments_data();
    void cliRejectsBadArguments();
};

void TestBackendUnits::isoUtcMatchesQt() {
    for (qint64 ms : {0LL, 1LL, 951782400123LL, 1709251199999LL, 1741083072345LL, fixedNow(), -86400001LL}) {
        QCOMPARE(
            isoUtc(ms),
            QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    }
    QCOMPARE(isoUtc(1741083072345LL), QStringLiteral("2025-03-04T10:11:12.345Z"));
}

void TestBackendUnits::generationIsDeterministic() {
    const SourceStore a(makeWorld(7, 300));
    const SourceStore b(makeWorld(7, 300));
    const SourceStore c(makeWorld(8, 300));
    for (const auto& info : kStreams) {
        QCOMPARE(firstPage(a, info.kind), firstPage(b, info.kind));
        QVERIFY(firstPage(a, info.kind) != firstPage(c, info.kind));
    }
    QCOMPARE(a.stats(), b.stats());
}

void TestBackendUnits::personOneIsEverywhere() {
    const World w = makeWorld(42, 200);
    const Person& p = w.persons[0];
    QVERIFY(!p.email.isEmpty() && !p.phoneDigits.isEmpty());
    QCOMPARE(w.customers[0].person, 0);
    QSet<QString> phones{w.customers[0].phone};
    auto firstOf = [](const auto& records) {
        for (const auto& r : records) {
            if (r.person == 0 && !r.deleted) {
                return &r;
            }
        }
        return static_cast<decltype(&records[0])>(nullptr);
    };
    QVERIFY(firstOf(w.orders) && firstOf(w.tickets) && firstOf(w.events) && firstOf(w.interactions));
    phones << firstOf(w.orders)->customer.phone << firstOf(w.tickets)->requester.phone << firstOf(w.events)->phone
           << firstOf(w.interactions)->from.phone;
    QCOMPARE(phones.size(), 5); // one written form per system
    QVERIFY(!firstOf(w.orders)->customer.email.isEmpty());
    QVERIFY(!firstOf(w.tickets)->requester.email.isEmpty());
    QVERIFY(!firstOf(w.interactions)->from.email.isEmpty());
}

void TestBackendUnits::identitiesAreUniqueAndValidLooking() {
    const World w = makeWorld(3, 3000);
    QSet<QString> emails;
    QSet<QString> phones;
    static const QRegularExpression cn(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression us(QStringLiteral("^[2-9]\\d{2}[2-9]\\d{6}$"));
    for (const Person& p : w.persons) {
        QVERIFY(!p.email.isEmpty() || !p.phoneDigits.isEmpty());
        if (!p.email.isEmpty()) {
            QVERIFY2(!emails.contains(p.email), qPrintable(p.email));
            emails.insert(p.email);
        }
        if (!p.phoneDigits.isEmpty()) {
            QVERIFY(!phones.contains(p.phoneDigits));
            phones.insert(p.phoneDigits);
            QVERIFY(p.country == Country::CN ? cn.match(p.phoneDigits).hasMatch() : us.match(p.phoneDigits).hasMatch());
            QVERIFY(p.phoneDigits.mid(3, 3) != QStringLiteral("555") || p.country == Country::CN);
        }
        if (!p.wechatOpenid.isEmpty()) {
            QCOMPARE(p.wechatOpenid.size(), 28);
        }
    }
}

void TestBackendUnits::namesAreMixed() {
    const World w = makeWorld(42, 2000);
    int chinese = 0;
    int twoChar = 0;
    int threeChar = 0;
    for (const Person& p : w.persons) {
        if (p.country == Country::CN) {
            ++chinese;
            QVERIFY(!p.latinName.isEmpty());
            twoChar += p.fullName.size() == 2 ? 1 : 0;
            threeChar += p.fullName.size() == 3 ? 1 : 0;
        } else {
            QVERIFY(p.fullName.contains(u' '));
        }
    }
    QVERIFY2(chinese > 1000 && chinese < 1400, qPrintable(QString::number(chinese)));
    QVERIFY(twoChar > 300 && threeChar > 300);
}

void TestBackendUnits::recordsAreConsistent() {
    const World w = makeWorld(42, 2000);
    for (const Order& o : w.orders) {
        qint64 sum = 0;
        for (const OrderLine& l : o.lines) {
            sum += l.unitPriceCents * l.quantity;
        }
        QCOMPARE(o.totalCents, sum);
        QVERIFY(o.lines.size() >= 1 && o.lines.size() <= 4);
    }
    for (const Return& r : w.returns) {
        QVERIFY(r.createdMs > w.orders[r.order].placedMs);
    }
    QHash<QString, int> funnel;
    for (const CampaignEvent& e : w.events) {
        funnel[e.type] += 1;
        QCOMPARE(e.url.isEmpty(), e.type != QStringLiteral("click"));
    }
    QVERIFY(funnel[QStringLiteral("sent")] >= funnel[QStringLiteral("open")]);
    QVERIFY(funnel[QStringLiteral("open")] >= funnel[QStringLiteral("click")]);
    QVERIFY(funnel[QStringLiteral("click")] >= funnel[QStringLiteral("convert")]);
    QVERIFY(funnel[QStringLiteral("unsubscribe")] > 0);
    int open = 0;
    for (const Ticket& t : w.tickets) {
        QVERIFY(t.comments.size() >= 1 && t.comments.size() <= 5);
        open += t.status == QStringLiteral("new") || t.status == QStringLiteral("open") ||
                t.status == QStringLiteral("pending");
        QVERIFY(!t.satisfaction || t.status == QStringLiteral("solved") || t.status == QStringLiteral("closed"));
    }
    QVERIFY(open > static_cast<int>(w.tickets.size()) / 10 && open < static_cast<int>(w.tickets.size()) * 3 / 10);
    const double perPerson = static_cast<double>(w.events.size()) / 2000;
    QVERIFY2(perPerson > 6 && perPerson < 10, qPrintable(QString::number(perPerson)));
}

void TestBackendUnits::mostPersonsSpanThreeSystems() {
    const World w = makeWorld(42, 1000);
    std::vector<int> systems(1000, 0);
    auto mark = [&](const auto& records, int bit) {
        for (const auto& r : records) {
            systems[r.person] |= bit;
        }
    };
    mark(w.customers, 1);
    mark(w.orders, 2);
    mark(w.tickets, 4);
    mark(w.events, 8);
    mark(w.interactions, 16);
    int spanning = 0;
    for (int s : systems) {
        spanning += qPopulationCount(static_cast<quint32>(s)) >= 3 ? 1 : 0;
    }
    QVERIFY2(spanning > 800, qPrintable(QString::number(spanning)));
    QCOMPARE(systems[0], 31);
}

void TestBackendUnits::feedMovesChangedRecordsToTheEnd() {
    SourceStore store(makeWorld(1, 50));
    const int n = store.recordCount(StreamKind::Customers);
    const FeedPage all = store.pageAfterSeq(StreamKind::Customers, 0, 1000);
    QCOMPARE(all.data.size(), n);
    QCOMPARE(all.lastSeq, static_cast<quint64>(n));
    QString previous;
    for (const auto& v : all.data) {
        const QString at = v.toObject().value(QStringLiteral("updated_at")).toString();
        QVERIFY(at > previous);
        previous = at;
    }
    store.touch(StreamKind::Customers, 3, 0); // an old clock still gets a later updated_at
    const FeedPage changes = store.pageAfterSeq(StreamKind::Customers, all.lastSeq, 10);
    QCOMPARE(changes.data.size(), 1);
    QCOMPARE(changes.data[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("CRM-000004"));
    QVERIFY(changes.data[0].toObject().value(QStringLiteral("updated_at")).toString() > previous);
    QCOMPARE(store.pageAfterSeq(StreamKind::Customers, 0, 1000).data.size(), n); // no duplicate
}

void TestBackendUnits::phonesAreValidForLibphonenumber() {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const World w = makeWorld(11, 1500);
    int checked = 0;
    for (const Person& p : w.persons) {
        for (int form = 0; form < IdentityNoise::kPhoneForms && !p.phoneDigits.isEmpty(); ++form) {
            const std::string written = IdentityNoise::phoneForm(p, form).toStdString();
            PhoneNumber number;
            const char* region = p.country == Country::CN ? "CN" : "US";
            QCOMPARE(util.Parse(written, region, &number), PhoneNumberUtil::NO_PARSING_ERROR);
            QVERIFY2(util.IsValidNumber(number), written.c_str());
            std::string e164;
            util.Format(number, PhoneNumberUtil::E164, &e164);
            QCOMPARE(QString::fromStdString(e164),
                     (p.country == Country::CN ? QStringLiteral("+86") : QStringLiteral("+1")) + p.phoneDigits);
            ++checked;
        }
    }
    QVERIFY(checked > 5000);
}

void TestBackendUnits::phoneForms_data() {
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cn dashed") << true << 0 << QStringLiteral("+86 138-0013-8000");
    QTest::newRow("cn plain") << true << 1 << QStringLiteral("13800138000");
    QTest::newRow("cn e164") << true << 2 << QStringLiteral("+8613800138000");
    QTest::newRow("cn 0086") << true << 3 << QStringLiteral("0086 138 0013 8000");
    QTest::newRow("cn spaced") << true << 4 << QStringLiteral("138 0013 8000");
    QTest::newRow("us paren") << false << 0 << QStringLiteral("(415) 823-0100");
    QTest::newRow("us dashed") << false << 1 << QStringLiteral("415-823-0100");
    QTest::newRow("us intl") << false << 2 << QStringLiteral("+1 415 823 0100");
    QTest::newRow("us plain") << false << 3 << QStringLiteral("4158230100");
}

void TestBackendUnits::phoneForms() {
    QFETCH(bool, chinese);
    QFETCH(int, form);
    QFETCH(QString, expected);
    Person p;
    p.country = chinese ? Country::CN : Country::US;
    p.phoneDigits = chinese ? QStringLiteral("13800138000") : QStringLiteral("4158230100");
    QCOMPARE(IdentityNoise::phoneForm(p, form), expected);
}

void TestBackendUnits::cliRejectsBadArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::newRow("defaults") << QStringList{} << true;
    QTest::newRow("all") << QStringList{QStringLiteral("--customers"),  QStringLiteral("5"),
                                        QStringLiteral("--seed"),       QStringLiteral("9"),
                                        QStringLiteral("--fault-rate"), QStringLiteral("0.1"),
                                        QStringLiteral("--faults"),     QStringLiteral("500,reset,html")}
                         << true;
    QTest::newRow("customers 0") << QStringList{QStringLiteral("--customers"), QStringLiteral("0")} << false;
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << false;
    QTest::newRow("fault kind") << QStringList{QStringLiteral("--faults"), QStringLiteral("boom")} << false;
    QTest::newRow("rate w/o kinds") << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("0.5")} << false;
    QTest::newRow("churn") << QStringList{QStringLiteral("--churn"), QStringLiteral("-1")} << false;
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << false;
    for (const char* flavor : {"reference", "zendesk", "shopify", "hubspot", "salesforce", "stripe"}) {
        QTest::newRow(flavor) << QStringList{QStringLiteral("--flavor"), QLatin1String(flavor)} << true;
    }
    QTest::newRow("unknown flavor") << QStringList{QStringLiteral("--flavor"), QStringLiteral("freshdesk")} << false;
}

void TestBackendUnits::cliRejectsBadArguments() {
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    const CliResult r = BackendCli::parse(QStringList{QStringLiteral("c360-backend")} + args);
    QCOMPARE(r.error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(r.config.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.config.nowMs, fixedNow());
        const int at = int(args.indexOf(QStringLiteral("--flavor")));
        QCOMPARE(flavorName(r.config.flavor), at < 0 ? QStringLiteral("reference") : args.at(at + 1));
    }
}

QTEST_GUILESS_MAIN(TestBackendUnits)
#include "TestBackendUnits.moc"

// `c360 nba` in-process over a real scenario cache.

#include "NbaTestCache.h"

#include "app/CliNba.h"
#include "models/nba/Learning.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::nbatest;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliNba : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void text();
    void language();
    void customPack();
    void usageErrors_data();
    void usageErrors();
    void failures();
    void factsFile();
    void help();
    void learning();

private:
    Run run(QStringList args) const {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        args.prepend(QStringLiteral("c360"));
        r.code = app::runCliNba(args, out, err);
        out.flush();
        err.flush();
        return r;
    }
    QStringList base() const {
        return {QString::number(m_party), QStringLiteral("--db"), m_cache->path(), QStringLiteral("--now"),
                now().toString(Qt::ISODate)};
    }

    std::unique_ptr<ScenarioCache> m_cache;
    qint64 m_party = 0;
};

void TestCliNba::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<ScenarioCache>(QStringLiteral("nba-cli"));
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    const QString mail = QStringLiteral("cart@example.com");
    QVERIFY(m_cache->customer(mail, QStringLiteral("silver")));
    QVERIFY(m_cache->order(mail, QStringLiteral("100010"), 4, QStringLiteral("shipped"), 300));
    QVERIFY(m_cache->order(mail, QStringLiteral("100011"), 2, QStringLiteral("cancelled"), 860));
    m_party = m_cache->partyOf(mail);
    QVERIFY(m_party > 0);
}

void TestCliNba::json() {
    const Run r = run(base() << QStringLiteral("--context") << QStringLiteral("reason=delivery,channel=phone")
                             << QStringLiteral("--json"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("party")).toInteger(), m_party);
    QCOMPARE(o.value(QStringLiteral("pack")).toString(), QStringLiteral("retail"));
    QCOMPARE(o.value(QStringLiteral("context")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("delivery"));
    const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 2);
    // Service first: the parcel on its way, then the abandoned cart.
    const QJsonObject top = actions.at(0).toObject();
    QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("delivery_status"));
    QCOMPARE(actions.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("delivery_cart_rescue"));
    QCOMPARE(top.value(QStringLiteral("rank")).toInt(), 1);
    QVERIFY(top.value(QStringLiteral("priority")).toDouble() >
            actions.at(1).toObject().value(QStringLiteral("priority")).toDouble());
    const double product =
        top.value(QStringLiteral("propensity")).toDouble() * top.value(QStringLiteral("context_weight")).toDouble() *
        top.value(QStringLiteral("value")).toDouble() * top.value(QStringLiteral("lever")).toDouble();
    QVERIFY(qFuzzyCompare(top.value(QStringLiteral("priority")).toDouble(), product));
    const QJsonArray why = top.value(QStringLiteral("why")).toArray();
    QVERIFY2(why.contains(QStringLiteral("Calling about delivery")),
             qPrintable(why.toVariantList().first().toString()));
    QVERIFY(why.contains(QStringLiteral("Order 100010 is on its way")));
    QVERIFY(actions.at(1).toObject().value(QStringLiteral("script")).toString().contains(QStringLiteral("860 CNY")));
    QCOMPARE(o.value(QStringLiteral("facts")).toObject().value(QStringLiteral("abandoned_cart_value")).toDouble(),
             860.0);
}

void TestCliNba::text() {
    const Run r = run(base() << QStringLiteral("--context") << QStringLiteral("reason=delivery")
                             << QStringLiteral("--top") << QStringLiteral("1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1. Give the delivery status proactively  [delivery_status]  priority ")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("2. ")));
    QVERIFY2(r.out.contains(QStringLiteral("   · Order 100010 is on its way")), qPrintable(r.out));
}

void TestCliNba::language() {
    const Run r = run(base() << QStringLiteral("--context") << QStringLiteral("reason=delivery")
                             << QStringLiteral("--lang") << QStringLiteral("zh_TW") << QStringLiteral("--json"));
    QCOMPARE(r.code, 0);
    const QJsonObject top =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("actions")).toArray().at(0).toObject();
    QCOMPARE(top.value(QStringLiteral("title")).toString(), QStringLiteral("主動告知配送狀態"));
}

void TestCliNba::customPack() {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"mini","actions":[{"id":"hello","category":"c","title":{"en":"Say hello"},
               "script":{"en":"Hello, order {last_order_number}."},"value":1}]})");
    f.close();
    Run r = run(base() << QStringLiteral("--pack") << good << QStringLiteral("--json"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("pack")).toString(), QStringLiteral("mini"));
    QCOMPARE(o.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("script")).toString(),
             QStringLiteral("Hello, order 100010."));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(R"({"name":"bad","actions":[{"id":"x","category":"c","title":{"en":"t"},"script":{"en":"s"},
               "value":1,"eligibility":{"fact":"open_tickets","op":"≥","value":1}}]})");
    b.close();
    r = run(base() << QStringLiteral("--pack") << bad);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/actions/0/eligibility/op")), qPrintable(r.err));
}

void TestCliNba::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no party") << QStringList{} << QStringLiteral("needs one PARTY");
    QTest::newRow("not an id") << QStringList{QStringLiteral("ada")} << QStringLiteral("party id");
    QTest::newRow("bad context") << QStringList{QStringLiteral("1"), QStringLiteral("--context"),
                                                QStringLiteral("reason")}
                                 << QStringLiteral("key=value");
    QTest::newRow("unknown context key") << QStringList{QStringLiteral("1"), QStringLiteral("--context"),
                                                        QStringLiteral("agent=x")}
                                         << QStringLiteral("“agent”");
    QTest::newRow("top 0") << QStringList{QStringLiteral("1"), QStringLiteral("--top"), QStringLiteral("0")}
                           << QStringLiteral("--top");
    QTest::newRow("language") << QStringList{QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("fr")}
                              << QStringLiteral("--lang");
    QTest::newRow("bad now") << QStringList{QStringLiteral("1"), QStringLiteral("--now"), QStringLiteral("yesterday")}
                             << QStringLiteral("ISO 8601");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("1"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestCliNba::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage: c360 nba (PARTY | --facts FILE)")));
}

void TestCliNba::factsFile() {
    QTemporaryDir dir;
    const auto write = [&dir](const char* name, const QByteArray& text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            return QString();
        }
        return path;
    };
    const QString good = write("facts.json", R"({"refund_overdue": true, "refund_overdue_days": 3,
        "refund_order_number": "48213", "segment": "gold", "lifetime_value": 9000, "order_count": 5})");
    Run r = run({QStringLiteral("--facts"), good, QStringLiteral("--context"), QStringLiteral("reason=billing"),
                 QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject top = o.value(QStringLiteral("actions")).toArray().at(0).toObject();
    QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("refund_overdue"));
    QVERIFY(top.value(QStringLiteral("why"))
                .toArray()
                .contains(QStringLiteral("Refund for order 48213 is 3 days overdue")));
    // The loyalty offer is eligible but held back while the refund is overdue.
    QCOMPARE(o.value(QStringLiteral("held_back")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("loyalty_offer"));

    r = run({QStringLiteral("--facts"), write("unknown.json", R"({"refund_overdoo": true})")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("unknown fact “refund_overdoo”")), qPrintable(r.err));
    r = run({QStringLiteral("--facts"), write("type.json", R"({"nps_score": "low"})")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("“nps_score” must be a number")), qPrintable(r.err));
    r = run({QStringLiteral("--facts"), write("broken.json", "{")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a JSON object")), qPrintable(r.err));
    r = run({QStringLiteral("--facts"), good, QStringLiteral("7")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not both")), qPrintable(r.err));
}

void TestCliNba::help() {
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Usage: c360 nba (PARTY | --facts FILE)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--facts <FILE>")));
    QVERIFY(r.out.contains(QStringLiteral("--now <ISO8601>")));
    QVERIFY(r.err.isEmpty());
}

void TestCliNba::failures() {
    Run r = run({QStringLiteral("1"), QStringLiteral("--db"), QStringLiteral("/nonexistent/cache.db")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no cache")), qPrintable(r.err));
    r = run({QStringLiteral("99999"), QStringLiteral("--db"), m_cache->path()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no customer 99999")), qPrintable(r.err));
    r = run(base() << QStringLiteral("--pack") << QStringLiteral("/nonexistent/pack.json"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("could not be read")), qPrintable(r.err));
}

// What the prompts learned from answers ranks `c360 nba` as it ranks the window; --learned lists it,
// --reset-learning forgets it, --rules-only ignores it.
void TestCliNba::learning() {
    auto propensityOf = [](const Run& r, const QString& id) {
        for (const QJsonValue& a :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("actions")).toArray()) {
            if (a.toObject().value(QStringLiteral("id")).toString() == id) {
                return a.toObject().value(QStringLiteral("propensity")).toDouble();
            }
        }
        return -1.0;
    };
    const QString cart = QStringLiteral("delivery_cart_rescue");
    const QStringList call = base() << QStringLiteral("--context") << QStringLiteral("reason=delivery,channel=phone")
                                    << QStringLiteral("--json");
    const Run before = run(call);
    QCOMPARE(before.code, 0);
    const double unlearned = propensityOf(before, cart); // the pack's propensity + an exploration bonus
    const double prior = propensityOf(run(QStringList(call) << QStringLiteral("--rules-only")), cart);
    QVERIFY(prior > 0);
    QVERIFY(unlearned >= prior);

    nba::LearningRepository repo(m_cache->db());
    for (int i = 0; i < 40; ++i) {
        QVERIFY(repo.observe({cart, QStringLiteral("silver"), QStringLiteral("delivery")}, false, 1000 + i).ok());
    }
    const Run learned = run(call);
    QCOMPARE(learned.code, 0);
    QVERIFY2(propensityOf(learned, cart) < prior / 2, qPrintable(learned.out));
    const Run rulesOnly = run(QStringList(call) << QStringLiteral("--rules-only"));
    QCOMPARE(propensityOf(rulesOnly, cart), prior);

    const QStringList db{QStringLiteral("--db"), m_cache->path()};
    Run list = run(QStringList(db) << QStringLiteral("--learned") << QStringLiteral("--json"));
    QVERIFY2(list.code == 0, qPrintable(list.err));
    bool found = false;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("action")).toString() == cart) {
            found = true;
            QCOMPARE(a.value(QStringLiteral("dismissed")).toDouble(), 40.0);
            QCOMPARE(a.value(QStringLiteral("acceptance_rate")).toDouble(), 0.0);
            QVERIFY(a.value(QStringLiteral("learned")).toDouble() < a.value(QStringLiteral("prior")).toDouble());
        }
    }
    QVERIFY(found);
    list = run(QStringList(db) << QStringLiteral("--learned"));
    QVERIFY(list.out.contains(QStringLiteral("accepted 0 of 40 (0.0%)")));

    const Run unknown = run(QStringList(db) << QStringLiteral("--reset-learning") << QStringLiteral("no_such_action"));
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(cart)); // lists the pack's actions
    const Run reset = run(QStringList(db) << QStringLiteral("--reset-learning") << cart);
    QVERIFY2(reset.code == 0, qPrintable(reset.err));
    QCOMPARE(propensityOf(run(call), cart), unlearned);
}

QTEST_GUILESS_MAIN(TestCliNba)
#include "TestCliNba.moc"

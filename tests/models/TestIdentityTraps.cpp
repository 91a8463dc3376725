#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"
#include "models/IdentityRules.h"
#include "models/NameMatch.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace c360;
using namespace c360::testutil;

// The traps of issue 9 one scenario at a time, each in its own cache: records landed through the cache
// writer, resolved, and the parties compared. (The held-out set measures them together; this is where
// the behaviour is specified.)
class TestIdentityTraps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nameAgreement_data();
    void nameAgreement();
    void nicknameSharesAnEmail();
    void firstNameAloneOnAFamilyLandline();
    void surnameChangeNeedsEmailAndPhone();
    void sharedKeysLinkOnlyTheSameFullName();
    void sharedKeyAndAShortFormOfTheGivenName();
    void sharedKeyOnlyJoinsTheOneCustomerWithItsFullName();
    void sharedKeyNameElsewhereIsConfigurable();
    void namesakesOnASharedKeyStayApart();
    void firstNameAloneOnASharedKeyStaysApart();
    void fatherAndSonOnASharedKeyStayApart();
    void namelessCallAfterASurnameChange();
    void sharedKeyIsNoFuzzyEvidence();
    void sharedKeyRulesAreValidated_data();
    void sharedKeyRulesAreValidated();
    void invalidNumberLinksOnlyAgreeingNames();
    void ambiguousNumberLinksWhereConfirmed();
    void ambiguousNumbersTypedAlikeLink();
    void placeholdersNeverLink();
    void birthDateVetoesNamesakes();
    void duplicatesInsideOneSystem();
    void duplicatesForReviewWhenRulesSaySo();
    void undoMerge();
    void survivorshipPolicies_data();
    void survivorshipPolicies();
    void survivorshipRulesAreValidated_data();
    void survivorshipRulesAreValidated();

private:
    void land(const QList<CanonicalRecord>& records);
    Result<ResolveSummary> resolve(const IdentityRules& rules = IdentityRules::defaults());
    qint64 partyOf(const char* sourceId) const;
    QString ruleOf(const char* sourceId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheWriter> m_writer;
};

namespace {

CanonicalRecord crm(const char* id, QVariantMap fields) {
    return record(QStringLiteral("crm"), QStringLiteral("customers"), EntityKind::Customer, QString::fromLatin1(id),
                  std::move(fields));
}
CanonicalRecord ticket(const char* id, QVariantMap fields) {
    return record(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket, QString::fromLatin1(id),
                  std::move(fields));
}
CanonicalRecord call(const char* id, QVariantMap fields) {
    return record(QStringLiteral("contact"), QStringLiteral("interactions"), EntityKind::Interaction,
                  QString::fromLatin1(id), std::move(fields));
}
QString s(const char* text) {
    return QString::fromUtf8(text);
}
CanonicalRecord order(const char* id, QVariantMap fields) {
    return record(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order, QString::fromLatin1(id),
                  std::move(fields));
}
// A record typed with a shop's own support address and line and a customer's name (the kefu of a Chinese shop
// placing an order for a caller, a ticket the shop forwarded).
QVariantMap onSupportKeys(const char* name, const char* email = "kefu@jiayou-mall.cn",
                          const char* line = "400-820-8820") {
    QVariantMap fields{{QStringLiteral("name"), s(name)}, {QStringLiteral("email"), s(email)}};
    if (*line != '\0') {
        fields.insert(QStringLiteral("phone"), s(line));
    }
    return fields;
}

} // namespace

void TestIdentityTraps::init() {
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("traps.db")), QStringLiteral("traps"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::make_unique<Database>(std::move(db.value()));
    m_writer = std::make_unique<CacheWriter>(m_db->handle(), IdentityConfig{});
}

void TestIdentityTraps::cleanup() {
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestIdentityTraps::land(const QList<CanonicalRecord>& records) {
    QHash<QString, PageInput> pages;
    QStringList order;
    for (const CanonicalRecord& r : records) {
        const QString key = r.source + u'/' + r.stream;
        if (!pages.contains(key)) {
            order << key;
            pages[key].source = r.source;
            pages[key].stream = r.stream;
            pages[key].checkpoint = QStringLiteral("cp");
        }
        pages[key].records.append(r);
    }
    for (const QString& key : std::as_const(order)) {
        auto outcome = m_writer->applyPage(pages.value(key));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().detail));
    }
}

Result<ResolveSummary> TestIdentityTraps::resolve(const IdentityRules& rules) {
    return IdentityResolver(m_db->handle(), rules).resolveAll(1000);
}

qint64 TestIdentityTraps::partyOf(const char* sourceId) const {
    return scalar(m_db->handle(), QStringLiteral("SELECT pl.party_id FROM party_link pl JOIN source_record sr ON "
                                                 "sr.id = pl.record_id WHERE sr.source_id = '%1'")
                                      .arg(QString::fromLatin1(sourceId)));
}

QString TestIdentityTraps::ruleOf(const char* sourceId) const {
    return text(m_db->handle(), QStringLiteral("SELECT pl.rule FROM party_link pl JOIN source_record sr ON "
                                               "sr.id = pl.record_id WHERE sr.source_id = '%1'")
                                    .arg(QString::fromLatin1(sourceId)));
}

void TestIdentityTraps::nameAgreement_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("agreement");
    using A = names::Agreement;
    QTest::newRow("typo") << "Jonathan Smyth"
                          << "Jonathan Smith" << int(A::Same);
    QTest::newRow("bill/william") << "Bill Turner"
                                  << "William Turner" << int(A::Nickname);
    QTest::newRow("liz/elizabeth, last-first") << "Pennington, Liz"
                                               << "Elizabeth Pennington" << int(A::Nickname);
    QTest::newRow("peggy/margaret upper") << "PEGGY HOLLOWAY"
                                          << "Margaret Holloway" << int(A::Nickname);
    QTest::newRow("first name alone") << "Liz"
                                      << "Elizabeth Pennington" << int(A::FirstNameOnly);
    QTest::newRow("first name alone, same") << "Claire"
                                            << "Claire Hayes" << int(A::FirstNameOnly);
    QTest::newRow("another first name alone") << "Lucy"
                                              << "Claire Hayes" << int(A::None);
    QTest::newRow("bob is not bill") << "Bob Turner"
                                     << "William Turner" << int(A::None);
    QTest::newRow("another surname") << "William Turner"
                                     << "William Ramsey" << int(A::None);
    QTest::newRow("father and son (han)") << s("李明") << "Li Xiaoming" << int(A::None);
}

void TestIdentityTraps::nameAgreement() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, agreement);
    const double min = IdentityRules::defaults().fuzzy.minNameSimilarity;
    QCOMPARE(int(names::agreement(names::form(a), names::form(b), min)), agreement);
    QCOMPARE(int(names::agreement(names::form(b), names::form(a), min)), agreement);
}

void TestIdentityTraps::nicknameSharesAnEmail() {
    land({crm("C1", {{QStringLiteral("name"), s("William Turner")},
                     {QStringLiteral("email"), s("wturner@fastmail.com")},
                     {QStringLiteral("country"), s("US")}}),
          ticket("T1",
                 {{QStringLiteral("name"), s("Bill Turner")}, {QStringLiteral("email"), s("WTurner@fastmail.com")}}),
          ticket("T2",
                 {{QStringLiteral("name"), s("Bob Turner")}, {QStringLiteral("email"), s("wturner@fastmail.com")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("T1"), partyOf("C1"));
    QVERIFY(partyOf("T2") != partyOf("C1")); // Bob is Robert, not William: two names on the key
}

void TestIdentityTraps::firstNameAloneOnAFamilyLandline() {
    const QString home = s("+1 617 734 2210");
    land({crm("C1", {{QStringLiteral("name"), s("Ethan Hayes")},
                     {QStringLiteral("email"), s("ethan@hayes.example")},
                     {QStringLiteral("phone"), home}}),
          crm("C2", {{QStringLiteral("name"), s("Claire Hayes")},
                     {QStringLiteral("email"), s("claire@hayes.example")},
                     {QStringLiteral("phone"), home}}),
          call("X1", {{QStringLiteral("name"), s("Claire")},
                      {QStringLiteral("phone"), s("(617) 734-2210")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X2", {{QStringLiteral("name"), s("Hayes")},
                      {QStringLiteral("phone"), s("617 734 2210")},
                      {QStringLiteral("channel"), s("call")}})});
    QVERIFY(resolve().ok());
    QVERIFY(partyOf("C1") != partyOf("C2"));
    QCOMPARE(partyOf("X1"), partyOf("C2"));
    // A surname alone agrees with both people on the line: it joins neither.
    QVERIFY(partyOf("X2") != partyOf("C1"));
    QVERIFY(partyOf("X2") != partyOf("C2"));
}

void TestIdentityTraps::surnameChangeNeedsEmailAndPhone() {
    land({crm("C1", {{QStringLiteral("name"), s("Emma Clarke")},
                     {QStringLiteral("email"), s("emma.c@icloud.com")},
                     {QStringLiteral("phone"), s("+1 206 448 1290")}}),
          ticket("T1", {{QStringLiteral("name"), s("Emma Fisher")},
                        {QStringLiteral("email"), s("emma.c@icloud.com")},
                        {QStringLiteral("phone"), s("+1 206 448 1290")}}),
          ticket("T2", {{QStringLiteral("name"), s("Emma Fisher")}, {QStringLiteral("email"), s("emma.c@icloud.com")}}),
          // A couple on one family e-mail and one home phone: another given name, never glued.
          crm("C2", {{QStringLiteral("name"), s("John Smith")},
                     {QStringLiteral("email"), s("smiths@example.net")},
                     {QStringLiteral("phone"), s("+1 303 555 0188")}}),
          crm("C3", {{QStringLiteral("name"), s("Mary Smith")},
                     {QStringLiteral("email"), s("smiths@example.net")},
                     {QStringLiteral("phone"), s("+1 303 555 0188")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("T1"), partyOf("C1"));
    QCOMPARE(ruleOf("C1"), QStringLiteral("surname_change"));
    QCOMPARE(partyOf("T2"), partyOf("T1")); // the same new name on the same e-mail
    QVERIFY(partyOf("C2") != partyOf("C3"));
}

void TestIdentityTraps::sharedKeysLinkOnlyTheSameFullName() {
    // The shop's support address and line on orders and forwarded tickets of many customers.
    const QString help = s("help@brightcart-store.com"), line = s("(888) 412-7730");
    QList<CanonicalRecord> records;
    const char* const people[] = {"Madeline Vandermeer", "Madeline Lockhart", "Colin Abernathy", "Natalie Iverson",
                                  "Rowan Galloway"};
    const auto id = [](char prefix, int i) -> QByteArray {
        return QByteArray(1, prefix).append(QByteArray::number(i));
    };
    int n = 0;
    for (const char* person : people) {
        const QByteArray order = id('O', n), forwarded = id('F', n);
        records << record(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order,
                          QString::fromLatin1(order),
                          {{QStringLiteral("name"), s(person)},
                           {QStringLiteral("email"), help},
                           {QStringLiteral("phone"), s("+1 212 754 37%1").arg(10 + n)}});
        records << ticket(forwarded.constData(), {{QStringLiteral("name"), s(person).toUpper()},
                                                  {QStringLiteral("email"), help},
                                                  {QStringLiteral("phone"), line}});
        ++n;
    }
    land(records);
    QVERIFY(resolve().ok());
    for (int i = 0; i < n; ++i) {
        const QByteArray order = id('O', i), forwarded = id('F', i);
        QCOMPARE(partyOf(forwarded.constData()), partyOf(order.constData()));
        for (int j = 0; j < i; ++j) {
            QVERIFY(partyOf(order.constData()) != partyOf(id('O', j).constData()));
        }
    }
    // Two Madelines on the support address and line: not a surname change.
    QVERIFY(partyOf("F0") != partyOf("F1"));
}

void TestIdentityTraps::sharedKeyAndAShortFormOfTheGivenName() {
    // A forwarded ticket "Kathy Ramsey" on the support address and line; the order "Katherine Ramsey" on the
    // support address with her own phone. "Chris Lee" agrees with two people on the key: it joins neither.
    const QString help = s("help@brightcart-store.com"), line = s("(888) 412-7730");
    const auto order = [&](const char* id, const char* name, const char* phone) {
        return record(
            QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order, QString::fromLatin1(id),
            {{QStringLiteral("name"), s(name)}, {QStringLiteral("email"), help}, {QStringLiteral("phone"), s(phone)}});
    };
    const auto forwarded = [&](const char* id, const char* name) {
        return ticket(
            id, {{QStringLiteral("name"), s(name)}, {QStringLiteral("email"), help}, {QStringLiteral("phone"), line}});
    };
    land({order("O1", "Katherine Ramsey", "+1 212 754 3711"), order("O2", "Christina Lee", "+1 212 754 3712"),
          order("O3", "Christopher Lee", "+1 212 754 3713"), order("O4", "Colin Abernathy", "+1 212 754 3714"),
          order("O5", "Natalie Iverson", "+1 212 754 3715"), forwarded("F1", "Kathy Ramsey"),
          forwarded("F2", "Chris Lee"), forwarded("F3", "NATALIE IVERSON"),
          // The same short form on the key twice, and another person by the same surname: no partner is unique.
          order("O6", "Robert Iverson", "+1 212 754 3716"), forwarded("F5", "Bob Iverson"),
          forwarded("F6", "Rob Iverson"), forwarded("F7", "Roberta Iverson")});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("F1"), partyOf("O1"));
    QCOMPARE(partyOf("F3"), partyOf("O5"));
    for (const char* other : {"O2", "O3", "O4", "O5", "O6"}) {
        QVERIFY2(partyOf("F2") != partyOf(other), other);
    }
    QVERIFY(partyOf("O2") != partyOf("O3"));
    // Bob and Rob both agree with Robert: Robert's partner is not unique, so none of them joins the order.
    QVERIFY(partyOf("F5") != partyOf("O6"));
    QVERIFY(partyOf("F6") != partyOf("O6"));
    QVERIFY(partyOf("F7") != partyOf("O6"));
}

void TestIdentityTraps::invalidNumberLinksOnlyAgreeingNames() {
    // A Shenzhen family landline written with 7 digits under the 4-digit area code: libphonenumber rejects it,
    // the household writes it the same way everywhere. The calls carry only that number and a name.
    Normalizer n;
    QVERIFY(n.phoneReading(s("0755-8521088")).isEmpty());
    QCOMPARE(Normalizer::phoneDigits(s("0755-8521088")), s("7558521088"));
    QCOMPARE(Normalizer::phoneDigits(s("+86 755 852 1088")), s("7558521088"));
    QCOMPARE(Normalizer::phoneDigits(s("(0755) 852 1088")), s("7558521088"));
    QVERIFY(Normalizer::phoneDigits(s("0000000")).isEmpty());
    QVERIFY(Normalizer::phoneDigits(s("anonymous")).isEmpty());
    QVERIFY(Normalizer::phoneDigits(s("12345")).isEmpty());
    land({ticket("T1", {{QStringLiteral("name"), s("王芳")},
                        {QStringLiteral("email"), s("wangfang88@qq.com")},
                        {QStringLiteral("phone"), s("0755-8521088")}}),
          ticket("T2", {{QStringLiteral("name"), s("陈建国")},
                        {QStringLiteral("email"), s("chenjg@163.com")},
                        {QStringLiteral("phone"), s("(0755) 8521088")}}),
          call("X1", {{QStringLiteral("name"), s("Wang Fang")},
                      {QStringLiteral("phone"), s("+86 755 852 1088")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X2", {{QStringLiteral("name"), s("CHEN JIANGUO")},
                      {QStringLiteral("phone"), s("0755 852 1088")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X3", {{QStringLiteral("phone"), s("0755-8521088")}, {QStringLiteral("channel"), s("call")}}),
          call("X4", {{QStringLiteral("name"), s("Liu Yang")},
                      {QStringLiteral("phone"), s("0755-8521088")},
                      {QStringLiteral("channel"), s("call")}}),
          // Another invalid number that only looks alike.
          call("X5", {{QStringLiteral("name"), s("Wang Fang")},
                      {QStringLiteral("phone"), s("0755-8521089")},
                      {QStringLiteral("channel"), s("call")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("X1"), partyOf("T1"));
    QCOMPARE(partyOf("X2"), partyOf("T2"));
    QCOMPARE(ruleOf("X1").isEmpty() ? ruleOf("T1") : ruleOf("X1"), QStringLiteral("phone_digits"));
    QVERIFY(partyOf("T1") != partyOf("T2"));
    for (const char* other : {"T1", "T2", "X4"}) {
        QVERIFY2(partyOf("X3") != partyOf(other), other); // no name: the number alone links nobody
    }
    QVERIFY(partyOf("X4") != partyOf("T1"));
    QVERIFY(partyOf("X4") != partyOf("T2"));
    QVERIFY(partyOf("X5") != partyOf("T1"));
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM record_key WHERE kind = 'phone'")), 0);
}

void TestIdentityTraps::ambiguousNumberLinksWhereConfirmed() {
    // 212 754 3758 is New York and also a Shanghai landline (21 + 8 digits).
    Normalizer n;
    const PhoneReading both = n.phoneReading(s("2127543758"));
    QCOMPARE(both.numbers.size(), 2);
    QVERIFY(both.numbers.contains(s("+12127543758")));
    land({crm("C1", {{QStringLiteral("name"), s("Olivia Ramsey")},
                     {QStringLiteral("phone"), s("(212) 754-3758")},
                     {QStringLiteral("country"), s("US")}}),
          call("X1", {{QStringLiteral("name"), s("Olivia Ramsey")},
                      {QStringLiteral("phone"), s("2127543758")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X2", {{QStringLiteral("name"), s("Olivia")},
                      {QStringLiteral("phone"), s("212.754.3758")},
                      {QStringLiteral("channel"), s("sms")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("X1"), partyOf("C1"));
    QCOMPARE(partyOf("X2"), partyOf("C1"));
    // The golden record shows the confirmed reading.
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT primary_phone FROM party WHERE id = %1").arg(partyOf("C1"))),
             s("+12127543758"));
}

void TestIdentityTraps::ambiguousNumbersTypedAlikeLink() {
    land({call("X1", {{QStringLiteral("name"), s("Mason Holloway")},
                      {QStringLiteral("phone"), s("2127543758")},
                      {QStringLiteral("channel"), s("call")}}),
          ticket("T1", {{QStringLiteral("name"), s("Mason Holloway")},
                        {QStringLiteral("phone"), s("(212) 754-3758 ext. 12")}}),
          ticket("T2", {{QStringLiteral("name"), s("Wang Lei")}, {QStringLiteral("phone"), s("13912345678")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("T1"), partyOf("X1")); // either reading: the same digits
    QVERIFY(partyOf("T2") != partyOf("X1"));
}

void TestIdentityTraps::placeholdersNeverLink() {
    land({call("X1", {{QStringLiteral("name"), s("Ava Quintero")},
                      {QStringLiteral("phone"), s("anonymous")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X2", {{QStringLiteral("name"), s("Felix Ingram")},
                      {QStringLiteral("phone"), s("anonymous")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X3", {{QStringLiteral("name"), s("Ava Quintero")},
                      {QStringLiteral("phone"), s("0000000000")},
                      {QStringLiteral("channel"), s("call")}}),
          call("X4", {{QStringLiteral("name"), s("Felix Ingram")},
                      {QStringLiteral("phone"), s("+1 000 000 0000")},
                      {QStringLiteral("channel"), s("call")}})});
    QVERIFY(resolve().ok());
    QCOMPARE(scalar(m_db->handle(),
                    QStringLiteral("SELECT count(*) FROM record_key WHERE kind IN ('phone', 'phone_digits')")),
             0);
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT count(DISTINCT party_id) FROM party_link")), 4);
}

void TestIdentityTraps::birthDateVetoesNamesakes() {
    const QString home = s("+1 513 448 2107");
    land({ticket("T1", {{QStringLiteral("name"), s("Graham Lockhart")},
                        {QStringLiteral("phone"), home},
                        {QStringLiteral("birth_date"), s("1958-04-12")}}),
          ticket("T2", {{QStringLiteral("name"), s("Graham Lockhart")},
                        {QStringLiteral("phone"), home},
                        {QStringLiteral("birth_date"), s("09/23/1988")}}),
          ticket("T3", {{QStringLiteral("name"), s("Graham Lockhart")},
                        {QStringLiteral("phone"), home},
                        {QStringLiteral("birth_date"), s("1958-04-12")}})});
    QVERIFY(resolve().ok());
    QVERIFY(partyOf("T1") != partyOf("T2"));
    QCOMPARE(partyOf("T3"), partyOf("T1"));
}

void TestIdentityTraps::duplicatesInsideOneSystem() {
    const QVariantMap same{{QStringLiteral("phone"), s("+1 404 872 1163")},
                           {QStringLiteral("birth_date"), s("1984-06-02")},
                           {QStringLiteral("address"), s("88 Cedar Lane, Atlanta")}};
    QVariantMap a = same, b = same;
    a.insert(QStringLiteral("name"), s("Katherine Ashford"));
    a.insert(QStringLiteral("email"), s("kashford@yahoo.com"));
    b.insert(QStringLiteral("name"), s("Kate Ashford"));
    b.insert(QStringLiteral("address"), s("88 Cedar Ln. Atlanta"));
    land({crm("C1", a), crm("C2", b)});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("C1"), partyOf("C2"));
    QVERIFY(ruleOf("C1") == QLatin1String("duplicate") || ruleOf("C2") == QLatin1String("duplicate"));
}

void TestIdentityTraps::duplicatesForReviewWhenRulesSaySo() {
    const QVariantMap same{{QStringLiteral("name"), s("Hazel Northcott")},
                           {QStringLiteral("phone"), s("+1 503 662 1180")},
                           {QStringLiteral("birth_date"), s("1979-01-30")},
                           {QStringLiteral("address"), s("12 Pine Rd, Portland")}};
    land({crm("C1", same), crm("C2", same)});
    auto rules = IdentityRules::fromJson(R"({"deterministic": [{"rule": "crm_id", "kind": "crm_id", "strong": true,
        "source": "crm"}, {"rule": "phone", "kind": "phone", "max_distinct_names": 3,
        "require_compatible_names": true}], "duplicates": {"action": "review"}})");
    QVERIFY(rules.ok());
    auto summary = resolve(*rules);
    QVERIFY(summary.ok());
    QVERIFY(partyOf("C1") != partyOf("C2"));
    QCOMPARE(summary->suspectedDuplicates, 1);
    auto suspects = IdentityResolver(m_db->handle(), *rules).suspectedDuplicates();
    QVERIFY(suspects.ok());
    QCOMPARE(suspects->size(), 1);
    QVERIFY2(suspects->first().why.contains(QLatin1String("C1")), qPrintable(suspects->first().why));
    QVERIFY(!IdentityRules::fromJson(R"({"duplicates": {"action": "merge"}})").ok());
    QVERIFY(!IdentityRules::fromJson(R"({"duplicates": {"fields": ["shoe_size"]}})").ok());
}

void TestIdentityTraps::undoMerge() {
    land({crm("C1", {{QStringLiteral("name"), s("Rowan Easterly")}, {QStringLiteral("email"), s("r1@example.com")}}),
          crm("C2", {{QStringLiteral("name"), s("Rowan Easterly")}, {QStringLiteral("email"), s("r2@example.com")}})});
    QVERIFY(resolve().ok());
    QVERIFY(partyOf("C1") != partyOf("C2"));
    IdentityResolver resolver(m_db->handle());
    auto id = resolver.decide({QStringLiteral("merge"), QStringLiteral("crm"), QStringLiteral("customers"),
                               QStringLiteral("C1"), QStringLiteral("crm"), QStringLiteral("customers"),
                               QStringLiteral("C2"), QStringLiteral("supervisor1"), QStringLiteral("same person")},
                              2000);
    QVERIFY(id.ok());
    QCOMPARE(partyOf("C1"), partyOf("C2"));
    auto active = resolver.activeDecisions();
    QVERIFY(active.ok());
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().id, *id);
    QCOMPARE(active->first().decision.actor, QStringLiteral("supervisor1"));

    auto undone = resolver.undoDecision(*id, 3000);
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().detail));
    QVERIFY(partyOf("C1") != partyOf("C2"));
    QVERIFY(resolver.activeDecisions()->isEmpty());
    // Kept for the audit, with when it was undone.
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT revoked_ms FROM identity_decision WHERE id = %1").arg(*id)),
             3000);
    auto again = resolver.undoDecision(*id, 4000);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QLatin1String("undone already")));
    QVERIFY(!resolver.undoDecision(9999, 4000).ok());
}

void TestIdentityTraps::survivorshipPolicies_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expected"); // party_field value '/' source
    QTest::newRow("name, shipped (source order)") << "name" << QString() << "Katherine Ramsey/crm";
    QTest::newRow("name, most recent") << "name"
                                       << "most_recent"
                                       << "Kathy Ramsey/helpdesk";
    QTest::newRow("name, most complete") << "name"
                                         << "most_complete"
                                         << "Katherine Mae Ramsey/shop";
    QTest::newRow("address, shipped (most recent)") << "address" << QString() << "40 elm st austin/helpdesk";
    QTest::newRow("address, source order") << "address"
                                           << "source_order"
                                           << "12 maple ave austin/crm";
    QTest::newRow("email, most recent") << "email"
                                        << "most_recent"
                                        << "kathy.r@fastmail.com/helpdesk";
    QTest::newRow("email, shipped") << "email" << QString() << "k.ramsey@fastmail.com/crm";
}

void TestIdentityTraps::survivorshipPolicies() {
    // One customer in three systems: the CRM profile (oldest), a shop order by the CRM id (a longer name) and
    // a newer ticket by the e-mail with a short form of the name, another e-mail and a new address.
    QFETCH(QString, field);
    QFETCH(QString, policy);
    QFETCH(QString, expected);
    land({record(QStringLiteral("crm"), QStringLiteral("customers"), EntityKind::Customer, QStringLiteral("C1"),
                 {{QStringLiteral("name"), s("Katherine Ramsey")},
                  {QStringLiteral("email"), s("k.ramsey@fastmail.com")},
                  {QStringLiteral("phone"), s("+1 512 448 2107")},
                  {QStringLiteral("address"), s("12 Maple Avenue, Austin")},
                  {QStringLiteral("segment"), s("gold")}},
                 "2024-01-01T10:00:00Z"),
          record(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order, QStringLiteral("O1"),
                 {{QStringLiteral("name"), s("Katherine Mae Ramsey")},
                  {QStringLiteral("customer_id"), s("C1")},
                  {QStringLiteral("number"), s("W1000001")}},
                 "2024-03-01T10:00:00Z"),
          record(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket, QStringLiteral("T1"),
                 {{QStringLiteral("name"), s("Kathy Ramsey")},
                  {QStringLiteral("email"), s("k.ramsey@fastmail.com")},
                  {QStringLiteral("address"), s("40 Elm Street, Austin")}},
                 "2024-09-01T10:00:00Z"),
          record(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket, QStringLiteral("T2"),
                 {{QStringLiteral("name"), s("Kathy Ramsey")},
                  {QStringLiteral("email"), s("kathy.r@fastmail.com")},
                  {QStringLiteral("phone"), s("+1 512 448 2107")}},
                 "2024-09-02T10:00:00Z")});
    // The shipped rules first, as a sync leaves the cache; then the policy under test, as rules.json would say.
    QVERIFY(resolve().ok());
    const qint64 party = partyOf("C1");
    for (const char* other : {"O1", "T1", "T2"}) {
        QCOMPARE(partyOf(other), party);
    }
    const QString column = field == QLatin1String("name") ? QStringLiteral("display_name") : field;
    const auto golden = [&] {
        return text(m_db->handle(), QStringLiteral("SELECT value || '/' || source FROM party_field WHERE party_id = %1 "
                                                   "AND field = '%2'")
                                        .arg(party)
                                        .arg(column));
    };
    IdentityRules rules = IdentityRules::defaults();
    if (!policy.isEmpty()) {
        const QByteArray json =
            QStringLiteral("{\"survivorship\": {\"fields\": {\"%1\": \"%2\"}}}").arg(field, policy).toUtf8();
        const auto parsed = IdentityRules::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        rules.survivorship.fields.insert(field, parsed->survivorship.policyFor(field));
        QVERIFY(rules.survivorship.fingerprint() != IdentityRules::defaults().survivorship.fingerprint());
    }
    const auto summary = resolve(rules);
    QVERIFY(summary.ok());
    QCOMPARE(golden(), expected);
    if (field == QLatin1String("name")) {
        QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT display_name FROM party WHERE id = %1").arg(party)),
                 expected.section(u'/', 0, 0));
    }
    // The record behind the value is one of the party's records of that source.
    QCOMPARE(text(m_db->handle(), QStringLiteral("SELECT sr.source FROM party_field f JOIN source_record sr ON sr.id = "
                                                 "f.record_id WHERE f.party_id = %1 AND f.field = '%2'")
                                      .arg(party)
                                      .arg(column)),
             expected.section(u'/', 1));
    // Unchanged rules: the next resolve recomputes nothing.
    const auto again = resolve(rules);
    QVERIFY(again.ok());
    QCOMPARE(again->partiesChanged, 0);
    QCOMPARE(golden(), expected);
}

void TestIdentityTraps::survivorshipRulesAreValidated_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // a part of the message; empty: valid
    QTest::newRow("shipped") << QByteArray(R"({"survivorship": {"source_order": ["crm", "shop"],
        "fields": {"name": "most_complete", "birth_date": "most_recent", "segment": "source_order"}}})")
                             << QString();
    QTest::newRow("unknown policy") << QByteArray(R"({"survivorship": {"fields": {"name": "newest"}}})")
                                    << QStringLiteral("“newest” is not a survivorship policy for name");
    QTest::newRow("unknown field") << QByteArray(R"({"survivorship": {"fields": {"shoe_size": "most_recent"}}})")
                                   << QStringLiteral("survivorship has no field “shoe_size”");
    QTest::newRow("policy not a string") << QByteArray(R"({"survivorship": {"fields": {"email": 3}}})")
                                         << QStringLiteral("is not a survivorship policy for email");
    QTest::newRow("source order not a list")
        << QByteArray(R"({"survivorship": {"source_order": "crm"}})") << QStringLiteral("source_order is not a list");
}

void TestIdentityTraps::survivorshipRulesAreValidated() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto rules = IdentityRules::fromJson(json);
    if (error.isEmpty()) {
        QVERIFY(rules.ok());
        QCOMPARE(rules->survivorship.policyFor(QStringLiteral("name")), SurvivorshipPolicy::MostComplete);
        QCOMPARE(rules->survivorship.policyFor(QStringLiteral("birth_date")), SurvivorshipPolicy::MostRecent);
        QCOMPARE(rules->survivorship.rank(QStringLiteral("shop")), 1);
        QCOMPARE(rules->survivorship.rank(QStringLiteral("helpdesk")), 2);
        return;
    }
    QVERIFY(!rules.ok());
    QVERIFY2(rules.error().message.contains(error), qPrintable(rules.error().message));
}

void TestIdentityTraps::sharedKeyOnlyJoinsTheOneCustomerWithItsFullName() {
    // Orders a Chinese shop's customer service placed for callers: the shop's own address and line, the caller's
    // name. No customer on the key carries the name, so it is looked for among all customers: 王浩然 is one
    // customer (CRM and a call in pinyin); 许婷 is not 徐婷 (the same pinyin, other characters); 李明轩 is nobody's.
    land({crm("C1", {{QStringLiteral("name"), s("王浩然")},
                     {QStringLiteral("email"), s("1923871069@qq.com")},
                     {QStringLiteral("phone"), s("+86 177 8570 7590")}}),
          call("K1", {{QStringLiteral("name"), s("WANG HAORAN")}, {QStringLiteral("phone"), s("+8617785707590")}}),
          crm("C2", {{QStringLiteral("name"), s("Chen Guohua")}, {QStringLiteral("phone"), s("+86 136 5929 1049")}}),
          crm("C3", {{QStringLiteral("name"), s("徐婷")}, {QStringLiteral("phone"), s("+86 136 2859 6244")}}),
          order("S1", onSupportKeys("王浩然")), order("S2", onSupportKeys("陈国华")),
          order("S3", onSupportKeys("许婷")), order("S4", onSupportKeys("李明轩")),
          order("S5", onSupportKeys("张丽华"))});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("K1"), partyOf("C1"));
    QCOMPARE(partyOf("S1"), partyOf("C1"));
    QCOMPARE(ruleOf("S1"), QStringLiteral("shared_key_name"));
    QCOMPARE(partyOf("S2"), partyOf("C2")); // Han characters on the key, pinyin on the customer's record
    QVERIFY(partyOf("S3") != partyOf("C3"));
    QVERIFY(partyOf("S1") != partyOf("S2")); // the shop's address glues nobody
    for (const char* other : {"C1", "C2", "C3", "S3", "S5"}) {
        QVERIFY2(partyOf("S4") != partyOf(other), other);
    }
    // Linked records say why.
    const auto linked = identity::linkedRecords(m_db->handle(), partyOf("C1"));
    QVERIFY(linked.ok());
    const auto it = std::find_if(linked->begin(), linked->end(),
                                 [](const LinkedRecord& r) { return r.sourceId == QLatin1String("S1"); });
    QVERIFY(it != linked->end());
    QCOMPARE(it->rule, QStringLiteral("shared_key_name"));
    QVERIFY2(it->why.contains(QLatin1String("email kefu@jiayou-mall.cn")), qPrintable(it->why));
    QVERIFY2(it->why.contains(QLatin1String("the only customer with this full name")), qPrintable(it->why));
    QVERIFY2(it->why.contains(QLatin1String("crm:C1")) || it->why.contains(QLatin1String("contact:K1")),
             qPrintable(it->why));
}

void TestIdentityTraps::sharedKeyNameElsewhereIsConfigurable() {
    land({crm("C1", {{QStringLiteral("name"), s("王浩然")}, {QStringLiteral("phone"), s("+86 177 8570 7590")}}),
          order("S1", onSupportKeys("王浩然")), order("S2", onSupportKeys("陈国华")),
          order("S3", onSupportKeys("许婷")), order("S4", onSupportKeys("李明轩"))});
    IdentityRules onTheKeyOnly = IdentityRules::defaults();
    onTheKeyOnly.sharedKeys.namesElsewhere = false;
    QVERIFY(resolve(onTheKeyOnly).ok());
    QVERIFY(partyOf("S1") != partyOf("C1"));
    // "action": "review": a suspected duplicate in the data-quality view, not a link.
    auto review = IdentityRules::fromJson(R"({"deterministic": [{"rule": "email", "kind": "email",
        "max_distinct_names": 3, "require_compatible_names": true}, {"rule": "phone", "kind": "phone",
        "max_distinct_names": 3, "require_compatible_names": true}], "shared_keys": {"action": "review"}})");
    QVERIFY(review.ok());
    QVERIFY(!review->sharedKeys.link);
    QVERIFY(resolve(*review).ok());
    QVERIFY(partyOf("S1") != partyOf("C1"));
    IdentityResolver resolver(m_db->handle(), *review);
    const auto suspects = resolver.suspectedDuplicates();
    QVERIFY(suspects.ok());
    const qint64 s1 = scalar(m_db->handle(), QStringLiteral("SELECT id FROM source_record WHERE source_id = 'S1'"));
    const qint64 c1 = scalar(m_db->handle(), QStringLiteral("SELECT id FROM source_record WHERE source_id = 'C1'"));
    QVERIFY(std::any_of(suspects->begin(), suspects->end(), [&](const SuspectedDuplicate& d) {
        return (d.recordA == s1 && d.recordB == c1) || (d.recordA == c1 && d.recordB == s1);
    }));
    // The shipped rules link it.
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("S1"), partyOf("C1"));
}

void TestIdentityTraps::namesakesOnASharedKeyStayApart() {
    // Two customers called Owen Huxley, each with a number of their own, both ordered through the shop's support
    // address; a ticket the shop forwarded carries only its address and the name: it could be either.
    const char* help = "help@brightcart-store.com";
    const auto ownOrder = [&](const char* id, const char* name, const char* phone) {
        return order(id, {{QStringLiteral("name"), s(name)},
                          {QStringLiteral("email"), s(help)},
                          {QStringLiteral("phone"), s(phone)}});
    };
    land({call("KA", {{QStringLiteral("name"), s("Owen Huxley")}, {QStringLiteral("phone"), s("+1 212 754 3701")}}),
          call("KB", {{QStringLiteral("name"), s("Owen Huxley")}, {QStringLiteral("phone"), s("+1 415 862 0615")}}),
          ownOrder("OA", "Owen Huxley", "+1 212 754 3701"), ownOrder("OB", "Owen Huxley", "+1 415 862 0615"),
          ownOrder("O1", "Colin Abernathy", "+1 212 754 3711"), ownOrder("O2", "Natalie Iverson", "+1 212 754 3712"),
          ownOrder("O3", "Rowan Galloway", "+1 212 754 3713"), ticket("F1", onSupportKeys("Owen Huxley", help, "")),
          ticket("F2", onSupportKeys("ROWAN GALLOWAY", help, ""))});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("OA"), partyOf("KA"));
    QCOMPARE(partyOf("OB"), partyOf("KB"));
    QVERIFY(partyOf("OA") != partyOf("OB"));
    QVERIFY(partyOf("F1") != partyOf("OA"));
    QVERIFY(partyOf("F1") != partyOf("OB"));
    QCOMPARE(partyOf("F2"), partyOf("O3")); // the one customer by that name on the key
}

void TestIdentityTraps::firstNameAloneOnASharedKeyStaysApart() {
    // "Natalie" alone on a forwarded ticket: Natalie Iverson's call says "Natalie" too, but a first name alone on
    // a shared key is nobody in particular.
    const char* help = "help@brightcart-store.com";
    const char* line = "(888) 412-7730";
    land({crm("C1", {{QStringLiteral("name"), s("Natalie Iverson")}, {QStringLiteral("phone"), s("+1 617 448 1290")}}),
          call("K1", {{QStringLiteral("name"), s("Natalie")}, {QStringLiteral("phone"), s("+1 617 448 1290")}}),
          ticket("F1", onSupportKeys("Natalie", help, line)),
          ticket("F2", onSupportKeys("Colin Abernathy", help, line)),
          ticket("F3", onSupportKeys("Hazel Northcott", help, line)),
          ticket("F4", onSupportKeys("Miles Okafor", help, line))});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("K1"), partyOf("C1"));
    QVERIFY(partyOf("F1") != partyOf("C1"));
    // Even with "one token is a full name" allowed nothing changes: the rules refuse it.
    QVERIFY(!IdentityRules::fromJson(R"({"shared_keys": {"min_name_tokens": 1}})").ok());
}

void TestIdentityTraps::fatherAndSonOnASharedKeyStayApart() {
    // Father and son: one name, one landline, one address, different birth dates. A ticket forwarded with the
    // shop's address and the name fits both: it joins neither, and they stay apart.
    const QString home = s("+1 512 707 6243"), address = s("130 Oak St, Austin");
    const char* help = "help@brightcart-store.com";
    const char* line = "(888) 412-7730";
    land({ticket("T1", {{QStringLiteral("name"), s("Graham Blackwood")},
                        {QStringLiteral("phone"), home},
                        {QStringLiteral("email"), s("gblackwood58@outlook.com")},
                        {QStringLiteral("birth_date"), s("1958-04-12")},
                        {QStringLiteral("address"), address}}),
          ticket("T2", {{QStringLiteral("name"), s("Graham Blackwood")},
                        {QStringLiteral("phone"), home},
                        {QStringLiteral("email"), s("graham.blackwood88@gmail.com")},
                        {QStringLiteral("birth_date"), s("1988-09-23")},
                        {QStringLiteral("address"), address}}),
          ticket("F1", onSupportKeys("Blackwood, Graham", help, line)),
          ticket("F2", onSupportKeys("Colin Abernathy", help, line)),
          ticket("F3", onSupportKeys("Hazel Northcott", help, line)),
          ticket("F4", onSupportKeys("Miles Okafor", help, line))});
    QVERIFY(resolve().ok());
    QVERIFY(partyOf("T1") != partyOf("T2"));
    QVERIFY(partyOf("F1") != partyOf("T1"));
    QVERIFY(partyOf("F1") != partyOf("T2"));
}

void TestIdentityTraps::namelessCallAfterASurnameChange() {
    // A call with a number and no name: her number carries her maiden and her married name, one person (a surname
    // change under the same e-mail and phone), so the call is hers. On a family's landline it stays apart.
    const QString mobile = s("+1 206 472 6575"), home = s("+1 303 662 1180");
    land({crm("C1", {{QStringLiteral("name"), s("Chloe Merriweather")},
                     {QStringLiteral("email"), s("chloe.m28@gmail.com")},
                     {QStringLiteral("phone"), mobile}}),
          order("O1", {{QStringLiteral("name"), s("Chloe Wexford")},
                       {QStringLiteral("email"), s("chloe.m28@gmail.com")},
                       {QStringLiteral("phone"), mobile}}),
          call("K1", {{QStringLiteral("phone"), mobile}}),
          crm("C2", {{QStringLiteral("name"), s("Ethan Lockhart")}, {QStringLiteral("phone"), home}}),
          crm("C3", {{QStringLiteral("name"), s("Claire Lockhart")}, {QStringLiteral("phone"), home}}),
          call("K2", {{QStringLiteral("phone"), home}})});
    QVERIFY(resolve().ok());
    QCOMPARE(partyOf("O1"), partyOf("C1"));
    QCOMPARE(partyOf("K1"), partyOf("C1"));
    QVERIFY(partyOf("C2") != partyOf("C3"));
    QVERIFY(partyOf("K2") != partyOf("C2"));
    QVERIFY(partyOf("K2") != partyOf("C3"));
    IdentityRules without = IdentityRules::defaults();
    without.names.nameless = false;
    QVERIFY(resolve(without).ok());
    QVERIFY(partyOf("K1") != partyOf("C1"));
}

void TestIdentityTraps::sharedKeyIsNoFuzzyEvidence() {
    // Two tickets forwarded with the shop's address and line, similar names (one letter apart), no customer by
    // either name: the fuzzy rule may not count the shop's address and line as "the same e-mail, the same phone".
    const char* help = "help@brightcart-store.com";
    const char* line = "(888) 412-7730";
    land({ticket("F1", onSupportKeys("Jonathan Smyth", help, line)),
          ticket("F2", onSupportKeys("Jonathan Smith", help, line)),
          ticket("F3", onSupportKeys("Colin Abernathy", help, line)),
          ticket("F4", onSupportKeys("Hazel Northcott", help, line)),
          ticket("F5", onSupportKeys("Miles Okafor", help, line)),
          // Their own e-mails one letter apart and their own numbers ending alike are evidence.
          call("K1", {{QStringLiteral("name"), s("Audrey Whitfield")},
                      {QStringLiteral("email"), s("awhitfield@proton.me")},
                      {QStringLiteral("phone"), s("+1 617 448 1290")}}),
          call("K2", {{QStringLiteral("name"), s("Audrey Whitfeld")},
                      {QStringLiteral("email"), s("awhitfeld@proton.me")},
                      {QStringLiteral("phone"), s("+1 857 448 1290")}})});
    QVERIFY(resolve().ok());
    QVERIFY(partyOf("F1") != partyOf("F2"));
    QCOMPARE(partyOf("K1"), partyOf("K2"));
}

void TestIdentityTraps::sharedKeyRulesAreValidated_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // a part of the message; empty: valid
    QTest::newRow("valid") << QByteArray(R"({"shared_keys": {"rule": "support_name", "names_elsewhere": false,
        "min_name_tokens": 3, "action": "review"}})")
                           << QString();
    QTest::newRow("not an object") << QByteArray(R"({"shared_keys": true})")
                                   << QStringLiteral("shared_keys is not an object");
    QTest::newRow("unknown action") << QByteArray(R"({"shared_keys": {"action": "merge"}})")
                                    << QStringLiteral("action is link or review, not “merge”");
    QTest::newRow("first name alone") << QByteArray(R"({"shared_keys": {"min_name_tokens": 1}})")
                                      << QStringLiteral("min_name_tokens is a whole number from 2 to 6");
    QTest::newRow("elsewhere not a flag") << QByteArray(R"({"shared_keys": {"names_elsewhere": "yes"}})")
                                          << QStringLiteral("names_elsewhere is true or false");
    QTest::newRow("empty rule name") << QByteArray(R"({"shared_keys": {"rule": " "}})")
                                     << QStringLiteral("rule is not a name");
}

void TestIdentityTraps::sharedKeyRulesAreValidated() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto rules = IdentityRules::fromJson(json);
    if (error.isEmpty()) {
        QVERIFY(rules.ok());
        QCOMPARE(rules->sharedKeys.rule, QStringLiteral("support_name"));
        QVERIFY(!rules->sharedKeys.namesElsewhere);
        QCOMPARE(rules->sharedKeys.minNameTokens, 3);
        QVERIFY(!rules->sharedKeys.link);
        // The shipped rules: on, linking, full names only.
        const IdentityRules shipped = IdentityRules::defaults();
        QCOMPARE(shipped.sharedKeys.rule, QStringLiteral("shared_key_name"));
        QVERIFY(shipped.sharedKeys.namesElsewhere && shipped.sharedKeys.link && shipped.names.nameless);
        QCOMPARE(shipped.sharedKeys.minNameTokens, 2);
        return;
    }
    QVERIFY(!rules.ok());
    QVERIFY2(rules.error().message.contains(error), qPrintable(rules.error().message));
}

QTEST_GUILESS_MAIN(TestIdentityTraps)
#include "TestIdentityTraps.moc"

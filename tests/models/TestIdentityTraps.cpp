#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
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
    void ambiguousNumberLinksWhereConfirmed();
    void ambiguousNumbersTypedAlikeLink();
    void placeholdersNeverLink();
    void birthDateVetoesNamesakes();
    void duplicatesInsideOneSystem();
    void duplicatesForReviewWhenRulesSaySo();
    void undoMerge();

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
    QCOMPARE(scalar(m_db->handle(), QStringLiteral("SELECT count(*) FROM record_key WHERE kind = 'phone'")), 0);
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

QTEST_GUILESS_MAIN(TestIdentityTraps)
#include "TestIdentityTraps.moc"

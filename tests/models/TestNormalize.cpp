#include "models/Normalize.h"

#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using namespace c360;

class TestNormalize : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phone_data();
    void phone();
    void phoneRegionOrder();
    void nationalDigits();
    void phoneCandidates();
    void phoneSearchKeys();
    void phoneReading_data();
    void phoneReading();
    void placeholders();
    void memosKeepWhatWasUsedLately();
    void readingsAgreeWithLibphonenumber();
    void birthDate_data();
    void birthDate();
    void addressKey();
    void email_data();
    void email();
    void nameKey_data();
    void nameKey();
};

void TestNormalize::phone_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("expected"); // empty: nullopt

    const QString cn = QStringLiteral("+8613800138000");
    QTest::newRow("e164 with dashes") << QStringLiteral("+86 138-0013-8000") << QString() << cn;
    QTest::newRow("national") << QStringLiteral("13800138000") << QString() << cn;
    QTest::newRow("00 prefix") << QStringLiteral("0086 13800138000") << QString() << cn;
    QTest::newRow("00 prefix, US hint") << QStringLiteral("0086 13800138000") << QStringLiteral("US") << cn;
    QTest::newRow("spaces") << QStringLiteral("138 0013 8000") << QString() << cn;
    QTest::newRow("e164") << QStringLiteral("+8613800138000") << QString() << cn;
    QTest::newRow("full-width digits") << QStringLiteral("１３８００１３８０００") << QString() << cn;
    QTest::newRow("us with hint") << QStringLiteral("(650) 253-0000") << QStringLiteral("US")
                                  << QStringLiteral("+16502530000");
    QTest::newRow("us 415 555") << QStringLiteral("(415) 555-0132") << QStringLiteral("US")
                                << QStringLiteral("+14155550132");
    QTest::newRow("us e164") << QStringLiteral("+1 650 253 0000") << QString() << QStringLiteral("+16502530000");
    QTest::newRow("us 001 prefix") << QStringLiteral("001 650 253 0000") << QString() << QStringLiteral("+16502530000");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("letters") << QStringLiteral("call me maybe") << QString() << QString();
    QTest::newRow("too short") << QStringLiteral("12") << QString() << QString();
    QTest::newRow("invalid cn mobile") << QStringLiteral("+86 100 0000 0000") << QString() << QString();
    QTest::newRow("us area code 1xx") << QStringLiteral("+1 123 456 7890") << QString() << QString();
    QTest::newRow("zeros") << QStringLiteral("0000000000") << QString() << QString();
}

void TestNormalize::phone() {
    QFETCH(QString, raw);
    QFETCH(QString, hint);
    QFETCH(QString, expected);
    const Normalizer n;
    const auto got = n.phoneE164(raw, hint);
    if (expected.isEmpty()) {
        QVERIFY2(!got.has_value(), qPrintable(got.value_or(QString())));
    } else {
        QVERIFY(got.has_value());
        QCOMPARE(*got, expected);
    }
}

void TestNormalize::phoneRegionOrder() {
    // Without a hint, a US national number that CN does not accept falls back to US.
    IdentityConfig config;
    config.defaultRegion = QStringLiteral("US");
    config.fallbackRegions = {QStringLiteral("CN")};
    const Normalizer us(config);
    QCOMPARE(us.phoneE164(QStringLiteral("(650) 253-0000")).value_or(QString()), QStringLiteral("+16502530000"));
    QCOMPARE(us.phoneE164(QStringLiteral("13800138000")).value_or(QString()), QStringLiteral("+8613800138000"));
    // The region hint wins over the default.
    QCOMPARE(us.phoneE164(QStringLiteral("138 0013 8000"), QStringLiteral("cn")).value_or(QString()),
             QStringLiteral("+8613800138000"));
}

void TestNormalize::phoneCandidates() {
    const Normalizer n(IdentityConfig{QStringLiteral("CN"), {QStringLiteral("US")}});
    // Typed without a country code, a US number is also a valid Chinese landline: search tries both.
    const QStringList both = n.phoneCandidates(QStringLiteral("(415) 555-0132"));
    QVERIFY(both.contains(QStringLiteral("+14155550132")));
    QCOMPARE(both.first(), *n.phoneE164(QStringLiteral("(415) 555-0132")));
    // A number with its country code has one reading.
    QCOMPARE(n.phoneCandidates(QStringLiteral("+86 138-0013-8000")), QStringList{QStringLiteral("+8613800138000")});
    QVERIFY(n.phoneCandidates(QStringLiteral("hello")).isEmpty());
}

void TestNormalize::phoneSearchKeys() {
    // Search reads the shapes it knows without libphonenumber. Against libphonenumber (phoneCandidates), for numbers
    // written the ways agents type them: every reading it gives is among the search keys, and a search key it does
    // not give is a number it calls invalid under every region (so no phone key in a cache can be that string).
    QStringList typed;
    for (int area = 201; area <= 989; area += 29) {
        for (const char* rest : {"5550100", "2530000", "7543758", "0123456", "1999999"}) {
            const QString n = QString::number(area) + QLatin1String(rest);
            typed << n << QStringLiteral("(%1) %2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6))
                  << QStringLiteral("1-%1-%2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6)) << QStringLiteral("+1 ") + n
                  << QStringLiteral("001 ") + n
                  << n.left(3) + QLatin1Char('.') + n.mid(3, 3) + QLatin1Char('.') + n.mid(6) +
                         QStringLiteral(" ext. 12");
        }
    }
    for (const char* prefix : {"130", "138", "139", "145", "150", "166", "170", "175", "179", "186", "191", "199"}) {
        for (const char* rest : {"00138000", "12345678", "00000042", "87654321"}) {
            const QString n = QLatin1String(prefix) + QLatin1String(rest);
            typed << n << n.left(3) + QLatin1Char(' ') + n.mid(3, 4) + QLatin1Char(' ') + n.mid(7)
                  << QStringLiteral("+86 ") + n << QStringLiteral("0086-") + n << QStringLiteral("0") + n;
        }
    }
    for (const char* landline : {"1062345678", "2162345678", "2087654321", "75585211088", "5718765432", "4008123456",
                                 "8008101234", "3112345678", "93112345678"}) {
        const QString n = QLatin1String(landline);
        typed << n << QStringLiteral("0") + n << QStringLiteral("+86 ") + n
              << QStringLiteral("(0") + n.left(2) + QStringLiteral(") ") + n.mid(2);
    }
    typed << QStringLiteral("555-0100") << QStringLiteral("12345") << QStringLiteral("+44 20 7946 0000")
          << QStringLiteral("011 86 138 0013 8000") << QStringLiteral("+86 010 6234 5678") << QStringLiteral("SO-1001")
          << QStringLiteral("１３８００１３８０００") << QStringLiteral("anonymous") << QStringLiteral("0000000000")
          << QStringLiteral("11234567890") << QStringLiteral("17951234567") << QStringLiteral("+1 123 456 7890")
          << QStringLiteral("1000123") << QStringLiteral("50000") << QStringLiteral("12345678")
          << QStringLiteral("95555") << QStringLiteral("1999999") << QStringLiteral("87654321")
          << QStringLiteral("0123456") << QStringLiteral("011 44 20 7946 0000") << QStringLiteral("#1001");
    for (int digits = 5; digits <= 12; ++digits) {
        for (const char* lead : {"1", "2", "5", "8", "9", "10", "11", "12", "13", "179", "17951", "1234500", "86",
                                 "861", "400", "010", "0", "011", "0011"}) {
            QString n = QLatin1String(lead);
            while (n.size() < digits) {
                n += QChar(char16_t(u'0' + (n.size() * 7 + digits) % 10));
            }
            typed << n;
        }
    }

    quint32 state = 20261203; // and digit strings of every length, as order and ticket numbers are typed
    for (int i = 0; i < 1500; ++i) {
        QString n;
        const int length = 5 + int(i % 9);
        while (n.size() < length) {
            state = state * 1664525U + 1013904223U;
            n += QChar(char16_t(u'0' + (state >> 24) % 10));
        }
        typed << n;
    }
    IdentityConfig usFirst;
    usFirst.defaultRegion = QStringLiteral("US");
    usFirst.fallbackRegions = {QStringLiteral("CN"), QStringLiteral("CA")};
    IdentityConfig withGb;
    withGb.fallbackRegions = {QStringLiteral("US"), QStringLiteral("GB")};
    int checked = 0;
    int extra = 0;
    for (const IdentityConfig& config : {IdentityConfig{}, usFirst, withGb}) {
        const Normalizer n(config);
        for (const QString& raw : std::as_const(typed)) {
            const QStringList exact = n.phoneCandidates(raw);
            const QStringList keys = n.phoneSearchKeys(raw);
            for (const QString& e164 : exact) {
                QVERIFY2(keys.contains(e164), qPrintable(raw + QStringLiteral(": missing ") + e164));
            }
            for (const QString& key : keys) {
                if (!exact.contains(key)) {
                    QVERIFY2(!n.phoneE164(key).has_value(), qPrintable(raw + QStringLiteral(": valid extra ") + key));
                    ++extra;
                }
            }
            QVERIFY2(keys.size() <= 2 || keys == exact, qPrintable(raw)); // one per plan, +1 and +86
            ++checked;
        }
        // A region search cannot read by shape (GB) leaves every number without its country code to libphonenumber.
        if (config.fallbackRegions.contains(QStringLiteral("GB"))) {
            for (const QString& raw : std::as_const(typed)) {
                if (!raw.startsWith(u'+') && !raw.startsWith(QLatin1String("00"))) {
                    QCOMPARE(n.phoneSearchKeys(raw), n.phoneCandidates(raw));
                }
            }
        }
    }
    QCOMPARE(checked, 3 * typed.size());
    QVERIFY(extra > 0); // the shapes read without libphonenumber include numbers it calls invalid
    // What an agent types most: one or two keys, the same as libphonenumber's.
    const Normalizer n;
    QCOMPARE(n.phoneSearchKeys(QStringLiteral("138 0013 8000")).first(), QStringLiteral("+8613800138000"));
    QCOMPARE(n.phoneSearchKeys(QStringLiteral("+1 (650) 253-0000")), QStringList{QStringLiteral("+16502530000")});
    QVERIFY(n.phoneSearchKeys(QStringLiteral("(415) 555-0132")).contains(QStringLiteral("+14155550132")));
    QVERIFY(n.phoneSearchKeys(QStringLiteral("anonymous")).isEmpty());
    QVERIFY(n.phoneSearchKeys(QStringLiteral("1000123")).isEmpty()); // an order number, no phone
    QVERIFY(n.phoneSearchKeys(QStringLiteral("hello")).isEmpty());
}

void TestNormalize::phoneReading_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("sourceRegion");
    QTest::addColumn<QStringList>("expected"); // one: decided; several: candidates; none: no number

    const QString ny = QStringLiteral("+12127543758"), sh = QStringLiteral("+862127543758");
    QTest::newRow("US 10 digits, no country: both")
        << QStringLiteral("2127543758") << QString() << QString() << QStringList{sh, ny};
    QTest::newRow("record's country decides")
        << QStringLiteral("(212) 754-3758") << QStringLiteral("US") << QString() << QStringList{ny};
    QTest::newRow("source region decides")
        << QStringLiteral("212.754.3758") << QString() << QStringLiteral("US") << QStringList{ny};
    QTest::newRow("NANP with trunk 1") << QStringLiteral("1-212-754-3758") << QString() << QString() << QStringList{ny};
    QTest::newRow("cn mobile shape") << QStringLiteral("13912345678") << QString() << QStringLiteral("US")
                                     << QStringList{QStringLiteral("+8613912345678")};
    QTest::newRow("cn mobile, grouped") << QStringLiteral("139-1234-5678") << QStringLiteral("US") << QString()
                                        << QStringList{QStringLiteral("+8613912345678")};
    QTest::newRow("NANP groups beat the mobile shape")
        << QStringLiteral("1 (312) 754-3758") << QString() << QString() << QStringList{QStringLiteral("+13127543758")};
    QTest::newRow("cn landline with trunk 0") << QStringLiteral("021-6234 5678") << QString() << QStringLiteral("US")
                                              << QStringList{QStringLiteral("+862162345678")};
    QTest::newRow("extension") << QStringLiteral("646.555.0100 ext. 12") << QStringLiteral("US") << QString()
                               << QStringList{QStringLiteral("+16465550100")};
    QTest::newRow("x extension") << QStringLiteral("+1 212 754 3758 x204") << QString() << QString() << QStringList{ny};
    QTest::newRow("full-width +86") << QStringLiteral("＋８６ １３９１２３４５６７８") << QString() << QString()
                                    << QStringList{QStringLiteral("+8613912345678")};
    QTest::newRow("anonymous") << QStringLiteral("anonymous") << QString() << QString() << QStringList{};
    QTest::newRow("zeros") << QStringLiteral("0000000000") << QStringLiteral("US") << QString() << QStringList{};
    QTest::newRow("+1 zeros") << QStringLiteral("+1 000 000 0000") << QString() << QString() << QStringList{};
    QTest::newRow("letters") << QStringLiteral("call me") << QString() << QString() << QStringList{};
}

void TestNormalize::phoneReading() {
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, sourceRegion);
    QFETCH(QStringList, expected);
    IdentityConfig config;
    config.sourceRegion = sourceRegion;
    const PhoneReading got = Normalizer(config).phoneReading(raw, country);
    QCOMPARE(got.numbers, expected);
    QCOMPARE(got.decided(), expected.size() == 1);
}

// The memos of numbers read hold two generations of 50,000 (the parse memo 65,536): past them the older is dropped,
// and a number found in it moves to the newer. Whatever a memo held, dropped or moved, each number reads as itself
// (its own digits, known here without libphonenumber), read first, again after a generation was dropped, and again.
void TestNormalize::memosKeepWhatWasUsedLately() {
    const Normalizer normalizer;
    const auto check = [&normalizer](int i) {
        const QString subscriber = QString::number(23456789 + i * 7);
        const QString e164 = QStringLiteral("+86139") + subscriber;
        const PhoneReading got = normalizer.phoneReading(QStringLiteral("+86 139 ") + subscriber, QString());
        if (got.numbers != QStringList{e164}) {
            return QStringLiteral("%1 read as %2").arg(i).arg(got.numbers.join(u','));
        }
        if (normalizer.phoneE164(QStringLiteral("139") + subscriber, QStringLiteral("CN")) != e164) {
            return QStringLiteral("%1: phoneE164").arg(i);
        }
        if (Normalizer::nationalDigits(e164) != QStringLiteral("139") + subscriber) {
            return QStringLiteral("%1: national digits").arg(i);
        }
        return QString();
    };
    constexpr int kNumbers = 140'000; // past two generations of each memo
    for (int i = 0; i < kNumbers; ++i) {
        if (const QString wrong = check(i); !wrong.isEmpty()) {
            QFAIL(qPrintable(wrong));
        }
        // Numbers used again while the memos roll over: the first ones, kept moving to the newer generation.
        if (i % 1000 == 999) {
            for (int early = 0; early < 20; ++early) {
                if (const QString wrong = check(early); !wrong.isEmpty()) {
                    QFAIL(qPrintable(wrong));
                }
            }
        }
    }
    for (int i = 0; i < kNumbers; i += 97) {
        if (const QString wrong = check(i); !wrong.isEmpty()) {
            QFAIL(qPrintable(wrong));
        }
    }
}

// A number is read without libphonenumber's parse where the North American or the Chinese plan decides its national
// number (Normalizer::validIn): the same E.164 form, or none, as the parse and its validity test give, for every dial
// string of the shapes agents and systems write (each with and without its '+', in every region these plans read and
// one they do not).
void TestNormalize::readingsAgreeWithLibphonenumber() {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    QStringList numbers;
    for (int area = 200; area <= 999; area += 13) {
        for (const char* rest : {"5550100", "2530000", "0123456", "1999999", "9999999"}) {
            numbers << QString::number(area) + QLatin1String(rest);
        }
    }
    for (int prefix = 100; prefix <= 199; ++prefix) {
        for (const char* rest : {"00138000", "12345678", "87654321"}) {
            numbers << QString::number(prefix) + QLatin1String(rest);
        }
    }
    for (const char* landline : {"1062345678", "2162345678", "2087654321", "75585211088", "5718765432", "4008123456",
                                 "8008101234", "3112345678", "93112345678", "95555", "12345", "10086"}) {
        numbers << QLatin1String(landline);
    }
    quint32 state = 20261205;
    for (int i = 0; i < 2000; ++i) {
        QString n;
        const int length = 5 + int(i % 13);
        while (n.size() < length) {
            state = state * 1664525U + 1013904223U;
            n += QChar(char16_t(u'0' + (state >> 24) % 10));
        }
        numbers << n;
    }
    QStringList dials;
    for (const QString& n : std::as_const(numbers)) {
        for (const QString& lead :
             {QString(), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("86"),
              QStringLiteral("860"), QStringLiteral("011"), QStringLiteral("17951"), QStringLiteral("12593")}) {
            dials << lead + n << QStringLiteral("+") + lead + n;
        }
    }
    int valid = 0;
    int compared = 0;
    for (const QString& dial : std::as_const(dials)) {
        for (const QString& region : {QStringLiteral("ZZ"), QStringLiteral("US"), QStringLiteral("CA"),
                                      QStringLiteral("CN"), QStringLiteral("GB")}) {
            if (region == QLatin1String("ZZ") && !dial.startsWith(u'+')) {
                continue;
            }
            PhoneNumber parsed;
            std::optional<QString> expected;
            if (util->Parse(dial.toStdString(), region.toStdString(), &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
                util->IsValidNumber(parsed)) {
                std::string e164;
                util->Format(parsed, PhoneNumberUtil::E164, &e164);
                expected = QString::fromStdString(e164);
            }
            const std::optional<QString> got = Normalizer::validIn(dial, region);
            if (got != expected) {
                QFAIL(qPrintable(QStringLiteral("%1 in %2: %3, libphonenumber %4")
                                     .arg(dial, region, got.value_or(QStringLiteral("(none)")),
                                          expected.value_or(QStringLiteral("(none)")))));
            }
            valid += expected ? 1 : 0;
            ++compared;
        }
    }
    QVERIFY2(valid > 5000 && compared > 200000, qPrintable(QStringLiteral("%1 of %2").arg(valid).arg(compared)));
}

void TestNormalize::placeholders() {
    for (const char* p : {"anonymous", "Restricted", "PRIVATE", "Unknown", "0000000000", "000-000-0000",
                          "+1 000 000 0000", "1111111111"}) {
        QVERIFY2(Normalizer::isPlaceholderPhone(QString::fromLatin1(p)), p);
        QVERIFY2(!Normalizer().phoneE164(QString::fromLatin1(p), QStringLiteral("US")).has_value(), p);
    }
    QVERIFY(!Normalizer::isPlaceholderPhone(QStringLiteral("+1 212 754 3758")));
    QVERIFY(!Normalizer::isPlaceholderPhone(QStringLiteral("13912345678")));
}

void TestNormalize::birthDate_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected"); // empty: nullopt
    QTest::newRow("iso") << QStringLiteral("1985-03-14") << QStringLiteral("1985-03-14");
    QTest::newRow("iso with time") << QStringLiteral("1985-03-14T00:00:00Z") << QStringLiteral("1985-03-14");
    QTest::newRow("slashes") << QStringLiteral("1985/3/4") << QStringLiteral("1985-03-04");
    QTest::newRow("compact") << QStringLiteral("19850314") << QStringLiteral("1985-03-14");
    QTest::newRow("us order") << QStringLiteral("03/14/1985") << QStringLiteral("1985-03-14");
    QTest::newRow("chinese") << QStringLiteral("1985年3月14日") << QStringLiteral("1985-03-14");
    QTest::newRow("no such day") << QStringLiteral("1985-02-30") << QString();
    QTest::newRow("words") << QStringLiteral("last spring") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestNormalize::birthDate() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::birthDate(raw).value_or(QString()), expected);
}

void TestNormalize::addressKey() {
    QCOMPARE(Normalizer::addressKey(QStringLiteral("12 Maple Avenue, Austin")),
             Normalizer::addressKey(QStringLiteral("12 maple ave. AUSTIN")));
    QCOMPARE(Normalizer::addressKey(QStringLiteral("上海市淮海中路１２号")), QStringLiteral("上海市淮海中路12号"));
    QVERIFY(Normalizer::addressKey(QStringLiteral("12 Maple Ave")) !=
            Normalizer::addressKey(QStringLiteral("14 Maple Ave")));
}

void TestNormalize::nationalDigits() {
    QCOMPARE(Normalizer::nationalDigits(QStringLiteral("+8613800138000")), QStringLiteral("13800138000"));
    QCOMPARE(Normalizer::nationalDigits(QStringLiteral("+16502530000")), QStringLiteral("6502530000"));
    QVERIFY(Normalizer::nationalDigits(QStringLiteral("garbage")).isEmpty());
    // North American numbers are read without parsing: the same digits libphonenumber gives, for every area code
    // and exchange shape (including numbers no region finds valid), and the other shapes still parse.
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    int compared = 0;
    for (int area = 200; area <= 999; area += 7) {
        for (const char* rest : {"5550100", "0000000", "1234567", "9999999", "2530000"}) {
            const QString e164 = QStringLiteral("+1%1%2").arg(area).arg(QLatin1String(rest));
            PhoneNumber parsed;
            std::string national;
            QCOMPARE(util->Parse(e164.toStdString(), "ZZ", &parsed), PhoneNumberUtil::NO_PARSING_ERROR);
            util->GetNationalSignificantNumber(parsed, &national);
            QCOMPARE(Normalizer::nationalDigits(e164), QString::fromStdString(national));
            ++compared;
        }
    }
    QCOMPARE(compared, 115 * 5);
    QCOMPARE(Normalizer::nationalDigits(QStringLiteral("+442079460000")), QStringLiteral("2079460000"));
    QCOMPARE(Normalizer::nationalDigits(QStringLiteral("+390612345678")), QStringLiteral("0612345678"));
}

void TestNormalize::email_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim+lower") << QStringLiteral(" ZW@Example.COM ") << QStringLiteral("zw@example.com");
    QTest::newRow("plain") << QStringLiteral("li.na@mail.cn") << QStringLiteral("li.na@mail.cn");
    QTest::newRow("plus") << QStringLiteral("A+b@x.io") << QStringLiteral("a+b@x.io");
    QTest::newRow("no at") << QStringLiteral("example.com") << QString();
    QTest::newRow("two at") << QStringLiteral("a@b@c.com") << QString();
    QTest::newRow("empty local") << QStringLiteral("@c.com") << QString();
    QTest::newRow("empty domain") << QStringLiteral("a@") << QString();
    QTest::newRow("no dot") << QStringLiteral("a@localhost") << QString();
    QTest::newRow("dot edge") << QStringLiteral("a@.com") << QString();
    QTest::newRow("inner space") << QStringLiteral("a b@c.com") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("full-width") << QStringLiteral("ｌｉｈｕａ＠ｑｑ．ｃｏｍ") << QStringLiteral("lihua@qq.com");
}

void TestNormalize::email() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const auto got = Normalizer::email(raw);
    if (expected.isEmpty()) {
        QVERIFY(!got.has_value());
    } else {
        QCOMPARE(got.value_or(QString()), expected);
    }
}

void TestNormalize::nameKey_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width") << QStringLiteral("Ａｌｉｃｅ") << QStringLiteral("alice");
    QTest::newRow("full-width A") << QStringLiteral("Ａ") << QStringLiteral("a");
    QTest::newRow("spaces") << QStringLiteral("  Zhang   Wei ") << QStringLiteral("zhang wei");
    QTest::newRow("cjk") << QStringLiteral("王伟") << QStringLiteral("王伟");
    QTest::newRow("ideographic space") << QStringLiteral("王\u3000伟") << QStringLiteral("王 伟");
    QTest::newRow("sharp s folds") << QStringLiteral("STRASSE") << QStringLiteral("strasse");
}

void TestNormalize::nameKey() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::nameKey(raw), expected);
}

QTEST_GUILESS_MAIN(TestNormalize)
#include "TestNormalize.moc"

// How times, dates, durations, money and phone numbers are written for people (plain language,
// issue 14): relative where that is clearer, the currency's own symbol, phones as in their country.
#include "models/DisplayFormat.h"
#include "models/PhoneFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace c360;

class TestDisplayFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void when_data() {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("expected");
        // "Now" is Friday 14 March 2025, 16:00 local time.
        const QDateTime now(QDate(2025, 3, 14), QTime(16, 0));
        QTest::newRow("today") << QDateTime(QDate(2025, 3, 14), QTime(9, 5)) << QStringLiteral("Today 09:05");
        QTest::newRow("yesterday") << QDateTime(QDate(2025, 3, 13), QTime(18, 3)) << QStringLiteral("Yesterday 18:03");
        QTest::newRow("tomorrow") << QDateTime(QDate(2025, 3, 15), QTime(9, 0)) << QStringLiteral("Tomorrow 09:00");
        QTest::newRow("this week") << QDateTime(QDate(2025, 3, 10), QTime(14, 5)) << QStringLiteral("Mon 14:05");
        QTest::newRow("this year") << QDateTime(QDate(2025, 1, 8), QTime(7, 30)) << QStringLiteral("8 Jan 07:30");
        QTest::newRow("other year") << QDateTime(QDate(2024, 3, 8), QTime(7, 30)) << QStringLiteral("8 Mar 2024");
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void when() {
        QFETCH(QDateTime, moment);
        QFETCH(QString, expected);
        QCOMPARE(display::when(moment, QDateTime(QDate(2025, 3, 14), QTime(16, 0))), expected);
    }

    void whenTakesUtcToLocalTime() {
        const QDateTime utc = QDateTime(QDate(2025, 3, 14), QTime(9, 5)).toUTC();
        QCOMPARE(display::when(utc, QDateTime(QDate(2025, 3, 14), QTime(16, 0))), QStringLiteral("Today 09:05"));
    }

    void date() {
        QCOMPARE(display::date(QDate(2025, 3, 8)), QStringLiteral("8 Mar 2025"));
        QCOMPARE(display::date(QDate()), QString());
    }

    void duration_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(14 * 60 + 46) << QStringLiteral("14 min 46 s");
        QTest::newRow("hours") << qint64(3600 + 5 * 60 + 9) << QStringLiteral("1 h 05 min");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 s");
    }
    void duration() {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(display::duration(seconds), expected);
    }

    void money_data() {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yuan") << 7157.0 << QStringLiteral("CNY") << QStringLiteral("¥7,157.00");
        QTest::newRow("dollar is not yuan") << 1234.5 << QStringLiteral("USD") << QStringLiteral("$1,234.50");
        QTest::newRow("lower-case code") << 9.99 << QStringLiteral("eur") << QStringLiteral("€9.99");
        QTest::newRow("yen is not yuan") << 1200.0 << QStringLiteral("JPY") << QStringLiteral("JP¥1,200.00");
        QTest::newRow("taiwan dollar") << 350.0 << QStringLiteral("TWD") << QStringLiteral("NT$350.00");
        QTest::newRow("unknown code") << 12.0 << QStringLiteral("CHF") << QStringLiteral("CHF 12.00");
        QTest::newRow("refund") << -20.0 << QStringLiteral("USD") << QStringLiteral("−$20.00");
        QTest::newRow("no currency") << 3.0 << QString() << QStringLiteral("3.00");
    }
    void money() {
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(display::money(amount, currency), expected);
    }

    // The shipped Chinese translation (compiled into c360_translations) writes the same moments
    // the Chinese way.
    void chinese() {
        QTranslator zh;
        QVERIFY(zh.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("c360"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QDateTime now(QDate(2025, 3, 14), QTime(16, 0));
        QCOMPARE(display::when(QDateTime(QDate(2025, 3, 13), QTime(18, 3)), now), QStringLiteral("昨天 18:03"));
        QCOMPARE(display::when(QDateTime(QDate(2025, 1, 8), QTime(7, 30)), now), QStringLiteral("1月8日 07:30"));
        QCOMPARE(display::date(QDate(2025, 3, 8)), QStringLiteral("2025年3月8日"));
        QCOMPARE(display::duration(14 * 60 + 46), QStringLiteral("14 分 46 秒"));
        QCOMPARE(display::money(7157, QStringLiteral("CNY")), QStringLiteral("¥7,157.00"));
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void phone_data() {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cn mobile") << QStringLiteral("+8617612312788") << QStringLiteral("+86 176 1231 2788");
        QTest::newRow("us") << QStringLiteral("+14155550100") << QStringLiteral("+1 415-555-0100");
        QTest::newRow("tw mobile") << QStringLiteral("+886912345678") << QStringLiteral("+886 912 345 678");
        QTest::newRow("beijing landline") << QStringLiteral("+861065529988") << QStringLiteral("+86 10 6552 9988");
        QTest::newRow("not e164") << QStringLiteral("anonymous") << QStringLiteral("anonymous");
        QTest::newRow("invalid") << QStringLiteral("+1234") << QStringLiteral("+1234");
    }
    void phone() {
        QFETCH(QString, e164);
        QFETCH(QString, expected);
        QCOMPARE(formatPhoneForDisplay(e164), expected);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "TestDisplayFormat.moc"

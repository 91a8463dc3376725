// Masking of personal data by role: e-mails and phones partly hidden (not for supervisors), card
// numbers for everyone, always; dates, amounts and order numbers left alone.
#include "models/PiiLog.h"
#include "models/PiiMask.h"

#include <QTest>

using namespace c360;

class TestPiiMask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every log line passes the masking handler that main() installs, whatever the role.
    void logLinesAreMasked() {
        static QStringList captured;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { captured << message; });
        installPiiMaskingLogHandler();
        qWarning("paid with %s, mail %s, call %s", "4111 1111 1111 1111", "wang.li@qq.com", "+86 138 0013 8000");
        qInstallMessageHandler(previous);
        QCOMPARE(captured.size(), 1);
        const QString line = captured.first();
        QVERIFY2(line.contains(QLatin1String("**** **** **** 1111")) && !line.contains(QLatin1String("4111 1111")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("w***@qq.com")) && !line.contains(QLatin1String("wang.li")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("8000")) && !line.contains(QLatin1String("138 0013")), qPrintable(line));
    }

    void fields() {
        QCOMPARE(PiiMasker::maskEmail(QStringLiteral("wang.li@qq.com")), QStringLiteral("w***@qq.com"));
        QCOMPARE(PiiMasker::maskEmail(QStringLiteral("not-an-email")), QStringLiteral("***"));
        QCOMPARE(PiiMasker::maskEmail(QString()), QString());
        QCOMPARE(PiiMasker::maskPhone(QStringLiteral("+86 138 0013 8000")), QStringLiteral("+** *** **** 8000"));
        QCOMPARE(PiiMasker::maskPhone(QStringLiteral("+8613800138000")), QStringLiteral("+*********8000"));
    }

    void byRole_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("mayReveal");
        QTest::newRow("agent") << "agent"
                               << "w***@qq.com" << true;
        QTest::newRow("field") << "field"
                               << "w***@qq.com" << true;
        QTest::newRow("supervisor") << "supervisor"
                                    << "wang.li@qq.com" << true;
        QTest::newRow("auditor") << "AUDITOR"
                                 << "w***@qq.com" << false;
    }

    void byRole() {
        QFETCH(QString, role);
        QFETCH(QString, email);
        QFETCH(bool, mayReveal);
        const auto r = accessRoleFromName(role);
        QVERIFY(r);
        const PiiMasker masker(*r);
        QCOMPARE(masker.email(QStringLiteral("wang.li@qq.com")), email);
        QCOMPARE(masker.policy().mayReveal, mayReveal);
        // A card number is masked whoever reads it.
        const QString note = masker.text(QStringLiteral("paid with 4111 1111 1111 1111 yesterday"));
        QCOMPARE(note, QStringLiteral("paid with **** **** **** 1111 yesterday"));
        QCOMPARE(accessRoleName(*r), role.toLower());
    }

    void freeText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("email and mobile") << "Call 138 0013 8000 or mail Wang.Li@QQ.com"
                                          << "Call *** **** 8000 or mail W***@QQ.com";
        QTest::newRow("international") << "reached on +1 (415) 555-0100."
                                       << "reached on +* (***) ***-0100.";
        QTest::newRow("north american") << "(415) 555-0100"
                                        << "(***) ***-0100";
        QTest::newRow("card with dashes") << "card 5555-5555-5555-4444"
                                          << "card ****-****-****-4444";
        QTest::newRow("not a card (Luhn)") << "order 1234567812345678"
                                           << "order 1234567812345678";
        QTest::newRow("date and time") << "2026-03-01 09:00, refund 1280.50 CNY"
                                       << "2026-03-01 09:00, refund 1280.50 CNY";
        QTest::newRow("order number") << "ORD-000123 shipped"
                                      << "ORD-000123 shipped";
        QTest::newRow("empty") << ""
                               << "";
    }

    void freeText() {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(PiiMasker(AccessRole::Agent).text(text), masked);
    }

    void unknownRole() { QVERIFY(!accessRoleFromName(QStringLiteral("admin"))); }
};

QTEST_GUILESS_MAIN(TestPiiMask)
#include "TestPiiMask.moc"

// The translations load at run time, in each shipped language: our own strings and Qt's own
// (the Close / Cancel / Save buttons of every dialog come from qtbase's translations).
#include "app/Application.h"
#include "ui/LinkedRecordsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace c360;

class TestTranslations : public QObject {
    Q_OBJECT

private:
    // Removes what installTranslations() put in place, so each case starts from English.
    static void resetTranslations() {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

private Q_SLOTS:
    void cleanup() { resetTranslations(); }

    void qtsOwnButtons_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("关闭") << QStringLiteral("取消");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("關閉") << QStringLiteral("取消");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Close") << QStringLiteral("&Cancel");
    }
    void qtsOwnButtons() {
        QFETCH(QString, language);
        QFETCH(QString, close);
        QFETCH(QString, cancel);
        app::Application::installTranslations(language);
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QVERIFY2(box.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')) == QString(close).remove(u'&'),
                 qPrintable(box.button(QDialogButtonBox::Close)->text()));
        QVERIFY2(box.button(QDialogButtonBox::Cancel)
                     ->text()
                     .remove(QLatin1Char('&'))
                     .startsWith(QString(cancel).remove(u'&')),
                 qPrintable(box.button(QDialogButtonBox::Cancel)->text()));
    }

    void ourOwnStrings() {
        app::Application::installTranslations(QStringLiteral("zh_TW"));
        QCOMPARE(QCoreApplication::translate("c360::display", "Today %1"), QStringLiteral("今天 %1"));
        QCOMPARE(QCoreApplication::translate("c360::ui::ShortcutSheet", "Keyboard shortcuts"),
                 QStringLiteral("鍵盤快速鍵"));
        // The golden fields of Linked records, by their names for people (LinkedRecordsDialog::fieldLabel).
        QCOMPARE(QCoreApplication::translate("c360::ui::LinkedRecordsDialog", "Birth date"),
                 QStringLiteral("出生日期"));
        QCOMPARE(QCoreApplication::translate("c360::ui::LinkedRecordsDialog", "Name"), QStringLiteral("姓名"));
        // A linked record's type and the rule that linked it, as stored in English, by their names for people; a type
        // or rule of other sources or rules as stored.
        QCOMPARE(ui::LinkedRecordsDialog::entityLabel(QStringLiteral("interaction")), QStringLiteral("通話或對話"));
        QCOMPARE(ui::LinkedRecordsDialog::entityLabel(QStringLiteral("campaign_event")),
                 QStringLiteral("行銷活動事件"));
        QCOMPARE(ui::LinkedRecordsDialog::ruleLabel(QStringLiteral("fuzzy_name")), QStringLiteral("相似姓名"));
        QCOMPARE(ui::LinkedRecordsDialog::ruleLabel(QStringLiteral("new")), QStringLiteral("尚無相符"));
        QCOMPARE(ui::LinkedRecordsDialog::ruleLabel(QStringLiteral("loyalty_card")), QStringLiteral("loyalty_card"));
        app::Application::installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(ui::LinkedRecordsDialog::entityLabel(QStringLiteral("order")), QStringLiteral("订单"));
        QCOMPARE(ui::LinkedRecordsDialog::ruleLabel(QStringLiteral("manual")), QStringLiteral("主管合并"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"

#include "ui/CustomerHeader.h"
#include "ui/DataQualityView.h"
#include "ui/LinkedRecordsDialog.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace c360;
using namespace c360::ui;

class TestIdentityWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linkedRecordsShowsWhyAndHidesActionsFromAgents();
    void supervisorSplitsAndMerges();
    void goldenValuesShowTheirRecordAndPolicy();
    void dataQualityViewEmits();
};

namespace {
QList<LinkedRecord> threeRecords() {
    return {{11,
             QStringLiteral("crm"),
             QStringLiteral("customers"),
             QStringLiteral("CRM-1"),
             QStringLiteral("customer"),
             QStringLiteral("own"),
             1.0,
             {},
             0},
            {12, QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("SO-1"), QStringLiteral("order"),
             QStringLiteral("email"), 1.0, QStringLiteral("email zw@example.com — with crm:CRM-1"), 0},
            {13, QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("T-1"), QStringLiteral("ticket"),
             QStringLiteral("fuzzy_name"), 0.93, QStringLiteral("name 1.00, phone ends alike"), 0}};
}
} // namespace

void TestIdentityWidgets::linkedRecordsShowsWhyAndHidesActionsFromAgents() {
    LinkedRecordsDialog dialog;
    dialog.setMasker(PiiMasker(AccessRole::Supervisor)); // evidence in full (TestMaskingSurfaces: masked)
    dialog.setRecords(5, QStringLiteral("Zhang Wei"), threeRecords(), 40);
    dialog.setGoldenFields({{QStringLiteral("email"), QStringLiteral("zw@example.com"), QStringLiteral("crm"), 11}});
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("linkedRecordsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("Similar name")); // the rule by its name for people
    QCOMPARE(table->item(2, 4)->text(), QStringLiteral("0.93"));
    QVERIFY(table->item(1, 5)->text().contains(QLatin1String("zw@example.com")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("linkedRecordsTitle"))->text().contains(QLatin1String("40")));
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("goldenFieldsTable"))->item(0, 2)->text(),
             QStringLiteral("crm CRM-1"));
    dialog.show();
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->isHidden());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->isHidden());
}

void TestIdentityWidgets::goldenValuesShowTheirRecordAndPolicy() {
    // Linked records: the record behind each golden value, the policy that chose it, and per record what it
    // supplied. Golden fields may arrive before the records (and refer to a record not on the first page).
    LinkedRecordsDialog dialog;
    dialog.setGoldenFields(
        {{QStringLiteral("display_name"), QStringLiteral("Zhang Wei"), QStringLiteral("crm"), 11},
         {QStringLiteral("address"), QStringLiteral("12 maple ave austin"), QStringLiteral("helpdesk"), 13},
         {QStringLiteral("phone"), QStringLiteral("+8613800138000"), QStringLiteral("shop"), 99}});
    dialog.setRecords(5, QStringLiteral("Zhang Wei"), threeRecords(), 3);
    auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("goldenFieldsTable"));
    auto* records = dialog.findChild<QTableWidget*>(QStringLiteral("linkedRecordsTable"));
    QCOMPARE(fields->rowCount(), 3);
    QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("crm CRM-1"));
    QVERIFY2(fields->item(0, 1)->toolTip().contains(QLatin1String("most trusted source")),
             qPrintable(fields->item(0, 1)->toolTip()));
    QVERIFY(fields->item(0, 1)->toolTip().contains(QLatin1String("crm > shop")));
    QCOMPARE(fields->item(1, 2)->text(), QStringLiteral("helpdesk T-1"));
    QVERIFY2(fields->item(1, 2)->toolTip().contains(QLatin1String("most recently updated")),
             qPrintable(fields->item(1, 2)->toolTip()));
    QCOMPARE(fields->item(2, 2)->text(), QStringLiteral("shop")); // record 99 is not listed: its source
    QCOMPARE(records->columnCount(), 7);
    // Fields as people call them, not as party_field names them.
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Name"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("Address"));
    QCOMPARE(fields->item(2, 0)->text(), QStringLiteral("Phone"));
    QCOMPARE(records->item(0, 6)->text(), QStringLiteral("Name"));
    QCOMPARE(records->item(1, 6)->text(), QString());
    QCOMPARE(records->item(2, 6)->text(), QStringLiteral("Address"));
    QCOMPARE(LinkedRecordsDialog::fieldLabel(QStringLiteral("birth_date")), QStringLiteral("Birth date"));
    QCOMPARE(LinkedRecordsDialog::fieldLabel(QStringLiteral("loyalty_tier")), QStringLiteral("loyalty_tier"));

    // The customer header: the source of the name and why it won.
    CustomerHeader header;
    header.setFieldSources(
        {{QStringLiteral("display_name"), QStringLiteral("crm")}, {QStringLiteral("email"), QStringLiteral("shop")}});
    PartyHeader party;
    party.id = 5;
    party.name = QStringLiteral("Zhang Wei");
    party.emails = {QStringLiteral("zw@example.com")};
    party.sources = {QStringLiteral("crm"), QStringLiteral("shop")};
    party.linkedRecords = 2;
    header.showParty(party);
    auto* name = header.findChild<QLabel*>(QStringLiteral("customerName"));
    QVERIFY(name);
    QVERIFY2(name->toolTip().contains(QLatin1String("most trusted source")), qPrintable(name->toolTip()));
    const QString contacts = header.findChild<QLabel*>(QStringLiteral("customerContacts"))->toolTip();
    QVERIFY2(contacts.contains(QLatin1String("E-mail from")) && contacts.contains(QLatin1String("crm > shop")),
             qPrintable(contacts));
}

void TestIdentityWidgets::supervisorSplitsAndMerges() {
    LinkedRecordsDialog dialog;
    dialog.setSupervisor(true);
    dialog.setRecords(5, QStringLiteral("Zhang Wei"), threeRecords(), 3);
    dialog.show();
    QSignalSpy split(&dialog, &LinkedRecordsDialog::splitRequested);
    QSignalSpy merge(&dialog, &LinkedRecordsDialog::mergeRequested);
    auto* splitButton = dialog.findChild<QPushButton*>(QStringLiteral("splitButton"));
    QVERIFY(!splitButton->isHidden());
    QVERIFY(!splitButton->isEnabled()); // nothing selected
    dialog.findChild<QTableWidget*>(QStringLiteral("linkedRecordsTable"))->selectRow(2);
    QVERIFY(splitButton->isEnabled());
    QTest::mouseClick(splitButton, Qt::LeftButton);
    QCOMPARE(split.size(), 1);
    QCOMPARE(split.at(0).at(0).toLongLong(), 5);
    QCOMPARE(split.at(0).at(1).toLongLong(), 13);

    auto* mergeButton = dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"));
    auto* with = dialog.findChild<QLineEdit*>(QStringLiteral("mergeWithEdit"));
    with->setText(QStringLiteral("5"));
    QVERIFY(!mergeButton->isEnabled()); // not with itself
    with->setText(QStringLiteral("x"));
    QVERIFY(!mergeButton->isEnabled());
    with->setText(QStringLiteral("77"));
    QVERIFY(mergeButton->isEnabled());
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    QCOMPARE(merge.size(), 1);
    QCOMPARE(merge.at(0).at(1).toLongLong(), 77);

    dialog.showError(QStringLiteral("could not store"));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("linkedRecordsError"))->isHidden());
}

void TestIdentityWidgets::dataQualityViewEmits() {
    DataQualityView view;
    view.setMasker(PiiMasker(AccessRole::Supervisor)); // values in full (TestMaskingSurfaces: masked)
    view.setSuspectedDuplicates({{1, 2, 10, 20, 0.8, QStringLiteral("name 1.00, same city")}});
    view.setInvalidContacts(
        {{3, 30, QStringLiteral("shop"), QStringLiteral("SO-9"), QStringLiteral("phone"), QStringLiteral("12345")}});
    view.setConflictingValues(
        {{40, QStringLiteral("Ann"), QStringLiteral("email"), {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}}});
    view.show();
    QSignalSpy merge(&view, &DataQualityView::mergeRequested);
    QSignalSpy activated(&view, &DataQualityView::partyActivated);
    auto* dups = view.findChild<QTableWidget*>(QStringLiteral("suspectedDuplicatesTable"));
    auto* mergeButton = view.findChild<QPushButton*>(QStringLiteral("mergeDuplicateButton"));
    QVERIFY(!mergeButton->isEnabled());
    dups->selectRow(0);
    QVERIFY(mergeButton->isEnabled());
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    // The side-by-side review asks for a reason before anything is merged.
    QCOMPARE(merge.size(), 0);
    auto* review = view.findChild<QDialog*>(QStringLiteral("mergeReviewDialog"));
    QVERIFY(review);
    QTest::keyClicks(review->findChild<QLineEdit*>(QStringLiteral("mergeReason")), QStringLiteral("same person"));
    review->findChild<QPushButton*>(QStringLiteral("mergeConfirmButton"))->click();
    QCOMPARE(merge.size(), 1);
    QCOMPARE(merge.at(0).at(0).toLongLong(), 10);
    QCOMPARE(merge.at(0).at(1).toLongLong(), 20);
    QCOMPARE(merge.at(0).at(2).toString(), QStringLiteral("same person"));
    Q_EMIT view.findChild<QTableWidget*>(QStringLiteral("invalidContactsTable"))->cellDoubleClicked(0, 2);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 30);
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("conflictingValuesTable"))->item(0, 3)->text(),
             QStringLiteral("a@x.com, b@x.com"));
}

QTEST_MAIN(TestIdentityWidgets)
#include "TestIdentityWidgets.moc"

// Safe supervisor decisions. Data-quality rows name the customers. The rules editor does not lose edits silently:
// closing with unsaved changes asks (save, discard, keep editing); it has a Close button; its impact preview ranks the
// calls that are in the cache (the latest day with calls when there are none today).
#include "SupervisorDataset.h"

#include "models/Normalize.h"
#include "models/nba/RulePack.h"
#include "ui/DataQualityView.h"
#include "ui/MainWindow.h"
#include "ui/RulesEditor.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace c360;
using namespace c360::supervisortest;

namespace {

QMessageBox* unsavedBox(QWidget* editor) {
    return editor->findChild<QMessageBox*>(QStringLiteral("rulesUnsavedBox"));
}

void editFirstLever(ui::RulesEditor& editor) {
    // The first action's lever, by its object name (the table's columns may move).
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("rulesTable"));
    QDoubleSpinBox* lever = nullptr;
    for (int column = 0; column < table->columnCount() && lever == nullptr; ++column) {
        auto* w = qobject_cast<QDoubleSpinBox*>(table->cellWidget(0, column));
        if (w != nullptr && w->objectName().startsWith(QLatin1String("lever_"))) {
            lever = w;
        }
    }
    QVERIFY(lever != nullptr);
    lever->setValue(lever->value() + 0.5);
}

} // namespace

class TestSafeDecisions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dataQualityRowsShowNames() {
        Dataset data(QStringLiteral("dq-names"));
        QVERIFY2(data.ok(), qPrintable(data.error()));
        Normalizer normalizer;
        ui::MainWindow window(data.db(), normalizer);
        ui::DataQualityView* view = window.dataQualityView();
        const qint64 a = data.party(QStringLiteral("A"));
        const qint64 b = data.party(QStringLiteral("B"));
        view->setSuspectedDuplicates({{1, 2, a, b, 0.8, QStringLiteral("name 0.90")}});
        view->setConflictingValues({{99999, QStringLiteral("?"), QStringLiteral("email"), {}}});
        auto* dups = view->findChild<QTableWidget*>(QStringLiteral("suspectedDuplicatesTable"));
        QCOMPARE(dups->item(0, 0)->text(), QStringLiteral("Ann Lee"));
        QCOMPARE(dups->item(0, 1)->text(), QStringLiteral("Bob Wu"));
        QCOMPARE(dups->item(0, 0)->toolTip(), QStringLiteral("Customer id %1").arg(a));
        // A customer gone from the cache: named by its id, not left blank.
        QCOMPARE(view->findChild<QTableWidget*>(QStringLiteral("conflictingValuesTable"))->item(0, 0)->text(),
                 QStringLiteral("Customer 99999"));
    }

    void closingWithUnsavedChangesAsks() {
        ui::RulesEditor editor;
        QVERIFY(editor.openPack(nba::RulePack::defaultPackPath()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* close = editor.findChild<QPushButton*>(QStringLiteral("rulesClose"));
        QVERIFY(close);
        QVERIFY(!editor.hasUnsavedChanges());
        editFirstLever(editor);
        QVERIFY(editor.hasUnsavedChanges());

        // Keep editing: still open, the edit kept.
        close->click();
        QMessageBox* box = unsavedBox(&editor);
        QVERIFY(box);
        QVERIFY(editor.isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(unsavedBox(&editor) == nullptr);
        QVERIFY(editor.isVisible());
        QVERIFY(editor.hasUnsavedChanges());

        // Discard: closed.
        close->click();
        box = unsavedBox(&editor);
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!editor.isVisible());
    }

    void closingWithoutChangesDoesNotAsk() {
        ui::RulesEditor editor;
        QVERIFY(editor.openPack(nba::RulePack::defaultPackPath()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QPushButton*>(QStringLiteral("rulesClose"))->click();
        QVERIFY(unsavedBox(&editor) == nullptr);
        QVERIFY(!editor.isVisible());
    }

    void previewUsesTheCallsInTheCache() {
        Dataset data(QStringLiteral("rules-preview"));
        QVERIFY2(data.ok(), qPrintable(data.error()));
        ui::RulesEditor editor;
        QVERIFY(editor.openPack(nba::RulePack::defaultPackPath()));
        editor.setCachePath(data.path());
        // "Today" has no calls: the dataset's latest call is on 10 April 2026 (I10).
        editor.setClock([] { return QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC); });
        QSignalSpy ready(&editor, &ui::RulesEditor::impactReady);
        editor.previewImpact();
        QVERIFY(ready.wait(20'000));
        QCOMPARE(ready.first().at(0).toInt(), 1);
        QCOMPARE(editor.lastImpact().size(), 1);
        QVERIFY2(editor.statusText().contains(QStringLiteral("No calls today")), qPrintable(editor.statusText()));
    }
};

QTEST_MAIN(TestSafeDecisions)
#include "TestSafeDecisions.moc"

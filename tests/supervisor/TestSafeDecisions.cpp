// Safe supervisor decisions. Data-quality rows name the customers. A merge from the data-quality view shows the two
// customers side by side, needs a reason, is audited, and can be undone from the Decisions tab: the undo restores both
// customers exactly (driven through the real window, worker thread and cache). The rules editor does not lose edits
// silently: closing with unsaved changes asks (save, discard, keep editing); it has a Close button; its impact preview
// ranks the calls that are in the cache (the latest day with calls when there are none today).
#include "SupervisorDataset.h"

#include "app/Application.h"
#include "app/IdentityWorker.h"
#include "models/AuditLog.h"
#include "models/IdentityResolver.h"
#include "models/Normalize.h"
#include "models/Queries.h"
#include "models/nba/RulePack.h"
#include "ui/DataQualityView.h"
#include "ui/MainWindow.h"
#include "ui/MergeReviewDialog.h"
#include "ui/RulesEditor.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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

// One customer as the cache holds it, addressed by its CRM record (party ids may change across a merge and undo):
// its records, golden fields, party row and timeline size.
struct CustomerState {
    QStringList records, fields, row;
    QStringList header; // what the customer header shows: its contacts and linked records per source
    int linkedRecords = 0;
    qint64 events = 0;
    bool operator==(const CustomerState&) const = default;
};

QString describe(const CustomerState& s) {
    return s.records.join(u' ') + QStringLiteral(" | ") + s.fields.join(u' ') + QStringLiteral(" | ") +
           s.row.join(u' ') + QStringLiteral(" | header ") + s.header.join(u' ') + QStringLiteral(" | events ") +
           QString::number(s.events);
}

CustomerState stateOf(Dataset& data, const QString& customer) {
    CustomerState out;
    const qint64 party = data.party(customer);
    QSqlQuery q(data.db());
    q.prepare(QStringLiteral("SELECT sr.source || '/' || sr.stream || '/' || sr.source_id || ':' || pl.rule FROM "
                             "party_link pl JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = ? "
                             "ORDER BY sr.source, sr.stream, sr.source_id"));
    q.addBindValue(party);
    q.exec();
    while (q.next()) {
        out.records << q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT field || '=' || coalesce(value, '') || '@' || coalesce(source, '') || '#' || "
                             "coalesce(record_id, 0) FROM party_field WHERE party_id = ? ORDER BY field"));
    q.addBindValue(party);
    q.exec();
    while (q.next()) {
        out.fields << q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT display_name, coalesce(primary_email, ''), coalesce(primary_phone, ''), "
                             "coalesce(segment, ''), coalesce(city, ''), lifetime_value, coalesce(currency, ''), "
                             "order_count, open_tickets, coalesce(last_contact_ms, 0) FROM party WHERE id = ?"));
    q.addBindValue(party);
    q.exec();
    if (q.next()) {
        for (int i = 0; i < 10; ++i) {
            out.row << q.value(i).toString();
        }
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = ?"));
    q.addBindValue(party);
    q.exec();
    out.events = q.next() ? q.value(0).toLongLong() : -1;
    if (const auto header = PartyRepository(data.db()).header(party); header && *header) {
        const PartyHeader& h = **header;
        out.header << h.emails << h.phones << h.wechat << h.sources;
        out.linkedRecords = h.linkedRecords;
        out.header << QString::number(h.linkedRecords);
    }
    return out;
}

ui::MergeReviewDialog* reviewDialog(QWidget* view) {
    return view->findChild<ui::MergeReviewDialog*>(QStringLiteral("mergeReviewDialog"));
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

    void mergeFromDataQualityIsReviewedAuditedAndUndone() {
        Dataset data(QStringLiteral("dq-merge"));
        QVERIFY2(data.ok(), qPrintable(data.error()));
        // A resolved cache (as after `c360 resolve`): the sync's incremental linker names a customer's first record
        // "new" where full resolution names the key that joined it, and a merge re-resolves.
        QVERIFY(IdentityResolver(data.db()).resolveAll(QDateTime::currentMSecsSinceEpoch()));
        const CustomerState annBefore = stateOf(data, QStringLiteral("A"));
        const CustomerState bobBefore = stateOf(data, QStringLiteral("B"));
        QVERIFY2(annBefore.records.size() > 1 && annBefore.events > 0, qPrintable(describe(annBefore)));
        QVERIFY2(bobBefore.records.size() > 1 && bobBefore.events > 0, qPrintable(describe(bobBefore)));
        QVERIFY(annBefore.records != bobBefore.records);

        app::GuiOptions options;
        options.dbPath = data.path();
        options.sourcesPath = data.dir() + QStringLiteral("/no-sources.json");
        options.syncOnStart = false;
        options.syncIntervalMinutes = 0;
        options.checkIntervalSeconds = 0;
        options.singleInstance = false;
        options.role = QStringLiteral("supervisor");
        app::Application workstation(options);
        QVERIFY(workstation.start().ok());
        ui::MainWindow* window = workstation.window();
        auto* worker = workstation.findChild<app::IdentityWorker*>();
        QVERIFY(worker);
        ui::DataQualityView* view = window->dataQualityView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));

        // The pair as the data-quality list shows it (the resolver finds none between these two people).
        const qint64 ann = data.party(QStringLiteral("A"));
        const qint64 bob = data.party(QStringLiteral("B"));
        view->setSuspectedDuplicates({{1, 2, ann, bob, 0.84, QStringLiteral("name 0.90, phone ends alike")}});
        auto* dups = view->findChild<QTableWidget*>(QStringLiteral("suspectedDuplicatesTable"));
        dups->selectRow(0);
        auto* merge = view->findChild<QPushButton*>(QStringLiteral("mergeDuplicateButton"));
        QVERIFY(merge->isEnabled());
        merge->click();
        ui::MergeReviewDialog* dialog = reviewDialog(view);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Side by side: names, contacts, sources, last activity; the evidence and score.
        const auto text = [&](const QString& name) { return dialog->findChild<QLabel*>(name)->text(); };
        QCOMPARE(text(QStringLiteral("mergeReview_1_0")), QStringLiteral("Ann Lee"));
        QCOMPARE(text(QStringLiteral("mergeReview_2_0")), QStringLiteral("Bob Wu"));
        QVERIFY2(text(QStringLiteral("mergeReview_1_3")).contains(QStringLiteral("+8613800000010")),
                 qPrintable(text(QStringLiteral("mergeReview_1_3"))));
        QVERIFY2(text(QStringLiteral("mergeReview_1_4")).contains(QStringLiteral("crm (1)")),
                 qPrintable(text(QStringLiteral("mergeReview_1_4"))));
        QVERIFY(text(QStringLiteral("mergeReview_2_5")) != QStringLiteral("none"));
        QCOMPARE(text(QStringLiteral("mergeReviewEvidence")),
                 QStringLiteral("Score 0.84 — name 0.90, phone ends alike"));

        // No reason, no merge.
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("mergeConfirmButton"));
        QVERIFY(!confirm->isEnabled());
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("mergeReason"));
        QTest::keyClicks(reason, QStringLiteral("   "));
        QVERIFY(!confirm->isEnabled());
        reason->clear();
        const QString mergeReason = QStringLiteral("same person, confirmed on the phone");
        QTest::keyClicks(reason, mergeReason);
        QVERIFY(confirm->isEnabled());
        QSignalSpy decided(worker, &app::IdentityWorker::decided);
        confirm->click();
        QVERIFY(decided.wait(30'000));
        QVERIFY2(decided.first().at(0).toBool(), qPrintable(decided.first().at(1).toString()));
        QCOMPARE(data.party(QStringLiteral("A")), data.party(QStringLiteral("B")));
        const CustomerState merged = stateOf(data, QStringLiteral("A"));
        QCOMPARE(merged.records.size(), annBefore.records.size() + bobBefore.records.size());
        // The header counts the records of both (the aggregates, not a fresh count, are what it reads).
        QCOMPARE(merged.linkedRecords, annBefore.linkedRecords + bobBefore.linkedRecords);
        QCOMPARE(qsizetype(merged.linkedRecords), merged.records.size());
        QCOMPARE(merged.events, annBefore.events + bobBefore.events);

        // The Decisions tab lists it (the view reloads after the merge); undo needs a reason too.
        auto* decisions = view->findChild<QTableWidget*>(QStringLiteral("decisionsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(decisions->rowCount(), 1, 30'000);
        QCOMPARE(decisions->item(0, 4)->text(), mergeReason);
        decisions->selectRow(0);
        auto* undo = view->findChild<QPushButton*>(QStringLiteral("undoDecisionButton"));
        QVERIFY(!undo->isEnabled());
        const QString undoReason = QStringLiteral("two people after all: different birthdays");
        QTest::keyClicks(view->findChild<QLineEdit*>(QStringLiteral("undoReason")), undoReason);
        QVERIFY(undo->isEnabled());
        QSignalSpy undone(worker, &app::IdentityWorker::undone);
        undo->click();
        QVERIFY(undone.wait(30'000));
        QVERIFY2(undone.first().at(0).toBool(), qPrintable(undone.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(decisions->rowCount(), 0, 30'000);

        // Both customers exactly as before: the same records, golden fields, party row and timeline size.
        QVERIFY(data.party(QStringLiteral("A")) != data.party(QStringLiteral("B")));
        const CustomerState annAfter = stateOf(data, QStringLiteral("A"));
        const CustomerState bobAfter = stateOf(data, QStringLiteral("B"));
        QVERIFY2(annAfter == annBefore,
                 qPrintable(describe(annAfter) + QStringLiteral("\n  vs ") + describe(annBefore)));
        QVERIFY2(bobAfter == bobBefore,
                 qPrintable(describe(bobAfter) + QStringLiteral("\n  vs ") + describe(bobBefore)));

        // The audit log has the merge and its undo, each with its reason.
        auto log = AuditLog::open(AuditLog::pathBeside(data.path()), QStringLiteral("dq-merge-audit"));
        QVERIFY(log);
        const auto entries = log->list();
        QVERIFY(entries);
        const qint64 decisionId = decided.first().at(3).toLongLong();
        QVERIFY(decisionId > 0);
        bool mergeAudited = false, undoAudited = false;
        for (const AuditEntry& e : *entries) {
            if (e.action == QLatin1String("merge")) {
                mergeAudited = e.detail.value(QStringLiteral("reason")).toString() == mergeReason &&
                               e.detail.value(QStringLiteral("decision")).toInteger() == decisionId;
            } else if (e.action == QLatin1String("undo")) {
                undoAudited = e.detail.value(QStringLiteral("reason")).toString() == undoReason &&
                              e.subject == QStringLiteral("decision:%1").arg(decisionId) &&
                              e.detail.value(QStringLiteral("undone")).toString() == QLatin1String("merge");
            }
        }
        QVERIFY(mergeAudited);
        QVERIFY(undoAudited);
        QVERIFY(log->verify() && log->verify()->intact);
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

// The workstation window over a cache synced from the reference backend (real HTTP, real SQLite,
// real widgets offscreen): an agent types a phone number in another written form, the customer
// opens, and the timeline spans several source systems.
#include "models/Normalize.h"
#include "models/PhoneFormat.h"
#include "models/PiiMask.h"
#include "models/Roles.h"
#include "models/TimelineModel.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CustomerHeader.h"
#include "ui/EventDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"
#include "ui/OfflineBanner.h"
#include "ui/SearchPanel.h"
#include "ui/ShortcutSheet.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TimelinePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace c360;

namespace {

// +8617612312788 -> "176 1231 2788"; +14155550100 -> "(415) 555-0100".
QString otherWrittenForm(const QString& e164) {
    if (e164.startsWith(QLatin1String("+86"))) {
        const QString n = e164.mid(3);
        return n.left(3) + QLatin1Char(' ') + n.mid(3, 4) + QLatin1Char(' ') + n.mid(7);
    }
    const QString n = e164.mid(2);
    return QStringLiteral("(%1) %2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6));
}

QStringList column(QSqlDatabase db, const QString& sql) {
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(sql)) {
        while (q.next()) {
            out << q.value(0).toString();
        }
    }
    return out;
}

} // namespace

class TestWorkstationWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    Normalizer m_normalizer;

    qint64 partyOf(const QString& crmId) const {
        return m_cache->scalar(QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON l.record_id "
                                              "= r.id WHERE r.source = 'crm' AND r.source_id = '%1'")
                                   .arg(crmId));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 80;
        options.seed = 5;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<testing::TempCache>();
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->summary));
    }

    void phoneInAnotherFormatOpensTheCustomer() {
        const qint64 party = partyOf(QStringLiteral("CRM-000001"));
        QVERIFY(party > 0);
        const QStringList phones =
            column(m_cache->db(), QStringLiteral("SELECT primary_phone FROM party WHERE id = %1").arg(party));
        QCOMPARE(phones.size(), 1);
        QVERIFY(phones.first().startsWith(QLatin1Char('+')));
        const QString typed = otherWrittenForm(phones.first());
        QVERIFY(typed != phones.first());

        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(window.currentParty(), party);

        const QString name =
            column(m_cache->db(), QStringLiteral("SELECT display_name FROM party WHERE id = %1").arg(party)).value(0);
        QVERIFY(!name.isEmpty());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("customerName"))->text(), name);
        // An agent (the default role) sees the phone partly hidden, the last four digits kept.
        const auto contacts = [&window] {
            return window.findChild<QLabel*>(QStringLiteral("customerContacts"))->text();
        };
        QVERIFY2(contacts().contains(PiiMasker::maskPhone(formatPhoneForDisplay(phones.first()))),
                 qPrintable(contacts()));
        QVERIFY(!contacts().contains(formatPhoneForDisplay(phones.first())));
        // A supervisor sees it as written in its country ("+86 176 1231 2788"), not the stored E.164.
        window.setAccessRole(AccessRole::Supervisor);
        QVERIFY2(contacts().contains(formatPhoneForDisplay(phones.first())), qPrintable(contacts()));
        QVERIFY(!contacts().contains(phones.first()));
        // The golden record says where its name came from: the CRM wins by survivorship.
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("nameSource"))->text(), QStringLiteral("from CRM"));

        // The timeline shows events from at least three source systems, newest first.
        TimelineModel* model = window.timelinePanel()->model();
        QVERIFY(model->rowCount() > 0);
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        QSet<QString> sources;
        QDateTime previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            sources.insert(index.data(SourceRole).toString());
            const QDateTime when = index.data(OccurredAtRole).toDateTime();
            QVERIFY(!previous.isValid() || when <= previous);
            previous = when;
            QVERIFY(!index.data(SystemRole).toBool()); // system changes folded away by default
        }
        QVERIFY2(sources.size() >= 3, qPrintable(QStringList(sources.values()).join(QLatin1Char(','))));
        QCOMPARE(qint64(model->rowCount()), model->totalCount());

        // Selecting an event shows its details; the source record as received is behind "Source data".
        auto* view = window.findChild<QListView*>(QStringLiteral("timelineView"));
        QVERIFY(view);
        view->setCurrentIndex(model->index(0, 0));
        const QString title = model->index(0, 0).data(TitleRole).toString();
        QTRY_VERIFY(window.detailPane()->plainText().contains(title));
        QVERIFY(window.detailPane()->plainText().contains(QStringLiteral("Source data")));
        QVERIFY(!window.detailPane()->plainText().contains(QStringLiteral("as received")));
        window.detailPane()->setSourceDataShown(true);
        QVERIFY(window.detailPane()->plainText().contains(QStringLiteral("as received")));
        QVERIFY(window.detailPane()->plainText().contains(model->eventAt(0).sourceId));
        window.detailPane()->setSourceDataShown(false);
    }

    void filtersByKindSourceAndSystemChanges() {
        // A customer with system field changes (CRM "changes") and events of several kinds.
        const QStringList withChanges = column(
            m_cache->db(), QStringLiteral("SELECT party_id FROM timeline_event WHERE is_system = 1 GROUP BY party_id "
                                          "ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!withChanges.isEmpty());
        const qint64 party = withChanges.first().toLongLong();
        ui::MainWindow window(m_cache->db(), m_normalizer);
        QVERIFY(window.openParty(party));
        ui::TimelinePanel* panel = window.timelinePanel();
        TimelineModel* model = panel->model();
        const qint64 human = model->totalCount();
        QVERIFY(human > 0);

        panel->setIncludeSystem(true);
        QVERIFY(model->totalCount() > human);
        bool sawSystem = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            sawSystem = sawSystem || model->index(row, 0).data(SystemRole).toBool();
        }
        QVERIFY(sawSystem);
        panel->setIncludeSystem(false);
        QCOMPARE(model->totalCount(), human);

        panel->setSourceFilter({QStringLiteral("crm")});
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 0).data(SourceRole).toString(), QStringLiteral("crm"));
        }
        panel->setSourceFilter({});
        panel->setKindFilter({QStringLiteral("profile")});
        QVERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 0).data(KindRole).toString(), QStringLiteral("profile"));
        }
        panel->setKindFilter({});
        QCOMPARE(model->totalCount(), human);

        // The details pane follows the filter: an order's details go when orders are filtered away.
        auto* kinds = panel->findChild<QToolButton*>(QStringLiteral("kindFilter"));
        panel->setKindFilter({QStringLiteral("order")});
        if (model->rowCount() > 0) {
            panel->view()->setCurrentIndex(model->index(0, 0));
            const QString title = model->index(0, 0).data(TitleRole).toString();
            QTRY_VERIFY(window.detailPane()->plainText().contains(title));
            panel->setKindFilter({QStringLiteral("profile")});
            QVERIFY(!window.detailPane()->plainText().contains(title));
        }
        QVERIFY2(kinds->text() != QStringLiteral("Kinds"), qPrintable(kinds->text())); // "Kinds (1/N)"
        // The Kinds label follows the customer: another customer starts with every kind shown.
        const qint64 other = m_cache->scalar(
            QStringLiteral("SELECT party_id FROM timeline_event WHERE party_id <> %1 LIMIT 1").arg(party));
        QVERIFY(window.openParty(other));
        QCOMPARE(kinds->text(), QStringLiteral("Kinds"));
        QVERIFY(window.detailPane()->plainText().contains(QStringLiteral("Select an event")));
    }

    void f1ShowsEveryShortcut() {
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F1);
        ui::ShortcutSheet* sheet = nullptr;
        QTRY_VERIFY((sheet = window.findChild<ui::ShortcutSheet*>(QStringLiteral("shortcutSheet"))) != nullptr);
        QTRY_VERIFY(sheet->isVisible());
        const QStringList lines = sheet->lines();
        for (const char* expected : {"Call / End call and wrap up = Ctrl+E", "Call / Hold / resume = F8",
                                     "Customer / Find customer = Ctrl+F or F3", "Help / Keyboard shortcuts = F1"}) {
            QVERIFY2(lines.contains(QLatin1String(expected)), qPrintable(lines.join(QLatin1Char('\n'))));
        }
        sheet->close();
    }

    void twoCharacterChineseNameIsFound() {
        const QStringList names =
            column(m_cache->db(), QStringLiteral("SELECT display_name FROM party WHERE length(display_name) = 2 AND "
                                                 "unicode(display_name) > 19967 LIMIT 1"));
        QVERIFY2(!names.isEmpty(), "the demo company has two-character Chinese names");
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.searchPanel()->setQuery(names.first());
        QVERIFY(window.searchPanel()->resultCount() >= 1);
        QVERIFY(window.searchPanel()->activateFirst());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("customerName"))->text(), names.first());
    }

    void unknownInputSaysSoAndKeepsTheWindowUsable() {
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.searchPanel()->setQuery(QStringLiteral("\"; DROP TABLE party; -- ' * NEAR("));
        QCOMPARE(window.searchPanel()->resultCount(), 0);
        QVERIFY(
            window.findChild<QLabel*>(QStringLiteral("searchHint"))->text().contains(QStringLiteral("No customer")));
        QVERIFY(m_cache->scalar(QStringLiteral("SELECT count(*) FROM party")) > 0);
        QVERIFY(!window.openParty(987654321)); // not in the cache: a message, not a crash
        QCOMPARE(window.currentParty(), qint64(0));
    }

    void rulesEditorIsForSupervisorsOnly() {
        ui::MainWindow window(m_cache->db(), m_normalizer);
        QVERIFY(!window.isSupervisor());
        QVERIFY(window.openRulesEditor() == nullptr);
        window.setSupervisor(true);
        QWidget* editor = window.openRulesEditor();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(window.openRulesEditor(), editor); // one editor, brought forward
    }

    void promptsCanBeAnsweredFromTheKeyboard() {
        // Any customer with at least one prompt: Ctrl+1 accepts the top card and stores feedback.
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList parties = column(m_cache->db(), QStringLiteral("SELECT id FROM party ORDER BY id"));
        qint64 withPrompt = 0;
        for (const QString& id : parties) {
            QVERIFY(window.openParty(id.toLongLong()));
            if (!window.nbaPanel()->evaluation().actions.isEmpty()) {
                withPrompt = id.toLongLong();
                break;
            }
        }
        QVERIFY2(withPrompt > 0, "some customer of the demo company gets a prompt");
        const QString top = window.nbaPanel()->evaluation().actions.first().actionId;
        QSignalSpy given(window.nbaPanel(), &ui::NbaPanel::feedbackGiven);
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(given.count(), 1);
        QCOMPARE(given.first().at(0).toLongLong(), withPrompt);
        QCOMPARE(given.first().at(1).toString(), top);
        QCOMPARE(given.first().at(2).toString(), QStringLiteral("accepted"));
        // Stored off the UI thread, by the panel's own writer.
        QTRY_COMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM nba_feedback WHERE party_id = %1 AND "
                                                    "action_id = '%2' AND outcome = 'accepted'")
                                         .arg(withPrompt)
                                         .arg(top)),
                     qint64(1));
    }

    void statusBarIsHonestAboutFreshness() {
        ui::MainWindow window(m_cache->db(), m_normalizer);
        ui::SyncStatusWidget* status = window.syncStatus();
        QVERIFY(!status->isOffline());
        status->setOffline(QStringLiteral("Could not connect"));
        QVERIFY(status->isOffline());
        QVERIFY(status->stateText().contains(QStringLiteral("Offline")));
        status->setLastSync(QDateTime::currentDateTimeUtc().addSecs(-7200));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("lastSync"))->text().contains(QStringLiteral("2 hour")));
        // The banner across the window says it too, with the age of what is on screen.
        ui::OfflineBanner* banner = window.offlineBanner();
        QVERIFY(banner && !banner->isHidden());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — showing cached data, last synced 2 hour")),
                 qPrintable(banner->text()));
        // Some streams failed: its own state, never "Online".
        status->setPartial(QStringLiteral("2 streams failed"), QStringLiteral("crm/customers: HTTP 500"));
        QCOMPARE(status->connectivity(), ui::SyncStatusWidget::Connectivity::Partial);
        QVERIFY(!status->stateText().contains(QStringLiteral("Online")));
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("2 streams failed")), qPrintable(banner->text()));
        status->setOnline();
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(TestWorkstationWindow)
#include "TestWorkstationWindow.moc"

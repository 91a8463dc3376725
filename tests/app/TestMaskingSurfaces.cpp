// Personal data by role on every other surface that shows it, against a cache synced from the real
// reference backend: the journey (JourneyPanel), the dashboards' drill-down list, Linked records,
// the data-quality lists, the call bar and recent calls, File → Take offline… (real widgets, offscreen), and
// `c360 export`,
// `c360 report` and `c360 journey` (real processes on the same cache). Each check fails if a full
// e-mail or phone of the dataset shows for an agent, and also if it does not show for a supervisor
// (so that a surface without personal data cannot pass by accident).

#include "models/IdentityQueries.h"
#include "models/PiiMask.h"
#include "models/ReportRepository.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CallBar.h"
#include "ui/DashboardWindow.h"
#include "ui/DataQualityView.h"
#include "ui/JourneyPanel.h"
#include "ui/JourneyView.h"
#include "ui/LinkedRecordsDialog.h"
#include "ui/MainWindow.h"
#include "ui/PiiGuard.h"
#include "ui/RecentCalls.h"
#include "ui/SearchPanel.h"
#include "ui/TakeOfflineDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace c360;
using namespace c360::testing;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runC360(const QStringList& args) {
    QProcess p;
    p.start(BackendProcess::binDir() + QStringLiteral("/c360"), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString digitsOf(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out += c;
        }
    }
    return out;
}

// Every cell of a table widget, one per line.
QString cellsOf(const QTableWidget* table) {
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (const QTableWidgetItem* item = table->item(r, c)) {
                out << item->text();
            }
        }
    }
    return out.join(u'\n');
}

QString tablesOf(const QWidget* widget) {
    QStringList out;
    for (const QTableWidget* t : widget->findChildren<QTableWidget*>()) {
        out << cellsOf(t);
    }
    for (const QLabel* l : widget->findChildren<QLabel*>()) {
        out << l->text();
    }
    return out.join(u'\n');
}

} // namespace

class TestMaskingSurfaces final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<TempCache> m_cache;
    Normalizer m_normalizer;
    qint64 m_party = 0;
    QString m_email;
    QString m_phone;
    QStringList m_allEmails; // every primary e-mail and phone of the dataset
    QStringList m_allPhones;

    // Does `text` show a full e-mail or phone of the open customer?
    bool showsContact(const QString& text) const {
        return text.contains(m_email, Qt::CaseInsensitive) || digitsOf(text).contains(digitsOf(m_phone));
    }
    // ... or of any customer of the dataset?
    bool showsAnyContact(const QString& text) const {
        const QString digits = digitsOf(text);
        for (const QString& e : m_allEmails) {
            if (text.contains(e, Qt::CaseInsensitive)) {
                return true;
            }
        }
        for (const QString& p : m_allPhones) {
            if (digits.contains(digitsOf(p))) {
                return true;
            }
        }
        return false;
    }

    static void roles() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("full");
        QTest::newRow("agent") << QStringLiteral("agent") << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        BackendProcess::Options options;
        options.customers = 40;
        options.seed = 11;
        m_backend = std::make_unique<BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<TempCache>();
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());
        // A customer with contacts (calls, chats) on record: the dashboards and reports count them.
        m_party = m_cache->scalar(QStringLiteral(
            "SELECT p.id FROM party p JOIN party_link pl ON pl.party_id = p.id JOIN interaction i ON i.record_id = "
            "pl.record_id WHERE p.primary_email IS NOT NULL AND p.primary_phone IS NOT NULL ORDER BY p.id LIMIT 1"));
        QVERIFY(m_party > 0);
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("SELECT primary_email, primary_phone, id FROM party")));
        while (q.next()) {
            if (q.value(2).toLongLong() == m_party) {
                m_email = q.value(0).toString();
                m_phone = q.value(1).toString();
            }
            if (q.value(0).toString().size() > 5) {
                m_allEmails << q.value(0).toString();
            }
            if (digitsOf(q.value(1).toString()).size() > 6) {
                m_allPhones << q.value(1).toString();
            }
        }
        QVERIFY(m_email.contains(QLatin1Char('@')) && m_phone.startsWith(QLatin1Char('+')));
        QVERIFY(m_allEmails.size() > 10);
        // The helpdesk ticket whose subject names the call-back number: free text carries contacts.
        QVERIFY(q.exec(QStringLiteral("UPDATE timeline_event SET title = title || ' (call back on %1, %2)' WHERE id = "
                                      "(SELECT id FROM timeline_event WHERE party_id = %3 AND kind = 'ticket' ORDER BY "
                                      "occurred_ms LIMIT 1)")
                           .arg(m_phone, m_email)
                           .arg(m_party)));
        QCOMPARE(q.numRowsAffected(), 1);
        // ... as the ticket's own subject, which the timeline renders its text from when shown.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE ticket SET subject = subject || ' (call back on %1, %2)' WHERE record_id = "
                                  "(SELECT record_id FROM timeline_event WHERE party_id = %3 AND kind = 'ticket' "
                                  "ORDER BY occurred_ms LIMIT 1)")
                       .arg(m_phone, m_email)
                       .arg(m_party)));
        QCOMPARE(q.numRowsAffected(), 1);
    }

    void journey_data() { roles(); }
    void journey() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        ui::JourneyPanel panel(m_cache->db());
        panel.setMasker(PiiMasker(*accessRoleFromName(role)));
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &ui::JourneyPanel::loaded);
        panel.showParty(m_party); // read on a worker thread
        QVERIFY(loaded.wait(10'000));
        const Journey& j = panel.view()->journey();
        QVERIFY(!j.touchpoints.isEmpty());
        QString shown = panel.findChild<QLabel*>(QStringLiteral("journeySummary"))->text();
        for (const Touchpoint& t : j.touchpoints) {
            shown += u'\n' + t.title + u'\n' + t.summary + u'\n' + t.queue + u'\n' + t.reason;
        }
        for (const Friction& f : j.friction) {
            shown += u'\n' + f.detail;
        }
        QCOMPARE(showsContact(shown), full);
    }

    void linkedRecords_data() { roles(); }
    void linkedRecords() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        ui::LinkedRecordsDialog dialog;
        dialog.setMasker(PiiMasker(*accessRoleFromName(role)));
        const auto records = identity::linkedRecords(m_cache->db(), m_party);
        const auto fields = identity::goldenFields(m_cache->db(), m_party);
        QVERIFY(records.ok() && fields.ok());
        dialog.setRecords(m_party, QStringLiteral("Customer"), *records, records->size());
        dialog.setGoldenFields(*fields);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(showsContact(tablesOf(&dialog)), full);
    }

    void dataQuality_data() { roles(); }
    void dataQuality() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        // The customer gave the shop another e-mail and phone: conflicting values to review.
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO party_key(party_id, kind, value, records, first_record, "
                                      "last_ms) SELECT party_id, kind, CASE kind WHEN 'email' THEN 'shop.' || value "
                                      "ELSE '+8613912345678' END, 1, first_record, last_ms FROM party_key WHERE "
                                      "party_id = %1 AND kind IN ('email', 'phone')")
                           .arg(m_party)));
        const auto invalid = identity::invalidContacts(m_cache->db());
        const auto conflicts = identity::conflictingValues(m_cache->db());
        QVERIFY(invalid.ok() && conflicts.ok());
        // The raw values the lists are about (as the sources wrote them).
        QStringList raw;
        for (const InvalidContact& c : *invalid) {
            raw << c.value;
        }
        for (const ConflictingValue& v : *conflicts) {
            if (v.kind != QLatin1String("name")) {
                raw << v.values;
            }
        }
        raw.removeIf([](const QString& v) { return v.trimmed().size() < 6; });
        QVERIFY2(!raw.isEmpty(), "the dataset has invalid or conflicting contacts to show");
        ui::DataQualityView view;
        view.setMasker(PiiMasker(*accessRoleFromName(role)));
        view.setInvalidContacts(*invalid);
        view.setConflictingValues(*conflicts);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString shown = tablesOf(&view);
        const bool anyRaw = std::any_of(raw.cbegin(), raw.cend(), [&](const QString& v) { return shown.contains(v); });
        QCOMPARE(anyRaw, full);
    }

    // The call bar and the recent calls follow the window's role.
    void callBarAndRecentCalls_data() { roles(); }
    void callBarAndRecentCalls() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.setAccessRole(AccessRole::Supervisor);
        window.setAccessRole(*accessRoleFromName(role)); // a change of role reaches them too
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A caller the search cannot pick (several customers, or none): the bar names the number.
        ui::IncomingCall call;
        call.ani = m_phone;
        call.callId = QStringLiteral("masking-") + role;
        window.callBar()->startCall(call, QStringLiteral("New caller %1").arg(m_phone));
        QCOMPARE(showsContact(window.callBar()->callerText()), full);

        ui::RecentCalls* recent = window.recentCalls();
        recent->add(ui::RecentCall{QDateTime::currentDateTimeUtc(), m_phone, call.callId, 0, QString(), QString()});
        const QModelIndex row = recent->index(0);
        QCOMPARE(showsContact(row.data(Qt::DisplayRole).toString()), full);
        QCOMPARE(row.data(ui::RecentCalls::NumberRole).toString(), m_phone); // the search box gets the number
        window.callBar()->clear();
    }

    // An agent's reveal of the open customer reaches the journey and the call bar too, and ends when
    // another customer is opened.
    void revealReachesJourneyAndCallBar() {
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.setAccessRole(AccessRole::Agent);
        int recorded = 0;
        window.piiGuard()->setAuditHook([&recorded](qint64) { return ++recorded > 0; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openParty(m_party));
        ui::IncomingCall call;
        call.ani = m_phone;
        call.callId = QStringLiteral("reveal-journey");
        window.callBar()->startCall(call, QStringLiteral("Caller %1").arg(m_phone));
        QVERIFY(!showsContact(window.callBar()->callerText()));

        ui::JourneyPanel* journey = window.journeyPanel();
        auto* tabs =
            journey->parentWidget() ? qobject_cast<QTabWidget*>(journey->parentWidget()->parentWidget()) : nullptr;
        QVERIFY(tabs);
        QSignalSpy loaded(journey, &ui::JourneyPanel::loaded);
        tabs->setCurrentWidget(journey);
        QVERIFY(loaded.wait(10'000));
        const auto journeyText = [journey] {
            QString shown;
            for (const Touchpoint& t : journey->view()->journey().touchpoints) {
                shown += u'\n' + t.title + u'\n' + t.summary;
            }
            return shown;
        };
        QVERIFY(!showsContact(journeyText()));

        QVERIFY(window.piiGuard()->reveal(m_party));
        QCOMPARE(recorded, 1);
        QVERIFY(showsContact(window.callBar()->callerText()));
        QTRY_VERIFY_WITH_TIMEOUT(showsContact(journeyText()), 10'000);

        // Another customer, then back: masked again.
        const qint64 other =
            m_cache->scalar(QStringLiteral("SELECT id FROM party WHERE id <> %1 ORDER BY id LIMIT 1").arg(m_party));
        QVERIFY(window.openParty(other));
        QVERIFY(window.openParty(m_party));
        QTRY_VERIFY_WITH_TIMEOUT(!journeyText().isEmpty() && !showsContact(journeyText()), 10'000);
        window.callBar()->clear();
    }

    void cliExport_data() { roles(); }
    void cliExport() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        for (const char* what : {"parties", "links"}) {
            const Run r = runC360({QStringLiteral("export"), QLatin1String(what), QStringLiteral("--db"),
                                   m_cache->path(), QStringLiteral("--role"), role});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.count(u'\n') > 10);
            QVERIFY2(showsAnyContact(r.out) == full, what);
        }
    }

    void cliJourney_data() { roles(); }
    void cliJourney() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const Run r = runC360(QStringList{QStringLiteral("journey"), QString::number(m_party),
                                              QStringLiteral("--db"), m_cache->path(), QStringLiteral("--role"), role} +
                                  extra);
            QCOMPARE(r.code, 0);
            QVERIFY2(showsContact(r.out) == full, qPrintable(r.out.left(2000)));
        }
    }

    // Report rows are aggregates, but their free-text columns come from the sources: a contact center
    // that puts the call-back number into the queue field reaches the report.
    void cliReport_data() { roles(); }
    void cliReport() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        // Written through the window's connection while the CLI runs beside it: the worker threads of the window
        // tests above opened and closed their own connections to the file, which must not cost this one its locks
        // (the CLI would then delete the write-ahead log under it).
        QSqlQuery q(m_cache->db());
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE interaction SET queue = 'callback %1' WHERE record_id = (SELECT "
                                  "i.record_id FROM interaction i JOIN party_link pl ON pl.record_id = i.record_id "
                                  "WHERE pl.party_id = %2 ORDER BY i.record_id LIMIT 1)")
                       .arg(m_phone)
                       .arg(m_party)),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        // Reports read the contact facts a sync derives from interactions; this edit bypasses the sync, so its fact
        // follows the same way.
        QVERIFY2(q.exec(QStringLiteral("UPDATE contact_fact SET queue = (SELECT i.queue FROM interaction i WHERE "
                                       "i.record_id = contact_fact.record_id) WHERE party_id = %1")
                            .arg(m_party)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() >= 1);
        const qint64 first = m_cache->scalar(QStringLiteral("SELECT min(occurred_ms) FROM interaction"));
        const qint64 last = m_cache->scalar(QStringLiteral("SELECT max(occurred_ms) FROM interaction"));
        const QString from = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date().toString(Qt::ISODate);
        const QString to = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).date().toString(Qt::ISODate);
        for (const char* format : {"csv", "json"}) {
            const Run r = runC360({QStringLiteral("report"), QStringLiteral("contacts"), QStringLiteral("--from"), from,
                                   QStringLiteral("--to"), to, QStringLiteral("--format"), QLatin1String(format),
                                   QStringLiteral("--db"), m_cache->path(), QStringLiteral("--role"), role});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String("callback")), qPrintable(r.out));
            QVERIFY2(showsContact(r.out) == full, qPrintable(r.out));
        }
    }

    // File → Take offline… offers the search results as the search list shows them: masked for an agent or a field
    // user, in full for a supervisor; the keys it asks the sources for stay whole. A customer no source knows is
    // named in the result masked too.
    void takeOfflineDialog_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("full");
        QTest::newRow("agent") << QStringLiteral("agent") << false;
        QTest::newRow("field") << QStringLiteral("field") << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true;
    }
    void takeOfflineDialog() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.setAccessRole(*accessRoleFromName(role));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchPanel()->setQuery(m_email);
        QVERIFY(window.searchPanel()->resultCount() >= 1);
        // As the application opens it (app/Application.cpp).
        std::unique_ptr<ui::TakeOfflineDialog> dialog;
        const QString unknown = QStringLiteral("nobody.masked.%1@nowhere.example").arg(role);
        connect(&window, &ui::MainWindow::takeOfflineRequested, this, [&](QList<ui::OfflineCustomer> customers) {
            customers.append({unknown, window.piiGuard()->masker().email(unknown)});
            dialog = std::make_unique<ui::TakeOfflineDialog>(m_cache->path(), m_backend->sourcesFile(), QStringList{},
                                                             &window);
            dialog->setMasker(window.piiGuard()->masker());
            dialog->setCustomers(customers);
            dialog->open();
        });
        auto* action = window.findChild<QAction*>(QStringLiteral("takeOfflineAction"));
        QVERIFY(action != nullptr);
        action->trigger();
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const auto shownText = [&dialog] {
            QStringList out{dialog->windowTitle()};
            for (const QListWidget* list : dialog->findChildren<QListWidget*>()) {
                for (int row = 0; row < list->count(); ++row) {
                    out << list->item(row)->text();
                }
            }
            for (const QPlainTextEdit* edit : dialog->findChildren<QPlainTextEdit*>()) {
                out << edit->toPlainText();
            }
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                out << label->text();
            }
            return out.join(u'\n');
        };
        auto* chosen = dialog->findChild<QListWidget*>(QStringLiteral("chosenCustomers"));
        QVERIFY(chosen != nullptr && chosen->count() >= 2);
        QCOMPARE(showsContact(shownText()), full);
        QCOMPARE(shownText().contains(unknown), full);
        QVERIFY(dialog->keys().contains(m_email)); // the sources are asked for the real address
        QVERIFY(dialog->keys().contains(unknown));

        // Load only the unknown customer: the result names them as the role may see them.
        for (int row = 0; row + 1 < chosen->count(); ++row) {
            chosen->item(row)->setCheckState(Qt::Unchecked);
        }
        QCOMPARE(dialog->keys(), QStringList{unknown});
        QSignalSpy finished(dialog.get(), &ui::TakeOfflineDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().at(1).toInt(), 1); // not found
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Not found at any source")),
                 qPrintable(dialog->resultText()));
        QCOMPARE(dialog->resultText().contains(unknown), full);
        QCOMPARE(showsContact(shownText()), full);
        dialog.reset();
    }

    // Last: it renames customers. A CRM whose name field holds the e-mail (or the phone) is common;
    // the drill-down list shows names.
    void dashboardDrillDown_data() { roles(); }
    void dashboardDrillDown() {
        QFETCH(QString, role);
        QFETCH(bool, full);
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE party SET display_name = coalesce(primary_email, primary_phone, "
                                      "display_name)")));
        ui::DashboardWindow dashboards(m_cache->path());
        dashboards.setMasker(PiiMasker(*accessRoleFromName(role)));
        const qint64 first = m_cache->scalar(QStringLiteral("SELECT min(occurred_ms) FROM interaction"));
        const qint64 last = m_cache->scalar(QStringLiteral("SELECT max(occurred_ms) FROM interaction"));
        dashboards.setPeriod(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date(),
                             QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).date());
        dashboards.show();
        QSignalSpy loaded(&dashboards, &ui::DashboardWindow::loaded);
        dashboards.refresh();
        QVERIFY(loaded.wait(30'000));
        QSignalSpy ready(&dashboards, &ui::DashboardWindow::drillDownReady);
        dashboards.drillDown(ReportKind::Contacts, -1); // every customer behind the chart
        QVERIFY(ready.wait(30'000));
        auto* dialog = qobject_cast<QDialog*>(ready.first().first().value<QWidget*>());
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("drillDownTable"));
        QVERIFY(table && table->rowCount() > 3);
        QCOMPARE(showsAnyContact(cellsOf(table)), full);
        dialog->close();
    }
};

QTEST_MAIN(TestMaskingSurfaces)
#include "TestMaskingSurfaces.moc"

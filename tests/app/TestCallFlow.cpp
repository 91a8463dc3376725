// During the call: a screen pop from the telephony system (`c360 pop`, c360:// and tel: links,
// a real second process over the local socket) brings the caller up; the call bar, the
// keyboard-only flow and the wrap-up.
#include "app/Application.h"
#include "models/CacheWriter.h"
#include "models/IdentityResolver.h"
#include "models/Roles.h"
#include "models/TimelineModel.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/AgentWritesPanel.h"
#include "ui/CallBar.h"
#include "ui/CustomerHeader.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"
#include "ui/NewCustomerDialog.h"
#include "ui/NoteDialog.h"
#include "ui/SearchPanel.h"
#include "ui/TimelinePanel.h"
#include "ui/WrapUpDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace c360;

namespace {

// The pop reaches this process's window over a local socket, so the event loop must keep
// running while the other process waits for the answer: wait with a signal spy, not blocking.
int runC360(const QStringList& args, QString* output = nullptr) {
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
    if (!finished.wait(30'000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    return p.exitCode();
}

// Every visible label, every line edit and the status bar message of `window`, one per line.
QString visibleTexts(QMainWindow* window) {
    QStringList texts{window->statusBar()->currentMessage()};
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window)) {
            texts << label->text();
        }
    }
    for (const QLineEdit* edit : window->findChildren<QLineEdit*>()) {
        texts << edit->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestCallFlow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    std::unique_ptr<app::Application> m_app;
    qint64 m_party = 0;
    QString m_phone;

    ui::MainWindow* window() const { return m_app->window(); }

    QString outboxPath() const { return QFileInfo(m_cache->path()).absolutePath() + QStringLiteral("/outbox.db"); }
    // Read the outbox file with a connection of our own, as another program would.
    qint64 outboxCount(const QString& kind) const {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(outboxPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = ?"));
                q.addBindValue(kind);
                if (q.exec() && q.next()) {
                    n = q.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }
    QString outboxState(const QString& kind) const {
        QString state;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(outboxPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT state FROM outbox WHERE kind = ? ORDER BY id DESC LIMIT 1"));
                q.addBindValue(kind);
                if (q.exec() && q.next()) {
                    state = q.value(0).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return state;
    }
    QString outboxPayload(const QString& kind) const {
        QString payload;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(outboxPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = ? ORDER BY id DESC LIMIT 1"));
                q.addBindValue(kind);
                if (q.exec() && q.next()) {
                    payload = q.value(0).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return payload;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 60;
        options.seed = 13;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<testing::TempCache>(QStringLiteral("fixture"));
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());
        m_party = m_cache->scalar(QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON "
                                                 "l.record_id = r.id WHERE r.source_id = 'CRM-000001'"));
        QVERIFY(m_party > 0);
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("SELECT primary_phone FROM party WHERE id = %1").arg(m_party)) && q.next());
        m_phone = q.value(0).toString();
        QVERIFY(m_phone.startsWith(QLatin1String("+86")));

        // A family of four who share one landline: a pop must offer a pick list.
        CacheWriter writer(m_cache->db(), IdentityConfig{});
        PageInput page;
        page.source = QStringLiteral("legacy");
        page.stream = QStringLiteral("customers");
        page.checkpoint = QStringLiteral("1");
        const QStringList family = {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"),
                                    QStringLiteral("L4")};
        const QStringList names = {QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("王磊"),
                                   QStringLiteral("李娜")};
        for (const QString& id : family) {
            CanonicalRecord r;
            r.source = page.source;
            r.stream = page.stream;
            r.entity = EntityKind::Customer;
            r.sourceId = id;
            r.updatedAt = QDateTime::currentDateTimeUtc();
            r.raw = "{}";
            r.fields.insert(QStringLiteral("name"), names.at(family.indexOf(id)));
            r.fields.insert(QStringLiteral("email"), QString(id.toLower() + QStringLiteral("@family.example")));
            page.records.append(r);
        }
        QVERIFY(writer.applyPage(page).ok());
        // The shared number lives on interaction records of each (one per person).
        for (const QString& id : family) {
            PageInput calls;
            calls.source = QStringLiteral("legacy");
            calls.stream = QStringLiteral("calls");
            calls.checkpoint = id;
            CanonicalRecord r;
            r.source = calls.source;
            r.stream = calls.stream;
            r.entity = EntityKind::Interaction;
            r.sourceId = QStringLiteral("call-") + id;
            r.updatedAt = QDateTime::currentDateTimeUtc();
            r.raw = "{}";
            r.fields.insert(QStringLiteral("channel"), QStringLiteral("call"));
            r.fields.insert(QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc());
            r.fields.insert(QStringLiteral("phone"), QStringLiteral("+86 10 6552 9988"));
            r.fields.insert(QStringLiteral("name"), names.at(family.indexOf(id))); // the caller gave a name
            r.fields.insert(QStringLiteral("email"), QString(id.toLower() + QStringLiteral("@family.example")));
            calls.records.append(r);
            QVERIFY(writer.applyPage(calls).ok());
        }
        // Full resolution applies the guard-rails: a line shared by many different names links
        // nobody, so the family stays four customers who all have that number.
        IdentityResolver resolver(m_cache->db());
        QVERIFY(resolver.resolveAll(QDateTime::currentMSecsSinceEpoch()).ok());

        app::GuiOptions gui;
        gui.dbPath = m_cache->path();
        gui.sourcesPath = m_backend->sourcesFile();
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        m_app = std::make_unique<app::Application>(gui);
        QVERIFY(m_app->start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void popFromAnotherProcessOpensTheCaller() {
        // The switch gives the number in its own format; `c360 pop` is a separate process.
        const QString national =
            m_phone.mid(3, 3) + QLatin1Char(' ') + m_phone.mid(6, 4) + QLatin1Char(' ') + m_phone.mid(10);
        QString output;
        QCOMPARE(runC360({QStringLiteral("pop"), QStringLiteral("--ani"), national, QStringLiteral("--call-id"),
                          QStringLiteral("CALL-1"), QStringLiteral("--queue"), QStringLiteral("delivery")},
                         &output),
                 0);
        QVERIFY(output.contains(QStringLiteral("handed")));
        QTRY_COMPARE(window()->currentParty(), m_party);
        ui::CallBar* bar = window()->callBar();
        QVERIFY(bar->inCall());
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->reason(), QStringLiteral("delivery")); // the queue pre-selects the reason
        QVERIFY(window()->timelinePanel()->model()->rowCount() > 0);
        QCOMPARE(window()->findChild<QLabel*>(QStringLiteral("callCaller"))->text(),
                 window()->customerHeader()->party().name);

        // This caller withdrew marketing consent in the CRM: the panel shows the compliance notice
        // (with its reason), never as a card to accept; other prompts, if any, write feedback.
        ui::NbaPanel* nba = window()->nbaPanel();
        QVERIFY2(nba->errorText().isEmpty(), qPrintable(nba->errorText()));
        QCOMPARE(nba->evaluation().notices.size(), 1);
        QVERIFY(!nba->evaluation().notices.first().why.isEmpty());
        if (nba->evaluation().actions.isEmpty()) {
            QVERIFY(!nba->accept(0));
            QCOMPARE(outboxCount(QStringLiteral("nba_feedback")), 0);
        } else {
            QVERIFY(!nba->evaluation().actions.first().why.isEmpty());
            const QString action = nba->evaluation().actions.first().actionId;
            QVERIFY(nba->accept(0));
            QCOMPARE(outboxCount(QStringLiteral("nba_feedback")), 1);
            QVERIFY(outboxPayload(QStringLiteral("nba_feedback")).contains(action));
        }
    }

    void pinnedNoteStaysInTheHeader() {
        QSignalSpy written(window(), &ui::MainWindow::outboxChanged);
        QApplication::setActiveWindow(window());
        QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        ui::NoteDialog* dialog = window()->noteDialog();
        QTRY_VERIFY(dialog->isVisible());
        dialog->setText(QStringLiteral("Prefers WeChat; never call before 10:00"));
        dialog->setPinned(true);
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(outboxCount(QStringLiteral("note")), 1);
        auto* pinned = window()->findChild<QLabel*>(QStringLiteral("pinnedNotes"));
        QVERIFY(pinned->isVisible());
        QVERIFY(pinned->text().contains(QStringLiteral("never call before 10:00")));
        // On the next call of the same customer the note is still there.
        QVERIFY(window()->openParty(m_party));
        QVERIFY(pinned->text().contains(QStringLiteral("never call before 10:00")));
    }

    void keyboardOnlyCallAndWrapUp() {
        ui::CallBar* bar = window()->callBar();
        QVERIFY(bar->inCall());
        QApplication::setActiveWindow(window());
        QSignalSpy reasons(window(), &ui::MainWindow::callReasonChanged);
        bar->setReason(QStringLiteral("complaint"));
        QCOMPARE(reasons.count(), 1);
        QCOMPARE(reasons.first().first().toString(), QStringLiteral("complaint"));
        // Hold and resume with F8, notes with Ctrl+N, end with Ctrl+E.
        QTest::keyClick(window(), Qt::Key_F8);
        QVERIFY(bar->onHold());
        QTest::keyClick(window(), Qt::Key_F8);
        QVERIFY(!bar->onHold());
        QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
        auto* notes = window()->findChild<QLineEdit*>(QStringLiteral("callNotes"));
        QTRY_VERIFY(notes->hasFocus());
        QTest::keyClicks(notes, QStringLiteral("Parcel late, promised a call back"));
        QSignalSpy saved(window(), &ui::MainWindow::wrapUpSaved);
        QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier);
        ui::WrapUpDialog* dialog = window()->wrapUpDialog();
        QTRY_VERIFY(dialog->isVisible());
        // Saving without a disposition is refused with a message; Esc does not discard.
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("wrapUpError"))->text(),
                 QStringLiteral("Choose a disposition first."));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("wrapUpError"))->text().isEmpty());
        auto* disposition = dialog->findChild<QComboBox*>(QStringLiteral("wrapUpDisposition"));
        disposition->setFocus();
        QTest::keyClick(disposition, Qt::Key_Down); // first real code: "resolved"
        // Choosing a disposition answers the message: it goes.
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("wrapUpError"))->text().isEmpty());
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        const auto wrapUp = saved.first().first().value<ui::WrapUp>();
        QCOMPARE(wrapUp.partyId, m_party);
        QCOMPARE(wrapUp.callId, QStringLiteral("CALL-1"));
        QCOMPARE(wrapUp.reason, QStringLiteral("complaint"));
        QCOMPARE(wrapUp.disposition, QStringLiteral("resolved"));
        QCOMPARE(wrapUp.notes, QStringLiteral("Parcel late, promised a call back"));
        QVERIFY(!dialog->isVisible());
        QVERIFY(!bar->inCall());
        // In the outbox at once (durable), and shown to the agent as waiting to be sent.
        QCOMPARE(outboxCount(QStringLiteral("wrap_up")), 1);
        const QString payload = outboxPayload(QStringLiteral("wrap_up"));
        QVERIFY(payload.contains(QStringLiteral("\"disposition\":\"resolved\"")));
        QVERIFY(payload.contains(QStringLiteral("CALL-1")));
        QVERIFY(window()->agentWritesPanel()->itemCount() >= 1);
        // ...and at once at the top of the timeline, marked as the agent's own write.
        TimelineModel* timeline = window()->timelinePanel()->model();
        QVERIFY(timeline->localCount() >= 1);
        const QModelIndex top = timeline->index(0, 0);
        QCOMPARE(top.data(SourceRole).toString(), QStringLiteral("agent"));
        bool sawWrapUp = false;
        for (int row = 0; row < timeline->localCount(); ++row) {
            sawWrapUp = sawWrapUp || timeline->index(row, 0).data(KindRole).toString() == QLatin1String("wrap_up");
        }
        QVERIFY(sawWrapUp);
        // In words: the disposition's label, not its code.
        for (int row = 0; row < timeline->localCount(); ++row) {
            const QModelIndex i = timeline->index(row, 0);
            if (i.data(KindRole).toString() == QLatin1String("wrap_up")) {
                QVERIFY2(i.data(TitleRole).toString().contains(QStringLiteral("Resolved")),
                         qPrintable(i.data(TitleRole).toString()));
            }
        }
        // The pusher (its own thread) delivers it to the backend, which applies it once.
        QTRY_COMPARE_WITH_TIMEOUT(outboxState(QStringLiteral("wrap_up")), QStringLiteral("sent"), 30000);
    }

    void orderAndTicketActionsGoToTheOutbox() {
        QVERIFY(window()->openParty(m_party));
        // Select one of the customer's orders in the timeline.
        ui::TimelinePanel* panel = window()->timelinePanel();
        panel->setKindFilter({QStringLiteral("order")});
        TimelineModel* model = panel->model();
        QVERIFY2(model->rowCount() > 0, "customer #1 has orders");
        panel->view()->setCurrentIndex(model->index(0, 0));
        const QString number = window()->selectedOrderNumber();
        QVERIFY(!number.isEmpty());
        window()->cancelSelectedOrder();
        auto* confirm = window()->findChild<QMessageBox*>(QStringLiteral("cancelOrderConfirm"));
        QVERIFY(confirm);
        confirm->done(QMessageBox::Yes);
        QCOMPARE(outboxCount(QStringLiteral("order_cancel")), 1);
        QVERIFY(outboxPayload(QStringLiteral("order_cancel")).contains(number));
        // The backend decides: a delivered order cannot be cancelled (409, its reason shown to the
        // agent); any other is accepted. Either way the item leaves "pending".
        QTRY_VERIFY_WITH_TIMEOUT(outboxState(QStringLiteral("order_cancel")) != QLatin1String("pending"), 30000);
        if (outboxState(QStringLiteral("order_cancel")) == QLatin1String("failed")) {
            window()->refreshAgentWrites();
            auto* list = window()->findChild<QListWidget*>(QStringLiteral("agentWritesList"));
            bool reasonShown = false;
            for (int i = 0; i < list->count(); ++i) {
                reasonShown = reasonShown || list->item(i)->text().contains(QStringLiteral("cannot be cancelled")) ||
                              list->item(i)->text().contains(QStringLiteral("already cancelled"));
            }
            QVERIFY(reasonShown);
        }
        panel->setKindFilter({});

        window()->createTicket();
        auto* ask = window()->findChild<QInputDialog*>(QStringLiteral("ticketDialog"));
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("Parcel arrived damaged"));
        ask->accept();
        QCOMPARE(outboxCount(QStringLiteral("ticket_create")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(outboxState(QStringLiteral("ticket_create")), QStringLiteral("sent"), 30000);
    }

    void severalMatchesGiveAPickList() {
        QString output;
        QCOMPARE(runC360({QStringLiteral("c360://pop?ani=%2B86%2010%206552%209988&call_id=CALL-2")}, &output), 0);
        QTRY_VERIFY(window()->callBar()->inCall());
        QCOMPARE(window()->currentParty(), qint64(0));
        QCOMPARE(window()->searchPanel()->resultCount(), 4);
        QCOMPARE(window()->findChild<QLabel*>(QStringLiteral("customerName"))->text(),
                 QStringLiteral("Who is calling?"));
        // An agent sees the popped number masked, in the search box too, and a refresh (after a sync)
        // still searches the real number.
        QVERIFY(visibleTexts(window()).contains(QStringLiteral("9988")));
        QVERIFY2(!visibleTexts(window()).contains(QStringLiteral("6552")), qPrintable(visibleTexts(window())));
        window()->searchPanel()->refresh();
        QCOMPARE(window()->searchPanel()->resultCount(), 4);
        // The agent picks; the call bar follows.
        QVERIFY(window()->searchPanel()->activateFirst());
        QVERIFY(window()->currentParty() > 0);
        QCOMPARE(window()->callBar()->currentWrapUp().partyId, window()->currentParty());
        window()->callBar()->clear();
    }

    void unknownNumberGivesANewCallerCard() {
        QCOMPARE(runC360({QStringLiteral("tel:+1-206-555-0199")}), 0);
        QTRY_VERIFY(window()->callBar()->inCall());
        QCOMPARE(window()->currentParty(), qint64(0));
        QCOMPARE(window()->findChild<QLabel*>(QStringLiteral("customerName"))->text(), QStringLiteral("New caller"));
        // Card, call bar, status bar and search box show the number as the agent's role allows.
        const QString shown = visibleTexts(window());
        QVERIFY2(shown.contains(QStringLiteral("0199")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("555")), qPrintable(shown));
        window()->callBar()->clear();
    }

    // A caller nobody knows: the agent takes the details as a new customer; the CRM gets them through
    // the outbox, the next sync brings them, they open with this call, and the wrap-up is theirs.
    void newCallerBecomesACustomer() {
        QCOMPARE(runC360({QStringLiteral("c360://pop?ani=%2B1%20206%20555%200142&call_id=CALL-NEW")}), 0);
        QTRY_VERIFY(window()->callBar()->inCall());
        QCOMPARE(window()->currentParty(), qint64(0));
        auto* button = window()->findChild<QToolButton*>(QStringLiteral("newCustomer"));
        QVERIFY(button && button->isVisibleTo(window()));
        button->click();
        ui::NewCustomerDialog* dialog = window()->newCustomerDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto* useCaller = dialog->findChild<QCheckBox*>(QStringLiteral("newCustomerUseCaller"));
        QVERIFY(useCaller->isChecked());
        QVERIFY2(useCaller->text().contains(QStringLiteral("0142")) &&
                     !useCaller->text().contains(QStringLiteral("555")),
                 qPrintable(useCaller->text())); // an agent sees the number masked
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("newCustomerCreate"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("newCustomerError"));
        // Refused with words, nothing written: no name; then an e-mail that is not one.
        create->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("name")));
        dialog->findChild<QLineEdit*>(QStringLiteral("newCustomerName"))->setText(QStringLiteral("Dana Whitfield"));
        dialog->findChild<QLineEdit*>(QStringLiteral("newCustomerEmail"))->setText(QStringLiteral("dana at example"));
        create->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("dana at example")));
        QCOMPARE(outboxCount(QStringLiteral("customer_create")), 0);
        dialog->findChild<QLineEdit*>(QStringLiteral("newCustomerEmail"))
            ->setText(QStringLiteral("Dana.Whitfield@Example.org"));
        create->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(outboxCount(QStringLiteral("customer_create")), 1);
        const QString created = outboxPayload(QStringLiteral("customer_create"));
        QVERIFY2(created.contains(QStringLiteral("\"phone\":\"+12065550142\"")), qPrintable(created)); // E.164
        QVERIFY(created.contains(QStringLiteral("dana.whitfield@example.org")));
        QCOMPARE(window()->findChild<QLabel*>(QStringLiteral("customerName"))->text(),
                 QStringLiteral("Dana Whitfield"));
        // Pushed, synced, opened: the call is now this customer's.
        QTRY_VERIFY_WITH_TIMEOUT(window()->currentParty() > 0, 60'000);
        const qint64 party = window()->currentParty();
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("SELECT display_name, primary_phone, primary_email FROM party WHERE id = %1")
                           .arg(party)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Dana Whitfield"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("+12065550142"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("dana.whitfield@example.org"));
        QCOMPARE(window()->callBar()->currentWrapUp().partyId, party);
        // The wrap-up is filed under them.
        QSignalSpy saved(window(), &ui::MainWindow::wrapUpSaved);
        window()->callBar()->endCall();
        ui::WrapUpDialog* wrapUp = window()->wrapUpDialog();
        QTRY_VERIFY(wrapUp->isVisible());
        auto* disposition = wrapUp->findChild<QComboBox*>(QStringLiteral("wrapUpDisposition"));
        disposition->setCurrentIndex(1);
        QApplication::setActiveWindow(wrapUp);
        QTest::keyClick(wrapUp, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().value<ui::WrapUp>().partyId, party);
        QVERIFY(outboxPayload(QStringLiteral("wrap_up")).contains(QStringLiteral("dana.whitfield@example.org")));
    }

    void badPopsAreRefusedWithAMessage() {
        QString output;
        QCOMPARE(runC360({QStringLiteral("pop")}, &output), 2);
        QVERIFY(output.contains(QStringLiteral("--ani")));
        QVERIFY(runC360({QStringLiteral("c360://frobnicate?x=1")}, &output) != 0);
        QVERIFY(!window()->callBar()->inCall());
    }

    void cleanupTestCase() {
        m_app.reset();
        m_cache.reset();
    }
};

QTEST_MAIN(TestCallFlow)
#include "TestCallFlow.moc"

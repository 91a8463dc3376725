// NbaPanel and RulesEditor as real widgets (offscreen) over a real cache.

#include "NbaTestCache.h"

#include "ui/NbaPanel.h"
#include "ui/RulesEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace c360;
using namespace c360::nbatest;

namespace {
QList<QWidget*> cards(const ui::NbaPanel& panel) {
    QList<QWidget*> out;
    for (QWidget* w : panel.findChildren<QWidget*>(QStringLiteral("nbaCard"))) {
        if (w->isVisibleTo(&panel)) {
            out << w;
        }
    }
    return out;
}
QString actionOf(const QWidget* card) {
    return card->property("actionId").toString();
}
QWidget* cardFor(const ui::NbaPanel& panel, const QString& actionId) {
    for (QWidget* c : cards(panel)) {
        if (actionOf(c) == actionId) {
            return c;
        }
    }
    return nullptr;
}
} // namespace

class TestNbaPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsCardsWithWhy();
    void contextChangeReRanks();
    void acceptStoresFeedback();
    void dismissNeedsAReason();
    void feedbackNeverWaitsBehindASync();
    void laterStoresFeedback();
    void noPartyNoCards();
    void keyboardSeams();
    void editorValidatesSavesAndPreviews();
    void editorRejectsABadPack();

private:
    qint64 feedbackRows(const QString& where) const {
        QSqlQuery q(m_cache->db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM nba_feedback WHERE ") + where) || !q.next()) {
            return -1;
        }
        return q.value(0).toLongLong();
    }
    std::unique_ptr<ui::NbaPanel> makePanel() const {
        auto panel = std::make_unique<ui::NbaPanel>(m_cache->db());
        panel->setClock([] { return now(); });
        panel->resize(420, 700);
        panel->show();
        return panel;
    }

    std::unique_ptr<ScenarioCache> m_cache;
    qint64 m_busy = 0; // open ticket + abandoned checkout + recent purchase
};

void TestNbaPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<ScenarioCache>(QStringLiteral("nba-panel"));
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    const QString mail = QStringLiteral("busy@example.com");
    QVERIFY(m_cache->customer(mail, QStringLiteral("silver")));
    QVERIFY(m_cache->order(mail, QStringLiteral("100001"), 4, QStringLiteral("shipped"), 300));
    QVERIFY(m_cache->order(mail, QStringLiteral("100002"), 2, QStringLiteral("cancelled"), 900));
    QVERIFY(m_cache->ticket(mail, QStringLiteral("40001"), 1, QStringLiteral("open"), QStringLiteral("normal")));
    // Two calls today, one yesterday (the editor's preview ranks today's only).
    QVERIFY(m_cache->call(mail, QStringLiteral("1"), now().addSecs(-3600), QStringLiteral("delivery")));
    QVERIFY(m_cache->call(mail, QStringLiteral("2"), now().addSecs(-7200), QStringLiteral("billing")));
    QVERIFY(m_cache->call(mail, QStringLiteral("3"), now().addDays(-1), QStringLiteral("billing")));
    m_busy = m_cache->partyOf(mail);
    QVERIFY(m_busy > 0);
}

void TestNbaPanel::showsCardsWithWhy() {
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("billing"), QStringLiteral("phone"), {});
    QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
    const QList<QWidget*> shown = cards(*panel);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(actionOf(shown.constFirst()), QStringLiteral("service_recovery"));
    const auto* title = shown.constFirst()->findChild<QLabel*>(QStringLiteral("nbaTitle"));
    const auto* script = shown.constFirst()->findChild<QLabel*>(QStringLiteral("nbaScript"));
    const auto* why = shown.constFirst()->findChild<QLabel*>(QStringLiteral("nbaWhy"));
    QVERIFY(title && script && why);
    QCOMPARE(title->text(), QStringLiteral("Resolve the open ticket first"));
    QVERIFY(!script->text().isEmpty());
    QVERIFY2(why->text().contains(QStringLiteral("Ticket 40001 is still open")), qPrintable(why->text()));
    QVERIFY2(!why->text().contains(QLatin1Char('>')), qPrintable(why->text())); // plain words
    for (const char* name : {"nbaAccept", "nbaDismiss", "nbaLater"}) {
        auto* b = shown.constFirst()->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
    }
    // Language switch.
    panel->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(cards(*panel).constFirst()->findChild<QLabel*>(QStringLiteral("nbaTitle"))->text(),
             QStringLiteral("先解决未结工单"));
}

void TestNbaPanel::contextChangeReRanks() {
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("billing"), QStringLiteral("phone"), {});
    QVERIFY(!cardFor(*panel, QStringLiteral("delivery_status")));
    panel->setContext(QStringLiteral("delivery"), QStringLiteral("phone"), {});
    QVERIFY(cardFor(*panel, QStringLiteral("delivery_status")) != nullptr);
    // The abandoned checkout is an offer: held back while the ticket (a complaint) is open.
    QVERIFY(!cardFor(*panel, QStringLiteral("delivery_cart_rescue")));
    QVERIFY(std::any_of(panel->evaluation().heldBack.begin(), panel->evaluation().heldBack.end(),
                        [](const nba::HeldBack& h) { return h.actionId == QLatin1String("delivery_cart_rescue"); }));
}

void TestNbaPanel::acceptStoresFeedback() {
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("billing"), QStringLiteral("phone"), {});
    QSignalSpy spy(panel.get(), &ui::NbaPanel::feedbackGiven);
    QWidget* card = cardFor(*panel, QStringLiteral("service_recovery"));
    QVERIFY(card);
    card->findChild<QPushButton*>(QStringLiteral("nbaAccept"))->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_busy);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("service_recovery"));
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("accepted"));
    // Stored by the panel's writer on its own thread and connection.
    QTRY_COMPARE(feedbackRows(QStringLiteral("action_id = 'service_recovery' AND outcome = 'accepted' AND "
                                             "call_reason = 'billing' AND channel = 'phone' AND pack = 'retail' AND "
                                             "pushed_ms IS NULL")),
                 1);
    // Accepted: it cools down, the panel re-ranked at once (also for a new panel on the same customer).
    QVERIFY(!cardFor(*panel, QStringLiteral("service_recovery")));
    auto again = makePanel();
    again->setParty(m_busy);
    QVERIFY(!cardFor(*again, QStringLiteral("service_recovery")));
}

void TestNbaPanel::dismissNeedsAReason() {
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("delivery"), QStringLiteral("phone"), {});
    QVERIFY(!cards(*panel).isEmpty());
    QSignalSpy spy(panel.get(), &ui::NbaPanel::feedbackGiven);
    QWidget* card = cards(*panel).constFirst();
    const QString id = actionOf(card);
    auto* dismiss = card->findChild<QPushButton*>(QStringLiteral("nbaDismiss"));
    auto* picker = card->findChild<QWidget*>(QStringLiteral("nbaDismissPicker"));
    auto* reason = card->findChild<QComboBox*>(QStringLiteral("nbaDismissReason"));
    auto* confirm = card->findChild<QPushButton*>(QStringLiteral("nbaConfirmDismiss"));
    auto* cancel = card->findChild<QPushButton*>(QStringLiteral("nbaCancelDismiss"));
    QVERIFY(dismiss && picker && reason && confirm && cancel);
    QVERIFY(!picker->isVisible());
    dismiss->click();
    QVERIFY(picker->isVisible());
    QVERIFY(!dismiss->isVisible());
    // No reason yet: cannot dismiss.
    QCOMPARE(reason->currentIndex(), 0);
    QVERIFY(!confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    // Cancel goes back, nothing stored.
    cancel->click();
    QVERIFY(!picker->isVisible());
    QVERIFY(dismiss->isVisible());
    QCOMPARE(feedbackRows(QStringLiteral("outcome = 'dismissed'")), 0);
    // With a reason.
    dismiss->click();
    reason->setCurrentIndex(reason->findData(QStringLiteral("declined")));
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("dismissed"));
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("declined"));
    QTRY_COMPARE(
        feedbackRows(QStringLiteral("outcome = 'dismissed' AND reason = 'declined' AND action_id = '%1'").arg(id)), 1);
    QVERIFY(!cardFor(*panel, id)); // snoozed for this call
}

// A sync holds the cache's write lock for a page; an answer to a prompt must not wait for it on the
// UI thread (it used to block the window for up to the busy timeout, then fail).
void TestNbaPanel::feedbackNeverWaitsBehindASync() {
    QSqlQuery clear(m_cache->db());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM nba_feedback")));
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("delivery"), QStringLiteral("phone"), {});
    QVERIFY(!cards(*panel).isEmpty());
    const QString id = actionOf(cards(*panel).constFirst());
    QSignalSpy given(panel.get(), &ui::NbaPanel::feedbackGiven);
    QSignalSpy failed(panel.get(), &ui::NbaPanel::feedbackFailed);
    QSqlQuery sync(m_cache->db()); // another connection, as the sync thread's: it takes the write lock
    QVERIFY(sync.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(panel->later(0));
    // The click returned with the answer applied on screen, not stored yet and not failed.
    QCOMPARE(given.count(), 1);
    QVERIFY(!cardFor(*panel, id));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(feedbackRows(QStringLiteral("action_id = '%1'").arg(id)), 0);
    QVERIFY(sync.exec(QStringLiteral("COMMIT")));
    // The sync committed: the writer stores it.
    QTRY_COMPARE(feedbackRows(QStringLiteral("outcome = 'later' AND action_id = '%1'").arg(id)), 1);
    QCOMPARE(failed.count(), 0);
}

void TestNbaPanel::laterStoresFeedback() {
    QSqlQuery clear(m_cache->db()); // the answers of the tests above hide their cards
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM nba_feedback")));
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("delivery"), QStringLiteral("phone"), {});
    QSignalSpy spy(panel.get(), &ui::NbaPanel::feedbackGiven);
    QVERIFY(!cards(*panel).isEmpty());
    QWidget* card = cards(*panel).constFirst();
    const QString id = actionOf(card);
    card->findChild<QPushButton*>(QStringLiteral("nbaLater"))->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("later"));
    QTRY_COMPARE(feedbackRows(QStringLiteral("outcome = 'later' AND action_id = '%1' AND reason IS NULL").arg(id)), 1);
    QVERIFY(!cardFor(*panel, id));
}

void TestNbaPanel::noPartyNoCards() {
    QSqlQuery clear(m_cache->db()); // forget the answers of the tests above
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM nba_feedback")));
    auto panel = makePanel();
    QVERIFY(cards(*panel).isEmpty());
    auto* status = panel->findChild<QLabel*>(QStringLiteral("nbaStatus"));
    QVERIFY(status && !status->text().isEmpty());
    panel->setParty(m_busy);
    QVERIFY(!cards(*panel).isEmpty());
    panel->setParty(0);
    QVERIFY(cards(*panel).isEmpty());
    panel->setParty(99999);
    QVERIFY(cards(*panel).isEmpty());
    QVERIFY(panel->errorText().contains(QStringLiteral("99999")));
}

void TestNbaPanel::keyboardSeams() {
    QSqlQuery clear(m_cache->db());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM nba_feedback")));
    auto panel = makePanel();
    panel->setParty(m_busy);
    panel->setContext(QStringLiteral("delivery"), QStringLiteral("phone"), {});
    QVERIFY(panel->evaluation().actions.size() >= 2);
    const QString second = panel->evaluation().actions.at(1).actionId;
    QSignalSpy spy(panel.get(), &ui::NbaPanel::feedbackGiven);
    QVERIFY(!panel->accept(7));
    QVERIFY(panel->later(1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), second);
    QVERIFY(panel->beginDismiss(0));
    QWidget* top = cardFor(*panel, panel->evaluation().actions.at(0).actionId);
    QVERIFY(top->findChild<QWidget*>(QStringLiteral("nbaDismissPicker"))->isVisible());
    QCOMPARE(spy.count(), 1); // opening the picker stores nothing
    QVERIFY(panel->accept(0));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("accepted"));
}

void TestNbaPanel::editorValidatesSavesAndPreviews() {
    // The panel tests answered for this customer; start the preview from a clean history.
    QSqlQuery clear(m_cache->db());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM nba_feedback")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retail.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/nba/retail.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    ui::RulesEditor editor;
    editor.setClock([] { return now(); });
    editor.setCachePath(m_cache->path());
    QVERIFY(editor.openPack(path));
    editor.show();
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("rulesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 15);
    // The learned columns: nothing answered in this cache's learning table yet, then one accept.
    QVERIFY(nba::LearningRepository(m_cache->db())
                .observe(nba::ArmKey{QStringLiteral("cross_sell"), QStringLiteral("silver"), QStringLiteral("sales")},
                         true, nowMs())
                .ok());
    editor.setCachePath(m_cache->path()); // re-reads what was learned
    int crossSell = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->text() == QLatin1String("cross_sell")) {
            crossSell = r;
        }
    }
    QVERIFY(crossSell >= 0);
    QCOMPARE(table->item(crossSell, 6)->text(), QStringLiteral("100% of 1"));
    QVERIFY2(table->item(crossSell, 7)->text().contains(QStringLiteral("→")),
             qPrintable(table->item(crossSell, 7)->text()));
    auto* reset = qobject_cast<QPushButton*>(table->cellWidget(crossSell, 8));
    QVERIFY(reset && reset->isEnabled());
    reset->click(); // the reset is written on a worker thread
    QTRY_COMPARE_WITH_TIMEOUT(table->item(crossSell, 6)->text(), QStringLiteral("no answers yet"), 10'000);
    const auto learned = nba::LearningRepository(m_cache->db()).load();
    QVERIFY(learned.ok());
    QVERIFY(!learned->contains(
        nba::ArmKey{QStringLiteral("cross_sell"), QStringLiteral("silver"), QStringLiteral("sales")}));

    // Switch service recovery off and raise a lever.
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->text() == QLatin1String("service_recovery")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    table->item(row, 0)->setCheckState(Qt::Unchecked);
    auto* lever = qobject_cast<QDoubleSpinBox*>(table->cellWidget(crossSell, 5)); // the refilled row
    QVERIFY(lever);
    lever->setValue(2.5);
    QVERIFY(editor.validate());
    QVERIFY2(editor.statusText().contains(QStringLiteral("actions changed: 2")), qPrintable(editor.statusText()));

    // Preview: today's two calls of the busy customer; without service recovery the top changes.
    QSignalSpy ready(&editor, &ui::RulesEditor::impactReady);
    editor.findChild<QPushButton*>(QStringLiteral("rulesPreview"))->click();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toInt(), 2);
    QVERIFY(ready.at(0).at(1).toInt() >= 1);
    auto* impact = editor.findChild<QTableWidget*>(QStringLiteral("rulesImpact"));
    QCOMPARE(impact->rowCount(), ready.at(0).at(1).toInt());
    bool sawServiceRecovery = false;
    for (const nba::CallImpact& c : editor.lastImpact()) {
        sawServiceRecovery = sawServiceRecovery || c.before == QLatin1String("service_recovery");
        QVERIFY(c.after != QLatin1String("service_recovery"));
    }
    QVERIFY(sawServiceRecovery);

    // Save writes the edits and nothing else.
    QSignalSpy saved(&editor, &ui::RulesEditor::packSaved);
    QVERIFY(editor.save());
    QCOMPARE(saved.count(), 1);
    auto reread = nba::RulePack::load(path);
    QVERIFY(reread.ok());
    QVERIFY(!reread->action(QStringLiteral("service_recovery"))->enabled);
    QCOMPARE(reread->action(QStringLiteral("cross_sell"))->lever, 2.5);
    QVERIFY(reread->action(QStringLiteral("loyalty_offer"))->enabled);
    QCOMPARE(reread->actions().size(), 15);
}

void TestNbaPanel::editorRejectsABadPack() {
    ui::RulesEditor editor;
    QVERIFY(!editor.setPackText(R"({"name":"x","actions":[{"id":"a"}]})", QString()));
    QVERIFY2(editor.statusText().contains(QStringLiteral("/actions/0/")), qPrintable(editor.statusText()));
    QVERIFY(!editor.editedPack().ok());
    QVERIFY(!editor.save());
    // A resource opens read-only: Save has nowhere to write.
    QVERIFY(editor.openPack(QStringLiteral(":/nba/retail.json")));
    QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("rulesSave"))->isEnabled());
    QVERIFY(!editor.save());
}

QTEST_MAIN(TestNbaPanel)
#include "TestNbaPanel.moc"

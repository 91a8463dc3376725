// The agent's own writes as the agent reads them back (timeline rows, notes panel): in words, not
// codes, and without dangling separators. A real outbox file.
#include "sync/OutboxStore.h"
#include "ui/AgentWrites.h"
#include "ui/RefundDialog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace c360;

class TestAgentWrites : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<sync::OutboxStore> m_store;
    PartyHeader m_party;

    QString shownText(const QString& kind) {
        ui::AgentWrites writes(*m_store);
        const auto shown = writes.forCustomer(m_party);
        if (!shown) {
            return QStringLiteral("error: ") + shown.error().message;
        }
        for (const auto& s : *shown) {
            if (s.kind == kind) {
                return s.text;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        auto store = sync::OutboxStore::open(m_dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("writes"));
        QVERIFY(store.ok());
        m_store.emplace(std::move(*store));
        m_party.id = 7;
        m_party.name = QStringLiteral("王芳");
        m_party.emails = {QStringLiteral("wangfang@example.cn")};
    }

    void wrapUpWithoutNotesHasNoDanglingSeparator() {
        ui::AgentWrites writes(*m_store);
        ui::WrapUp w;
        w.partyId = 7;
        w.disposition = QStringLiteral("follow_up");
        w.notes = QStringLiteral("   ");
        QVERIFY(writes.wrapUp(m_party, w).ok());
        QCOMPARE(shownText(QStringLiteral("wrap_up")), QStringLiteral("Wrap-up: Follow-up needed"));
    }

    void wrapUpWithNotes() {
        ui::AgentWrites writes(*m_store);
        ui::WrapUp w;
        w.partyId = 7;
        w.disposition = QStringLiteral("resolved");
        w.notes = QStringLiteral("Refund confirmed");
        QVERIFY(writes.wrapUp(m_party, w).ok());
        QCOMPARE(shownText(QStringLiteral("wrap_up")), QStringLiteral("Wrap-up: Resolved · Refund confirmed"));
    }

    void promptAnswerInWords() {
        ui::AgentWrites writes(*m_store);
        QVERIFY(
            writes.feedback(m_party, QStringLiteral("resolve_open_ticket"), QStringLiteral("accepted"), {}, {}).ok());
        QCOMPARE(shownText(QStringLiteral("nba_feedback")), QStringLiteral("Prompt accepted: Resolve open ticket"));
    }

    void refundInWords() {
        ui::AgentWrites writes(*m_store);
        QVERIFY(writes.refund(m_party, QStringLiteral("100122"), QStringLiteral("12.50"), QStringLiteral("late")).ok());
        QCOMPARE(shownText(QStringLiteral("refund")), QStringLiteral("Refund 12.50 of order 100122"));
    }

    // What the refund dialog accepts as an amount (cents), and what it refuses (-1).
    void refundAmountsAreRead_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("1.5") << qint64(150);
        QTest::newRow("comma decimal") << QStringLiteral("12,50") << qint64(1250);
        QTest::newRow("thousands") << QStringLiteral("1,234.56") << qint64(123456);
        QTest::newRow("spaces") << QStringLiteral(" 7.05 ") << qint64(705);
        QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("all") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void refundAmountsAreRead() {
        QFETCH(QString, typed);
        QFETCH(qint64, cents);
        QCOMPARE(ui::RefundDialog::parseCents(typed), cents);
        if (cents >= 0) {
            QCOMPARE(ui::RefundDialog::parseCents(ui::RefundDialog::plainAmount(cents)), cents);
        }
    }

    void unknownCodesAreMadeReadable() {
        QCOMPARE(ui::labelOf({}, QStringLiteral("not_as_described")), QStringLiteral("Not as described"));
        QCOMPARE(ui::labelOf(ui::dispositions(), QStringLiteral("callback")), QStringLiteral("Callback scheduled"));
        QCOMPARE(ui::labelOf({}, QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestAgentWrites)
#include "TestAgentWrites.moc"

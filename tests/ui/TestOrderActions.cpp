// Order actions from the window against the reference backend's vendor flavors (real HTTP, real SQLite,
// real widgets offscreen): the agent refunds part of a Stripe charge through the refund dialog and
// changes the shipping address of a Shopify order; each write is queued in the outbox, pushed through
// the vendor's own API once, and read back on the next sync into the order's detail.
#include "models/DisplayFormat.h"
#include "models/Normalize.h"
#include "sync/CurlHttpClient.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"
#include "sync/WriteActions.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"
#include "tests/support/TempCache.h"
#include "ui/EventDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/RefundDialog.h"
#include "ui/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

struct PickedOrder {
    qint64 record = 0;
    qint64 party = 0;
    QString number;
    double total = 0;
    QString currency;
};

PickedOrder pickOrder(const TempCache& cache, const QString& where) {
    QSqlQuery q(cache.db());
    PickedOrder o;
    if (q.exec(QStringLiteral("SELECT o.record_id, pl.party_id, o.number, o.total, o.currency FROM orders o "
                              "JOIN source_record sr ON sr.id = o.record_id AND sr.deleted = 0 "
                              "JOIN party_link pl ON pl.record_id = o.record_id "
                              "WHERE coalesce(o.number, '') <> '' AND ") +
               where + QStringLiteral(" ORDER BY o.record_id LIMIT 1")) &&
        q.next()) {
        o = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble(),
             q.value(4).toString()};
    }
    return o;
}

qint64 orderEvent(const TempCache& cache, qint64 record) {
    return cache.scalar(
        QStringLiteral("SELECT id FROM timeline_event WHERE record_id = %1 AND kind = 'order' LIMIT 1").arg(record));
}

QAction* action(const ui::MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

} // namespace

class TestOrderActions : public QObject {
    Q_OBJECT

    Normalizer m_normalizer;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refundThroughTheDialogIsAppliedOnceAndReadBack() {
        BackendProcess backend(writeTestCompany(QStringLiteral("stripe")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(cache.isValid());
        const Status synced = syncOnce(cache, backend);
        QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().message));
        const PickedOrder order = pickOrder(cache, QStringLiteral("o.status = 'paid' AND o.total > 20 AND "
                                                                  "coalesce(o.refunded, 0) = 0"));
        QVERIFY(order.record > 0);
        const PickedOrder voided = pickOrder(cache, QStringLiteral("o.status = 'refunded'"));

        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("refund-window"));
        QVERIFY(store.ok());
        ui::MainWindow window(cache.db(), m_normalizer);
        window.setOutbox(&*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* refund = action(window, "refundOrderAction");
        QVERIFY(refund);
        QVERIFY(!refund->isEnabled()); // nothing selected

        if (voided.record > 0) { // refunded in full: nothing left, no refund
            QVERIFY(window.openParty(voided.party));
            QVERIFY(window.timelinePanel()->selectEvent(orderEvent(cache, voided.record)));
            QVERIFY(action(window, "cancelOrderAction")->isEnabled());
            QVERIFY(!refund->isEnabled());
        }
        QVERIFY(window.openParty(order.party));
        QVERIFY(window.timelinePanel()->selectEvent(orderEvent(cache, order.record)));
        QVERIFY(refund->isEnabled());
        refund->trigger();
        ui::RefundDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::RefundDialog*>(QStringLiteral("refundDialog"))) &&
                    dialog->isVisible());
        // The order's own currency ("usd", "cny" as Stripe writes it), by its symbol.
        const QString symbol = display::currencySymbol(order.currency);
        QVERIFY2(symbol == QStringLiteral("$") || symbol == QStringLiteral("\u00A5"), qPrintable(order.currency));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("refundCurrency"))->text(), symbol);
        auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("refundAmount"));
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("refundReason"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("refundError"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("refundConfirm"));
        QVERIFY(amount && reason && error && ok);
        QVERIFY2(amount->placeholderText().contains(symbol), qPrintable(amount->placeholderText()));

        // More than was paid, nothing, and not a number: refused in words, nothing queued.
        QTest::keyClicks(amount, QString::number(order.total + 1, 'f', 2));
        QVERIFY2(error->text().startsWith(QStringLiteral("At most ") + symbol), qPrintable(error->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("0"));
        QVERIFY2(error->text().contains(QStringLiteral("more than")), qPrintable(error->text()));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1.234"));
        QVERIFY2(error->text().contains(QStringLiteral("two decimals")), qPrintable(error->text()));
        QCOMPARE(store->counts()->pending, 0);

        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1.5"));
        QVERIFY(error->text().isEmpty());
        QCOMPARE(ok->text(), QStringLiteral("Refund ") + symbol + QStringLiteral("1.50"));
        QTest::keyClicks(reason, QStringLiteral("late delivery"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        // Queued exactly as `c360 write refund` queues it.
        QCOMPARE(store->counts()->pending, 1);
        auto due = store->list(QStringLiteral("pending"));
        QVERIFY(due.ok() && due->size() == 1);
        const OutboxItem item = due->first();
        QCOMPARE(item.kind, QStringLiteral("refund"));
        const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
        QCOMPARE(payload.value(QStringLiteral("order_number")).toString(), order.number);
        QCOMPARE(payload.value(QStringLiteral("amount")).toString(), QStringLiteral("1.50"));
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("late delivery"));
        QCOMPARE(payload.value(QStringLiteral("customer")).toString(), item.customerKey);

        // Pushed to Stripe's /v1/refunds with the item's Idempotency-Key; a lost answer is retried.
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        QVERIFY(backend.faults(1.0, {QStringLiteral("500")}, 1).ok()); // the first answer is lost
        OutboxPusher pusher(*store, *target, {}, RetryPolicy::Options{8, 5ms, 40ms, 1s});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                pusher.pushDue();
                return store->counts()->pending == 0;
            }(),
            30000);
        QCOMPARE((**store->item(item.id)).state, QStringLiteral("sent"));

        // The next sync reads the charge back with the refund on it; the window shows what is left.
        QVERIFY(syncOnce(cache, backend).ok());
        QCOMPARE(cache.scalar(QStringLiteral("SELECT CAST(round(refunded * 100) AS INTEGER) FROM orders WHERE "
                                             "record_id = %1")
                                  .arg(order.record)),
                 qint64(150));
        pusher.pushDue(); // nothing is due: nothing is sent again
        auto writes = adminGet(backend, QStringLiteral("/admin/writes"));
        QVERIFY(writes.ok());
        QCOMPARE(writes->value(QStringLiteral("applied")).toInteger(), 1);
        QCOMPARE(writes->value(QStringLiteral("duplicates")).toInteger(), 0);
        QCOMPARE(writes->value(QStringLiteral("by_kind")).toObject().value(QStringLiteral("refund")).toInteger(), 1);
        window.refreshAfterSync();
        QVERIFY(window.openParty(order.party));
        QVERIFY(window.timelinePanel()->selectEvent(orderEvent(cache, order.record)));
        const auto payment = window.selectedOrderPayment();
        QVERIFY(payment.has_value());
        QCOMPARE(payment->refundedCents, qint64(150));
        QCOMPARE(payment->leftCents(), qRound64(order.total * 100) - 150);
        QTRY_VERIFY2(window.detailPane()->plainText().contains(QStringLiteral("Refunded")),
                     qPrintable(window.detailPane()->plainText()));
        qInfo().noquote() << QStringLiteral("RESULT refund from the window, stripe: order %1 total %2 refunded %3 "
                                            "applied=%4 duplicates=%5 requests=%6")
                                 .arg(order.number)
                                 .arg(order.total, 0, 'f', 2)
                                 .arg(double(payment->refundedCents) / 100.0, 0, 'f', 2)
                                 .arg(writes->value(QStringLiteral("applied")).toInteger())
                                 .arg(writes->value(QStringLiteral("duplicates")).toInteger())
                                 .arg(writes->value(QStringLiteral("requests")).toInteger());
    }

    void changedShopifyAddressIsReadBackIntoTheOrder() {
        BackendProcess backend(writeTestCompany(QStringLiteral("shopify")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(cache.isValid());
        QVERIFY(syncOnce(cache, backend).ok());
        const PickedOrder order = pickOrder(cache, QStringLiteral("o.status = 'paid'"));
        QVERIFY(order.record > 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE ship_address IS NOT NULL")), 0);

        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("address-window"));
        QVERIFY(store.ok());
        ui::MainWindow window(cache.db(), m_normalizer);
        window.setOutbox(&*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openParty(order.party));
        QVERIFY(window.timelinePanel()->selectEvent(orderEvent(cache, order.record)));
        QAction* change = action(window, "changeAddressAction");
        QVERIFY(change && change->isEnabled());
        change->trigger();
        QInputDialog* ask = nullptr;
        QTRY_VERIFY((ask = window.findChild<QInputDialog*>(QStringLiteral("addressDialog"))) && ask->isVisible());
        const QString address = QStringLiteral("88 Nanjing Road West, Shanghai");
        ask->setTextValue(address);
        ask->accept();
        QCOMPARE(store->counts()->pending, 1);

        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        OutboxPusher pusher(*store, *target, {}, RetryPolicy::Options{8, 5ms, 40ms, 1s});
        QCOMPARE(pusher.pushDue().sent, 1);

        // Shopify's order list serves the new shipping_address with a new updated_at: the incremental
        // read brings it, the manifest maps it, the detail shows it.
        QVERIFY(syncOnce(cache, backend).ok());
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("SELECT ship_address FROM orders WHERE record_id = %1").arg(order.record)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), address);
        auto writes = adminGet(backend, QStringLiteral("/admin/writes"));
        QVERIFY(writes.ok());
        QCOMPARE(writes->value(QStringLiteral("applied")).toInteger(), 1);
        window.refreshAfterSync();
        QVERIFY(window.openParty(order.party));
        QVERIFY(window.timelinePanel()->selectEvent(orderEvent(cache, order.record)));
        QTRY_VERIFY2(window.detailPane()->plainText().contains(QStringLiteral("Shipping address")) &&
                         window.detailPane()->plainText().contains(address),
                     qPrintable(window.detailPane()->plainText()));
        qInfo().noquote() << QStringLiteral("RESULT address from the window, shopify: order %1 read back \"%2\" "
                                            "applied=%3 duplicates=%4")
                                 .arg(order.number, q.value(0).toString())
                                 .arg(writes->value(QStringLiteral("applied")).toInteger())
                                 .arg(writes->value(QStringLiteral("duplicates")).toInteger());
    }
};

QTEST_MAIN(TestOrderActions)
#include "TestOrderActions.moc"

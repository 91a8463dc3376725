// Offline edit conflicts end to end (real reference backend over loopback, real SQLite cache and outbox,
// real widgets offscreen): the agent changes an order or ticket, the same record changes on the server
// (POST /admin/mutate), the push finds out — by the vendor's own mechanism — and keeps the write as a
// conflict without touching the server; the "Resolve conflict…" dialog shows both versions; keeping
// mine applies it once on the new base, taking the server's leaves the server as it is and is audited.
//   reference backend: the body's base_version, 409 edit_conflict with the record now (stamp)
//   Zendesk:           safe_update + updated_stamp, 409, then the ticket is read again (stamp)
//   Shopify:           no precondition: GET the order and compare updated_at before the PUT (read_compare)
#include "app/AuditRecorder.h"
#include "app/CliOutbox.h"
#include "app/OutboxTarget.h"
#include "models/AuditLog.h"
#include "models/Normalize.h"
#include "models/Queries.h"
#include "sync/CurlHttpClient.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"
#include "sync/WriteActions.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"
#include "tests/support/TempCache.h"
#include "ui/AgentWrites.h"
#include "ui/AgentWritesPanel.h"
#include "ui/ConflictDialog.h"
#include "ui/Format.h"
#include "ui/MainWindow.h"
#include "ui/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

Result<QJsonObject> vendorGet(const BackendProcess& backend, const QString& path, const QByteArray& header,
                              const QByteArray& value) {
    CurlHttpClient http;
    HttpRequest r;
    r.url = backend.baseUrl() + path;
    r.headers = {{header, value}};
    auto response = http.send(r);
    if (!response) {
        return response.error();
    }
    return QJsonDocument::fromJson(response->body).object();
}

struct Picked {
    qint64 record = 0;
    qint64 party = 0;
    QString number;
    QString sourceId;
};

Picked pick(const TempCache& cache, const QString& sql) {
    QSqlQuery q(cache.db());
    Picked p;
    if (q.exec(sql) && q.next()) {
        p = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    }
    return p;
}

Picked paidOrder(const TempCache& cache) {
    return pick(cache, QStringLiteral("SELECT o.record_id, pl.party_id, o.number, sr.source_id FROM orders o "
                                      "JOIN source_record sr ON sr.id = o.record_id AND sr.deleted = 0 "
                                      "JOIN party_link pl ON pl.record_id = o.record_id "
                                      "WHERE o.status = 'paid' AND coalesce(o.number, '') <> '' "
                                      "ORDER BY o.record_id LIMIT 1"));
}

PartyHeader header(const TempCache& cache, qint64 party) {
    auto h = PartyRepository(cache.db()).header(party);
    return h && h->has_value() ? **h : PartyHeader{};
}

// The panel's row of outbox item `id`, selected.
bool selectItem(QListWidget* list, qint64 id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

// The dialog's row for a field label: {as seen, mine, server's}.
struct Row {
    int index = -1;
    QString seen, mine, server;
    bool mineMarked = false;
    bool serverMarked = false;
};

Row rowOf(QTableWidget* table, const QString& label) {
    Row r;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ui::ConflictDialog::Field)->text() == label) {
            r.index = row;
            r.seen = table->item(row, ui::ConflictDialog::Seen)->text();
            r.mine = table->item(row, ui::ConflictDialog::Mine)->text();
            r.server = table->item(row, ui::ConflictDialog::Server)->text();
            r.mineMarked = table->item(row, ui::ConflictDialog::Mine)->background().style() != Qt::NoBrush;
            r.serverMarked = table->item(row, ui::ConflictDialog::Server)->background().style() != Qt::NoBrush;
        }
    }
    return r;
}

ui::ConflictDialog* openResolve(ui::AgentWritesPanel* panel, qint64 id) {
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("agentWritesList"));
    auto* resolve = panel->findChild<QPushButton*>(QStringLiteral("resolveConflict"));
    if (!list || !resolve || !selectItem(list, id) || !resolve->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(resolve, Qt::LeftButton);
    auto* dialog = panel->findChild<ui::ConflictDialog*>(QStringLiteral("conflictDialog"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QJsonObject payloadOf(OutboxStore& store, qint64 id) {
    auto item = store.item(id);
    return item && item->has_value() ? QJsonDocument::fromJson((**item).payload).object() : QJsonObject();
}

QString stateOf(OutboxStore& store, qint64 id) {
    auto item = store.item(id);
    return item && item->has_value() ? (**item).state : QString();
}

} // namespace

class TestConflicts : public QObject {
    Q_OBJECT

    Normalizer m_normalizer;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Reference backend, from the window: address change offline, the order ships meanwhile.
    void referenceBackendConflictKeepMineAppliesOnceOnTheNewBase() {
        BackendProcess backend(writeTestCompany());
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(cache.isValid());
        QVERIFY(syncOnce(cache, backend).ok());
        const Picked order = paidOrder(cache);
        QVERIFY(order.record > 0);

        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("conflict-ref"));
        QVERIFY(store.ok());
        ui::MainWindow window(cache.db(), m_normalizer);
        window.setOutbox(&*store);
        app::AuditRecorder audit;
        QVERIFY(audit.open(dir.filePath(QStringLiteral("audit.db"))).ok());
        audit.watch(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openParty(order.party));
        const qint64 event = cache.scalar(
            QStringLiteral("SELECT id FROM timeline_event WHERE record_id = %1 AND kind = 'order'").arg(order.record));
        QVERIFY(window.timelinePanel()->selectEvent(event));
        window.findChild<QAction*>(QStringLiteral("changeAddressAction"))->trigger();
        QInputDialog* ask = nullptr;
        QTRY_VERIFY((ask = window.findChild<QInputDialog*>(QStringLiteral("addressDialog"))) && ask->isVisible());
        const QString mine = QStringLiteral("88 Conflict Road, Suzhou");
        ask->setTextValue(mine);
        ask->accept();
        auto queued = store->list(QStringLiteral("pending"));
        QVERIFY(queued.ok() && queued->size() == 1);
        const OutboxItem item = queued->first();
        const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
        const QString seenVersion = payload.value(QStringLiteral("base_version")).toString();
        QVERIFY2(!seenVersion.isEmpty(), item.payload.constData()); // the version the cache had
        QCOMPARE(payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("paid"));
        QCOMPARE(payload.value(QStringLiteral("changes")).toObject().value(QStringLiteral("address")).toString(), mine);

        // Meanwhile the warehouse ships the order.
        auto changed =
            backend.mutate(QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("update"), order.sourceId);
        QVERIFY(changed.ok());
        QCOMPARE(changed->value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
        const QString serverVersion = changed->value(QStringLiteral("updated_at")).toString();

        auto target = app::outboxTarget(backend.sourcesFile());
        QVERIFY(target.ok() && target->has_value());
        OutboxPusher pusher(*store, **target, {}, RetryPolicy::Options{8, 5ms, 40ms, 1s});
        PushReport report = pusher.pushDue();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(stateOf(*store, item.id), QStringLiteral("conflict"));
        QCOMPARE(store->counts()->conflict, 1);
        auto applied = adminGet(backend, QStringLiteral("/admin/outbox"));
        QVERIFY(applied.ok());
        QCOMPARE(applied->value(QStringLiteral("applied")).toInteger(), 0); // the server is untouched
        QCOMPARE(pusher.pushDue().sent, 0);                                 // never retried by itself
        QCOMPARE(stateOf(*store, item.id), QStringLiteral("conflict"));
        { // `c360 outbox list` names the state the same way, with the server's version
            QString text;
            QString errors;
            QTextStream out(&text);
            QTextStream err(&errors);
            QCOMPARE(app::runCliOutbox({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"),
                                        QStringLiteral("conflict"), QStringLiteral("--json"),
                                        QStringLiteral("--outbox"), store->path()},
                                       out, err),
                     0);
            out.flush();
            const QJsonArray listed = QJsonDocument::fromJson(text.toUtf8()).array();
            QCOMPARE(listed.size(), 1);
            const QJsonObject first = listed.at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("conflict"));
            QCOMPARE(first.value(QStringLiteral("server")).toObject().value(QStringLiteral("version")).toString(),
                     serverVersion);
        }

        // The panel marks it; the dialog shows both versions.
        ui::AgentWritesPanel* panel = window.agentWritesPanel();
        panel->refresh();
        QCOMPARE(panel->conflictCount(), 1);
        QVERIFY(
            panel->findChild<QLabel*>(QStringLiteral("agentWritesTitle"))->text().contains(QStringLiteral("conflict")));
        ui::ConflictDialog* dialog = openResolve(panel, item.id);
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        QVERIFY(table);
        const Row status = rowOf(table, QStringLiteral("Status"));
        QVERIFY(status.index >= 0);
        // Statuses read as words, not the source's codes.
        QCOMPARE(status.seen, QStringLiteral("Paid"));
        QCOMPARE(status.mine, QStringLiteral("Paid"));
        QCOMPARE(status.server, QStringLiteral("Shipped"));
        QVERIFY(status.serverMarked && !status.mineMarked);
        const Row address = rowOf(table, QStringLiteral("Shipping address"));
        QCOMPARE(address.mine, mine);
        QVERIFY(address.mineMarked);
        const QString who = dialog->findChild<QLabel*>(QStringLiteral("conflictWho"))->text();
        // Both versions named by when they were made, written for people (not the ISO stamps).
        const QDateTime seenAt = QDateTime::fromString(seenVersion, Qt::ISODateWithMs);
        QVERIFY(seenAt.isValid());
        QVERIFY2(who.contains(QStringLiteral("server's")) &&
                     who.contains(QStringLiteral("on the version of ") + ui::formatWhen(seenAt.toLocalTime())) &&
                     !who.contains(seenVersion),
                 qPrintable(who));

        // Keep mine: pending again on the server's version, under a new key; applied once.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(stateOf(*store, item.id), QStringLiteral("pending"));
        const QJsonObject rebased = payloadOf(*store, item.id);
        QCOMPARE(rebased.value(QStringLiteral("base_version")).toString(), serverVersion);
        QCOMPARE(rebased.value(QStringLiteral("base")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("shipped"));
        QVERIFY((**store->item(item.id)).idempotencyKey != item.idempotencyKey);
        report = pusher.pushDue();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(stateOf(*store, item.id), QStringLiteral("sent"));
        QCOMPARE(pusher.pushDue().sent, 0);
        applied = adminGet(backend, QStringLiteral("/admin/outbox"));
        QVERIFY(applied.ok());
        QCOMPARE(applied->value(QStringLiteral("applied")).toInteger(), 1);
        const QJsonObject body =
            applied->value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("address")).toString(), mine);
        QCOMPARE(body.value(QStringLiteral("base_version")).toString(), serverVersion);

        // Audited: who resolved which item, how.
        auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.db")), QStringLiteral("conflict-audit"));
        QVERIFY(log.ok());
        AuditFilter filter;
        filter.action = QStringLiteral("conflict");
        auto entries = log->list(filter);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().subject, QStringLiteral("outbox:%1").arg(item.id));
        QCOMPARE(entries->first().detail.value(QStringLiteral("choice")).toString(), QStringLiteral("mine"));

        // A change with no concurrent change goes through once, as before.
        const Picked other =
            pick(cache, QStringLiteral("SELECT o.record_id, pl.party_id, o.number, sr.source_id FROM "
                                       "orders o JOIN source_record sr ON sr.id = o.record_id AND "
                                       "sr.deleted = 0 JOIN party_link pl ON pl.record_id = "
                                       "o.record_id WHERE o.record_id <> %1 AND coalesce(o.number, '') "
                                       "<> '' ORDER BY o.record_id LIMIT 1")
                            .arg(order.record));
        QVERIFY(other.record > 0);
        ui::AgentWrites writes(*store);
        writes.setCache(cache.db());
        auto cancel = writes.orderAction(header(cache, other.party), QStringLiteral("order_address"), other.number,
                                         QStringLiteral("5 Calm Lane"));
        QVERIFY(cancel.ok());
        QVERIFY(payloadOf(*store, cancel->id).contains(QStringLiteral("base_version")));
        QCOMPARE(pusher.pushDue().sent, 1);
        QCOMPARE(stateOf(*store, cancel->id), QStringLiteral("sent"));
        applied = adminGet(backend, QStringLiteral("/admin/outbox"));
        QCOMPARE(applied->value(QStringLiteral("applied")).toInteger(), 2);
        qInfo().noquote() << QStringLiteral(
                                 "RESULT reference conflict: order %1 seen %2, server %3; keep mine applied=%4")
                                 .arg(order.number, seenVersion, serverVersion)
                                 .arg(applied->value(QStringLiteral("applied")).toInteger());
    }

    // Zendesk: safe_update refuses the stale ticket update; take the server's: nothing changes there.
    void zendeskSafeUpdateConflictTakeTheirsLeavesTheTicket() {
        BackendProcess backend(writeTestCompany(QStringLiteral("zendesk")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(cache.isValid());
        QVERIFY(syncOnce(cache, backend).ok());
        const QString openTickets =
            QStringLiteral("SELECT t.record_id, pl.party_id, t.number, sr.source_id FROM ticket t "
                           "JOIN source_record sr ON sr.id = t.record_id AND sr.deleted = 0 AND sr.stream = 'tickets' "
                           "JOIN party_link pl ON pl.record_id = t.record_id WHERE t.status = 'open' "
                           "AND coalesce(t.number, '') <> '' ORDER BY t.record_id LIMIT 1 OFFSET %1");
        const Picked ticket = pick(cache, openTickets.arg(0));
        const Picked calm = pick(cache, openTickets.arg(1));
        QVERIFY(ticket.record > 0 && calm.record > 0);

        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("conflict-zd"));
        QVERIFY(store.ok());
        ui::AgentWrites writes(*store);
        writes.setCache(cache.db());
        const PartyHeader party = header(cache, ticket.party);
        auto item = writes.ticketUpdate(party, ticket.number, QStringLiteral("solved"), {});
        QVERIFY(item.ok());
        const QJsonObject payload = payloadOf(*store, item->id);
        QCOMPARE(payload.value(QStringLiteral("ticket_id")).toString(), ticket.sourceId);
        QVERIFY(!payload.value(QStringLiteral("base_version")).toString().isEmpty());
        // The other ticket's status is changed from the window (Customer → Change status of selected ticket…).
        qint64 untouchedId = 0;
        {
            ui::MainWindow window(cache.db(), m_normalizer);
            window.setOutbox(&*store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openParty(calm.party));
            QAction* change = window.findChild<QAction*>(QStringLiteral("ticketStatusAction"));
            QVERIFY(change && !change->isEnabled());
            QVERIFY(window.timelinePanel()->selectEvent(
                cache.scalar(QStringLiteral("SELECT id FROM timeline_event WHERE record_id = %1 AND kind = 'ticket'")
                                 .arg(calm.record))));
            QVERIFY(change->isEnabled());
            change->trigger();
            QInputDialog* ask = nullptr;
            QTRY_VERIFY((ask = window.findChild<QInputDialog*>(QStringLiteral("ticketStatusDialog"))) &&
                        ask->isVisible());
            ask->setTextValue(QStringLiteral("Pending"));
            ask->accept();
            auto queued = store->list(QStringLiteral("pending"));
            QVERIFY(queued.ok() && queued->size() == 2); // the first ticket's change, then this one (newest first)
            untouchedId = queued->first().id;
            QVERIFY(untouchedId != item->id);
            const QJsonObject calmPayload = payloadOf(*store, untouchedId);
            QCOMPARE(calmPayload.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QCOMPARE(calmPayload.value(QStringLiteral("ticket_id")).toString(), calm.sourceId);
        }

        // Someone answers the first ticket on the server (a comment, the status moves on).
        const QString referenceId =
            QStringLiteral("T-%1").arg(ticket.sourceId.toLongLong() - 40000, 6, 10, QLatin1Char('0'));
        auto changed = backend.mutate(QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("update"),
                                      referenceId);
        QVERIFY(changed.ok());
        const QString serverStatus = changed->value(QStringLiteral("status")).toString();
        QCOMPARE(serverStatus, QStringLiteral("pending"));

        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        OutboxPusher pusher(*store, *target, {}, RetryPolicy::Options{8, 5ms, 40ms, 1s});
        const PushReport report = pusher.pushDue();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.sent, 1); // the other ticket: no concurrent change, applied
        QCOMPARE(stateOf(*store, item->id), QStringLiteral("conflict"));
        QCOMPARE(stateOf(*store, untouchedId), QStringLiteral("sent"));
        const QByteArray auth = "Bearer " + backend.token().toUtf8();
        auto now =
            vendorGet(backend, QStringLiteral("/api/v2/tickets/%1.json").arg(ticket.sourceId), "Authorization", auth);
        QVERIFY(now.ok());
        QCOMPARE(now->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("status")).toString(),
                 serverStatus); // not "solved": nothing was overwritten
        auto calmNow =
            vendorGet(backend, QStringLiteral("/api/v2/tickets/%1.json").arg(calm.sourceId), "Authorization", auth);
        QCOMPARE(calmNow->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));

        ui::AgentWritesPanel panel;
        panel.setWrites(&writes);
        panel.showParty(party);
        panel.show();
        QSignalSpy resolved(&panel, &ui::AgentWritesPanel::conflictResolved);
        ui::ConflictDialog* dialog = openResolve(&panel, item->id);
        QVERIFY(dialog);
        const Row status =
            rowOf(dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable")), QStringLiteral("Status"));
        QCOMPARE(status.seen, QStringLiteral("Open"));
        QCOMPARE(status.mine, QStringLiteral("Solved"));
        QCOMPARE(status.server, QStringLiteral("Pending"));
        QVERIFY(status.mineMarked && status.serverMarked);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(2).toString(), QStringLiteral("theirs"));
        QCOMPARE(stateOf(*store, item->id), QStringLiteral("discarded"));
        QCOMPARE(store->counts()->conflict, 0);
        QCOMPARE(pusher.pushDue().sent, 0);
        now = vendorGet(backend, QStringLiteral("/api/v2/tickets/%1.json").arg(ticket.sourceId), "Authorization", auth);
        QCOMPARE(now->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("status")).toString(),
                 serverStatus);
        auto writesSummary = adminGet(backend, QStringLiteral("/admin/writes"));
        QVERIFY(writesSummary.ok());
        QCOMPARE(writesSummary->value(QStringLiteral("by_kind"))
                     .toObject()
                     .value(QStringLiteral("ticket_update"))
                     .toInteger(),
                 1);                                // the calm one only
        QVERIFY(!writes.takeTheirs(item->id).ok()); // resolved already
        qInfo().noquote() << QStringLiteral("RESULT zendesk conflict: ticket %1 stays %2; applied ticket_update=%3")
                                 .arg(ticket.sourceId, serverStatus)
                                 .arg(writesSummary->value(QStringLiteral("by_kind"))
                                          .toObject()
                                          .value(QStringLiteral("ticket_update"))
                                          .toInteger());
    }

    // Shopify has no precondition: the order is read and compared before the PUT. Edit, then keep mine.
    void shopifyReadCompareConflictEditedKeepMine() {
        BackendProcess backend(writeTestCompany(QStringLiteral("shopify")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        QVERIFY(cache.isValid());
        QVERIFY(syncOnce(cache, backend).ok());
        const Picked order = paidOrder(cache);
        QVERIFY(order.record > 0);
        QTemporaryDir dir;
        auto store = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("conflict-shop"));
        QVERIFY(store.ok());
        ui::AgentWrites writes(*store);
        writes.setCache(cache.db());
        const PartyHeader party = header(cache, order.party);
        auto item =
            writes.orderAction(party, QStringLiteral("order_address"), order.number, QStringLiteral("1 First Street"));
        QVERIFY(item.ok());
        QVERIFY(!payloadOf(*store, item->id).value(QStringLiteral("base_version")).toString().isEmpty());

        // The reference id of the order: Shopify's id is 4500000000 + index.
        const QString referenceId =
            QStringLiteral("SO-%1").arg(order.sourceId.toLongLong() - 4500000000LL + 1, 7, 10, QLatin1Char('0'));
        auto changed =
            backend.mutate(QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("update"), referenceId);
        QVERIFY(changed.ok());
        QCOMPARE(changed->value(QStringLiteral("order_number")).toString().toLongLong(),
                 QString(order.number).remove(QLatin1Char('#')).toLongLong());

        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        OutboxPusher pusher(*store, *target, {}, RetryPolicy::Options{8, 5ms, 40ms, 1s});
        QCOMPARE(pusher.pushDue().conflicts, 1);
        QCOMPARE(stateOf(*store, item->id), QStringLiteral("conflict"));
        auto summary = adminGet(backend, QStringLiteral("/admin/writes"));
        QCOMPARE(summary->value(QStringLiteral("applied")).toInteger(), 0);
        const QByteArray token = backend.token().toUtf8();
        auto now = vendorGet(backend, QStringLiteral("/admin/api/2024-01/orders/%1.json").arg(order.sourceId),
                             "X-Shopify-Access-Token", token);
        QVERIFY(now.ok());
        QVERIFY(now->value(QStringLiteral("order")).toObject().value(QStringLiteral("shipping_address")).isNull());

        ui::AgentWritesPanel panel;
        panel.setWrites(&writes);
        panel.showParty(party);
        panel.show();
        ui::ConflictDialog* dialog = openResolve(&panel, item->id);
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        QCOMPARE(rowOf(table, QStringLiteral("Fulfilment")).server, QStringLiteral("fulfilled"));
        QVERIFY(rowOf(table, QStringLiteral("Fulfilment")).serverMarked == false); // not a field the agent saw
        const Row address = rowOf(table, QStringLiteral("Shipping address"));
        QCOMPARE(address.mine, QStringLiteral("1 First Street"));
        // Edit mine, then keep it.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("editMine")), Qt::LeftButton);
        QVERIFY(table->item(address.index, ui::ConflictDialog::Mine)->flags() & Qt::ItemIsEditable);
        QVERIFY(!(table->item(address.index, ui::ConflictDialog::Server)->flags() & Qt::ItemIsEditable));
        QLineEdit* editor = nullptr; // "Edit mine" opened the editor on the agent's address
        QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit*>()) != nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("2 Second Street"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(address.index, ui::ConflictDialog::Mine)->text(), QStringLiteral("2 Second Street"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keepMine")), Qt::LeftButton);
        const QJsonObject rebased = payloadOf(*store, item->id);
        QCOMPARE(rebased.value(QStringLiteral("address")).toString(), QStringLiteral("2 Second Street"));
        QCOMPARE(rebased.value(QStringLiteral("base_version")).toString(),
                 now->value(QStringLiteral("order")).toObject().value(QStringLiteral("updated_at")).toString());
        QCOMPARE(pusher.pushDue().sent, 1);
        QCOMPARE(pusher.pushDue().sent, 0);
        summary = adminGet(backend, QStringLiteral("/admin/writes"));
        QCOMPARE(
            summary->value(QStringLiteral("by_kind")).toObject().value(QStringLiteral("order_address")).toInteger(), 1);
        now = vendorGet(backend, QStringLiteral("/admin/api/2024-01/orders/%1.json").arg(order.sourceId),
                        "X-Shopify-Access-Token", token);
        QCOMPARE(now->value(QStringLiteral("order"))
                     .toObject()
                     .value(QStringLiteral("shipping_address"))
                     .toObject()
                     .value(QStringLiteral("address1"))
                     .toString(),
                 QStringLiteral("2 Second Street"));
        qInfo().noquote() << QStringLiteral(
                                 "RESULT shopify read-compare conflict: order %1, edited and kept, applied=%2")
                                 .arg(order.sourceId)
                                 .arg(summary->value(QStringLiteral("applied")).toInteger());
    }
};

QTEST_MAIN(TestConflicts)
#include "TestConflicts.moc"

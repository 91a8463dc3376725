#include "AgentWrites.h"

#include "sync/OutboxStore.h"
#include "ui/CallTypes.h"
#include "ui/NewCustomerDialog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace c360::ui {

namespace {

QByteArray body(QJsonObject object, const QString& customer) {
    object.insert(QStringLiteral("customer"), customer);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The version a source gave the record, from the record as received: the vendors' own names for it.
QString versionOf(const QByteArray& raw) {
    const QJsonObject o = QJsonDocument::fromJson(raw).object();
    for (const QString& key : {QStringLiteral("updated_at"), QStringLiteral("updatedAt"),
                               QStringLiteral("SystemModstamp"), QStringLiteral("LastModifiedDate")}) {
        if (o.value(key).isString()) {
            return o.value(key).toString();
        }
    }
    return o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("hs_lastmodifieddate")).toString();
}

// A change to an existing record: the version and fields the agent saw, and what they change.
void addBase(QJsonObject& o, const AgentWrites::Base& base, const QJsonObject& changes) {
    o.insert(QStringLiteral("changes"), changes);
    if (!base.version.isEmpty()) {
        o.insert(QStringLiteral("base_version"), base.version);
        o.insert(QStringLiteral("base"), base.fields);
    }
}

} // namespace

AgentWrites::Base AgentWrites::orderBase(const PartyHeader& party, const QString& orderNumber) const {
    Base base;
    if (!m_cache.isValid() || orderNumber.isEmpty()) {
        return base;
    }
    QSqlQuery q(m_cache);
    q.prepare(
        QStringLiteral("SELECT r.payload, r.source, r.source_id, o.status, o.ship_address FROM orders o "
                       "JOIN party_link l ON l.record_id = o.record_id JOIN source_record r ON r.id = o.record_id "
                       "WHERE l.party_id = ? AND o.number = ? AND r.deleted = 0 ORDER BY r.updated_at DESC LIMIT 1"));
    q.addBindValue(party.id);
    q.addBindValue(orderNumber);
    if (q.exec() && q.next()) {
        base.version = versionOf(q.value(0).toByteArray());
        base.source = q.value(1).toString();
        base.sourceId = q.value(2).toString();
        base.fields.insert(QStringLiteral("status"), q.value(3).toString());
        base.fields.insert(QStringLiteral("address"), q.value(4).toString());
    }
    return base;
}

AgentWrites::Base AgentWrites::ticketBase(const PartyHeader& party, const QString& ticketNumber) const {
    Base base;
    if (!m_cache.isValid() || ticketNumber.isEmpty()) {
        return base;
    }
    QSqlQuery q(m_cache);
    q.prepare(
        QStringLiteral("SELECT r.payload, r.source, r.source_id, t.status, t.priority FROM ticket t "
                       "JOIN party_link l ON l.record_id = t.record_id JOIN source_record r ON r.id = t.record_id "
                       "WHERE l.party_id = ? AND t.number = ? AND r.deleted = 0 ORDER BY r.updated_at DESC LIMIT 1"));
    q.addBindValue(party.id);
    q.addBindValue(ticketNumber);
    if (q.exec() && q.next()) {
        base.version = versionOf(q.value(0).toByteArray());
        base.source = q.value(1).toString();
        base.sourceId = q.value(2).toString();
        base.fields.insert(QStringLiteral("status"), q.value(3).toString());
        base.fields.insert(QStringLiteral("priority"), q.value(4).toString());
    }
    return base;
}

AgentWrites::AgentWrites(sync::OutboxStore& store)
    : m_store(store) {}

QString AgentWrites::customerKey(const PartyHeader& party) {
    if (!party.emails.isEmpty()) {
        return QStringLiteral("email:") + party.emails.constFirst();
    }
    if (!party.phones.isEmpty()) {
        return QStringLiteral("phone:") + party.phones.constFirst();
    }
    return QStringLiteral("party:") + QString::number(party.id);
}

QStringList AgentWrites::customerKeys(const PartyHeader& party) {
    QStringList keys;
    for (const QString& e : party.emails) {
        keys << QStringLiteral("email:") + e;
    }
    for (const QString& p : party.phones) {
        keys << QStringLiteral("phone:") + p;
    }
    keys << QStringLiteral("party:") + QString::number(party.id);
    return keys;
}

Result<sync::OutboxItem> AgentWrites::note(const PartyHeader& party, const QString& text, bool pinned) {
    const QString key = customerKey(party);
    return m_store.enqueue(QStringLiteral("note"), key, party.id,
                           body({{QStringLiteral("text"), text}, {QStringLiteral("pinned"), pinned}}, key));
}

Result<sync::OutboxItem> AgentWrites::wrapUp(const PartyHeader& party, const WrapUp& w) {
    const bool known = party.id > 0 || !party.emails.isEmpty() || !party.phones.isEmpty();
    const QString key = known ? customerKey(party) : QStringLiteral("phone:") + w.ani;
    QJsonObject o{{QStringLiteral("ani"), w.ani},
                  {QStringLiteral("call_id"), w.callId},
                  {QStringLiteral("queue"), w.queue},
                  {QStringLiteral("reason"), w.reason},
                  {QStringLiteral("disposition"), w.disposition},
                  {QStringLiteral("notes"), w.notes},
                  {QStringLiteral("transfer_note"), w.transferNote},
                  {QStringLiteral("started_at"), w.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("duration_seconds"), w.durationSeconds},
                  {QStringLiteral("hold_seconds"), w.holdSeconds}};
    if (w.followUp.isValid()) {
        o.insert(QStringLiteral("follow_up"), w.followUp.toString(Qt::ISODate));
    }
    return m_store.enqueue(QStringLiteral("wrap_up"), key, party.id, body(o, key));
}

PartyHeader AgentWrites::pendingHeader(const NewCustomer& customer) {
    PartyHeader party;
    party.name = customer.name;
    if (!customer.email.isEmpty()) {
        party.emails << customer.email;
    }
    if (!customer.phone.isEmpty()) {
        party.phones << customer.phone;
    }
    return party;
}

Result<sync::OutboxItem> AgentWrites::createCustomer(const NewCustomer& c) {
    const QString key = customerKey(pendingHeader(c));
    QJsonObject o{{QStringLiteral("name"), c.name}};
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("phone"), c.phone}, std::pair{QStringLiteral("email"), c.email},
          std::pair{QStringLiteral("city"), c.city}, std::pair{QStringLiteral("country"), c.country}}) {
        if (!value.isEmpty()) {
            o.insert(field, value);
        }
    }
    return m_store.enqueue(QStringLiteral("customer_create"), key, 0, body(o, key));
}

Result<sync::OutboxItem> AgentWrites::feedback(const PartyHeader& party, const QString& actionId,
                                               const QString& outcome, const QString& reason,
                                               const QString& callReason) {
    const QString key = customerKey(party);
    return m_store.enqueue(QStringLiteral("nba_feedback"), key, party.id,
                           body({{QStringLiteral("action_id"), actionId},
                                 {QStringLiteral("outcome"), outcome},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("call_reason"), callReason}},
                                key));
}

Result<sync::OutboxItem> AgentWrites::createTicket(const PartyHeader& party, const QString& subject) {
    const QString key = customerKey(party);
    return m_store.enqueue(QStringLiteral("ticket_create"), key, party.id,
                           body({{QStringLiteral("subject"), subject}, {QStringLiteral("name"), party.name}}, key));
}

Result<sync::OutboxItem> AgentWrites::orderAction(const PartyHeader& party, const QString& kind,
                                                  const QString& orderNumber, const QString& address) {
    const QString key = customerKey(party);
    QJsonObject o{{QStringLiteral("order_number"), orderNumber}};
    if (!address.isEmpty()) {
        o.insert(QStringLiteral("address"), address);
    }
    addBase(o, orderBase(party, orderNumber),
            kind == QLatin1String("order_cancel") ? QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}}
                                                  : QJsonObject{{QStringLiteral("address"), address}});
    return m_store.enqueue(kind, key, party.id, body(o, key));
}

Result<sync::OutboxItem> AgentWrites::ticketUpdate(const PartyHeader& party, const QString& ticketNumber,
                                                   const QString& status, const QString& priority) {
    const QString key = customerKey(party);
    const Base base = ticketBase(party, ticketNumber);
    QJsonObject o{{QStringLiteral("ticket_number"), ticketNumber}};
    if (!base.sourceId.isEmpty()) {
        o.insert(QStringLiteral("ticket_id"), base.sourceId);
    }
    QJsonObject changes;
    if (!status.isEmpty()) {
        o.insert(QStringLiteral("status"), status);
        changes.insert(QStringLiteral("status"), status);
    }
    if (!priority.isEmpty()) {
        o.insert(QStringLiteral("priority"), priority);
        changes.insert(QStringLiteral("priority"), priority);
    }
    if (changes.isEmpty()) {
        return Error{tr("Nothing to change: give the ticket a new status or priority."), {}};
    }
    addBase(o, base, changes);
    return m_store.enqueue(QStringLiteral("ticket_update"), key, party.id, body(o, key));
}

Result<sync::OutboxItem> AgentWrites::refund(const PartyHeader& party, const QString& orderNumber,
                                             const QString& amount, const QString& reason) {
    const QString key = customerKey(party);
    QJsonObject o{{QStringLiteral("order_number"), orderNumber}};
    if (!amount.isEmpty()) {
        o.insert(QStringLiteral("amount"), amount);
    }
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    return m_store.enqueue(QStringLiteral("refund"), key, party.id, body(o, key));
}

Result<QList<AgentWrites::Shown>> AgentWrites::forCustomer(const PartyHeader& party, int limit) const {
    const QStringList keys = customerKeys(party);
    QStringList marks;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT id, kind, payload, state, last_error, created_ms, result_ref, conflict FROM outbox "
                       "WHERE customer_key IN (%1) ORDER BY id DESC LIMIT ?")
            .arg(marks.join(QLatin1Char(','))));
    for (const QString& k : keys) {
        q.addBindValue(k);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return Error{tr("Could not read your notes and wrap-ups from the outbox."), q.lastError().text()};
    }
    QList<Shown> out;
    while (q.next()) {
        Shown s;
        s.id = q.value(0).toLongLong();
        s.kind = q.value(1).toString();
        const QJsonObject p = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        s.state = q.value(3).toString();
        s.error = q.value(4).toString();
        s.at = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
        s.resultRef = q.value(6).toString();
        s.payload = q.value(2).toByteArray();
        s.serverVersion = q.value(7).toByteArray();
        if (s.kind == QLatin1String("note")) {
            s.text = p.value(QStringLiteral("text")).toString();
            s.pinned = p.value(QStringLiteral("pinned")).toBool();
        } else if (s.kind == QLatin1String("wrap_up")) {
            const QString disposition = labelOf(dispositions(), p.value(QStringLiteral("disposition")).toString());
            const QString notes = p.value(QStringLiteral("notes")).toString().trimmed();
            s.text =
                notes.isEmpty() ? tr("Wrap-up: %1").arg(disposition) : tr("Wrap-up: %1 · %2").arg(disposition, notes);
        } else if (s.kind == QLatin1String("nba_feedback")) {
            const QString outcome = p.value(QStringLiteral("outcome")).toString();
            const QString title = p.value(QStringLiteral("title")).toString();
            const QString action =
                title.isEmpty() ? labelOf({}, p.value(QStringLiteral("action_id")).toString()) : title;
            s.text = outcome == QLatin1String("accepted")    ? tr("Prompt accepted: %1").arg(action)
                     : outcome == QLatin1String("dismissed") ? tr("Prompt dismissed: %1").arg(action)
                     : outcome == QLatin1String("later")     ? tr("Prompt kept for later: %1").arg(action)
                                                             : tr("Prompt %1: %2").arg(action, labelOf({}, outcome));
        } else if (s.kind == QLatin1String("ticket_create")) {
            s.text = tr("New ticket: %1").arg(p.value(QStringLiteral("subject")).toString());
        } else if (s.kind == QLatin1String("order_cancel")) {
            s.text = tr("Cancel order %1").arg(p.value(QStringLiteral("order_number")).toString());
        } else if (s.kind == QLatin1String("order_address")) {
            s.text = tr("New shipping address for order %1: %2")
                         .arg(p.value(QStringLiteral("order_number")).toString(),
                              p.value(QStringLiteral("address")).toString());
        } else if (s.kind == QLatin1String("refund")) {
            const QString amount = p.value(QStringLiteral("amount")).toString();
            const QString order = p.value(QStringLiteral("order_number")).toString();
            s.text =
                amount.isEmpty() ? tr("Refund order %1").arg(order) : tr("Refund %1 of order %2").arg(amount, order);
        } else if (s.kind == QLatin1String("ticket_update")) {
            const QString status = p.value(QStringLiteral("status")).toString();
            const QString priority = p.value(QStringLiteral("priority")).toString();
            const QString number = p.value(QStringLiteral("ticket_number")).toString();
            s.text = status.isEmpty()     ? tr("Ticket %1: priority %2").arg(number, priority)
                     : priority.isEmpty() ? tr("Ticket %1: status %2").arg(number, status)
                                          : tr("Ticket %1: status %2, priority %3").arg(number, status, priority);
        } else {
            s.text = s.kind;
        }
        out.append(s);
    }
    return out;
}

Status AgentWrites::retry(qint64 id) {
    return m_store.retry(id);
}

Result<std::optional<sync::OutboxItem>> AgentWrites::item(qint64 id) const {
    return m_store.item(id);
}

QByteArray AgentWrites::rebased(const QByteArray& payload, const QByteArray& serverVersion, const QJsonObject& edited) {
    QJsonObject o = QJsonDocument::fromJson(payload).object();
    const QJsonObject server = QJsonDocument::fromJson(serverVersion).object();
    o.insert(QStringLiteral("base_version"), server.value(QStringLiteral("version")).toString());
    QJsonObject base = o.value(QStringLiteral("base")).toObject();
    const QJsonObject fields = server.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        base.insert(it.key(), it.value());
    }
    o.insert(QStringLiteral("base"), base);
    QJsonObject changes = o.value(QStringLiteral("changes")).toObject();
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        changes.insert(it.key(), it.value());
        if (o.contains(it.key())) { // the field the request sends ("address", "status")
            o.insert(it.key(), it.value());
        }
    }
    o.insert(QStringLiteral("changes"), changes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status AgentWrites::keepMine(qint64 id, const QJsonObject& edited) {
    auto found = m_store.item(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value() || (*found)->state != QLatin1String("conflict")) {
        return Error{tr("This item is no longer in conflict (it was resolved already)."), {}};
    }
    return m_store.keepMine(id, rebased((*found)->payload, (*found)->serverVersion, edited));
}

Status AgentWrites::takeTheirs(qint64 id) {
    return m_store.discard(id);
}

} // namespace c360::ui

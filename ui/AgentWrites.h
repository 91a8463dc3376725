#pragma once

#include "models/Queries.h"
#include "models/Result.h"
#include "ui/CallTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace c360::sync {
class OutboxStore;
struct OutboxItem;
} // namespace c360::sync

namespace c360::ui {

struct NewCustomer;

// What the agent writes (notes, wrap-ups, prompt feedback) goes to the outbox first: durable at
// once, pushed in order per customer with an idempotency key when the backend can be reached.
class AgentWrites {
    Q_DECLARE_TR_FUNCTIONS(c360::ui::AgentWrites) // the context lupdate gives the members' tr() calls
public:
    explicit AgentWrites(sync::OutboxStore& store);
    // The cache (read only, the caller's connection) to take the version of an order or ticket from, so
    // that a change to it is checked against what changed on the server meanwhile. Without it such
    // writes carry no base and are not checked.
    void setCache(const QSqlDatabase& cache) { m_cache = cache; }

    // What the agent saw of a record they change: its version as the source served it, and its fields.
    struct Base {
        QString version;    // "" = unknown (the write is then not checked for conflicts)
        QJsonObject fields; // {"status", "address"} of an order, {"status", "priority"} of a ticket
        QString sourceId;   // the record's id at its source (Zendesk's ticket id)
        QString source;     // the source it came from
    };
    // The party's order with that number / ticket with that number, from the cache.
    Base orderBase(const PartyHeader& party, const QString& orderNumber) const;
    Base ticketBase(const PartyHeader& party, const QString& ticketNumber) const;

    // The customer's stable key for the backend and the outbox's per-customer ordering:
    // "email:…", else "phone:…", else "party:<id>".
    static QString customerKey(const PartyHeader& party);
    // Every key this customer may have been written under (for listing their items).
    static QStringList customerKeys(const PartyHeader& party);

    Result<sync::OutboxItem> note(const PartyHeader& party, const QString& text, bool pinned);
    Result<sync::OutboxItem> wrapUp(const PartyHeader& party, const WrapUp& wrapUp);
    // A caller nobody knew becomes a CRM customer (outbox kind customer_create); the customer key is
    // the one later writes for the same person use (customerKey of a header with that e-mail/phone).
    Result<sync::OutboxItem> createCustomer(const NewCustomer& customer);
    static PartyHeader pendingHeader(const NewCustomer& customer); // id 0, the new customer's contacts
    Result<sync::OutboxItem> feedback(const PartyHeader& party, const QString& actionId, const QString& outcome,
                                      const QString& reason, const QString& callReason);

    Result<sync::OutboxItem> createTicket(const PartyHeader& party, const QString& subject);
    // kind: "order_cancel" or "order_address" (extra: {"address": …}).
    Result<sync::OutboxItem> orderAction(const PartyHeader& party, const QString& kind, const QString& orderNumber,
                                         const QString& address = {});
    // A ticket's status and/or priority ("" = unchanged); `ticketNumber` as the cache has it.
    Result<sync::OutboxItem> ticketUpdate(const PartyHeader& party, const QString& ticketNumber, const QString& status,
                                          const QString& priority);
    // A refund of the order's payment: `amount` in the order's currency ("" = all that is left).
    Result<sync::OutboxItem> refund(const PartyHeader& party, const QString& orderNumber, const QString& amount,
                                    const QString& reason);

    struct Shown {
        qint64 id = 0;
        QString kind;
        QString text;  // one line for people
        QString state; // pending | sent | failed | conflict | discarded
        QString error; // the backend's reason for a rejection
        QDateTime at;
        bool pinned = false;
        QString resultRef;        // sent: the record it became at its source, when the answer named it
        QByteArray payload;       // what was queued (base, changes)
        QByteArray serverVersion; // conflict: the server's version
    };
    // The customer's items, newest first.
    Result<QList<Shown>> forCustomer(const PartyHeader& party, int limit = 50) const;
    Status retry(qint64 id);
    Result<std::optional<sync::OutboxItem>> item(qint64 id) const;

    // Resolving a conflict. Keep mine: the changes (as edited, `edited` overrides them field by field) go out
    // again based on the server's version. Take theirs: the write is discarded. Both only from "conflict".
    Status keepMine(qint64 id, const QJsonObject& edited = {});
    Status takeTheirs(qint64 id);
    // The payload rebased on the server's version with `edited` applied (what keepMine sends).
    static QByteArray rebased(const QByteArray& payload, const QByteArray& serverVersion, const QJsonObject& edited);

private:
    sync::OutboxStore& m_store;
    QSqlDatabase m_cache;
};

} // namespace c360::ui

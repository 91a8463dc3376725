#pragma once

#include "models/Queries.h"
#include "models/Result.h"
#include "ui/CallTypes.h"

#include <QCoreApplication>
#include <QStringList>

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
    // A refund of the order's payment: `amount` in the order's currency ("" = all that is left).
    Result<sync::OutboxItem> refund(const PartyHeader& party, const QString& orderNumber, const QString& amount,
                                    const QString& reason);

    struct Shown {
        qint64 id = 0;
        QString kind;
        QString text;  // one line for people
        QString state; // pending | sent | failed
        QString error; // the backend's reason for a rejection
        QDateTime at;
        bool pinned = false;
        QString resultRef; // sent: the record it became at its source, when the answer named it
    };
    // The customer's items, newest first.
    Result<QList<Shown>> forCustomer(const PartyHeader& party, int limit = 50) const;
    Status retry(qint64 id);

private:
    sync::OutboxStore& m_store;
};

} // namespace c360::ui

#pragma once

#include "sync/Manifest.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace c360::sync {

// Which customers this workstation keeps (the sources file's "scope", resources/connectors/README.md, "Sync
// scopes"): a customer is in scope when it matches any criterion — its territory, its owner, a queue that served it
// (a contact center queue, a helpdesk group), or one of the listed customers (an id in its source, an e-mail
// address, a phone number) — plus the customers kept beyond the scope
// (opened by the agent, taken offline). An empty scope keeps everything. Records of other kinds (orders,
// tickets, calls...) are kept when they belong to an in-scope customer.
struct SyncScope {
    QStringList territories;
    QStringList owners;
    QStringList queues;    // customers with a contact (call, chat, ticket) in one of these queues
    QStringList customers; // "customers" and the lines of "customers_file"

    bool isEmpty() const {
        return territories.isEmpty() && owners.isEmpty() && queues.isEmpty() && customers.isEmpty();
    }
    // A stable text of the scope ("" for none): checkpoints read under another scope are read again.
    QString fingerprint() const;
    // The query items that ask the stream's API for this scope; nullopt when the stream's manifest lacks a
    // parameter for one of the criteria in use (then the stream is read whole and filtered locally).
    std::optional<QList<QPair<QString, QString>>> serverQuery(const StreamManifest& stream) const;
};

} // namespace c360::sync

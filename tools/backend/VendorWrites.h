#pragma once

#include "tools/backend/VendorApi.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace c360::backend {

class SourceStore;

// The write side of the vendor flavors: the endpoints the shipped manifests' write actions call,
// accepting what the vendor accepts and refusing as it refuses —
//   Zendesk: tickets by external_id, ticket create, ticket update with a comment and tags, status and
//            priority (safe_update + updated_stamp: 409 when the ticket changed since), search.
//   Shopify: orders by name, one order, cancel (422 once fulfilled), update the shipping address.
//   HubSpot: contact search by e-mail, notes/tickets/calls create with associations, search by a property.
//   Salesforce: Contact by e-mail (SOQL), Task/Case upsert on C360_Key__c.
//   Stripe: charge search by metadata, refunds with Idempotency-Key (a repeated key gets the first answer).
// Every effect is counted per idempotency key so that tests can tell "exactly once" (GET /admin/writes).
class VendorWrites final {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    VendorWrites(SourceStore& store, Flavor flavor);

    // nullopt: not one of this flavor's write endpoints (the read side answers).
    std::optional<VendorReply> handle(const QString& method, const QUrl& url, const QByteArray& body,
                                      const Headers& headers);
    // "GET", "POST", "PUT", "PATCH", "DELETE" (the server's own routing folds methods into GET/POST).
    static QString methodName(QHttpServerRequest::Method method);
    // {"flavor", "requests", "applied", "duplicates", "replayed", "rejected", "by_kind": {kind: n},
    //  "keys": {key: effects}}
    QJsonObject summary() const;

private:
    std::optional<VendorReply> zendesk(const QString& method, const QString& path, const QUrlQuery& query,
                                       const QJsonObject& body);
    std::optional<VendorReply> shopify(const QString& method, const QString& path, const QUrlQuery& query,
                                       const QJsonObject& body);
    std::optional<VendorReply> hubspot(const QString& method, const QString& path, const QJsonObject& body);
    std::optional<VendorReply> salesforce(const QString& method, const QString& path, const QUrlQuery& query,
                                          const QJsonObject& body);
    std::optional<VendorReply> stripe(const QString& method, const QString& path, const QUrlQuery& query,
                                      const QByteArray& body, const Headers& headers);

    void applied(const QString& kind, const QString& key);
    VendorReply reject(VendorReply reply);

    SourceStore& m_store;
    Flavor m_flavor;
    qint64 m_requests = 0;
    qint64 m_rejected = 0;
    qint64 m_replayed = 0;
    QMap<QString, qint64> m_byKind;
    QMap<QString, qint64> m_effects; // idempotency key -> times its write took effect

    // Zendesk
    struct ZTicket {
        qint64 id = 0;
        QString subject;
        QString status;
        QString priority;
        QString email;
        QString externalId;
        QStringList tags;
        QJsonArray comments;
    };
    QMap<qint64, ZTicket> m_zTickets; // created, or store tickets touched by an update
    std::optional<ZTicket> zTicket(qint64 id) const;
    // Shopify
    QHash<qint64, QString> m_cancelledAt;  // order id -> cancelled_at
    QHash<qint64, QJsonObject> m_shipping; // order id -> shipping_address
    QHash<QString, int> m_addressWrites;   // "id|address" -> PUTs with it
    // HubSpot: notes / tickets / calls
    QMap<QString, QList<QJsonObject>> m_hsObjects;
    qint64 m_hsNext = 50001;
    // Salesforce: Task / Case by C360_Key__c
    QMap<QString, QJsonObject> m_sfRecords; // "Task|key" -> record
    int m_sfNext = 1;
    // Stripe
    QHash<QString, VendorReply> m_stripeReplies; // Idempotency-Key -> first answer
    QHash<QString, qint64> m_refunded;           // charge id -> cents refunded
    int m_refundNext = 1;
};

} // namespace c360::backend

#pragma once

#include "tools/backend/Streams.h"
#include "tools/backend/ZendeskEvents.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <vector>

namespace c360::backend {

class SourceStore;

// Which API shape the backend answers in: its own (reference) or a vendor's.
enum class Flavor { Reference, Zendesk, Shopify, Hubspot, Salesforce, Stripe };

std::optional<Flavor> parseFlavor(const QString& name);
QString flavorName(Flavor flavor);
QStringList flavorNames();

struct VendorReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type
    bool isData = true;                           // a data page (faults may hit it)
};

// The vendor faces of the reference data: the same records and change feeds, served the way
// Zendesk (incremental ticket export), Shopify (Admin REST orders, Link header), HubSpot (CRM v3
// contacts), Salesforce (REST query/queryAll + OAuth2 client credentials) and Stripe (lists with
// has_more + starting_after) serve theirs — enough of each API for the shipped manifests.
class VendorApi final {
public:
    VendorApi(SourceStore& store, Flavor flavor, QString token);

    Flavor flavor() const { return m_flavor; }
    // True when the request carries this flavor's credential.
    bool authorized(const QList<QPair<QByteArray, QByteArray>>& headers, const QUrlQuery& query) const;
    // nullopt: not one of this flavor's endpoints.
    std::optional<VendorReply> handle(const QString& method, const QUrl& url, const QByteArray& body,
                                      const QString& baseUrl);
    // Salesforce: forget issued access tokens (the next data request gets 401).
    void revokeTokens() { m_sessions.clear(); }

    // The sources file naming the shipped vendor manifest for this flavor.
    static QJsonObject sourcesFile(Flavor flavor, const QString& baseUrl, const QString& token);

private:
    // Who is who across the vendor objects: per person, the first CRM customer (the Contact, Stripe
    // customer, HubSpot contact) and the shop customer number; rebuilt when the world grows.
    struct Directory {
        std::vector<int> customerOf;   // person -> CRM customer index, -1: none
        std::vector<int> shopPerson;   // shop customer number - 1 -> person
        std::vector<int> ticketPerson; // persons with tickets, ascending (Zendesk end users)
        std::size_t customers = 0, orders = 0, tickets = 0, persons = 0;
    };
    const Directory& directory() const;
    int customerOfRecord(StreamKind kind, int index) const; // the CRM customer of a record's person, -1: none
    int personOf(StreamKind kind, int index) const;

    VendorReply zendesk(const QUrl& url, const QString& baseUrl) const;
    VendorReply zendeskUsers(const QUrl& url, const QString& baseUrl) const;
    VendorReply shopifyCustomers(const QUrl& url, const QString& baseUrl) const;
    VendorReply hubspotTickets(const QUrl& url, const QString& baseUrl) const;
    VendorReply shopify(const QUrl& url, const QString& baseUrl) const;
    VendorReply hubspot(const QUrl& url, const QString& baseUrl) const;
    VendorReply salesforceQuery(const QUrl& url, const QString& locator) const;
    VendorReply salesforceToken(const QByteArray& body);
    VendorReply stripe(const QUrl& url, StreamKind kind) const;

    SourceStore& m_store;
    Flavor m_flavor;
    QString m_token;
    QSet<QString> m_sessions; // Salesforce access tokens issued
    int m_issued = 0;
    mutable Directory m_directory;
    ZendeskEvents m_zendeskEvents; // the ticket events export (comments)
};

} // namespace c360::backend

#include "tools/backend/VendorWrites.h"

#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"
#include "tools/backend/WriteEffects.h"
#include "tools/backend/ZendeskEvents.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace c360::backend {

namespace {

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Write answers are "data": injected faults hit them after the write took effect (a lost answer).
VendorReply reply(int status, const QJsonObject& o) {
    return VendorReply{status, compact(o), {}, true};
}

VendorReply replyArray(int status, const QJsonArray& a) {
    return VendorReply{status, QJsonDocument(a).toJson(QJsonDocument::Compact), {}, true};
}

QString nowIso() {
    return isoUtc(QDateTime::currentMSecsSinceEpoch());
}

QString lower(const QJsonValue& v) {
    return v.toString().trimmed().toLower();
}

QJsonObject customerOf(SourceStore& store, int index) {
    return store.recordJson(StreamKind::Customers, index);
}

// ---- ids as the read side serves them (tools/backend/VendorApi.cpp) ---------------------------

constexpr qint64 kZendeskTicketBase = 40001;
constexpr qint64 kShopifyOrderBase = 4500000000LL;
constexpr int kHubspotContactBase = 1001;

QString sfContactId(int index) {
    return QStringLiteral("0035g00000") + QString::number(index + 1).rightJustified(8, u'0');
}

QString stripeChargeId(int index) {
    return QStringLiteral("ch_3C360") + QString::number(index + 1).rightJustified(8, u'0');
}

} // namespace

QString VendorWrites::methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("GET");
    }
}

VendorWrites::VendorWrites(SourceStore& store, Flavor flavor)
    : m_store(store)
    , m_flavor(flavor) {}

void VendorWrites::applied(const QString& kind, const QString& key) {
    ++m_byKind[kind];
    ++m_effects[key];
}

VendorReply VendorWrites::reject(VendorReply r) {
    ++m_rejected;
    return r;
}

QJsonObject VendorWrites::summary() const {
    QJsonObject byKind;
    qint64 total = 0;
    for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it) {
        byKind.insert(it.key(), it.value());
        total += it.value();
    }
    QJsonObject keys;
    qint64 duplicates = 0;
    for (auto it = m_effects.cbegin(); it != m_effects.cend(); ++it) {
        keys.insert(it.key(), it.value());
        duplicates += it.value() - 1;
    }
    return {{QStringLiteral("flavor"), flavorName(m_flavor)},
            {QStringLiteral("requests"), m_requests},
            {QStringLiteral("applied"), total},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("replayed"), m_replayed},
            {QStringLiteral("rejected"), m_rejected},
            {QStringLiteral("by_kind"), byKind},
            {QStringLiteral("keys"), keys}};
}

std::optional<VendorReply> VendorWrites::handle(const QString& method, const QUrl& url, const QByteArray& body,
                                                const Headers& headers) {
    const QString path = url.path();
    const QUrlQuery query(url);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    std::optional<VendorReply> out;
    switch (m_flavor) {
    case Flavor::Reference:
        return std::nullopt;
    case Flavor::Zendesk:
        out = zendesk(method, path, query, json);
        break;
    case Flavor::Shopify:
        out = shopify(method, path, query, json);
        break;
    case Flavor::Hubspot:
        out = hubspot(method, path, json);
        break;
    case Flavor::Salesforce:
        out = salesforce(method, path, query, json);
        break;
    case Flavor::Stripe:
        out = stripe(method, path, query, body, headers);
        break;
    }
    if (out) {
        ++m_requests;
    }
    return out;
}

// ---- Zendesk --------------------------------------------------------------------------------

std::optional<VendorWrites::ZTicket> VendorWrites::zTicket(qint64 id) const {
    const qint64 index = id - kZendeskTicketBase;
    const bool stored = index >= 0 && index < m_store.recordCount(StreamKind::Tickets);
    if (const auto it = m_zTickets.constFind(id); it != m_zTickets.cend()) {
        ZTicket t = *it;
        if (stored) { // what others changed since (status, priority) is the store's
            const Ticket& s = m_store.world().tickets[std::size_t(index)];
            t.status = s.status;
            t.priority = s.priority;
        }
        return t;
    }
    if (!stored) {
        return std::nullopt;
    }
    const QJsonObject r = m_store.recordJson(StreamKind::Tickets, int(index));
    if (r.value(QStringLiteral("deleted")).toBool()) {
        return std::nullopt;
    }
    ZTicket t;
    t.id = id;
    t.subject = r.value(QStringLiteral("subject")).toString();
    t.status = r.value(QStringLiteral("status")).toString();
    t.priority = r.value(QStringLiteral("priority")).toString();
    t.email = lower(r.value(QStringLiteral("requester")).toObject().value(QStringLiteral("email")));
    // The requester is a user: the person's e-mail, whatever the ticket was opened with (as search finds it).
    if (const int person = m_store.world().tickets[std::size_t(index)].person;
        person >= 0 && !m_store.world().persons[std::size_t(person)].email.isEmpty()) {
        t.email = m_store.world().persons[std::size_t(person)].email;
    }
    return t;
}

namespace {

QJsonObject zendeskJson(qint64 id, const QString& subject, const QString& status, const QString& priority,
                        const QString& externalId, const QStringList& tags, const QString& updatedAt) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("status"), status},
            {QStringLiteral("priority"), priority.isEmpty() ? QJsonValue() : QJsonValue(priority)},
            {QStringLiteral("external_id"), externalId.isEmpty() ? QJsonValue() : QJsonValue(externalId)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("updated_at"), updatedAt}};
}

// Zendesk writes times to the second: "2025-03-04T10:11:12Z" (as the ticket export serves them).
QString zendeskTime(qint64 ms) {
    return isoUtc(ms / 1000 * 1000).remove(QStringLiteral(".000"));
}

// safe_update: the updated_stamp must be the ticket's updated_at (to the second, as Zendesk compares).
bool sameSecond(const QString& stamp, qint64 currentMs) {
    qint64 ms = 0;
    return parseIsoUtc(stamp, &ms) && ms / 1000 == currentMs / 1000;
}

VendorReply zendeskError(int status, const QString& error, const QString& description) {
    return reply(status, {{QStringLiteral("error"), error}, {QStringLiteral("description"), description}});
}

} // namespace

std::optional<VendorReply> VendorWrites::zendesk(const QString& method, const QString& path, const QUrlQuery& query,
                                                 const QJsonObject& body) {
    static const QRegularExpression ticketPath(QStringLiteral(R"(^/api/v2/tickets/(\d+)\.json$)"));
    const auto updatedMs = [this](qint64 ticketId) {
        const qint64 index = ticketId - kZendeskTicketBase;
        return index >= 0 && index < m_store.recordCount(StreamKind::Tickets)
                   ? m_store.meta(StreamKind::Tickets, int(index))->updatedMs
                   : QDateTime::currentMSecsSinceEpoch();
    };
    const auto toJson = [&](const ZTicket& t) {
        return zendeskJson(t.id, t.subject, t.status, t.priority, t.externalId, t.tags, zendeskTime(updatedMs(t.id)));
    };
    if (path == QLatin1String("/api/v2/tickets.json") && method == QLatin1String("GET") &&
        query.hasQueryItem(QStringLiteral("external_id"))) {
        const QString wanted = query.queryItemValue(QStringLiteral("external_id"), QUrl::FullyDecoded);
        QJsonArray tickets;
        for (const ZTicket& t : std::as_const(m_zTickets)) {
            if (!t.externalId.isEmpty() && t.externalId == wanted) {
                tickets.append(toJson(t));
            }
        }
        return reply(200, {{QStringLiteral("tickets"), tickets}, {QStringLiteral("count"), tickets.size()}});
    }
    if (path == QLatin1String("/api/v2/tickets.json") && method == QLatin1String("POST")) {
        const QJsonObject t = body.value(QStringLiteral("ticket")).toObject();
        const QString comment = t.value(QStringLiteral("comment")).toObject().value(QStringLiteral("body")).toString();
        if (comment.trimmed().isEmpty()) {
            return reject(zendeskError(422, QStringLiteral("RecordInvalid"),
                                       QStringLiteral("Record validation errors: Description: cannot be blank")));
        }
        const QJsonObject requester = t.value(QStringLiteral("requester")).toObject();
        if (lower(requester.value(QStringLiteral("email"))).isEmpty() &&
            requester.value(QStringLiteral("name")).toString().isEmpty()) {
            return reject(zendeskError(422, QStringLiteral("RecordInvalid"),
                                       QStringLiteral("Record validation errors: Requester: cannot be blank")));
        }
        ZTicket z;
        // The new ticket is served by the reads too (ticket export, ticket events export), with its id.
        z.id = kZendeskTicketBase + writeeffects::addTicket(m_store, t.value(QStringLiteral("subject")).toString(),
                                                            requester.value(QStringLiteral("email")).toString(),
                                                            requester.value(QStringLiteral("name")).toString(), comment,
                                                            QDateTime::currentMSecsSinceEpoch());
        z.subject = t.value(QStringLiteral("subject")).toString();
        z.status = QStringLiteral("new");
        z.email = lower(requester.value(QStringLiteral("email")));
        z.externalId = t.value(QStringLiteral("external_id")).toString();
        for (const QJsonValue& v : t.value(QStringLiteral("tags")).toArray()) {
            z.tags.append(v.toString());
        }
        z.comments.append(QJsonObject{{QStringLiteral("body"), comment}, {QStringLiteral("public"), true}});
        m_zTickets.insert(z.id, z);
        applied(QStringLiteral("ticket_create"), z.externalId.isEmpty() ? QString::number(z.id) : z.externalId);
        return reply(201, {{QStringLiteral("ticket"), toJson(z)}});
    }
    if (path == QLatin1String("/api/v2/search.json") && method == QLatin1String("GET")) {
        static const QRegularExpression requesterRe(QStringLiteral(R"(requester:(\S+))"));
        const QString q = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        const QString email = requesterRe.match(q).captured(1).toLower();
        if (!q.contains(QLatin1String("type:ticket")) || email.isEmpty()) {
            return reject(zendeskError(400, QStringLiteral("InvalidSearch"),
                                       QStringLiteral("this backend searches type:ticket requester:EMAIL only")));
        }
        QJsonArray results; // most recently updated first: ours (newest) before the store's
        for (auto it = m_zTickets.cend(); it != m_zTickets.cbegin();) {
            --it;
            if (it->email == email) {
                results.append(QJsonObject{{QStringLiteral("id"), it->id},
                                           {QStringLiteral("result_type"), QStringLiteral("ticket")}});
            }
        }
        qint64 bestMs = -1;
        int best = -1;
        const int n = m_store.recordCount(StreamKind::Tickets);
        for (int i = 0; i < n; ++i) {
            const QJsonObject r = m_store.recordJson(StreamKind::Tickets, i);
            // requester:EMAIL finds the requester user's tickets (the person's e-mail, whatever the ticket says)
            const int person = m_store.world().tickets[std::size_t(i)].person;
            const bool theirs =
                lower(r.value(QStringLiteral("requester")).toObject().value(QStringLiteral("email"))) == email ||
                (person >= 0 && m_store.world().persons[std::size_t(person)].email == email);
            if (r.value(QStringLiteral("deleted")).toBool() || !theirs ||
                r.value(QStringLiteral("status")).toString() == QLatin1String("closed")) {
                continue;
            }
            qint64 ms = 0;
            parseIsoUtc(r.value(QStringLiteral("updated_at")).toString(), &ms);
            if (ms > bestMs) {
                bestMs = ms;
                best = i;
            }
        }
        if (best >= 0 && !m_zTickets.contains(kZendeskTicketBase + best)) {
            results.append(QJsonObject{{QStringLiteral("id"), kZendeskTicketBase + best},
                                       {QStringLiteral("result_type"), QStringLiteral("ticket")}});
        }
        return reply(200, {{QStringLiteral("results"), results}, {QStringLiteral("count"), results.size()}});
    }
    const auto m = ticketPath.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 id = m.captured(1).toLongLong();
    auto ticket = zTicket(id);
    if (!ticket) {
        return reject(zendeskError(404, QStringLiteral("RecordNotFound"), QStringLiteral("Not found")));
    }
    if (method == QLatin1String("GET")) {
        return reply(200, {{QStringLiteral("ticket"), toJson(*ticket)}});
    }
    if (method != QLatin1String("PUT")) {
        return std::nullopt;
    }
    if (ticket->status == QLatin1String("closed")) {
        return reject(reply(422, {{QStringLiteral("error"), QStringLiteral("RecordInvalid")},
                                  {QStringLiteral("description"), QStringLiteral("Record validation errors")},
                                  {QStringLiteral("details"),
                                   QJsonObject{{QStringLiteral("status"),
                                                QJsonArray{QJsonObject{{QStringLiteral("description"),
                                                                        QStringLiteral("Status: closed prevents "
                                                                                       "ticket update")}}}}}}}));
    }
    const QJsonObject t = body.value(QStringLiteral("ticket")).toObject();
    // Protection against update collisions: with safe_update, a ticket updated since updated_stamp is
    // not touched (409); the client reads it again and decides.
    if (t.value(QStringLiteral("safe_update")).toBool() &&
        !sameSecond(t.value(QStringLiteral("updated_stamp")).toString(), updatedMs(id))) {
        return reject(zendeskError(409, QStringLiteral("UpdateConflict"),
                                   QStringLiteral("The ticket was updated after updated_stamp; safe_update refused "
                                                  "this update. Read the ticket again and retry.")));
    }
    if (const qint64 index = id - kZendeskTicketBase;
        (t.contains(QStringLiteral("status")) || t.contains(QStringLiteral("priority"))) && index >= 0 &&
        index < m_store.recordCount(StreamKind::Tickets)) {
        const QString status = t.value(QStringLiteral("status")).toString(ticket->status);
        const QString priority = t.value(QStringLiteral("priority")).toString(ticket->priority);
        if (writeeffects::updateTicket(m_store, int(index), status, priority, QDateTime::currentMSecsSinceEpoch())) {
            applied(QStringLiteral("ticket_update"), QStringLiteral("ticket-%1|%2|%3").arg(id).arg(status, priority));
        } else {
            ++m_replayed; // the same values again change nothing
        }
        ticket->status = status;
        ticket->priority = priority;
    }
    const QJsonObject comment = t.value(QStringLiteral("comment")).toObject();
    QString key;
    for (const QJsonValue& v : t.value(QStringLiteral("additional_tags")).toArray()) {
        if (!ticket->tags.contains(v.toString())) {
            ticket->tags.append(v.toString());
        }
        if (v.toString().startsWith(QLatin1String("c360-"))) {
            key = v.toString().mid(5);
        }
    }
    if (!comment.isEmpty()) {
        if (comment.value(QStringLiteral("body")).toString().trimmed().isEmpty()) {
            return reject(zendeskError(422, QStringLiteral("RecordInvalid"),
                                       QStringLiteral("Record validation errors: Comment: cannot be blank")));
        }
        ticket->comments.append(comment);
        applied(QStringLiteral("note"), key.isEmpty() ? QStringLiteral("comment-%1").arg(id) : key);
        if (const qint64 index = id - kZendeskTicketBase;
            index >= 0 && index < m_store.recordCount(StreamKind::Tickets)) {
            const int commentId = writeeffects::addComment(
                m_store, int(index), comment.value(QStringLiteral("body")).toString(),
                comment.value(QStringLiteral("public")).toBool(true), QDateTime::currentMSecsSinceEpoch());
            // As Zendesk answers an update: the audit it made, the new comment among its events, with the id
            // the ticket events export serves it under.
            const QJsonObject audit{
                {QStringLiteral("id"), ZendeskEvents::auditId(commentId)},
                {QStringLiteral("ticket_id"), id},
                {QStringLiteral("events"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("id"), ZendeskEvents::commentEventId(commentId)},
                                 {QStringLiteral("type"), QStringLiteral("Comment")},
                                 {QStringLiteral("body"), comment.value(QStringLiteral("body"))},
                                 {QStringLiteral("public"), comment.value(QStringLiteral("public")).toBool(true)}}}}};
            m_zTickets.insert(id, *ticket);
            return reply(200, {{QStringLiteral("ticket"), toJson(*ticket)}, {QStringLiteral("audit"), audit}});
        }
    }
    m_zTickets.insert(id, *ticket);
    return reply(200, {{QStringLiteral("ticket"), toJson(*ticket)}});
}

// ---- Shopify --------------------------------------------------------------------------------

std::optional<VendorReply> VendorWrites::shopify(const QString& method, const QString& path, const QUrlQuery& query,
                                                 const QJsonObject& body) {
    static const QRegularExpression orderPath(QStringLiteral(R"(^/admin/api/2024-01/orders/(\d+)(/cancel)?\.json$)"));
    const int n = m_store.recordCount(StreamKind::Orders);
    if (path == QLatin1String("/admin/api/2024-01/orders.json") && method == QLatin1String("GET") &&
        query.hasQueryItem(QStringLiteral("name"))) {
        QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        if (name.startsWith(QLatin1Char('#'))) {
            name.remove(0, 1);
        }
        QJsonArray orders;
        for (int i = 0; i < n && !name.isEmpty(); ++i) {
            const QJsonObject r = m_store.recordJson(StreamKind::Orders, i);
            if (!r.value(QStringLiteral("deleted")).toBool() &&
                QString::number(r.value(QStringLiteral("order_number")).toString().toLongLong()) == name) {
                orders.append(QJsonObject{{QStringLiteral("id"), kShopifyOrderBase + i},
                                          {QStringLiteral("name"), QString(QStringLiteral("#") + name)}});
            }
        }
        return reply(200, {{QStringLiteral("orders"), orders}});
    }
    const auto m = orderPath.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 id = m.captured(1).toLongLong();
    const qint64 index = id - kShopifyOrderBase;
    if (index < 0 || index >= n ||
        m_store.recordJson(StreamKind::Orders, int(index)).value(QStringLiteral("deleted")).toBool()) {
        return reject(reply(404, {{QStringLiteral("errors"), QStringLiteral("Not Found")}}));
    }
    const QJsonObject r = m_store.recordJson(StreamKind::Orders, int(index));
    const QString status = r.value(QStringLiteral("status")).toString();
    const bool fulfilled = status == QLatin1String("shipped") || status == QLatin1String("delivered");
    QString cancelledAt = m_cancelledAt.value(id);
    if (cancelledAt.isEmpty() && status == QLatin1String("cancelled")) {
        cancelledAt = r.value(QStringLiteral("updated_at")).toString();
    }
    const auto orderJson = [&] {
        // updated_at as the order list serves it (the shop's offset, to the second): a client compares it
        // with the one it synced before changing the order (Shopify has no precondition header).
        const QJsonObject now = m_store.recordJson(StreamKind::Orders, int(index));
        const int tz = now.value(QStringLiteral("currency")).toString() == QLatin1String("USD") ? -5 : 8;
        const qint64 ms = m_store.meta(StreamKind::Orders, int(index))->updatedMs + qint64(tz) * 3600 * 1000;
        const QString updatedAt = isoUtc(ms).left(19) + (tz >= 0 ? QStringLiteral("+") : QStringLiteral("-")) +
                                  QString::number(std::abs(tz)).rightJustified(2, u'0') + QStringLiteral(":00");
        const QString shipAddress = m_store.world().orders[std::size_t(index)].shipAddress;
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("name"), QStringLiteral("#%1").arg(r.value(QStringLiteral("order_number")).toString())},
            {QStringLiteral("cancelled_at"), cancelledAt.isEmpty() ? QJsonValue() : QJsonValue(cancelledAt)},
            {QStringLiteral("fulfillment_status"), fulfilled ? QJsonValue(QStringLiteral("fulfilled")) : QJsonValue()},
            {QStringLiteral("shipping_address"),
             m_shipping.contains(id) ? QJsonValue(m_shipping.value(id))
             : shipAddress.isEmpty() ? QJsonValue()
                                     : QJsonValue(QJsonObject{{QStringLiteral("address1"), shipAddress}})}};
    };
    if (m.captured(2).isEmpty() && method == QLatin1String("GET")) {
        return reply(200, {{QStringLiteral("order"), orderJson()}});
    }
    if (!m.captured(2).isEmpty() && method == QLatin1String("POST")) {
        if (fulfilled) {
            return reject(reply(
                422, {{QStringLiteral("error"), QStringLiteral("Cannot cancel an order that has been fulfilled")}}));
        }
        if (!cancelledAt.isEmpty()) {
            return reject(reply(
                422, {{QStringLiteral("error"), QStringLiteral("Cannot cancel an order that is already cancelled")}}));
        }
        m_cancelledAt.insert(id, nowIso());
        cancelledAt = m_cancelledAt.value(id);
        writeeffects::cancelOrder(m_store, int(index), QDateTime::currentMSecsSinceEpoch()); // the list shows it
        applied(QStringLiteral("order_cancel"), QStringLiteral("order-%1").arg(id));
        return reply(200, {{QStringLiteral("order"), orderJson()}});
    }
    if (m.captured(2).isEmpty() && method == QLatin1String("PUT")) {
        const QJsonObject order = body.value(QStringLiteral("order")).toObject();
        const QJsonObject address = order.value(QStringLiteral("shipping_address")).toObject();
        if (address.value(QStringLiteral("address1")).toString().trimmed().isEmpty()) {
            return reject(reply(422, {{QStringLiteral("errors"),
                                       QJsonObject{{QStringLiteral("shipping_address"),
                                                    QJsonArray{QStringLiteral("address1 can't be blank")}}}}}));
        }
        if (!cancelledAt.isEmpty()) {
            return reject(reply(422, {{QStringLiteral("errors"),
                                       QJsonObject{{QStringLiteral("shipping_address"),
                                                    QJsonArray{QStringLiteral("cannot be changed on a cancelled "
                                                                              "order")}}}}}));
        }
        // A PUT sets the address: the same address again changes nothing (counted once).
        const QString effect =
            QString::number(id) + QLatin1Char('|') + address.value(QStringLiteral("address1")).toString();
        if (m_addressWrites[effect]++ == 0) {
            applied(QStringLiteral("order_address"), QStringLiteral("address-") + effect);
        } else {
            ++m_replayed;
        }
        m_shipping.insert(id, address);
        // The order list shows it (a new updated_at the first time: the next incremental read brings it).
        writeeffects::changeAddress(m_store, int(index), address.value(QStringLiteral("address1")).toString().trimmed(),
                                    QDateTime::currentMSecsSinceEpoch());
        return reply(200, {{QStringLiteral("order"), orderJson()}});
    }
    return std::nullopt;
}

// ---- HubSpot --------------------------------------------------------------------------------

std::optional<VendorReply> VendorWrites::hubspot(const QString& method, const QString& path, const QJsonObject& body) {
    static const QRegularExpression objectPath(QStringLiteral(R"(^/crm/v3/objects/(notes|tickets|calls)(/search)?$)"));
    if (method != QLatin1String("POST")) {
        return std::nullopt;
    }
    const auto filterOf = [&](QString* property, QString* value) {
        const QJsonObject f = body.value(QStringLiteral("filterGroups"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("filters"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        *property = f.value(QStringLiteral("propertyName")).toString();
        *value = f.value(QStringLiteral("value")).toString();
        return f.value(QStringLiteral("operator")).toString() == QLatin1String("EQ");
    };
    const auto badRequest = [&](const QString& message) {
        return reject(reply(400, {{QStringLiteral("status"), QStringLiteral("error")},
                                  {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")},
                                  {QStringLiteral("message"), message}}));
    };
    const auto results = [](const QJsonArray& found) {
        return reply(200, {{QStringLiteral("total"), found.size()}, {QStringLiteral("results"), found}});
    };
    if (path == QLatin1String("/crm/v3/objects/contacts/search")) {
        QString property;
        QString value;
        if (!filterOf(&property, &value) || property != QLatin1String("email")) {
            return badRequest(QStringLiteral("this backend searches contacts by email EQ only"));
        }
        QJsonArray found;
        const int n = m_store.recordCount(StreamKind::Customers);
        for (int i = 0; i < n && found.isEmpty(); ++i) {
            const QJsonObject c = customerOf(m_store, i);
            if (!c.value(QStringLiteral("deleted")).toBool() &&
                lower(c.value(QStringLiteral("email"))) == value.toLower()) {
                found.append(QJsonObject{{QStringLiteral("id"), QString::number(kHubspotContactBase + i)},
                                         {QStringLiteral("properties"),
                                          QJsonObject{{QStringLiteral("email"), c.value(QStringLiteral("email"))}}}});
            }
        }
        return results(found);
    }
    const auto m = objectPath.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString type = m.captured(1);
    QList<QJsonObject>& objects = m_hsObjects[type];
    if (!m.captured(2).isEmpty()) {
        QString property;
        QString value;
        if (!filterOf(&property, &value)) {
            return badRequest(QStringLiteral("this backend searches with one EQ filter only"));
        }
        QJsonArray found;
        for (const QJsonObject& o : std::as_const(objects)) {
            if (o.value(QStringLiteral("properties")).toObject().value(property).toString() == value) {
                found.append(o);
            }
        }
        return results(found);
    }
    const QJsonObject properties = body.value(QStringLiteral("properties")).toObject();
    if (type != QLatin1String("tickets") && properties.value(QStringLiteral("hs_timestamp")).toString().isEmpty()) {
        return badRequest(QStringLiteral("Property values were not valid: hs_timestamp is required"));
    }
    if (type == QLatin1String("tickets") && properties.value(QStringLiteral("subject")).toString().isEmpty()) {
        return badRequest(QStringLiteral("Property values were not valid: subject is required"));
    }
    const int contacts = m_store.recordCount(StreamKind::Customers);
    for (const QJsonValue& a : body.value(QStringLiteral("associations")).toArray()) {
        bool ok = false;
        const int contact =
            a.toObject().value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toString().toInt(&ok) -
            kHubspotContactBase;
        if (!ok || contact < 0 || contact >= contacts) {
            return badRequest(
                QStringLiteral("One or more associations are invalid: no contact %1")
                    .arg(a.toObject().value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toString()));
        }
    }
    QJsonObject created{{QStringLiteral("id"), QString::number(m_hsNext++)},
                        {QStringLiteral("properties"), properties},
                        {QStringLiteral("associations"), body.value(QStringLiteral("associations"))},
                        {QStringLiteral("createdAt"), nowIso()},
                        {QStringLiteral("archived"), false}};
    objects.append(created);
    static const QHash<QString, QString> kinds{{QStringLiteral("notes"), QStringLiteral("note")},
                                               {QStringLiteral("tickets"), QStringLiteral("ticket_create")},
                                               {QStringLiteral("calls"), QStringLiteral("wrap_up")}};
    const QString key = properties.value(QStringLiteral("c360_key")).toString();
    applied(kinds.value(type), key.isEmpty() ? created.value(QStringLiteral("id")).toString() : key);
    return reply(201, created);
}

// ---- Salesforce -----------------------------------------------------------------------------

std::optional<VendorReply> VendorWrites::salesforce(const QString& method, const QString& path, const QUrlQuery& query,
                                                    const QJsonObject& body) {
    static const QRegularExpression byEmail(
        QStringLiteral(R"(^\s*SELECT\s+Id\s+FROM\s+Contact\s+WHERE\s+Email\s*=\s*'((?:[^'\\]|\\.)*)')"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression upsertPath(
        QStringLiteral(R"(^/services/data/v59\.0/sobjects/(Task|Case)/C360_Key__c/([^/]+)$)"));
    const auto sfError = [&](int status, const QString& code, const QString& message) {
        return reject(replyArray(status, QJsonArray{QJsonObject{{QStringLiteral("errorCode"), code},
                                                                {QStringLiteral("message"), message}}}));
    };
    if (path == QLatin1String("/services/data/v59.0/query") && method == QLatin1String("GET")) {
        const auto m = byEmail.match(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
        if (!m.hasMatch()) {
            return std::nullopt; // the read side's queries
        }
        QString email = m.captured(1);
        email.replace(QStringLiteral("\\'"), QStringLiteral("'")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        QJsonArray records;
        const int n = m_store.recordCount(StreamKind::Customers);
        for (int i = 0; i < n && records.isEmpty(); ++i) {
            const QJsonObject c = customerOf(m_store, i);
            if (!c.value(QStringLiteral("deleted")).toBool() &&
                lower(c.value(QStringLiteral("email"))) == email.toLower()) {
                records.append(QJsonObject{
                    {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
                    {QStringLiteral("Id"), sfContactId(i)}});
            }
        }
        return reply(200, {{QStringLiteral("totalSize"), records.size()},
                           {QStringLiteral("done"), true},
                           {QStringLiteral("records"), records}});
    }
    const auto m = upsertPath.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    if (method != QLatin1String("PATCH")) {
        return sfError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                       QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD,PATCH,DELETE").arg(method));
    }
    const QString type = m.captured(1);
    const QString key = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
    if (body.contains(QStringLiteral("C360_Key__c")) || body.contains(QStringLiteral("Id"))) {
        return sfError(400, QStringLiteral("INVALID_FIELD"),
                       QStringLiteral("The external ID field or Id must not be set in the request body"));
    }
    const int contacts = m_store.recordCount(StreamKind::Customers);
    for (const QString& field : {QStringLiteral("WhoId"), QStringLiteral("ContactId")}) {
        if (!body.contains(field)) {
            continue;
        }
        const QString who = body.value(field).toString();
        const int index = who.startsWith(QLatin1String("0035g00000")) ? who.mid(10).toInt() - 1 : -1;
        if (index < 0 || index >= contacts) {
            return sfError(400, QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                           QStringLiteral("invalid cross reference id: %1").arg(who));
        }
    }
    if (body.value(QStringLiteral("Subject")).toString().trimmed().isEmpty()) {
        return sfError(400, QStringLiteral("REQUIRED_FIELD_MISSING"),
                       QStringLiteral("Required fields are missing: [Subject]"));
    }
    const QString slot = type + QLatin1Char('|') + key;
    const bool created = !m_sfRecords.contains(slot);
    QJsonObject record = m_sfRecords.value(slot);
    if (created) {
        record.insert(QStringLiteral("Id"), QString((type == QLatin1String("Task") ? QStringLiteral("00T5g00000")
                                                                                   : QStringLiteral("5005g00000")) +
                                                    QString::number(m_sfNext++).rightJustified(8, u'0')));
        QString kind = QStringLiteral("ticket_create"); // a Case
        if (type == QLatin1String("Task")) {
            kind = body.value(QStringLiteral("TaskSubtype")).toString() == QLatin1String("Call")
                       ? QStringLiteral("wrap_up")
                       : QStringLiteral("note");
        }
        applied(kind, key);
    } else {
        ++m_replayed; // the upsert found the key: an update, no second record
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        record.insert(it.key(), it.value());
    }
    m_sfRecords.insert(slot, record);
    return reply(created ? 201 : 200, {{QStringLiteral("id"), record.value(QStringLiteral("Id"))},
                                       {QStringLiteral("success"), true},
                                       {QStringLiteral("errors"), QJsonArray{}},
                                       {QStringLiteral("created"), created}});
}

// ---- Stripe ---------------------------------------------------------------------------------

std::optional<VendorReply> VendorWrites::stripe(const QString& method, const QString& path, const QUrlQuery& query,
                                                const QByteArray& body, const Headers& headers) {
    const auto stripeError = [&](int status, const QString& code, const QString& message, const QString& param) {
        QJsonObject e{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
        if (!param.isEmpty()) {
            e.insert(QStringLiteral("param"), param);
        }
        return reply(status, {{QStringLiteral("error"), e}});
    };
    const int n = m_store.recordCount(StreamKind::Orders);
    const auto chargeIndex = [&](const QString& id) {
        const QString prefix = stripeChargeId(0).chopped(8);
        bool ok = id.startsWith(prefix);
        const int index = ok ? id.mid(prefix.size()).toInt(&ok) - 1 : -1;
        return ok && index >= 0 && index < n ? index : -1;
    };
    const auto amountOf = [&](int index) {
        return qint64(std::llround(
            m_store.recordJson(StreamKind::Orders, index).value(QStringLiteral("total")).toDouble() * 100));
    };
    const auto refundedOf = [&](int index) {
        const QJsonObject r = m_store.recordJson(StreamKind::Orders, index);
        return r.value(QStringLiteral("status")).toString() == QLatin1String("cancelled")
                   ? amountOf(index)
                   : m_refunded.value(stripeChargeId(index));
    };
    if (path == QLatin1String("/v1/charges/search") && method == QLatin1String("GET")) {
        static const QRegularExpression re(QStringLiteral(R"(^metadata\['order_number'\]:'([^']*)'$)"));
        const auto m = re.match(query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed());
        if (!m.hasMatch()) {
            return reject(stripeError(400, QStringLiteral("parameter_invalid"),
                                      QStringLiteral("this backend searches metadata['order_number'] only"),
                                      QStringLiteral("query")));
        }
        QJsonArray data;
        for (int i = 0; i < n && data.isEmpty(); ++i) {
            const QJsonObject r = m_store.recordJson(StreamKind::Orders, i);
            if (!r.value(QStringLiteral("deleted")).toBool() &&
                r.value(QStringLiteral("order_number")).toString() == m.captured(1)) {
                data.append(QJsonObject{{QStringLiteral("id"), stripeChargeId(i)},
                                        {QStringLiteral("object"), QStringLiteral("charge")},
                                        {QStringLiteral("amount"), amountOf(i)},
                                        {QStringLiteral("amount_refunded"), refundedOf(i)},
                                        {QStringLiteral("refunded"), refundedOf(i) >= amountOf(i)}});
            }
        }
        return reply(200, {{QStringLiteral("object"), QStringLiteral("search_result")},
                           {QStringLiteral("data"), data},
                           {QStringLiteral("has_more"), false}});
    }
    if (path != QLatin1String("/v1/refunds") || method != QLatin1String("POST")) {
        return std::nullopt;
    }
    QString key;
    for (const auto& [name, value] : headers) {
        if (name.compare("idempotency-key", Qt::CaseInsensitive) == 0) {
            key = QString::fromUtf8(value.trimmed());
        }
    }
    if (!key.isEmpty()) {
        if (const auto it = m_stripeReplies.constFind(key); it != m_stripeReplies.cend()) {
            ++m_replayed;
            VendorReply again = *it;
            again.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return again;
        }
    }
    const QUrlQuery form(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const QString charge = form.queryItemValue(QStringLiteral("charge"), QUrl::FullyDecoded);
    const int index = chargeIndex(charge);
    VendorReply out;
    if (charge.isEmpty()) {
        out = reject(stripeError(400, QStringLiteral("parameter_missing"),
                                 QStringLiteral("One of the following params should be provided for this request: "
                                                "payment_intent or charge."),
                                 QStringLiteral("charge")));
    } else if (index < 0) {
        out = reject(stripeError(404, QStringLiteral("resource_missing"),
                                 QStringLiteral("No such charge: '%1'").arg(charge), QStringLiteral("charge")));
    } else {
        const qint64 total = amountOf(index);
        const qint64 left = total - refundedOf(index);
        bool ok = true;
        const QString amountText = form.queryItemValue(QStringLiteral("amount"));
        const qint64 amount = amountText.isEmpty() ? left : amountText.toLongLong(&ok);
        if (left <= 0) {
            out = reject(stripeError(400, QStringLiteral("charge_already_refunded"),
                                     QStringLiteral("Charge %1 has already been refunded.").arg(charge), {}));
        } else if (!ok || amount <= 0) {
            out = reject(stripeError(400, QStringLiteral("parameter_invalid_integer"),
                                     QStringLiteral("Invalid positive integer"), QStringLiteral("amount")));
        } else if (amount > left) {
            out = reject(stripeError(
                400, QStringLiteral("amount_too_large"),
                QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)")
                    .arg(QString::number(double(amount) / 100, 'f', 2), QString::number(double(left) / 100, 'f', 2)),
                QStringLiteral("amount")));
        } else {
            m_refunded[charge] += amount;
            writeeffects::refund(m_store, index, amount, QDateTime::currentMSecsSinceEpoch()); // the charge shows it
            const QString c360Key = form.queryItemValue(QStringLiteral("metadata[c360_key]"), QUrl::FullyDecoded);
            applied(QStringLiteral("refund"), c360Key.isEmpty() ? (key.isEmpty() ? charge : key) : c360Key);
            out = reply(
                200, {{QStringLiteral("id"), QStringLiteral("re_3C360%1").arg(m_refundNext++, 8, 10, QLatin1Char('0'))},
                      {QStringLiteral("object"), QStringLiteral("refund")},
                      {QStringLiteral("amount"), amount},
                      {QStringLiteral("charge"), charge},
                      {QStringLiteral("status"), QStringLiteral("succeeded")},
                      {QStringLiteral("reason"), form.queryItemValue(QStringLiteral("reason"))}});
        }
    }
    if (!key.isEmpty() && out.status != 500) {
        m_stripeReplies.insert(key, out); // Stripe keeps the first answer for the key, errors included
    }
    return out;
}

} // namespace c360::backend

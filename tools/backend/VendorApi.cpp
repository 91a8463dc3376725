#include "tools/backend/VendorApi.h"

#include "tools/backend/IdentityNoise.h"
#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace c360::backend {

namespace {

constexpr int kSalesforceBatch = 200;

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

VendorReply jsonReply(int status, const QJsonObject& o) {
    return VendorReply{status, compact(o), {}, status == 200};
}

VendorReply vendorError(int status, const QString& message) {
    return VendorReply{status,
                       compact(QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                                           {QStringLiteral("message"), message}}),
                       {},
                       false};
}

// A cursor the vendor cannot use, refused in each vendor's own shape (HTTP 400):
//   Shopify: {"errors": {"page_info": "Invalid value."}}
//   HubSpot: {"status": "error", "message": ..., "correlationId": ..., "category": "VALIDATION_ERROR"}
VendorReply shopifyCursorError() {
    return VendorReply{
        400,
        compact(QJsonObject{
            {QStringLiteral("errors"), QJsonObject{{QStringLiteral("page_info"), QStringLiteral("Invalid value.")}}}}),
        {},
        false};
}

VendorReply hubspotCursorError(const QString& after) {
    return VendorReply{
        400,
        compact(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("message"),
             QStringLiteral("Invalid input JSON on line 1: after '%1' is not a valid paging cursor").arg(after)},
            {QStringLiteral("correlationId"), QStringLiteral("c360c360-0000-4000-8000-000000000400")},
            {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")}}),
        {},
        false};
}

QString b64(const QByteArray& text) {
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray unb64(const QString& text) {
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

qint64 msOf(const QJsonObject& o, const char* key) {
    qint64 ms = 0;
    parseIsoUtc(o.value(QLatin1String(key)).toString(), &ms);
    return ms;
}

QString isoSeconds(qint64 ms) { // 2025-03-04T10:11:12Z
    QString s = isoUtc(ms);
    return s.left(19) + QLatin1Char('Z');
}

QString isoOffset(qint64 ms, int hours) { // 2025-03-04T18:11:12+08:00
    const QString s = isoUtc(ms + qint64(hours) * 3600 * 1000);
    return s.left(19) + (hours >= 0 ? QLatin1Char('+') : QLatin1Char('-')) +
           QString::number(std::abs(hours)).rightJustified(2, u'0') + QStringLiteral(":00");
}

QString sfTime(qint64 ms) { // 2025-03-04T10:11:12.345+0000
    return isoUtc(ms).chopped(1) + QStringLiteral("+0000");
}

int limitParam(const QUrlQuery& q, const char* name, int def, int max) {
    bool ok = false;
    const int v = q.queryItemValue(QLatin1String(name)).toInt(&ok);
    return ok && v >= 1 ? std::min(v, max) : def;
}

QJsonValue orNull(const QJsonValue& v) {
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

// ---- record shapes ------------------------------------------------------------------------

constexpr qint64 kZendeskUserBase = 360000000000LL;

QString e164(const Person& p) {
    return IdentityNoise::phoneForm(p, 2).remove(u' ');
}

// A Zendesk end user: one per person who asked for help.
QJsonObject zendeskUser(const Person& p, int person, const QString& baseUrl) {
    const qint64 id = kZendeskUserBase + person;
    const QString phone = e164(p);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/api/v2/users/%1.json").arg(id))},
            {QStringLiteral("name"), p.fullName},
            {QStringLiteral("email"), p.email.isEmpty() ? QJsonValue() : QJsonValue(p.email)},
            {QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
            {QStringLiteral("role"), QStringLiteral("end-user")},
            {QStringLiteral("active"), true},
            {QStringLiteral("created_at"), isoSeconds(p.createdMs)},
            {QStringLiteral("updated_at"), isoSeconds(p.createdMs)}};
}

// Real Zendesk tickets name their requester by id only (the person is a user, side-loaded or listed).
QJsonObject zendeskTicket(const QJsonObject& r, int index, const QString& baseUrl, int person) {
    const qint64 number = 40001 + index;
    if (r.value(QStringLiteral("deleted")).toBool()) {
        return {{QStringLiteral("id"), number},
                {QStringLiteral("status"), QStringLiteral("deleted")},
                {QStringLiteral("updated_at"), isoSeconds(msOf(r, "updated_at"))}};
    }
    QString channel = r.value(QStringLiteral("channel")).toString();
    channel = channel == QLatin1String("phone")    ? QStringLiteral("voice")
              : channel == QLatin1String("wechat") ? QStringLiteral("api")
                                                   : channel;
    const QJsonArray comments = r.value(QStringLiteral("comments")).toArray();
    return {
        {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/api/v2/tickets/%1.json").arg(number))},
        {QStringLiteral("id"), number},
        {QStringLiteral("external_id"), QJsonValue::Null},
        {QStringLiteral("via"),
         QJsonObject{{QStringLiteral("channel"), channel},
                     {QStringLiteral("source"), QJsonObject{{QStringLiteral("from"), QJsonObject{}},
                                                            {QStringLiteral("to"), QJsonObject{}},
                                                            {QStringLiteral("rel"), QJsonValue::Null}}}}},
        {QStringLiteral("created_at"), isoSeconds(msOf(r, "created_at"))},
        {QStringLiteral("updated_at"), isoSeconds(msOf(r, "updated_at"))},
        {QStringLiteral("subject"), r.value(QStringLiteral("subject"))},
        {QStringLiteral("description"),
         comments.isEmpty() ? QJsonValue(QString()) : comments.first().toObject().value(QStringLiteral("body"))},
        {QStringLiteral("status"), r.value(QStringLiteral("status"))},
        {QStringLiteral("priority"), r.value(QStringLiteral("priority"))},
        {QStringLiteral("requester_id"), person < 0 ? QJsonValue() : QJsonValue(kZendeskUserBase + person)},
        {QStringLiteral("tags"), QJsonArray{}},
    };
}

constexpr qint64 kShopifyCustomerBase = 6200000000LL;

// A Shopify customer: one per shop customer number (the person who ordered).
QJsonObject shopifyCustomer(const Person& p, int number) {
    const int tz = p.country == Country::US ? -5 : 8;
    const QString phone = e164(p);
    return {{QStringLiteral("id"), kShopifyCustomerBase + number},
            {QStringLiteral("email"), p.email.isEmpty() ? QJsonValue() : QJsonValue(p.email)},
            {QStringLiteral("first_name"), p.firstName},
            {QStringLiteral("last_name"), p.lastName},
            {QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
            {QStringLiteral("created_at"), isoOffset(p.createdMs, tz)},
            {QStringLiteral("updated_at"), isoOffset(p.createdMs, tz)},
            {QStringLiteral("state"), QStringLiteral("enabled")},
            {QStringLiteral("default_address"),
             QJsonObject{{QStringLiteral("city"), p.city},
                         {QStringLiteral("country_code"),
                          p.country == Country::US ? QStringLiteral("US") : QStringLiteral("CN")}}}};
}

QJsonObject shopifyOrder(const QJsonObject& r, int index, const QString& shipAddress) {
    const QJsonObject customer = r.value(QStringLiteral("customer")).toObject();
    const QString name = customer.value(QStringLiteral("name")).toString();
    const QString status = r.value(QStringLiteral("status")).toString();
    const bool cancelled = status == QLatin1String("cancelled");
    const int tz = r.value(QStringLiteral("currency")).toString() == QLatin1String("USD") ? -5 : 8;
    QJsonArray lines;
    int lineNo = 0;
    for (const QJsonValue& v : r.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        lines.append(QJsonObject{
            {QStringLiteral("id"), 13000000000LL + qint64(index) * 10 + lineNo++},
            {QStringLiteral("sku"), l.value(QStringLiteral("sku"))},
            {QStringLiteral("title"), l.value(QStringLiteral("title"))},
            {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
            {QStringLiteral("price"), QString::number(l.value(QStringLiteral("unit_price")).toDouble(), 'f', 2)},
        });
    }
    const qint64 orderNumber = r.value(QStringLiteral("order_number")).toString().toLongLong();
    return {
        {QStringLiteral("id"), 4500000000LL + index},
        {QStringLiteral("admin_graphql_api_id"), QStringLiteral("gid://shopify/Order/%1").arg(4500000000LL + index)},
        {QStringLiteral("name"), QStringLiteral("#%1").arg(orderNumber)},
        {QStringLiteral("order_number"), orderNumber},
        {QStringLiteral("email"), QJsonValue::Null}, // the person is the customer record, referred to by id
        {QStringLiteral("phone"), QJsonValue::Null},
        {QStringLiteral("created_at"), isoOffset(msOf(r, "placed_at"), tz)},
        {QStringLiteral("updated_at"), isoOffset(msOf(r, "updated_at"), tz)},
        {QStringLiteral("cancelled_at"), cancelled ? QJsonValue(isoOffset(msOf(r, "updated_at"), tz)) : QJsonValue()},
        {QStringLiteral("financial_status"), cancelled ? QStringLiteral("voided") : QStringLiteral("paid")},
        {QStringLiteral("fulfillment_status"),
         status == QLatin1String("shipped") || status == QLatin1String("delivered")
             ? QJsonValue(QStringLiteral("fulfilled"))
             : QJsonValue()},
        {QStringLiteral("currency"), r.value(QStringLiteral("currency"))},
        {QStringLiteral("total_price"), QString::number(r.value(QStringLiteral("total")).toDouble(), 'f', 2)},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"),
                      kShopifyCustomerBase + customer.value(QStringLiteral("id")).toString().right(6).toLongLong()}}},
        {QStringLiteral("billing_address"), QJsonObject{{QStringLiteral("name"), name}}},
        // As Shopify serves it: the address lines of the order, changed by PUT …/orders/{id}.json.
        {QStringLiteral("shipping_address"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("address1"), shipAddress.isEmpty() ? QJsonValue() : QJsonValue(shipAddress)},
                     {QStringLiteral("address2"), QJsonValue()}}},
        {QStringLiteral("line_items"), lines},
    };
}

QJsonObject hubspotContact(const QJsonObject& r, int index) {
    const QString id = QString::number(1001 + index);
    const qint64 updated = msOf(r, "updated_at");
    if (r.value(QStringLiteral("deleted")).toBool()) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("hs_object_id"), id}}},
                {QStringLiteral("updatedAt"), isoUtc(updated)},
                {QStringLiteral("archived"), true},
                {QStringLiteral("archivedAt"), isoUtc(updated)}};
    }
    const auto str = [&](const char* key) { return orNull(r.value(QLatin1String(key))); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("createdate"), isoUtc(msOf(r, "created_at"))},
                                                   {QStringLiteral("email"), str("email")},
                                                   {QStringLiteral("firstname"), str("first_name")},
                                                   {QStringLiteral("lastname"), str("last_name")},
                                                   {QStringLiteral("phone"), str("phone")},
                                                   {QStringLiteral("city"), str("city")},
                                                   {QStringLiteral("country"), str("country")},
                                                   {QStringLiteral("hs_object_id"), id},
                                                   {QStringLiteral("lastmodifieddate"), isoUtc(updated)},
                                                   {QStringLiteral("lifecyclestage"), QStringLiteral("customer")}}},
        {QStringLiteral("createdAt"), isoUtc(msOf(r, "created_at"))},
        {QStringLiteral("updatedAt"), isoUtc(updated)},
        {QStringLiteral("archived"), false},
    };
}

QString hubspotContactId(int customer) {
    return QString::number(1001 + customer);
}

// A HubSpot ticket, associated with the contact of its requester when the CRM knows the person.
QJsonObject hubspotTicket(const QJsonObject& r, int index, int contact, bool withAssociations) {
    const QString id = QString::number(2001 + index);
    const qint64 updated = msOf(r, "updated_at");
    if (r.value(QStringLiteral("deleted")).toBool()) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("hs_object_id"), id}}},
                {QStringLiteral("updatedAt"), isoUtc(updated)},
                {QStringLiteral("archived"), true},
                {QStringLiteral("archivedAt"), isoUtc(updated)}};
    }
    static const QMap<QString, QString> stages{{QStringLiteral("new"), QStringLiteral("1")},
                                               {QStringLiteral("open"), QStringLiteral("2")},
                                               {QStringLiteral("pending"), QStringLiteral("3")},
                                               {QStringLiteral("solved"), QStringLiteral("4")},
                                               {QStringLiteral("closed"), QStringLiteral("4")}};
    const QString channel = r.value(QStringLiteral("channel")).toString();
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("createdate"), isoUtc(msOf(r, "created_at"))},
                     {QStringLiteral("hs_lastmodifieddate"), isoUtc(updated)},
                     {QStringLiteral("hs_object_id"), id},
                     {QStringLiteral("subject"), r.value(QStringLiteral("subject"))},
                     {QStringLiteral("hs_pipeline_stage"), stages.value(r.value(QStringLiteral("status")).toString())},
                     {QStringLiteral("hs_ticket_priority"), r.value(QStringLiteral("priority")).toString().toUpper()},
                     {QStringLiteral("source_type"), channel == QLatin1String("phone")   ? QStringLiteral("PHONE")
                                                     : channel == QLatin1String("email") ? QStringLiteral("EMAIL")
                                                                                         : QStringLiteral("CHAT")}}},
        {QStringLiteral("createdAt"), isoUtc(msOf(r, "created_at"))},
        {QStringLiteral("updatedAt"), isoUtc(updated)},
        {QStringLiteral("archived"), false},
    };
    if (withAssociations && contact >= 0) {
        o.insert(QStringLiteral("associations"),
                 QJsonObject{{QStringLiteral("contacts"),
                              QJsonObject{{QStringLiteral("results"),
                                           QJsonArray{QJsonObject{
                                               {QStringLiteral("id"), hubspotContactId(contact)},
                                               {QStringLiteral("type"), QStringLiteral("ticket_to_contact")}}}}}}});
    }
    return o;
}

QString sfId(const char* prefix, int index) {
    return QLatin1String(prefix) + QStringLiteral("5g00000") + QString::number(index + 1).rightJustified(8, u'0');
}

enum class SfObject { Account, Contact, Case, Task };

QString sfTypeName(SfObject type) {
    switch (type) {
    case SfObject::Account:
        return QStringLiteral("Account");
    case SfObject::Contact:
        return QStringLiteral("Contact");
    case SfObject::Case:
        return QStringLiteral("Case");
    case SfObject::Task:
        return QStringLiteral("Task");
    }
    return {};
}

StreamKind sfKind(SfObject type) {
    return type == SfObject::Account || type == SfObject::Contact ? StreamKind::Customers
           : type == SfObject::Case                               ? StreamKind::Tickets
                                                                  : StreamKind::Interactions;
}

// A Salesforce record. Accounts are person accounts (one per CRM customer, PersonContactId -> its
// Contact); a Case or Task names its person by ContactId/AccountId/WhoId (`contact`: the CRM customer
// index of the person, -1 when the CRM does not know them: a web-to-case keeps the Supplied* fields).
QJsonObject salesforceRecord(const QJsonObject& r, SfObject type, int index, int contact) {
    const char* prefix = type == SfObject::Account   ? "001"
                         : type == SfObject::Contact ? "003"
                         : type == SfObject::Case    ? "500"
                                                     : "00T";
    const QString typeName = sfTypeName(type);
    const QString id = sfId(prefix, index);
    const qint64 updated = msOf(r, "updated_at");
    QJsonObject o{
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("type"), typeName},
                     {QStringLiteral("url"), QStringLiteral("/services/data/v59.0/sobjects/%1/%2").arg(typeName, id)}}},
        {QStringLiteral("Id"), id},
        {QStringLiteral("SystemModstamp"), sfTime(updated)},
        {QStringLiteral("IsDeleted"), r.value(QStringLiteral("deleted")).toBool()}};
    if (r.value(QStringLiteral("deleted")).toBool()) {
        return o;
    }
    const QString created = type == SfObject::Task ? QStringLiteral("started_at") : QStringLiteral("created_at");
    o.insert(QStringLiteral("CreatedDate"), sfTime(msOf(r, created.toLatin1().constData())));
    o.insert(QStringLiteral("LastModifiedDate"), sfTime(updated));
    const QJsonValue contactId = contact >= 0 ? QJsonValue(sfId("003", contact)) : QJsonValue();
    const QJsonValue accountId = contact >= 0 ? QJsonValue(sfId("001", contact)) : QJsonValue();
    switch (type) {
    case SfObject::Account:
        o.insert(QStringLiteral("Name"), r.value(QStringLiteral("full_name")));
        o.insert(QStringLiteral("Phone"), orNull(r.value(QStringLiteral("phone"))));
        o.insert(QStringLiteral("BillingCity"), r.value(QStringLiteral("city")));
        o.insert(QStringLiteral("BillingCountry"), r.value(QStringLiteral("country")));
        o.insert(QStringLiteral("IsPersonAccount"), true);
        o.insert(QStringLiteral("PersonContactId"), sfId("003", index));
        return o;
    case SfObject::Contact:
        o.insert(QStringLiteral("AccountId"), sfId("001", index));
        o.insert(QStringLiteral("FirstName"), r.value(QStringLiteral("first_name")));
        o.insert(QStringLiteral("LastName"), r.value(QStringLiteral("last_name")));
        o.insert(QStringLiteral("Name"), r.value(QStringLiteral("full_name")));
        o.insert(QStringLiteral("Email"), orNull(r.value(QStringLiteral("email"))));
        o.insert(QStringLiteral("Phone"), orNull(r.value(QStringLiteral("phone"))));
        o.insert(QStringLiteral("MailingCity"), r.value(QStringLiteral("city")));
        o.insert(QStringLiteral("MailingCountry"), r.value(QStringLiteral("country")));
        return o;
    case SfObject::Task: {
        const QString channel = r.value(QStringLiteral("channel")).toString();
        o.insert(QStringLiteral("WhoId"), contactId);
        o.insert(QStringLiteral("WhatId"), QJsonValue::Null);
        o.insert(QStringLiteral("Subject"), r.value(QStringLiteral("summary")));
        o.insert(QStringLiteral("Status"), QStringLiteral("Completed"));
        o.insert(QStringLiteral("TaskSubtype"), channel == QLatin1String("phone")   ? QStringLiteral("Call")
                                                : channel == QLatin1String("email") ? QStringLiteral("Email")
                                                                                    : QStringLiteral("Task"));
        o.insert(QStringLiteral("CallType"),
                 r.value(QStringLiteral("direction")).toString() == QLatin1String("outbound")
                     ? QStringLiteral("Outbound")
                     : QStringLiteral("Inbound"));
        o.insert(QStringLiteral("CallDurationInSeconds"), r.value(QStringLiteral("duration_seconds")));
        o.insert(QStringLiteral("ActivityDate"), isoUtc(msOf(r, "started_at")).left(10));
        o.insert(QStringLiteral("Description"), QJsonValue::Null);
        return o;
    }
    case SfObject::Case:
        break;
    }
    const QJsonObject requester = r.value(QStringLiteral("requester")).toObject();
    static const QMap<QString, QString> statuses{{QStringLiteral("new"), QStringLiteral("New")},
                                                 {QStringLiteral("open"), QStringLiteral("Working")},
                                                 {QStringLiteral("pending"), QStringLiteral("Escalated")},
                                                 {QStringLiteral("solved"), QStringLiteral("Closed")},
                                                 {QStringLiteral("closed"), QStringLiteral("Closed")}};
    QString priority = r.value(QStringLiteral("priority")).toString();
    priority = priority == QLatin1String("urgent") || priority == QLatin1String("high") ? QStringLiteral("High")
               : priority == QLatin1String("low")                                       ? QStringLiteral("Low")
                                                                                        : QStringLiteral("Medium");
    o.insert(QStringLiteral("CaseNumber"), QString::number(40001 + index).rightJustified(8, u'0'));
    o.insert(QStringLiteral("ContactId"), contactId);
    o.insert(QStringLiteral("AccountId"), accountId);
    o.insert(QStringLiteral("Subject"), r.value(QStringLiteral("subject")));
    o.insert(QStringLiteral("Status"), statuses.value(r.value(QStringLiteral("status")).toString()));
    o.insert(QStringLiteral("Priority"), priority);
    o.insert(QStringLiteral("Origin"), r.value(QStringLiteral("channel")).toString() == QLatin1String("phone")
                                           ? QStringLiteral("Phone")
                                           : QStringLiteral("Web"));
    // Web-to-case: only a case without a contact keeps what the requester typed in.
    const bool web = contact < 0;
    o.insert(QStringLiteral("SuppliedName"), web ? orNull(requester.value(QStringLiteral("name"))) : QJsonValue());
    o.insert(QStringLiteral("SuppliedEmail"), web ? orNull(requester.value(QStringLiteral("email"))) : QJsonValue());
    o.insert(QStringLiteral("SuppliedPhone"), web ? orNull(requester.value(QStringLiteral("phone"))) : QJsonValue());
    return o;
}

QString stripeId(StreamKind kind, int index) {
    return (kind == StreamKind::Customers ? QStringLiteral("cus_C360") : QStringLiteral("ch_3C360")) +
           QString::number(index + 1).rightJustified(8, u'0');
}

// A Stripe customer is a CRM customer; a charge names its customer by id (`customer`: the CRM customer
// index of the buyer, -1 for a guest checkout, whose charge keeps the billing details typed in).
QJsonObject stripeRecord(const QJsonObject& r, StreamKind kind, int index, int customer, qint64 refundedCents = 0) {
    const QString id = stripeId(kind, index);
    if (kind == StreamKind::Customers) {
        if (r.value(QStringLiteral("deleted")).toBool()) {
            return {{QStringLiteral("id"), id},
                    {QStringLiteral("object"), QStringLiteral("customer")},
                    {QStringLiteral("deleted"), true}};
        }
        return {
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("customer")},
            {QStringLiteral("created"), msOf(r, "created_at") / 1000},
            {QStringLiteral("email"), orNull(r.value(QStringLiteral("email")))},
            {QStringLiteral("name"), r.value(QStringLiteral("full_name"))},
            {QStringLiteral("phone"), orNull(r.value(QStringLiteral("phone")))},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), r.value(QStringLiteral("city"))},
                                                    {QStringLiteral("country"), r.value(QStringLiteral("country"))}}},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("crm_id"), r.value(QStringLiteral("id"))}}},
            {QStringLiteral("livemode"), false}};
    }
    if (r.value(QStringLiteral("deleted")).toBool()) { // charges are never deleted; a void shows as refunded
        return {{QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("charge")},
                {QStringLiteral("deleted"), true}};
    }
    const QJsonObject buyer = r.value(QStringLiteral("customer")).toObject();
    const bool guest = customer < 0;
    const QString status = r.value(QStringLiteral("status")).toString();
    const qint64 amount = qint64(std::llround(r.value(QStringLiteral("total")).toDouble() * 100));
    const qint64 refunded = status == QLatin1String("cancelled") ? amount : std::min(amount, refundedCents);
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("charge")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_refunded"), refunded},
        {QStringLiteral("currency"), r.value(QStringLiteral("currency")).toString().toLower()},
        {QStringLiteral("created"), msOf(r, "placed_at") / 1000},
        {QStringLiteral("status"), QStringLiteral("succeeded")},
        {QStringLiteral("paid"), true},
        {QStringLiteral("refunded"), amount > 0 && refunded >= amount}, // fully refunded (Stripe's meaning)
        {QStringLiteral("description"),
         QStringLiteral("Order %1").arg(r.value(QStringLiteral("order_number")).toString())},
        {QStringLiteral("customer"),
         customer >= 0 ? QJsonValue(stripeId(StreamKind::Customers, customer)) : QJsonValue()},
        {QStringLiteral("billing_details"),
         QJsonObject{{QStringLiteral("email"), guest ? orNull(buyer.value(QStringLiteral("email"))) : QJsonValue()},
                     {QStringLiteral("name"), orNull(buyer.value(QStringLiteral("name")))},
                     {QStringLiteral("phone"), guest ? orNull(buyer.value(QStringLiteral("phone"))) : QJsonValue()}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("order_number"), r.value(QStringLiteral("order_number"))}}},
        {QStringLiteral("livemode"), false}};
}

QJsonObject hubspotPage(const QJsonArray& results, const FeedPage& page, const QString& listUrl) {
    QJsonObject out{{QStringLiteral("results"), results}};
    if (page.hasMore) {
        const QString next = QString::number(page.lastSeq);
        out.insert(
            QStringLiteral("paging"),
            QJsonObject{{QStringLiteral("next"),
                         QJsonObject{{QStringLiteral("after"), next},
                                     {QStringLiteral("link"), QString(listUrl + QStringLiteral("?after=") + next)}}}});
    }
    return out;
}

// Reference record -> its index in the store, or -1 for an injected raw record.
int indexOf(StreamKind kind, const QJsonObject& r) {
    return recordIndex(kind, r.value(QStringLiteral("id")).toString());
}

} // namespace

const VendorApi::Directory& VendorApi::directory() const {
    const World& w = m_store.world();
    Directory& d = m_directory;
    if (d.persons == w.persons.size() && d.customers == w.customers.size() && d.orders == w.orders.size() &&
        d.tickets == w.tickets.size()) {
        return d;
    }
    d = Directory{};
    d.persons = w.persons.size();
    d.customers = w.customers.size();
    d.orders = w.orders.size();
    d.tickets = w.tickets.size();
    d.customerOf.assign(w.persons.size(), -1);
    for (std::size_t i = 0; i < w.customers.size(); ++i) {
        const int p = w.customers[i].person;
        if (p >= 0 && std::size_t(p) < d.customerOf.size() && d.customerOf[std::size_t(p)] < 0) {
            d.customerOf[std::size_t(p)] = int(i);
        }
    }
    d.shopPerson.assign(std::size_t(std::max(0, w.nextShopCustomer - 1)), -1);
    for (std::size_t p = 0; p < w.shopCustomerIds.size(); ++p) {
        const int number = w.shopCustomerIds[p].right(6).toInt();
        if (number >= 1 && std::size_t(number) <= d.shopPerson.size()) {
            d.shopPerson[std::size_t(number - 1)] = int(p);
        }
    }
    for (const Ticket& t : w.tickets) {
        if (t.person >= 0) {
            d.ticketPerson.push_back(t.person);
        }
    }
    std::sort(d.ticketPerson.begin(), d.ticketPerson.end());
    d.ticketPerson.erase(std::unique(d.ticketPerson.begin(), d.ticketPerson.end()), d.ticketPerson.end());
    return d;
}

int VendorApi::personOf(StreamKind kind, int index) const {
    const RecordMeta* meta = const_cast<SourceStore&>(m_store).meta(kind, index);
    return meta == nullptr ? -1 : meta->person;
}

int VendorApi::customerOfRecord(StreamKind kind, int index) const {
    const int person = personOf(kind, index);
    const Directory& d = directory();
    return person >= 0 && std::size_t(person) < d.customerOf.size() ? d.customerOf[std::size_t(person)] : -1;
}

std::optional<Flavor> parseFlavor(const QString& name) {
    for (Flavor f :
         {Flavor::Reference, Flavor::Zendesk, Flavor::Shopify, Flavor::Hubspot, Flavor::Salesforce, Flavor::Stripe}) {
        if (flavorName(f) == name) {
            return f;
        }
    }
    return std::nullopt;
}

QString flavorName(Flavor flavor) {
    switch (flavor) {
    case Flavor::Reference:
        return QStringLiteral("reference");
    case Flavor::Zendesk:
        return QStringLiteral("zendesk");
    case Flavor::Shopify:
        return QStringLiteral("shopify");
    case Flavor::Hubspot:
        return QStringLiteral("hubspot");
    case Flavor::Salesforce:
        return QStringLiteral("salesforce");
    case Flavor::Stripe:
        return QStringLiteral("stripe");
    }
    return {};
}

QStringList flavorNames() {
    return {QStringLiteral("reference"), QStringLiteral("zendesk"),    QStringLiteral("shopify"),
            QStringLiteral("hubspot"),   QStringLiteral("salesforce"), QStringLiteral("stripe")};
}

VendorApi::VendorApi(SourceStore& store, Flavor flavor, QString token)
    : m_store(store)
    , m_flavor(flavor)
    , m_token(std::move(token))
    , m_zendeskEvents(store) {}

bool VendorApi::authorized(const QList<QPair<QByteArray, QByteArray>>& headers, const QUrlQuery&) const {
    for (const auto& [key, rawValue] : headers) {
        const QByteArray value = rawValue.trimmed();
        if (key.compare("authorization", Qt::CaseInsensitive) == 0) {
            if (value.startsWith("Bearer ")) {
                const QString t = QString::fromUtf8(value.mid(7));
                return t == m_token || m_sessions.contains(t);
            }
            if (value.startsWith("Basic ")) {
                const QByteArray pair = QByteArray::fromBase64(value.mid(6));
                return QString::fromUtf8(pair.mid(pair.indexOf(':') + 1)) == m_token;
            }
        }
        if (key.compare("x-shopify-access-token", Qt::CaseInsensitive) == 0) {
            return QString::fromUtf8(value) == m_token;
        }
    }
    return false;
}

std::optional<VendorReply> VendorApi::handle(const QString& method, const QUrl& url, const QByteArray& body,
                                             const QString& baseUrl) {
    const QString path = url.path();
    const bool get = method == QLatin1String("GET");
    switch (m_flavor) {
    case Flavor::Reference:
        return std::nullopt;
    case Flavor::Zendesk:
        if (get && path == QLatin1String("/api/v2/incremental/tickets/cursor.json")) {
            return zendesk(url, baseUrl);
        }
        if (get && path == QLatin1String("/api/v2/users.json")) {
            return zendeskUsers(url, baseUrl);
        }
        if (get && path == QLatin1String("/api/v2/incremental/ticket_events.json")) {
            return m_zendeskEvents.handle(url, baseUrl);
        }
        return std::nullopt;
    case Flavor::Shopify:
        if (get && path == QLatin1String("/admin/api/2024-01/orders.json")) {
            return shopify(url, baseUrl);
        }
        if (get && path == QLatin1String("/admin/api/2024-01/customers.json")) {
            return shopifyCustomers(url, baseUrl);
        }
        return std::nullopt;
    case Flavor::Hubspot:
        if (get && path == QLatin1String("/crm/v3/objects/contacts")) {
            return hubspot(url, baseUrl);
        }
        if (get && path == QLatin1String("/crm/v3/objects/tickets")) {
            return hubspotTickets(url, baseUrl);
        }
        return std::nullopt;
    case Flavor::Salesforce:
        if (!get && path == QLatin1String("/services/oauth2/token")) {
            return salesforceToken(body);
        }
        if (get && (path == QLatin1String("/services/data/v59.0/query") ||
                    path == QLatin1String("/services/data/v59.0/queryAll"))) {
            return salesforceQuery(url, {});
        }
        if (get && path.startsWith(QLatin1String("/services/data/v59.0/query/"))) {
            return salesforceQuery(url, path.section(u'/', -1));
        }
        return std::nullopt;
    case Flavor::Stripe:
        if (get && path == QLatin1String("/v1/customers")) {
            return stripe(url, StreamKind::Customers);
        }
        if (get && path == QLatin1String("/v1/charges")) {
            return stripe(url, StreamKind::Orders);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

VendorReply VendorApi::zendesk(const QUrl& url, const QString& baseUrl) const {
    const QUrlQuery q(url);
    const int limit = limitParam(q, "per_page", 1000, 1000);
    FeedPage page;
    quint64 from = 0;
    if (q.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        const QByteArray c = unb64(q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        from = c.startsWith("zd:") ? c.mid(3).toULongLong(&ok) : 0;
        if (!ok) {
            return vendorError(400, QStringLiteral("InvalidPaginationParameter: cursor is invalid"));
        }
        page = m_store.pageAfterSeq(StreamKind::Tickets, from, limit);
    } else {
        bool ok = false;
        const qint64 start = q.queryItemValue(QStringLiteral("start_time")).toLongLong(&ok);
        if (!ok) {
            return vendorError(400, QStringLiteral("InvalidPaginationParameter: start_time or cursor is required"));
        }
        page = m_store.pageAfterTime(StreamKind::Tickets, start * 1000 - 1, limit, &from);
    }
    const bool withUsers = q.queryItemValue(QStringLiteral("include")).split(u',').contains(QStringLiteral("users"));
    QJsonArray tickets, users;
    QSet<int> sideloaded;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(StreamKind::Tickets, r);
        const int person = index < 0 ? -1 : personOf(StreamKind::Tickets, index);
        tickets.append(index < 0 ? r : zendeskTicket(r, index, baseUrl, person));
        if (withUsers && person >= 0 && !r.value(QStringLiteral("deleted")).toBool() && !sideloaded.contains(person)) {
            sideloaded.insert(person);
            users.append(zendeskUser(m_store.world().persons[std::size_t(person)], person, baseUrl));
        }
    }
    const QString after = b64("zd:" + QByteArray::number(page.data.isEmpty() ? from : page.lastSeq));
    QJsonObject out{
        {QStringLiteral("tickets"), tickets},
        {QStringLiteral("after_cursor"), after},
        {QStringLiteral("after_url"),
         QString(baseUrl + QStringLiteral("/api/v2/incremental/tickets/cursor.json?cursor=") + after)},
        {QStringLiteral("before_cursor"), QJsonValue::Null},
        {QStringLiteral("before_url"), QJsonValue::Null},
        {QStringLiteral("end_of_stream"), !page.hasMore},
    };
    if (withUsers) {
        out.insert(QStringLiteral("users"), users);
    }
    return jsonReply(200, out);
}

VendorReply VendorApi::zendeskUsers(const QUrl& url, const QString& baseUrl) const {
    // Cursor pagination (page[size], page[after]; meta.has_more, meta.after_cursor): the end users, one
    // per person who has asked for help, in person order.
    const QUrlQuery q(url);
    const int limit = limitParam(q, "page[size]", 100, 100);
    const std::vector<int>& persons = directory().ticketPerson;
    std::size_t pos = 0;
    if (const QString after = q.queryItemValue(QStringLiteral("page[after]")); !after.isEmpty()) {
        bool ok = false;
        const QByteArray c = unb64(after);
        const int person = c.startsWith("zu:") ? c.mid(3).toInt(&ok) : -1;
        if (!ok) {
            return vendorError(400, QStringLiteral("InvalidPaginationParameter: page[after] is invalid"));
        }
        pos = std::size_t(std::upper_bound(persons.cbegin(), persons.cend(), person) - persons.cbegin());
    }
    QJsonArray users;
    int last = -1;
    for (; pos < persons.size() && users.size() < limit; ++pos) {
        last = persons[pos];
        users.append(zendeskUser(m_store.world().persons[std::size_t(last)], last, baseUrl));
    }
    const bool more = pos < persons.size();
    const QString cursor = b64("zu:" + QByteArray::number(last));
    return jsonReply(
        200, QJsonObject{
                 {QStringLiteral("users"), users},
                 {QStringLiteral("meta"),
                  QJsonObject{{QStringLiteral("has_more"), more},
                              {QStringLiteral("after_cursor"), more ? QJsonValue(cursor) : QJsonValue()},
                              {QStringLiteral("before_cursor"), QJsonValue::Null}}},
                 {QStringLiteral("links"),
                  QJsonObject{{QStringLiteral("next"),
                               more ? QJsonValue(baseUrl + QStringLiteral("/api/v2/users.json?page[after]=") + cursor)
                                    : QJsonValue()}}}});
}

VendorReply VendorApi::shopifyCustomers(const QUrl& url, const QString& baseUrl) const {
    // Full list in customer-number order, Link-header pages (page_info: the last number served).
    const QUrlQuery q(url);
    const int limit = limitParam(q, "limit", 50, 250);
    int after = 0;
    if (q.hasQueryItem(QStringLiteral("page_info"))) {
        bool ok = false;
        after = unb64(q.queryItemValue(QStringLiteral("page_info"))).toInt(&ok);
        if (!ok) {
            return shopifyCursorError();
        }
    }
    const std::vector<int>& shopPerson = directory().shopPerson;
    QJsonArray customers;
    int number = after;
    while (number < int(shopPerson.size()) && customers.size() < limit) {
        ++number;
        const int person = shopPerson[std::size_t(number - 1)];
        if (person >= 0) {
            customers.append(shopifyCustomer(m_store.world().persons[std::size_t(person)], number));
        }
    }
    VendorReply reply = jsonReply(200, QJsonObject{{QStringLiteral("customers"), customers}});
    if (number < int(shopPerson.size())) {
        const QString next = baseUrl + QStringLiteral("/admin/api/2024-01/customers.json?limit=%1&page_info=%2")
                                           .arg(limit)
                                           .arg(b64(QByteArray::number(number)));
        reply.headers.append({"Link", "<" + next.toUtf8() + ">; rel=\"next\""});
    }
    return reply;
}

VendorReply VendorApi::shopify(const QUrl& url, const QString& baseUrl) const {
    const QUrlQuery q(url);
    const int limit = limitParam(q, "limit", 50, 250);
    FeedPage page;
    quint64 from = 0;
    if (q.hasQueryItem(QStringLiteral("page_info"))) {
        if (q.hasQueryItem(QStringLiteral("updated_at_min"))) {
            return vendorError(400, QStringLiteral("page_info - Invalid value; only limit may go with page_info"));
        }
        bool ok = false;
        from = unb64(q.queryItemValue(QStringLiteral("page_info"))).toULongLong(&ok);
        if (!ok) {
            return shopifyCursorError();
        }
        page = m_store.pageAfterSeq(StreamKind::Orders, from, limit);
    } else if (q.hasQueryItem(QStringLiteral("updated_at_min"))) {
        qint64 ms = 0;
        if (!parseIsoUtc(q.queryItemValue(QStringLiteral("updated_at_min"), QUrl::FullyDecoded), &ms)) {
            return vendorError(400, QStringLiteral("updated_at_min - Invalid value."));
        }
        page = m_store.pageAfterTime(StreamKind::Orders, ms - 1, limit, &from);
    } else {
        page = m_store.pageAfterSeq(StreamKind::Orders, 0, limit);
    }
    QJsonArray orders;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(StreamKind::Orders, r);
        if (index >= 0 && r.value(QStringLiteral("deleted")).toBool()) {
            continue; // Shopify lists do not show deleted orders
        }
        orders.append(index < 0 ? r : shopifyOrder(r, index, m_store.world().orders[std::size_t(index)].shipAddress));
    }
    VendorReply reply = jsonReply(200, QJsonObject{{QStringLiteral("orders"), orders}});
    if (page.hasMore) {
        const QString next = baseUrl + QStringLiteral("/admin/api/2024-01/orders.json?limit=%1&page_info=%2")
                                           .arg(limit)
                                           .arg(b64(QByteArray::number(page.lastSeq)));
        reply.headers.append({"Link", "<" + next.toUtf8() + ">; rel=\"next\""});
    }
    return reply;
}

VendorReply VendorApi::hubspot(const QUrl& url, const QString& baseUrl) const {
    const QUrlQuery q(url);
    const int limit = limitParam(q, "limit", 10, 100);
    bool ok = true;
    const QString afterText = q.queryItemValue(QStringLiteral("after"));
    const quint64 after = afterText.isEmpty() ? 0 : afterText.toULongLong(&ok);
    if (!ok) {
        return hubspotCursorError(afterText);
    }
    // A list shows the live objects, or with archived=true only the archived ones (as HubSpot's does).
    const bool archived = q.queryItemValue(QStringLiteral("archived")) == QLatin1String("true");
    const FeedPage page = m_store.pageAfterSeq(StreamKind::Customers, after, limit);
    QJsonArray results;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(StreamKind::Customers, r);
        if (index >= 0 && r.value(QStringLiteral("deleted")).toBool() != archived) {
            continue;
        }
        results.append(index < 0 ? r : hubspotContact(r, index));
    }
    return jsonReply(200, hubspotPage(results, page, baseUrl + QStringLiteral("/crm/v3/objects/contacts")));
}

VendorReply VendorApi::hubspotTickets(const QUrl& url, const QString& baseUrl) const {
    const QUrlQuery q(url);
    const int limit = limitParam(q, "limit", 10, 100);
    bool ok = true;
    const QString afterText = q.queryItemValue(QStringLiteral("after"));
    const quint64 after = afterText.isEmpty() ? 0 : afterText.toULongLong(&ok);
    if (!ok) {
        return hubspotCursorError(afterText);
    }
    const bool archived = q.queryItemValue(QStringLiteral("archived")) == QLatin1String("true");
    const bool associations =
        q.queryItemValue(QStringLiteral("associations")).split(u',').contains(QStringLiteral("contacts"));
    const FeedPage page = m_store.pageAfterSeq(StreamKind::Tickets, after, limit);
    QJsonArray results;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(StreamKind::Tickets, r);
        if (index >= 0 && r.value(QStringLiteral("deleted")).toBool() != archived) {
            continue;
        }
        results.append(index < 0 ? r
                                 : hubspotTicket(r, index, customerOfRecord(StreamKind::Tickets, index), associations));
    }
    return jsonReply(200, hubspotPage(results, page, baseUrl + QStringLiteral("/crm/v3/objects/tickets")));
}

VendorReply VendorApi::salesforceToken(const QByteArray& body) {
    const QUrlQuery form(QString::fromUtf8(body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials") ||
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != m_token) {
        return VendorReply{
            400,
            compact(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                {QStringLiteral("error_description"), QStringLiteral("invalid client credentials")}}),
            {},
            false};
    }
    const QString session = QStringLiteral("00DC360!session.%1").arg(++m_issued);
    m_sessions.insert(session);
    return VendorReply{
        200,
        compact(QJsonObject{{QStringLiteral("access_token"), session},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("issued_at"), QString::number(QDateTime::currentMSecsSinceEpoch())}}),
        {},
        false};
}

VendorReply VendorApi::salesforceQuery(const QUrl& url, const QString& locator) const {
    static const QList<QPair<QByteArray, SfObject>> objects{
        {"A", SfObject::Account}, {"C", SfObject::Contact}, {"T", SfObject::Case}, {"K", SfObject::Task}};
    SfObject type = SfObject::Contact;
    quint64 from = 0;
    qint64 sinceMs = -1;
    if (locator.isEmpty()) {
        const QString soql = QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        static const QRegularExpression fromRe(QStringLiteral(R"(\bFROM\s+(\w+))"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression sinceRe(QStringLiteral(R"(\bSystemModstamp\s*>\s*(\S+))"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QString object = fromRe.match(soql).captured(1);
        const auto known = std::find_if(objects.cbegin(), objects.cend(), [&](const auto& o) {
            return sfTypeName(o.second).compare(object, Qt::CaseInsensitive) == 0;
        });
        if (known != objects.cend()) {
            type = known->second;
        } else {
            return VendorReply{
                400,
                compact(QJsonObject{
                    {QStringLiteral("errorCode"), QStringLiteral("INVALID_TYPE")},
                    {QStringLiteral("message"), QStringLiteral("sObject type '%1' is not supported.").arg(object)}}),
                {},
                false};
        }
        if (const auto m = sinceRe.match(soql); m.hasMatch() && !parseIsoUtc(m.captured(1), &sinceMs)) {
            return vendorError(400, QStringLiteral("MALFORMED_QUERY: bad SystemModstamp literal"));
        }
    } else {
        const QList<QByteArray> parts = unb64(locator.mid(3)).split('|');
        bool ok = parts.size() == 2 && locator.startsWith(QLatin1String("01g"));
        const auto known =
            ok ? std::find_if(objects.cbegin(), objects.cend(), [&](const auto& o) { return o.first == parts[0]; })
               : objects.cend();
        ok = known != objects.cend();
        if (ok) {
            type = known->second;
            from = parts[1].toULongLong(&ok);
        }
        if (!ok) {
            return vendorError(400, QStringLiteral("INVALID_QUERY_LOCATOR"));
        }
    }
    const StreamKind kind = sfKind(type);
    const FeedPage page = sinceMs >= 0 ? m_store.pageAfterTime(kind, sinceMs, kSalesforceBatch, &from)
                                       : m_store.pageAfterSeq(kind, from, kSalesforceBatch);
    QJsonArray records;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(kind, r);
        const int contact = index < 0 || kind == StreamKind::Customers ? -1 : customerOfRecord(kind, index);
        records.append(index < 0 ? r : salesforceRecord(r, type, index, contact));
    }
    QJsonObject out{{QStringLiteral("totalSize"), records.size()},
                    {QStringLiteral("done"), !page.hasMore},
                    {QStringLiteral("records"), records}};
    if (page.hasMore) {
        const auto letter =
            std::find_if(objects.cbegin(), objects.cend(), [&](const auto& o) { return o.second == type; });
        const QByteArray state = letter->first + '|' + QByteArray::number(page.lastSeq);
        out.insert(QStringLiteral("nextRecordsUrl"),
                   QString(QStringLiteral("/services/data/v59.0/query/01g") + b64(state)));
    }
    return jsonReply(200, out);
}

VendorReply VendorApi::stripe(const QUrl& url, StreamKind kind) const {
    const QUrlQuery q(url);
    const int limit = limitParam(q, "limit", 10, 100);
    quint64 after = 0;
    const QString startingAfter = q.queryItemValue(QStringLiteral("starting_after"));
    if (!startingAfter.isEmpty()) {
        const QString prefix = stripeId(kind, 0).chopped(8);
        bool ok = startingAfter.startsWith(prefix);
        const int index = ok ? startingAfter.mid(prefix.size()).toInt(&ok) - 1 : -1;
        // A cursor object that is gone (a customer deleted since the page that named it) is no cursor.
        if (!ok || index < 0 || index >= m_store.recordCount(kind) ||
            const_cast<SourceStore&>(m_store).meta(kind, index)->deleted) {
            return VendorReply{
                400,
                compact(QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                 {QStringLiteral("code"), QStringLiteral("resource_missing")},
                                                 {QStringLiteral("param"), QStringLiteral("starting_after")},
                                                 {QStringLiteral("message"),
                                                  QStringLiteral("No such %1: '%2'")
                                                      .arg(kind == StreamKind::Customers ? QStringLiteral("customer")
                                                                                         : QStringLiteral("charge"),
                                                           startingAfter)}}}}),
                {},
                false};
        }
        after = const_cast<SourceStore&>(m_store).meta(kind, index)->seq;
    }
    const FeedPage page = m_store.pageAfterSeq(kind, after, limit);
    QJsonArray data;
    for (const QJsonValue& v : std::as_const(page.data)) {
        const QJsonObject r = v.toObject();
        const int index = indexOf(kind, r);
        if (index >= 0 && kind == StreamKind::Customers && r.value(QStringLiteral("deleted")).toBool()) {
            continue; // Stripe lists do not show deleted customers
        }
        const int customer = index < 0 || kind == StreamKind::Customers ? -1 : customerOfRecord(kind, index);
        const qint64 refunded =
            index < 0 || kind != StreamKind::Orders ? 0 : m_store.world().orders[std::size_t(index)].refundedCents;
        data.append(index < 0 ? r : stripeRecord(r, kind, index, customer, refunded));
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                      {QStringLiteral("url"), url.path()},
                                      {QStringLiteral("has_more"), page.hasMore},
                                      {QStringLiteral("data"), data}});
}

QJsonObject VendorApi::sourcesFile(Flavor flavor, const QString& baseUrl, const QString& token) {
    const auto source = [&](const QString& name, const QJsonObject& auth, const QJsonArray& streams) {
        QJsonObject config{{QStringLiteral("start_date"), QStringLiteral("2000-01-01T00:00:00Z")}};
        if (name == QLatin1String("zendesk")) {
            config.insert(QStringLiteral("requests_per_second"), 20);
        }
        return QJsonObject{{QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                                              {QStringLiteral("manifest"), name},
                                                                              {QStringLiteral("base_url"), baseUrl},
                                                                              {QStringLiteral("auth"), auth},
                                                                              {QStringLiteral("config"), config},
                                                                              {QStringLiteral("streams"), streams}}}}};
    };
    const QJsonObject bearer{{QStringLiteral("type"), QStringLiteral("bearer")}, {QStringLiteral("secret"), token}};
    switch (flavor) {
    case Flavor::Reference:
        return {};
    case Flavor::Zendesk:
        // The real export allows 10 requests a minute; this loopback one allows more (config override).
        return source(QStringLiteral("zendesk"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")},
                                  {QStringLiteral("username"), QStringLiteral("agent@example.com/token")},
                                  {QStringLiteral("secret"), token}},
                      QJsonArray{QStringLiteral("tickets"), QStringLiteral("users"), QStringLiteral("comments")});
    case Flavor::Shopify:
        return source(QStringLiteral("shopify"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("api_key")},
                                  {QStringLiteral("header"), QStringLiteral("X-Shopify-Access-Token")},
                                  {QStringLiteral("secret"), token}},
                      QJsonArray{QStringLiteral("customers"), QStringLiteral("orders")});
    case Flavor::Hubspot:
        return source(
            QStringLiteral("hubspot"), bearer,
            QJsonArray{QStringLiteral("contacts"), QStringLiteral("archived_contacts"), QStringLiteral("tickets")});
    case Flavor::Salesforce:
        return source(QStringLiteral("salesforce"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("oauth2_client_credentials")},
                                  {QStringLiteral("token_url"), QStringLiteral("/services/oauth2/token")},
                                  {QStringLiteral("client_id"), QStringLiteral("c360-workstation")},
                                  {QStringLiteral("secret"), token}},
                      QJsonArray{QStringLiteral("accounts"), QStringLiteral("contacts"), QStringLiteral("cases"),
                                 QStringLiteral("tasks")});
    case Flavor::Stripe:
        return source(QStringLiteral("stripe"), bearer,
                      QJsonArray{QStringLiteral("customers"), QStringLiteral("charges")});
    }
    return {};
}

} // namespace c360::backend

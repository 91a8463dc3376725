#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace c360::backend {

// Compact plain structs; JSON is produced on request by RecordWriter.

enum class Country : quint8 { CN, US };

struct Person {
    QString fullName;    // 王伟 / Emily Carter
    QString firstName;   // given name
    QString lastName;    // family name
    QString latinName;   // "Zhang Wei" for Chinese persons, empty otherwise
    QString email;       // canonical lower-case, may be empty
    QString phoneDigits; // national significant number, may be empty
    QString wechatOpenid;
    QString segment;
    QString city;
    Country country = Country::CN;
    qint64 createdMs = 0;
};

struct RecordMeta {
    qint64 updatedMs = 0;
    quint64 seq = 0;
    int person = -1; // index into World::persons
    bool deleted = false;
};

struct FieldChange {
    QString field;
    QString oldValue;
    QString newValue;
    qint64 atMs = 0;
};

struct Customer : RecordMeta {
    QString firstName, lastName, fullName, email, phone, wechatOpenid, segment, city, country;
    bool marketingOptIn = true;
    bool doNotContact = false;      // the customer asked not to be contacted at all
    bool emailUnsubscribed = false; // unsubscribed from e-mail (the marketing platform's opt-out)
    qint64 createdMs = 0;
    std::vector<FieldChange> changes;
};

struct PartyRef {
    QString id; // shop customer id; empty elsewhere
    QString name, email, phone, wechatOpenid;
};

struct OrderLine {
    QString sku, title;
    int quantity = 1;
    qint64 unitPriceCents = 0;
};

struct Order : RecordMeta {
    PartyRef customer;
    qint64 placedMs = 0;
    QString status, currency;
    qint64 totalCents = 0;
    qint64 refundedCents = 0; // refunds accepted by a vendor flavor (Stripe)
    QString shipAddress;      // a shipping address set through a vendor flavor (Shopify); "" = as ordered
    std::vector<OrderLine> lines;
};

struct Return : RecordMeta {
    int order = -1; // index into orders
    PartyRef customer;
    qint64 createdMs = 0;
    qint64 amountCents = 0;
    QString currency, reason, status;
};

// An abandoned checkout: items in a cart, no order (or recovered into one later).
struct Cart : RecordMeta {
    PartyRef customer; // shop customer id when signed in, else a guest's e-mail
    qint64 createdMs = 0;
    QString status, currency; // abandoned | recovered
    qint64 totalCents = 0;
    std::vector<OrderLine> lines;
};

struct Comment {
    int id = 0;
    QString author, body;
    bool isPublic = true;
    qint64 createdMs = 0;
};

struct Satisfaction {
    int score = 0;
    QString comment;
    qint64 ratedMs = 0;
};

struct Ticket : RecordMeta {
    QString subject, status, priority, channel;
    PartyRef requester;
    qint64 createdMs = 0;
    std::vector<Comment> comments;
    std::optional<Satisfaction> satisfaction;
};

struct CampaignEvent : RecordMeta {
    QString email, phone, campaignId, campaignName, type, url;
    qint64 occurredMs = 0;
};

// A survey answer from the marketing platform: NPS (0-10) or CSAT after a call (1-5).
struct Survey : RecordMeta {
    PartyRef respondent;
    QString type; // nps | csat
    int score = 0;
    QString comment;
    qint64 answeredMs = 0;
};

struct Interaction : RecordMeta {
    QString channel, direction, agent, queue, summary;
    PartyRef from;
    qint64 startedMs = 0;
    int durationSeconds = 0;
    int wrapUpSeconds = 0; // after-contact work of the agent
};

struct World {
    std::vector<Person> persons;
    std::vector<Customer> customers;
    std::vector<Order> orders;
    std::vector<Return> returns;
    std::vector<Cart> carts;
    std::vector<Ticket> tickets;
    std::vector<CampaignEvent> events;
    std::vector<Survey> surveys;
    std::vector<Interaction> interactions;
    std::vector<QString> shopCustomerIds; // per person, assigned on first order
    int nextShopCustomer = 1;
    int nextCommentId = 1;
};

} // namespace c360::backend

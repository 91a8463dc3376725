#include "RecordWriter.h"

#include "tools/backend/ScopeFilter.h"
#include "tools/backend/Time.h"

#include <QHash>
#include <QJsonArray>

namespace c360::backend {

namespace {
QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
double money(qint64 cents) {
    return static_cast<double>(cents) / 100.0;
}

QJsonObject shopCustomer(const PartyRef& p) {
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), orNull(p.name)},
                       {QStringLiteral("email"), orNull(p.email)},
                       {QStringLiteral("phone"), orNull(p.phone)}};
}

const RecordMeta& metaOf(const World& world, StreamKind kind, int index) {
    switch (kind) {
    case StreamKind::Customers:
        return world.customers[index];
    case StreamKind::Orders:
        return world.orders[index];
    case StreamKind::Returns:
        return world.returns[index];
    case StreamKind::Carts:
        return world.carts[index];
    case StreamKind::Tickets:
        return world.tickets[index];
    case StreamKind::Events:
        return world.events[index];
    case StreamKind::Surveys:
        return world.surveys[index];
    case StreamKind::Interactions:
        break;
    }
    return world.interactions[index];
}
} // namespace

QJsonObject RecordWriter::write(const World& world, StreamKind kind, int index) {
    const RecordMeta& meta = metaOf(world, kind, index);
    QJsonObject o;
    if (meta.deleted) {
        o.insert(QStringLiteral("deleted"), true);
    } else {
        switch (kind) {
        case StreamKind::Customers:
            o = customer(world.customers[index]);
            break;
        case StreamKind::Orders:
            o = order(world.orders[index]);
            o.insert(QStringLiteral("order_number"), QString::number(100000 + index + 1));
            break;
        case StreamKind::Returns:
            o = returnItem(world.returns[index]);
            break;
        case StreamKind::Tickets:
            o = ticket(world.tickets[index]);
            o.insert(QStringLiteral("number"), QString(u'#' % QString::number(40000 + index + 1)));
            break;
        case StreamKind::Events:
            o = event(world.events[index]);
            break;
        case StreamKind::Carts:
            o = cart(world.carts[index]);
            break;
        case StreamKind::Surveys:
            o = survey(world.surveys[index]);
            break;
        case StreamKind::Interactions:
            o = interaction(world.interactions[index]);
            break;
        }
        o.insert(QStringLiteral("deleted"), false);
    }
    o.insert(QStringLiteral("id"), recordId(kind, index));
    o.insert(QStringLiteral("updated_at"), isoUtc(meta.updatedMs));
    return o;
}

QJsonObject RecordWriter::customer(const Customer& c) {
    QJsonArray changes;
    for (const FieldChange& ch : c.changes) {
        changes.append(QJsonObject{{QStringLiteral("field"), ch.field},
                                   {QStringLiteral("old"), ch.oldValue},
                                   {QStringLiteral("new"), ch.newValue},
                                   {QStringLiteral("at"), isoUtc(ch.atMs)}});
    }
    return QJsonObject{{QStringLiteral("first_name"), c.firstName},
                       {QStringLiteral("last_name"), c.lastName},
                       {QStringLiteral("full_name"), c.fullName},
                       {QStringLiteral("email"), orNull(c.email)},
                       {QStringLiteral("phone"), orNull(c.phone)},
                       {QStringLiteral("wechat_openid"), orNull(c.wechatOpenid)},
                       {QStringLiteral("segment"), c.segment},
                       {QStringLiteral("city"), c.city},
                       {QStringLiteral("country"), c.country},
                       {QStringLiteral("marketing_opt_in"), c.marketingOptIn},
                       {QStringLiteral("email_unsubscribed"), c.emailUnsubscribed},
                       {QStringLiteral("do_not_contact"), c.doNotContact},
                       {QStringLiteral("territory"), territoryOf(c.person)},
                       {QStringLiteral("owner"), ownerOf(c.person)},
                       {QStringLiteral("created_at"), isoUtc(c.createdMs)},
                       {QStringLiteral("changes"), changes}};
}

QJsonObject RecordWriter::order(const Order& o) {
    QJsonArray lines;
    for (const OrderLine& l : o.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), money(l.unitPriceCents)}});
    }
    QJsonObject out{{QStringLiteral("customer"), shopCustomer(o.customer)},
                    {QStringLiteral("placed_at"), isoUtc(o.placedMs)},
                    {QStringLiteral("status"), o.status},
                    {QStringLiteral("currency"), o.currency},
                    {QStringLiteral("total"), money(o.totalCents)},
                    {QStringLiteral("lines"), lines}};
    // Fulfilment dates (derived, no extra randomness): promised three days after the order, shipped
    // the next day; a shipped order older than three days is late.
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    if (o.status != QLatin1String("cancelled")) {
        out.insert(QStringLiteral("promised_at"), isoUtc(o.placedMs + 3 * kDay));
    }
    if (o.status == QLatin1String("shipped") || o.status == QLatin1String("delivered")) {
        out.insert(QStringLiteral("shipped_at"), isoUtc(o.placedMs + kDay));
    }
    if (o.status == QLatin1String("delivered")) {
        out.insert(QStringLiteral("delivered_at"), isoUtc(o.updatedMs));
    }
    return out;
}

QJsonObject RecordWriter::returnItem(const Return& r) {
    return QJsonObject{
        {QStringLiteral("order_id"), recordId(StreamKind::Orders, r.order)},
        {QStringLiteral("order_number"), QString::number(100000 + r.order + 1)},
        {QStringLiteral("customer"), shopCustomer(r.customer)},
        {QStringLiteral("created_at"), isoUtc(r.createdMs)},
        {QStringLiteral("amount"), money(r.amountCents)},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("status"), r.status},
        // The refund: paid when refunded, else due two weeks after the return.
        {QStringLiteral("refund_status"), r.status == QLatin1String("refunded")   ? QStringLiteral("paid")
                                          : r.status == QLatin1String("rejected") ? QStringLiteral("none")
                                                                                  : QStringLiteral("pending")},
        {QStringLiteral("refund_due_at"), r.status == QLatin1String("refunded") || r.status == QLatin1String("rejected")
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(isoUtc(r.createdMs + 14LL * 24 * 3600 * 1000))},
        {QStringLiteral("refunded_at"),
         r.status == QLatin1String("refunded") ? QJsonValue(isoUtc(r.updatedMs)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject RecordWriter::ticket(const Ticket& t) {
    QJsonArray comments;
    for (const Comment& c : t.comments) {
        comments.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("author"), c.author},
                                    {QStringLiteral("public"), c.isPublic},
                                    {QStringLiteral("body"), c.body},
                                    {QStringLiteral("created_at"), isoUtc(c.createdMs)}});
    }
    QJsonValue satisfaction(QJsonValue::Null);
    if (t.satisfaction) {
        satisfaction = QJsonObject{{QStringLiteral("score"), t.satisfaction->score},
                                   {QStringLiteral("comment"), orNull(t.satisfaction->comment)},
                                   {QStringLiteral("rated_at"), isoUtc(t.satisfaction->ratedMs)}};
    }
    const QJsonObject requester{{QStringLiteral("name"), orNull(t.requester.name)},
                                {QStringLiteral("email"), orNull(t.requester.email)},
                                {QStringLiteral("phone"), orNull(t.requester.phone)}};
    // The helpdesk's category of the subject.
    static const QHash<QString, QString> kCategory = {
        {QStringLiteral("Where is my order?"), QStringLiteral("delivery")},
        {QStringLiteral("Refund not received"), QStringLiteral("billing")},
        {QStringLiteral("Wrong size delivered"), QStringLiteral("complaint")},
        {QStringLiteral("Cannot log in to my account"), QStringLiteral("question")},
        {QStringLiteral("Invoice request"), QStringLiteral("question")},
        {QStringLiteral("Damaged item on arrival"), QStringLiteral("complaint")},
        {QStringLiteral("订单还没有发货"), QStringLiteral("delivery")},
        {QStringLiteral("退款什么时候到账？"), QStringLiteral("billing")},
        {QStringLiteral("会员积分没有到账"), QStringLiteral("question")},
        {QStringLiteral("Change delivery address"), QStringLiteral("question")},
    };
    return QJsonObject{{QStringLiteral("subject"), t.subject},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("category"), kCategory.value(t.subject, QStringLiteral("question"))},
                       {QStringLiteral("priority"), t.priority},
                       {QStringLiteral("channel"), t.channel},
                       {QStringLiteral("requester"), requester},
                       {QStringLiteral("created_at"), isoUtc(t.createdMs)},
                       {QStringLiteral("comments"), comments},
                       {QStringLiteral("satisfaction"), satisfaction}};
}

QJsonObject RecordWriter::event(const CampaignEvent& e) {
    QJsonObject o{{QStringLiteral("contact_email"), e.email},
                  {QStringLiteral("campaign_id"), e.campaignId},
                  {QStringLiteral("campaign_name"), e.campaignName},
                  {QStringLiteral("type"), e.type},
                  {QStringLiteral("occurred_at"), isoUtc(e.occurredMs)}};
    if (!e.phone.isEmpty()) {
        o.insert(QStringLiteral("contact_phone"), e.phone);
    }
    if (!e.url.isEmpty()) {
        o.insert(QStringLiteral("url"), e.url);
    }
    return o;
}

QJsonObject RecordWriter::interaction(const Interaction& ix) {
    QJsonObject from;
    if (!ix.from.phone.isEmpty()) {
        from.insert(QStringLiteral("phone"), ix.from.phone);
    }
    if (!ix.from.email.isEmpty()) {
        from.insert(QStringLiteral("email"), ix.from.email);
    }
    if (!ix.from.wechatOpenid.isEmpty()) {
        from.insert(QStringLiteral("wechat_openid"), ix.from.wechatOpenid);
    }
    if (!ix.from.name.isEmpty()) {
        from.insert(QStringLiteral("name"), ix.from.name);
    }
    return QJsonObject{{QStringLiteral("channel"), ix.channel},
                       {QStringLiteral("direction"), ix.direction},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("started_at"), isoUtc(ix.startedMs)},
                       {QStringLiteral("duration_seconds"), ix.durationSeconds},
                       {QStringLiteral("wrap_up_seconds"), ix.wrapUpSeconds},
                       {QStringLiteral("agent"), ix.agent},
                       {QStringLiteral("queue"), ix.queue},
                       {QStringLiteral("summary"), ix.summary}};
}

QJsonObject RecordWriter::cart(const Cart& c) {
    QJsonArray lines;
    for (const OrderLine& l : c.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), money(l.unitPriceCents)}});
    }
    QJsonObject customer = shopCustomer(c.customer);
    if (c.customer.id.isEmpty()) {
        customer.insert(QStringLiteral("id"), QJsonValue(QJsonValue::Null)); // a guest checkout
    }
    return QJsonObject{
        {QStringLiteral("customer"), customer},         {QStringLiteral("created_at"), isoUtc(c.createdMs)},
        {QStringLiteral("status"), c.status},           {QStringLiteral("currency"), c.currency},
        {QStringLiteral("total"), money(c.totalCents)}, {QStringLiteral("lines"), lines}};
}

QJsonObject RecordWriter::survey(const Survey& s) {
    QJsonObject o{{QStringLiteral("survey_type"), s.type},
                  {QStringLiteral("score"), s.score},
                  {QStringLiteral("answered_at"), isoUtc(s.answeredMs)},
                  {QStringLiteral("comment"), orNull(s.comment)}};
    if (!s.respondent.email.isEmpty()) {
        o.insert(QStringLiteral("contact_email"), s.respondent.email);
    }
    if (!s.respondent.phone.isEmpty()) {
        o.insert(QStringLiteral("contact_phone"), s.respondent.phone);
    }
    if (!s.respondent.wechatOpenid.isEmpty()) {
        o.insert(QStringLiteral("contact_wechat_openid"), s.respondent.wechatOpenid);
    }
    return o;
}

} // namespace c360::backend

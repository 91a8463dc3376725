#include "RecordFactory.h"

#include "tools/backend/IdentityNoise.h"
#include "tools/backend/Time.h"

namespace c360::backend {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QString phoneOf(const Person& p, Rng& rng, int phoneForm) {
    return phoneForm >= 0 ? IdentityNoise::phoneForm(p, phoneForm) : IdentityNoise::randomPhone(p, rng);
}
} // namespace

qint64 RecordFactory::randomTimeSince(qint64 fromMs, Rng& rng) const {
    return rng.between(fromMs, m_nowMs > fromMs ? m_nowMs - 1 : fromMs);
}

QString RecordFactory::displayName(const Person& p, Rng& rng) const {
    if (!p.latinName.isEmpty() && rng.chance(0.3)) {
        return p.latinName;
    }
    return p.fullName;
}

PartyRef RecordFactory::party(int person, Rng& rng, int phoneForm, double emailOnly, double phoneOnly) const {
    const Person& p = m_world.persons[person];
    PartyRef ref;
    ref.name = displayName(p, rng);
    const double shape = rng.unit();
    const bool full = phoneForm >= 0;
    const bool wantEmail = full || shape >= emailOnly + phoneOnly || shape < emailOnly;
    const bool wantPhone = full || shape >= emailOnly;
    if (wantEmail || p.phoneDigits.isEmpty()) {
        ref.email = IdentityNoise::noisyEmail(p.email, rng);
    }
    if (wantPhone || p.email.isEmpty()) {
        ref.phone = phoneOf(p, rng, phoneForm);
    }
    return ref;
}

int RecordFactory::addCustomer(int person, Rng& rng, int phoneForm) {
    const Person& p = m_world.persons[person];
    Customer c;
    c.person = person;
    c.firstName = p.firstName;
    c.lastName = p.lastName;
    c.fullName = p.fullName;
    c.email = IdentityNoise::noisyEmail(p.email, rng);
    c.phone = phoneOf(p, rng, phoneForm);
    c.wechatOpenid = p.wechatOpenid;
    c.segment = p.segment;
    c.city = p.city;
    c.country = p.country == Country::CN ? QStringLiteral("CN") : QStringLiteral("US");
    c.createdMs = p.createdMs;
    const int changes = static_cast<int>(rng.between(0, 4));
    qint64 at = c.createdMs;
    const int segmentIndex = static_cast<int>(Catalog::segments().indexOf(p.segment));
    for (int i = 0; i < changes; ++i) {
        at = capped(at + rng.between(kHourMs, 200 * kDayMs));
        FieldChange ch;
        ch.atMs = at;
        const int kind = static_cast<int>(rng.between(0, 2));
        if (kind == 0 && segmentIndex > 0) {
            ch.field = QStringLiteral("segment");
            ch.oldValue = Catalog::segments().at(segmentIndex - 1);
            ch.newValue = p.segment;
        } else if (kind == 1) {
            ch.field = QStringLiteral("city");
            for (const City& city : Catalog::cities()) {
                if (city.chinese == (p.country == Country::CN) && city.name != p.city) {
                    ch.oldValue = city.name;
                    if (rng.chance(0.5)) {
                        break;
                    }
                }
            }
            ch.newValue = p.city;
        } else {
            ch.field = QStringLiteral("marketing_opt_in");
            ch.oldValue = c.marketingOptIn ? QStringLiteral("true") : QStringLiteral("false");
            c.marketingOptIn = !c.marketingOptIn;
            ch.newValue = c.marketingOptIn ? QStringLiteral("true") : QStringLiteral("false");
        }
        c.changes.push_back(ch);
    }
    c.updatedMs = capped(at + rng.between(0, 10 * kDayMs));
    m_world.customers.push_back(std::move(c));
    return static_cast<int>(m_world.customers.size()) - 1;
}

int RecordFactory::addOrder(int person, Rng& rng, int phoneForm) {
    const Person& p = m_world.persons[person];
    QString& shopId = m_world.shopCustomerIds[person];
    if (shopId.isEmpty()) {
        shopId = QStringLiteral("SHOP-C-") % QString::number(m_world.nextShopCustomer++).rightJustified(6, u'0');
    }
    Order o;
    o.person = person;
    o.customer = party(person, rng, phoneForm, 0.0, 0.0);
    o.customer.id = shopId;
    if (phoneForm < 0 && rng.chance(0.2)) {
        o.customer.phone.clear(); // the shop often does not ask for a phone
        if (o.customer.email.isEmpty()) {
            o.customer.email = IdentityNoise::noisyEmail(p.email, rng);
        }
    }
    if (o.customer.email.isEmpty() && o.customer.phone.isEmpty()) {
        o.customer.phone = phoneOf(p, rng, phoneForm);
    }
    o.placedMs = randomTimeSince(p.createdMs, rng);
    o.currency = p.country == Country::CN ? QStringLiteral("CNY") : QStringLiteral("USD");
    const int lines = static_cast<int>(rng.between(1, 4));
    for (int i = 0; i < lines; ++i) {
        const Product& product = rng.pick(Catalog::products());
        OrderLine line{product.sku, product.title, static_cast<int>(rng.between(1, 3)),
                       p.country == Country::CN ? product.priceCny : product.priceUsd};
        o.totalCents += line.unitPriceCents * line.quantity;
        o.lines.push_back(line);
    }
    const qint64 age = m_nowMs - o.placedMs;
    if (rng.chance(0.07)) {
        o.status = QStringLiteral("cancelled");
        o.updatedMs = capped(o.placedMs + rng.between(kHourMs, 2 * kDayMs));
    } else if (age < 2 * kDayMs) {
        o.status = QStringLiteral("paid");
        o.updatedMs = o.placedMs + rng.between(1000, 60000);
    } else if (age < 5 * kDayMs) {
        o.status = QStringLiteral("shipped");
        o.updatedMs = capped(o.placedMs + rng.between(kDayMs, 2 * kDayMs));
    } else {
        o.status = QStringLiteral("delivered");
        o.updatedMs = capped(o.placedMs + rng.between(3 * kDayMs, 5 * kDayMs));
    }
    m_world.orders.push_back(std::move(o));
    return static_cast<int>(m_world.orders.size()) - 1;
}

int RecordFactory::addReturn(int order, Rng& rng) {
    const Order& o = m_world.orders[order];
    Return r;
    r.person = o.person;
    r.order = order;
    r.customer = o.customer;
    r.createdMs = capped(o.placedMs + rng.between(3 * kDayMs, 20 * kDayMs));
    const OrderLine& line = o.lines[rng.index(static_cast<qsizetype>(o.lines.size()))];
    r.amountCents = line.unitPriceCents * line.quantity;
    r.currency = o.currency;
    r.reason = rng.pick(Catalog::returnReasons());
    static const QString kStatus[] = {QStringLiteral("requested"), QStringLiteral("approved"),
                                      QStringLiteral("refunded"), QStringLiteral("rejected")};
    r.status = m_nowMs - r.createdMs < 2 * kDayMs ? kStatus[0] : kStatus[rng.between(1, 3)];
    if (r.status == kStatus[1] && m_nowMs - r.createdMs > 21 * kDayMs) {
        r.status = kStatus[2]; // an approved return is refunded within three weeks (two weeks due + slack)
    }
    r.updatedMs = capped(r.createdMs + rng.between(0, 5 * kDayMs));
    m_world.returns.push_back(std::move(r));
    return static_cast<int>(m_world.returns.size()) - 1;
}

int RecordFactory::addTicket(int person, Rng& rng, int phoneForm) {
    const Person& p = m_world.persons[person];
    Ticket t;
    t.person = person;
    t.requester = party(person, rng, phoneForm, 0.3, 0.2);
    t.subject = rng.pick(Catalog::ticketSubjects());
    static const QString kPriority[] = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                        QStringLiteral("urgent")};
    t.priority = kPriority[rng.chance(0.6) ? 1 : rng.between(0, 3)];
    static const QString kChannel[] = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("web"),
                                       QStringLiteral("wechat")};
    t.channel = kChannel[rng.between(0, p.wechatOpenid.isEmpty() ? 2 : 3)];
    t.createdMs = randomTimeSince(p.createdMs, rng);
    static const QString kOpen[] = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending")};
    static const QString kDone[] = {QStringLiteral("solved"), QStringLiteral("closed")};
    const bool open = rng.chance(0.2);
    t.status = open ? kOpen[rng.between(0, 2)] : kDone[rng.between(0, 1)];
    const int comments = static_cast<int>(rng.between(1, 5));
    qint64 at = t.createdMs;
    for (int i = 0; i < comments; ++i) {
        Comment c;
        c.id = m_world.nextCommentId++;
        c.createdMs = at;
        c.author = i % 2 == 0 ? t.requester.name : rng.pick(Catalog::agents());
        c.body = i == 0 ? t.subject : rng.pick(Catalog::commentBodies());
        c.isPublic = i == 0 || rng.chance(0.8);
        t.comments.push_back(c);
        at = capped(at + rng.between(10 * 60000, 30 * kHourMs));
    }
    t.updatedMs = t.comments.back().createdMs;
    if (!open && rng.chance(0.4)) {
        Satisfaction s;
        s.score = static_cast<int>(rng.chance(0.7) ? rng.between(4, 5) : rng.between(1, 3));
        s.comment = rng.pick(Catalog::csatComments());
        s.ratedMs = capped(t.updatedMs + rng.between(kHourMs, 2 * kDayMs));
        t.updatedMs = s.ratedMs;
        t.satisfaction = s;
    }
    m_world.tickets.push_back(std::move(t));
    return static_cast<int>(m_world.tickets.size()) - 1;
}

void RecordFactory::addCampaignEvents(int person, const Campaign& campaign, Rng& rng, int phoneForm) {
    const Person& p = m_world.persons[person];
    qint64 at = randomTimeSince(p.createdMs, rng);
    addEvent(person, campaign, QStringLiteral("sent"), at, rng, phoneForm);
    if (!rng.chance(0.5)) {
        return;
    }
    at = capped(at + rng.between(60000, 2 * kDayMs));
    addEvent(person, campaign, QStringLiteral("open"), at, rng, phoneForm);
    if (rng.chance(0.05)) {
        addEvent(person, campaign, QStringLiteral("unsubscribe"), capped(at + 30000), rng, phoneForm);
        return;
    }
    if (!rng.chance(0.4)) {
        return;
    }
    at = capped(at + rng.between(5000, 600000));
    addEvent(person, campaign, QStringLiteral("click"), at, rng, phoneForm);
    if (rng.chance(0.3)) {
        addEvent(person, campaign, QStringLiteral("convert"), capped(at + rng.between(60000, kDayMs)), rng, phoneForm);
    }
}

int RecordFactory::addEvent(int person, const Campaign& campaign, const QString& type, qint64 atMs, Rng& rng,
                            int phoneForm) {
    const Person& p = m_world.persons[person];
    CampaignEvent e;
    e.person = person;
    e.email = IdentityNoise::noisyEmail(p.email, rng);
    if (phoneForm >= 0 || rng.chance(0.1)) {
        e.phone = phoneOf(p, rng, phoneForm);
    }
    e.campaignId = campaign.id;
    e.campaignName = campaign.name;
    e.type = type;
    if (type == QLatin1String("click")) {
        e.url = campaign.url;
    }
    e.occurredMs = atMs;
    e.updatedMs = atMs;
    m_world.events.push_back(std::move(e));
    return static_cast<int>(m_world.events.size()) - 1;
}

int RecordFactory::addInteraction(int person, Rng& rng, int phoneForm) {
    const Person& p = m_world.persons[person];
    Interaction ix;
    ix.person = person;
    static const QString kChannel[] = {QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("wechat")};
    int channel = static_cast<int>(rng.between(0, p.wechatOpenid.isEmpty() ? 1 : 2));
    if (channel == 0 && p.phoneDigits.isEmpty()) {
        channel = 1;
    }
    if (channel == 1 && p.email.isEmpty()) {
        channel = 0;
    }
    ix.channel = kChannel[channel];
    ix.direction = rng.chance(0.75) ? QStringLiteral("inbound") : QStringLiteral("outbound");
    if (channel == 0 || phoneForm >= 0) {
        ix.from.phone = phoneOf(p, rng, phoneForm);
    }
    if (channel == 1 || phoneForm >= 0) {
        ix.from.email = IdentityNoise::noisyEmail(p.email, rng);
    }
    if (channel == 2) {
        ix.from.wechatOpenid = p.wechatOpenid;
    }
    if (phoneForm >= 0 || rng.chance(0.5)) {
        ix.from.name = displayName(p, rng);
    }
    ix.startedMs = randomTimeSince(p.createdMs, rng);
    ix.durationSeconds = static_cast<int>(rng.between(30, 1800));
    ix.agent = rng.pick(Catalog::agents());
    static const QString kQueue[] = {QStringLiteral("billing"), QStringLiteral("delivery"), QStringLiteral("returns"),
                                     QStringLiteral("sales")};
    ix.queue = kQueue[rng.between(0, 3)];
    ix.summary = rng.pick(Catalog::interactionSummaries());
    // After-contact work: 15 s to 2 min 15 s, a minute more on returns. Derived from what was drawn, not drawn
    // itself, so that every later record of a seed stays what it was.
    ix.wrapUpSeconds = 15 + static_cast<int>((ix.durationSeconds * 37LL + ix.startedMs / 1000) % 121) +
                       (ix.queue == QLatin1String("returns") ? 60 : 0);
    ix.updatedMs = capped(ix.startedMs + ix.durationSeconds * 1000LL);
    m_world.interactions.push_back(std::move(ix));
    return static_cast<int>(m_world.interactions.size()) - 1;
}

int RecordFactory::addCart(int person, Rng& rng) {
    const Person& p = m_world.persons[person];
    Cart c;
    c.person = person;
    c.customer = party(person, rng, -1, 1.0, 0.0); // a checkout asks for the e-mail
    if (c.customer.email.isEmpty()) {
        c.customer.phone = phoneOf(p, rng, -1);
    }
    c.customer.id = m_world.shopCustomerIds[person]; // empty: a guest checkout
    const qint64 from = std::max(p.createdMs, m_nowMs - 60 * kDayMs);
    c.createdMs = randomTimeSince(from, rng);
    c.currency = p.country == Country::CN ? QStringLiteral("CNY") : QStringLiteral("USD");
    const int lines = static_cast<int>(rng.between(1, 3));
    for (int i = 0; i < lines; ++i) {
        const Product& product = rng.pick(Catalog::products());
        OrderLine line{product.sku, product.title, static_cast<int>(rng.between(1, 2)),
                       p.country == Country::CN ? product.priceCny : product.priceUsd};
        c.totalCents += line.unitPriceCents * line.quantity;
        c.lines.push_back(line);
    }
    const bool recovered = rng.chance(0.25);
    c.status = recovered ? QStringLiteral("recovered") : QStringLiteral("abandoned");
    c.updatedMs = recovered ? capped(c.createdMs + rng.between(kHourMs, 3 * kDayMs)) : c.createdMs;
    m_world.carts.push_back(std::move(c));
    return static_cast<int>(m_world.carts.size()) - 1;
}

int RecordFactory::addNpsSurvey(int person, bool unhappy, Rng& rng) {
    const Person& p = m_world.persons[person];
    Survey s;
    s.person = person;
    s.respondent = party(person, rng, -1, 1.0, 0.0); // survey tools send to the e-mail address
    if (s.respondent.email.isEmpty()) {
        s.respondent.phone = phoneOf(p, rng, -1); // else an SMS survey
    }
    s.type = QStringLiteral("nps");
    // Unhappy customers are mostly detractors (0-6); the rest mostly promoters (9-10).
    const double shape = rng.unit();
    if (unhappy) {
        s.score = static_cast<int>(shape < 0.65 ? rng.between(0, 6) : rng.between(7, 8));
    } else {
        s.score = static_cast<int>(shape < 0.55  ? rng.between(9, 10)
                                   : shape < 0.9 ? rng.between(7, 8)
                                                 : rng.between(3, 6));
    }
    s.comment = s.score <= 6 ? rng.pick(Catalog::csatComments()) : QString();
    s.answeredMs = randomTimeSince(p.createdMs, rng);
    s.updatedMs = s.answeredMs;
    m_world.surveys.push_back(std::move(s));
    return static_cast<int>(m_world.surveys.size()) - 1;
}

int RecordFactory::addCsatSurvey(int interaction, Rng& rng) {
    const Interaction& ix = m_world.interactions[interaction];
    Survey s;
    s.person = ix.person;
    s.respondent = ix.from;
    s.type = QStringLiteral("csat");
    s.score = static_cast<int>(rng.chance(0.75) ? rng.between(4, 5) : rng.between(1, 3));
    s.comment = rng.pick(Catalog::csatComments());
    s.answeredMs = capped(ix.startedMs + ix.durationSeconds * 1000LL + rng.between(60000, 6 * kHourMs));
    s.updatedMs = s.answeredMs;
    m_world.surveys.push_back(std::move(s));
    return static_cast<int>(m_world.surveys.size()) - 1;
}

} // namespace c360::backend

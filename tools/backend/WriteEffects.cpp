#include "tools/backend/WriteEffects.h"

#include "tools/backend/Catalog.h"
#include "tools/backend/SourceStore.h"

namespace c360::backend::writeeffects {

int addTicket(SourceStore& store, const QString& subject, const QString& email, const QString& name,
              const QString& body, qint64 nowMs) {
    World& w = store.world();
    Ticket t;
    const QString wanted = email.trimmed().toLower();
    for (std::size_t p = 0; p < w.persons.size() && !wanted.isEmpty(); ++p) {
        if (w.persons[p].email == wanted) {
            t.person = int(p);
            break;
        }
    }
    t.subject = subject;
    t.status = QStringLiteral("new");
    t.priority = QStringLiteral("normal");
    t.channel = QStringLiteral("api");
    t.requester.email = wanted;
    t.requester.name = t.person >= 0 ? w.persons[std::size_t(t.person)].fullName : name;
    t.createdMs = nowMs;
    Comment c;
    c.id = w.nextCommentId++;
    c.author = kAuthor;
    c.body = body;
    c.isPublic = true;
    c.createdMs = nowMs;
    t.comments.push_back(c);
    w.tickets.push_back(std::move(t));
    const int index = int(w.tickets.size()) - 1;
    store.touch(StreamKind::Tickets, index, nowMs);
    return index;
}

int addCustomer(SourceStore& store, const QString& name, const QString& email, const QString& phone,
                const QString& city, const QString& country, qint64 nowMs) {
    World& w = store.world();
    Person p;
    p.fullName = name.simplified();
    const qsizetype space = p.fullName.lastIndexOf(QLatin1Char(' '));
    p.firstName = space > 0 ? p.fullName.left(space) : p.fullName;
    p.lastName = space > 0 ? p.fullName.mid(space + 1) : QString();
    p.email = email.trimmed().toLower();
    p.city = city.trimmed();
    p.country = country == QLatin1String("US") || phone.startsWith(QLatin1String("+1")) ? Country::US : Country::CN;
    p.phoneDigits = phone;
    p.phoneDigits.remove(QLatin1Char('+'));
    p.segment = Catalog::segments().constFirst(); // a new customer starts in the first tier
    p.createdMs = nowMs;
    w.persons.push_back(p);
    w.shopCustomerIds.emplace_back();
    Customer c;
    c.person = int(w.persons.size()) - 1;
    c.firstName = p.firstName;
    c.lastName = p.lastName;
    c.fullName = p.fullName;
    c.email = p.email;
    c.phone = phone;
    c.segment = p.segment;
    c.city = p.city;
    c.country = p.country == Country::US ? QStringLiteral("US") : QStringLiteral("CN");
    c.createdMs = nowMs;
    w.customers.push_back(std::move(c));
    const int index = int(w.customers.size()) - 1;
    store.touch(StreamKind::Customers, index, nowMs);
    return index;
}

int addComment(SourceStore& store, int index, const QString& body, bool isPublic, qint64 nowMs) {
    World& w = store.world();
    store.touch(StreamKind::Tickets, index, nowMs);
    Comment c;
    c.id = w.nextCommentId++;
    c.author = kAuthor;
    c.body = body;
    c.isPublic = isPublic;
    c.createdMs = store.meta(StreamKind::Tickets, index)->updatedMs;
    w.tickets[std::size_t(index)].comments.push_back(c);
    return c.id;
}

bool updateTicket(SourceStore& store, int index, const QString& status, const QString& priority, qint64 nowMs) {
    Ticket& t = store.world().tickets[std::size_t(index)];
    if (t.status == status && t.priority == priority) {
        return false;
    }
    t.status = status;
    t.priority = priority;
    store.touch(StreamKind::Tickets, index, nowMs);
    return true;
}

void cancelOrder(SourceStore& store, int index, qint64 nowMs) {
    store.world().orders[std::size_t(index)].status = QStringLiteral("cancelled");
    store.touch(StreamKind::Orders, index, nowMs);
}

void changeAddress(SourceStore& store, int index, const QString& address, qint64 nowMs) {
    Order& o = store.world().orders[std::size_t(index)];
    if (o.shipAddress == address) {
        return; // the same address again changes nothing, not even updated_at
    }
    o.shipAddress = address;
    store.touch(StreamKind::Orders, index, nowMs);
}

void refund(SourceStore& store, int index, qint64 cents, qint64 nowMs) {
    store.world().orders[std::size_t(index)].refundedCents += cents;
    store.touch(StreamKind::Orders, index, nowMs);
}

} // namespace c360::backend::writeeffects

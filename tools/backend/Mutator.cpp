#include "Mutator.h"

#include "tools/backend/Catalog.h"
#include "tools/backend/RecordFactory.h"
#include "tools/backend/SourceStore.h"

namespace c360::backend {

namespace {
QString boolText(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

Mutator::Mutator(SourceStore& store, quint64 seed)
    : m_store(store)
    , m_rng(seed ^ 0xC360C360C360ULL) {}

Mutator::~Mutator() = default;

MutationResult Mutator::apply(StreamKind kind, const QString& op, const QString& id, qint64 nowMs) {
    MutationResult result;
    if (op == QLatin1String("create")) {
        result.index = create(kind, nowMs);
        return result;
    }
    if (op != QLatin1String("update") && op != QLatin1String("delete")) {
        return {400, QStringLiteral("op must be create, update or delete"), -1};
    }
    const int index = recordIndex(kind, id);
    RecordMeta* meta = m_store.meta(kind, index);
    if (!meta) {
        return {404, QStringLiteral("no record with id ") % id, -1};
    }
    if (meta->deleted) {
        return {409, QStringLiteral("record is deleted: ") % id, -1};
    }
    if (op == QLatin1String("delete")) {
        meta->deleted = true;
        m_store.touch(kind, index, nowMs);
    } else {
        update(kind, index, nowMs);
    }
    result.index = index;
    return result;
}

void Mutator::update(StreamKind kind, int index, qint64 nowMs) {
    World& w = m_store.world();
    m_store.touch(kind, index, nowMs); // assigns the new updated_at first
    const qint64 at = m_store.meta(kind, index)->updatedMs;
    switch (kind) {
    case StreamKind::Customers: {
        Customer& c = w.customers[index];
        FieldChange ch;
        ch.atMs = at;
        const int what = static_cast<int>(m_rng.between(0, 2));
        if (what == 0) {
            const QStringList& segments = Catalog::segments();
            const qsizetype current = segments.indexOf(c.segment);
            ch.field = QStringLiteral("segment");
            ch.oldValue = c.segment;
            c.segment = segments.at(current + 1 < segments.size() ? current + 1 : current - 1);
            ch.newValue = c.segment;
        } else if (what == 1) {
            ch.field = QStringLiteral("city");
            ch.oldValue = c.city;
            const bool chinese = c.country == QLatin1String("CN");
            do {
                const City& city = m_rng.pick(Catalog::cities());
                if (city.chinese == chinese) {
                    c.city = city.name;
                }
            } while (c.city == ch.oldValue);
            ch.newValue = c.city;
        } else {
            ch.field = QStringLiteral("marketing_opt_in");
            ch.oldValue = boolText(c.marketingOptIn);
            c.marketingOptIn = !c.marketingOptIn;
            ch.newValue = boolText(c.marketingOptIn);
        }
        c.changes.push_back(ch);
        break;
    }
    case StreamKind::Orders: {
        Order& o = w.orders[index];
        if (o.status == QLatin1String("paid")) {
            o.status = QStringLiteral("shipped");
        } else if (o.status == QLatin1String("shipped")) {
            o.status = QStringLiteral("delivered");
        }
        break;
    }
    case StreamKind::Returns: {
        Return& r = w.returns[index];
        if (r.status == QLatin1String("requested")) {
            r.status = QStringLiteral("approved");
        } else if (r.status == QLatin1String("approved")) {
            r.status = QStringLiteral("refunded");
        }
        break;
    }
    case StreamKind::Tickets: {
        Ticket& t = w.tickets[index];
        static const QStringList kFlow{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"),
                                       QStringLiteral("solved"), QStringLiteral("closed")};
        const qsizetype pos = kFlow.indexOf(t.status);
        if (pos >= 0 && pos + 1 < kFlow.size()) {
            t.status = kFlow.at(pos + 1);
        }
        Comment c;
        c.id = w.nextCommentId++;
        c.author = m_rng.pick(Catalog::agents());
        c.body = m_rng.pick(Catalog::commentBodies());
        c.createdMs = at;
        t.comments.push_back(c);
        break;
    }
    case StreamKind::Events:
    case StreamKind::Surveys:
        break; // events and answers are facts; an update only re-delivers them
    case StreamKind::Carts: {
        Cart& c = w.carts[index];
        if (c.status == QLatin1String("abandoned")) {
            c.status = QStringLiteral("recovered");
        }
        break;
    }
    case StreamKind::Interactions: {
        Interaction& ix = w.interactions[index];
        ix.summary = m_rng.pick(Catalog::interactionSummaries());
        break;
    }
    }
}

int Mutator::randomPerson(bool needEmail) {
    const auto& persons = m_store.world().persons;
    for (;;) {
        const int p = m_rng.index(static_cast<qsizetype>(persons.size()));
        if (!needEmail || !persons[p].email.isEmpty()) {
            return p;
        }
    }
}

int Mutator::create(StreamKind kind, qint64 nowMs) {
    World& w = m_store.world();
    RecordFactory factory(w, nowMs);
    int index = -1;
    switch (kind) {
    case StreamKind::Customers: {
        if (!m_persons) {
            m_persons = std::make_unique<PersonFactory>(nowMs);
            for (const Person& p : w.persons) {
                m_persons->reserve(p);
            }
        }
        Person p = m_persons->make(m_rng);
        p.createdMs = nowMs;
        w.persons.push_back(std::move(p));
        w.shopCustomerIds.emplace_back();
        index = factory.addCustomer(static_cast<int>(w.persons.size()) - 1, m_rng);
        w.customers[index].changes.clear();
        break;
    }
    case StreamKind::Orders:
        index = factory.addOrder(randomPerson(false), m_rng);
        break;
    case StreamKind::Returns:
        index = factory.addReturn(m_rng.index(static_cast<qsizetype>(w.orders.size())), m_rng);
        break;
    case StreamKind::Tickets:
        index = factory.addTicket(randomPerson(false), m_rng);
        break;
    case StreamKind::Events:
        index = factory.addEvent(randomPerson(true), m_rng.pick(Catalog::campaigns()), QStringLiteral("sent"), nowMs,
                                 m_rng);
        break;
    case StreamKind::Interactions:
        index = factory.addInteraction(randomPerson(false), m_rng);
        break;
    case StreamKind::Carts:
        index = factory.addCart(randomPerson(true), m_rng);
        break;
    case StreamKind::Surveys:
        index = factory.addNpsSurvey(randomPerson(true), false, m_rng);
        break;
    }
    m_store.touch(kind, index, nowMs);
    return index;
}

void Mutator::churnOnce(qint64 nowMs) {
    const StreamKind kind = kStreams[static_cast<std::size_t>(m_rng.between(0, kStreams.size() - 1))].kind;
    const double r = m_rng.unit();
    const int n = m_store.recordCount(kind);
    if (r < 0.1 || n == 0) {
        create(kind, nowMs);
        return;
    }
    const int index = m_rng.index(n);
    RecordMeta* meta = m_store.meta(kind, index);
    if (meta->deleted) {
        return;
    }
    if (r < 0.2) {
        meta->deleted = true;
        m_store.touch(kind, index, nowMs);
    } else {
        update(kind, index, nowMs);
    }
}

} // namespace c360::backend

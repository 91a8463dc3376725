#include "WorldGenerator.h"

#include "tools/backend/Catalog.h"
#include "tools/backend/PersonFactory.h"
#include "tools/backend/RecordFactory.h"
#include "tools/backend/Time.h"

namespace c360::backend {

namespace {
// Person #1 (CRM-000001) writes its phone differently in each system.
enum PersonOneForm { CrmForm = 0, ShopForm = 1, HelpdeskForm = 2, MarketingForm = 3, ContactForm = 4 };

template <typename T> void markDeleted(std::vector<T>& records, Rng& rng, qint64 nowMs) {
    for (T& r : records) {
        if (r.person != 0 && rng.chance(0.01)) {
            r.deleted = true;
            r.updatedMs = std::min(nowMs, r.updatedMs + rng.between(kDayMs, 30 * kDayMs));
        }
    }
}
} // namespace

World WorldGenerator::generate() const {
    World world;
    const qint64 now = m_options.nowMs;
    const int n = std::max(1, m_options.customers);
    // One engine per stream so that one option (e.g. heavy events) does not shift the others.
    auto rngFor = [this](quint64 stream) { return Rng(m_options.seed * 0x9E3779B97F4A7C15ULL + stream); };

    Rng personRng = rngFor(1);
    PersonFactory persons(now);
    world.persons.reserve(n);
    for (int i = 0; i < n; ++i) {
        world.persons.push_back(persons.make(personRng, i == 0));
    }
    world.shopCustomerIds.resize(n);
    RecordFactory factory(world, now);

    Rng crmRng = rngFor(2);
    world.customers.reserve(static_cast<std::size_t>(n * 0.93) + 1);
    for (int i = 0; i < n; ++i) {
        if (i == 0 || crmRng.chance(0.92)) {
            factory.addCustomer(i, crmRng, i == 0 ? CrmForm : -1);
        }
    }

    Rng shopRng = rngFor(3);
    world.orders.reserve(static_cast<std::size_t>(n) * 3 + 8);
    for (int i = 0; i < n; ++i) {
        const int count = i == 0 ? 3 : (shopRng.chance(0.15) ? 0 : static_cast<int>(shopRng.between(1, 6)));
        for (int k = 0; k < count; ++k) {
            factory.addOrder(i, shopRng, i == 0 ? ShopForm : -1);
        }
    }
    for (int o = 0; o < static_cast<int>(world.orders.size()); ++o) {
        const Order& order = world.orders[o];
        const bool eligible = order.status == QLatin1String("delivered");
        if (eligible && ((order.person == 0 && world.returns.empty()) || shopRng.chance(0.095))) {
            factory.addReturn(o, shopRng);
        }
    }

    Rng helpdeskRng = rngFor(4);
    for (int i = 0; i < n; ++i) {
        const int count = i == 0 ? 2 : static_cast<int>(helpdeskRng.between(0, 3));
        for (int k = 0; k < count; ++k) {
            factory.addTicket(i, helpdeskRng, i == 0 ? HelpdeskForm : -1);
        }
    }

    Rng marketingRng = rngFor(5);
    const auto& campaigns = Catalog::campaigns();
    for (int i = 0; i < n; ++i) {
        if (world.persons[i].email.isEmpty()) {
            continue; // marketing knows people by email only
        }
        const int count = static_cast<int>(marketingRng.between(2, 8));
        for (int k = 0; k < count; ++k) {
            factory.addCampaignEvents(i, marketingRng.pick(campaigns), marketingRng, i == 0 ? MarketingForm : -1);
        }
    }
    Rng heavyRng = rngFor(6);
    static const QString kHeavyTypes[] = {QStringLiteral("sent"), QStringLiteral("open"), QStringLiteral("click")};
    for (int k = 0; k < m_options.heavyEvents; ++k) {
        const qint64 at = heavyRng.between(world.persons[0].createdMs, now - 1);
        factory.addEvent(0, heavyRng.pick(campaigns), kHeavyTypes[heavyRng.between(0, 2)], at, heavyRng, MarketingForm);
    }

    Rng contactRng = rngFor(7);
    for (int i = 0; i < n; ++i) {
        const int count = i == 0 ? 2 : static_cast<int>(contactRng.between(0, 6));
        for (int k = 0; k < count; ++k) {
            factory.addInteraction(i, contactRng, i == 0 ? ContactForm : -1);
        }
    }

    // Streams added later draw from engines of their own, so older streams keep their records.
    Rng cartRng = rngFor(9);
    for (int i = 1; i < n; ++i) {
        if (cartRng.chance(0.12)) {
            factory.addCart(i, cartRng);
        }
    }
    // A person with a return or a poor rating is an unhappy one; NPS answers lean on that.
    std::vector<char> unhappy(static_cast<std::size_t>(n), 0);
    for (const Return& r : world.returns) {
        unhappy[static_cast<std::size_t>(r.person)] = 1;
    }
    for (const Ticket& t : world.tickets) {
        if (t.satisfaction && t.satisfaction->score <= 2) {
            unhappy[static_cast<std::size_t>(t.person)] = 1;
        }
    }
    Rng surveyRng = rngFor(10);
    for (int i = 1; i < n; ++i) {
        const int count = surveyRng.chance(0.3) ? static_cast<int>(surveyRng.between(1, 2)) : 0;
        for (int k = 0; k < count; ++k) {
            factory.addNpsSurvey(i, unhappy[static_cast<std::size_t>(i)] != 0, surveyRng);
        }
    }
    const int interactions = static_cast<int>(world.interactions.size());
    for (int x = 0; x < interactions; ++x) {
        if (world.interactions[x].person != 0 && world.interactions[x].channel == QLatin1String("call") &&
            surveyRng.chance(0.15)) {
            factory.addCsatSurvey(x, surveyRng);
        }
    }
    // Consent kept by the CRM: an unsubscribe in the marketing platform, a do-not-contact request.
    std::vector<char> unsubscribed(static_cast<std::size_t>(n), 0);
    for (const CampaignEvent& e : world.events) {
        if (e.type == QLatin1String("unsubscribe")) {
            unsubscribed[static_cast<std::size_t>(e.person)] = 1;
        }
    }
    Rng consentRng = rngFor(11);
    for (Customer& c : world.customers) {
        if (c.person == 0) {
            continue;
        }
        c.emailUnsubscribed = unsubscribed[static_cast<std::size_t>(c.person)] != 0;
        c.doNotContact = consentRng.chance(0.02);
    }

    Rng deleteRng = rngFor(8);
    markDeleted(world.customers, deleteRng, now);
    markDeleted(world.orders, deleteRng, now);
    markDeleted(world.returns, deleteRng, now);
    markDeleted(world.tickets, deleteRng, now);
    markDeleted(world.events, deleteRng, now);
    markDeleted(world.interactions, deleteRng, now);
    Rng laterDeleteRng = rngFor(12);
    markDeleted(world.carts, laterDeleteRng, now);
    markDeleted(world.surveys, laterDeleteRng, now);
    return world;
}

} // namespace c360::backend

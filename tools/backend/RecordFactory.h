#pragma once

#include "tools/backend/Catalog.h"
#include "tools/backend/Records.h"
#include "tools/backend/Rng.h"

namespace c360::backend {

// Makes one source record for a person and appends it to the world. A phoneForm >= 0 forces that
// written phone form and always includes both email and phone (used for person #1); -1 = random.
class RecordFactory final {
public:
    RecordFactory(World& world, qint64 nowMs)
        : m_world(world)
        , m_nowMs(nowMs) {}

    int addCustomer(int person, Rng& rng, int phoneForm = -1);
    int addOrder(int person, Rng& rng, int phoneForm = -1);
    int addReturn(int order, Rng& rng);
    int addTicket(int person, Rng& rng, int phoneForm = -1);
    // A realistic funnel for one campaign: sent, maybe open, click, convert, unsubscribe.
    void addCampaignEvents(int person, const Campaign& campaign, Rng& rng, int phoneForm = -1);
    int addEvent(int person, const Campaign& campaign, const QString& type, qint64 atMs, Rng& rng, int phoneForm = -1);
    int addInteraction(int person, Rng& rng, int phoneForm = -1);
    // An abandoned checkout in the last 60 days (recovered into an order in some cases).
    int addCart(int person, Rng& rng);
    // An NPS answer (0-10); unhappy = the person has had a reason to be (a return, a poor rating).
    int addNpsSurvey(int person, bool unhappy, Rng& rng);
    // A CSAT answer (1-5) shortly after a contact-center interaction.
    int addCsatSurvey(int interaction, Rng& rng);

    qint64 now() const { return m_nowMs; }
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

private:
    qint64 randomTimeSince(qint64 fromMs, Rng& rng) const;
    qint64 capped(qint64 ms) const { return ms < m_nowMs ? ms : m_nowMs; }
    PartyRef party(int person, Rng& rng, int phoneForm, double emailOnly, double phoneOnly) const;
    QString displayName(const Person& p, Rng& rng) const;

    World& m_world;
    qint64 m_nowMs;
};

} // namespace c360::backend

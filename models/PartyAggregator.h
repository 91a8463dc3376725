#pragma once

#include "models/ReportFacts.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360 {

// Recomputes the golden record, the aggregates and the search row (party_fts) of parties whose
// links changed; removes a party that has no linked record left. Reads the party's distinct keys
// (party_key, kept by IdentityLinker), its links of one entity through party_link(party_id, entity),
// and one probe of timeline_event(party_id, ...): the cost does not grow with the number of the
// party's marketing events or interactions. The search row is rewritten only when it changed.
class PartyAggregator {
    Q_DECLARE_TR_FUNCTIONS(c360::PartyAggregator)

public:
    explicit PartyAggregator(QSqlDatabase db);
    Status prepare();
    // Returns how many parties still exist among `parties` after the recomputation.
    Result<int> recompute(const QSet<qint64>& parties, qint64 nowMs);

private:
    Status recomputeOne(qint64 partyId, qint64 nowMs);
    Status removeParty(qint64 partyId);
    Status run(QSqlQuery& q, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QSqlQuery m_anyLink, m_keys, m_customer, m_crmKeys, m_orders, m_currency, m_returns, m_openTickets, m_lastContact,
        m_update, m_currentFts, m_deleteFts, m_insertFts, m_deleteEvents, m_deleteKeys, m_sourceOf, m_setField,
        m_deleteFields, m_deleteParty;
    ReportFacts m_facts; // the dashboards' contact facts and stage history of the same customers
};

} // namespace c360

#pragma once

#include "models/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360 {

// Recomputes the golden record, the aggregates and the search row (party_fts) of parties whose
// links changed; removes a party that has no linked record left. Reads only the party's own rows
// through indexes (party_link(party_id), primary keys, timeline_event(party_id, ...)).
class PartyAggregator {
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
    QSqlQuery m_anyLink, m_keys, m_customer, m_orders, m_returns, m_openTickets, m_lastContact, m_update, m_deleteFts,
        m_insertFts, m_deleteEvents, m_deleteParty;
};

} // namespace c360

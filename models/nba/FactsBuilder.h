#pragma once

#include "models/Result.h"
#include "models/nba/FactDerivation.h"
#include "models/nba/Facts.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360::nba {

// Computes a customer's facts from the cache, with the connection of the calling thread.
// Every query starts from party(id) or party_link(party_id) and reaches the detail rows by their
// primary key (record_id), so the cost grows with the customer's own records, not the cache; the
// one exception is the lifetime-value percentile, two counts over the party(lifetime_value) index.
//
// The facts and their exact definitions are in resources/nba/README.md (derivations in
// FactDerivation.cpp). Days are calendar days in the customer's time zone.
class FactsBuilder {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::FactsBuilder)

public:
    explicit FactsBuilder(QSqlDatabase db);

    // Facts of the party at `now` (UTC ms), with the call context applied. An unknown party
    // gives an error whose message says so.
    Result<Facts> build(qint64 partyId, qint64 nowMs, const CallContext& context = {});

    // The percentile is only given when the cache has at least this many customers with spend.
    static constexpr int kPercentileMinCustomers = 10;
    // Contacts are counted over the last 30 calendar days in the customer's zone: read from 31 days back.
    static constexpr qint64 kContactsLookbackMs = 31LL * 24 * 3600 * 1000;

private:
    Status prepare();
    Status readParty(qint64 partyId, qint64 nowMs, Facts& f);
    Result<QTimeZone> readProfile(qint64 partyId, Facts& f);
    Status readPercentile(Facts& f);
    QStringList itemsOf(qint64 recordId);

    QSqlDatabase m_db;
    bool m_prepared = false;
    bool m_itemsFailed = false;
    QSqlQuery m_party, m_orders, m_lines, m_returns, m_tickets, m_surveys, m_carts, m_campaign, m_contacts, m_profiles,
        m_percentile;
};

} // namespace c360::nba

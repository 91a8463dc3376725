#pragma once

#include "models/Result.h"
#include "models/nba/Facts.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace c360::nba {

// Computes a customer's facts from the cache, with the connection of the calling thread.
// Every query starts from party(id) or party_link(party_id) and reaches the detail rows by their
// primary key (record_id), so the cost grows with the customer's own records, not the cache.
//
// Derivations (the cache has no carts, consent flags or escalations as such):
//  - abandoned_cart_value: the total of the newest order in the last 30 days whose status is
//    cancelled / abandoned / cart / pending_payment, when no other order was placed after it.
//    Absent when there is none.
//  - escalated_ticket_recent: a ticket of priority high or urgent created in the last 14 days.
//  - open_complaint: at least one open ticket (new/open/pending).
//  - negative_survey_30d: a CSAT of 1 or 2 rated in the last 30 days.
//  - click_without_purchase: a campaign click in the last 30 days with no convert of that
//    campaign and no (non-cancelled) order after it.
//  - unsubscribed: the party has a campaign event of type unsubscribe (the sources have no
//    re-subscribe event), or the newest CRM record says marketing_opt_in = false.
//  - do_not_contact: the CRM record's raw payload has do_not_contact (or dnc) = true; absent
//    when the source does not say. marketing_opt_in likewise (present only when the CRM says).
//  - days_since_*: whole days (floor) between the event and `now`; absent without such an event.
class FactsBuilder {
public:
    explicit FactsBuilder(QSqlDatabase db);

    // Facts of the party at `now` (UTC ms), with the call context applied. An unknown party
    // gives an error whose message says so.
    Result<Facts> build(qint64 partyId, qint64 nowMs, const CallContext& context = {});

private:
    Status prepare();

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_party, m_orders, m_lines, m_returns, m_tickets, m_campaign, m_profiles;
};

} // namespace c360::nba

#pragma once

#include <QHash>
#include <QtGlobal>

namespace c360 {

// What may have changed for a party since its aggregates were computed, so that a recomputation redoes only what
// depends on it (PartyAggregator). A sync marks each party it touched with these (party_dirty.changes, cache v20).
namespace party_change {
enum : int {
    // A linked record changed without moving (a status, a total, an event; its keys' newer update time only when
    // that may reorder the keys a golden field is chosen from): the golden record, the figures and the search row.
    Golden = 1,
    // Records were linked, unlinked or merged: the records per source too.
    Links = 2,
    // A contact or a stage-rule event may have changed (an interaction; a timeline event of a kind the facts read,
    // ReportFacts::readsKind, written anew): the dashboards' contact facts and stage history too.
    Contacts = 4,
    // A linked record changed without moving and without a key or a profile of its own changing: the party's figures
    // only (its lifetime value, order count, open tickets and last contact); its golden fields and search row stay as
    // stored. Golden includes it. The writer marks the parts below, each where what that figure reads changed; Figures
    // itself (a mark stored by cache v20 before the parts) stands for all of them.
    Figures = 8,
    // An order's total, currency or cancellation, a return's amount, or either added: the lifetime value, its currency
    // and the order count.
    Value = 16,
    // A ticket's status opened or closed it, or a ticket was added: the open tickets.
    Tickets = 32,
    // A timeline event that is not a system event added, removed, moved in time or to another party: the last contact.
    LastContact = 64,
    // Another party was merged into this one (IdentityLinker::link). Not a part of a recompute: a sync's rounds before
    // its end recompute such a party along with the customers they found, so that the merged customer's names are in
    // its search row (its phone, e-mail and ids moved with the merge).
    Merged = 128,
    AllFigures = Figures | Value | Tickets | LastContact,
    All = Golden | Links | Contacts,
};
} // namespace party_change

// Party id -> the party_change bits of what may have changed.
using PartyChanges = QHash<qint64, int>;

} // namespace c360

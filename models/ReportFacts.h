#pragma once

#include "models/JourneyRules.h"
#include "models/Result.h"
#include "models/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace c360 {

// The supervisors' dashboards read a period of contacts by range (cache schema v10) instead of re-deriving
// it from the timeline on every query:
// - contact_fact: one row per contact-center interaction, clustered by time, with its customer, queue,
//   channel, agent, duration and reason, and two flags derived from the customer's other contacts
//   (another contact in the 7 days before: a repeat contact; in the 7 days after: not resolved first time).
// - party_stage: each customer's journey-stage transitions (the time each stage was reached) under the
//   shipped stage rules, whose fingerprint report_fact_state records; a report asked for other rules
//   derives the stages from the timeline instead.
// Since v11 each contact also carries what lets a period be read without reading all of its contacts: the time of
// the customer's previous contact per grouping (any; queue; agent; queue and agent; queue and channel; queue,
// channel and agent — a period's distinct customers are its contacts whose previous one lies before it), the
// customer's segment, and the stage reached by the contact's time with the time of the next transition.
// contact_day (sums per UTC day, queue, channel, agent and reason) follows contact_fact by triggers, and since v13
// served_day too (the contacts that can be a period's first of their customer, per grouping, day, previous contact's
// day, segment, stage and next transition's day: stages and segments of a period without its contacts). Since v14
// each contact carries its customer's stage schedule (when it first reached each stage or a later one), and
// served_day those days instead of the stage and next transition: a period's stage counts whatever its length.
// Kept by PartyAggregator for the customers whose records changed, in the writer's transaction.
class ReportFacts {
    Q_DECLARE_TR_FUNCTIONS(c360::ReportFacts)

public:
    explicit ReportFacts(QSqlDatabase db);

    // Recomputes the facts of these customers (a customer without records loses them). The first call on a
    // cache whose stage history follows other rules (or none: a cache migrated to v10) rebuilds it for every
    // customer first.
    // `many`: the customers are a large part of the cache's (a full resolution); then only those with timeline events,
    // interactions or facts are visited (found in one pass), the others having nothing to refresh; what `ahead` read of
    // them (when it spans these customers) is taken instead of reading it again.
    struct Prefetch;
    Status refresh(const QList<qint64>& parties, bool many = false, const Prefetch* ahead = nullptr);

    // What refresh(…, many) reads of a span of customers before it writes (Prefetch), read ahead on another connection
    // while the batch before is recomputed (PartyReadAhead): which customers have anything to refresh, and their
    // timelines. Fills `out` for the customers `parties` (sorted) span: the customers with timeline events,
    // interactions, facts or stages, and the timelines of the first of them, up to kReadAheadEvents events in all.
    Status readAhead(const QList<qint64>& parties, Prefetch& out);
    static constexpr qsizetype kReadAheadEvents = 1'000'000; // some 100 MB of timelines at most
    // Whether the next refresh() rebuilds every customer's facts first (the stored stage history follows other rules):
    // it then skips the customers marked in party_dirty, so a caller must refresh every marked customer it clears.
    bool rebuildDue();
    // Every customer's facts from scratch: for caches written without the cache writer (benchmarks).
    Status rebuildAll() { return rebuild({}, false); }

    // The fingerprint of the stage rules the stored stage history follows; empty when there is none.
    // Whether the facts read timeline events of this kind (a contact's, or a stage rule's): an event of another kind
    // that changes leaves every customer's facts as they are.
    bool readsKind(QByteArrayView kind);
    // An event of this kind that kept its record, customer and time changed its title or summary: whether the facts
    // read it as before. Of a contact they read its time and record; of a stage rule's event, whether each rule's
    // prefixes match its title and summary (JourneyRules::alike).
    bool readAlike(const QString& kind, const QString& titleWas, const QString& summaryWas, const QString& title,
                   const QString& summary);
    // An interaction's row changed (its summary, duration or wrap-up) and its events read alike: when its contact's
    // fact is stored on `party` at the interaction's time, queue, channel and agent, the fact takes its duration,
    // wrap-up and reason here (one row and its day's sums through the trigger) and true is returned. False: the
    // customer's facts must be refreshed (the contacts' chains or flags may change).
    Result<bool> updateContactInPlace(qint64 record, qint64 party);
    static QByteArray storedStageRules(const QSqlDatabase& db);
    // The stages whose first time (that stage or a later one) each contact carries (reach0_ms .. reach5_ms, cache v14).
    static constexpr int kReachStages = 6;
    // The 7-day window of repeat contacts.
    static constexpr qint64 kRepeatWindowMs = 7LL * 24 * 3600 * 1000;
    // A refresh that adds this many contacts or more writes them and their roll-ups at once (writeAdded()).
    static constexpr int kBulkContacts = 1000;
    // A refresh writes the contacts it added whenever this many wait (a rebuild of a million customers' facts would
    // otherwise hold every contact in memory first).
    static constexpr std::size_t kAddedBatch = 50'000;
    // Another batch than kAddedBatch (tests: a refresh written in several batches).
    void setAddedBatch(std::size_t rows) { m_addedBatch = rows > 0 ? rows : kAddedBatch; }

    // One contact of the customer (a call, chat or WeChat event of any source) on the timeline.
    struct Contact {
        qint64 at = 0;
        qint64 record = 0;
    };

    struct RuleEvent {
        qint64 at = 0;
        JourneyEventInput input;
    };
    // What the facts read of a customer's timeline.
    struct Timeline {
        std::vector<Contact> contacts; // oldest first
        QList<RuleEvent> ruleEvents;   // oldest first
    };

private:
    struct StageTransition {
        qint64 at = 0;
        int stage = -1;
    };

    Status prepare();
    // `timeline`: the customer's, read ahead; null: read here.
    Status refreshOne(qint64 party, const Timeline* timeline = nullptr);
    // The customers among the span [lo, hi] with timeline events, facts, stages or interactions.
    Status withFacts(qint64 lo, qint64 hi, QSet<qint64>& out);
    // Every customer's facts from scratch but those of `next` (the caller refreshes them right after) and, with
    // `skipMarked`, those of the customers marked in party_dirty (CacheWriter recomputes each marked customer, its
    // facts with it, when it processes the mark: a first sync marks every customer, so rebuilding them here
    // first wrote every contact fact twice).
    Status rebuild(const QList<qint64>& next, bool skipMarked);
    Status readTimeline(qint64 party, Timeline& out);
    void readKinds(); // m_ruleKinds and m_contactKinds, once
    QList<StageTransition> stageTransitions(const Timeline& timeline) const;
    Status writeStages(qint64 party, const QList<StageTransition>& transitions);
    Status writeContacts(qint64 party, const std::vector<Contact>& contacts, const QList<StageTransition>& transitions);
    // Inserts the contacts writeContacts() added (m_added) with their roll-ups: row by row through contact_fact's
    // triggers, or, from kBulkContacts rows on, all at once with the roll-ups' sums per key.
    Status writeAdded();
    Status run(sql::Statement& q, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    std::optional<JourneyRules> m_rules; // the shipped stage rules; none: no stage history is kept
    bool m_prepared = false;
    bool m_stagesChecked = false;
    bool m_kindsRead = false;
    // The stage rules' event kinds and the contacts' (call, chat, WeChat), UTF-8 as the timeline stores them.
    std::vector<QByteArray> m_ruleKinds, m_contactKinds;
    sql::Statement m_events, m_interactions, m_segment, m_partyContacts, m_deleteContact, m_insertContact,
        m_partyStages, m_deleteStage, m_insertStage, m_contactInPlace;
    // A stored contact's changed columns (bit c: column c of m_insertContact's order), found by its time and record.
    sql::ColumnUpdate m_updateContact;
    // An interaction's fact updated in place (updateContactInPlace): its duration, wrap-up and reason.
    sql::ColumnUpdate m_updateContactDetails;
    // Contacts to insert (in m_insertContact's column order), kept until the refresh's last customer.
    std::vector<QVariantList> m_added;
    std::size_t m_addedBatch = kAddedBatch;
};

struct ReportFacts::Prefetch {
    qint64 lo = 0, hi = -1;            // the span of customer ids read
    QSet<qint64> counted;              // withFacts() of the span
    QHash<qint64, Timeline> timelines; // of the first counted customers (kReadAheadEvents)
};

} // namespace c360

#pragma once

#include "models/IdentityRules.h"
#include "models/PartyChanges.h"
#include "models/ReportFacts.h"
#include "models/Result.h"
#include "models/SqlStatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace c360 {

// Recomputes the golden record, the aggregates and the search row (party_fts) of parties whose
// links changed; removes a party that has no linked record left. Reads the party's distinct keys
// (party_key, kept by IdentityLinker), its links of one entity through party_link(party_id, entity),
// and one probe of timeline_event(party_id, ...): the cost does not grow with the number of the
// party's marketing events or interactions. The search row is rewritten only when it changed.
// Each golden field (party_field: value, source, record) is chosen by its survivorship policy among the
// party's distinct values (party_key, each with the source of the first record that carried it) and the
// values of the party's customer profiles (customer_profile records count with their own source).
class PartyAggregator {
    Q_DECLARE_TR_FUNCTIONS(c360::PartyAggregator)

public:
    // `survivorship`: which value of the party's records becomes each golden field (rules.json's
    // "survivorship"; the shipped rules by default).
    explicit PartyAggregator(QSqlDatabase db, Survivorship survivorship = IdentityRules::defaults().survivorship);
    Status prepare();
    // Returns how many parties still exist among `parties` after the recomputation. Many parties (at least
    // kManyParties) are recomputed by recomputeMany: in passes over whole tables when they are a quarter of the cache
    // or more, else by probes for their own rows.
    Result<int> recompute(const QSet<qint64>& parties, qint64 nowMs);
    // The same, each party with what may have changed for it (party_change): its records per source are counted again
    // only after Links, its contact facts and stage history refreshed only after Links or Contacts (or when its
    // segment changed). The golden record, the figures and the search row are recomputed for every party. The parties'
    // inputs are taken from `ahead` when it read these parties with these changes in the passes chosen here (else
    // read here).
    struct ManyReads; // what recomputeMany reads before it writes, for a batch of parties
    Result<int> recompute(const PartyChanges& parties, qint64 nowMs, std::shared_ptr<ManyReads> ahead = nullptr);
    // The inputs of a batch of marked parties that is a quarter of the cache or more (Passes::WholeTables), read
    // through `db`: another connection of the same cache, on another thread, while the batch before is recomputed (the
    // writer's read-ahead). What the batch's own recompute would read, as long as only the recompute of other
    // parties writes in between (it writes their rows alone).
    // With `facts` (a ReportFacts of the same connection), also what the contact facts and stages read of them.
    static Result<std::shared_ptr<ManyReads>> readAhead(QSqlDatabase db, const PartyChanges& parties,
                                                        ReportFacts* facts = nullptr);
    // Whether a recompute since the last clearValuesChanged() may have changed the customers' lifetime values as
    // ltv_quantile ranks them (a value written, a customer added or removed).
    bool valuesChanged() const { return m_valuesChanged; }
    void clearValuesChanged() { m_valuesChanged = false; }
    // Whether the contact facts and stage history read timeline events of this kind (ReportFacts::readsKind).
    bool factsReadKind(QByteArrayView kind) { return m_facts.readsKind(kind); }
    // ReportFacts::readAlike and ReportFacts::updateContactInPlace, for the writer of a record that changed in place.
    bool factsReadAlike(const QString& kind, const QString& titleWas, const QString& summaryWas, const QString& title,
                        const QString& summary) {
        return m_facts.readAlike(kind, titleWas, summaryWas, title, summary);
    }
    Result<bool> updateContactInPlace(qint64 record, qint64 party) {
        return m_facts.updateContactInPlace(record, party);
    }
    // The same for many parties (`ids` sorted): their inputs read in one statement per table instead of some
    // twenty statements per party, the results written through statements prepared once. The same golden records.
    // WholeTables: each statement passes over its whole table (a quarter of the cache's parties or more);
    // TheseParties: each statement probes the parties' own rows (a batch of a sync's marked customers).
    enum class Passes { WholeTables, TheseParties };
    // `changes`: what may have changed for each party (party_change bits, in the order of `ids`); none: everything.
    // TheseParties writes only the party and party_field rows that change (a party's updated_ms is when its golden
    // record last changed).
    Result<int> recomputeMany(const QList<qint64>& ids, qint64 nowMs, Passes passes = Passes::WholeTables,
                              const std::vector<int>& changes = {});
    static constexpr qsizetype kManyParties = 256;
    // Parties whose golden record another survivorship policy computed (or none did): a changed
    // rules.json reaches them at the next resolve. One pass over party with an index probe each.
    static Result<QSet<qint64>> computedUnderAnotherPolicy(QSqlDatabase db, const Survivorship& survivorship);
    // The party_field row that records the policy a golden record was computed under (not a field to show).
    static QString policyField() { return QStringLiteral("survivorship"); }
    // The golden fields, as party_field names them. A field without a value has no row.
    static const QStringList& fieldNames();

    // One party_source row: a party's linked records of one source.
    struct SourceCount {
        qint64 party = 0;
        QString source;
        qint64 records = 0;
    };
    // Every party's linked records per source as the caller holds them (a full resolution has every link in
    // memory), sorted by party: the recomputations write these instead of counting party_link again. They must be
    // what party_link holds by then.
    void setKnownSources(std::vector<SourceCount> counts) {
        m_knownSources = std::move(counts);
        m_sourcesKnown = true;
    }
    // One party_key row, with the source of its first record.
    struct PartyKey {
        qint64 party = 0;
        QString kind, value;
        qint64 records = 0, lastMs = 0, firstRecord = 0;
        QString source;
    };
    // Every party's keys as the caller wrote them to party_key (a full resolution), sorted by party, first record,
    // kind and value: recomputeMany takes them from here instead of reading party_key back.
    void setKnownKeys(std::vector<PartyKey> keys) {
        m_knownKeys = std::move(keys);
        m_keysKnown = true;
    }

private:
    struct Inputs;
    struct Golden;
    // recomputeMany's reads (through `db`; the keys from `knownKeys` when not null) and writes.
    static Status readMany(QSqlDatabase db, const std::vector<PartyKey>* knownKeys, ManyReads& reads);
    Result<int> writeMany(ManyReads& reads, qint64 nowMs);
    Status readInputs(qint64 partyId, Inputs& in);
    Golden golden(qint64 partyId, const Inputs& in, qint64 nowMs) const;
    // The party's figures, in the order of Golden::party's columns from lifetime_value to last_contact_ms.
    static QVariantList figures(const Inputs& in);
    // Sets `segmentChanged` when the golden segment is not the one stored (the contact facts carry it).
    Status recomputeOne(qint64 partyId, qint64 nowMs, bool& segmentChanged);
    // Counts and facts of the parties whose changes call for them (`changes` aligned with `ids`; empty: all).
    // `ahead`: what the facts read of them, read ahead (null: read here).
    Status refreshDependents(const QList<qint64>& ids, const std::vector<int>& changes,
                             const QSet<qint64>& segmentChanged, bool many,
                             const ReportFacts::Prefetch* ahead = nullptr);
    Status removeParty(qint64 partyId);
    Status refreshSources(const QList<qint64>& ids); // party_source of these parties
    Status run(QSqlQuery& q, std::initializer_list<QVariant> values);
    // A stored party row (`stored`: as kCurrentParty reads it) made the golden record's `party` (Golden::party): its
    // changed columns only, with the time it changed.
    Status updateParty(const QVariantList& stored, const QVariantList& party);

    QSqlDatabase m_db;
    Survivorship m_survivorship;
    QString m_fingerprint; // m_survivorship.fingerprint(), stored with every golden record
    QSqlQuery m_anyLink, m_current, m_currentFields, m_keys, m_customer, m_crmKeys, m_orders, m_currency, m_returns,
        m_openTickets, m_lastContact, m_currentFts, m_deleteFts, m_insertFts, m_deleteEvents, m_deleteKeys, m_setField,
        m_dropField, m_deleteFields, m_deleteParty;
    sql::ColumnUpdate m_updateParty; // Golden::party's columns, the id last
    ReportFacts m_facts;             // the dashboards' contact facts and stage history of the same customers
    std::vector<SourceCount> m_knownSources;
    bool m_sourcesKnown = false;
    bool m_valuesChanged = false; // valuesChanged()
    std::vector<PartyKey> m_knownKeys;
    bool m_keysKnown = false;
};

} // namespace c360

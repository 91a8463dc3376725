#pragma once

#include "models/IdentityLabels.h"
#include "models/IdentityRules.h"
#include "models/Normalize.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace c360 {

// One named phase of a full resolution and how long it took (for `c360 resolve --json` and the benchmark).
struct ResolvePhase {
    QString name;     // load, match, union, fuzzy, cluster, assign, derived, golden, commit
    qint64 ms = 0;    // wall time
    qint64 cpuMs = 0; // processor time of this process (wall time where the platform's clock() measures that)
};

// What `c360 resolve` did.
struct ResolveSummary {
    int records = 0;
    int parties = 0;
    int partiesChanged = 0;      // parties created, removed or whose records changed
    int recordsMoved = 0;        // records whose party changed
    int blockedKeys = 0;         // keys not used for linking (guard-rails)
    int refusedMerges = 0;       // unions refused: conflicting strong ids or a split decision
    int suspectedDuplicates = 0; // fuzzy pairs between the review threshold and the link threshold
    QHash<QString, int> linksByRule;
    QList<ResolvePhase> phases; // in the order they ran
};

// A pair of records the fuzzy rule scored below its link threshold (for the data-quality view).
struct SuspectedDuplicate {
    qint64 recordA = 0, recordB = 0;
    qint64 partyA = 0, partyB = 0;
    double score = 0;
    QString why;
};

// A supervisor's decision. merge: records a and b belong to one party. split: record a is taken out
// of its party and stays on its own (unless a merge decision names it). Addressed by source ids.
struct IdentityDecision {
    QString kind; // "merge" | "split"
    QString aSource, aStream, aSourceId;
    QString bSource, bStream, bSourceId;
    QString actor;
    QString reason;
};

// A stored decision (identity_decision) as the undo list shows it.
struct StoredDecision {
    qint64 id = 0;
    IdentityDecision decision;
    qint64 createdMs = 0;
};

// Full identity resolution over the cache: deterministic keys with guard-rails, strong-id
// conflicts, the weighted fuzzy rule and the supervisors' decisions; rewrites party_link (party,
// rule, score, evidence), moves timeline events, rebuilds party_key and identity_key_block and
// recomputes the changed parties — in one transaction. Party ids are kept where a cluster keeps
// most of its records. Runs on the writer's connection (not concurrently with a sync).
class IdentityResolver {
    Q_DECLARE_TR_FUNCTIONS(c360::IdentityResolver)

public:
    IdentityResolver(QSqlDatabase db, IdentityRules rules = IdentityRules::defaults(), IdentityConfig config = {});

    Result<ResolveSummary> resolveAll(qint64 nowMs);
    // Fuzzy pairs below the link threshold, best first (computed without writing).
    Result<QList<SuspectedDuplicate>> suspectedDuplicates(int limit = 200);

    // Stores a decision (audited; pending push) and re-resolves. Returns the decision's id.
    Result<qint64> decide(const IdentityDecision& decision, qint64 nowMs);
    // Undoes a supervisor's decision (a merge: the records part again unless a rule joins them; a split:
    // the record may rejoin): the decision is revoked at `nowMs`, kept for the audit, and resolution runs
    // again. Errors: no such decision, or already undone. The caller audits who undid it and why.
    Result<ResolveSummary> undoDecision(qint64 decisionId, qint64 nowMs);
    // One stored decision (in force or undone). Error: no such decision.
    Result<StoredDecision> storedDecision(qint64 decisionId);
    // The decisions in force (not undone), newest first, for the undo list.
    Result<QList<StoredDecision>> activeDecisions(int limit = 200);

    static Result<QList<IdentityLabel>> readLabels(const QString& csvPath);
    static Result<PairwiseReport> report(QSqlDatabase db, const QList<IdentityLabel>& labels);

private:
    struct Impl;
    QSqlDatabase m_db;
    IdentityRules m_rules;
    Normalizer m_normalizer;
};

} // namespace c360

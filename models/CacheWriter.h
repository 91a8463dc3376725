#pragma once

#include "models/CanonicalRecord.h"
#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/Result.h"

#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace c360 {

// The single writer of the cache (used on the sync thread with the sync thread's connection).
// applyPage() commits, in ONE transaction: the raw landing rows, the typed detail rows, the
// timeline events, identity keys and party links (identity v1: shared normalized email, E.164
// phone or WeChat openid => same party, parties merged when a record bridges two), the touched
// parties' golden record / aggregates / search index, the quarantined records, and the stream's
// checkpoint. Deletions remove the record's details, events and link (and an orphaned party).
// What the writer derives from a live record without reading the cache: its identity keys (references first) and
// its timeline events. A sync computes them on the thread that fetches the pages (sync/PagePrefetcher), off the
// writer's; a writer given none derives them itself.
struct RecordDerivation {
    QList<IdentityKey> keys;
    QList<NewEvent> events;
};

class CacheWriter {
public:
    CacheWriter(QSqlDatabase db, IdentityConfig config);
    ~CacheWriter();
    CacheWriter(const CacheWriter&) = delete;
    CacheWriter& operator=(const CacheWriter&) = delete;

    Result<PageOutcome> applyPage(const PageInput& page);
    // The same, with `derived` holding each record's derivation (index for index, as derive() returns them for
    // the normalizer of this writer's IdentityConfig); empty: the writer derives them itself.
    Result<PageOutcome> applyPage(const PageInput& page, const QList<RecordDerivation>& derived);
    // The derivations of a page's records (a deleted record's is empty), on any thread.
    static QList<RecordDerivation> derive(const QList<CanonicalRecord>& records, const Normalizer& normalizer);

    // Bulk mode (a sync): applyPage() marks the parties it touched in party_dirty, in the page's own
    // transaction, instead of recomputing them; recomputeDirtyParties() then recomputes each marked party
    // once, however many pages touched it. Off by default: every page leaves its parties current.
    void setDeferPartyRecompute(bool defer);
    // Recomputes every party marked dirty (those an interrupted run left too), `batch` parties per
    // transaction, each batch clearing its marks as it commits. Stops between batches when `cancel` is
    // set (the rest stays marked). Returns how many parties it recomputed.
    Result<int> recomputeDirtyParties(const std::atomic<bool>* cancel = nullptr, int batch = 1000);
    // The same for the marked parties with an id above `above` alone; the others stay marked. Party ids only grow, so
    // with newestParty() taken before, these are the customers found since: a sync's rounds before its end recompute
    // them (to be found and opened) and leave the customers the cache held already, whose later records keep marking
    // them, to the end of the run (a first sync of 100,000 customers recomputed every one of them in each round).
    Result<int> recomputeDirtyParties(const std::atomic<bool>* cancel, int batch, qint64 above);
    // Batches of a quarter of the cache (a first sync's end, a round of one): each next batch's inputs are read on
    // another thread and connection while the batch before is recomputed (PartyReadAhead). On by default; off: every
    // batch is read on this connection (tests compare both).
    void setReadAhead(bool on);
    // How many batches the recomputes so far took from the read-ahead (tests).
    int readAheadBatches() const;
    // The highest party id in the cache (0 for none).
    Result<qint64> newestParty();

    // Grouped commits (a sync): consecutive pages share one transaction (a page that fails is rolled back alone: the
    // group is rolled back and the pages before it, which the writer keeps until the commit, are applied again). The
    // group commits once it holds kGroupPages pages or has been open kGroupMs, and on flush(). A commit writes each
    // b-tree page it dirtied once: the index pages a page of records touches are mostly the ones the next page touches
    // too, so the longer the group, the fewer times a page is written (a 20,000-customer sync wrote 7 GB for a 490 MB
    // cache with groups of 8 pages, 2 GB with groups of 3 s, and took 51 s instead of 70 s). kGroupPages only bounds a
    // group of tiny pages: at 128 pages (of 100 records), a 100,000-customer sync's groups lasted about a second and it
    // wrote 23.5 GB for a 2.5 GB cache in 156.7 s; groups of 3 s wrote 13.0 GB in 141.6 s. While grouping, the
    // connection's page cache is a quarter of the cache file, at least kGroupCacheKiB and at most kGroupCacheMaxKiB, so
    // that a group's dirty pages stay in memory until its commit. A reader sees a page at most kGroupMs later. Off by
    // default: every page commits on its own.
    static constexpr int kGroupPages = 1024;
    static constexpr qint64 kGroupMs = 3000;
    static constexpr qint64 kGroupCacheKiB = 128 * 1024;
    static constexpr qint64 kGroupCacheMaxKiB = 512 * 1024;
    void setGroupCommits(bool group);
    // Other limits for a group than kGroupPages and kGroupMs (a value <= 0 keeps its default).
    void setGroupLimits(int pages, qint64 ms);
    // Commits the open group (no-op without one). Call before any other write on the connection, and at the end;
    // the destructor commits what is still open (a group holds only whole pages with their checkpoints).
    Status flush();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace c360

#include "models/CacheWriter.h"

#include "models/Database.h"
#include "models/DetailWriter.h"
#include "models/Disposer.h"
#include "models/IdentityLinker.h"
#include "models/Log.h"
#include "models/LtvQuantiles.h"
#include "models/PartyAggregator.h"
#include "models/PartyReadAhead.h"
#include "models/RecordFacts.h"
#include "models/RecordReferences.h"
#include "models/SqlStatement.h"
#include "models/SqlUtil.h"
#include "models/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <limits>
#include <optional>
#include <thread>
#include <utility>

namespace c360 {

namespace {

constexpr int kWalAutocheckpointPages = 16384;     // the writer's own checkpoints: every ~64 MiB of log
constexpr qint64 kWalSizeLimit = 64 * 1024 * 1024; // PRAGMA journal_size_limit: the log's size once it starts over
constexpr qint64 kEveryParty = std::numeric_limits<qint64>::min(); // recomputeDirty's bound for every marked party
constexpr qint64 kRecomputeWalLimit = 16 * kWalSizeLimit; // a recompute's own checkpointer: the writer copies past this

RecordDerivation deriveOne(const CanonicalRecord& r, const Normalizer& normalizer) {
    if (r.deleted) {
        return {};
    }
    // References first: a referent's customer is the strongest evidence a record has.
    return {referenceKeys(r) + identityKeys(r, normalizer), timelineEvents(r)};
}

} // namespace

struct CacheWriter::Impl {
    Q_DECLARE_TR_FUNCTIONS(c360::CacheWriter::Impl)

public:
    Impl(QSqlDatabase database, IdentityConfig config)
        : db(std::move(database))
        , normalizer(std::move(config))
        , details(db)
        , linker(db)
        , aggregator(db) {}

    Status prepare();
    Status prepareDirty();
    Result<int> recomputeDirty(const std::atomic<bool>* cancel, int batch, qint64 above);
    // A round's customers that the run merged others into, at or below `above` (their marks cleared).
    Result<int> recomputeMerged(qint64 above);
    // ltv_quantile from the party table, when a recompute may have changed a lifetime value (or none is stored).
    Status refreshQuantiles();
    Status applyPage(const PageInput& page, const QList<RecordDerivation>& derived, PageOutcome& outcome);
    Status applyPageBody(const PageInput& page, const QList<RecordDerivation>& derived, PageOutcome& outcome,
                         qint64 nowMs, PartyChanges& touched, const QElapsedTimer& timer);
    Status applyRecord(const CanonicalRecord& r, const RecordDerivation* derived, qint64 nowMs, PartyChanges& touched,
                       PageOutcome& outcome);
    // Makes the known record's stored timeline events `events` (party, time, kind, source, title, summary, system,
    // actor stream and id, in the order they were derived), writing only those that differ. Returns what it wrote:
    // any event, and any the contact facts or the stage history read (PartyAggregator::factsReadKind: a contact, a
    // stage rule's kind), before or after.
    struct EventWrites {
        bool any = false;
        bool facts = false;
        bool lastContact = false; // an event that is not a system event added, removed, or moved in time or party
    };
    Result<EventWrites> rewriteEvents(qint64 record, const QList<QVariantList>& events);
    static constexpr int kEventColumns = 9; // of each event in `events`, as recordEvents and updateEvent name them
    Status run(sql::Statement& q, std::initializer_list<QVariant> values) {
        if (!sql::exec(q, values)) {
            return sql::error(q, tr("A page of records could not be stored in the local cache."));
        }
        return {};
    }

    QSqlDatabase db;
    Normalizer normalizer;
    DetailWriter details;
    IdentityLinker linker;
    PartyAggregator aggregator;
    Status beginPage();
    Status endPage(const PageInput& page, const QList<RecordDerivation>& derived, bool ok);
    Status flush();
    // A page of a group that failed: the group is rolled back and its earlier pages (groupInputs) applied again.
    void replayGroup();

    bool prepared = false;
    bool defer = false;
    bool group = false;
    bool groupOpen = false; // BEGIN IMMEDIATE of a group is in effect
    qsizetype groupPages = 0;
    int groupMaxPages = CacheWriter::kGroupPages;
    qint64 groupMaxMs = CacheWriter::kGroupMs;
    QElapsedTimer groupAge;
    // The pages of the open group, as they were given. A page of a group is no savepoint of its own: SQLite then copies
    // every page of the cache file a statement changes, and that earlier pages of the group changed, into its
    // sub-journal (in memory here: temp_store), and each statement that ends walks that journal from its start (a first
    // sync of 100,000 customers: 214 s with a savepoint per page, 184 s without). A page that fails rolls the whole
    // group back instead, and these pages are applied again (a page fails rarely; they are some 3 s of work).
    struct GroupPage {
        PageInput page;
        QList<RecordDerivation> derived;
    };
    std::vector<GroupPage> groupInputs;
    // A committed group's pages and a recomputed batch's inputs are freed here, off the writer's thread.
    Disposer disposer;
    std::optional<Transaction> pageTx; // a page's own transaction when pages are not grouped
    // Grouped pages (a sync): the write-ahead log is copied back on a thread of its own instead of in the commits.
    std::unique_ptr<WalCheckpointer> checkpointer;
    void startCheckpointer();
    void stopCheckpointer();
    void growCache(); // while grouping: the page cache grows with the cache file
    // A group or a batch of customers committed: once the log is past walLimit, the writer copies what is left of it
    // so that the next transaction starts it over.
    void afterCommit(qint64 walLimit);
    qint64 cacheBefore = 0; // the connection's PRAGMA cache_size before grouping grew it (0: not grown)
    bool dirtyPrepared = false;
    // The customers the open group's pages touched, with what may have changed for each: marked in party_dirty once, as
    // the group commits (a customer touched by many of its pages: one row write instead of one a page).
    PartyChanges groupTouched;
    Status markParties(const PartyChanges& marks);
    // A group's pages run without foreign key enforcement (off before its BEGIN, on again once it commits or rolls
    // back). Each row the writer inserts refers to rows it inserted or found first (its record, its party), and each
    // row it deletes takes its dependents with it by its own statements (details, events, keys, links: no cascade is
    // relied on); enforcement checked each reference again, a parent lookup per foreign key per row (some eight per
    // record of a first sync: 116.5–117.5 s of user time against 110.0–111.3 s at 100,000 customers). The tests run
    // PRAGMA foreign_key_check after their syncs (tests/support/SyncHelpers.h).
    void foreignKeys(bool on);
    bool readAhead = true;   // setReadAhead()
    int readAheadTaken = 0;  // readAheadBatches()
    bool lastWasNew = false; // the record applyRecord stored last was new: the next is inserted before it is looked up
    sql::Statement markDirty, dirtyBatch, clearDirty;
    sql::Statement insertRecord, updateRecord, updateDeleted, recordId, deleteEvents, deleteEvent, recordEvents,
        updateEvent, updateEventText, insertEvent, insertQuarantine, upsertCheckpoint;
};

Status CacheWriter::Impl::prepare() {
    {
        // The writer's own connection: a page dirties a few hundred scattered index pages, so a checkpoint
        // every 1,000 WAL frames (the default) copied nearly every page after nearly every commit. Let the
        // WAL grow to ~64 MiB before a checkpoint (which then writes each page once) and trim it after.
        QSqlQuery pragma(db);
        for (const QString& statement :
             {QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpointer ? 0 : kWalAutocheckpointPages),
              QStringLiteral("PRAGMA journal_size_limit = %1").arg(kWalSizeLimit)}) {
            if (!pragma.exec(statement)) {
                return sql::error(pragma, tr("The local cache could not be prepared."));
            }
        }
    }
    struct P {
        sql::Statement* q;
        const char* sql;
    };
    const P statements[] = {
        // Nothing on a conflict: a record is inserted first when the one before it was new (applyRecord).
        {&insertRecord, "INSERT INTO source_record(source, stream, source_id, entity, updated_at, deleted, payload, "
                        "fetched_at) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(source, stream, source_id) DO NOTHING"},
        // Without `deleted` when it stays as it was: naming it makes SQLite rewrite the record's source_record_live
        // entry (a page each: 12% of the pages an incremental sync of 100,000 customers wrote).
        {&updateRecord,
         "UPDATE source_record SET entity = ?, updated_at = ?, payload = ?, fetched_at = ? WHERE id = ?"},
        {&updateDeleted,
         "UPDATE source_record SET entity = ?, updated_at = ?, deleted = ?, payload = ?, fetched_at = ? "
         "WHERE id = ?"},
        {&recordId, "SELECT id, deleted FROM source_record WHERE source = ? AND stream = ? AND source_id = ?"},
        {&deleteEvents, "DELETE FROM timeline_event WHERE record_id = ?"},
        {&deleteEvent, "DELETE FROM timeline_event WHERE id = ?"},
        {&recordEvents, "SELECT id, party_id, occurred_ms, kind, source, title, summary, is_system, actor_stream, "
                        "actor_id FROM timeline_event WHERE record_id = ? ORDER BY id"},
        {&updateEvent, "UPDATE timeline_event SET party_id = ?, occurred_ms = ?, kind = ?, source = ?, title = ?, "
                       "summary = ?, is_system = ?, actor_stream = ?, actor_id = ? WHERE id = ?"},
        {&updateEventText, "UPDATE timeline_event SET kind = ?, source = ?, title = ?, summary = ?, is_system = ?, "
                           "actor_stream = ?, actor_id = ? WHERE id = ?"},
        {&insertEvent, "INSERT INTO timeline_event(party_id, record_id, occurred_ms, kind, source, title, summary, "
                       "is_system, actor_stream, actor_id) VALUES(?,?,?,?,?,?,?,?,?,?)"},
        {&insertQuarantine,
         "INSERT INTO quarantine(source, stream, source_id, payload, error, at) VALUES(?,?,?,?,coalesce(?, ''),?)"},
        {&upsertCheckpoint, "INSERT INTO sync_state(source, stream, checkpoint) VALUES(?,?,?) "
                            "ON CONFLICT(source, stream) DO UPDATE SET checkpoint = excluded.checkpoint"},
    };
    for (const P& p : statements) {
        if (!p.q->prepare(db, QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The local cache could not be prepared."));
        }
    }
    for (Status s : {details.prepare(), linker.prepare(), aggregator.prepare()}) {
        if (!s) {
            return s;
        }
    }
    prepared = true;
    return {};
}

Status CacheWriter::Impl::prepareDirty() {
    if (dirtyPrepared) {
        return {};
    }
    if (!prepared) {
        if (Status s = prepare(); !s) {
            return s;
        }
    }
    struct P {
        sql::Statement* q;
        const char* sql;
    };
    const P statements[] = {
        // What may have changed accumulates until the party is recomputed (party_change bits).
        {&markDirty, "INSERT INTO party_dirty(party_id, changes) VALUES(?, ?) ON CONFLICT(party_id) DO UPDATE SET "
                     "changes = changes | excluded.changes"},
        {&dirtyBatch, "SELECT party_id, changes FROM party_dirty WHERE party_id > ? ORDER BY party_id LIMIT ?"},
        // A batch is the lowest marks above the bound (dirtyBatch's order): cleared as one range.
        {&clearDirty, "DELETE FROM party_dirty WHERE party_id > ? AND party_id <= ?"},
    };
    for (const P& p : statements) {
        if (!p.q->prepare(db, QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The local cache could not be prepared."));
        }
    }
    dirtyPrepared = true;
    return {};
}

Result<int> CacheWriter::Impl::recomputeDirty(const std::atomic<bool>* cancel, int batch, qint64 above) {
    if (Status s = flush(); !s) {
        return s.error();
    }
    if (Status s = prepareDirty(); !s) {
        return s.error();
    }
    bool ownCheckpointer = false;
    std::unique_ptr<PartyReadAhead> ahead;
    const auto countTaken = qScopeGuard([this, &ahead] {
        if (ahead) {
            readAheadTaken += ahead->taken();
        }
    });
    // A first sync marks every customer: batches of a quarter of the cache or more are recomputed in a few passes over
    // whole tables (PartyAggregator::recomputeMany) instead of some twenty statements per customer. A profile at
    // 5,000 customers (6,496 parties, batches of 1,000) spent 28% of the sync's CPU in the per-customer path.
    {
        sql::Statement count(
            db, "SELECT (SELECT count(*) FROM party_dirty WHERE party_id > ?), (SELECT count(*) FROM party)",
            tr("The local cache is busy or read-only; the customers were not updated."));
        count.bind(1, above);
        if (!count.next()) {
            return count.error();
        }
        const qint64 marked = count.int64(0);
        const qint64 quarter = (count.int64(1) + 3) / 4;
        count.finish();
        if (marked > batch && marked >= quarter) {
            batch = static_cast<int>(std::max<qint64>(batch, quarter));
            // Batches of a quarter: the next one's inputs are read on another thread while this one is written.
            if (const QString path = db.databaseName();
                readAhead && !path.isEmpty() && path != QLatin1String(":memory:")) {
                ahead = std::make_unique<PartyReadAhead>(
                    path, QStringLiteral("party-read-ahead-%1").arg(reinterpret_cast<quintptr>(this), 0, 16));
            }
        }
        // More than a batch: the log is copied back on a checkpointer's thread while the batches are written, as a
        // sync's groups are, instead of by SQLite's own checkpoint in the commit of each batch that takes the log
        // past 64 MiB (all of it copied and synced on this thread: an incremental sync of 100,000 customers spent
        // 0.25-0.55 s of its recompute there, and its close copied the last batches, 0.4-0.5 s). The writer copies
        // what is left itself only past kRecomputeWalLimit: the log of a recompute grows some 100 MB for 7,600
        // customers, and the checkpointer copies it meanwhile (that sync: 5.2-5.5 s instead of 5.8-6.1 s).
        if (marked > batch && !checkpointer && !group) {
            startCheckpointer(); // grows the page cache even where no thread starts: stopped all the same
            ownCheckpointer = true;
        }
    }
    const auto stopOwnCheckpointer = qScopeGuard([this, &ownCheckpointer] {
        if (ownCheckpointer) {
            stopCheckpointer();
        }
    });
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    if (above != kEveryParty) {
        auto merged = recomputeMerged(above);
        if (!merged) {
            return merged.error();
        }
        done += *merged;
    }
    while (cancel == nullptr || !cancel->load()) {
        Transaction tx(db);
        if (!tx.active()) {
            return sql::error(db, tr("The local cache is busy or read-only; the customers were not updated."));
        }
        if (Status s = run(dirtyBatch, {above, batch}); !s) {
            return s.error();
        }
        PartyChanges parties;
        qint64 last = 0;
        while (dirtyBatch.next()) {
            last = dirtyBatch.value(0).toLongLong();
            parties.insert(last, dirtyBatch.value(1).toInt() & ~int(party_change::Merged));
        }
        dirtyBatch.finish();
        if (parties.isEmpty()) {
            break;
        }
        std::shared_ptr<PartyAggregator::ManyReads> read;
        if (ahead) {
            const qint64 version = PartyReadAhead::dataVersion(db);
            read = ahead->take(version); // none if another connection committed since it was asked for
            ahead->request(last, batch, version);
        }
        auto alive = aggregator.recompute(parties, QDateTime::currentMSecsSinceEpoch(), read);
        disposer.dispose(std::shared_ptr<void>(std::move(read))); // what is left of the inputs, freed off this thread
        if (!alive) {
            return alive.error();
        }
        if (Status s = run(clearDirty, {above, last}); !s) {
            return s.error();
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
        if (ownCheckpointer) {
            afterCommit(kRecomputeWalLimit);
        }
        done += static_cast<int>(parties.size());
    }
    if (done > 0 && (cancel == nullptr || !cancel->load())) {
        // Every marked customer is up to date: the value ranking the prompts read follows them, where a lifetime value
        // changed (one ordered pass over every customer: 66 ms at 100,000, for a sync whose orders changed status).
        if (Status s = refreshQuantiles(); !s) {
            return s.error();
        }
    }
    qCDebug(lcStorage) << "recomputed" << done << "marked parties in" << timer.elapsed() << "ms;"
                       << (ahead ? ahead->taken() : 0) << "batches read ahead";
    return done;
}

Result<int> CacheWriter::Impl::recomputeMerged(qint64 above) {
    const QString failed = tr("The local cache is busy or read-only; the customers were not updated.");
    Transaction tx(db);
    if (!tx.active()) {
        return sql::error(db, failed);
    }
    sql::Statement merged(db, "SELECT party_id, changes FROM party_dirty WHERE party_id <= ? AND changes & ? <> 0",
                          failed);
    merged.bind(1, above);
    merged.bind(2, qint64(party_change::Merged));
    PartyChanges parties;
    QList<qint64> ids;
    while (merged.next()) {
        parties.insert(merged.int64(0), static_cast<int>(merged.int64(1)) & ~int(party_change::Merged));
        ids.append(merged.int64(0));
    }
    if (merged.failed()) {
        return merged.error();
    }
    merged.finish();
    if (parties.isEmpty()) {
        return 0;
    }
    if (auto alive = aggregator.recompute(parties, QDateTime::currentMSecsSinceEpoch()); !alive) {
        return alive.error();
    }
    sql::Statement clear(db, "DELETE FROM party_dirty WHERE party_id IN (SELECT value FROM json_each(?))", failed);
    clear.bind(1, sql::jsonIds(ids));
    if (Status s = clear.run(); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return static_cast<int>(parties.size());
}

Status CacheWriter::Impl::refreshQuantiles() {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM ltv_quantile WHERE rank = 0)")) || !q.next()) {
        return sql::error(q, tr("The local cache is busy or read-only; the customers were not updated."));
    }
    const bool stored = q.value(0).toBool();
    q.finish();
    if (!aggregator.valuesChanged() && stored) {
        return {};
    }
    if (Status s = LtvQuantiles::refresh(db); !s) {
        return s;
    }
    aggregator.clearValuesChanged();
    return {};
}

Status CacheWriter::Impl::applyRecord(const CanonicalRecord& r, const RecordDerivation* derived, qint64 nowMs,
                                      PartyChanges& touched, PageOutcome& outcome) {
    // Known record: update it; what it derived last time (details, events, keys, link) is rewritten where it changed
    // and cleared when it is deleted. New record (the bulk of a first sync): insert it; it has nothing to compare.
    const QString entity = entityKindName(r.entity);
    const QVariant updated = sql::ms(r.updatedAt);
    // The payload as the source sent it, bound as its UTF-8 bytes (the bulk of what a sync writes: no UTF-16 copy of
    // it, and none for SQLite to convert back).
    const auto bindRecord = [&](sql::Statement& q, int first) {
        q.bind(first, entity);
        q.bind(first + 1, updated);
        int next = first + 2;
        if (&q != &updateRecord) {
            q.bind(next++, qint64(r.deleted ? 1 : 0));
        }
        q.bindUtf8(next, r.raw);
        q.bind(next + 1, nowMs);
        return next + 2;
    };
    const auto insert = [&] {
        insertRecord.bind(1, r.source);
        insertRecord.bind(2, r.stream);
        insertRecord.bind(3, r.sourceId);
        bindRecord(insertRecord, 4);
        return insertRecord.run()
                   ? Status()
                   : sql::error(insertRecord, tr("A page of records could not be stored in the local cache."));
    };
    // After a new record, the next is most likely new too (a first sync's pages, a stream's new records): it is
    // inserted at once, and looked up only when it was known (the insert then does nothing). After a known record,
    // it is looked up first (an incremental sync's changes).
    bool inserted = false;
    if (lastWasNew) {
        if (Status s = insert(); !s) {
            return s;
        }
        inserted = insertRecord.rowsChanged() > 0;
    }
    bool isNew = inserted;
    qint64 id = 0;
    bool wasDeleted = false;
    if (!inserted) {
        recordId.bind(1, r.source);
        recordId.bind(2, r.stream);
        recordId.bind(3, r.sourceId);
        isNew = !recordId.next();
        if (recordId.failed()) {
            return sql::error(recordId, tr("A page of records could not be stored in the local cache."));
        }
        id = isNew ? 0 : recordId.int64(0);
        wasDeleted = !isNew && recordId.int64(1) != 0;
        recordId.finish();
    }
    lastWasNew = isNew;
    if (isNew) {
        if (!inserted) {
            if (Status s = insert(); !s) {
                return s;
            }
            if (insertRecord.rowsChanged() == 0) { // not found a moment ago, in this transaction
                return Error{tr("A page of records could not be stored in the local cache."),
                             QStringLiteral("source_record insert of a record not found did nothing")};
            }
        }
        id = insertRecord.lastInsertId().toLongLong();
        if (id <= 0) {
            return Error{tr("A page of records could not be stored in the local cache."),
                         QStringLiteral("source_record insert returned no row id")};
        }
    } else {
        sql::Statement& q = r.deleted == wasDeleted ? updateRecord : updateDeleted;
        q.bind(bindRecord(q, 1), id);
        if (!q.run()) {
            return sql::error(q, tr("A page of records could not be stored in the local cache."));
        }
    }
    if (r.deleted) {
        ++outcome.deleted;
        if (!isNew) {
            if (Status s = details.remove(id, r.entity); !s) {
                return s;
            }
            if (Status s = run(deleteEvents, {id}); !s) {
                return s;
            }
        }
        return linker.unlink(id, touched);
    }
    ++outcome.upserted;
    DetailWriter::Writes detailsWrote{true, party_change::AllFigures};
    if (isNew) {
        if (Status s = details.write(id, r); !s) {
            return s;
        }
    } else {
        auto wrote = details.update(id, r);
        if (!wrote) {
            return wrote.error();
        }
        detailsWrote = *wrote;
    }
    const RecordDerivation own = derived != nullptr ? RecordDerivation() : deriveOne(r, normalizer);
    const RecordDerivation& d = derived != nullptr ? *derived : own;
    auto party = linker.link(id, d.keys, updated.isNull() ? 0 : updated.toLongLong(), nowMs, isNew, entity, touched);
    if (!party) {
        return party.error();
    }
    // Who wrote it, when the record names its author by reference only (a Zendesk comment's author_id):
    // the author's record of the same source, shown by name when the timeline is read; never a link.
    const QString actor = r.shownReferences.value(QStringLiteral("author"));
    const qsizetype slash = actor.indexOf(QLatin1Char('/'));
    const QVariant actorStream = slash > 0 ? QVariant(actor.left(slash)) : QVariant(QMetaType::fromType<QString>());
    const QVariant actorId = slash > 0 ? QVariant(actor.mid(slash + 1)) : QVariant(QMetaType::fromType<QString>());
    QList<QVariantList> events;
    events.reserve(d.events.size());
    for (const NewEvent& e : d.events) {
        events.append({*party, e.occurredMs, e.kind, r.source, e.title, sql::text(e.summary), e.system ? 1 : 0,
                       actorStream, actorId});
    }
    // A known record's events as stored (on its party, where a merge moved them) are kept where they are the same:
    // a record that changed in place (a re-delivered campaign event, a status its events do not show) writes none, and
    // its party's contacts and stage history stay as they are; a ticket's new comment or a customer's new change adds
    // its own event, which neither reads. When an event they read was written, they are refreshed.
    auto eventsWrote = isNew ? Result<EventWrites>(EventWrites{true, true, true}) : rewriteEvents(id, events);
    if (!eventsWrote) {
        return eventsWrote.error();
    }
    // A record that kept its keys and its link marked its party only when a key's newer time may reorder the golden
    // record's choice (IdentityLinker::link): its changed row (a profile's segment, an order's total) or event (the
    // last contact) marks it here. A profile's newer update time alone orders the golden record's profiles. The golden
    // fields and the search row come from the keys and the profiles: another record's row or events change the
    // figures only, and only the figures that read what changed (an order shipped, a call's new summary: none).
    if (r.entity == EntityKind::Customer) {
        touched[*party] |= party_change::Golden;
    } else if (const int figures =
                   detailsWrote.figures | (eventsWrote->lastContact ? int(party_change::LastContact) : 0);
               figures != 0) {
        touched[*party] |= figures;
    }
    // An interaction's queue, agent or duration may have changed: its own fact takes a new duration, wrap-up or reason
    // here; anything else refreshes its customer's facts.
    bool contacts = eventsWrote->facts;
    if (!contacts && r.entity == EntityKind::Interaction && detailsWrote.any) {
        auto inPlace = aggregator.updateContactInPlace(id, *party);
        if (!inPlace) {
            return inPlace.error();
        }
        contacts = !*inPlace;
    }
    if (contacts) {
        touched[*party] |= party_change::Contacts;
    }
    if (!isNew) {
        return {};
    }
    for (const QVariantList& e : std::as_const(events)) {
        if (!insertEvent.exec({e.at(0), id, e.at(1), e.at(2), e.at(3), e.at(4), e.at(5), e.at(6), e.at(7), e.at(8)})) {
            return sql::error(insertEvent, tr("A page of records could not be stored in the local cache."));
        }
    }
    return {};
}

Result<CacheWriter::Impl::EventWrites> CacheWriter::Impl::rewriteEvents(qint64 record,
                                                                        const QList<QVariantList>& events) {
    // Position by position, in the order they were written (their ids): a differing event is updated in place, events
    // beyond the stored ones are added after them, stored ones beyond the new are removed. The ids keep the order a
    // first write gives (the timeline breaks ties of time by id).
    const QString failed = tr("A page of records could not be stored in the local cache.");
    if (Status s = run(recordEvents, {record}); !s) {
        return s.error();
    }
    auto stored = sql::readRowsWithIds(recordEvents, kEventColumns, failed);
    if (!stored) {
        return stored.error();
    }
    // Column 2 of an event, stored or new, is its kind; column 6 whether it is a system event, which no last contact
    // is.
    bool facts = false, lastContact = false;
    const auto read = [this, &facts](const QVariant& kind) {
        facts = facts || aggregator.factsReadKind(kind.toString().toUtf8());
    };
    const auto contact = [](const QVariantList& e) { return e.at(6).toInt() == 0; };
    sql::RowWrites writes;
    writes.update = [&](const sql::StoredRow& was, const QVariantList& e) -> Status {
        // Its party and time as they were (a new summary): the statement that leaves the indexed columns out, so
        // that SQLite does not rewrite the event's timeline_event_party entry.
        const bool placed = sql::sameValue(was.values.at(0), e.at(0)) && sql::sameValue(was.values.at(1), e.at(1));
        // In place and of the same kind, the event changes the facts only where a stage rule reads its new title or
        // summary otherwise: an interaction's new summary, a ticket's new status or a profile's new segment in the
        // title of its event left its customer's contacts and stages as they were, and refreshing them re-read the
        // customer's whole timeline (half of an incremental sync's recompute at 100,000 customers).
        if (placed && sql::sameValue(was.values.at(2), e.at(2))) {
            facts = facts ||
                    !aggregator.factsReadAlike(e.at(2).toString(), was.values.at(4).toString(),
                                               was.values.at(5).toString(), e.at(4).toString(), e.at(5).toString());
        } else {
            read(was.values.at(2));
            read(e.at(2));
        }
        if (!placed || !sql::sameValue(was.values.at(6), e.at(6))) {
            lastContact = lastContact || contact(was.values) || contact(e);
        }
        QVariantList values = placed ? e.mid(2) : e;
        values.append(was.id);
        sql::Statement& update = placed ? updateEventText : updateEvent;
        return update.exec(values) ? Status() : Status(sql::error(update, failed));
    };
    writes.insert = [&](const QVariantList& e) -> Status {
        read(e.at(2));
        lastContact = lastContact || contact(e);
        return insertEvent.exec(
                   {e.at(0), record, e.at(1), e.at(2), e.at(3), e.at(4), e.at(5), e.at(6), e.at(7), e.at(8)})
                   ? Status()
                   : Status(sql::error(insertEvent, failed));
    };
    writes.remove = [&](qint64 event) {
        const auto was =
            std::find_if(stored->cbegin(), stored->cend(), [event](const auto& s) { return s.id == event; });
        if (was != stored->cend()) {
            read(was->values.at(2));
            lastContact = lastContact || contact(was->values);
        }
        return run(deleteEvent, {event});
    };
    auto wrote = sql::writeByPosition(*stored, events, writes);
    if (!wrote) {
        return wrote.error();
    }
    return EventWrites{*wrote, facts, lastContact};
}

Status CacheWriter::Impl::beginPage() {
    const QString busy = tr("The local cache is busy or read-only; the page was not stored.");
    if (!group) {
        pageTx.emplace(db);
        if (!pageTx->active()) {
            pageTx.reset();
            return sql::error(db, busy);
        }
        return {};
    }
    QSqlQuery q(db);
    if (!checkpointer) {
        startCheckpointer();
    }
    if (!groupOpen) {
        foreignKeys(false);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            Status failed = sql::error(q, busy);
            foreignKeys(true);
            return failed;
        }
        groupOpen = true;
        groupPages = 0;
        groupInputs.clear();
        groupAge.start();
    }
    return {};
}

Status CacheWriter::Impl::endPage(const PageInput& page, const QList<RecordDerivation>& derived, bool ok) {
    if (!group) {
        if (!ok) {
            pageTx.reset(); // rolls the page back
            return {};
        }
        Status committed = pageTx->commit();
        pageTx.reset();
        return committed;
    }
    if (!ok) {
        // The failed page alone: the group is rolled back (where SQLite has not done so itself: a full disk) and its
        // earlier pages are applied again; they stay, and commit on flush().
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        groupOpen = false;
        groupTouched.clear(); // the pages applied again mark their customers again
        replayGroup();
        if (!groupOpen) {
            foreignKeys(true);
        }
        return {};
    }
    groupInputs.push_back({page, derived});
    ++groupPages;
    if (groupPages >= groupMaxPages || groupAge.elapsed() >= groupMaxMs) {
        return flush();
    }
    return {};
}

void CacheWriter::Impl::replayGroup() {
    std::vector<GroupPage> pages;
    pages.swap(groupInputs);
    if (pages.empty()) {
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        // The group is gone, and with it its pages' checkpoints: the next run reads them again.
        qCWarning(lcStorage) << "the group's earlier pages could not be stored again:" << q.lastError().text();
        return;
    }
    groupOpen = true;
    groupPages = 0;
    for (GroupPage& g : pages) {
        PageOutcome counted; // counted when the page was first applied
        PartyChanges touched;
        QElapsedTimer timer;
        timer.start();
        if (Status s = applyPageBody(g.page, g.derived, counted, QDateTime::currentMSecsSinceEpoch(), touched, timer);
            !s) {
            qCWarning(lcStorage) << "the group's earlier pages could not be stored again:" << s.error().detail;
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            groupOpen = false;
            groupInputs.clear();
            groupTouched.clear();
            return;
        }
        groupInputs.push_back(std::move(g));
        ++groupPages;
    }
}

void CacheWriter::Impl::foreignKeys(bool on) {
    // Outside a transaction only (SQLite ignores the pragma inside one): before a group begins, after it ends.
    QSqlQuery q(db);
    if (!q.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        qCWarning(lcStorage) << "foreign key enforcement could not be turned" << (on ? "on:" : "off:")
                             << q.lastError().text();
    }
}

Status CacheWriter::Impl::markParties(const PartyChanges& marks) {
    QList<qint64> ids = marks.keys();
    std::sort(ids.begin(), ids.end()); // in the table's order
    for (qint64 id : std::as_const(ids)) {
        if (Status s = run(markDirty, {id, marks.value(id)}); !s) {
            return s;
        }
    }
    return {};
}

Status CacheWriter::Impl::flush() {
    if (!groupOpen) {
        return {};
    }
    groupOpen = false;
    if (!groupInputs.empty()) {
        disposer.dispose(std::exchange(groupInputs, {}));
    }
    PartyChanges marks;
    marks.swap(groupTouched);
    if (Status s = markParties(marks); !s) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        foreignKeys(true);
        return s;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Status failed = sql::error(q, tr("The local database could not save the changes."));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        foreignKeys(true);
        return failed;
    }
    foreignKeys(true);
    afterCommit(kWalSizeLimit);
    return {};
}

void CacheWriter::Impl::afterCommit(qint64 walLimit) {
    if (!checkpointer) {
        return;
    }
    if (QFileInfo(db.databaseName() + QStringLiteral("-wal")).size() > walLimit) {
        // The checkpointer's thread copies the log back while the next group is written, but the log starts over
        // only when a transaction begins with all of it copied; the next group begins at once, so it never did, and
        // the log grew for the whole sync (to 1 GB for a 490 MB cache, 7 GB at 100,000 customers). Once the log is
        // past its size limit (it is cut back to that size when it starts over), what is left of the group just
        // committed is copied here, between groups, so that the next one starts the log over. Not after every
        // group: the copy ends with an fsync the writer would wait for. When the checkpointer's thread is copying at
        // that moment, SQLite lets only one of them copy (the other is told the log is busy): the writer then waits for
        // it (it copies the same frames), up to kCopyWaitMs, and copies what is left. A reader that holds back part of
        // the log is not waited for: the next group's commit tries again.
        constexpr int kCopyWaitMs = 1000;
        constexpr int kCopyPollMs = 5;
        QSqlQuery q(db);
        for (int waited = 0;; waited += kCopyPollMs) {
            const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next();
            const bool busy = !ran || q.value(0).toInt() != 0; // its row: busy, frames in the log, frames copied
            const QString error = ran ? QString() : q.lastError().text();
            q.finish();
            if (!busy || waited >= kCopyWaitMs) {
                if (busy) {
                    qCDebug(lcStorage) << "checkpoint after a group: busy" << error;
                }
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(kCopyPollMs));
        }
    }
    growCache();
}

void CacheWriter::Impl::growCache() {
    // A group's dirty pages stay in memory until it commits: a cache smaller than they are spills them into the log
    // mid-transaction, and they are written again when the next page dirties them. The bigger the cache file, the
    // more scattered index pages a group dirties and reads again: a quarter of the file, between kGroupCacheKiB and
    // kGroupCacheMaxKiB (a 100,000-customer sync: 455 s with 128 MiB, 413 s with 512 MiB). SQLite takes the pages
    // only as it needs them.
    const QString path = db.databaseName();
    const qint64 fileKiB = path.isEmpty() || path == QLatin1String(":memory:") ? 0 : QFileInfo(path).size() / 1024;
    const qint64 want = std::clamp(fileKiB / 4, CacheWriter::kGroupCacheKiB, CacheWriter::kGroupCacheMaxKiB);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next()) {
        return;
    }
    const qint64 now = q.value(0).toLongLong(); // negative: KiB; positive: pages
    q.finish();
    if ((now < 0 ? -now : now * 4) >= want || !q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(want))) {
        return;
    }
    if (cacheBefore == 0) {
        cacheBefore = now;
    }
}

void CacheWriter::Impl::startCheckpointer() {
    growCache();
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))) {
        return; // the commits go on checkpointing
    }
    checkpointer = std::make_unique<WalCheckpointer>(
        path, QStringLiteral("wal-checkpointer-%1").arg(reinterpret_cast<quintptr>(this), 0, 16));
}

void CacheWriter::Impl::stopCheckpointer() {
    if (cacheBefore != 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore))) {
            qCWarning(lcStorage) << "the page cache could not be set back:" << q.lastError().text();
        }
        cacheBefore = 0;
    }
    if (!checkpointer) {
        return;
    }
    checkpointer.reset();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kWalAutocheckpointPages))) {
        qCWarning(lcStorage) << "automatic checkpoints could not be turned back on:" << q.lastError().text();
    }
}

CacheWriter::CacheWriter(QSqlDatabase db, IdentityConfig config)
    : d(std::make_unique<Impl>(std::move(db), std::move(config))) {}

CacheWriter::~CacheWriter() {
    if (Status s = d->flush(); !s) {
        qCWarning(lcStorage) << "the last pages could not be committed:" << s.error().detail;
    }
    d->stopCheckpointer();
}

void CacheWriter::setGroupCommits(bool group) {
    if (!group) {
        if (Status s = d->flush(); !s) {
            qCWarning(lcStorage) << "the last pages could not be committed:" << s.error().detail;
        }
        d->stopCheckpointer();
    }
    d->group = group;
}

void CacheWriter::setReadAhead(bool on) {
    d->readAhead = on;
}

int CacheWriter::readAheadBatches() const {
    return d->readAheadTaken;
}

void CacheWriter::setGroupLimits(int pages, qint64 ms) {
    d->groupMaxPages = pages > 0 ? pages : kGroupPages;
    d->groupMaxMs = ms > 0 ? ms : kGroupMs;
}

Status CacheWriter::flush() {
    return d->flush();
}

void CacheWriter::setDeferPartyRecompute(bool defer) {
    d->defer = defer;
}

Result<int> CacheWriter::recomputeDirtyParties(const std::atomic<bool>* cancel, int batch) {
    return recomputeDirtyParties(cancel, batch, kEveryParty);
}

Result<int> CacheWriter::recomputeDirtyParties(const std::atomic<bool>* cancel, int batch, qint64 above) {
    auto done = d->recomputeDirty(cancel, std::max(batch, 1), above);
    if (!done) {
        qCWarning(lcStorage) << "recomputing marked parties failed:" << done.error().detail;
    }
    return done;
}

Result<qint64> CacheWriter::newestParty() {
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM party")) || !q.next()) {
        return sql::error(q, Impl::tr("The local cache is busy or read-only; the customers were not updated."));
    }
    return q.value(0).toLongLong();
}

QList<RecordDerivation> CacheWriter::derive(const QList<CanonicalRecord>& records, const Normalizer& normalizer) {
    QList<RecordDerivation> derived;
    derived.reserve(records.size());
    for (const CanonicalRecord& r : records) {
        derived.append(deriveOne(r, normalizer));
    }
    return derived;
}

Result<PageOutcome> CacheWriter::applyPage(const PageInput& page) {
    return applyPage(page, {});
}

Result<PageOutcome> CacheWriter::applyPage(const PageInput& page, const QList<RecordDerivation>& derived) {
    PageOutcome outcome;
    if (!derived.isEmpty() && derived.size() != page.records.size()) {
        return Error{Impl::tr("A page of records could not be stored in the local cache."),
                     QStringLiteral("%1 derivations for %2 records").arg(derived.size()).arg(page.records.size())};
    }
    const Status s = d->applyPage(page, derived, outcome);
    if (!s) {
        qCWarning(lcStorage) << "page of" << page.source << page.stream << "rolled back:" << s.error().detail;
        return s.error();
    }
    qCDebug(lcStorage) << "page" << page.source << page.stream << "upserted" << outcome.upserted << "deleted"
                       << outcome.deleted << "quarantined" << outcome.quarantined << "parties"
                       << outcome.partiesTouched;
    return outcome;
}

Status CacheWriter::Impl::applyPage(const PageInput& page, const QList<RecordDerivation>& derived,
                                    PageOutcome& outcome) {
    if (Status s = defer ? prepareDirty() : prepared ? Status() : prepare(); !s) {
        return s;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    PartyChanges touched;
    QElapsedTimer timer;
    timer.start();

    if (Status s = beginPage(); !s) {
        return s;
    }
    Status stored = applyPageBody(page, derived, outcome, nowMs, touched, timer);
    if (Status s = endPage(page, derived, stored.ok()); !s) {
        return s;
    }
    return stored;
}

Status CacheWriter::Impl::applyPageBody(const PageInput& page, const QList<RecordDerivation>& derived,
                                        PageOutcome& outcome, qint64 nowMs, PartyChanges& touched,
                                        const QElapsedTimer& timer) {
    if (Status s = linker.beginPage(); !s) {
        return s;
    }
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        if (Status s =
                applyRecord(page.records.at(i), derived.isEmpty() ? nullptr : &derived.at(i), nowMs, touched, outcome);
            !s) {
            return s;
        }
    }
    for (const QuarantineEntry& q : page.quarantined) {
        if (Status s = run(insertQuarantine,
                           {page.source, page.stream, sql::text(q.sourceId), QString::fromUtf8(q.raw), q.error, nowMs});
            !s) {
            return s;
        }
        ++outcome.quarantined;
    }
    const qint64 recordsMs = timer.elapsed();
    if (defer && group) {
        for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
            groupTouched[it.key()] |= it.value(); // marked once for the group, as it commits (flush)
        }
    } else if (defer) {
        if (Status s = markParties(touched); !s) {
            return s;
        }
    } else {
        for (auto it = touched.begin(); it != touched.end(); ++it) {
            it.value() &= ~int(party_change::Merged); // recomputed now: no round to tell
        }
        if (auto alive = aggregator.recompute(touched, nowMs); !alive) {
            return alive.error();
        }
    }
    const qint64 partiesMs = timer.elapsed() - recordsMs;
    outcome.partiesTouched = static_cast<int>(touched.size());
    // The checkpoint advances in the same transaction as the page it belongs to.
    if (Status s = run(upsertCheckpoint, {page.source, page.stream, page.checkpoint}); !s) {
        return s;
    }
    qCDebug(lcStorage) << "page timing: records" << recordsMs << "ms, parties" << partiesMs << "ms, total"
                       << timer.elapsed() << "ms";
    return {};
}

} // namespace c360

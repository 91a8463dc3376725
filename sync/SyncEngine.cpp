#include "sync/SyncEngine.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/ScopeRepository.h"
#include "models/StaleRecords.h"
#include "models/SyncStateRepository.h"
#include "sync/Connector.h"
#include "sync/LocalScopeFilter.h"
#include "sync/Manifest.h"
#include "sync/PagePrefetcher.h"
#include "sync/ScopeSweep.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace c360 {

using namespace c360::sync;

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("c360", text, comment, n);
}

QString count(qint64 n) {
    return QLocale().toString(n);
}

StreamReport failedStream(const QString& source, const QString& stream, const Error& error) {
    StreamReport r;
    r.source = source;
    r.stream = stream;
    r.error = error.message;
    r.errorDetail = error.detail;
    return r;
}

void summarise(SyncReport& report) {
    for (const StreamReport& s : std::as_const(report.streams)) {
        report.pages += s.pages;
        report.fetched += s.fetched;
        report.upserted += s.upserted;
        report.deleted += s.deleted;
        report.quarantined += s.quarantined;
        report.failedStreams += s.error.isEmpty() ? 0 : 1;
    }
    const bool anyFailed = report.failedStreams > 0;
    report.offline = anyFailed && report.failedStreams == report.streams.size() &&
                     std::all_of(report.streams.cbegin(), report.streams.cend(),
                                 [](const StreamReport& s) { return s.unreachable; });
    const QString seconds = QLocale().toString(double(report.elapsedMs) / 1000.0, 'f', 1);
    QString text;
    if (report.cancelled) {
        text =
            tr("Sync cancelled after %1 record(s); the next sync resumes where it stopped.").arg(count(report.fetched));
    } else if (report.offline) {
        text = tr("Offline: %1").arg(report.streams.first().error);
    } else {
        text = tr("Synced %1 record(s) from %2 stream(s) in %3 s (%4 deleted, %5 quarantined).")
                   .arg(count(report.fetched))
                   .arg(report.streams.size() - report.failedStreams)
                   .arg(seconds, count(report.deleted), count(report.quarantined));
    }
    if (anyFailed && !report.offline) {
        QStringList failures;
        for (const StreamReport& s : std::as_const(report.streams)) {
            if (!s.error.isEmpty()) {
                failures.append(s.source + QLatin1Char('/') + s.stream + QStringLiteral(": ") + s.error);
            }
        }
        text += QLatin1Char(' ') + tr("%n stream(s) failed: ", nullptr, int(failures.size())) +
                failures.join(QStringLiteral("; "));
    }
    if (report.scopePurged > 0) {
        text += QLatin1Char(' ') + tr("%n customer(s) no longer in the sync scope were removed from this computer.",
                                      nullptr, int(report.scopePurged));
    }
    report.summary = text;
}

// With a "queue" scope, the sources whose contacts name a queue (a contact center, a helpdesk) are read first: a
// customer filtered here is in scope when one of those contacts is theirs (sync/LocalScopeFilter.h).
QList<SourceConfig> queueSourcesFirst(const QList<SourceConfig>& sources) {
    QList<SourceConfig> ordered = sources;
    if (std::none_of(sources.cbegin(), sources.cend(),
                     [](const SourceConfig& s) { return !s.scope.queues.isEmpty(); })) {
        return ordered;
    }
    std::stable_partition(ordered.begin(), ordered.end(), [](const SourceConfig& s) {
        const auto manifest = ManifestRegistry::load(s.manifest);
        return manifest &&
               std::any_of(manifest->streams.cbegin(), manifest->streams.cend(), [](const StreamManifest& st) {
                   return st.entity != EntityKind::Customer && st.field(QStringLiteral("queue")) != nullptr;
               });
    });
    return ordered;
}

// Checkpoint prefix of a full-refresh run in progress: "sweep:<run start ms>:<paginator cursor>".
constexpr const char* kSweepPrefix = "sweep:";

// A sync marks the parties its pages touch and recomputes their golden records once, at the end of the run. A long
// run also recomputes, every kRecomputeEveryMs, the customers it found since the last time, so that an agent finds
// and opens them mid-sync, and the customers it merged others into (CacheWriter::recomputeDirtyParties); any other
// customer the cache held already keeps what it showed before the run until the end of it, however many of its records
// come meanwhile. (Each round of a first sync
// of 100,000 customers recomputed nearly all of them again, their orders and events having come since: four rounds,
// 85 s of a 268 s sync.) A round costs more as the cache grows: the next one waits at least kRecomputeShare times as
// long as the last one took, so that rounds never take more than about a fifth of a long sync.
constexpr qint64 kRecomputeEveryMs = 30'000;
constexpr qint64 kRecomputeShare = 4;

struct RecomputeClock {
    QElapsedTimer since; // since the end of the last recompute
    qint64 lastMs = 0;   // how long it took
    qint64 seen = 0;     // the newest party when the run started or the last round ended (CacheWriter::newestParty)
    bool due() const { return since.elapsed() >= std::max(kRecomputeEveryMs, kRecomputeShare * lastMs); }
};

// Recomputes the parties the run's pages marked (and those an interrupted run left marked): all of them at the end
// of the run, the ones it created since the last round mid-run.
enum class Round { MidRun, End };
Status recomputeMarkedParties(CacheWriter& writer, const std::atomic<bool>* cancel, RecomputeClock& clock,
                              Round round) {
    QElapsedTimer took;
    took.start();
    auto done = round == Round::End ? writer.recomputeDirtyParties(cancel)
                                    : writer.recomputeDirtyParties(cancel, 1000, clock.seen);
    clock.lastMs = took.elapsed();
    clock.since.restart();
    if (!done) {
        return done.error();
    }
    if (round == Round::MidRun) {
        auto newest = writer.newestParty();
        if (!newest) {
            return newest.error();
        }
        clock.seen = *newest;
    }
    if (*done > 0) {
        qCInfo(lcSync).noquote() << "recomputed" << *done
                                 << (round == Round::End ? "customer(s) the synced records changed in"
                                                         : "customer(s) the run found so far in")
                                 << clock.lastMs << "ms";
    }
    return {};
}

IdentityConfig identityFor(const SourceConfig& source) {
    IdentityConfig config;
    const QString region = source.config.value(QStringLiteral("default_region")).toString();
    if (!region.isEmpty()) {
        config.defaultRegion = region;
        config.sourceRegion = region; // the source's own region decides a number valid there
    }
    return config;
}

// Pages one stream into the cache.
class StreamSync {
public:
    StreamSync(QSqlDatabase db, CacheWriter& writer, HttpClient& http, const SyncOptions& options,
               const std::atomic<bool>* cancel, const SyncEngine::ProgressCallback& progress,
               RecomputeClock& sinceRecompute)
        : m_writerDb(db)
        , m_state(std::move(db))
        , m_writer(writer)
        , m_http(http)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_sinceRecompute(sinceRecompute) {}

    // Returns the stream's report; `cancelled` is set when the run was interrupted.
    // `scope`: the customers to keep (empty: all). A targeted read (SyncOptions::onlyCustomers) leaves the
    // stream's checkpoint and state as they were.
    StreamReport run(const SourceConfig& source, const StreamManifest& stream, const SyncScope& scope,
                     bool& cancelled) {
        StreamReport report;
        // Whatever way the stream ends, the pages it stored are committed before anything else writes.
        const auto flushed = qScopeGuard([this, &source, &stream] {
            if (Status s = m_writer.flush(); !s) {
                qCWarning(lcSync).noquote() << source.name + QLatin1Char('/') + stream.name
                                            << "its last pages could not be committed:" << s.error().detail;
            }
        });
        const bool targeted = !m_options.onlyCustomers.isEmpty();
        report.source = source.name;
        report.stream = stream.name;
        const auto isCancelled = [this] { return m_cancel != nullptr && m_cancel->load(); };
        const auto fail = [&](const Error& error) {
            report.error = error.message;
            report.errorDetail = error.detail;
            qCWarning(lcSync).noquote() << source.name + QLatin1Char('/') + stream.name << "failed:" << error.message
                                        << "|" << error.detail;
            if (Status s =
                    m_state.markFailure(source.name, stream.name, QDateTime::currentDateTimeUtc(), error.message);
                !s) {
                qCWarning(lcSync).noquote() << "could not record the failure:" << s.error().detail;
            }
        };

        auto checkpoint = m_state.checkpoint(source.name, stream.name);
        if (!checkpoint) {
            fail(checkpoint.error());
            return report;
        }
        QString storedCheckpoint = *checkpoint;
        QString cursor = targeted ? QString() : *checkpoint;
        RetryPolicy retry(m_options.retry);
        Connector connector(source, stream, m_http, retry, m_cancel);
        connector.setPageSize(m_options.pageSize);
        std::optional<LocalScopeFilter> localScope;
        if (!scope.isEmpty()) {
            if (auto query = scope.serverQuery(stream)) {
                connector.setScopeQuery(std::move(*query));
            } else {
                localScope.emplace(m_writerDb, scope, identityFor(source));
            }
            qCInfo(lcSync).noquote() << source.name + QLatin1Char('/') + stream.name << "scoped,"
                                     << (localScope ? "filtered here" : "filtered by the server");
        }
        emitProgress(report);
        qCInfo(lcSync).noquote() << "syncing" << source.name + QLatin1Char('/') + stream.name
                                 << (cursor.isEmpty() ? QStringLiteral("from the start")
                                                      : QStringLiteral("from the checkpoint"));

        // A run that reads a full-refresh stream from its start can tell what the source no longer has. Its
        // start time travels in the checkpoint ("sweep:MS:cursor"), so a resumed run can tell too.
        qint64 runStartMs = QDateTime::currentMSecsSinceEpoch();
        bool fromStart = cursor.isEmpty();
        if (stream.sweepsDeletions() && cursor.startsWith(QLatin1String(kSweepPrefix))) {
            const qsizetype colon = cursor.indexOf(QLatin1Char(':'), qsizetype(std::strlen(kSweepPrefix)));
            bool ok = false;
            const qint64 start =
                cursor.mid(qsizetype(std::strlen(kSweepPrefix)), colon - qsizetype(std::strlen(kSweepPrefix)))
                    .toLongLong(&ok);
            if (colon > 0 && ok) {
                runStartMs = start;
                fromStart = true;
                cursor = cursor.mid(colon + 1);
            }
        }
        const auto stored = [&](const QString& next) {
            if (targeted) {
                return storedCheckpoint; // the stream's own checkpoint stays where it was
            }
            return stream.sweepsDeletions() && fromStart && !next.isEmpty()
                       ? QLatin1String(kSweepPrefix) + QString::number(runStartMs) + QLatin1Char(':') + next
                       : next;
        };
        bool restarted = false;
        // The next pages are fetched, parsed and mapped on a thread of their own while this one writes.
        // The records' identity keys and timeline events are derived there too (the same normalizer as the writer's).
        const Normalizer normalizer(identityFor(source));
        PagePrefetcher prefetcher(connector);
        prefetcher.setPrepare(
            [&normalizer](FetchedPage& page) { page.derived = CacheWriter::derive(page.records, normalizer); });
        prefetcher.start(cursor);
        while (true) {
            if (isCancelled()) {
                cancelled = true;
                return report;
            }
            auto page = prefetcher.next();
            if (!page && connector.cursorRejected() && !restarted && !isCancelled()) {
                // The server no longer knows the stored cursor (an expired Salesforce query locator, a Zendesk
                // cursor it forgot): start over from the newest change the cache holds, once.
                auto restart = restartCheckpoint(connector, source, stream, cursor);
                if (!restart) {
                    fail(restart.error());
                    return report;
                }
                qCWarning(lcSync).noquote()
                    << source.name + QLatin1Char('/') + stream.name << "the server no longer knows the stored cursor ("
                    << page.error().detail << ") - restarting the stream from its last committed high-water mark";
                restarted = true;
                cursor = *restart;
                runStartMs = QDateTime::currentMSecsSinceEpoch();
                fromStart = cursor.isEmpty();
                prefetcher.start(cursor);
                continue;
            }
            if (!page) {
                if (isCancelled()) {
                    cancelled = true;
                    return report;
                }
                report.unreachable = m_http.lastErrorKind() == TransportError::ConnectFailed;
                fail(page.error());
                return report;
            }
            const qint64 received = page->records.size() + page->quarantined.size();
            if (localScope) {
                page->derived.clear(); // the filter drops records: the writer derives what is left itself
                auto dropped = localScope->filter(page->records);
                if (!dropped) {
                    fail(dropped.error());
                    return report;
                }
                report.outOfScope += *dropped;
            }
            if (received > 0 || page->nextCursor != cursor) {
                PageInput input{source.name, stream.name, std::move(page->records), std::move(page->quarantined),
                                stored(page->nextCursor)};
                auto outcome = m_writer.applyPage(input, page->derived);
                if (!outcome) {
                    fail(outcome.error());
                    return report;
                }
                report.upserted += outcome->upserted;
                report.deleted += outcome->deleted;
                report.quarantined += outcome->quarantined;
                if (m_sinceRecompute.due()) {
                    if (Status s = recomputeMarkedParties(m_writer, m_cancel, m_sinceRecompute, Round::MidRun); !s) {
                        fail(s.error());
                        return report;
                    }
                }
            }
            report.pages += 1;
            report.fetched += received;
            cursor = page->nextCursor;
            emitProgress(report);
            if (!page->hasMore) {
                break;
            }
        }
        if (targeted) {
            report.completed = true;
            return report;
        }
        if (stream.sweepsDeletions() && fromStart) {
            auto swept = sweep(source, stream, runStartMs);
            if (!swept) {
                fail(swept.error());
                return report;
            }
            report.deleted += *swept;
        }
        if (Status s = m_writer.flush(); !s) {
            fail(s.error());
            return report;
        }
        report.completed = true;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (Status s = m_state.markSuccess(source.name, stream.name, now); !s) {
            report.error = s.error().message;
            report.errorDetail = s.error().detail;
        }
        if (stream.incremental.type.isEmpty()) { // full refresh: start from the beginning next time
            if (Status s = m_state.resetCheckpoint(source.name, stream.name); !s) {
                qCWarning(lcSync).noquote() << "could not reset the checkpoint:" << s.error().detail;
            }
        }
        return report;
    }

private:
    // The checkpoint a stream restarts from when its stored cursor was refused.
    Result<QString> restartCheckpoint(Connector& connector, const SourceConfig& source, const StreamManifest& stream,
                                      const QString& cursor) {
        auto highWater = StaleRecords(m_writerDb).highWaterMark(source.name, stream.storedStream());
        if (!highWater) {
            return highWater.error();
        }
        return connector.restartCheckpoint(cursor, *highWater);
    }

    // Mark-and-sweep after a complete full read: the live records of the stream this run did not
    // receive are gone at the source. Returns how many were marked deleted.
    Result<int> sweep(const SourceConfig& source, const StreamManifest& stream, qint64 runStartMs) {
        StaleRecords stale(m_writerDb);
        int swept = 0;
        while (true) {
            auto batch = stale.tombstones(source.name, stream.storedStream(), runStartMs, 500);
            if (!batch) {
                return batch.error();
            }
            if (batch->isEmpty()) {
                break;
            }
            PageInput input{source.name, stream.name, std::move(*batch), {}, {}};
            auto outcome = m_writer.applyPage(input);
            if (!outcome) {
                return outcome.error();
            }
            swept += outcome->deleted;
        }
        if (swept > 0) {
            qCInfo(lcSync).noquote() << source.name + QLatin1Char('/') + stream.name << "marked" << swept
                                     << "record(s) the full read did not return as deleted";
        }
        return swept;
    }

    void emitProgress(const StreamReport& r) const {
        if (m_progress) {
            m_progress(SyncProgress{r.source, r.stream, r.pages, r.fetched, r.deleted, r.quarantined});
        }
    }

    QSqlDatabase m_writerDb;
    SyncStateRepository m_state;
    CacheWriter& m_writer;
    HttpClient& m_http;
    const SyncOptions& m_options;
    const std::atomic<bool>* m_cancel;
    const SyncEngine::ProgressCallback& m_progress;
    RecomputeClock& m_sinceRecompute;
};

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<SyncScope> SyncEngine::scopeFor(const SourceConfig& source, const SyncOptions& options) {
    if (!options.onlyCustomers.isEmpty()) {
        SyncScope only;
        only.customers = options.onlyCustomers;
        return only;
    }
    ScopeRepository repo(m_db);
    // A scope other than the one the checkpoints were read under: read the source again from its start.
    const QString fingerprint = source.scope.fingerprint();
    auto stored = repo.stored(source.name);
    if (!stored) {
        return stored.error();
    }
    if (stored->fingerprint != fingerprint) {
        SyncStateRepository state(m_db);
        auto all = state.all();
        if (!all) {
            return all.error();
        }
        for (const StreamState& st : std::as_const(*all)) {
            if (st.source == source.name) {
                if (Status s = state.resetCheckpoint(st.source, st.stream); !s) {
                    return s.error();
                }
            }
        }
        // Under a scope, the customers the new read does not bring back leave the cache once every stream has
        // been read again (ScopeSweep); without one, every customer is in scope.
        ScopeRepository::Stored next{fingerprint, std::nullopt};
        if (!fingerprint.isEmpty()) {
            next.sweepSinceMs = QDateTime::currentMSecsSinceEpoch();
        }
        if (Status s = repo.setStored(source.name, next); !s) {
            return s.error();
        }
        qCInfo(lcSync).noquote() << source.name << "scope changed: reading its streams from the start";
    }
    SyncScope scope = source.scope;
    if (!scope.isEmpty()) { // plus every customer the agent opened or took offline
        auto kept = repo.keptKeys();
        if (!kept) {
            return kept.error();
        }
        scope.customers += *kept;
        scope.customers.removeDuplicates();
    }
    return scope;
}

Result<SyncReport> SyncEngine::runFile(const QString& sourcesPath, const SyncOptions& options) {
    auto sources = SourcesFile::load(sourcesPath);
    if (!sources) {
        return sources.error();
    }
    return run(*sources, options);
}

SyncReport SyncEngine::run(const QList<SourceConfig>& sources, const SyncOptions& options) {
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    CurlHttpClient::Options httpOptions = options.http;
    httpOptions.cancel = m_cancel;
    CurlHttpClient http(httpOptions);
    QSet<QString> matchedStreams;
    RecomputeClock sinceRecompute;
    sinceRecompute.since.start();
    if (auto newest = CacheWriter(m_db, IdentityConfig{}).newestParty()) {
        sinceRecompute.seen = *newest;
    } else {
        report.streams.append(failedStream({}, {}, newest.error()));
        report.elapsedMs = timer.elapsed();
        summarise(report);
        return report;
    }
    // The pages and the recompute probe the whole cache file: read through a map for the run (models/Database.h).
    const MappedReads mapped(m_db);

    for (const QString& wanted : options.sourceFilter) {
        if (std::none_of(sources.cbegin(), sources.cend(), [&](const SourceConfig& s) { return s.name == wanted; })) {
            report.streams.append(
                failedStream(wanted, {}, {tr("The sources file has no source named \"%1\".").arg(wanted), {}}));
        }
    }
    bool unreachable = false;
    for (const SourceConfig& source : queueSourcesFirst(sources)) {
        if (report.cancelled || unreachable) {
            break;
        }
        if (!options.sourceFilter.isEmpty() && !options.sourceFilter.contains(source.name)) {
            continue;
        }
        auto manifest = ManifestRegistry::load(source.manifest);
        if (!manifest) {
            report.streams.append(failedStream(source.name, source.streams.join(QLatin1Char(',')), manifest.error()));
            continue;
        }
        QStringList streams = source.streams.isEmpty() ? manifest->streamNames() : source.streams;
        if (!options.streamFilter.isEmpty()) {
            streams.removeIf([&](const QString& s) { return !options.streamFilter.contains(s); });
        }
        auto scope = scopeFor(source, options);
        if (!scope) {
            report.streams.append(failedStream(source.name, {}, scope.error()));
            continue;
        }
        if (!scope->isEmpty()) {
            // Customers first: what refers to them is kept by the customers the cache then holds.
            std::stable_partition(streams.begin(), streams.end(), [&](const QString& name) {
                const StreamManifest* s = manifest->stream(name);
                return s != nullptr && s->entity == EntityKind::Customer;
            });
            if (!scope->queues.isEmpty()) {
                // Before them, the contacts that name a queue: a customer is in scope when one of them is.
                std::stable_partition(streams.begin(), streams.end(), [&](const QString& name) {
                    const StreamManifest* s = manifest->stream(name);
                    return s != nullptr && s->entity != EntityKind::Customer &&
                           s->field(QStringLiteral("queue")) != nullptr;
                });
            }
        }
        for (const QString& name : std::as_const(streams)) {
            matchedStreams.insert(name);
        }
        CacheWriter writer(m_db, identityFor(source));
        writer.setDeferPartyRecompute(true);
        writer.setGroupCommits(true);
        writer.setGroupLimits(options.groupPages, options.groupMs);
        StreamSync streamSync(m_db, writer, http, options, m_cancel, m_progress, sinceRecompute);
        for (const QString& name : std::as_const(streams)) {
            const StreamManifest* stream = manifest->stream(name);
            if (stream == nullptr) {
                report.streams.append(
                    failedStream(source.name, name,
                                 {tr("The connector %1 has no stream \"%2\" (it has: %3).")
                                      .arg(manifest->name, name, manifest->streamNames().join(QStringLiteral(", "))),
                                  {}}));
                continue;
            }
            bool cancelled = false;
            report.streams.append(streamSync.run(source, *stream, *scope, cancelled));
            if (cancelled) {
                report.cancelled = true;
                break;
            }
            // A read of chosen customers stops at the first server it cannot reach: the user is told at once.
            if (!options.onlyCustomers.isEmpty() && report.streams.constLast().unreachable) {
                unreachable = true;
                break;
            }
        }
    }
    // Every party the pages marked, once. A cancelled run stops between batches; the next run finishes them.
    CacheWriter recomputer(m_db, IdentityConfig{});
    if (Status s = recomputeMarkedParties(recomputer, m_cancel, sinceRecompute, Round::End); !s) {
        report.streams.append(failedStream({}, {}, s.error()));
    }
    // A narrowed scope: once every stream was read under it, the customers that did not come back go.
    if (!report.cancelled && options.onlyCustomers.isEmpty()) {
        if (auto swept = ScopeSweep(m_db).run(sources)) {
            report.scopePurged = swept->purged;
        } else {
            report.streams.append(failedStream({}, {}, swept.error()));
        }
    }
    if (!report.cancelled) {
        for (const QString& wanted : options.streamFilter) {
            if (!matchedStreams.contains(wanted)) {
                report.streams.append(failedStream(
                    {}, wanted, {tr("None of the selected sources has a stream named \"%1\".").arg(wanted), {}}));
            }
        }
    }
    report.elapsedMs = timer.elapsed();
    summarise(report);
    qCInfo(lcSync).noquote() << report.summary;
    return report;
}

} // namespace c360

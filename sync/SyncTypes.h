#pragma once

#include "sync/CurlHttpClient.h"
#include "sync/RetryPolicy.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace c360 {

// What to sync and how. Filters name sources / streams as the sources file and manifests do.
struct SyncOptions {
    QStringList sourceFilter;    // empty: every source of the sources file
    QStringList streamFilter;    // empty: every stream of each source
    std::optional<int> pageSize; // overrides the manifest's page size where it names the parameter
    // Not empty: read these customers' full history only (ids, e-mail addresses, phone numbers): every stream
    // from its start with the scope {"customers": onlyCustomers}, checkpoints and stream states untouched.
    QStringList onlyCustomers;
    // Pages committed together (CacheWriter::setGroupCommits): at most this many pages, or this long; 0 keeps
    // CacheWriter::kGroupPages and kGroupMs.
    int groupPages = 0;
    qint64 groupMs = 0;
    sync::RetryPolicy::Options retry;
    sync::CurlHttpClient::Options http; // its cancel flag is set by the engine
};

// Reported after every committed page (and once when a stream starts: pages == 0).
struct SyncProgress {
    QString source;
    QString stream;
    int pages = 0;      // committed so far in this run, this stream
    qint64 records = 0; // fetched so far in this run, this stream (mapped + quarantined)
    qint64 deleted = 0;
    qint64 quarantined = 0;
};

struct StreamReport {
    QString source;
    QString stream;
    int pages = 0;
    qint64 fetched = 0; // records received (mapped + quarantined)
    qint64 upserted = 0;
    qint64 deleted = 0;
    qint64 quarantined = 0;
    qint64 outOfScope = 0;    // received but outside the sync scope (filtered here), not stored
    bool completed = false;   // paged to the end
    bool unreachable = false; // failed because the server could not be reached
    QString error;            // human message; empty when the stream synced (or was cancelled)
    QString errorDetail;      // for the log; never a secret
};

struct SyncReport {
    QList<StreamReport> streams;
    int pages = 0;
    qint64 fetched = 0;
    qint64 upserted = 0;
    qint64 deleted = 0;
    qint64 quarantined = 0;
    int failedStreams = 0;
    bool cancelled = false;
    bool offline = false;   // every stream failed because no server could be reached
    qint64 scopePurged = 0; // customers erased because the sync scope no longer holds them (sync/ScopeSweep.h)
    qint64 elapsedMs = 0;
    QString summary; // one sentence for a status bar / the CLI

    bool ok() const { return failedStreams == 0 && !cancelled; }
};

} // namespace c360

Q_DECLARE_METATYPE(c360::SyncProgress)
Q_DECLARE_METATYPE(c360::SyncReport)

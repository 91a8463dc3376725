#pragma once

#include "models/Result.h"
#include "sync/SourcesFile.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace c360 {

// Headless, blocking sync of sources into the cache, on the calling thread and with that thread's
// connection. Per stream: read the checkpoint, then page: fetch (Connector) -> commit the page and
// its checkpoint in one transaction (CacheWriter) -> report progress, until the end or a
// cancellation. A failing stream is recorded (SyncStateRepository) and does not stop the others.
// Used by `c360 sync` (main thread) and SyncWorker (sync thread).
class SyncEngine {
    Q_DECLARE_TR_FUNCTIONS(c360::SyncEngine)

public:
    using ProgressCallback = std::function<void(const SyncProgress&)>;

    explicit SyncEngine(QSqlDatabase db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Checked between pages, during retries and inside every transfer. May be null.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    SyncReport run(const QList<sync::SourceConfig>& sources, const SyncOptions& options = {});
    // Loads the sources file first; an unreadable or invalid file is the error.
    Result<SyncReport> runFile(const QString& sourcesPath, const SyncOptions& options = {});

private:
    // The source's scope plus the customers kept beyond it; resets the source's checkpoints when its scope changed.
    Result<sync::SyncScope> scopeFor(const sync::SourceConfig& source, const SyncOptions& options);
    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(); }

    QSqlDatabase m_db;
    ProgressCallback m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace c360

#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace c360 {

// Lives on the sync thread: opens its own named cache connection there, runs SyncEngine
// (blocking libcurl) and reports with signals of value types (queued to the controller).
class SyncWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(const std::atomic<bool>* cancel, QObject* parent = nullptr);

    // Blocking; call on the worker's thread. Never throws.
    void run(const QString& sourcesFilePath, const QString& dbPath, const c360::SyncOptions& options);

Q_SIGNALS:
    void progress(const c360::SyncProgress& progress);
    void finished(const c360::SyncReport& report);
    void failed(const QString& message);

private:
    const std::atomic<bool>* m_cancel;
    int m_runs = 0;
};

} // namespace c360

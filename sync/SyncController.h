#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace c360 {

class SyncWorker;

// Owns the sync thread and its SyncWorker. start() runs one sync there; progress/finished/failed
// arrive queued on the controller's thread. cancel() interrupts between pages and inside transfers.
// Destruction: interrupt -> quit -> wait.
class SyncController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_running; }
    void setOptions(const c360::SyncOptions& options) { m_options = options; }
    const SyncOptions& options() const { return m_options; }

public Q_SLOTS:
    // Ignored (returns false) while a sync runs.
    bool start(const QString& sourcesFilePath, const QString& dbPath);
    void cancel();

Q_SIGNALS:
    void progress(const c360::SyncProgress& progress);
    void finished(const c360::SyncReport& report);
    void failed(const QString& message);

private:
    void onWorkerDone();

    SyncOptions m_options;
    std::atomic<bool> m_cancel{false};
    QThread m_thread;
    std::unique_ptr<SyncWorker> m_worker;
    bool m_running = false;
};

} // namespace c360

#include "sync/SyncController.h"

#include "sync/SyncWorker.h"

namespace c360 {

SyncController::SyncController(QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<SyncWorker>(&m_cancel)) {
    qRegisterMetaType<c360::SyncProgress>();
    qRegisterMetaType<c360::SyncReport>();
    m_thread.setObjectName(QStringLiteral("c360-sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker.get(), &SyncWorker::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(
        m_worker.get(), &SyncWorker::finished, this,
        [this](const SyncReport& report) {
            onWorkerDone();
            Q_EMIT finished(report);
        },
        Qt::QueuedConnection);
    connect(
        m_worker.get(), &SyncWorker::failed, this,
        [this](const QString& message) {
            onWorkerDone();
            Q_EMIT failed(message);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

SyncController::~SyncController() {
    m_cancel = true;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    m_worker.reset(); // its thread has finished: safe to delete here
}

bool SyncController::start(const QString& sourcesFilePath, const QString& dbPath) {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancel = false;
    SyncWorker* worker = m_worker.get();
    const SyncOptions options = m_options;
    QMetaObject::invokeMethod(
        worker, [worker, sourcesFilePath, dbPath, options] { worker->run(sourcesFilePath, dbPath, options); },
        Qt::QueuedConnection);
    return true;
}

void SyncController::cancel() {
    if (m_running) {
        m_cancel = true;
    }
}

void SyncController::onWorkerDone() {
    m_running = false;
}

} // namespace c360

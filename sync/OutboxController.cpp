#include "sync/OutboxController.h"

#include "models/WorkerGuard.h"
#include "sync/SyncLog.h"

#include <QTimer>

namespace c360::sync {

// Lives on the outbox thread; everything it touches (store, pusher, timer) is created there.
class OutboxWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWorker)

public:
    OutboxWorker(QString path, OutboxPusher::Target target, const std::atomic<bool>* cancel)
        : m_path(std::move(path))
        , m_target(std::move(target))
        , m_cancel(cancel) {}

    std::chrono::milliseconds interval{30'000};
    RetryPolicy::Options retry;

    void open() {
        if (m_store) {
            return;
        }
        auto store = OutboxStore::open(m_path, QStringLiteral("outbox-thread"));
        if (!store) {
            Q_EMIT failed(store.error().message);
            return;
        }
        m_store = std::make_unique<OutboxStore>(std::move(*store));
        m_pusher = std::make_unique<OutboxPusher>(*m_store, m_target, CurlHttpClient::Options{}, retry);
        m_pusher->setCancelFlag(m_cancel);
        m_timer = std::make_unique<QTimer>();
        connect(m_timer.get(), &QTimer::timeout, this, &OutboxWorker::push);
        m_timer->start(int(interval.count()));
        push();
    }

    void push() {
        if (!m_pusher) {
            return;
        }
        PushReport report;
        if (const QString problem = runGuarded(tr("Sending the outbox"), [&] { report = m_pusher->pushDue(); });
            !problem.isEmpty()) {
            report.summary = problem;
            Q_EMIT failed(problem);
        }
        Q_EMIT pushed(report);
    }

    void flush() {
        open();
        PushReport report;
        if (m_store) {
            if (Status s = m_store->makeDueNow(); !s) {
                Q_EMIT failed(s.error().message);
            }
            if (const QString problem = runGuarded(tr("Sending the outbox"), [&] { report = m_pusher->pushDue(); });
                !problem.isEmpty()) {
                report.summary = problem;
                Q_EMIT failed(problem);
            }
            Q_EMIT pushed(report);
        }
        Q_EMIT flushed(report);
    }

    void enqueue(const QString& kind, const QString& customerKey, qint64 partyId, const QByteArray& payload) {
        open();
        if (!m_store) {
            return;
        }
        auto item = m_store->enqueue(kind, customerKey, partyId, payload);
        if (!item) {
            Q_EMIT failed(item.error().message);
            return;
        }
        Q_EMIT enqueued(*item);
        push(); // online: it leaves at once
    }

    void close() {
        m_timer.reset();
        m_pusher.reset();
        m_store.reset();
    }

Q_SIGNALS:
    void enqueued(const c360::sync::OutboxItem& item);
    void pushed(const c360::sync::PushReport& report);
    void flushed(const c360::sync::PushReport& report);
    void failed(const QString& message);

private:
    QString m_path;
    OutboxPusher::Target m_target;
    const std::atomic<bool>* m_cancel;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OutboxPusher> m_pusher;
    std::unique_ptr<QTimer> m_timer;
};

OutboxController::OutboxController(QString outboxPath, OutboxPusher::Target target, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<OutboxWorker>(std::move(outboxPath), std::move(target), &m_cancel)) {
    qRegisterMetaType<c360::sync::OutboxItem>();
    qRegisterMetaType<c360::sync::PushReport>();
    m_thread.setObjectName(QStringLiteral("c360-outbox"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker.get(), &OutboxWorker::enqueued, this, &OutboxController::enqueued, Qt::QueuedConnection);
    connect(m_worker.get(), &OutboxWorker::pushed, this, &OutboxController::pushed, Qt::QueuedConnection);
    connect(m_worker.get(), &OutboxWorker::flushed, this, &OutboxController::flushed, Qt::QueuedConnection);
    connect(m_worker.get(), &OutboxWorker::failed, this, &OutboxController::failed, Qt::QueuedConnection);
    m_thread.start();
}

OutboxController::~OutboxController() {
    m_cancel = true;
    OutboxWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker.reset();
}

void OutboxController::setInterval(std::chrono::milliseconds interval) {
    m_worker->interval = interval;
}

void OutboxController::setRetryOptions(const RetryPolicy::Options& retry) {
    m_worker->retry = retry;
}

void OutboxController::start() {
    OutboxWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->open(); }, Qt::QueuedConnection);
}

void OutboxController::pushNow() {
    OutboxWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->push(); }, Qt::QueuedConnection);
}

void OutboxController::flush() {
    OutboxWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->flush(); }, Qt::QueuedConnection);
}

void OutboxController::enqueue(const QString& kind, const QString& customerKey, qint64 partyId,
                               const QByteArray& payload) {
    OutboxWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, kind, customerKey, partyId, payload] { worker->enqueue(kind, customerKey, partyId, payload); },
        Qt::QueuedConnection);
}

} // namespace c360::sync

#include "OutboxController.moc"

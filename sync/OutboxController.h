#pragma once

#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace c360::sync {

class OutboxWorker;

// Owns the outbox thread: the outbox file is opened there, agent writes are enqueued there (so the
// UI thread never waits on a synchronous=FULL commit) and the pusher runs there every `interval`
// and on pushNow(). Results arrive queued on the controller's thread. Destruction: cancel -> quit -> wait.
class OutboxController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxController)

public:
    OutboxController(QString outboxPath, OutboxPusher::Target target, QObject* parent = nullptr);
    ~OutboxController() override;

    void setInterval(std::chrono::milliseconds interval); // default 30 s; call before start()
    void setRetryOptions(const RetryPolicy::Options& retry);

public Q_SLOTS:
    void start();   // opens the outbox on its thread and starts the periodic push
    void pushNow(); // one push pass as soon as the thread is free
    // The connection is back: what waits out a backoff is due now; one push pass, then `flushed`.
    void flush();
    // Writes an agent change; `enqueued` (or `failed`) follows.
    void enqueue(const QString& kind, const QString& customerKey, qint64 partyId, const QByteArray& payload);

Q_SIGNALS:
    void enqueued(const c360::sync::OutboxItem& item);
    void pushed(const c360::sync::PushReport& report);
    void flushed(const c360::sync::PushReport& report); // after flush(); `pushed` reports it too
    void failed(const QString& message);

private:
    std::atomic<bool> m_cancel{false};
    QThread m_thread;
    std::unique_ptr<OutboxWorker> m_worker;
};

} // namespace c360::sync

Q_DECLARE_METATYPE(c360::sync::OutboxItem)
Q_DECLARE_METATYPE(c360::sync::PushReport)

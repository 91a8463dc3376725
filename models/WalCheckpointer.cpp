#include "models/WalCheckpointer.h"

#include "models/Database.h"
#include "models/Log.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

namespace c360 {

WalCheckpointer::WalCheckpointer(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_name(std::move(connectionName))
    , m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::checkpoints() const {
    const std::lock_guard lock(m_mutex);
    return m_done;
}

void WalCheckpointer::run() {
    Database::Options options;
    options.migrate = false; // the writer's connection owns the schema
    auto db = Database::open(m_path, m_name, options);
    if (!db) {
        // The writer's own checkpoints are off: without this thread the log would only be copied back when the
        // last connection closes. Nothing is lost, the log just grows for the length of the run.
        qCWarning(lcStorage) << "the write-ahead log checkpointer could not open the cache:" << db.error().detail;
        return;
    }
    QSqlQuery q(db->handle());
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(kEveryMs), [this] { return m_stop; });
        if (m_stop) {
            break;
        }
        lock.unlock();
        const bool ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (!ok) {
            qCDebug(lcStorage) << "checkpoint:" << q.lastError().text();
        }
        q.finish();
        lock.lock();
        m_done += ok ? 1 : 0;
    }
}

} // namespace c360

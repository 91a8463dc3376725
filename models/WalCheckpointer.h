#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace c360 {

// Copies a cache's write-ahead log into the database file on a thread (and connection) of its own, while one
// connection writes: the writer turns its own automatic checkpoints off (PRAGMA wal_autocheckpoint = 0), which
// otherwise run inside its commits. A first sync of 100,000 customers spent ~7% of its writer's time there. The
// checkpoints are PASSIVE: they never wait for the writer, nor make it wait. Stops (and closes its connection) when
// destroyed.
class WalCheckpointer {
public:
    // `path`: the cache file; `connectionName`: unique among the process's database connections.
    WalCheckpointer(QString path, QString connectionName);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    static constexpr int kEveryMs = 250;

    int checkpoints() const; // how many completed without an error (for tests)

private:
    void run();

    const QString m_path;
    const QString m_name;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace c360

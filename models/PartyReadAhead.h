#pragma once

#include "models/PartyAggregator.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace c360 {

// Reads the next batch of marked parties' inputs (PartyAggregator::readAhead: golden record inputs, and what their
// contact facts and stages read of their timelines) on a thread and connection of its own while the writer recomputes
// the batch before: a first sync's end recomputes every customer in batches of a quarter of the cache, and the
// batch's reads (≈ 2 s of each batch's 6.5 s at 100,000 customers) ran on the writer's thread while the other core
// waited. The batch is the marks above the last party of the batch before, as the writer's next
// batch will be; it is read only when it is a quarter of the cache or more (what PartyAggregator reads in passes over
// ranges of whole tables). Stops (and closes its connection) when destroyed, after the read under way.
class PartyReadAhead {
public:
    // `path`: the cache file; `connectionName`: unique among the process's database connections.
    PartyReadAhead(QString path, QString connectionName);
    ~PartyReadAhead();
    PartyReadAhead(const PartyReadAhead&) = delete;
    PartyReadAhead& operator=(const PartyReadAhead&) = delete;

    // Starts reading the batch of at most `batch` marked parties above `after` (a request not yet taken is dropped).
    // `version`: the writer's PRAGMA data_version now (dataVersion()).
    void request(qint64 after, int batch, qint64 version);
    // The reads of the batch requested last, once done (waits for them); null when none was requested, the batch was
    // too small to read ahead, a read failed, or `version` (the writer's data_version now) is not the request's: then
    // another connection committed in between (a supervisor's merge between two batches) and what was read may not
    // be what the writer would read. The writer then reads the batch itself. Its own commits do not move it.
    std::shared_ptr<PartyAggregator::ManyReads> take(qint64 version);
    // A connection's PRAGMA data_version (-1: unknown).
    static qint64 dataVersion(const QSqlDatabase& db);
    // How many batches take() returned (for tests and the debug log).
    int taken() const { return m_taken; }

private:
    void run();

    struct Request {
        qint64 after = 0;
        int batch = 0;
    };
    const QString m_path;
    const QString m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::optional<Request> m_request; // waiting for the thread
    qint64 m_version = -1;            // the writer's data_version at the last request
    bool m_reading = false;           // the thread is reading a request
    std::shared_ptr<PartyAggregator::ManyReads> m_done;
    int m_taken = 0; // the writer's thread only
    std::thread m_thread;
};

} // namespace c360

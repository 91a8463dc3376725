#pragma once

#include "models/Result.h"
#include "sync/Connector.h"

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace c360::sync {

// Fetches, parses and maps a stream's pages (Connector::fetch) on a thread of its own, up to `depth` pages ahead
// of the writer, so that the HTTP transfer, the JSON parse and the mapping of the next pages overlap the writing of
// this one. Pages come out of next() in order, exactly the sequence the connector would have returned to a caller
// paging it itself: the fetcher follows each page's nextCursor, stops after the last page (hasMore false) or the
// first error, and waits while `depth` pages are unread (back-pressure: memory stays bounded however slow the
// writer). The connector and its HttpClient are used by the fetcher's thread only between start() and the error,
// last page or stop() that ends it; stop() (and the destructor) waits for the page in flight, which the run's
// cancel flag interrupts.
class PagePrefetcher {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::PagePrefetcher)

public:
    explicit PagePrefetcher(Connector& connector, int depth = 2);
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher&) = delete;
    PagePrefetcher& operator=(const PagePrefetcher&) = delete;

    // Run on the fetcher's thread on each page it fetched, before the writer sees it (CacheWriter::derive).
    void setPrepare(std::function<void(FetchedPage&)> prepare) { m_prepare = std::move(prepare); }
    // Starts fetching from `checkpoint` (a fetcher still running is stopped first, its unread pages dropped).
    void start(const QString& checkpoint);
    // The next page in order, waiting for it. After an error or the last page the fetcher has stopped: the connector
    // (cursorRejected(), restartCheckpoint()) and the HttpClient (lastErrorKind()) may be read again.
    Result<FetchedPage> next();
    // Stops the fetcher after the page in flight and drops what was not read.
    void stop();

private:
    void fetchFrom(QString checkpoint);

    Connector& m_connector;
    std::function<void(FetchedPage&)> m_prepare;
    const size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<FetchedPage>> m_pages;
    bool m_stop = false;
    bool m_done = false; // the fetcher will push nothing more
    std::thread m_thread;
};

} // namespace c360::sync

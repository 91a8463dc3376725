#include "sync/PagePrefetcher.h"

#include "sync/SyncLog.h"

#include <algorithm>
#include <exception>
#include <optional>

namespace c360::sync {

PagePrefetcher::PagePrefetcher(Connector& connector, int depth)
    : m_connector(connector)
    , m_depth(static_cast<size_t>(std::max(depth, 1))) {}

PagePrefetcher::~PagePrefetcher() {
    stop();
}

void PagePrefetcher::start(const QString& checkpoint) {
    stop();
    {
        const std::lock_guard lock(m_mutex);
        m_stop = false;
        m_done = false;
    }
    m_thread = std::thread([this, checkpoint] { fetchFrom(checkpoint); });
}

void PagePrefetcher::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_pages.clear();
}

Result<FetchedPage> PagePrefetcher::next() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pages.empty() || m_done; });
    if (m_pages.empty()) { // not reached by a caller that stops at the last page or the first error
        return Error{tr("The sync read past the last page of a stream."), QStringLiteral("read past the last page")};
    }
    Result<FetchedPage> page = std::move(m_pages.front());
    m_pages.pop_front();
    lock.unlock();
    m_changed.notify_all();
    if (!page || !page->hasMore) { // the fetcher ended with this page: the connector is the caller's again
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    return page;
}

void PagePrefetcher::fetchFrom(QString checkpoint) { // NOLINT(performance-unnecessary-value-param): the thread's own
    const auto push = [this](Result<FetchedPage>&& page) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_pages.size() < m_depth || m_stop; });
        if (m_stop) {
            return false;
        }
        m_pages.push_back(std::move(page));
        lock.unlock();
        m_changed.notify_all();
        return true;
    };
    while (true) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stop) {
                break;
            }
        }
        // No exception may escape the thread: one is the page's error, and the fetcher stops there.
        std::optional<Result<FetchedPage>> page;
        try {
            page.emplace(m_connector.fetch(checkpoint));
            if (page->ok() && m_prepare) {
                m_prepare(**page);
            }
        } catch (const std::exception& e) {
            page.emplace(Error{tr("A page of records could not be read."), QString::fromUtf8(e.what())});
        } catch (...) {
            page.emplace(Error{tr("A page of records could not be read."), QStringLiteral("unknown exception")});
        }
        const bool last = !*page || !(*page)->hasMore;
        const QString nextCheckpoint = *page ? (*page)->nextCursor : QString();
        if (!push(std::move(*page)) || last) {
            break;
        }
        checkpoint = nextCheckpoint;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace c360::sync

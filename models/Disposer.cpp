#include "models/Disposer.h"

namespace c360 {

Disposer::~Disposer() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

int Disposer::freed() const {
    const std::lock_guard lock(m_mutex);
    return m_freed;
}

void Disposer::push(std::shared_ptr<void> value) {
    if (!value) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() < kMaxQueued) {
            m_queue.push_back(std::move(value));
            if (!m_thread.joinable()) {
                m_thread = std::thread([this] { run(); });
            }
        }
    }
    m_wake.notify_one();
    // `value` still set: the queue was full, and it is freed here, on the giver's thread.
}

void Disposer::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty()) {
            return; // stopping, nothing left
        }
        std::shared_ptr<void> next = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        next.reset();
        lock.lock();
        ++m_freed;
    }
}

} // namespace c360

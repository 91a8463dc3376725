#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>

namespace c360 {

// Frees what a busy thread is done with on a thread of its own. A sync's writer let go of each group's pages (some
// 40,000 records of maps, strings and variants: 3-5% of its time in a first sync) and of each recompute batch's
// inputs where it was the bottleneck; freeing them elsewhere costs it a queue push. What is handed over must not be
// used by the giver again (copies of implicitly shared Qt data may be: their reference counts are atomic).
// At most kMaxQueued hand-overs wait: past that the giver frees inline (the thread fell behind). The thread starts at
// the first hand-over; the destructor frees what is left and joins it.
class Disposer {
public:
    Disposer() = default;
    ~Disposer();
    Disposer(const Disposer&) = delete;
    Disposer& operator=(const Disposer&) = delete;

    template <typename T> void dispose(T&& value) {
        if constexpr (std::is_same_v<std::decay_t<T>, std::shared_ptr<void>>) {
            push(std::forward<T>(value));
        } else {
            push(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
        }
    }
    // How many hand-overs the thread freed (for tests).
    int freed() const;

    static constexpr std::size_t kMaxQueued = 8;

private:
    void push(std::shared_ptr<void> value);
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<void>> m_queue;
    bool m_stop = false;
    int m_freed = 0;
    std::thread m_thread;
};

} // namespace c360

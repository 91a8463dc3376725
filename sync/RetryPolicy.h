#pragma once

#include "sync/HttpClient.h"

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <random>

namespace c360::sync {

// Which failures are worth another attempt, and how long to wait before it:
// exponential backoff with full jitter (delay = random(0, min(cap, base * 2^attempt))),
// bounded by maxAttempts; 429 and 503 honour Retry-After (seconds or an HTTP-date, up to maxRetryAfter).
class RetryPolicy {
public:
    struct Options {
        int maxAttempts = 5; // total attempts, the first included
        std::chrono::milliseconds base{500};
        std::chrono::milliseconds cap{30'000};
        std::chrono::milliseconds maxRetryAfter{60'000}; // longest Retry-After we wait for
    };

    RetryPolicy();
    explicit RetryPolicy(Options options, quint32 seed = std::random_device{}());

    const Options& options() const { return m_options; }

    // Should attempt number `attempt` (1-based, just failed) be followed by another one?
    bool shouldRetryStatus(int httpStatus) const;
    static bool shouldRetryTransport(TransportError kind);
    bool attemptsLeft(int attempt) const { return attempt < m_options.maxAttempts; }

    // Backoff before the retry that follows failed attempt `attempt` (1-based).
    std::chrono::milliseconds backoff(int attempt);
    // Delay asked by the server, capped by options().maxRetryAfter; nullopt when absent or unreadable.
    std::optional<std::chrono::milliseconds> retryAfter(const QByteArray& headerValue,
                                                        const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

private:
    Options m_options;
    std::mt19937 m_random;
};

// A sleep that a cancellation flag (polled) or wake() interrupts. Returns false when cancelled.
class InterruptibleSleep {
public:
    bool sleepFor(std::chrono::milliseconds duration, const std::atomic<bool>* cancel);
    void wake();

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_woken = false;
};

} // namespace c360::sync

#include "sync/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace c360::sync {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{}) {}

RetryPolicy::RetryPolicy(Options options, quint32 seed)
    : m_options(options)
    , m_random(seed) {
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

bool RetryPolicy::shouldRetryStatus(int httpStatus) const {
    return httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599 && httpStatus != 501);
}

bool RetryPolicy::shouldRetryTransport(TransportError kind) {
    switch (kind) {
    case TransportError::ConnectFailed:
    case TransportError::Timeout:
    case TransportError::ConnectionReset:
        return true;
    case TransportError::None:
    case TransportError::Cancelled:
    case TransportError::TooLarge:
    case TransportError::Tls:
    case TransportError::Other:
        return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) {
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(static_cast<double>(m_options.cap.count()),
                                    static_cast<double>(m_options.base.count()) * static_cast<double>(1LL << exponent));
    std::uniform_int_distribution<qint64> pick(0, static_cast<qint64>(ceiling));
    return std::chrono::milliseconds(pick(m_random));
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(const QByteArray& headerValue,
                                                                 const QDateTime& now) const {
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    // Delay-seconds: an integer (RFC 9110), or a decimal such as Shopify's "1.0" / "2.5".
    bool isNumber = false;
    const double seconds = value.toDouble(&isNumber);
    const bool plain = isNumber && std::all_of(value.cbegin(), value.cend(),
                                               [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == '-'; });
    qint64 ms = 0;
    if (plain) {
        if (seconds < 0 || !std::isfinite(seconds)) {
            return std::nullopt;
        }
        ms = static_cast<qint64>(std::ceil(std::min(seconds, 1e9) * 1000.0));
    } else {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110); also accept RFC 2822 forms.
        QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (!at.isValid()) {
            at = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            at.setTimeZone(QTimeZone::utc());
        }
        if (!at.isValid()) {
            return std::nullopt;
        }
        ms = std::max<qint64>(0, now.msecsTo(at));
    }
    return std::chrono::milliseconds(std::min<qint64>(ms, m_options.maxRetryAfter.count()));
}

bool InterruptibleSleep::sleepFor(std::chrono::milliseconds duration, const std::atomic<bool>* cancel) {
    const auto deadline = std::chrono::steady_clock::now() + duration;
    std::unique_lock lock(m_mutex);
    m_woken = false;
    while (true) {
        if (cancel != nullptr && cancel->load()) {
            return false;
        }
        if (m_woken) {
            return cancel == nullptr || !cancel->load();
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) {
            return true;
        }
        // Poll the flag at least every 50 ms: setting an atomic cannot notify us.
        m_cv.wait_until(lock, std::min(deadline, now + std::chrono::milliseconds(50)));
    }
}

void InterruptibleSleep::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

} // namespace c360::sync

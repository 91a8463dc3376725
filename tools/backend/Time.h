#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstdio>

namespace c360::backend {

inline constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// "2025-03-04T10:11:12.345Z" (proleptic Gregorian, days-from-civil inverse by H. Hinnant).
inline QString isoUtc(qint64 ms) {
    qint64 days = ms / kDayMs;
    qint64 rest = ms % kDayMs;
    if (rest < 0) {
        rest += kDayMs;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rest / 3600000),
                  static_cast<long long>(rest / 60000 % 60), static_cast<long long>(rest / 1000 % 60),
                  static_cast<long long>(rest % 1000));
    return QString::fromLatin1(buf);
}

// Parses an ISO 8601 timestamp; returns false when it is not one.
inline bool parseIsoUtc(const QString& text, qint64* ms) {
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return false;
    }
    *ms = dt.toMSecsSinceEpoch();
    return true;
}

} // namespace c360::backend

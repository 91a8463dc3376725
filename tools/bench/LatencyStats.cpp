#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace c360::bench {

double LatencyStats::percentile(double p) const {
    if (m_samples.empty()) {
        return 0;
    }
    std::vector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(rank));
    const auto hi = size_t(std::ceil(rank));
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - double(lo));
}

double LatencyStats::mean() const {
    if (m_samples.empty()) {
        return 0;
    }
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0) / double(m_samples.size());
}

QJsonObject LatencyStats::toJson() const {
    return {{QStringLiteral("n"), count()},
            {QStringLiteral("p50_ms"), percentile(50) / 1000.0},
            {QStringLiteral("p95_ms"), percentile(95) / 1000.0},
            {QStringLiteral("max_ms"), percentile(100) / 1000.0},
            {QStringLiteral("mean_ms"), mean() / 1000.0}};
}

QString LatencyStats::line(const QString& label) const {
    return QStringLiteral("%1 n=%2  p50 %3 ms  p95 %4 ms  max %5 ms")
        .arg(label.leftJustified(34))
        .arg(count(), 5)
        .arg(percentile(50) / 1000.0, 8, 'f', 3)
        .arg(percentile(95) / 1000.0, 8, 'f', 3)
        .arg(percentile(100) / 1000.0, 8, 'f', 3);
}

} // namespace c360::bench

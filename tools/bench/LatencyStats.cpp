#include "LatencyStats.h"

#include <QElapsedTimer>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace c360::bench {

namespace {
double percentileOf(std::vector<double> sorted, double p) {
    if (sorted.empty()) {
        return 0;
    }
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(rank));
    const auto hi = size_t(std::ceil(rank));
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - double(lo));
}

qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 wallNs() {
    static QElapsedTimer clock;
    if (!clock.isValid()) {
        clock.start();
    }
    return clock.nsecsElapsed();
}
} // namespace

double LatencyStats::percentile(double p) const {
    return percentileOf(m_samples, p);
}

double LatencyStats::cpuPercentile(double p) const {
    return percentileOf(m_cpu, p);
}

void Stopwatch::start() {
    m_wallNs = wallNs();
    m_cpuNs = threadCpuNs();
}

void Stopwatch::stopInto(LatencyStats& stats) const {
    const qint64 cpu = threadCpuNs() - m_cpuNs;
    stats.add(double(wallNs() - m_wallNs) / 1000.0);
    stats.addCpu(double(cpu) / 1000.0);
}

double LatencyStats::mean() const {
    if (m_samples.empty()) {
        return 0;
    }
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0) / double(m_samples.size());
}

QJsonObject LatencyStats::toJson() const {
    QJsonObject o{{QStringLiteral("n"), count()},
                  {QStringLiteral("p50_ms"), percentile(50) / 1000.0},
                  {QStringLiteral("p95_ms"), percentile(95) / 1000.0},
                  {QStringLiteral("max_ms"), percentile(100) / 1000.0},
                  {QStringLiteral("mean_ms"), mean() / 1000.0}};
    if (!m_cpu.empty()) {
        o.insert(QStringLiteral("cpu_p50_ms"), cpuPercentile(50) / 1000.0);
        o.insert(QStringLiteral("cpu_p95_ms"), cpuPercentile(95) / 1000.0);
    }
    return o;
}

QString LatencyStats::line(const QString& label) const {
    return QStringLiteral("%1 n=%2  p50 %3 ms  p95 %4 ms  max %5 ms")
               .arg(label.leftJustified(34))
               .arg(count(), 5)
               .arg(percentile(50) / 1000.0, 8, 'f', 3)
               .arg(percentile(95) / 1000.0, 8, 'f', 3)
               .arg(percentile(100) / 1000.0, 8, 'f', 3) +
           (m_cpu.empty() ? QString()
                          : QStringLiteral("  (CPU p50 %1, p95 %2 ms)")
                                .arg(cpuPercentile(50) / 1000.0, 0, 'f', 3)
                                .arg(cpuPercentile(95) / 1000.0, 0, 'f', 3));
}

} // namespace c360::bench

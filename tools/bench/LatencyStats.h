#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace c360::bench {

// Collects durations (microseconds) and reports percentiles.
class LatencyStats {
public:
    void add(double micros) { m_samples.push_back(micros); }
    // The thread's CPU time of the same sample: robust to a loaded machine (wall time includes
    // waiting for a core); reported beside wall time when present.
    void addCpu(double micros) { m_cpu.push_back(micros); }
    int count() const { return int(m_samples.size()); }
    double percentile(double p) const; // p in [0, 100]
    double mean() const;
    double cpuPercentile(double p) const;     // 0 without CPU samples
    QJsonObject toJson() const;               // {"n", "p50_ms", "p95_ms", "max_ms", "mean_ms"}
    QString line(const QString& label) const; // one aligned text row

private:
    std::vector<double> m_samples;
    std::vector<double> m_cpu;
};

// Times one sample in wall and thread CPU time.
class Stopwatch {
public:
    Stopwatch() { start(); }
    void start();
    void stopInto(LatencyStats& stats) const;

private:
    qint64 m_wallNs = 0;
    qint64 m_cpuNs = 0;
};

} // namespace c360::bench

#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace c360::bench {

// Collects durations (microseconds) and reports percentiles.
class LatencyStats {
public:
    void add(double micros) { m_samples.push_back(micros); }
    int count() const { return int(m_samples.size()); }
    double percentile(double p) const; // p in [0, 100]
    double mean() const;
    QJsonObject toJson() const;               // {"n", "p50_ms", "p95_ms", "max_ms", "mean_ms"}
    QString line(const QString& label) const; // one aligned text row

private:
    std::vector<double> m_samples;
};

} // namespace c360::bench

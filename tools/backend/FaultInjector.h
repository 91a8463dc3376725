#pragma once

#include "tools/backend/Rng.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace c360::backend {

enum class FaultKind { Http500, Http503, Http429, Reset, Timeout, Slow, Malformed, Truncated, Html, Drip };

// Decides, deterministically from the seed and the request order, whether a data response fails
// and how.
class FaultInjector final {
public:
    explicit FaultInjector(quint64 seed)
        : m_rng(seed ^ 0xFA017FA017ULL) {}

    // Names: 500, 503, 429, reset, timeout, slow, malformed, truncated, html, drip.
    static std::optional<FaultKind> parseKind(const QString& name);
    static QString kindName(FaultKind kind);
    static QStringList allKindNames();

    // rate in [0, 1]; maxCount < 0 = unlimited.
    void configure(double rate, std::vector<FaultKind> kinds, int maxCount = -1);
    std::optional<FaultKind> next();
    // A second deterministic draw for faults that have variants (html: 200 or 502).
    bool coin() { return m_rng.chance(0.5); }

private:
    Rng m_rng;
    double m_rate = 0.0;
    std::vector<FaultKind> m_kinds;
    int m_remaining = -1;
};

} // namespace c360::backend

#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>

namespace c360::backend {

// Deterministic random numbers: the raw std::mt19937_64 sequence is fixed by the standard; the
// distributions below are our own so the output is identical on every platform and library.
class Rng final {
public:
    explicit Rng(quint64 seed)
        : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform integer in [lo, hi] (inclusive). The modulo bias is negligible for our ranges.
    qint64 between(qint64 lo, qint64 hi) {
        if (hi <= lo) {
            return lo;
        }
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    int index(qsizetype size) { return static_cast<int>(between(0, size - 1)); }
    // Uniform double in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename Container> const auto& pick(const Container& c) { return c[index(std::size(c))]; }

private:
    std::mt19937_64 m_engine;
};

} // namespace c360::backend

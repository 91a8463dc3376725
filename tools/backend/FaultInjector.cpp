#include "FaultInjector.h"

namespace c360::backend {

namespace {
struct KindName {
    FaultKind kind;
    const char* name;
};
constexpr KindName kNames[] = {
    {FaultKind::Http500, "500"},         {FaultKind::Http503, "503"},         {FaultKind::Http429, "429"},
    {FaultKind::Reset, "reset"},         {FaultKind::Timeout, "timeout"},     {FaultKind::Slow, "slow"},
    {FaultKind::Malformed, "malformed"}, {FaultKind::Truncated, "truncated"}, {FaultKind::Html, "html"},
    {FaultKind::Drip, "drip"},
};
} // namespace

std::optional<FaultKind> FaultInjector::parseKind(const QString& name) {
    for (const auto& k : kNames) {
        if (name.trimmed() == QLatin1String(k.name)) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QString FaultInjector::kindName(FaultKind kind) {
    for (const auto& k : kNames) {
        if (k.kind == kind) {
            return QLatin1String(k.name);
        }
    }
    return {};
}

QStringList FaultInjector::allKindNames() {
    QStringList out;
    for (const auto& k : kNames) {
        out.append(QLatin1String(k.name));
    }
    return out;
}

void FaultInjector::configure(double rate, std::vector<FaultKind> kinds, int maxCount) {
    m_rate = rate;
    m_kinds = std::move(kinds);
    m_remaining = maxCount;
}

std::optional<FaultKind> FaultInjector::next() {
    if (m_rate <= 0.0 || m_kinds.empty() || m_remaining == 0) {
        return std::nullopt;
    }
    if (!m_rng.chance(m_rate)) {
        return std::nullopt;
    }
    if (m_remaining > 0) {
        --m_remaining;
    }
    return m_kinds[static_cast<std::size_t>(m_rng.index(static_cast<qsizetype>(m_kinds.size())))];
}

} // namespace c360::backend

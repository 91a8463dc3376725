#include "ChangeFeed.h"

#include <algorithm>

namespace c360::backend {

FeedEntry ChangeFeed::append(int index, qint64 updatedMs) {
    FeedEntry entry;
    entry.index = index;
    entry.seq = lastSeq() + 1;
    entry.updatedMs = m_entries.empty() ? updatedMs : std::max(updatedMs, m_entries.back().updatedMs + 1);
    m_entries.push_back(entry);
    return entry;
}

std::size_t ChangeFeed::firstAfterSeq(quint64 seq) const {
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), seq,
                                     [](quint64 s, const FeedEntry& e) { return s < e.seq; });
    return static_cast<std::size_t>(it - m_entries.begin());
}

std::size_t ChangeFeed::firstAfterTime(qint64 ms) const {
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), ms,
                                     [](qint64 t, const FeedEntry& e) { return t < e.updatedMs; });
    return static_cast<std::size_t>(it - m_entries.begin());
}

} // namespace c360::backend

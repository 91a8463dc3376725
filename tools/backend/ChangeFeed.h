#pragma once

#include <QtGlobal>

#include <vector>

namespace c360::backend {

struct FeedEntry {
    quint64 seq = 0;
    qint64 updatedMs = 0;
    int index = 0; // record index; negative = injected raw record number -1 - index
};

// The change sequence of one stream: append-only, ascending by seq and by updated_at (both
// strictly). A record that changes is appended again; its older entries become stale.
class ChangeFeed final {
public:
    // Appends a change; updatedMs is raised if needed so updated_at strictly increases.
    FeedEntry append(int index, qint64 updatedMs);

    quint64 lastSeq() const { return m_entries.empty() ? 0 : m_entries.back().seq; }
    std::size_t size() const { return m_entries.size(); }
    const FeedEntry& at(std::size_t pos) const { return m_entries[pos]; }
    std::size_t firstAfterSeq(quint64 seq) const;
    std::size_t firstAfterTime(qint64 ms) const;
    void reserve(std::size_t n) { m_entries.reserve(n); }

private:
    std::vector<FeedEntry> m_entries;
};

} // namespace c360::backend

#include "SourceStore.h"

#include "tools/backend/RecordWriter.h"

#include <algorithm>
#include <numeric>

namespace c360::backend {

SourceStore::SourceStore(World world)
    : m_world(std::move(world)) {
    for (const auto& info : kStreams) {
        buildFeed(info.kind);
    }
}

void SourceStore::buildFeed(StreamKind kind) {
    // The initial feed is ordered by updated_at (ties by id), so seq and updated_at agree.
    const int n = recordCount(kind);
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return constMeta(kind, a).updatedMs < constMeta(kind, b).updatedMs; });
    ChangeFeed& f = feed(kind);
    f.reserve(static_cast<std::size_t>(n) + 1024);
    for (int index : order) {
        RecordMeta* m = meta(kind, index);
        const FeedEntry entry = f.append(index, m->updatedMs);
        m->seq = entry.seq;
        m->updatedMs = entry.updatedMs;
    }
}

int SourceStore::recordCount(StreamKind kind) const {
    switch (kind) {
    case StreamKind::Customers:
        return static_cast<int>(m_world.customers.size());
    case StreamKind::Orders:
        return static_cast<int>(m_world.orders.size());
    case StreamKind::Returns:
        return static_cast<int>(m_world.returns.size());
    case StreamKind::Carts:
        return static_cast<int>(m_world.carts.size());
    case StreamKind::Surveys:
        return static_cast<int>(m_world.surveys.size());
    case StreamKind::Tickets:
        return static_cast<int>(m_world.tickets.size());
    case StreamKind::Events:
        return static_cast<int>(m_world.events.size());
    case StreamKind::Interactions:
        break;
    }
    return static_cast<int>(m_world.interactions.size());
}

const RecordMeta& SourceStore::constMeta(StreamKind kind, int index) const {
    switch (kind) {
    case StreamKind::Customers:
        return m_world.customers[index];
    case StreamKind::Orders:
        return m_world.orders[index];
    case StreamKind::Returns:
        return m_world.returns[index];
    case StreamKind::Carts:
        return m_world.carts[index];
    case StreamKind::Surveys:
        return m_world.surveys[index];
    case StreamKind::Tickets:
        return m_world.tickets[index];
    case StreamKind::Events:
        return m_world.events[index];
    case StreamKind::Interactions:
        break;
    }
    return m_world.interactions[index];
}

RecordMeta* SourceStore::meta(StreamKind kind, int index) {
    if (index < 0 || index >= recordCount(kind)) {
        return nullptr;
    }
    return const_cast<RecordMeta*>(&constMeta(kind, index));
}

QJsonObject SourceStore::recordJson(StreamKind kind, int index) const {
    return RecordWriter::write(m_world, kind, index);
}

QJsonObject SourceStore::stats(const std::function<bool(int person)>& keep) const {
    QJsonObject out;
    for (const auto& info : kStreams) {
        int live = 0;
        const int n = recordCount(info.kind);
        for (int i = 0; i < n; ++i) {
            const RecordMeta& m = constMeta(info.kind, i);
            live += m.deleted || (keep && !keep(m.person)) ? 0 : 1;
        }
        const QString source = QLatin1String(info.source);
        QJsonObject streams = out.value(source).toObject();
        streams.insert(QLatin1String(info.stream), live);
        out.insert(source, streams);
    }
    return out;
}

bool SourceStore::isCurrent(StreamKind kind, const FeedEntry& entry) const {
    return entry.index < 0 || constMeta(kind, entry.index).seq == entry.seq;
}

FeedPage SourceStore::collect(StreamKind kind, std::size_t pos, int limit, const PersonFilter& keep) const {
    FeedPage page;
    const ChangeFeed& f = feed(kind);
    const auto& raw = m_raw[static_cast<std::size_t>(kind)];
    for (; pos < f.size(); ++pos) {
        const FeedEntry& entry = f.at(pos);
        if (!isCurrent(kind, entry)) {
            continue; // the record changed later; it appears again further on
        }
        if (keep && (entry.index < 0 || !keep(constMeta(kind, entry.index).person))) {
            if (page.data.size() < limit) {
                page.lastSeq = entry.seq; // out of scope: the cursor moves past it
            }
            continue;
        }
        if (page.data.size() >= limit) {
            page.hasMore = true;
            break;
        }
        page.data.append(entry.index < 0 ? raw[static_cast<std::size_t>(-1 - entry.index)]
                                         : recordJson(kind, entry.index));
        page.lastSeq = entry.seq;
    }
    return page;
}

FeedPage SourceStore::pageAfterSeq(StreamKind kind, quint64 afterSeq, int limit, const PersonFilter& keep) const {
    return collect(kind, feed(kind).firstAfterSeq(afterSeq), limit, keep);
}

FeedPage SourceStore::pageAfterTime(StreamKind kind, qint64 afterMs, int limit, quint64* seqBefore,
                                    const PersonFilter& keep) const {
    const ChangeFeed& f = feed(kind);
    const std::size_t pos = f.firstAfterTime(afterMs);
    *seqBefore = pos == 0 ? 0 : f.at(pos - 1).seq;
    return collect(kind, pos, limit, keep);
}

void SourceStore::touch(StreamKind kind, int index, qint64 nowMs) {
    RecordMeta* m = meta(kind, index);
    const FeedEntry entry = feed(kind).append(index, nowMs);
    m->seq = entry.seq;
    m->updatedMs = entry.updatedMs;
}

void SourceStore::injectRaw(StreamKind kind, const QJsonObject& record, qint64 nowMs) {
    auto& raw = m_raw[static_cast<std::size_t>(kind)];
    raw.push_back(record);
    feed(kind).append(-static_cast<int>(raw.size()), nowMs);
}

} // namespace c360::backend

#pragma once

#include "tools/backend/ChangeFeed.h"
#include "tools/backend/Records.h"
#include "tools/backend/Streams.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <functional>

namespace c360::backend {

struct FeedPage {
    QJsonArray data;
    quint64 lastSeq = 0; // seq of the last record returned, 0 if none
    bool hasMore = false;
};

// The world plus one change feed per stream: pages in change order, records changes.
class SourceStore final {
public:
    explicit SourceStore(World world);

    World& world() { return m_world; }
    const World& world() const { return m_world; }

    int recordCount(StreamKind kind) const;
    RecordMeta* meta(StreamKind kind, int index);
    QJsonObject recordJson(StreamKind kind, int index) const;
    // {"contact":{"interactions":N},"crm":{"customers":N},...}: live (not deleted) records.
    // `keep` (optional): counts only the records of the persons it keeps (a scope filter).
    QJsonObject stats(const std::function<bool(int person)>& keep = {}) const;

    // `keep` (optional): a scope filter; records of other persons (and raw injected ones) are passed over, and
    // the page's lastSeq moves past them so that the cursor does too.
    using PersonFilter = std::function<bool(int person)>;
    FeedPage pageAfterSeq(StreamKind kind, quint64 afterSeq, int limit, const PersonFilter& keep = {}) const;
    FeedPage pageAfterTime(StreamKind kind, qint64 afterMs, int limit, quint64* seqBefore,
                           const PersonFilter& keep = {}) const;

    // Gives the record the next sequence number and a fresh, strictly increasing updated_at.
    void touch(StreamKind kind, int index, qint64 nowMs);
    // Appends a raw JSON record verbatim to the stream's feed.
    void injectRaw(StreamKind kind, const QJsonObject& record, qint64 nowMs);

private:
    const RecordMeta& constMeta(StreamKind kind, int index) const;
    ChangeFeed& feed(StreamKind kind) { return m_feeds[static_cast<std::size_t>(kind)]; }
    const ChangeFeed& feed(StreamKind kind) const { return m_feeds[static_cast<std::size_t>(kind)]; }
    bool isCurrent(StreamKind kind, const FeedEntry& entry) const;
    FeedPage collect(StreamKind kind, std::size_t pos, int limit, const PersonFilter& keep) const;
    void buildFeed(StreamKind kind);

    World m_world;
    std::array<ChangeFeed, kStreams.size()> m_feeds;
    std::array<std::vector<QJsonObject>, kStreams.size()> m_raw;
};

} // namespace c360::backend

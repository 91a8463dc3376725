#pragma once

#include "models/CanonicalRecord.h"
#include "models/Normalize.h"
#include "models/Result.h"

#include <QSqlDatabase>

#include <memory>

namespace c360 {

// The single writer of the cache (used on the sync thread with the sync thread's connection).
// applyPage() commits, in ONE transaction: the raw landing rows, the typed detail rows, the
// timeline events, identity keys and party links (identity v1: shared normalized email, E.164
// phone or WeChat openid => same party, parties merged when a record bridges two), the touched
// parties' golden record / aggregates / search index, the quarantined records, and the stream's
// checkpoint. Deletions remove the record's details, events and link (and an orphaned party).
class CacheWriter {
public:
    CacheWriter(QSqlDatabase db, IdentityConfig config);
    ~CacheWriter();
    CacheWriter(const CacheWriter&) = delete;
    CacheWriter& operator=(const CacheWriter&) = delete;

    Result<PageOutcome> applyPage(const PageInput& page);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace c360

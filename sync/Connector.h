#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"
#include "sync/HttpClient.h"
#include "sync/Manifest.h"
#include "sync/Paginator.h"
#include "sync/RecordMapper.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"

#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace c360::sync {

struct FetchedPage {
    QList<CanonicalRecord> records;
    QList<QuarantineEntry> quarantined;
    QString nextCursor; // the checkpoint after this page
    bool hasMore = false;
    int attempts = 1; // HTTP attempts this page took
};

// Pages ONE stream of one source per its manifest: builds the request, authenticates, GETs it
// through the HttpClient with the RetryPolicy, parses the body, selects and maps the records.
class Connector {
public:
    Connector(const SourceConfig& source, const StreamManifest& stream, HttpClient& http, RetryPolicy& retry,
              const std::atomic<bool>* cancel = nullptr);
    ~Connector();
    Connector(const Connector&) = delete;
    Connector& operator=(const Connector&) = delete;

    void setPageSize(std::optional<int> pageSize);
    // The page at `cursor` ("" = from the start).
    Result<FetchedPage> fetch(const QString& cursor);

    QUrl firstPageUrl() const;

private:
    struct Attempt;
    Attempt attempt(const QString& cursor);
    HttpHeaders authHeaders() const;

    const SourceConfig& m_source;
    const StreamManifest& m_stream;
    HttpClient& m_http;
    RetryPolicy& m_retry;
    const std::atomic<bool>* m_cancel;
    std::unique_ptr<Paginator> m_paginator;
    RecordMapper m_mapper;
    InterruptibleSleep m_sleep;
    std::optional<int> m_pageSize;
};

} // namespace c360::sync

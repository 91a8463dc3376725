#pragma once

#include "models/CacheWriter.h"
#include "models/CanonicalRecord.h"
#include "models/Result.h"
#include "sync/HttpClient.h"
#include "sync/Manifest.h"
#include "sync/Paginator.h"
#include "sync/RecordMapper.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace c360::sync {

struct FetchedPage {
    QList<CanonicalRecord> records;
    QList<QuarantineEntry> quarantined;
    QList<RecordDerivation> derived; // empty, or each record's, when the page was fetched ahead (PagePrefetcher)
    QString nextCursor;              // the checkpoint after this page
    bool hasMore = false;
    int attempts = 1; // HTTP attempts this page took
};

// Pages ONE stream of one source per its manifest: builds the request, authenticates, GETs it
// through the HttpClient with the RetryPolicy, parses the body, selects and maps the records.
class Connector {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::Connector)

public:
    Connector(const SourceConfig& source, const StreamManifest& stream, HttpClient& http, RetryPolicy& retry,
              const std::atomic<bool>* cancel = nullptr);
    ~Connector();
    Connector(const Connector&) = delete;
    Connector& operator=(const Connector&) = delete;

    void setPageSize(std::optional<int> pageSize);
    // Query items that ask the API for a scope only (SyncScope::serverQuery), sent with the first page.
    void setScopeQuery(QList<QPair<QString, QString>> items) { m_scopeQuery = std::move(items); }
    // The page at `checkpoint` ("" = from the start). The page's nextCursor is the checkpoint to store
    // after it: the paginator's cursor, or for "timestamp" incremental streams a small JSON object
    // {"since": ISO, "cursor": ..., "max": ISO} that the connector alone reads.
    Result<FetchedPage> fetch(const QString& checkpoint);

    // The first request of a run from scratch (start date applied), without credentials.
    QUrl firstPageUrl() const;

    // The last fetch failed because the server refused the stored cursor (HTTP 400/410 on a request that
    // carried one, Salesforce INVALID_QUERY_LOCATOR): a restart from the high-water mark recovers.
    bool cursorRejected() const { return m_cursorRejected; }
    // The checkpoint to start over from after a refused cursor: timestamp streams keep their run's start;
    // cursor streams start at `highWater` (the newest change the cache holds; invalid: the start date);
    // full-refresh streams read from the start.
    QString restartCheckpoint(const QString& checkpoint, const QDateTime& highWater);

private:
    struct Attempt;
    struct State {
        QString cursor;  // paginator cursor within the run
        QDateTime since; // incremental start of this run (invalid: none)
        QDateTime max;   // timestamp incremental: newest change seen in this run
    };
    State decode(const QString& checkpoint) const;
    QString encode(const State& state) const;
    QDateTime startDate() const;
    QString formatSince(const QDateTime& since) const;
    QUrl firstPageUrl(const State& state) const;
    Attempt attempt(const State& state, bool newToken);
    Result<HttpHeaders> authHeaders(bool forceNewToken);
    Status fetchToken();
    void throttle();

    const SourceConfig& m_source;
    const StreamManifest& m_stream;
    HttpClient& m_http;
    RetryPolicy& m_retry;
    const std::atomic<bool>* m_cancel;
    std::unique_ptr<Paginator> m_paginator;
    RecordMapper m_mapper;
    std::vector<std::unique_ptr<RecordMapper>> m_sideloadMappers;
    InterruptibleSleep m_sleep;
    std::optional<int> m_pageSize;
    QList<QPair<QString, QString>> m_scopeQuery;
    bool m_cursorRejected = false;
    QDateTime m_restartSince; // paginator-cursor streams restarted after a refused cursor
    QString m_token;          // oauth2 access token (never logged)
    QDateTime m_tokenExpiry;
    std::optional<std::chrono::steady_clock::time_point> m_lastRequest;
};

} // namespace c360::sync

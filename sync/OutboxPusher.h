#pragma once

#include "sync/CurlHttpClient.h"
#include "sync/OutboxStore.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"

#include <atomic>

namespace c360::sync {

struct PushReport {
    int sent = 0;     // accepted by the backend (2xx, including replays of an earlier attempt)
    int rejected = 0; // permanently refused (4xx): marked failed with the backend's reason
    int deferred = 0; // transient failure: stays pending with a later next attempt
    bool offline = false;
    QString summary;
};

// Pushes due outbox items to the backend, oldest first and in order per customer:
// POST {base_url}/outbox/v1/{kind} with the item's Idempotency-Key, so a retry after a lost answer
// cannot apply a write twice. 2xx -> sent; 4xx (but 408/429) -> failed with the backend's reason
// (the agent sees it and may retry); 5xx/429/transport -> pending again after a backoff (429:
// Retry-After), and that customer's later items wait. Blocking; runs on the sync thread.
class OutboxPusher {
public:
    struct Target {
        QString baseUrl; // e.g. the reference backend's http://127.0.0.1:8360
        SourceAuth auth; // bearer | api_key (header) | basic
    };

    OutboxPusher(OutboxStore& store, Target target, CurlHttpClient::Options http = {}, RetryPolicy::Options retry = {});
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // One pass over what is due now.
    PushReport pushDue();

private:
    OutboxStore& m_store;
    Target m_target;
    CurlHttpClient m_http;
    RetryPolicy m_retry;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace c360::sync

#pragma once

#include "sync/CurlHttpClient.h"
#include "sync/OutboxStore.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"
#include "sync/WriteActions.h"
#include "sync/WriteExecutor.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>

namespace c360::sync {

struct PushReport {
    int sent = 0;      // accepted by the backend (2xx, including replays of an earlier attempt)
    int rejected = 0;  // permanently refused (4xx): marked failed with the backend's reason
    int deferred = 0;  // transient failure: stays pending with a later next attempt
    int conflicts = 0; // the record changed on the server since the agent saw it: kept as "conflict"
    bool offline = false;
    QString summary;
};

// Pushes due outbox items, oldest first and in order per customer, each through the write action
// of the source that takes its kind (resources/connectors/README.md, "Write actions"): the vendor's
// own endpoint, body and idempotency method, with the source's own credential. Items no vendor
// source takes go to the default target, the reference backend's POST {base_url}/outbox/v1/{kind}
// with the item's Idempotency-Key. A retry after a lost answer cannot apply a write twice.
// 2xx (or an earlier attempt found applied) -> sent; 4xx (but 408/429), no credential, nothing to
// act on -> failed with the vendor's reason (the agent sees it and may retry); 5xx/429/transport ->
// pending again after a backoff (429: Retry-After), and that customer's later items wait; a change
// based on a version of the record the server no longer has -> conflict (nothing applied, see
// ConflictCheck), kept for the agent to resolve.
// Blocking; runs on the sync thread.
class OutboxPusher {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::OutboxPusher)

public:
    struct Target {
        Target() = default;
        // The reference backend only (every kind to /outbox/v1).
        Target(QString baseUrl, SourceAuth auth)
            : baseUrl(std::move(baseUrl))
            , auth(std::move(auth)) {}

        QString baseUrl; // default target, e.g. the reference backend's http://127.0.0.1:8360 ("": none)
        SourceAuth auth; // its credential
        WriteActions defaultActions = WriteActions::reference(); // what the default target can do
        QList<WriteSource> sources;                              // vendor sources with write actions, routed by kind
        QHash<QString, QString> routes; // kind -> source name (sources file "outbox": {"routes": …})

        bool isEmpty() const { return baseUrl.isEmpty() && sources.isEmpty(); }
    };

    OutboxPusher(OutboxStore& store, Target target, CurlHttpClient::Options http = {}, RetryPolicy::Options retry = {});
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // One pass over what is due now.
    PushReport pushDue();

    // Where an item of `kind` goes: the routed source, else the first source declaring `kind`, else
    // the default target ("*" or the kind). {nullptr, nullptr}: nobody takes it.
    QPair<const WriteSource*, const WriteAction*> route(const QString& kind) const;

private:
    OutboxStore& m_store;
    Target m_target;
    WriteSource m_default; // the default target as a write source (name "outbox")
    CurlHttpClient m_http;
    WriteExecutor m_executor;
    RetryPolicy m_retry;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace c360::sync

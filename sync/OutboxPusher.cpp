#include "sync/OutboxPusher.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QSet>

namespace c360::sync {

OutboxPusher::OutboxPusher(OutboxStore& store, Target target, CurlHttpClient::Options http, RetryPolicy::Options retry)
    : m_store(store)
    , m_target(std::move(target))
    , m_http(http)
    , m_executor(m_http)
    , m_retry(retry) {
    m_default.name = tr("the server"); // in messages: "Rejected by the server (HTTP 404): …"
    m_default.baseUrl = m_target.baseUrl;
    m_default.auth = m_target.auth;
    m_default.actions = m_target.defaultActions;
}

QPair<const WriteSource*, const WriteAction*> OutboxPusher::route(const QString& kind) const {
    const QString routed = m_target.routes.value(kind);
    if (!routed.isEmpty()) {
        for (const WriteSource& s : m_target.sources) {
            if (s.name == routed) {
                if (const WriteAction* a = s.actions.find(kind, true)) {
                    return {&s, a};
                }
            }
        }
        if (routed == QLatin1String("outbox") && !m_default.baseUrl.isEmpty()) {
            return {&m_default, m_default.actions.find(kind, true)};
        }
        return {nullptr, nullptr};
    }
    for (const WriteSource& s : m_target.sources) {
        if (const WriteAction* a = s.actions.find(kind, false)) {
            return {&s, a};
        }
    }
    if (!m_default.baseUrl.isEmpty()) {
        if (const WriteAction* a = m_default.actions.find(kind, true)) {
            return {&m_default, a};
        }
    }
    return {nullptr, nullptr};
}

PushReport OutboxPusher::pushDue() {
    PushReport report;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto items = m_store.due(start);
    if (!items) {
        report.summary = items.error().message;
        return report;
    }
    QSet<QString> blocked;            // customers whose earlier item failed transiently in this pass
    QSet<const WriteSource*> offline; // sources nobody answers at in this pass
    for (const OutboxItem& item : std::as_const(*items)) {
        if (m_cancel != nullptr && m_cancel->load()) {
            break;
        }
        if (blocked.contains(item.customerKey)) {
            continue;
        }
        const auto fail = [&](int status, const QString& reason) {
            qCWarning(lcSync).noquote() << "outbox item" << item.id << item.kind << "rejected:" << reason;
            if (Status s = m_store.markFailed(item.id, status, reason); !s) {
                qCWarning(lcSync).noquote() << "outbox: could not mark a rejection:" << s.error().detail;
            }
            ++report.rejected;
        };
        const auto [source, action] = route(item.kind);
        if (source == nullptr || action == nullptr) {
            fail(0, tr("No source takes “%1” writes: name one under \"outbox\" in the sources file, then retry.")
                        .arg(item.kind));
            continue;
        }
        if (offline.contains(source)) {
            blocked.insert(item.customerKey); // untouched: it waits for the next pass, in order
            continue;
        }
        const auto defer = [&](const QString& error, std::chrono::milliseconds delay) {
            blocked.insert(item.customerKey);
            ++report.deferred;
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
            if (Status s = m_store.markRetry(item.id, error, next); !s) {
                qCWarning(lcSync).noquote() << "outbox: could not record a retry:" << s.error().detail;
            }
        };
        const WriteOutcome outcome = m_executor.run(*source, *action, item);
        bool stop = false;
        switch (outcome.kind) {
        case WriteOutcome::Kind::Applied:
        case WriteOutcome::Kind::AlreadyApplied:
            if (Status s = m_store.markSent(item.id, outcome.status, QDateTime::currentDateTimeUtc(),
                                            outcome.resultId.isEmpty()
                                                ? QString()
                                                : source->name + QLatin1Char('/') + action->resultStream +
                                                      QLatin1Char('/') + outcome.resultId);
                !s) {
                qCWarning(lcSync).noquote() << "outbox: sent but could not mark it:" << s.error().detail;
                stop = true; // the next pass sends it again; the vendor's idempotency makes that harmless
                break;
            }
            ++report.sent;
            break;
        case WriteOutcome::Kind::Rejected:
            fail(outcome.status, outcome.message);
            break;
        case WriteOutcome::Kind::Conflict:
            // Nothing was applied; the agent decides. Never retried by itself, never dropped; like a
            // rejection it does not hold back the customer's later items (those are theirs to order).
            qCInfo(lcSync).noquote() << "outbox item" << item.id << item.kind << "is in conflict at" << source->name;
            if (Status s = m_store.markConflict(item.id, outcome.status, outcome.message, outcome.serverVersion); !s) {
                qCWarning(lcSync).noquote() << "outbox: could not mark a conflict:" << s.error().detail;
                stop = true;
                break;
            }
            ++report.conflicts;
            break;
        case WriteOutcome::Kind::Cancelled:
            stop = true;
            break;
        case WriteOutcome::Kind::Offline:
            defer(outcome.message, m_retry.backoff(std::min(item.attempts + 1, 16)));
            offline.insert(source); // nobody is listening there: its other items wait for the next pass
            report.offline = true;
            break;
        case WriteOutcome::Kind::Transient:
            defer(outcome.message, outcome.retryAfter.value_or(m_retry.backoff(std::min(item.attempts + 1, 16))));
            break;
        }
        if (stop) {
            break;
        }
    }
    report.summary = report.offline         ? tr("Outbox: the server cannot be reached; changes wait.")
                     : report.conflicts > 0 ? tr("Outbox: %1 sent, %2 rejected, %3 to retry, %4 in conflict.")
                                                  .arg(report.sent)
                                                  .arg(report.rejected)
                                                  .arg(report.deferred)
                                                  .arg(report.conflicts)
                                            : tr("Outbox: %1 sent, %2 rejected, %3 to retry.")
                                                  .arg(report.sent)
                                                  .arg(report.rejected)
                                                  .arg(report.deferred);
    return report;
}

} // namespace c360::sync

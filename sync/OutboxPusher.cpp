#include "sync/OutboxPusher.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace c360::sync {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync", text);
}

// The backend's own words for a rejection: {"message": "..."} or {"error": "..."}, else the status.
QString reasonOf(const HttpResponse& r) {
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString reason = o.value(QStringLiteral("message")).toString();
    if (reason.isEmpty()) {
        reason = o.value(QStringLiteral("error")).toString();
    }
    if (reason.isEmpty()) {
        reason = QString::fromUtf8(r.body.left(200)).simplified();
    }
    return tr("Rejected by the server (HTTP %1): %2").arg(r.status).arg(reason);
}

} // namespace

OutboxPusher::OutboxPusher(OutboxStore& store, Target target, CurlHttpClient::Options http, RetryPolicy::Options retry)
    : m_store(store)
    , m_target(std::move(target))
    , m_http(http)
    , m_retry(retry) {}

PushReport OutboxPusher::pushDue() {
    PushReport report;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto items = m_store.due(start);
    if (!items) {
        report.summary = items.error().message;
        return report;
    }
    QSet<QString> blocked; // customers whose earlier item failed transiently in this pass
    for (const OutboxItem& item : std::as_const(*items)) {
        if (m_cancel != nullptr && m_cancel->load()) {
            break;
        }
        if (blocked.contains(item.customerKey)) {
            continue;
        }
        HttpRequest request;
        request.method = QStringLiteral("POST");
        request.url = m_target.baseUrl + QStringLiteral("/outbox/v1/") + item.kind;
        request.body = item.payload;
        request.headers = {{"Content-Type", "application/json"},
                           {"Accept", "application/json"},
                           {"Idempotency-Key", item.idempotencyKey.toUtf8()}};
        const SourceAuth& auth = m_target.auth;
        if (auth.type == QLatin1String("bearer")) {
            request.headers.append({"Authorization", "Bearer " + auth.secret.toUtf8()});
            request.secretHeaders.append("Authorization");
        } else if (auth.type == QLatin1String("api_key") && !auth.header.isEmpty()) {
            request.headers.append({auth.header.toUtf8(), auth.secret.toUtf8()});
            request.secretHeaders.append(auth.header.toUtf8());
        } else if (auth.type == QLatin1String("basic")) {
            request.headers.append(
                {"Authorization",
                 "Basic " + QByteArray(auth.username.toUtf8() + ':' + auth.secret.toUtf8()).toBase64()});
        }
        const auto defer = [&](const QString& error, std::chrono::milliseconds delay) {
            blocked.insert(item.customerKey);
            ++report.deferred;
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
            if (Status s = m_store.markRetry(item.id, error, next); !s) {
                qCWarning(lcSync).noquote() << "outbox: could not record a retry:" << s.error().detail;
            }
        };
        auto response = m_http.send(request);
        if (!response) {
            const TransportError kind = m_http.lastErrorKind();
            if (kind == TransportError::Cancelled) {
                break;
            }
            defer(response.error().message, m_retry.backoff(std::min(item.attempts + 1, 16)));
            if (kind == TransportError::ConnectFailed) { // nobody is listening: stop this pass
                report.offline = true;
                break;
            }
            continue;
        }
        const int status = response->status;
        if (status >= 200 && status < 300) {
            if (Status s = m_store.markSent(item.id, status); !s) {
                qCWarning(lcSync).noquote() << "outbox: sent but could not mark it:" << s.error().detail;
                break; // the next pass sends it again; the key makes that harmless
            }
            ++report.sent;
            continue;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            const QString reason = reasonOf(*response);
            qCWarning(lcSync).noquote() << "outbox item" << item.id << item.kind << "rejected:" << reason;
            if (Status s = m_store.markFailed(item.id, status, reason); !s) {
                qCWarning(lcSync).noquote() << "outbox: could not mark a rejection:" << s.error().detail;
            }
            ++report.rejected;
            continue;
        }
        const auto retryAfter =
            status == 429 || status == 503 ? m_retry.retryAfter(response->header("retry-after")) : std::nullopt;
        defer(tr("The server failed (HTTP %1); will retry.").arg(status),
              retryAfter.value_or(m_retry.backoff(std::min(item.attempts + 1, 16))));
    }
    report.summary = report.offline ? tr("Outbox: the server cannot be reached; changes wait.")
                                    : tr("Outbox: %1 sent, %2 rejected, %3 to retry.")
                                          .arg(report.sent)
                                          .arg(report.rejected)
                                          .arg(report.deferred);
    return report;
}

} // namespace c360::sync

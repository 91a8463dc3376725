#include "sync/Connector.h"

#include "sync/JsonRead.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>

namespace c360::sync {

using nlohmann::json;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync::Connector", text);
}

QString bodyExcerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? QStringLiteral("(empty body)") : text;
}

} // namespace

struct Connector::Attempt {
    std::optional<FetchedPage> page;
    Error error;
    bool retryable = false;
    std::optional<std::chrono::milliseconds> retryAfter;
};

Connector::Connector(const SourceConfig& source, const StreamManifest& stream, HttpClient& http, RetryPolicy& retry,
                     const std::atomic<bool>* cancel)
    : m_source(source)
    , m_stream(stream)
    , m_http(http)
    , m_retry(retry)
    , m_cancel(cancel)
    , m_paginator(Paginator::create(stream.paginator))
    , m_mapper(source.name, stream) {}

Connector::~Connector() = default;

void Connector::setPageSize(std::optional<int> pageSize) {
    m_pageSize = pageSize;
}

QUrl Connector::firstPageUrl() const {
    QUrl url(m_source.baseUrl + m_stream.path);
    QStringList items;
    const QString& sizeParam = m_stream.paginator.pageSizeParam;
    bool sizeSet = false;
    for (const auto& [key, value] : m_stream.query) {
        QString v = value;
        if (m_pageSize && key == sizeParam) {
            v = QString::number(*m_pageSize);
            sizeSet = true;
        }
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    if (m_pageSize && !sizeSet && !sizeParam.isEmpty()) {
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(sizeParam)) + QLatin1Char('=') +
                     QString::number(*m_pageSize));
    }
    if (!items.isEmpty()) {
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return url;
}

HttpHeaders Connector::authHeaders() const {
    HttpHeaders headers{{"Accept", "application/json"}};
    const SourceAuth& auth = m_source.auth;
    if (auth.type == QLatin1String("bearer")) {
        headers.append({"Authorization", "Bearer " + auth.secret.toUtf8()});
    } else if (auth.type == QLatin1String("api_key")) {
        headers.append({auth.header.toUtf8(), auth.secret.toUtf8()});
    } else if (auth.type == QLatin1String("basic")) {
        headers.append(
            {"Authorization", "Basic " + QByteArray(auth.username.toUtf8() + ':' + auth.secret.toUtf8()).toBase64()});
    }
    return headers;
}

Connector::Attempt Connector::attempt(const QString& cursor) {
    Attempt a;
    const QUrl url = m_paginator->requestUrl(firstPageUrl(), cursor);
    HttpRequest request;
    request.url = url.toString(QUrl::FullyEncoded);
    request.headers = authHeaders();
    if (m_source.auth.type == QLatin1String("api_key")) {
        request.secretHeaders.append(m_source.auth.header.toUtf8());
    }
    const QString what = m_source.name + QLatin1Char('/') + m_stream.name;
    const QString detail = QStringLiteral("GET %1").arg(url.toString());

    auto response = m_http.send(request);
    if (!response) {
        a.error = response.error();
        a.retryable = RetryPolicy::shouldRetryTransport(m_http.lastErrorKind());
        return a;
    }
    const int status = response->status;
    if (status < 200 || status > 299) {
        a.retryable = m_retry.shouldRetryStatus(status);
        if (status == 429 || status == 503) {
            a.retryAfter = m_retry.retryAfter(response->header("retry-after"));
        }
        const QString body = bodyExcerpt(response->body);
        if (status == 401 || status == 403) {
            a.error = {tr("The %1 server rejected the credentials (HTTP %2) — check the secret of source \"%1\" in the "
                          "sources file.")
                           .arg(m_source.name)
                           .arg(status),
                       detail + QStringLiteral(": ") + body};
        } else if (status == 404) {
            a.error = {tr("The %1 server does not know %2 (HTTP 404) — check base_url and the connector manifest.")
                           .arg(m_source.name, m_stream.path),
                       detail};
        } else if (status == 429) {
            a.error = {tr("The %1 server asked us to slow down (HTTP 429) and kept refusing.").arg(m_source.name),
                       detail};
        } else if (status >= 500) {
            a.error = {tr("The %1 server failed (HTTP %2) while sending %3.").arg(m_source.name).arg(status).arg(what),
                       detail + QStringLiteral(": ") + body};
        } else {
            a.error = {tr("The %1 server refused the request for %2 (HTTP %3).").arg(m_source.name, what).arg(status),
                       detail + QStringLiteral(": ") + body};
        }
        return a;
    }

    const json body = json::parse(response->body.cbegin(), response->body.cend(), nullptr, false);
    if (body.is_discarded()) {
        a.retryable = true;
        const bool html = response->body.trimmed().startsWith('<');
        a.error = {html ? tr("The %1 server sent a web page instead of data for %2.").arg(m_source.name, what)
                        : tr("The %1 server sent a page of %2 that is not valid JSON (malformed or cut off).")
                              .arg(m_source.name, what),
                   detail + QStringLiteral(": %1 bytes: ").arg(response->body.size()) + bodyExcerpt(response->body)};
        return a;
    }
    const json* records = jsonread::find(body, m_stream.records);
    if (records == nullptr || !records->is_array()) {
        a.retryable = true;
        a.error = {
            tr("The %1 server's page of %2 has no record list at %3.").arg(m_source.name, what, m_stream.recordsPath),
            detail};
        return a;
    }
    auto link = m_paginator->next(*response, body, cursor);
    if (!link) {
        a.error = {tr("%1: %2").arg(what, link.error().message), detail};
        return a;
    }
    FetchedPage page;
    page.nextCursor = link->nextCursor;
    page.hasMore = link->hasMore;
    for (const json& record : *records) {
        auto mapped = m_mapper.map(record);
        if (auto* r = std::get_if<CanonicalRecord>(&mapped)) {
            page.records.append(std::move(*r));
        } else {
            auto& q = std::get<QuarantineEntry>(mapped);
            qCWarning(lcSync).noquote() << "quarantined" << what << q.sourceId << ":" << q.error;
            page.quarantined.append(std::move(q));
        }
    }
    a.page = std::move(page);
    return a;
}

Result<FetchedPage> Connector::fetch(const QString& cursor) {
    const auto cancelled = [this] { return m_cancel != nullptr && m_cancel->load(); };
    for (int n = 1;; ++n) {
        Attempt a = attempt(cursor);
        if (a.page) {
            a.page->attempts = n;
            return std::move(*a.page);
        }
        if (cancelled()) {
            return Error{tr("Cancelled"), a.error.detail};
        }
        if (!a.retryable || !m_retry.attemptsLeft(n)) {
            if (n > 1) {
                a.error.detail += QStringLiteral(" (after %1 attempts)").arg(n);
            }
            return a.error;
        }
        const auto delay = a.retryAfter.value_or(m_retry.backoff(n));
        qCWarning(lcSync).noquote() << m_source.name + QLatin1Char('/') + m_stream.name << "attempt" << n
                                    << "failed:" << a.error.message << "|" << a.error.detail << "- retrying in"
                                    << delay.count() << "ms";
        if (!m_sleep.sleepFor(delay, m_cancel)) {
            return Error{tr("Cancelled"), a.error.detail};
        }
    }
}

} // namespace c360::sync

#include "sync/Connector.h"

#include "sync/JsonLimits.h"
#include "sync/JsonRead.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace c360::sync {

using nlohmann::json;

namespace {

QString bodyExcerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? QStringLiteral("(empty body)") : text;
}

} // namespace

struct Connector::Attempt {
    std::optional<FetchedPage> page;
    Error error;
    bool retryable = false;
    bool unauthorized = false;
    bool throttled = false;      // HTTP 429
    bool cursorRejected = false; // the server refused the cursor the request carried
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
    , m_mapper(source.name, stream) {
    for (const SideloadSpec& load : stream.sideloads) {
        m_sideloadMappers.push_back(std::make_unique<RecordMapper>(source.name, *load.stream));
    }
}

Connector::~Connector() = default;

void Connector::setPageSize(std::optional<int> pageSize) {
    m_pageSize = pageSize;
}

Connector::State Connector::decode(const QString& checkpoint) const {
    State state;
    if (m_stream.incremental.type != QLatin1String("timestamp")) {
        state.cursor = checkpoint;
        if (checkpoint.isEmpty() && !m_stream.incremental.type.isEmpty()) {
            state.since = m_restartSince.isValid() ? m_restartSince : startDate();
        }
        return state;
    }
    if (checkpoint.isEmpty()) {
        state.since = startDate();
        return state;
    }
    const json doc = json::parse(checkpoint.toStdString(), nullptr, false);
    if (doc.is_object()) {
        const auto text = [&](const char* key) {
            const auto it = doc.find(key);
            return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        state.cursor = text("cursor");
        state.since = QDateTime::fromString(text("since"), Qt::ISODateWithMs).toUTC();
        state.max = QDateTime::fromString(text("max"), Qt::ISODateWithMs).toUTC();
    }
    if (!state.since.isValid()) {
        state.since = startDate();
    }
    return state;
}

QString Connector::encode(const State& state) const {
    if (m_stream.incremental.type != QLatin1String("timestamp")) {
        return state.cursor;
    }
    json doc = json::object();
    doc["since"] = state.since.toUTC().toString(Qt::ISODateWithMs).toStdString();
    if (!state.cursor.isEmpty()) {
        doc["cursor"] = state.cursor.toStdString();
    }
    if (state.max.isValid()) {
        doc["max"] = state.max.toUTC().toString(Qt::ISODateWithMs).toStdString();
    }
    return QString::fromStdString(doc.dump());
}

QString Connector::restartCheckpoint(const QString& checkpoint, const QDateTime& highWater) {
    const qint64 lookback = m_stream.incremental.lookbackSeconds;
    if (m_stream.incremental.type == QLatin1String("timestamp")) {
        State state = decode(checkpoint);
        state.cursor.clear();
        state.max = {};
        if (!state.since.isValid() && highWater.isValid()) {
            state.since = highWater.addSecs(-lookback);
        }
        return encode(state);
    }
    if (!m_stream.incremental.type.isEmpty() && highWater.isValid()) {
        m_restartSince = highWater.addSecs(-lookback);
    }
    return {};
}

QDateTime Connector::startDate() const {
    const IncrementalSpec& inc = m_stream.incremental;
    QString text = m_source.config.value(inc.startConfig).toString();
    if (text.isEmpty()) {
        text = inc.startDate;
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        dt.setTimeZone(QTimeZone::utc());
    }
    return dt.toUTC();
}

QString Connector::formatSince(const QDateTime& since) const {
    const QString& format = m_stream.incremental.format;
    const QDateTime utc = since.toUTC();
    if (format == QLatin1String("epoch_seconds")) {
        return QString::number(utc.toSecsSinceEpoch());
    }
    if (format == QLatin1String("epoch_millis")) {
        return QString::number(utc.toMSecsSinceEpoch());
    }
    return utc.toString(format == QLatin1String("iso8601_ms") ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QUrl Connector::firstPageUrl() const {
    return firstPageUrl(decode({}));
}

QUrl Connector::firstPageUrl(const State& state) const {
    QUrl url(m_source.baseUrl + m_stream.path);
    QStringList items;
    const QString& sizeParam = m_stream.paginator.pageSizeParam;
    const QString since = state.since.isValid() ? formatSince(state.since) : QString();
    bool sizeSet = false;
    const auto item = [](const QString& key, const QString& value) -> QString {
        return QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    for (const auto& [key, value] : m_stream.query) {
        QString v = value;
        if (m_pageSize && key == sizeParam) {
            v = QString::number(*m_pageSize);
            sizeSet = true;
        }
        v.replace(QLatin1String("{since}"), since);
        items.append(item(key, v));
    }
    for (const auto& [key, value] : m_scopeQuery) {
        items.append(item(key, value));
    }
    if (m_pageSize && !sizeSet && !sizeParam.isEmpty()) {
        items.append(item(sizeParam, QString::number(*m_pageSize)));
    }
    // Paginator-cursor streams send the start only on the very first page of the very first run.
    const bool sendStart = m_stream.incremental.type == QLatin1String("timestamp") || state.cursor.isEmpty();
    if (!m_stream.incremental.param.isEmpty() && !since.isEmpty() && sendStart) {
        items.append(item(m_stream.incremental.param, since));
    }
    if (!items.isEmpty()) {
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return url;
}

void Connector::throttle() {
    // A source's "config": {"requests_per_second": N} overrides the manifest (e.g. a raised vendor plan).
    const double rps =
        m_source.config.value(QStringLiteral("requests_per_second"), m_stream.requestsPerSecond).toDouble();
    if (rps <= 0.0) {
        return;
    }
    const auto interval = std::chrono::milliseconds(static_cast<qint64>(1000.0 / rps));
    const auto now = std::chrono::steady_clock::now();
    if (m_lastRequest) {
        const auto due = *m_lastRequest + interval;
        if (due > now) {
            m_sleep.sleepFor(std::chrono::duration_cast<std::chrono::milliseconds>(due - now), m_cancel);
        }
    }
    m_lastRequest = std::chrono::steady_clock::now();
}

Status Connector::fetchToken() {
    const SourceAuth& auth = m_source.auth;
    const QUrl tokenUrl = QUrl(m_source.baseUrl + QLatin1Char('/')).resolved(QUrl(auth.tokenUrl));
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.url = tokenUrl.toString(QUrl::FullyEncoded);
    request.headers = {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(auth.clientId) +
                   "&client_secret=" + QUrl::toPercentEncoding(auth.secret);
    if (!auth.scope.isEmpty()) {
        request.body += "&scope=" + QUrl::toPercentEncoding(auth.scope);
    }
    const QString detail = QStringLiteral("POST %1").arg(tokenUrl.toString());
    auto response = m_http.send(request);
    if (!response) {
        return response.error();
    }
    const json body = json::parse(response->body.cbegin(), response->body.cend(), nullptr, false);
    const auto token = body.is_object() ? body.find("access_token") : body.end();
    if (response->status != 200 || token == body.end() || !token->is_string()) {
        return Error{tr("The %1 server refused the OAuth2 client credentials (HTTP %2) — check client_id and the "
                        "secret of source \"%1\".")
                         .arg(m_source.name)
                         .arg(response->status),
                     detail};
    }
    m_token = QString::fromStdString(token->get<std::string>());
    qint64 expiresIn = 3600;
    if (const auto e = body.find("expires_in"); e != body.end() && e->is_number()) {
        expiresIn = e->get<qint64>();
    }
    // Renew a minute early so that no request goes out with a token about to expire.
    m_tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(expiresIn - 60, 1));
    qCInfo(lcSync).noquote() << m_source.name << "obtained an OAuth2 access token, valid for" << expiresIn << "s";
    return {};
}

Result<HttpHeaders> Connector::authHeaders(bool forceNewToken) {
    HttpHeaders headers{{"Accept", "application/json"}};
    const SourceAuth& auth = m_source.auth;
    if (auth.type == QLatin1String("bearer")) {
        headers.append({"Authorization", "Bearer " + auth.secret.toUtf8()});
    } else if (auth.type == QLatin1String("api_key") && !auth.header.isEmpty()) {
        headers.append({auth.header.toUtf8(), auth.secret.toUtf8()});
    } else if (auth.type == QLatin1String("basic")) {
        headers.append(
            {"Authorization", "Basic " + QByteArray(auth.username.toUtf8() + ':' + auth.secret.toUtf8()).toBase64()});
    } else if (auth.type == QLatin1String("oauth2_client_credentials")) {
        if (forceNewToken || m_token.isEmpty() || QDateTime::currentDateTimeUtc() >= m_tokenExpiry) {
            if (Status s = fetchToken(); !s) {
                return s.error();
            }
        }
        headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    }
    return headers;
}

Connector::Attempt Connector::attempt(const State& state, bool newToken) {
    Attempt a;
    const QString& cursor = state.cursor;
    const QUrl first = firstPageUrl(state);
    QUrl url = m_paginator->requestUrl(first, cursor);
    if (m_paginator->cursorIsUrl() && !cursor.isEmpty()) {
        const QUrl base(m_source.baseUrl);
        if (url.scheme() != base.scheme() || url.host() != base.host() || url.port() != base.port()) {
            a.error = {tr("The %1 server's next-page link leads to another host; it is not followed with the "
                          "credentials.")
                           .arg(m_source.name),
                       QStringLiteral("next page %1").arg(url.toString(QUrl::RemoveQuery))};
            return a;
        }
    }
    throttle();
    auto headers = authHeaders(newToken);
    if (!headers) { // the token request failed: retry only what a retry can fix (network trouble)
        a.error = headers.error();
        a.retryable = RetryPolicy::shouldRetryTransport(m_http.lastErrorKind());
        return a;
    }
    HttpRequest request;
    request.headers = *headers;
    if (m_source.auth.type == QLatin1String("api_key")) {
        if (m_source.auth.header.isEmpty()) {
            request.url = Paginator::withQueryItem(url, m_source.auth.queryParam, m_source.auth.secret)
                              .toString(QUrl::FullyEncoded);
        } else {
            request.secretHeaders.append(m_source.auth.header.toUtf8());
        }
    }
    if (request.url.isEmpty()) {
        request.url = url.toString(QUrl::FullyEncoded);
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
        a.cursorRejected =
            !cursor.isEmpty() && (status == 400 || status == 410 || response->body.contains("INVALID_QUERY_LOCATOR"));
        if (status == 429 || status == 503) {
            a.retryAfter = m_retry.retryAfter(response->header("retry-after"));
        }
        const QString body = bodyExcerpt(response->body);
        if (status == 401 || status == 403) {
            a.unauthorized = status == 401;
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
            a.throttled = true;
            a.error = {tr("The %1 server asked us to slow down (HTTP 429).").arg(m_source.name), detail};
        } else if (status >= 500) {
            a.error = {tr("The %1 server failed (HTTP %2) while sending %3.").arg(m_source.name).arg(status).arg(what),
                       detail + QStringLiteral(": ") + body};
        } else {
            a.error = {tr("The %1 server refused the request for %2 (HTTP %3).").arg(m_source.name, what).arg(status),
                       detail + QStringLiteral(": ") + body};
        }
        return a;
    }

    if (const auto tooMuch = jsonLimitExceeded(response->body)) {
        // Not retried: the same page would come back. The checkpoint stays where it was.
        a.error = {tr("The %1 server sent a page of %2 that is too large or too deeply nested to read safely (%3).")
                       .arg(m_source.name, what, *tooMuch),
                   detail};
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
    auto link = m_paginator->next(*response, body, *records, cursor);
    if (!link) {
        a.error = {tr("%1: %2").arg(what, link.error().message), detail};
        return a;
    }
    FetchedPage page;
    page.hasMore = link->hasMore;
    State after = state;
    after.cursor = link->nextCursor;
    // Records nested in the page's records (Zendesk ticket events -> their comments) are the stream's own.
    const json unnested = m_stream.unnest ? unnestRecords(*records, *m_stream.unnest) : json();
    for (const json& record : m_stream.unnest ? unnested : *records) {
        auto mapped = m_mapper.map(record);
        if (auto* r = std::get_if<CanonicalRecord>(&mapped)) {
            page.records.append(std::move(*r));
        } else {
            auto& q = std::get<QuarantineEntry>(mapped);
            qCWarning(lcSync).noquote() << "quarantined" << what << q.sourceId << ":" << q.error;
            page.quarantined.append(std::move(q));
        }
    }
    if (!m_stream.deletedIdsPath.isEmpty()) {
        if (const json* ids = jsonread::find(body, m_stream.deletedIds); ids != nullptr && ids->is_array()) {
            for (const json& id : *ids) {
                CanonicalRecord tombstone;
                tombstone.source = m_source.name;
                tombstone.stream = m_stream.storedStream();
                tombstone.entity = m_stream.entity;
                tombstone.sourceId =
                    id.is_string() ? QString::fromStdString(id.get<std::string>()) : QString::fromStdString(id.dump());
                tombstone.deleted = true;
                tombstone.raw = QByteArray::fromStdString(id.dump());
                if (!tombstone.sourceId.isEmpty()) {
                    page.records.append(std::move(tombstone));
                }
            }
        }
    }
    // Side-loaded records of other streams (Zendesk `include=users`) come after this stream's own, so
    // that they never move its high-water mark.
    const qsizetype ownRecords = page.records.size();
    for (qsizetype i = 0; i < m_stream.sideloads.size(); ++i) {
        const SideloadSpec& load = m_stream.sideloads.at(i);
        const json* items = jsonread::find(body, load.records);
        if (items == nullptr || !items->is_array()) {
            continue; // the server side-loaded nothing this time
        }
        for (const json& record : *items) {
            auto mapped = m_sideloadMappers.at(i)->map(record);
            if (auto* r = std::get_if<CanonicalRecord>(&mapped)) {
                page.records.append(std::move(*r));
            } else {
                auto& q = std::get<QuarantineEntry>(mapped);
                qCWarning(lcSync).noquote() << "quarantined" << what << load.name << q.sourceId << ":" << q.error;
                page.quarantined.append(std::move(q));
            }
        }
    }
    if (m_stream.incremental.type == QLatin1String("timestamp")) {
        const QString& field = m_stream.incremental.field;
        for (const CanonicalRecord& r : page.records.first(ownRecords)) {
            const QDateTime t = field == QLatin1String("updated_at") ? r.updatedAt : r.time(field);
            if (t.isValid() && (!after.max.isValid() || t > after.max)) {
                after.max = t;
            }
        }
        if (!page.hasMore) { // the run is complete: the next one asks for changes since the newest seen
            if (after.max.isValid()) {
                after.since = after.max.addSecs(-m_stream.incremental.lookbackSeconds);
            }
            after.cursor.clear();
            after.max = {};
        }
    }
    page.nextCursor = encode(after);
    a.page = std::move(page);
    return a;
}

Result<FetchedPage> Connector::fetch(const QString& checkpoint) {
    const auto cancelled = [this] { return m_cancel != nullptr && m_cancel->load(); };
    const State state = decode(checkpoint);
    bool authRetried = false;
    m_cursorRejected = false;
    for (int n = 1;; ++n) {
        Attempt a = attempt(state, authRetried);
        m_cursorRejected = a.cursorRejected;
        if (a.page) {
            a.page->attempts = n;
            return std::move(*a.page);
        }
        if (a.unauthorized && !authRetried && m_source.auth.type == QLatin1String("oauth2_client_credentials")) {
            authRetried = true; // the token expired or was revoked: get a new one, once
            --n;
            continue;
        }
        if (cancelled()) {
            return Error{tr("Cancelled"), a.error.detail};
        }
        if (!a.retryable || !m_retry.attemptsLeft(n)) {
            if (a.throttled && n > 1) {
                a.error.message =
                    tr("The %1 server asked us to slow down (HTTP 429) and kept refusing.").arg(m_source.name);
            }
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

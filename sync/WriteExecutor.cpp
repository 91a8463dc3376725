#include "sync/WriteExecutor.h"

#include "sync/JsonRead.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QUrl>

namespace c360::sync {

using nlohmann::json;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

WriteOutcome outcome(WriteOutcome::Kind kind, int status, QString message) {
    WriteOutcome o;
    o.kind = kind;
    o.status = status;
    o.message = std::move(message);
    return o;
}

// A value that says "it is there": not null, false, "" or an empty array/object.
bool present(const json* v) {
    if (v == nullptr || v->is_null()) {
        return false;
    }
    if (v->is_boolean()) {
        return v->get<bool>();
    }
    if (v->is_string()) {
        return !v->get<std::string>().empty();
    }
    if (v->is_structured()) {
        return !v->empty();
    }
    return true;
}

bool contains(const json& v, const QString& needle) {
    if (v.is_string()) {
        return qs(v.get<std::string>()).contains(needle);
    }
    if (v.is_array()) {
        for (const json& e : v) {
            if (e.is_string() && qs(e.get<std::string>()) == needle) {
                return true;
            }
        }
    }
    return false;
}

QString idText(const json& v) {
    if (v.is_string()) {
        return qs(v.get<std::string>());
    }
    if (v.is_number_integer()) {
        return QString::number(v.get<qint64>());
    }
    return qs(v.dump());
}

// The first message-like string in a vendor's error body.
std::optional<QString> messageIn(const json& v, int depth = 0) {
    if (depth > 4) {
        return std::nullopt;
    }
    if (v.is_string()) {
        return qs(v.get<std::string>());
    }
    if (v.is_array()) {
        for (const json& e : v) {
            if (auto m = messageIn(e, depth + 1)) {
                return m;
            }
        }
        return std::nullopt;
    }
    if (!v.is_object()) {
        return std::nullopt;
    }
    for (const char* key : {"message", "details", "description", "error_description", "error", "errors"}) {
        if (const auto it = v.find(key); it != v.end()) {
            if (auto m = messageIn(*it, depth + 1)) {
                return m;
            }
        }
    }
    if (!v.empty()) { // {"errors": {"base": ["…"]}}: the first field's message
        return messageIn(v.begin().value(), depth + 1);
    }
    return std::nullopt;
}

// A version as text (strings as they are, numbers as digits).
QString versionText(const json* v) {
    if (v == nullptr || v->is_null()) {
        return {};
    }
    return v->is_string() ? qs(v->get<std::string>()) : idText(*v);
}

// Versions are timestamps in one format or another (Zendesk seconds, Shopify offsets): the same instant
// is the same version. Anything else is compared as text.
bool sameVersion(const QString& a, const QString& b) {
    const QDateTime da = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime db = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (da.isValid() && db.isValid()) {
        return da.toMSecsSinceEpoch() == db.toMSecsSinceEpoch();
    }
    return a == b;
}

QString fieldText(const json& v) {
    if (v.is_string()) {
        return qs(v.get<std::string>()).trimmed();
    }
    return v.is_null() ? QString() : idText(v);
}

} // namespace

WriteExecutor::WriteExecutor(HttpClient& http)
    : m_http(http) {}

WriteVariables WriteExecutor::variables(const OutboxItem& item, const QDateTime& now) {
    WriteVariables vars;
    const json payload = json::parse(item.payload.cbegin(), item.payload.cend(), nullptr, false);
    if (payload.is_object()) {
        for (const auto& [key, value] : payload.items()) {
            if (!(value.is_string() && value.get<std::string>().empty())) {
                vars.insert(qs(key), value);
            }
        }
        vars.insert(QStringLiteral("payload"), payload);
    }
    vars.insert(QStringLiteral("key"), item.idempotencyKey.toStdString());
    vars.insert(QStringLiteral("kind"), item.kind.toStdString());
    vars.insert(QStringLiteral("customer"), item.customerKey.toStdString());
    for (const char* prefix : {"email", "phone", "party"}) {
        const QString p = QLatin1String(prefix) + QLatin1Char(':');
        if (item.customerKey.startsWith(p) && !vars.contains(QLatin1String(prefix))) {
            vars.insert(QLatin1String(prefix), item.customerKey.mid(p.size()).toStdString());
        }
    }
    const QDateTime utc = now.toUTC();
    vars.insert(QStringLiteral("now"), utc.toString(Qt::ISODateWithMs).toStdString());
    vars.insert(QStringLiteral("now_ms"), utc.toMSecsSinceEpoch());
    vars.insert(QStringLiteral("today"), utc.date().toString(Qt::ISODate).toStdString());
    return vars;
}

QString WriteExecutor::vendorMessage(const QByteArray& body) {
    const json doc = json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (!doc.is_discarded()) {
        if (auto m = messageIn(doc); m && !m->trimmed().isEmpty()) {
            return m->simplified();
        }
    }
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? tr("(no explanation given)") : text;
}

Status WriteExecutor::fetchToken(const WriteSource& source) {
    const SourceAuth& auth = source.auth;
    const QUrl tokenUrl = QUrl(source.baseUrl + QLatin1Char('/')).resolved(QUrl(auth.tokenUrl));
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.url = tokenUrl.toString(QUrl::FullyEncoded);
    request.headers = {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(auth.clientId) +
                   "&client_secret=" + QUrl::toPercentEncoding(auth.secret);
    if (!auth.scope.isEmpty()) {
        request.body += "&scope=" + QUrl::toPercentEncoding(auth.scope);
    }
    auto response = m_http.send(request);
    if (!response) {
        return response.error();
    }
    const json body = json::parse(response->body.cbegin(), response->body.cend(), nullptr, false);
    const auto token = body.is_object() ? body.find("access_token") : body.end();
    if (response->status != 200 || token == body.end() || !token->is_string()) {
        return Error{tr("The OAuth2 client credentials were refused by %1 (HTTP %2): %3")
                         .arg(source.name)
                         .arg(response->status)
                         .arg(vendorMessage(response->body)),
                     QStringLiteral("POST %1").arg(tokenUrl.toString())};
    }
    qint64 expiresIn = 3600;
    if (const auto e = body.find("expires_in"); e != body.end() && e->is_number()) {
        expiresIn = e->get<qint64>();
    }
    m_tokens.insert(source.name, Token{qs(token->get<std::string>()),
                                       QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(expiresIn - 60, 1))});
    return {};
}

Result<HttpHeaders> WriteExecutor::authHeaders(const WriteSource& source, bool newToken) {
    const SourceAuth& auth = source.auth;
    const QString& type = auth.type;
    const bool usable = !auth.secret.isEmpty() &&
                        (type == QLatin1String("bearer") || type == QLatin1String("basic") ||
                         (type == QLatin1String("api_key") && (!auth.header.isEmpty() || !auth.queryParam.isEmpty())) ||
                         (type == QLatin1String("oauth2_client_credentials") && !auth.tokenUrl.isEmpty()));
    if (!usable) {
        return Error{tr("The source “%1” has no credential this write could be sent with (auth “%2”); it was not "
                        "sent. Give the source a secret in the sources file, then retry.")
                         .arg(source.name, type.isEmpty() ? QStringLiteral("none") : type),
                     {}};
    }
    HttpHeaders headers;
    if (type == QLatin1String("bearer")) {
        headers.append({"Authorization", "Bearer " + auth.secret.toUtf8()});
    } else if (type == QLatin1String("api_key") && !auth.header.isEmpty()) {
        headers.append({auth.header.toUtf8(), auth.secret.toUtf8()});
    } else if (type == QLatin1String("basic")) {
        headers.append(
            {"Authorization", "Basic " + QByteArray(auth.username.toUtf8() + ':' + auth.secret.toUtf8()).toBase64()});
    } else if (type == QLatin1String("oauth2_client_credentials")) {
        const auto it = m_tokens.constFind(source.name);
        if (newToken || it == m_tokens.cend() || QDateTime::currentDateTimeUtc() >= it->expiry) {
            if (Status s = fetchToken(source); !s) {
                return s.error();
            }
        }
        headers.append({"Authorization", "Bearer " + m_tokens.value(source.name).value.toUtf8()});
    }
    return headers;
}

WriteExecutor::Sent WriteExecutor::sendOnce(const WriteSource& source, const HttpRequest& base, bool newToken) {
    Sent sent;
    auto auth = authHeaders(source, newToken);
    if (!auth) {
        const bool transport =
            m_http.lastErrorKind() != TransportError::None && RetryPolicy::shouldRetryTransport(m_http.lastErrorKind());
        sent.failure =
            outcome(transport ? WriteOutcome::Kind::Transient : WriteOutcome::Kind::Rejected, 0, auth.error().message);
        return sent;
    }
    HttpRequest request = base;
    for (const auto& h : *auth) {
        request.headers.append(h);
        request.secretHeaders.append(h.first);
    }
    if (source.auth.type == QLatin1String("api_key") && source.auth.header.isEmpty()) {
        QUrl url(request.url);
        QString query = url.query(QUrl::FullyEncoded);
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) +
                 QString::fromLatin1(QUrl::toPercentEncoding(source.auth.queryParam)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(source.auth.secret));
        url.setQuery(query, QUrl::StrictMode);
        request.url = url.toString(QUrl::FullyEncoded);
    }
    auto response = m_http.send(request);
    if (!response) {
        const TransportError kind = m_http.lastErrorKind();
        sent.failure = outcome(kind == TransportError::Cancelled       ? WriteOutcome::Kind::Cancelled
                               : kind == TransportError::ConnectFailed ? WriteOutcome::Kind::Offline
                                                                       : WriteOutcome::Kind::Transient,
                               0, response.error().message);
        return sent;
    }
    const int status = response->status;
    if (status >= 200 && status < 300) {
        sent.response = std::move(*response);
        return sent;
    }
    const QString said = vendorMessage(response->body);
    if (status == 401 || status == 403) {
        sent.failure =
            outcome(WriteOutcome::Kind::Rejected, status,
                    tr("The credentials were refused by %1 (HTTP %2): %3").arg(source.name).arg(status).arg(said));
    } else if (status == 408 || status == 429 || status >= 500) {
        sent.failure = outcome(WriteOutcome::Kind::Transient, status,
                               tr("Failed at %1 (HTTP %2); will retry.").arg(source.name).arg(status));
        if (status == 429 || status == 503) {
            sent.failure.retryAfter = RetryPolicy().retryAfter(response->header("retry-after"));
        }
    } else {
        sent.failure = outcome(WriteOutcome::Kind::Rejected, status,
                               tr("Rejected by %1 (HTTP %2): %3").arg(source.name).arg(status).arg(said));
    }
    sent.response = std::move(*response);
    return sent;
}

WriteExecutor::Sent WriteExecutor::send(const WriteSource& source, const WriteRequest& spec, const WriteVariables& vars,
                                        const HttpHeaders& extraHeaders, bool fresh) {
    Sent sent;
    auto path = writetemplate::text(spec.path, vars);
    if (!path) {
        sent.failure = outcome(WriteOutcome::Kind::Rejected, 0, path.error().message);
        sent.templateError = true;
        return sent;
    }
    QUrl url(source.baseUrl + *path);
    QStringList items;
    for (const auto& [key, value] : spec.query) {
        auto v = writetemplate::text(value, vars);
        if (!v) {
            sent.failure = outcome(WriteOutcome::Kind::Rejected, 0, v.error().message);
            sent.templateError = true;
            return sent;
        }
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(*v)));
    }
    if (!items.isEmpty()) {
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    HttpRequest request;
    request.method = spec.method;
    request.url = url.toString(QUrl::FullyEncoded);
    request.headers = {{"Accept", "application/json"}};
    request.headers.append(extraHeaders);
    request.freshConnection = fresh;
    if (!spec.body.is_null()) {
        auto body = writetemplate::json(spec.body, vars);
        if (!body) {
            sent.failure = outcome(WriteOutcome::Kind::Rejected, 0, body.error().message);
            sent.templateError = true;
            return sent;
        }
        if (spec.form) {
            request.body = writetemplate::formEncode(*body);
            request.headers.append(
                qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        } else {
            request.body = QByteArray::fromStdString(body->dump());
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        }
    }
    sent = sendOnce(source, request, false);
    if (!sent.failure.message.isEmpty() && sent.failure.status == 401 &&
        source.auth.type == QLatin1String("oauth2_client_credentials")) {
        sent = sendOnce(source, request, true); // the session expired: one new token, once
    }
    return sent;
}

std::optional<json> WriteExecutor::readRecord(const WriteSource& source, const ConflictCheck& check,
                                              const WriteVariables& vars, WriteOutcome& failure) {
    if (!check.read) {
        failure =
            outcome(WriteOutcome::Kind::Rejected, 0,
                    tr("%1 refused the change as out of date but did not say how the record is now.").arg(source.name));
        return std::nullopt;
    }
    const Sent s = send(source, *check.read, vars, {});
    if (!s.response || s.response->status < 200 || s.response->status > 299) {
        failure = s.failure;
        return std::nullopt;
    }
    const json body = json::parse(s.response->body.cbegin(), s.response->body.cend(), nullptr, false);
    const json* record = body.is_discarded() ? nullptr : jsonread::find(body, check.recordPointer);
    if (record == nullptr || !record->is_object()) { // unknown: never write blindly over it
        failure = outcome(
            WriteOutcome::Kind::Transient, s.response->status,
            tr("The answer of %1 with the record as it is now could not be read; will retry.").arg(source.name));
        return std::nullopt;
    }
    return *record;
}

WriteOutcome WriteExecutor::conflictWith(const WriteSource& source, const ConflictCheck& check, const OutboxItem& item,
                                         const json& record, int status) {
    const json payload = json::parse(item.payload.cbegin(), item.payload.cend(), nullptr, false);
    const json changes = payload.is_object() ? payload.value("changes", json::object()) : json::object();
    json fields = json::object();
    for (const auto& [name, pointer] : check.fields) {
        if (const json* v = jsonread::find(record, pointer)) {
            fields[name.toStdString()] = *v;
        }
    }
    bool holds = changes.is_object() && !changes.empty();
    for (const auto& [name, value] : changes.items()) {
        const auto it = fields.find(name);
        if (it == fields.end() || fieldText(*it).compare(fieldText(value), Qt::CaseInsensitive) != 0) {
            holds = false;
        }
    }
    const QString version = versionText(jsonread::find(record, check.versionPointer));
    if (holds) {
        WriteOutcome o = outcome(WriteOutcome::Kind::AlreadyApplied, status, {});
        qCInfo(lcSync).noquote() << "outbox item" << item.id << item.kind << "already holds its changes at"
                                 << source.name;
        return o;
    }
    WriteOutcome o = outcome(WriteOutcome::Kind::Conflict, status,
                             tr("Changed in %1 since you saw it (now %2): nothing was overwritten. Resolve the "
                                "conflict: keep yours, take the server's, or edit.")
                                 .arg(source.name, version.isEmpty() ? tr("a newer version") : version));
    const json server{{"version", version.toStdString()},
                      {"fields", fields},
                      {"source", source.name.toStdString()},
                      {"method", conflictMethodName(check.method).toStdString()},
                      {"checked_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()}};
    o.serverVersion = QByteArray::fromStdString(server.dump());
    return o;
}

WriteOutcome WriteExecutor::run(const WriteSource& source, const WriteAction& action, const OutboxItem& item,
                                const QDateTime& now) {
    WriteVariables vars = variables(item, now);
    const auto failed = [](const Sent& s) {
        return !s.response || s.response->status < 200 || s.response->status > 299;
    };

    for (const WriteLookup& lookup : action.lookups) {
        if (lookup.skipIfSet && vars.contains(lookup.name)) {
            continue;
        }
        const Sent s = send(source, lookup.request, vars, {});
        if (s.templateError && lookup.optional) {
            continue; // e.g. no e-mail to look the contact up by: the write goes without it
        }
        if (failed(s)) {
            return s.failure;
        }
        const json body = json::parse(s.response->body.cbegin(), s.response->body.cend(), nullptr, false);
        if (body.is_discarded()) { // a cut or garbled answer says nothing: ask again later
            return outcome(WriteOutcome::Kind::Transient, s.response->status,
                           tr("The answer of %1 to the lookup of “%2” could not be read; will retry.")
                               .arg(source.name, lookup.name));
        }
        const json* found = jsonread::find(body, lookup.pointer);
        if (!present(found)) {
            if (lookup.optional) {
                continue;
            }
            return outcome(WriteOutcome::Kind::Rejected, s.response->status,
                           tr("%1 has nothing to act on: its answer to the lookup of “%2” is empty (%3).")
                               .arg(source.name, lookup.name, lookup.request.path));
        }
        vars.insert(lookup.name, *found);
    }

    if (action.check) {
        const Sent s = send(source, *action.check, vars, {});
        if (failed(s)) {
            return s.failure;
        }
        const json body = json::parse(s.response->body.cbegin(), s.response->body.cend(), nullptr, false);
        if (body.is_discarded()) { // whether it was done is unknown: never create blindly
            return outcome(WriteOutcome::Kind::Transient, s.response->status,
                           tr("The answer of %1 to the check for an earlier attempt could not be read; will retry.")
                               .arg(source.name));
        }
        const json* at = jsonread::find(body, action.donePointer);
        bool done = false;
        if (action.doneContains.isEmpty()) {
            done = present(at);
        } else if (at != nullptr) {
            auto needle = writetemplate::text(action.doneContains, vars);
            done = needle && contains(*at, *needle);
        }
        if (done) {
            WriteOutcome o = outcome(WriteOutcome::Kind::AlreadyApplied, s.response->status, {});
            if (at != nullptr && (at->is_string() || at->is_number()) && action.doneContains.isEmpty()) {
                o.remoteId = idText(*at);
            }
            qCInfo(lcSync).noquote() << "outbox item" << item.id << item.kind << "was already applied by" << source.name
                                     << "(" << idempotencyName(action.idempotency) << "check )";
            return o;
        }
    }

    // A change to an existing record, based on the version the agent saw: never over a newer one.
    const auto base = vars.constFind(QStringLiteral("base_version"));
    const bool guarded = action.conflict && base != vars.cend() && !base->is_null();
    const QString baseVersion = guarded ? versionText(&*base) : QString();
    if (guarded && action.conflict->method == ConflictCheck::Method::ReadCompare) {
        WriteOutcome failure;
        const auto record = readRecord(source, *action.conflict, vars, failure);
        if (!record) {
            return failure;
        }
        const QString current = versionText(jsonread::find(*record, action.conflict->versionPointer));
        if (!sameVersion(baseVersion, current)) {
            return conflictWith(source, *action.conflict, item, *record, 0);
        }
    }

    HttpHeaders extra;
    if (action.idempotency == Idempotency::Header) {
        extra.append({action.header.toUtf8(), item.idempotencyKey.toUtf8()});
    }
    const Sent s = send(source, action.request, vars, extra, true); // never resent behind our back
    if (guarded && action.conflict->method == ConflictCheck::Method::Stamp && s.response &&
        action.conflict->statuses.contains(s.response->status)) {
        const json body = json::parse(s.response->body.cbegin(), s.response->body.cend(), nullptr, false);
        const json* error = body.is_object() ? jsonread::find(body, json::json_pointer("/error")) : nullptr;
        if (action.conflict->errorIs.isEmpty() ||
            (error != nullptr && versionText(error) == action.conflict->errorIs)) {
            const json* record = action.conflict->answerRecord.isEmpty() || body.is_discarded()
                                     ? nullptr
                                     : jsonread::find(body, action.conflict->answerPointer);
            if (record != nullptr && record->is_object()) {
                return conflictWith(source, *action.conflict, item, *record, s.response->status);
            }
            WriteOutcome failure;
            const auto current = readRecord(source, *action.conflict, vars, failure);
            if (!current) {
                return failure;
            }
            return conflictWith(source, *action.conflict, item, *current, s.response->status);
        }
    }
    if (failed(s)) {
        return s.failure;
    }
    WriteOutcome o = outcome(WriteOutcome::Kind::Applied, s.response->status, {});
    const json body = json::parse(s.response->body.cbegin(), s.response->body.cend(), nullptr, false);
    if (body.is_object()) {
        for (const char* key : {"id", "Id"}) {
            if (const auto it = body.find(key); it != body.end() && (it->is_string() || it->is_number())) {
                o.remoteId = idText(*it);
            }
        }
        if (!action.resultStream.isEmpty()) {
            if (const json* at = jsonread::find(body, action.resultPointer);
                at != nullptr && (at->is_string() || at->is_number())) {
                o.resultId = idText(*at);
            }
        }
    }
    return o;
}

} // namespace c360::sync

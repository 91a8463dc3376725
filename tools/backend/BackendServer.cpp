#include "BackendServer.h"

#include "tools/backend/OutboxPreconditions.h"
#include "tools/backend/ScopeFilter.h"
#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"
#include "tools/backend/WriteEffects.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <sys/socket.h>

namespace c360::backend {

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;
constexpr int kChurnTickMs = 100;
constexpr int kSlowDelayMs = 2500;
constexpr int kTimeoutDelayMs = 30000;
constexpr int kDripChunks = 20;
constexpr int kDripIntervalMs = 100;

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Reply jsonReply(int status, const QJsonObject& o) {
    return Reply{status, compact(o), "application/json", false, {}};
}

Reply error(int status, const char* code, const QString& message) {
    return jsonReply(status,
                     QJsonObject{{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}});
}

QString cursorFor(quint64 seq) {
    return QStringLiteral("c1:") % QString::number(seq);
}

bool parseCursor(const QString& text, quint64* seq) {
    if (text.isEmpty()) {
        *seq = 0;
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^c1:(\\d{1,19})$"));
    const auto m = re.match(text);
    bool ok = false;
    *seq = m.hasMatch() ? m.captured(1).toULongLong(&ok) : 0;
    return ok;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

BackendServer::BackendServer(SourceStore& store, ServerOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_mutator(store, m_options.seed)
    , m_faults(m_options.seed) {
    if (m_options.flavor != Flavor::Reference) {
        m_vendor = std::make_unique<VendorApi>(store, m_options.flavor, m_options.token);
        m_writes = std::make_unique<VendorWrites>(store, m_options.flavor);
    }
    m_churnTimer.setInterval(kChurnTickMs);
    connect(&m_churnTimer, &QTimer::timeout, this, &BackendServer::churnTick);
}

BackendServer::~BackendServer() = default;

quint16 BackendServer::listenOn(const QHostAddress& address, quint16 port) {
    const quint16 bound = listen(address, port);
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' % address.toString() % u']' : address.toString();
    m_baseUrl = QStringLiteral("http://") % host % u':' % QString::number(bound);
    return bound;
}

void BackendServer::setChurnRate(double perSecond) {
    m_churnRate = perSecond;
    m_churnDebt = 0.0;
    if (perSecond > 0.0) {
        m_churnTimer.start();
    } else {
        m_churnTimer.stop();
    }
}

void BackendServer::setFaults(double rate, std::vector<FaultKind> kinds, int maxCount) {
    m_faults.configure(rate, std::move(kinds), maxCount);
}

void BackendServer::churnTick() {
    m_churnDebt += m_churnRate * kChurnTickMs / 1000.0;
    while (m_churnDebt >= 1.0) {
        m_mutator.churnOnce(nowMs());
        m_churnDebt -= 1.0;
    }
}

bool BackendServer::authorized(const QHttpServerRequest& request) const {
    const QByteArray expected = "Bearer " + m_options.token.toUtf8();
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare("authorization", Qt::CaseInsensitive) == 0) {
            return value.trimmed() == expected;
        }
    }
    return false;
}

bool BackendServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    // Headers and body leave in separate writes; without TCP_NODELAY, Nagle's algorithm and the
    // client's delayed ACK add ~40 ms to every keep-alive request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    bool isData = false;
    Reply reply = route(request, &isData);
    if (m_options.verbose) {
        std::fprintf(stderr, "%s %s -> %d\n", request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET",
                     qUtf8Printable(request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)), reply.status);
    }
    if (isData) {
        if (const auto fault = m_faults.next()) {
            ++m_injected[FaultInjector::kindName(*fault)];
            sendWithFault(request, socket, std::move(reply), *fault);
            return true;
        }
    }
    send(request, socket, reply);
    return true;
}

void BackendServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    send(request, socket, error(404, "not_found", QStringLiteral("no such endpoint")));
}

Reply BackendServer::route(const QHttpServerRequest& request, bool* isData) {
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    const bool isAdmin = parts.size() == 2 && parts[0] == QLatin1String("admin");
    if (m_vendor && !isAdmin) {
        const QString method =
            request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
        const bool tokenEndpoint = request.url().path() == QLatin1String("/services/oauth2/token");
        if (!tokenEndpoint && !m_vendor->authorized(request.headers(), request.query())) {
            return error(401, "unauthorized", QStringLiteral("missing or wrong credentials"));
        }
        if (auto write = m_writes->handle(VendorWrites::methodName(request.method()), request.url(), request.body(),
                                          request.headers())) {
            *isData = write->isData; // faults hit write answers too: applied, then the answer is lost
            return Reply{write->status, write->body, "application/json", false, write->headers};
        }
        auto reply = m_vendor->handle(method, request.url(), request.body(), m_baseUrl);
        if (!reply) {
            return error(404, "not_found",
                         QStringLiteral("no such endpoint in the ") % flavorName(m_vendor->flavor()) %
                             QStringLiteral(" API: ") % request.url().path());
        }
        *isData = reply->isData;
        Reply out{reply->status, reply->body, "application/json", false, {}};
        out.headers = reply->headers;
        return out;
    }
    if (!authorized(request)) {
        return error(401, "unauthorized", QStringLiteral("missing or wrong bearer token"));
    }
    if (isAdmin) {
        return admin(request, parts[1]);
    }
    if (request.url().path() == QLatin1String("/api/v1/me")) { // who signs in with this token, and as what
        return jsonReply(200, QJsonObject{{QStringLiteral("user"), m_options.user},
                                          {QStringLiteral("name"), m_options.user},
                                          {QStringLiteral("role"), m_options.role}});
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("outbox") && parts[1] == QLatin1String("v1")) {
        *isData = true; // faults hit outbox answers too: applied, then the answer is lost
        return outbox(request, parts[2]);
    }
    if (parts.size() == 3 && parts[1] == QLatin1String("v1")) {
        const auto kind = findStream(parts[0], parts[2]);
        if (!kind) {
            return error(404, "not_found", QStringLiteral("unknown source or stream: ") % parts[0] % u'/' % parts[2]);
        }
        if (request.method() != QHttpServerRequest::Method::Get) {
            return error(405, "method_not_allowed", QStringLiteral("use GET"));
        }
        *isData = true;
        return dataPage(request, *kind);
    }
    return error(404, "not_found", QStringLiteral("no such endpoint: ") % request.url().path());
}

Reply BackendServer::dataPage(const QHttpServerRequest& request, StreamKind kind) {
    const QUrlQuery query = request.query();
    int limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            return error(400, "bad_request", QStringLiteral("limit must be an integer from 1 to 1000"));
        }
    }
    const QString cursorText = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    const QString sinceText = query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded);
    QString scopeError;
    const auto scope = ScopeFilter::fromQuery(query, m_store.world(), &scopeError);
    if (!scopeError.isEmpty()) {
        return error(400, "bad_request", scopeError);
    }
    SourceStore::PersonFilter keep;
    if (scope) {
        keep = [scope](int person) { return scope->keeps(person); };
    }
    FeedPage page;
    quint64 fromSeq = 0;
    if (!sinceText.isEmpty()) {
        if (!cursorText.isEmpty()) {
            return error(400, "bad_request", QStringLiteral("use either cursor or updated_since, not both"));
        }
        qint64 sinceMs = 0;
        if (!parseIsoUtc(sinceText, &sinceMs)) {
            return error(400, "bad_request", QStringLiteral("updated_since is not an ISO 8601 timestamp"));
        }
        page = m_store.pageAfterTime(kind, sinceMs, limit, &fromSeq, keep);
    } else {
        if (!parseCursor(cursorText, &fromSeq)) {
            return error(400, "bad_request", QStringLiteral("invalid cursor"));
        }
        page = m_store.pageAfterSeq(kind, fromSeq, limit, keep);
    }
    const quint64 next = page.lastSeq == 0 ? fromSeq : page.lastSeq;
    return jsonReply(200, QJsonObject{{QStringLiteral("data"), page.data},
                                      {QStringLiteral("next_cursor"), cursorFor(next)},
                                      {QStringLiteral("has_more"), page.hasMore}});
}

Reply BackendServer::admin(const QHttpServerRequest& request, const QString& action) {
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (action == QLatin1String("stats")) {
        QString scopeError; // ?territory=, ?owner=, ?queue=, ?customers=: the counts within that scope
        const auto scope = ScopeFilter::fromQuery(request.query(), m_store.world(), &scopeError);
        if (!scopeError.isEmpty()) {
            return error(400, "bad_request", scopeError);
        }
        return jsonReply(200,
                         scope ? m_store.stats([scope](int person) { return scope->keeps(person); }) : m_store.stats());
    }
    if (action == QLatin1String("faults") && !post) {
        QJsonObject byKind;
        qint64 total = 0;
        for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it) {
            byKind.insert(it.key(), it.value());
            total += it.value();
        }
        return jsonReply(200, QJsonObject{{QStringLiteral("injected"), total}, {QStringLiteral("by_kind"), byKind}});
    }
    if (action == QLatin1String("outbox")) {
        return adminOutbox();
    }
    if (action == QLatin1String("writes") && m_writes) {
        return jsonReply(200, m_writes->summary());
    }
    if (action == QLatin1String("checksum")) {
        return adminChecksum();
    }
    if (action == QLatin1String("revoke-tokens") && m_vendor) {
        m_vendor->revokeTokens();
        return jsonReply(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (!post) {
        return error(405, "method_not_allowed", QStringLiteral("use POST"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject()) {
        return error(400, "bad_request", QStringLiteral("body must be a JSON object: ") % parseError.errorString());
    }
    const QJsonObject body = doc.object();
    if (action == QLatin1String("mutate")) {
        return adminMutate(body);
    }
    if (action == QLatin1String("inject")) {
        return adminInject(body);
    }
    if (action == QLatin1String("churn")) {
        const double rate = body.value(QStringLiteral("rate")).toDouble(-1.0);
        if (rate < 0.0) {
            return error(400, "bad_request", QStringLiteral("rate must be a number >= 0"));
        }
        setChurnRate(rate);
        return jsonReply(200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("rate"), rate}});
    }
    if (action == QLatin1String("faults")) {
        return adminFaults(body);
    }
    return error(404, "not_found", QStringLiteral("unknown admin action: ") % action);
}

Reply BackendServer::adminMutate(const QJsonObject& body) {
    const auto kind =
        findStream(body.value(QStringLiteral("source")).toString(), body.value(QStringLiteral("stream")).toString());
    if (!kind) {
        return error(404, "not_found", QStringLiteral("unknown source or stream"));
    }
    // When the change happens: now, or the caller's "at" (a benchmark replays the same changes into a fresh backend,
    // and they read as they did the first time). The feed's updated_at still only ascends.
    qint64 at = nowMs();
    if (const QJsonValue given = body.value(QStringLiteral("at")); !given.isUndefined()) {
        if (!given.isString() || !parseIsoUtc(given.toString(), &at)) {
            return error(400, "bad_request", QStringLiteral("at must be an ISO 8601 timestamp"));
        }
    }
    const MutationResult result = m_mutator.apply(*kind, body.value(QStringLiteral("op")).toString(),
                                                  body.value(QStringLiteral("id")).toString(), at);
    if (result.status != 200) {
        return error(result.status, result.status == 404 ? "not_found" : "bad_request", result.error);
    }
    return jsonReply(200, m_store.recordJson(*kind, result.index));
}

Reply BackendServer::adminInject(const QJsonObject& body) {
    const auto kind =
        findStream(body.value(QStringLiteral("source")).toString(), body.value(QStringLiteral("stream")).toString());
    if (!kind) {
        return error(404, "not_found", QStringLiteral("unknown source or stream"));
    }
    if (!body.value(QStringLiteral("record")).isObject()) {
        return error(400, "bad_request", QStringLiteral("record must be a JSON object"));
    }
    m_store.injectRaw(*kind, body.value(QStringLiteral("record")).toObject(), nowMs());
    return jsonReply(200, QJsonObject{{QStringLiteral("ok"), true}});
}

Reply BackendServer::adminFaults(const QJsonObject& body) {
    const double rate = body.value(QStringLiteral("rate")).toDouble(-1.0);
    if (rate < 0.0 || rate > 1.0) {
        return error(400, "bad_request", QStringLiteral("rate must be a number from 0 to 1"));
    }
    std::vector<FaultKind> kinds;
    const QJsonArray names = body.value(QStringLiteral("kinds")).toArray();
    for (const QJsonValue& name : names) {
        const auto kind = FaultInjector::parseKind(name.toString());
        if (!kind) {
            return error(400, "bad_request",
                         QStringLiteral("unknown fault kind '") % name.toString() % QStringLiteral("'; known: ") %
                             FaultInjector::allKindNames().join(u','));
        }
        kinds.push_back(*kind);
    }
    const int count = body.value(QStringLiteral("count")).toInt(-1);
    setFaults(rate, std::move(kinds), count);
    return jsonReply(200, QJsonObject{{QStringLiteral("ok"), true}});
}

Reply BackendServer::adminChecksum() const {
    // SHA-256 over the live records of every stream, sorted by source, stream and id, one line each:
    // "source\tstream\tid\tupdated_at_ms\n" — what a complete cache holds in source_record.
    QCryptographicHash all(QCryptographicHash::Sha256);
    QJsonObject perStream;
    QList<StreamInfo> infos(kStreams.begin(), kStreams.end());
    std::sort(infos.begin(), infos.end(), [](const StreamInfo& a, const StreamInfo& b) {
        return std::pair(QLatin1String(a.source), QLatin1String(a.stream)) <
               std::pair(QLatin1String(b.source), QLatin1String(b.stream));
    });
    qint64 live = 0;
    for (const StreamInfo& info : std::as_const(infos)) {
        QCryptographicHash one(QCryptographicHash::Sha256);
        const int n = m_store.recordCount(info.kind);
        for (int i = 0; i < n; ++i) { // ids are zero-padded, so index order is id order
            const RecordMeta* meta = const_cast<SourceStore&>(m_store).meta(info.kind, i);
            if (meta->deleted) {
                continue;
            }
            const QByteArray line = QByteArray(info.source) + '\t' + info.stream + '\t' +
                                    recordId(info.kind, i).toUtf8() + '\t' + QByteArray::number(meta->updatedMs) + '\n';
            one.addData(line);
            all.addData(line);
            ++live;
        }
        perStream.insert(QLatin1String(info.source) % u'/' % QLatin1String(info.stream),
                         QString::fromLatin1(one.result().toHex()));
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("all"), QString::fromLatin1(all.result().toHex())},
                                      {QStringLiteral("streams"), perStream},
                                      {QStringLiteral("live"), live}});
}

Reply BackendServer::outbox(const QHttpServerRequest& request, const QString& kind) {
    static const QStringList kinds{
        QStringLiteral("note"),          QStringLiteral("wrap_up"),           QStringLiteral("nba_feedback"),
        QStringLiteral("ticket_create"), QStringLiteral("order_cancel"),      QStringLiteral("order_address"),
        QStringLiteral("refund"),        QStringLiteral("identity_decision"), QStringLiteral("customer_create"),
        QStringLiteral("ticket_update")};
    ++m_outboxRequests;
    if (request.method() != QHttpServerRequest::Method::Post) {
        return error(405, "method_not_allowed", QStringLiteral("use POST"));
    }
    if (!kinds.contains(kind)) {
        return error(404, "not_found", QStringLiteral("unknown outbox kind: ") % kind);
    }
    QByteArray key;
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        if (name.compare("idempotency-key", Qt::CaseInsensitive) == 0) {
            key = value.trimmed();
        }
    }
    if (key.isEmpty()) {
        return error(400, "bad_request", QStringLiteral("the Idempotency-Key header is required"));
    }
    const QString k = QString::fromUtf8(key);
    if (const auto it = m_outboxReplies.constFind(k); it != m_outboxReplies.cend()) {
        ++m_outboxReplays;
        Reply replay = *it;
        replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
        return replay;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject body = doc.object();
    const QString customer = body.value(QStringLiteral("customer")).toString();
    Reply reply;
    if (!doc.isObject() || customer.isEmpty()) {
        reply = error(422, "invalid", QStringLiteral("\"customer\" is required"));
    } else if (const auto stale = outboxpreconditions::staleBase(m_store, kind, body)) {
        // Preconditions first (as HTTP does): the record changed since the agent saw it; nothing applied.
        reply = jsonReply(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("edit_conflict")},
                                           {QStringLiteral("message"), stale->message},
                                           {QStringLiteral("current"), stale->current}});
    } else if (kind == QLatin1String("ticket_update") &&
               outboxpreconditions::ticketIndex(m_store, body.value(QStringLiteral("ticket_number")).toString()) < 0) {
        reply = error(404, "not_found",
                      QStringLiteral("ticket ") % body.value(QStringLiteral("ticket_number")).toString() %
                          QStringLiteral(" does not exist"));
    } else if (kind.startsWith(QLatin1String("order_"))) {
        const QString number = body.value(QStringLiteral("order_number")).toString();
        int found = -1;
        const int n = m_store.recordCount(StreamKind::Orders);
        for (int i = 0; i < n && found < 0; ++i) {
            if (m_store.recordJson(StreamKind::Orders, i).value(QStringLiteral("order_number")).toString() == number) {
                found = i;
            }
        }
        const QString status =
            found < 0 ? QString()
                      : m_store.recordJson(StreamKind::Orders, found).value(QStringLiteral("status")).toString();
        if (found < 0) {
            reply = error(404, "not_found", QStringLiteral("order ") % number % QStringLiteral(" does not exist"));
        } else if (kind == QLatin1String("order_cancel") &&
                   (status == QLatin1String("shipped") || status == QLatin1String("delivered"))) {
            reply = error(409, "conflict",
                          QStringLiteral("order ") % number % QStringLiteral(" has already ") % status %
                              QStringLiteral(" and cannot be cancelled"));
        } else if (kind == QLatin1String("order_cancel") && status == QLatin1String("cancelled")) {
            reply = error(409, "conflict", QStringLiteral("order ") % number % QStringLiteral(" is already cancelled"));
        }
    }
    if (reply.status == 200 && kind == QLatin1String("customer_create")) {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        const QString phone = body.value(QStringLiteral("phone")).toString().trimmed();
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        if (name.isEmpty() || (phone.isEmpty() && email.isEmpty())) {
            reply = error(422, "invalid", QStringLiteral("a new customer needs a name and a phone or an e-mail"));
        } else {
            writeeffects::addCustomer(m_store, name, email, phone, body.value(QStringLiteral("city")).toString(),
                                      body.value(QStringLiteral("country")).toString(), nowMs());
        }
    }
    if (reply.status == 200) {
        m_outboxApplied.append({k, kind, customer, body});
        reply = jsonReply(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("OB-%1").arg(m_outboxApplied.size(), 6,
                                                                                              10, QLatin1Char('0'))},
                                           {QStringLiteral("status"), QStringLiteral("applied")},
                                           {QStringLiteral("kind"), kind},
                                           {QStringLiteral("customer"), customer}});
    }
    m_outboxReplies.insert(k, reply); // answers are replayed for the same key, rejections included
    return reply;
}

Reply BackendServer::adminOutbox() const {
    QJsonObject customers;
    QJsonArray items;
    for (const AppliedWrite& w : m_outboxApplied) {
        QJsonArray keys = customers.value(w.customer).toArray();
        keys.append(w.key);
        customers.insert(w.customer, keys);
        items.append(QJsonObject{{QStringLiteral("key"), w.key},
                                 {QStringLiteral("kind"), w.kind},
                                 {QStringLiteral("customer"), w.customer},
                                 {QStringLiteral("body"), w.body}});
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("applied"), qint64(m_outboxApplied.size())},
                                      {QStringLiteral("requests"), m_outboxRequests},
                                      {QStringLiteral("replayed"), m_outboxReplays},
                                      {QStringLiteral("customers"), customers},
                                      {QStringLiteral("items"), items}});
}

void BackendServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply) {
    auto responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (!reply.headers.isEmpty()) {
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto& [key, value] : reply.headers) {
            responder.writeHeader(key, value);
        }
        responder.writeBody(reply.body);
        return;
    }
    if (reply.retryAfter && reply.headers.isEmpty()) {
        responder.write(reply.body, {{"Content-Type", reply.contentType}, {"Retry-After", "1"}}, status);
    } else {
        responder.write(reply.body, {{"Content-Type", reply.contentType}}, status);
    }
}

void BackendServer::sendWithFault(const QHttpServerRequest& request, QTcpSocket* socket, Reply reply, FaultKind fault) {
    switch (fault) {
    case FaultKind::Http500:
        send(request, socket, error(500, "internal_error", QStringLiteral("injected fault: internal server error")));
        return;
    case FaultKind::Http503:
        send(request, socket, error(503, "unavailable", QStringLiteral("injected fault: service unavailable")));
        return;
    case FaultKind::Http429: {
        Reply r = error(429, "rate_limited", QStringLiteral("injected fault: too many requests"));
        if (m_faults.coin()) {
            r.retryAfter = true; // Retry-After: 1 (seconds)
        } else {                 // the same delay as an HTTP-date (RFC 9110)
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
            r.headers.append(
                qMakePair(QByteArray("Retry-After"),
                          QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()));
        }
        send(request, socket, r);
        return;
    }
    case FaultKind::Reset: {
        // A real TCP reset: linger 0 then abort, after QHttpServer has finished with the request.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, socket, [guard] {
            if (guard) {
                const struct linger lin { 1, 0 };
                ::setsockopt(static_cast<int>(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
                guard->abort();
            }
        });
        return;
    }
    case FaultKind::Timeout:
        sendLater(socket, reply, kTimeoutDelayMs);
        return;
    case FaultKind::Slow:
        sendLater(socket, reply, kSlowDelayMs);
        return;
    case FaultKind::Drip:
        sendDrip(socket, reply);
        return;
    case FaultKind::Malformed:
        reply.body = R"({"data":[{"id":"X-1","deleted":false,}],"next_cursor":"c1:0","has_more":tru)";
        send(request, socket, reply);
        return;
    case FaultKind::Truncated:
        reply.body.truncate(reply.body.size() / 2);
        send(request, socket, reply);
        return;
    case FaultKind::Html: {
        const int status = m_faults.coin() ? 502 : 200;
        send(request, socket,
             Reply{status,
                   "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
                   "<h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>",
                   "text/html; charset=utf-8",
                   false,
                   {}});
        return;
    }
    }
}

void BackendServer::sendDrip(QTcpSocket* socket, const Reply& reply) {
    // The headers at once, then the body in kDripChunks pieces, one every kDripIntervalMs
    // (raw HTTP/1.1 with Connection: close, like sendLater).
    QPointer<QTcpSocket> guard(socket);
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
                            "\r\nContent-Type: " + reply.contentType +
                            "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                            "\r\nConnection: close\r\n\r\n";
    QTimer::singleShot(0, socket, [guard, head] {
        if (guard) {
            guard->write(head);
        }
    });
    const qsizetype chunk = std::max<qsizetype>(1, (reply.body.size() + kDripChunks - 1) / kDripChunks);
    for (int i = 0; i < kDripChunks; ++i) {
        const QByteArray piece = reply.body.mid(i * chunk, chunk);
        const bool last = i == kDripChunks - 1;
        QTimer::singleShot((i + 1) * kDripIntervalMs, socket, [guard, piece, last] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                return;
            }
            guard->write(piece);
            if (last) {
                guard->disconnectFromHost();
            }
        });
    }
}

void BackendServer::sendLater(QTcpSocket* socket, const Reply& reply, int delayMs) {
    // QHttpServerResponder cannot outlive the request in Qt 6.4, so the delayed reply is written
    // as raw HTTP/1.1 and the connection closed.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, socket, [guard, reply] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
                         "\r\nContent-Type: " + reply.contentType +
                         "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                         "\r\nConnection: close\r\n\r\n" + reply.body;
        guard->write(out);
        guard->disconnectFromHost();
    });
}

} // namespace c360::backend

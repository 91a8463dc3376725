#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <chrono>

namespace c360::sync {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Why a request failed before a usable HTTP response arrived. RetryPolicy decides on it.
enum class TransportError { None, ConnectFailed, Timeout, ConnectionReset, Cancelled, TooLarge, Tls, Other };

struct HttpRequest {
    QString method = QStringLiteral("GET");
    QString url;
    HttpHeaders headers;
    QByteArray body;                 // POST, PUT, PATCH
    QList<QByteArray> secretHeaders; // header names dropped when a redirect leaves the host
    // On a fresh connection: libcurl silently resends a request whose reused connection dies before
    // any answer, which would apply a non-idempotent write (a create) twice.
    bool freshConnection = false;
};

struct HttpResponse {
    int status = 0;
    HttpHeaders headers; // of the final response, names lower-cased
    QByteArray body;
    QString url; // the final URL after redirects

    QByteArray header(const QByteArray& lowerName) const;
};

// The transport failure (kind) travels next to the human Error.
struct HttpError {
    TransportError kind = TransportError::Other;
    Error error;
};

// A blocking HTTP client. One instance per thread.
class HttpClient {
public:
    virtual ~HttpClient() = default;
    // A response with any status is a success here; only transport failures are errors.
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
    // The kind of the last failure returned by send() (None after a success).
    virtual TransportError lastErrorKind() const = 0;
};

} // namespace c360::sync

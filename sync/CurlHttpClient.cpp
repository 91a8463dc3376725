#include "sync/CurlHttpClient.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace c360::sync {

namespace {

void globalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString hostPort(const QUrl& url) {
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

bool isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& lowerName) const {
    for (const auto& [name, value] : headers) {
        if (name == lowerName) {
            return value;
        }
    }
    return {};
}

struct CurlHttpClient::Transfer {
    HttpResponse response;
    qint64 maxBody = 0;
    bool tooLarge = false;
    const std::atomic<bool>* cancel = nullptr;

    static size_t onBody(char* data, size_t size, size_t count, void* self) {
        auto* t = static_cast<Transfer*>(self);
        const auto bytes = static_cast<qint64>(size) * static_cast<qint64>(count);
        if (t->response.body.size() + bytes > t->maxBody) {
            t->tooLarge = true;
            return 0; // CURLE_WRITE_ERROR
        }
        t->response.body.append(data, bytes);
        return size * count;
    }

    static size_t onHeader(char* data, size_t size, size_t count, void* self) {
        auto* t = static_cast<Transfer*>(self);
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
        if (line.startsWith("HTTP/")) {
            t->response.headers.clear(); // a new response (after 100-continue, proxy CONNECT...)
        } else if (const auto colon = line.indexOf(':'); colon > 0) {
            t->response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        return size * count;
    }

    static int onProgress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
        const auto* t = static_cast<Transfer*>(self);
        return (t->cancel != nullptr && t->cancel->load()) ? 1 : 0;
    }
};

CurlHttpClient::CurlHttpClient()
    : CurlHttpClient(Options{}) {}

CurlHttpClient::CurlHttpClient(Options options)
    : m_options(options) {
    globalInit();
    m_curl = curl_easy_init();
}

CurlHttpClient::~CurlHttpClient() {
    if (m_curl != nullptr) {
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
    }
}

bool CurlHttpClient::isLoopbackHost(const QString& host) {
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("[::1]") ||
           host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

Result<HttpResponse> CurlHttpClient::fail(TransportError kind, QString message, QString detail) {
    m_lastError = kind;
    return Error{std::move(message), std::move(detail)};
}

Result<HttpResponse> CurlHttpClient::send(const HttpRequest& request) {
    m_lastError = TransportError::None;
    if (m_curl == nullptr) {
        return fail(TransportError::Other, tr("The network library could not be initialised."),
                    QStringLiteral("curl_easy_init failed"));
    }
    HttpRequest current = request;
    const QString originalHost = QUrl(request.url).host();
    for (int redirects = 0;; ++redirects) {
        auto result = perform(current);
        if (!result.ok()) {
            return result;
        }
        const int status = result->status;
        const QByteArray location = result->header("location");
        if (!isRedirect(status) || location.isEmpty()) {
            return result;
        }
        if (redirects >= m_options.maxRedirects) {
            return fail(
                TransportError::Other, tr("The server redirected too many times."),
                QStringLiteral("more than %1 redirects, last: %2")
                    .arg(m_options.maxRedirects)
                    .arg(
                        QUrl(current.url).toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))); // no API key in the log
        }
        const QUrl next = QUrl(current.url).resolved(QUrl::fromEncoded(location));
        if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https")) {
            return fail(TransportError::Other, tr("The server redirected to an unsupported address."),
                        QStringLiteral("redirect to scheme %1").arg(next.scheme()));
        }
        if (next.host().compare(originalHost, Qt::CaseInsensitive) != 0) {
            // Never send credentials to another host.
            HttpHeaders kept;
            for (const auto& header : std::as_const(current.headers)) {
                const bool secret = std::any_of(current.secretHeaders.cbegin(), current.secretHeaders.cend(),
                                                [&](const QByteArray& s) {
                                                    return s.compare(header.first, Qt::CaseInsensitive) == 0;
                                                }) ||
                                    header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
                if (!secret) {
                    kept.append(header);
                }
            }
            current.headers = kept;
        }
        if (status == 303 || ((status == 301 || status == 302) && current.method == QLatin1String("POST"))) {
            current.method = QStringLiteral("GET");
            current.body.clear();
        }
        qCDebug(lcSync) << "redirect" << status << "to" << next.toString(QUrl::RemoveQuery);
        current.url = next.toString(QUrl::FullyEncoded);
    }
}

Result<HttpResponse> CurlHttpClient::perform(const HttpRequest& request) {
    auto* curl = static_cast<CURL*>(m_curl);
    curl_easy_reset(curl); // keeps live connections, DNS and TLS session caches

    const QUrl url(request.url);
    const QByteArray urlBytes = request.url.toUtf8();
    Transfer transfer;
    transfer.maxBody = m_options.maxBodyBytes;
    transfer.cancel = m_options.cancel;
    transfer.response.url = request.url;

    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.requestTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedTimeSeconds);
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.maxBodyBytes));
    const bool verify = !(m_options.insecureLoopbackTls && isLoopbackHost(url.host()));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "c360-workstation/" C360_VERSION);

    if (request.freshConnection) {
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
    }
    const QByteArray methodBytes = request.method.toUtf8(); // alive until curl_easy_perform returns
    curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers) {
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    }
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (request.method == QLatin1String("POST")) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    } else if (request.method != QLatin1String("GET")) {
        // PUT/PATCH/DELETE: the body goes like a POST's, under the request's own method.
        if (!request.body.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        }
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, methodBytes.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);

    const QString where = hostPort(url);
    const QString detail = QStringLiteral("%1 %2: curl error %3 (%4)")
                               .arg(request.method, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))
                               .arg(static_cast<int>(code))
                               .arg(QString::fromUtf8(curl_easy_strerror(code)));
    switch (code) {
    case CURLE_OK:
        break;
    case CURLE_COULDNT_CONNECT:
        return fail(TransportError::ConnectFailed, tr("Could not connect to %1 — is the server running?").arg(where),
                    detail);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return fail(TransportError::ConnectFailed,
                    tr("Could not find the server %1 — check the address and the network.").arg(url.host()), detail);
    case CURLE_OPERATION_TIMEDOUT:
        return fail(TransportError::Timeout, tr("The server took too long to answer"), detail);
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return fail(TransportError::ConnectionReset, tr("Connection reset by the server"), detail);
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(TransportError::Cancelled, tr("Cancelled"), detail);
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_WRITE_ERROR:
        if (code == CURLE_FILESIZE_EXCEEDED || transfer.tooLarge) {
            return fail(TransportError::TooLarge,
                        tr("The server's answer is larger than the limit of %1 MiB")
                            .arg(m_options.maxBodyBytes / (1024 * 1024)),
                        detail);
        }
        return fail(TransportError::Other, tr("The answer of %1 could not be read").arg(where), detail);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return fail(TransportError::Tls, tr("The secure connection to %1 could not be verified").arg(url.host()),
                    detail);
    default:
        return fail(TransportError::Other,
                    tr("The request to %1 failed: %2").arg(where, QString::fromUtf8(curl_easy_strerror(code))), detail);
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = static_cast<int>(status);
    m_lastError = TransportError::None;
    return std::move(transfer.response);
}

} // namespace c360::sync

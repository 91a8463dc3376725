#pragma once

#include "sync/HttpClient.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <memory>

namespace c360::sync {

// libcurl transport: one easy handle reused for every request of this client (keep-alive,
// HTTP/2 when the server offers it, gzip), TLS verification always on (except, on request, for
// loopback hosts), proxy from the environment, no automatic redirects (followed here, up to
// maxRedirects, dropping secret headers when the host changes), a response size cap, and
// cancellation through an atomic flag checked in curl's progress callback.
class CurlHttpClient final : public HttpClient {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::CurlHttpClient)

public:
    struct Options {
        std::chrono::milliseconds connectTimeout{10'000};
        std::chrono::milliseconds requestTimeout{120'000}; // whole transfer of one request
        long lowSpeedTimeSeconds = 30;                     // abort below 1 byte/s for this long
        qint64 maxBodyBytes = 64LL * 1024 * 1024;
        int maxRedirects = 5;
        bool insecureLoopbackTls = false; // skip TLS verification for 127.0.0.1/::1/localhost only
        const std::atomic<bool>* cancel = nullptr;
    };

    CurlHttpClient();
    explicit CurlHttpClient(Options options);
    ~CurlHttpClient() override;
    CurlHttpClient(const CurlHttpClient&) = delete;
    CurlHttpClient& operator=(const CurlHttpClient&) = delete;

    Result<HttpResponse> send(const HttpRequest& request) override;
    TransportError lastErrorKind() const override { return m_lastError; }

    const Options& options() const { return m_options; }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_options.cancel = cancel; }

    static bool isLoopbackHost(const QString& host);

private:
    struct Transfer;
    Result<HttpResponse> perform(const HttpRequest& request);
    Result<HttpResponse> fail(TransportError kind, QString message, QString detail);

    Options m_options;
    void* m_curl = nullptr; // CURL*
    TransportError m_lastError = TransportError::None;
};

} // namespace c360::sync

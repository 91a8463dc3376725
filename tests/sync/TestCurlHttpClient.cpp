// The libcurl transport over real loopback sockets: a scripted server for what the reference
// backend cannot do (redirects, oversized answers, stalls).

#include "sync/CurlHttpClient.h"
#include "tests/support/ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

using Reply = ScriptedHttpServer::Reply;
using Request = ScriptedHttpServer::Request;

HttpRequest get(const QByteArray& url) {
    HttpRequest r;
    r.url = QString::fromLatin1(url);
    r.headers = {{"Authorization", "Bearer s3cret"}, {"X-Api-Key", "k3y"}, {"Accept", "application/json"}};
    r.secretHeaders = {"X-Api-Key"};
    return r;
}

} // namespace

class TestCurlHttpClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void getWithHeaders() {
        ScriptedHttpServer server([](const Request&) { return Reply{200, {{"X-Answer", "42"}}, "{\"ok\":true}"}; });
        QVERIFY(server.isListening());
        CurlHttpClient http;
        auto r = http.send(get(server.url() + "/a?b=c"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("{\"ok\":true}"));
        QCOMPARE(r->header("x-answer"), QByteArray("42"));
        QCOMPARE(http.lastErrorKind(), TransportError::None);
        const Request seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target, QByteArray("/a?b=c"));
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer s3cret"));
        QVERIFY(seen.headers.value("accept-encoding").contains("gzip"));
    }

    void postSendsTheBody() {
        ScriptedHttpServer server([](const Request& r) { return Reply{200, {}, r.body}; });
        CurlHttpClient http;
        HttpRequest request = get(server.url() + "/admin/mutate");
        request.method = QStringLiteral("POST");
        request.body = "{\"op\":\"update\"}";
        auto r = http.send(request);
        QVERIFY(r.ok());
        QCOMPARE(r->body, request.body);
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
    }

    void redirectOnTheSameHostKeepsCredentials() {
        ScriptedHttpServer server([](const Request& r) {
            if (r.target == "/old") {
                return Reply{301, {{"Location", "/new"}}, {}};
            }
            return Reply{200, {}, "here"};
        });
        CurlHttpClient http;
        auto r = http.send(get(server.url() + "/old"));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("here"));
        QCOMPARE(r->url, QString::fromLatin1(server.url() + "/new"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.value("authorization"), QByteArray("Bearer s3cret"));
        QCOMPARE(server.requests().at(1).headers.value("x-api-key"), QByteArray("k3y"));
    }

    void redirectToAnotherHostDropsCredentials() {
        ScriptedHttpServer other([](const Request&) { return Reply{200, {}, "elsewhere"}; });
        const QByteArray target = other.url("localhost") + "/landing";
        ScriptedHttpServer server([&](const Request&) { return Reply{302, {{"Location", target}}, {}}; });
        CurlHttpClient http;
        auto r = http.send(get(server.url() + "/start"));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("elsewhere"));
        QCOMPARE(other.requests().size(), 1);
        const Request seen = other.requests().first();
        QVERIFY(!seen.headers.contains("authorization"));
        QVERIFY(!seen.headers.contains("x-api-key"));
        QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
    }

    void seeOtherTurnsAPostIntoAGet() {
        ScriptedHttpServer server([](const Request& r) {
            return r.target == "/form" ? Reply{303, {{"Location", "/result"}}, {}} : Reply{200, {}, r.method};
        });
        CurlHttpClient http;
        HttpRequest request = get(server.url() + "/form");
        request.method = QStringLiteral("POST");
        request.body = "x=1";
        auto r = http.send(request);
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("GET"));
    }

    void tooManyRedirects() {
        ScriptedHttpServer server([](const Request&) { return Reply{307, {{"Location", "/again"}}, {}}; });
        CurlHttpClient http;
        auto r = http.send(get(server.url() + "/loop"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The server redirected too many times."));
        QCOMPARE(server.requests().size(), 6); // the request and 5 redirects
    }

    void answerLargerThanTheCapIsAClearError() {
        ScriptedHttpServer server([](const Request&) { return Reply{200, {}, QByteArray(3 * 1024 * 1024, 'x')}; });
        CurlHttpClient::Options options;
        options.maxBodyBytes = 1024 * 1024;
        CurlHttpClient http(options);
        auto r = http.send(get(server.url() + "/big"));
        QVERIFY(!r.ok());
        QCOMPARE(http.lastErrorKind(), TransportError::TooLarge);
        QCOMPARE(r.error().message, QStringLiteral("The server's answer is larger than the limit of 1 MiB"));
    }

    void refusedConnection() {
        quint16 port = 0;
        {
            ScriptedHttpServer closed([](const Request&) { return Reply{}; });
            port = closed.port();
        }
        CurlHttpClient http;
        auto r = http.send(get("http://127.0.0.1:" + QByteArray::number(port) + "/x"));
        QVERIFY(!r.ok());
        QCOMPARE(http.lastErrorKind(), TransportError::ConnectFailed);
        QCOMPARE(r.error().message,
                 QStringLiteral("Could not connect to 127.0.0.1:%1 — is the server running?").arg(port));
        QVERIFY(!r.error().detail.contains(QStringLiteral("s3cret")));
    }

    void slowServerTimesOut() {
        ScriptedHttpServer server([](const Request&) { return Reply{200, {}, "late", 5000}; });
        CurlHttpClient::Options options;
        options.requestTimeout = 300ms;
        CurlHttpClient http(options);
        QElapsedTimer timer;
        timer.start();
        auto r = http.send(get(server.url() + "/slow"));
        QVERIFY(!r.ok());
        QCOMPARE(http.lastErrorKind(), TransportError::Timeout);
        QCOMPARE(r.error().message, QStringLiteral("The server took too long to answer"));
        QVERIFY(timer.elapsed() < 3000);
    }

    void cancellationInterruptsATransfer() {
        ScriptedHttpServer server([](const Request&) { return Reply{200, {}, "late", 5000}; });
        std::atomic<bool> cancel{false};
        CurlHttpClient::Options options;
        options.cancel = &cancel;
        CurlHttpClient http(options);
        std::thread canceller([&] {
            std::this_thread::sleep_for(150ms);
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        auto r = http.send(get(server.url() + "/slow"));
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(http.lastErrorKind(), TransportError::Cancelled);
        QVERIFY(timer.elapsed() < 3000);
    }

    void tlsVerificationIsOnlyRelaxedForLoopback() {
        QVERIFY(CurlHttpClient::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(CurlHttpClient::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(CurlHttpClient::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!CurlHttpClient::isLoopbackHost(QStringLiteral("example.com")));
        QVERIFY(!CurlHttpClient::isLoopbackHost(QStringLiteral("127.0.0.1.evil.com")));
    }
};

QTEST_GUILESS_MAIN(TestCurlHttpClient)
#include "TestCurlHttpClient.moc"

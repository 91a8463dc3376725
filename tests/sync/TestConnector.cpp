// Connector against a scripted loopback server: a vendor-shaped manifest loaded by path,
// api_key / basic auth, cursor encoding, page size, mapping, quarantine, tombstones and the
// page-level errors (HTML, missing record list, 404, 401, 429 + Retry-After).

#include "sync/Connector.h"
#include "sync/CurlHttpClient.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TempCache.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

using Reply = ScriptedHttpServer::Reply;
using Request = ScriptedHttpServer::Request;

Reply json(const QByteArray& body) {
    return Reply{200, {{"Content-Type", "application/json"}}, body};
}

} // namespace

class TestConnector final : public QObject {
    Q_OBJECT

private:
    Manifest m_manifest;

    SourceConfig source(const QByteArray& baseUrl) const {
        SourceConfig s;
        s.name = QStringLiteral("helpdesk");
        s.manifest = testDataPath(QStringLiteral("sync/vendor-tickets.json"));
        s.baseUrl = QString::fromLatin1(baseUrl);
        s.auth.type = QStringLiteral("api_key");
        s.auth.header = QStringLiteral("X-Api-Key");
        s.auth.secret = QStringLiteral("k3y");
        return s;
    }

    static RetryPolicy fastRetry(int attempts = 3) {
        return RetryPolicy(RetryPolicy::Options{attempts, 5ms, 20ms, 5s});
    }

private Q_SLOTS:
    void initTestCase() {
        auto m = ManifestRegistry::load(testDataPath(QStringLiteral("sync/vendor-tickets.json")));
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        m_manifest = *m;
    }

    void pagesMapsAndQuarantines() {
        const QByteArray page1 = readTestData(QStringLiteral("sync/vendor-page-1.json"));
        const QByteArray page2 = readTestData(QStringLiteral("sync/vendor-page-2.json"));
        QVERIFY(!page1.isEmpty() && !page2.isEmpty());
        ScriptedHttpServer server([&](const Request& r) {
            if (r.headers.value("x-api-key") != "k3y") {
                return Reply{401, {}, "{}"};
            }
            return json(r.target.contains("after=") ? page2 : page1);
        });
        const SourceConfig src = source(server.url());
        CurlHttpClient http;
        RetryPolicy retry = fastRetry();
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        connector.setPageSize(7);

        auto first = connector.fetch({});
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->records.size(), 1);
        QCOMPARE(first->quarantined.size(), 1);
        QCOMPARE(first->nextCursor, QStringLiteral("a/b+c=="));
        QVERIFY(first->hasMore);
        const CanonicalRecord& ticket = first->records.first();
        QCOMPARE(ticket.source, QStringLiteral("helpdesk"));
        QCOMPARE(ticket.entity, EntityKind::Ticket);
        QCOMPARE(ticket.sourceId, QStringLiteral("35436"));
        QCOMPARE(ticket.text(QStringLiteral("number")), QStringLiteral("35436"));
        QCOMPARE(ticket.text(QStringLiteral("email")), QStringLiteral("ann@example.com"));
        QCOMPARE(ticket.fields.value(QStringLiteral("csat_score")).toLongLong(), 5);
        QCOMPARE(ticket.time(QStringLiteral("created_at")),
                 QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(ticket.updatedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(!ticket.deleted);
        const QuarantineEntry& bad = first->quarantined.first();
        QCOMPARE(bad.sourceId, QStringLiteral("35437"));
        QCOMPARE(bad.error, QStringLiteral("field /via/source/from/address is missing (required email)"));

        auto second = connector.fetch(first->nextCursor);
        QVERIFY(second.ok());
        QCOMPARE(second->records.size(), 1);
        QVERIFY(second->records.first().deleted);
        QCOMPARE(second->records.first().updatedAt,
                 QDateTime(QDate(2024, 3, 1), QTime(16, 0, 0, 500), QTimeZone::utc()));
        QVERIFY(!second->hasMore);
        QCOMPARE(second->nextCursor, QStringLiteral("end-1"));

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).target, QByteArray("/api/v2/incremental/tickets?include=users&per_page=7"));
        QCOMPARE(requests.at(1).target,
                 QByteArray("/api/v2/incremental/tickets?include=users&per_page=7&after=a%2Fb%2Bc%3D%3D"));
        QVERIFY(!requests.at(0).headers.contains("authorization"));
    }

    void basicAuth() {
        ScriptedHttpServer server([](const Request&) { return json(R"({"tickets":[],"meta":{"has_more":false}})"); });
        SourceConfig src = source(server.url());
        src.auth.type = QStringLiteral("basic");
        src.auth.username = QStringLiteral("agent@acme.com/token");
        src.auth.header.clear();
        src.auth.secret = QStringLiteral("pw");
        CurlHttpClient http;
        RetryPolicy retry = fastRetry();
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        auto page = connector.fetch(QStringLiteral("c0"));
        QVERIFY(page.ok());
        QVERIFY(!page->hasMore);
        QCOMPARE(page->nextCursor, QStringLiteral("c0")); // no new cursor: keep our place
        QCOMPARE(server.requests().first().headers.value("authorization"),
                 "Basic " + QByteArray("agent@acme.com/token:pw").toBase64());
    }

    void pageErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("message");
        QTest::newRow("html") << 200 << QByteArray("<html><body>Maintenance</body></html>") << 3
                              << QStringLiteral(
                                     "The helpdesk server sent a web page instead of data for helpdesk/tickets.");
        QTest::newRow("no records")
            << 200 << QByteArray(R"({"items":[]})") << 3
            << QStringLiteral("The helpdesk server's page of helpdesk/tickets has no record list at /tickets.");
        QTest::newRow("404") << 404 << QByteArray("{}") << 1
                             << QStringLiteral(
                                    "The helpdesk server does not know /api/v2/incremental/tickets (HTTP 404) — "
                                    "check base_url and the connector manifest.");
        QTest::newRow("401") << 401 << QByteArray("{}") << 1
                             << QStringLiteral(
                                    "The helpdesk server rejected the credentials (HTTP 401) — check the secret "
                                    "of source \"helpdesk\" in the sources file.");
        QTest::newRow("400") << 400 << QByteArray("bad cursor") << 1
                             << QStringLiteral(
                                    "The helpdesk server refused the request for helpdesk/tickets (HTTP 400).");
        QTest::newRow("502") << 502 << QByteArray("gateway") << 3
                             << QStringLiteral("The helpdesk server failed (HTTP 502) while sending helpdesk/tickets.");
    }

    void pageErrors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, requests);
        QFETCH(QString, message);
        ScriptedHttpServer server([&](const Request&) { return Reply{status, {}, body}; });
        const SourceConfig src = source(server.url());
        CurlHttpClient http;
        RetryPolicy retry = fastRetry(3);
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        auto page = connector.fetch({});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().message, message);
        QCOMPARE(server.requests().size(), requests);
        QVERIFY(!page.error().detail.contains(QStringLiteral("k3y")));
    }

    void retryAfterIsHonoured() {
        std::atomic<int> calls{0};
        ScriptedHttpServer server([&](const Request&) {
            if (calls++ == 0) {
                return Reply{429, {{"Retry-After", "1"}}, "slow down"};
            }
            return json(R"({"tickets":[],"meta":{"has_more":false}})");
        });
        const SourceConfig src = source(server.url());
        CurlHttpClient http;
        RetryPolicy retry = fastRetry(3);
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        QElapsedTimer timer;
        timer.start();
        auto page = connector.fetch({});
        QVERIFY(page.ok());
        QCOMPARE(page->attempts, 2);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    }

    void cancellationInterruptsTheBackoff() {
        ScriptedHttpServer server([](const Request&) { return Reply{503, {{"Retry-After", "20"}}, "down"}; });
        const SourceConfig src = source(server.url());
        std::atomic<bool> cancel{false};
        CurlHttpClient http;
        RetryPolicy retry(RetryPolicy::Options{5, 5ms, 30s});
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry, &cancel);
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(200ms);
            cancel = true;
        });
        auto page = connector.fetch({});
        canceller.join();
        QVERIFY(!page.ok());
        QCOMPARE(page.error().message, QStringLiteral("Cancelled"));
        QVERIFY(timer.elapsed() < 5000);
    }

    // Shopify answers 429 with "Retry-After: 1.0": the decimal is honoured, and a throttled attempt that a
    // retry fixes is logged as a slow-down, not as "kept refusing" (which only a final failure says).
    void decimalRetryAfterAndThrottleMessages() {
        int calls = 0;
        ScriptedHttpServer server([&](const Request&) {
            ++calls;
            if (calls == 1) {
                return Reply{429, {{"Retry-After", "0.3"}}, "{}"};
            }
            return json(R"({"tickets":[],"meta":{"has_more":false}})");
        });
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { messages.append(text); });
        const SourceConfig src = source(server.url());
        CurlHttpClient http;
        RetryPolicy retry = fastRetry();
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        auto page = connector.fetch({});
        qInstallMessageHandler(previous);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        QCOMPARE(page->attempts, 2);
        const QString log = messages.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("retrying in 300 ms")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("asked us to slow down")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("kept refusing")), qPrintable(log));

        // Throttled on every attempt: now the error says so.
        ScriptedHttpServer refusing([](const Request&) { return Reply{429, {{"Retry-After", "0.01"}}, "{}"}; });
        const SourceConfig src2 = source(refusing.url());
        RetryPolicy retry2 = fastRetry(2);
        Connector refused(src2, *m_manifest.stream(QStringLiteral("tickets")), http, retry2);
        auto failed = refused.fetch({});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("kept refusing")), qPrintable(failed.error().message));
        QVERIFY(!refused.cursorRejected());
    }

    // A cursor the server no longer knows (400 on a request that carried it) is told apart from other errors.
    void refusedCursorIsRecognised() {
        ScriptedHttpServer server([](const Request& r) {
            if (r.target.contains("after=")) {
                return Reply{400, {}, R"({"error":"InvalidPaginationParameter","description":"cursor is invalid"})"};
            }
            return Reply{400, {}, R"({"error":"bad"})"};
        });
        const SourceConfig src = source(server.url());
        CurlHttpClient http;
        RetryPolicy retry = fastRetry();
        Connector connector(src, *m_manifest.stream(QStringLiteral("tickets")), http, retry);
        QVERIFY(!connector.fetch(QStringLiteral("stale-cursor")).ok());
        QVERIFY(connector.cursorRejected());
        QVERIFY(!connector.fetch({}).ok()); // no cursor: a plain bad request
        QVERIFY(!connector.cursorRejected());
        QCOMPARE(connector.restartCheckpoint(QStringLiteral("stale-cursor"), {}), QString());
    }
};

QTEST_GUILESS_MAIN(TestConnector)
#include "TestConnector.moc"

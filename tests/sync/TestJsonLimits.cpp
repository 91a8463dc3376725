// Input hardening: JSON nested absurdly deep or bigger than any real page is refused before it is
// parsed, with a message a person can act on; the stream's checkpoint does not move, so nothing
// already synced or still to sync is lost.
#include "sync/Connector.h"
#include "sync/CurlHttpClient.h"
#include "sync/JsonLimits.h"
#include "sync/Manifest.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TempCache.h"

#include <QBuffer>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

class TestJsonLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scanner_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("refused");
        QTest::newRow("flat") << QByteArray("{\"a\":[1,2,{\"b\":\"c\"}]}") << false;
        QTest::newRow("64 deep") << QByteArray(64, '[') + QByteArray(64, ']') << false;
        QTest::newRow("65 deep") << QByteArray(65, '[') + QByteArray(65, ']') << true;
        QTest::newRow("unclosed 100k") << QByteArray(100'000, '{') << true;
        QTest::newRow("brackets in strings")
            << QByteArray("{\"s\":\"") + QByteArray(500, '[') + "\\\"" + QByteArray(500, '{') + "\"}" << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void scanner() {
        QFETCH(QByteArray, text);
        QFETCH(bool, refused);
        QCOMPARE(jsonLimitExceeded(text).has_value(), refused);
    }

    void sizeLimit() {
        JsonLimits small;
        small.maxBytes = 1024 * 1024;
        const auto why = jsonLimitExceeded(QByteArray(2 * 1024 * 1024, ' '), small);
        QVERIFY(why);
        QVERIFY(why->contains(QStringLiteral("limit is 1 MB")));
    }

    // A file is read whole up to one byte past the limit, however it is cut into chunks: a small one as it is, one
    // over the limit far enough for the size check to refuse it.
    void readJsonTextReadsUpToOnePastTheLimit() {
        JsonLimits small;
        small.maxBytes = 200 * 1024; // not a multiple of the read's chunks
        QByteArray within(small.maxBytes, 'a');
        within[0] = '[';
        QBuffer exact(&within);
        QVERIFY(exact.open(QIODevice::ReadOnly));
        const QByteArray read = readJsonText(exact, small);
        QCOMPARE(read, within);
        QVERIFY(!jsonLimitExceeded(read, small));
        QByteArray over(small.maxBytes * 3, 'b');
        QBuffer large(&over);
        QVERIFY(large.open(QIODevice::ReadOnly));
        const QByteArray cut = readJsonText(large, small);
        QCOMPARE(cut.size(), small.maxBytes + 1);
        QVERIFY(jsonLimitExceeded(cut, small));
        QByteArray none;
        QBuffer empty(&none);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QVERIFY(readJsonText(empty, small).isEmpty());
    }

    void deepPageIsRefusedClearly() {
        auto m = ManifestRegistry::load(testDataPath(QStringLiteral("sync/vendor-tickets.json")));
        QVERIFY(m.ok());
        const QByteArray bomb = "{\"tickets\":" + QByteArray(200'000, '[') + QByteArray(200'000, ']') + "}";
        ScriptedHttpServer server([&](const ScriptedHttpServer::Request&) {
            return ScriptedHttpServer::Reply{200, {{"Content-Type", "application/json"}}, bomb};
        });
        SourceConfig src;
        src.name = QStringLiteral("helpdesk");
        src.baseUrl = QString::fromLatin1(server.url());
        src.auth.type = QStringLiteral("api_key");
        src.auth.header = QStringLiteral("X-Api-Key");
        src.auth.secret = QStringLiteral("k3y");
        CurlHttpClient http;
        RetryPolicy retry(RetryPolicy::Options{3, 5ms, 20ms, 5s});
        Connector connector(src, *m->stream(QStringLiteral("tickets")), http, retry);
        const auto page = connector.fetch(QStringLiteral("c0"));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().message.contains(QStringLiteral("too deeply nested")), qPrintable(page.error().message));
        QCOMPARE(server.requests().size(), 1); // not retried: the same page would come back
    }

    void deepSourcesFileIsRefusedClearly() {
        const QByteArray text = "{\"sources\":[" + QByteArray(10'000, '{') + "]}";
        const auto parsed = SourcesFile::parse(text, QStringLiteral("sources.json"), QStringLiteral("."));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("too deeply nested")));
        QVERIFY(parsed.error().message.contains(QStringLiteral("sources.json")));
    }
};

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "TestJsonLimits.moc"

#include "sync/Keychain.h"
#include "sync/SourcesFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;

namespace {

SourcesFile::EnvLookup fakeEnv() {
    return [](const QString& name) -> std::optional<QByteArray> {
        if (name == QLatin1String("CRM_TOKEN")) {
            return QByteArray("s3cret");
        }
        return std::nullopt;
    };
}

} // namespace

class TestSourcesFile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAFullFile() {
        const QByteArray text =
            "{\"sources\":["
            "{\"name\":\"crm\",\"manifest\":\"c360-crm\",\"base_url\":\"http://127.0.0.1:8360/\","
            "\"auth\":{\"type\":\"bearer\",\"secret\":\"env:CRM_TOKEN\"},\"streams\":[\"customers\"],"
            "\"config\":{\"default_region\":\"CN\",\"n\":2}},"
            "{\"name\":\"helpdesk\",\"manifest\":\"connectors/zd.json\",\"base_url\":\"https://acme.zendesk.com\","
            "\"auth\":{\"type\":\"basic\",\"username\":\"agent@acme.com/token\",\"secret\":\"literal\"}},"
            "{\"name\":\"shop\",\"manifest\":\"c360-shop\",\"base_url\":\"http://127.0.0.1:8360\","
            "\"auth\":{\"type\":\"api_key\",\"header\":\"X-Api-Key\",\"secret\":\"k\"}},"
            "{\"name\":\"open\",\"manifest\":\"c360-contact\",\"base_url\":\"http://localhost:1\"}"
            "]}";
        auto r = SourcesFile::parse(text, QStringLiteral("sources.json"), QStringLiteral("/etc/c360"), fakeEnv());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 4);
        const SourceConfig& crm = r->at(0);
        QCOMPARE(crm.name, QStringLiteral("crm"));
        QCOMPARE(crm.manifest, QStringLiteral("c360-crm"));
        QCOMPARE(crm.baseUrl, QStringLiteral("http://127.0.0.1:8360"));
        QCOMPARE(crm.auth.type, QStringLiteral("bearer"));
        QCOMPARE(crm.auth.secret, QStringLiteral("s3cret"));
        QCOMPARE(crm.streams, QStringList{QStringLiteral("customers")});
        QCOMPARE(crm.config.value(QStringLiteral("default_region")).toString(), QStringLiteral("CN"));
        QCOMPARE(crm.config.value(QStringLiteral("n")).toInt(), 2);
        const SourceConfig& hd = r->at(1);
        QCOMPARE(hd.manifest, QStringLiteral("/etc/c360/connectors/zd.json"));
        QCOMPARE(hd.auth.username, QStringLiteral("agent@acme.com/token"));
        QCOMPARE(hd.auth.secret, QStringLiteral("literal"));
        QVERIFY(hd.streams.isEmpty());
        QCOMPARE(r->at(2).auth.header, QStringLiteral("X-Api-Key"));
        QCOMPARE(r->at(3).auth.type, QStringLiteral("none"));
    }

    void errorsNameTheSourceAndKey_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"sources\":")
                                  << QStringLiteral("Sources file s.json is not valid JSON");
        QTest::newRow("no sources") << QByteArray("{}")
                                    << QStringLiteral("Sources file s.json: expected {\"sources\": [ ... ]}");
        QTest::newRow("no name") << QByteArray("{\"sources\":[{\"manifest\":\"c360-crm\"}]}")
                                 << QStringLiteral("Sources file s.json: source #1: \"name\" is missing");
        QTest::newRow("no manifest") << QByteArray("{\"sources\":[{\"name\":\"crm\"}]}")
                                     << QStringLiteral("Sources file s.json: source \"crm\": \"manifest\" is missing");
        QTest::newRow("bad url")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"ftp://x\"}]}")
            << QStringLiteral("Sources file s.json: source \"crm\": \"base_url\" must be an http:// "
                              "or https:// address, not \"ftp://x\"");
        QTest::newRow("bad auth type")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"auth\":{\"type\":\"oauth1\"}}]}")
            << QStringLiteral("Sources file s.json: source \"crm\" auth: unknown type \"oauth1\" (use bearer, api_key, "
                              "basic, oauth2_client_credentials or none)");
        QTest::newRow("oauth2 without token_url")
            << QByteArray(
                   "{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                   "h\",\"auth\":{\"type\":\"oauth2_client_credentials\",\"client_id\":\"c\",\"secret\":\"s\"}}]}")
            << QStringLiteral("Sources file s.json: source \"crm\" auth: \"token_url\" is missing");
        QTest::newRow("api_key without header")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"auth\":{\"type\":\"api_key\",\"secret\":\"x\"}}]}")
            << QStringLiteral("Sources file s.json: source \"crm\" auth: api_key needs either \"header\" or \"query\" "
                              "(the parameter name)");
        QTest::newRow("basic without username")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"auth\":{\"type\":\"basic\",\"secret\":\"x\"}}]}")
            << QStringLiteral("Sources file s.json: source \"crm\" auth: \"username\" is missing");
        QTest::newRow("no secret") << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":"
                                                 "\"http://h\",\"auth\":{\"type\":\"bearer\"}}]}")
                                   << QStringLiteral("Sources file s.json: source \"crm\" auth: \"secret\" is missing");
        QTest::newRow("missing env")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"auth\":{\"type\":\"bearer\",\"secret\":\"env:NOPE_TOKEN\"}}]}")
            << QStringLiteral(
                   "Sources file s.json: source \"crm\" auth: the secret comes from the environment variable "
                   "NOPE_TOKEN, which is not set");
        QTest::newRow("keychain")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"auth\":{\"type\":\"bearer\",\"secret\":\"keychain:bad name!\"}}]}")
            << QStringLiteral("Sources file s.json: source \"crm\" auth: \"bad name!\" is not a keychain entry name "
                              "(use letters, digits, '.', '_', '-' or '@').");
        QTest::newRow("streams not list")
            << QByteArray("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                          "h\",\"streams\":\"customers\"}]}")
            << QStringLiteral("Sources file s.json: source \"crm\": \"streams\" must be a list of stream names");
        QTest::newRow("duplicate") << QByteArray(
                                          "{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://"
                                          "h\"},{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://h\"}]}")
                                   << QStringLiteral("Sources file s.json: source \"crm\": the name is used twice");
    }

    void errorsNameTheSourceAndKey() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto r = SourcesFile::parse(json, QStringLiteral("s.json"), {}, fakeEnv());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, error);
        QVERIFY(!r.error().message.contains(QStringLiteral("s3cret")));
    }

    void keychainSecretsGoThroughTheLookup() {
        const QByteArray text = "{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://h\","
                                "\"auth\":{\"type\":\"bearer\",\"secret\":\"keychain:crm-token\"}},"
                                "{\"name\":\"shop\",\"manifest\":\"m\",\"base_url\":\"http://h\","
                                "\"auth\":{\"type\":\"bearer\",\"secret\":\"keychain:missing\"}}]}";
        QStringList asked;
        const SourcesFile::KeychainLookup keychain = [&asked](const QString& name) -> Result<QString> {
            asked << name;
            if (name == QLatin1String("crm-token")) {
                return QStringLiteral("from-keychain");
            }
            return Error{QStringLiteral("The keychain has no secret named \"%1\".").arg(name), {}};
        };
        auto r = SourcesFile::parse(text, QStringLiteral("s.json"), {}, fakeEnv(), keychain);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Sources file s.json: source \"shop\" auth: The keychain has no "
                                                   "secret named \"missing\"."));
        QCOMPARE(asked, (QStringList{QStringLiteral("crm-token"), QStringLiteral("missing")}));
        const QByteArray one = "{\"sources\":[{\"name\":\"crm\",\"manifest\":\"m\",\"base_url\":\"http://h\","
                               "\"auth\":{\"type\":\"bearer\",\"secret\":\"keychain:crm-token\"}}]}";
        auto ok = SourcesFile::parse(one, QStringLiteral("s.json"), {}, fakeEnv(), keychain);
        QVERIFY(ok.ok());
        QCOMPARE(ok->first().auth.secret, QStringLiteral("from-keychain"));
        QCOMPARE(Keychain::namesInSourcesFile(text),
                 (QStringList{QStringLiteral("crm-token"), QStringLiteral("missing")}));
        QVERIFY(Keychain::namesInSourcesFile("not json").isEmpty());
        QVERIFY(Keychain::isValidName(QStringLiteral("agent@acme.com")));
        QVERIFY(!Keychain::isValidName(QStringLiteral("a b")));
        QVERIFY(!Keychain::isValidName(QString()));
    }

    void loadsFromDiskWithTheRealEnvironment() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("C360_TEST_SOURCES_TOKEN", "from-env");
        QFile f(dir.filePath(QStringLiteral("sources.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"sources\":[{\"name\":\"crm\",\"manifest\":\"./my.json\",\"base_url\":\"http://127.0.0.1:1\","
                "\"auth\":{\"type\":\"bearer\",\"secret\":\"env:C360_TEST_SOURCES_TOKEN\"}}]}");
        f.close();
        auto r = SourcesFile::load(f.fileName());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->first().auth.secret, QStringLiteral("from-env"));
        QCOMPARE(r->first().manifest, QDir(dir.path()).absoluteFilePath(QStringLiteral("my.json")));
        auto missing = SourcesFile::load(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(QStringLiteral("Could not read the sources file")));
    }
};

QTEST_GUILESS_MAIN(TestSourcesFile)
#include "TestSourcesFile.moc"

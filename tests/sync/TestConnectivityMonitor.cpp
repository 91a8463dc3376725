// The connection check against the real reference backend over loopback: any HTTP answer counts
// as reachable, a refused connection does not; Offline only when no server answers (otherwise the
// silent ones are named); a failed push or fetch (reportFailure) checks at once instead of waiting
// for the next interval; the servers come from the sources file without resolving any secret.
#include "sync/ConnectivityMonitor.h"
#include "tests/support/BackendProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace std::chrono_literals;

namespace {

QString deadUrl() {
    QTcpServer s; // a port nobody listens on once `s` is gone
    s.listen(QHostAddress::LocalHost, 0);
    return QStringLiteral("http://127.0.0.1:%1/crm").arg(s.serverPort());
}

} // namespace

class TestConnectivityMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void targetsComeFromTheSourcesFileWithoutSecrets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sources.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const auto source = [](const char* name, const char* url, const char* secret) {
            return QJsonObject{
                {QStringLiteral("name"), QString::fromLatin1(name)},
                {QStringLiteral("base_url"), QString::fromLatin1(url)},
                {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                                     {QStringLiteral("secret"), QString::fromLatin1(secret)}}}};
        };
        const QJsonObject doc{
            {QStringLiteral("sources"),
             QJsonArray{source("helpdesk", "https://acme.zendesk.com", "env:C360_NOT_SET_ANYWHERE"),
                        source("shop", "https://acme.myshopify.com/admin/api/2024-01", "keychain:shop")}},
            {QStringLiteral("outbox"),
             QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8360")}}}};
        f.write(QJsonDocument(doc).toJson());
        f.close();
        QCOMPARE(ConnectivityMonitor::targetsOf(path),
                 (QStringList{QStringLiteral("https://acme.zendesk.com"),
                              QStringLiteral("https://acme.myshopify.com/admin/api/2024-01"),
                              QStringLiteral("http://127.0.0.1:8360")}));
        QVERIFY(ConnectivityMonitor::targetsOf(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
        // One probe per host; what is not http(s) is not probed.
        ConnectivityMonitor monitor;
        monitor.setTargets({QStringLiteral("https://a.example.com/x"), QStringLiteral("https://a.example.com/y"),
                            QStringLiteral("ftp://files.example.com"), QStringLiteral("not a url")});
        QCOMPARE(monitor.targets(), QStringList{QStringLiteral("https://a.example.com/x")});
    }

    void offlineOnlyWhenNoServerAnswers() {
        testing::BackendProcess backend;
        QVERIFY(backend.start().ok());
        ConnectivityMonitor monitor;
        ConnectivityMonitor::Options options;
        options.onlineInterval = 60s; // only the explicit checks below run
        options.offlineInterval = 60s;
        options.timeout = 2s;
        monitor.setOptions(options);
        QSignalSpy probed(&monitor, &ConnectivityMonitor::probed);
        QSignalSpy offline(&monitor, &ConnectivityMonitor::wentOffline);
        QSignalSpy back(&monitor, &ConnectivityMonitor::backOnline);

        // The backend answers (404 on its root is an answer); the dead port does not.
        const QString dead = deadUrl();
        monitor.setTargets({backend.baseUrl() + QStringLiteral("/crm"), dead});
        monitor.start();
        QVERIFY(probed.wait(10000));
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::Online);
        QCOMPARE(monitor.unreachableHosts(), QStringList{dead});
        QCOMPARE(offline.count(), 0);

        // Only the dead one: offline, with the transport's reason.
        monitor.setTargets({dead});
        monitor.checkNow();
        QVERIFY(offline.wait(10000));
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::Offline);
        QVERIFY2(monitor.reason().contains(QStringLiteral("Could not connect")), qPrintable(monitor.reason()));

        // The backend again: back online, signalled once.
        monitor.setTargets({backend.baseUrl()});
        monitor.checkNow();
        QVERIFY(back.wait(10000));
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::Online);
        QVERIFY(monitor.unreachableHosts().isEmpty());
        QCOMPARE(back.count(), 1);

        // A failed push says so: the check runs at once, not in 60 s.
        backend.stop();
        monitor.reportFailure(QStringLiteral("Outbox: the server cannot be reached; changes wait."));
        QVERIFY(offline.wait(10000));
        QCOMPARE(offline.count(), 2);
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::Offline);
    }
};

QTEST_MAIN(TestConnectivityMonitor)
#include "TestConnectivityMonitor.moc"

#pragma once

#include "models/Queries.h"
#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace c360::testing {

// The real reference backend (c360-backend from $C360_BIN_DIR) on a free loopback port, for one
// test. Stopped (terminate, then kill) on destruction.
class BackendProcess {
public:
    struct Options {
        int customers = 200;
        quint64 seed = 42;
        QString token = QStringLiteral("c360-demo-token");
        QStringList extraArgs; // e.g. {"--faults", "malformed", "--fault-rate", "0.1"}
    };

    BackendProcess();
    explicit BackendProcess(Options options);
    ~BackendProcess();
    BackendProcess(const BackendProcess&) = delete;
    BackendProcess& operator=(const BackendProcess&) = delete;

    // Starts it and waits for "c360-backend listening on http://127.0.0.1:PORT".
    Status start(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void stop();
    bool isRunning() const;

    QString baseUrl() const { return m_baseUrl; }
    int port() const { return m_port; }
    QString token() const { return m_options.token; }
    // The sources file the backend wrote (--write-sources): its five sources, bearer token literal.
    QString sourcesFile() const;
    // A copy of the sources file with every source's secret replaced (for 401 tests).
    Result<QString> sourcesFileWithToken(const QString& token, const QString& fileName) const;

    // Admin API (authenticated with the token).
    Result<QJsonObject> mutate(const QString& source, const QString& stream, const QString& op, const QString& id);
    Status inject(const QString& source, const QString& stream, const QJsonObject& record);
    Status faults(double rate, const QStringList& kinds, int count = -1);
    Status churn(double perSecond);
    // How many data responses the backend has failed on purpose so far.
    Result<qint64> injectedFaults();
    // {"all": sha256, "streams": {"crm/customers": sha256, ...}, "live": N} over the live records
    // (see cacheChecksum()).
    Result<QJsonObject> checksum();
    // Vendor flavors: forget issued OAuth2 access tokens (the next data request gets 401).
    Status revokeTokens();
    Result<SourceStreamCounts> stats();
    // The live counts within a scope filter (query without '?': "territory=north", "customers=CRM-000005").
    Result<SourceStreamCounts> scopedStats(const QString& query);
    // Counts from `c360-backend --stats` with this backend's options (generated world, no mutations).
    static Result<SourceStreamCounts> generatedStats(const Options& options);

    static QString binDir();
    static QString executable();

private:
    Result<QByteArray> adminCall(const QString& method, const QString& action, const QByteArray& body);
    QStringList arguments() const;

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    int m_port = 0;
};

SourceStreamCounts countsFromJson(const QJsonObject& object);

} // namespace c360::testing

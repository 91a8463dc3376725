#pragma once

#include "tools/backend/FaultInjector.h"
#include "tools/backend/VendorApi.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace c360::backend {

struct BackendConfig {
    int customers = 2000;
    quint64 seed = 42;
    quint16 port = 8360;
    QString host = QStringLiteral("127.0.0.1");
    QString token = QStringLiteral("c360-demo-token");
    int heavyEvents = 0;
    double churn = 0.0;
    double faultRate = 0.0;
    std::vector<FaultKind> faults;
    QString writeSources;
    bool stats = false;
    bool verbose = false;
    qint64 nowMs = 0; // end of the generated world
    Flavor flavor = Flavor::Reference;
    QString user = QStringLiteral("demo");  // the token's user (GET /api/v1/me)
    QString role = QStringLiteral("agent"); // and role: agent, supervisor, field or auditor
};

struct CliResult {
    BackendConfig config;
    QString error;    // non-empty: print to stderr, exit 2
    QString helpText; // non-empty: print to stdout, exit 0
};

// Parses the c360-backend command line; never exits the process itself.
class BackendCli final {
public:
    static CliResult parse(const QStringList& arguments);
    static constexpr const char* kDefaultNow = "2026-11-01T00:00:00.000Z";
};

} // namespace c360::backend

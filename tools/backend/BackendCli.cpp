#include "BackendCli.h"

#include "tools/backend/Time.h"

#include <QCommandLineParser>

namespace c360::backend {

namespace {
QCommandLineOption opt(const char* name, const char* help, const char* valueName = nullptr,
                       const char* defaultValue = nullptr) {
    QCommandLineOption o{QString::fromLatin1(name), QString::fromLatin1(help)};
    if (valueName) {
        o.setValueName(QLatin1String(valueName));
    }
    if (defaultValue) {
        o.setDefaultValue(QLatin1String(defaultValue));
    }
    return o;
}

bool toInt(const QString& text, qint64 lo, qint64 hi, qint64* out) {
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out >= lo && *out <= hi;
}
} // namespace

CliResult BackendCli::parse(const QStringList& arguments) {
    CliResult result;
    BackendConfig& c = result.config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("C360 reference backend: five source systems over loopback HTTP"));
    const QCommandLineOption help = parser.addHelpOption();
    const auto customers = opt("customers", "Number of true persons (default 2000).", "N", "2000");
    const auto seed = opt("seed", "Random seed (default 42).", "S", "42");
    const auto port = opt("port", "Port, 0 = any free port (default 8360).", "P", "8360");
    const auto host = opt("host", "Loopback address to listen on (default 127.0.0.1).", "HOST", "127.0.0.1");
    const auto token = opt("token", "Bearer token (default c360-demo-token).", "T", "c360-demo-token");
    const auto heavy = opt("heavy-events", "Extra marketing events for person #1 (default 0).", "K", "0");
    const auto churn = opt("churn", "Random record changes per second while serving (default 0).", "R", "0");
    const auto faultRate = opt("fault-rate", "Fraction of data responses that fail (0..1).", "F", "0");
    const auto faults =
        opt("faults", "Fault kinds: 500,503,429,reset,timeout,slow,malformed,truncated,html,drip.", "LIST");
    const auto writeSources = opt("write-sources", "Write a sources file naming the five sources.", "FILE");
    const auto stats = opt("stats", "Generate, print live record counts as JSON, exit.");
    const auto verbose = opt("verbose", "Log requests to stderr.");
    const auto now = opt("now", "End of the generated world (ISO 8601).", "TIME", kDefaultNow);
    const auto flavor = opt("flavor",
                            "Answer in a vendor's API shape: zendesk, shopify, hubspot, salesforce, stripe "
                            "(default: reference).",
                            "NAME", "reference");
    const auto user = opt("user", "The token's user, as GET /api/v1/me answers (default demo).", "NAME", "demo");
    const auto role = opt("role", "The user's role: agent (default), supervisor, field or auditor.", "ROLE", "agent");
    for (const auto& o : {customers, seed, port, host, token, heavy, churn, faultRate, faults, writeSources, stats,
                          verbose, now, flavor, user, role}) {
        parser.addOption(o);
    }
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument: ") % parser.positionalArguments().constFirst();
        return result;
    }
    qint64 v = 0;
    if (!toInt(parser.value(customers), 1, 10000000, &v)) {
        result.error = QStringLiteral("--customers must be an integer from 1 to 10000000");
        return result;
    }
    c.customers = static_cast<int>(v);
    bool ok = false;
    c.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        result.error = QStringLiteral("--seed must be a non-negative integer");
        return result;
    }
    if (!toInt(parser.value(port), 0, 65535, &v)) {
        result.error = QStringLiteral("--port must be an integer from 0 to 65535");
        return result;
    }
    c.port = static_cast<quint16>(v);
    c.host = parser.value(host);
    if (c.host == QLatin1String("localhost")) {
        c.host = QStringLiteral("127.0.0.1");
    }
    if (c.host != QLatin1String("127.0.0.1") && c.host != QLatin1String("::1")) {
        result.error = QStringLiteral("--host must be a loopback address (127.0.0.1 or ::1)");
        return result;
    }
    c.user = parser.value(user);
    c.role = parser.value(role);
    static const QStringList roles{QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("field"),
                                   QStringLiteral("auditor")};
    if (c.user.isEmpty() || !roles.contains(c.role)) {
        result.error = QStringLiteral("--role must be agent, supervisor, field or auditor, and --user not empty");
        return result;
    }
    c.token = parser.value(token);
    if (c.token.isEmpty()) {
        result.error = QStringLiteral("--token must not be empty");
        return result;
    }
    if (!toInt(parser.value(heavy), 0, 100000000, &v)) {
        result.error = QStringLiteral("--heavy-events must be a non-negative integer");
        return result;
    }
    c.heavyEvents = static_cast<int>(v);
    c.churn = parser.value(churn).toDouble(&ok);
    if (!ok || c.churn < 0.0) {
        result.error = QStringLiteral("--churn must be a number >= 0");
        return result;
    }
    c.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || c.faultRate < 0.0 || c.faultRate > 1.0) {
        result.error = QStringLiteral("--fault-rate must be a number from 0 to 1");
        return result;
    }
    if (parser.isSet(faults)) {
        for (const QString& name : parser.value(faults).split(u',', Qt::SkipEmptyParts)) {
            const auto kind = FaultInjector::parseKind(name);
            if (!kind) {
                result.error = QStringLiteral("unknown fault kind '") % name % QStringLiteral("'; known: ") %
                               FaultInjector::allKindNames().join(u',');
                return result;
            }
            c.faults.push_back(*kind);
        }
    }
    if (c.faultRate > 0.0 && c.faults.empty()) {
        result.error = QStringLiteral("--fault-rate needs --faults LIST");
        return result;
    }
    const auto parsedFlavor = parseFlavor(parser.value(flavor));
    if (!parsedFlavor) {
        result.error = QStringLiteral("unknown --flavor '") % parser.value(flavor) % QStringLiteral("'; known: ") %
                       flavorNames().join(u',');
        return result;
    }
    c.flavor = *parsedFlavor;
    c.writeSources = parser.value(writeSources);
    c.stats = parser.isSet(stats);
    c.verbose = parser.isSet(verbose);
    if (!parseIsoUtc(parser.value(now), &c.nowMs)) {
        result.error = QStringLiteral("--now must be an ISO 8601 timestamp");
        return result;
    }
    return result;
}

} // namespace c360::backend

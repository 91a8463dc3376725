#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace c360::bench {

BenchOptions BenchOptions::parse(const QStringList& arguments, QString* error) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures C360 on real caches: sync throughput from the reference backend over loopback HTTP, search and "
        "timeline latency (p50/p95), and write/read figures on large synthetic caches."));
    p.addHelpOption();
    p.addOption({QStringLiteral("smoke"), QStringLiteral("Small and quick (CI): 300 customers, 5,000 heavy events.")});
    p.addOption({QStringLiteral("customers"), QStringLiteral("Backend mode: customers (default 20000)."),
                 QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("heavy-events"), QStringLiteral("Backend mode: events of the busiest customer."),
                 QStringLiteral("K"), QStringLiteral("50000")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed (default 11)."), QStringLiteral("S"), QStringLiteral("11")});
    p.addOption({QStringLiteral("synthetic"),
                 QStringLiteral("Build a synthetic cache of N customers through the cache writer instead of syncing."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("events-per-party"),
                 QStringLiteral("Synthetic mode: events per customer (default 20)."), QStringLiteral("M"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("orders-per-party"),
                 QStringLiteral("Synthetic mode: shop orders per customer, placed in the last 40 days (default 0)."),
                 QStringLiteral("K"), QStringLiteral("0")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Use (or build into) this cache file."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("existing"), QStringLiteral("Only measure queries on the existing --db cache.")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("Samples per latency figure (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Directory for bench.json."), QStringLiteral("DIR")});
    BenchOptions o;
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        p.showHelp(0);
    }
    const auto number = [&](const QString& name, qint64 min) -> qint64 {
        bool ok = false;
        const qint64 v = p.value(name).toLongLong(&ok);
        if (!ok || v < min) {
            *error = QStringLiteral("--%1 takes a number ≥ %2.").arg(name).arg(min);
        }
        return v;
    };
    o.customers = int(number(QStringLiteral("customers"), 1));
    o.heavyEvents = int(number(QStringLiteral("heavy-events"), 0));
    o.seed = int(number(QStringLiteral("seed"), 0));
    o.eventsPerParty = int(number(QStringLiteral("events-per-party"), 1));
    o.ordersPerParty = int(number(QStringLiteral("orders-per-party"), 0));
    o.queries = int(number(QStringLiteral("queries"), 1));
    if (p.isSet(QStringLiteral("smoke"))) {
        o.customers = 300;
        o.heavyEvents = 5000;
        o.queries = 50;
        o.syntheticParties = 2000;
    }
    if (p.isSet(QStringLiteral("synthetic"))) {
        o.mode = Mode::Synthetic;
        o.syntheticParties = number(QStringLiteral("synthetic"), 1);
    }
    if (p.isSet(QStringLiteral("existing"))) {
        o.mode = Mode::ExistingCache;
        if (!p.isSet(QStringLiteral("db"))) {
            *error = QStringLiteral("--existing needs --db PATH.");
        }
    }
    o.dbPath = p.value(QStringLiteral("db"));
    o.outDir = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : QDir::currentPath();
    o.binDir = QCoreApplication::applicationDirPath();
    return o;
}

} // namespace c360::bench

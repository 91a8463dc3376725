#pragma once

#include <QString>
#include <QStringList>

namespace c360::bench {

struct BenchOptions {
    enum class Mode { Backend, Synthetic, ExistingCache };
    Mode mode = Mode::Backend;
    int customers = 20000;   // backend mode
    int heavyEvents = 50000; // backend mode: events of the one very active customer
    int seed = 11;
    qint64 syntheticParties = 100000;
    int eventsPerParty = 20;
    int ordersPerParty = 0; // synthetic mode: shop orders per customer (order-number search, prompts)
    QString dbPath;         // existing cache, or where to build one
    QString outDir;         // where bench.json goes
    int queries = 200;      // samples per latency figure
    QString binDir;         // where c360 and c360-backend are

    static BenchOptions parse(const QStringList& arguments, QString* error);
};

} // namespace c360::bench

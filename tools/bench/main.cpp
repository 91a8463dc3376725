// c360-bench: sync throughput and agent-facing query latency on real caches.
//   c360-bench --smoke                       small backend run (CI)
//   c360-bench --customers 100000            sync a 100k-customer company over loopback, then query
//   c360-bench --synthetic 1000000 --events-per-party 20 --db big.db   1M customers / 20M events
//   c360-bench --existing --db big.db        only the query figures of an existing cache
#include "models/Database.h"
#include "models/Queries.h"
#include "tools/bench/BenchOptions.h"
#include "tools/bench/QueryBench.h"
#include "tools/bench/SyncFloor.h"
#include "tools/bench/SyntheticCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message) {
    QTextStream(stderr) << "c360-bench: " << message << '\n';
    return 1;
}

struct BackendRun {
    double syncSeconds = 0;
    qint64 records = 0;
    QJsonObject report; // full sync with its floor and ratio, incremental sync
};

// The reference backend in a child process for the length of a benchmark run.
class Backend {
public:
    ~Backend() {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    c360::Status start(const c360::bench::BenchOptions& o, const QString& sources) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(o.binDir + QStringLiteral("/c360-backend"),
                        {QStringLiteral("--customers"), QString::number(o.customers), QStringLiteral("--seed"),
                         QString::number(o.seed), QStringLiteral("--heavy-events"), QString::number(o.heavyEvents),
                         QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-sources"), sources});
        if (!m_process.waitForStarted(10'000)) {
            return c360::Error{QStringLiteral("could not start c360-backend: %1").arg(m_process.errorString()), {}};
        }
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(600'000)) {
                return c360::Error{QStringLiteral("c360-backend did not start listening"),
                                   QString::fromLocal8Bit(m_process.readAllStandardError())};
            }
            line += m_process.readAllStandardOutput();
        }
        out() << QString::fromUtf8(line.trimmed()) << '\n';
        out().flush();
        return {};
    }

private:
    QProcess m_process;
};

struct SyncRun {
    double seconds = 0;
    double cpuSeconds = 0; // user + system time of the `c360 sync` process, all its threads
    qint64 fetched = 0;
};

// User + system time of the children this process has waited for.
double childrenCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// `c360 sync --json` into dbPath, timed (the process: start, open, sync, exit).
c360::Result<SyncRun> timedSync(const c360::bench::BenchOptions& o, const QString& sources) {
    QProcess sync;
    sync.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    sync.start(o.binDir + QStringLiteral("/c360"),
               {QStringLiteral("sync"), QStringLiteral("--db"), o.dbPath, QStringLiteral("--sources"), sources,
                QStringLiteral("--quiet"), QStringLiteral("--json")});
    if (!sync.waitForFinished(3'600'000) || sync.exitCode() != 0) {
        return c360::Error{QStringLiteral("c360 sync failed (exit %1)").arg(sync.exitCode()),
                           QString::fromLocal8Bit(sync.readAllStandardOutput() + sync.readAllStandardError())};
    }
    SyncRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    const QJsonObject report = QJsonDocument::fromJson(sync.readAllStandardOutput()).object();
    run.fetched = report.value(QStringLiteral("fetched")).toInteger();
    return run;
}

qint64 liveRecords(const QString& dbPath) {
    auto db = c360::Database::open(dbPath, QStringLiteral("bench-count"));
    qint64 records = 0;
    if (db) {
        if (const auto counts = c360::StatsRepository(db->handle()).liveRecordCounts()) {
            for (const auto& streams : *counts) {
                for (const qint64 n : streams) {
                    records += n;
                }
            }
        }
    }
    return records;
}

// Starts the reference backend; full sync with `c360 sync` into options.dbPath (timed), the floor of the same
// run (libcurl alone fetching every page; the cache's rows written by raw sqlite3 into an empty schema), then
// 1% of the records changed at the backend and an incremental sync (timed).
c360::Result<BackendRun> syncFromBackend(const c360::bench::BenchOptions& o, const QString& workDir) {
    const QString sources = workDir + QStringLiteral("/sources.json");
    Backend backend;
    if (c360::Status s = backend.start(o, sources); !s) {
        return s.error();
    }
    const auto full = timedSync(o, sources);
    if (!full) {
        return full.error();
    }
    BackendRun run;
    run.syncSeconds = full->seconds;
    run.records = liveRecords(o.dbPath);
    const double rate = double(full->fetched) / full->seconds;
    out() << QStringLiteral(
                 "full sync over loopback HTTP: %1 records (%2 live) in %3 s = %4 records/s; c360 sync CPU %5 s")
                 .arg(full->fetched)
                 .arg(run.records)
                 .arg(full->seconds, 0, 'f', 2)
                 .arg(rate, 0, 'f', 0)
                 .arg(full->cpuSeconds, 0, 'f', 1)
          << '\n';
    out().flush();

    const auto write = c360::bench::measureWriteFloor(o.dbPath, workDir + QStringLiteral("/floor.db"));
    if (!write) {
        return write.error();
    }
    QFile::remove(workDir + QStringLiteral("/floor.db"));
    QFile::remove(workDir + QStringLiteral("/floor.db-wal"));
    QFile::remove(workDir + QStringLiteral("/floor.db-shm"));
    const auto fetch = c360::bench::measureFetchFloor(sources);
    if (!fetch) {
        return fetch.error();
    }
    const double floor = std::max(write->seconds, fetch->seconds);
    out() << QStringLiteral("floor: fetch %1 pages (%2 MB) by libcurl alone %3 s; write %4 rows by raw sqlite3 %5 s; "
                            "sync / floor = %6")
                 .arg(fetch->pages)
                 .arg(double(fetch->bytes) / 1e6, 0, 'f', 1)
                 .arg(fetch->seconds, 0, 'f', 2)
                 .arg(write->rows)
                 .arg(write->seconds, 0, 'f', 2)
                 .arg(full->seconds / floor, 0, 'f', 2)
          << '\n';
    out().flush();

    const auto changed = c360::bench::changeOnePercent(sources, o.dbPath);
    if (!changed) {
        return changed.error();
    }
    const auto incremental = timedSync(o, sources);
    if (!incremental) {
        return incremental.error();
    }
    out() << QStringLiteral("incremental sync after %1 changed records (1%): %2 records in %3 s; CPU %4 s")
                 .arg(*changed)
                 .arg(incremental->fetched)
                 .arg(incremental->seconds, 0, 'f', 2)
                 .arg(incremental->cpuSeconds, 0, 'f', 1)
          << '\n';
    out().flush();

    run.report = QJsonObject{
        {QStringLiteral("customers"), o.customers},
        {QStringLiteral("records"), full->fetched},
        {QStringLiteral("live_records"), run.records},
        {QStringLiteral("seconds"), full->seconds},
        {QStringLiteral("cpu_seconds"), full->cpuSeconds},
        {QStringLiteral("records_per_s"), rate},
        {QStringLiteral("floor"),
         QJsonObject{{QStringLiteral("seconds"), floor},
                     {QStringLiteral("fetch"), QJsonObject{{QStringLiteral("pages"), fetch->pages},
                                                           {QStringLiteral("bytes"), fetch->bytes},
                                                           {QStringLiteral("seconds"), fetch->seconds}}},
                     {QStringLiteral("write"), QJsonObject{{QStringLiteral("rows"), write->rows},
                                                           {QStringLiteral("seconds"), write->seconds}}}}},
        {QStringLiteral("ratio_to_floor"), full->seconds / floor},
        {QStringLiteral("incremental"), QJsonObject{{QStringLiteral("changed"), *changed},
                                                    {QStringLiteral("fetched"), incremental->fetched},
                                                    {QStringLiteral("seconds"), incremental->seconds},
                                                    {QStringLiteral("cpu_seconds"), incremental->cpuSeconds}}},
    };
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("c360.storage.info=false")); // "migrated to schema N" lines
    QString error;
    c360::bench::BenchOptions o = c360::bench::BenchOptions::parse(QCoreApplication::arguments(), &error);
    if (!error.isEmpty()) {
        return fail(error);
    }
    QTemporaryDir work;
    if (o.dbPath.isEmpty()) {
        o.dbPath = work.path() + QStringLiteral("/cache.db");
    }
    QJsonObject result;
    BackendRun backendRun;
    if (o.mode == c360::bench::BenchOptions::Mode::Backend) {
        out() << QStringLiteral("sync: reference backend, %1 customers, busiest customer +%2 events, seed %3")
                     .arg(o.customers)
                     .arg(o.heavyEvents)
                     .arg(o.seed)
              << '\n';
        out().flush();
        QFile::remove(o.dbPath);
        const auto run = syncFromBackend(o, work.path());
        if (!run) {
            return fail(run.error().message + QLatin1Char('\n') + run.error().detail);
        }
        backendRun = *run;
    }
    auto db = c360::Database::open(o.dbPath, QStringLiteral("bench"));
    if (!db) {
        return fail(db.error().message);
    }
    if (o.mode == c360::bench::BenchOptions::Mode::Synthetic) {
        c360::bench::SyntheticSpec spec;
        spec.parties = o.syntheticParties;
        spec.eventsPerParty = o.eventsPerParty;
        spec.heavyEvents = o.heavyEvents;
        spec.ordersPerParty = o.ordersPerParty;
        out() << QStringLiteral(
                     "synthetic cache: %1 customers × (%2 contacts + %3 orders) (+%4 for customer #1) into %5")
                     .arg(spec.parties)
                     .arg(spec.eventsPerParty)
                     .arg(spec.ordersPerParty)
                     .arg(spec.heavyEvents)
                     .arg(o.dbPath)
              << '\n';
        out().flush();
        qint64 lastReport = 0;
        const auto built = c360::bench::buildSyntheticCache(db->handle(), spec, [&](qint64 done, qint64 total) {
            if (done - lastReport >= 500'000) {
                lastReport = done;
                out() << QStringLiteral("  %1 / %2 records").arg(done).arg(total) << '\n';
                out().flush();
            }
        });
        if (!built) {
            return fail(built.error().message + QLatin1Char('\n') + built.error().detail);
        }
        backendRun.records = built->records;
        backendRun.syncSeconds = built->seconds;
        result.insert(QStringLiteral("write"),
                      QJsonObject{{QStringLiteral("records"), built->records},
                                  {QStringLiteral("seconds"), built->seconds},
                                  {QStringLiteral("records_per_s"), double(built->records) / built->seconds}});
        out() << QStringLiteral("cache writer: %1 records in %2 s = %3 records/s")
                     .arg(built->records)
                     .arg(built->seconds, 0, 'f', 1)
                     .arg(double(built->records) / built->seconds, 0, 'f', 0)
              << '\n';
    }
    if (o.mode == c360::bench::BenchOptions::Mode::Backend) {
        result.insert(QStringLiteral("sync"), backendRun.report);
    }
    const c360::Normalizer normalizer;
    const c360::bench::QueryFigures figures =
        c360::bench::runQueryBench(db->handle(), o.dbPath, normalizer, o.queries, unsigned(o.seed));
    if (figures.parties == 0) {
        return fail(QStringLiteral("the cache holds no customers"));
    }
    out() << figures.report() << '\n';
    result.insert(QStringLiteral("queries"), figures.toJson());
    QDir().mkpath(o.outDir);
    QFile file(o.outDir + QStringLiteral("/bench.json"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(result).toJson());
        out() << QStringLiteral("figures written to %1").arg(file.fileName()) << '\n';
    }
    if (figures.misses > 0) {
        return fail(QStringLiteral("%1 phone/e-mail lookups did not find their customer").arg(figures.misses));
    }
    return 0;
}

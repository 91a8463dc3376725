// c360-bench: sync throughput and agent-facing query latency on real caches.
//   c360-bench --smoke                       small backend run (CI)
//   c360-bench --customers 100000            sync a 100k-customer company over loopback, then query
//   c360-bench --synthetic 1000000 --events-per-party 20 --db big.db   1M customers / 20M events
//   c360-bench --existing --db big.db        only the query figures of an existing cache
#include "models/Database.h"
#include "models/Queries.h"
#include "tools/bench/BenchOptions.h"
#include "tools/bench/QueryBench.h"
#include "tools/bench/SyntheticCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

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
};

// Starts the reference backend, syncs it with `c360 sync` into options.dbPath, and times the sync.
c360::Result<BackendRun> syncFromBackend(const c360::bench::BenchOptions& o, const QString& workDir) {
    QProcess backend;
    backend.setProcessChannelMode(QProcess::SeparateChannels);
    const QString sources = workDir + QStringLiteral("/sources.json");
    backend.start(o.binDir + QStringLiteral("/c360-backend"),
                  {QStringLiteral("--customers"), QString::number(o.customers), QStringLiteral("--seed"),
                   QString::number(o.seed), QStringLiteral("--heavy-events"), QString::number(o.heavyEvents),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-sources"), sources});
    if (!backend.waitForStarted(10'000)) {
        return c360::Error{QStringLiteral("could not start c360-backend: %1").arg(backend.errorString()), {}};
    }
    QByteArray line;
    while (!line.contains('\n')) {
        if (!backend.waitForReadyRead(120'000)) {
            return c360::Error{QStringLiteral("c360-backend did not start listening"),
                               QString::fromLocal8Bit(backend.readAllStandardError())};
        }
        line += backend.readAllStandardOutput();
    }
    out() << QString::fromUtf8(line.trimmed()) << '\n';
    out().flush();
    QProcess sync;
    sync.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    sync.start(o.binDir + QStringLiteral("/c360"), {QStringLiteral("sync"), QStringLiteral("--db"), o.dbPath,
                                                    QStringLiteral("--sources"), sources, QStringLiteral("--quiet")});
    if (!sync.waitForFinished(3'600'000) || sync.exitCode() != 0) {
        backend.terminate();
        backend.waitForFinished(5000);
        return c360::Error{QStringLiteral("c360 sync failed (exit %1)").arg(sync.exitCode()),
                           QString::fromLocal8Bit(sync.readAllStandardOutput())};
    }
    BackendRun run;
    run.syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    backend.terminate();
    backend.waitForFinished(5000);
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
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
        out() << QStringLiteral("synthetic cache: %1 customers × %2 events (+%3 for customer #1) into %4")
                     .arg(spec.parties)
                     .arg(spec.eventsPerParty)
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
        qint64 records = 0;
        if (const auto counts = c360::StatsRepository(db->handle()).liveRecordCounts()) {
            for (const auto& streams : *counts) {
                for (const qint64 n : streams) {
                    records += n;
                }
            }
        }
        backendRun.records = records;
        result.insert(QStringLiteral("sync"),
                      QJsonObject{{QStringLiteral("customers"), o.customers},
                                  {QStringLiteral("records"), records},
                                  {QStringLiteral("seconds"), backendRun.syncSeconds},
                                  {QStringLiteral("records_per_s"), double(records) / backendRun.syncSeconds}});
        out() << QStringLiteral("sync over loopback HTTP: %1 records in %2 s = %3 records/s")
                     .arg(records)
                     .arg(backendRun.syncSeconds, 0, 'f', 1)
                     .arg(double(records) / backendRun.syncSeconds, 0, 'f', 0)
              << '\n';
    }
    const c360::Normalizer normalizer;
    const c360::bench::QueryFigures figures =
        c360::bench::runQueryBench(db->handle(), normalizer, o.queries, unsigned(o.seed));
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

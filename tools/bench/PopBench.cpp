// c360-popbench: how long an agent waits between a screen pop and a readable screen.
// Builds (or reuses) a cache of N customers (with their contacts and shop orders) through the
// real cache writer, opens the real window (offscreen by default) with the shipped rule pack, and
// listens on the workstation's local socket. A second process (this program with --sender) pops
// random callers through that socket as a CTI connector would (`c360 pop`), their number written
// the way a switch sends it, and times each pop until the window answered it: received, header,
// timeline first page and prompt cards laid out and painted.
//   c360-popbench [--customers 100000] [--pops 200] [--db PATH] [--smoke]
#include "app/PopRequest.h"
#include "app/SingleInstance.h"
#include "models/Database.h"
#include "models/Normalize.h"
#include "models/TimelineModel.h"
#include "tools/bench/LatencyStats.h"
#include "tools/bench/SyntheticCache.h"
#include "ui/CallBar.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"
#include "ui/TimelinePanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <random>

namespace {
// The second process: pops callers through the running window's local socket, one at a time, and
// times each until the window answered (it answers after handling the pop). Prints JSON.
int sendPops(qint64 customers, int pops) {
    std::mt19937_64 rng(7);
    c360::bench::LatencyStats ready;
    int failed = 0;
    for (int i = 0; i < pops; ++i) {
        const qint64 who = 1 + qint64(rng() % quint64(customers));
        // The switch sends national digits with spaces: "139 0000 0042".
        const QString e164 = c360::bench::syntheticPhone(who);
        const QString national = e164.mid(3, 3) + QLatin1Char(' ') + e164.mid(6, 4) + QLatin1Char(' ') + e164.mid(10);
        c360::app::PopRequest request{national, QString::number(i), QStringLiteral("delivery"), {}};
        QElapsedTimer t;
        t.start();
        QString error;
        if (c360::app::SingleInstance::sendPop(request, 10000, &error)) {
            ready.add(double(t.nsecsElapsed()) / 1000.0);
        } else {
            ++failed;
            QTextStream(stderr) << "c360-popbench: pop " << i << ": " << error << '\n';
        }
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("pop_to_ready"), ready.toJson()},
                                                     {QStringLiteral("failed"), failed}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return failed == 0 ? 0 : 1;
}
// Resident and peak memory of this process (kB), from /proc/self/status.
QPair<qint64, qint64> residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = -1, peak = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto value = [&line] {
                return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
            };
            if (line.startsWith("VmRSS:")) {
                rss = value();
            } else if (line.startsWith("VmHWM:")) {
                peak = value();
            }
        }
    }
    return {rss, peak};
}

double medianOf(QList<double> v) {
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Cold start of the workstation on this cache: `c360 --db PATH --no-sync` in a process of its own, timed from its
// start until its window answers on its local socket (window shown, event loop running); beside it the floor,
// `c360 --version` from start to exit. Medians of `runs`.
QJsonObject coldStart(const QString& dbPath, int runs, QTextStream& out) {
    const QString c360 = QCoreApplication::applicationDirPath() + QStringLiteral("/c360");
    QList<double> version, window;
    int failed = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(c360, {QStringLiteral("--version")});
        p.waitForFinished(30'000);
        version << double(t.nsecsElapsed()) / 1e6;

        const QByteArray name = QByteArrayLiteral("c360-popbench-cold-") +
                                QByteArray::number(QCoreApplication::applicationPid()) + '-' + QByteArray::number(i);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C360_INSTANCE_NAME"), QString::fromLatin1(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        qputenv("C360_INSTANCE_NAME", name);
        t.start();
        gui.start(c360, {QStringLiteral("--db"), dbPath, QStringLiteral("--no-sync"), QStringLiteral("--sources"),
                         dbPath + QStringLiteral(".no-sources.json")});
        bool ready = false;
        while (!ready && t.elapsed() < 60'000 && gui.state() != QProcess::NotRunning) {
            ready = c360::app::SingleInstance::sendActivate(200);
            if (!ready) {
                QThread::msleep(5);
            }
        }
        if (ready) {
            window << double(t.nsecsElapsed()) / 1e6;
        } else {
            ++failed;
        }
        gui.kill();
        gui.waitForFinished(10'000);
    }
    qunsetenv("C360_INSTANCE_NAME");
    out << QStringLiteral("cold start to an interactive window: median %1 ms (runs: %2, failed %3); floor `c360 "
                          "--version` median %4 ms")
               .arg(medianOf(window), 0, 'f', 0)
               .arg(window.size())
               .arg(failed)
               .arg(medianOf(version), 0, 'f', 0)
        << Qt::endl;
    return {{QStringLiteral("window_ms"), medianOf(window)},
            {QStringLiteral("version_ms"), medianOf(version)},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("failed"), failed}};
}

// Opens the busiest customer (synthetic #1) and scrolls its timeline end to end, loading every page as
// the view does; returns the events loaded and the resident memory after it.
QJsonObject scrollBusiest(c360::ui::MainWindow& window, QSqlDatabase db, QTextStream& out) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON l.record_id = r.id WHERE "
                          "r.source = 'crm' AND r.stream = 'customers' AND r.source_id = 'SYN-C-1'"));
    const qint64 party = q.next() ? q.value(0).toLongLong() : 0;
    if (party <= 0 || !window.openParty(party)) {
        return {};
    }
    const auto before = residentKb();
    c360::TimelineModel* model = window.timelinePanel()->model();
    QElapsedTimer t;
    t.start();
    while (model->canFetchMore({})) {
        model->fetchMore({});
        window.timelinePanel()->view()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const auto after = residentKb();
    out << QStringLiteral("busiest customer: %1 events scrolled end to end in %2 s; resident memory %3 MB before, "
                          "%4 MB after (peak %5 MB)")
               .arg(model->rowCount({}))
               .arg(seconds, 0, 'f', 2)
               .arg(double(before.first) / 1024, 0, 'f', 0)
               .arg(double(after.first) / 1024, 0, 'f', 0)
               .arg(double(after.second) / 1024, 0, 'f', 0)
        << Qt::endl;
    return {{QStringLiteral("events"), model->rowCount({})},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("rss_before_mb"), double(before.first) / 1024},
            {QStringLiteral("rss_after_mb"), double(after.first) / 1024},
            {QStringLiteral("rss_peak_mb"), double(after.second) / 1024}};
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Screen-pop-to-ready latency of the C360 window."));
    p.addHelpOption();
    p.addOption({QStringLiteral("customers"), QStringLiteral("Customers in the cache (default 100000)."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("events-per-party"), QStringLiteral("Events per customer (default 20)."),
                 QStringLiteral("M"), QStringLiteral("20")});
    p.addOption({QStringLiteral("pops"), QStringLiteral("Pops to time (default 200)."), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Reuse (or build) this cache."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("smoke"), QStringLiteral("Small and quick (CI): 2,000 customers, 50 pops.")});
    p.addOption({QStringLiteral("sender"), QStringLiteral("(internal) Be the second process that sends the pops.")});
    p.addOption({QStringLiteral("cold-starts"),
                 QStringLiteral("Also time N cold starts of the workstation on the cache (default 0)."),
                 QStringLiteral("N"), QStringLiteral("0")});
    p.process(app);
    QTextStream out(stdout);
    qint64 customers = p.value(QStringLiteral("customers")).toLongLong();
    int pops = p.value(QStringLiteral("pops")).toInt();
    const int perParty = p.value(QStringLiteral("events-per-party")).toInt();
    if (p.isSet(QStringLiteral("smoke"))) {
        customers = 2000;
        pops = 50;
    }
    if (customers <= 0 || pops <= 0 || perParty <= 0) {
        QTextStream(stderr) << "c360-popbench: --customers, --pops and --events-per-party take positive numbers\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("sender"))) {
        return sendPops(customers, pops);
    }
    QTemporaryDir work;
    const QString path =
        p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : work.filePath(QStringLiteral("pop.db"));
    const bool reuse = QFileInfo::exists(path);
    auto db = c360::Database::open(path, QStringLiteral("popbench"));
    if (!db) {
        QTextStream(stderr) << "c360-popbench: " << db.error().message << '\n';
        return 1;
    }
    if (!reuse) {
        out << QStringLiteral("building a cache of %1 customers × %2 events in %3 …")
                   .arg(customers)
                   .arg(perParty)
                   .arg(path)
            << Qt::endl;
        c360::bench::SyntheticSpec spec;
        spec.parties = customers;
        spec.eventsPerParty = perParty;
        spec.heavyEvents = 0;
        spec.ordersPerParty = 2;
        const auto built = c360::bench::buildSyntheticCache(db->handle(), spec, {});
        if (!built) {
            QTextStream(stderr) << "c360-popbench: " << built.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("  %1 records in %2 s").arg(built->records).arg(built->seconds, 0, 'f', 1) << Qt::endl;
    }
    QJsonObject cold;
    if (const int runs = p.value(QStringLiteral("cold-starts")).toInt(); runs > 0) {
        cold = coldStart(path, runs, out);
    }
    const c360::Normalizer normalizer;
    c360::ui::MainWindow window(db->handle(), normalizer);
    window.show();
    QCoreApplication::processEvents();

    // The workstation's own pop path: its local socket (a name of our own, not the user's window).
    qputenv("C360_INSTANCE_NAME",
            QByteArrayLiteral("c360-popbench-") + QByteArray::number(QCoreApplication::applicationPid()));
    c360::app::SingleInstance instance;
    QString listenError;
    if (!instance.listen(&listenError)) {
        QTextStream(stderr) << "c360-popbench: " << listenError << '\n';
        return 1;
    }
    int received = 0;
    int opened = 0;
    int withPrompts = 0;
    QObject::connect(&instance, &c360::app::SingleInstance::popReceived, &window,
                     [&](const c360::app::PopRequest& request) {
                         ++received;
                         const auto outcome = window.handleIncomingCall(
                             c360::ui::IncomingCall{request.ani, request.callId, request.queue, request.dnis});
                         QCoreApplication::processEvents(); // layouts and paint of header, timeline and prompts
                         opened += outcome == c360::ui::MainWindow::PopOutcome::Opened ? 1 : 0;
                         withPrompts += window.nbaPanel()->evaluation().actions.isEmpty() ? 0 : 1;
                         window.callBar()->clear();
                     });
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&sender, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&sender, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    sender.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--sender"), QStringLiteral("--customers"), QString::number(customers),
                  QStringLiteral("--pops"), QString::number(pops)});
    loop.exec();
    const QJsonObject sent = QJsonDocument::fromJson(sender.readAllStandardOutput()).object();
    if (sender.exitStatus() != QProcess::NormalExit || sent.isEmpty()) {
        QTextStream(stderr) << "c360-popbench: the sending process failed: " << sender.errorString() << '\n';
        return 1;
    }
    const QJsonObject ready = sent.value(QStringLiteral("pop_to_ready")).toObject();
    out << QStringLiteral(
               "pop → ready through the local socket (header, timeline, prompts) n=%1  p50 %2 ms  p95 %3 ms  "
               "max %4 ms")
               .arg(ready.value(QStringLiteral("n")).toInt())
               .arg(ready.value(QStringLiteral("p50_ms")).toDouble(), 0, 'f', 2)
               .arg(ready.value(QStringLiteral("p95_ms")).toDouble(), 0, 'f', 2)
               .arg(ready.value(QStringLiteral("max_ms")).toDouble(), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("%1 of %2 pops arrived, %3 opened the caller, %4 showed prompts (%5%); cache %6 customers")
               .arg(received)
               .arg(pops)
               .arg(opened)
               .arg(withPrompts)
               .arg(pops > 0 ? 100.0 * withPrompts / pops : 0.0, 0, 'f', 1)
               .arg(customers)
        << Qt::endl;
    const QJsonObject memory = scrollBusiest(window, db->handle(), out);
    QJsonObject result{{QStringLiteral("customers"), customers},
                       {QStringLiteral("cold_start"), cold},
                       {QStringLiteral("busiest_scrolled"), memory},
                       {QStringLiteral("pops"), pops},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("opened"), opened},
                       {QStringLiteral("with_prompts"), withPrompts},
                       {QStringLiteral("failed_sends"), sent.value(QStringLiteral("failed"))},
                       {QStringLiteral("pop_to_ready"), ready}};
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return opened == pops ? 0 : 1;
}

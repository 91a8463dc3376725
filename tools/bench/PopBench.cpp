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
#include "tools/bench/LatencyStats.h"
#include "tools/bench/SyntheticCache.h"
#include "ui/CallBar.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

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
    QJsonObject result{{QStringLiteral("customers"), customers},
                       {QStringLiteral("pops"), pops},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("opened"), opened},
                       {QStringLiteral("with_prompts"), withPrompts},
                       {QStringLiteral("failed_sends"), sent.value(QStringLiteral("failed"))},
                       {QStringLiteral("pop_to_ready"), ready}};
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return opened == pops ? 0 : 1;
}

// c360-popbench: how long an agent waits between a screen pop and a readable screen.
// Builds (or reuses) a cache of N customers through the real cache writer, opens the real
// window (offscreen by default), pops random callers with their number written the way a
// switch sends it, and measures pop → header, timeline first page and prompts on screen.
//   c360-popbench [--customers 100000] [--pops 200] [--db PATH] [--smoke]
#include "models/Database.h"
#include "models/Normalize.h"
#include "tools/bench/LatencyStats.h"
#include "tools/bench/SyntheticCache.h"
#include "ui/CallBar.h"
#include "ui/MainWindow.h"
#include "ui/NbaPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

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

    std::mt19937_64 rng(7);
    c360::bench::LatencyStats ready;
    int opened = 0;
    int withPrompts = 0;
    for (int i = 0; i < pops; ++i) {
        const qint64 who = 1 + qint64(rng() % quint64(customers));
        // The switch sends national digits with spaces: "139 0000 0042".
        const QString e164 = c360::bench::syntheticPhone(who);
        const QString national = e164.mid(3, 3) + QLatin1Char(' ') + e164.mid(6, 4) + QLatin1Char(' ') + e164.mid(10);
        QElapsedTimer t;
        t.start();
        const auto outcome = window.handleIncomingCall(c360::ui::IncomingCall{national, QString::number(i), {}, {}});
        QCoreApplication::processEvents(); // layouts and paint of header, timeline page and prompt cards
        ready.add(double(t.nsecsElapsed()) / 1000.0);
        opened += outcome == c360::ui::MainWindow::PopOutcome::Opened ? 1 : 0;
        withPrompts += window.nbaPanel()->evaluation().actions.isEmpty() ? 0 : 1;
        window.callBar()->clear();
    }
    out << ready.line(QStringLiteral("pop → ready (header, timeline, prompts)")) << Qt::endl;
    out << QStringLiteral("%1 of %2 pops opened the caller; %3 showed prompts; cache %4 customers")
               .arg(opened)
               .arg(pops)
               .arg(withPrompts)
               .arg(customers)
        << Qt::endl;
    QJsonObject result{{QStringLiteral("customers"), customers},
                       {QStringLiteral("pops"), pops},
                       {QStringLiteral("opened"), opened},
                       {QStringLiteral("pop_to_ready"), ready.toJson()}};
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return opened == pops ? 0 : 1;
}

#include "CliTakeOffline.h"

#include "app/Cli.h"
#include "app/CliPii.h"
#include "models/Database.h"
#include "sync/CustomerFetch.h"
#include "sync/SourcesFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <csignal>

namespace c360::app {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("c360::app", text, nullptr, n);
}

std::atomic<bool> g_takeOfflineInterrupted{false};

extern "C" void onTakeOfflineInterrupt(int) {
    g_takeOfflineInterrupted.store(true);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliTakeOfflineSynopsis)) << '\n';
    return 2;
}

QString estimateText(const sync::OfflineEstimate& e) {
    return tr("%n customer(s) (%1 in the cache already): about %2 records, %3 timeline events, %4 MB.", e.customers)
        .arg(e.cached)
        .arg(QLocale().toString(e.records), QLocale().toString(e.events),
             QLocale().toString(e.megabytes, 'f', e.megabytes < 1.0 ? 2 : 1));
}

} // namespace

int runCliTakeOffline(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("customers"),
                 tr("The customers to take offline: ids, e-mail addresses or phone numbers, one a line (- reads "
                    "standard input)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("estimate"), tr("Only print the size estimate; read nothing.")});
    p.addOption({QStringLiteral("sources"), tr("The sources file (default: %1).").arg(defaultSourcesPath()),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    p.addOption({QStringLiteral("quiet"), tr("No progress on standard error.")});
    p.addOption(cliRoleOption());
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliTakeOfflineSynopsis), out, err)) {
        return *done;
    }
    if (!p.isSet(QStringLiteral("customers")) || !p.positionalArguments().isEmpty()) {
        return usage(err, tr("take-offline needs --customers FILE (and no other arguments)."));
    }
    const QString listPath = p.value(QStringLiteral("customers"));
    QFile list;
    const bool opened = listPath == QLatin1String("-") ? list.open(stdin, QIODevice::ReadOnly)
                                                       : (list.setFileName(listPath), list.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("Could not read the list of customers %1: %2")
                   .arg(QDir::toNativeSeparators(listPath), list.errorString())
            << '\n';
        return 1;
    }
    const QStringList keys = sync::CustomerFetch::parseList(QString::fromUtf8(list.readAll()));
    if (keys.isEmpty()) {
        return usage(err, tr("The list %1 names no customer (one id, e-mail address or phone number a line).")
                              .arg(QDir::toNativeSeparators(listPath)));
    }
    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    auto db = Database::open(dbPath, QStringLiteral("cli-take-offline"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    // The keys it prints (not found, no name) as the role may see them (app/CliPii.h).
    const PiiMasker masker = cliMasker(db->handle(), p, err);
    sync::CustomerFetch fetch(db->handle());
    const auto estimate = fetch.estimate(keys);
    if (!estimate) {
        err << estimate.error().message << '\n';
        return 1;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const QJsonObject estimateJson{{QStringLiteral("customers"), estimate->customers},
                                   {QStringLiteral("cached"), estimate->cached},
                                   {QStringLiteral("records"), estimate->records},
                                   {QStringLiteral("events"), estimate->events},
                                   {QStringLiteral("megabytes"), qRound(estimate->megabytes * 10.0) / 10.0}};
    if (p.isSet(QStringLiteral("estimate"))) {
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("estimate"), estimateJson}}).toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << estimateText(*estimate) << '\n';
        }
        return 0;
    }
    const QString sourcesPath =
        p.isSet(QStringLiteral("sources")) ? p.value(QStringLiteral("sources")) : defaultSourcesPath();
    auto sources = sync::SourcesFile::load(sourcesPath);
    if (!sources) {
        err << sources.error().message << '\n';
        return 1;
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    if (!quiet && !json) {
        err << estimateText(*estimate) << '\n';
    }
    if (!quiet) {
        fetch.setProgressCallback([&err](const SyncProgress& pr) {
            if (pr.pages == 0) {
                err << tr("%1/%2: reading…").arg(pr.source, pr.stream) << '\n';
                err.flush();
            }
        });
    }
    g_takeOfflineInterrupted.store(false);
    std::signal(SIGINT, onTakeOfflineInterrupt);
    std::signal(SIGTERM, onTakeOfflineInterrupt);
    fetch.setCancelFlag(&g_takeOfflineInterrupted);
    const auto report = fetch.run(*sources, keys, QStringLiteral("offline"));
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!report) {
        err << report.error().message << '\n';
        return 1;
    }
    QStringList failures;
    for (const StreamReport& s : report->sync.streams) {
        if (!s.error.isEmpty()) {
            failures.append(s.source + QLatin1Char('/') + s.stream + QStringLiteral(": ") + s.error);
        }
    }
    QStringList notFound;
    for (const QString& key : report->notFound()) {
        notFound << masker.text(key);
    }
    if (json) {
        QJsonArray customers;
        for (const sync::FetchedCustomer& c : report->customers) {
            QJsonObject o{{QStringLiteral("key"), masker.text(c.key)},
                          {QStringLiteral("available"), c.party.has_value()}};
            if (c.party) {
                o.insert(QStringLiteral("party"), *c.party);
                o.insert(QStringLiteral("name"), c.name);
                o.insert(QStringLiteral("events"), c.events);
            }
            customers.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("estimate"), estimateJson},
                                         {QStringLiteral("available"), report->available()},
                                         {QStringLiteral("not_found"), QJsonArray::fromStringList(notFound)},
                                         {QStringLiteral("failed_streams"), QJsonArray::fromStringList(failures)},
                                         {QStringLiteral("cancelled"), report->sync.cancelled},
                                         {QStringLiteral("customers"), customers}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const sync::FetchedCustomer& c : report->customers) {
            if (c.party) {
                out << tr("available offline: %1 (%2) — %n timeline event(s)", int(c.events))
                           .arg(c.name, masker.text(c.key))
                    << '\n';
            }
        }
        for (const QString& key : notFound) {
            out << tr("not found: %1 — no source knows this customer (check the id, e-mail or phone number)").arg(key)
                << '\n';
        }
        for (const QString& f : std::as_const(failures)) {
            out << tr("could not read %1").arg(f) << '\n';
        }
        if (report->sync.cancelled) {
            out << tr("Cancelled: what was read so far stays in the cache, but the customers are not kept in later "
                      "syncs.")
                << '\n';
        }
        out << tr("%1 of %n customer(s) available offline.", int(keys.size())).arg(report->available()) << '\n';
    }
    out.flush();
    const bool ok = notFound.isEmpty() && failures.isEmpty() && !report->sync.cancelled;
    return ok ? 0 : 1;
}

} // namespace c360::app

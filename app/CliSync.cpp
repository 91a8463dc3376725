#include "CliSync.h"

#include "app/Retention.h"
#include "models/Database.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <optional>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

QJsonObject toJson(const StreamReport& s) {
    QJsonObject o{{QStringLiteral("source"), s.source},
                  {QStringLiteral("stream"), s.stream},
                  {QStringLiteral("pages"), s.pages},
                  {QStringLiteral("fetched"), s.fetched},
                  {QStringLiteral("upserted"), s.upserted},
                  {QStringLiteral("deleted"), s.deleted},
                  {QStringLiteral("quarantined"), s.quarantined},
                  {QStringLiteral("completed"), s.completed}};
    if (s.outOfScope > 0) { // received, outside the sync scope, not stored (filtered here)
        o.insert(QStringLiteral("out_of_scope"), s.outOfScope);
    }
    if (!s.error.isEmpty()) {
        o.insert(QStringLiteral("error"), s.error);
    }
    return o;
}

} // namespace

int runCliSync(const CliSyncRequest& request, QTextStream& out, QTextStream& err) {
    // The sources file first: a bad one (an unknown scope key, say) leaves no cache file behind.
    const auto sources = sync::SourcesFile::load(request.sourcesPath);
    if (!sources) {
        err << sources.error().message << '\n';
        err.flush();
        return 1;
    }
    auto db = Database::open(request.dbPath, QStringLiteral("cli-sync"));
    if (!db) {
        err << db.error().message << '\n';
        err.flush();
        return 1;
    }
    SyncOptions options;
    if (!request.source.isEmpty()) {
        options.sourceFilter << request.source;
    }
    if (!request.stream.isEmpty()) {
        options.streamFilter << request.stream;
    }
    SyncEngine engine(db->handle());
    // Ctrl+C stops between pages (and inside a transfer); what was committed stays committed.
    g_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    engine.setCancelFlag(&g_interrupted);
    if (!request.quiet) {
        engine.setProgressCallback([&err](const SyncProgress& p) {
            if (p.pages == 0) {
                err << tr("%1/%2: syncing…").arg(p.source, p.stream) << '\n';
            } else if (p.pages % 20 == 0) {
                err << tr("%1/%2: %3 pages, %4 records").arg(p.source, p.stream).arg(p.pages).arg(p.records) << '\n';
            }
            err.flush();
        });
    }
    const std::optional<SyncReport> report = engine.run(*sources, options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (request.json) {
        QJsonArray streams;
        for (const StreamReport& s : report->streams) {
            streams.append(toJson(s));
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), report->ok()},
                                         {QStringLiteral("cancelled"), report->cancelled},
                                         {QStringLiteral("offline"), report->offline},
                                         {QStringLiteral("pages"), report->pages},
                                         {QStringLiteral("fetched"), report->fetched},
                                         {QStringLiteral("upserted"), report->upserted},
                                         {QStringLiteral("deleted"), report->deleted},
                                         {QStringLiteral("quarantined"), report->quarantined},
                                         {QStringLiteral("scope_purged"), report->scopePurged},
                                         {QStringLiteral("elapsed_ms"), report->elapsedMs},
                                         {QStringLiteral("summary"), report->summary},
                                         {QStringLiteral("streams"), streams}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const StreamReport& s : report->streams) {
            out << QStringLiteral("%1 %2 %3")
                       .arg(s.source.leftJustified(12), s.stream.leftJustified(14),
                            s.error.isEmpty() ? tr("%1 fetched, %2 upserted, %3 deleted, %4 quarantined")
                                                    .arg(s.fetched)
                                                    .arg(s.upserted)
                                                    .arg(s.deleted)
                                                    .arg(s.quarantined)
                                              : tr("FAILED: %1").arg(s.error))
                << '\n';
        }
        out << report->summary << '\n';
    }
    // Retention ("retention_days" in the sources file) runs after every sync, as in the window.
    if (const auto retained = Retention::run(request.sourcesPath, request.dbPath); !retained) {
        err << retained.error().message << '\n';
    } else if (retained->has_value() && (*retained)->purged > 0) {
        err << QCoreApplication::translate("c360::app",
                                           "Retention removed %n customer(s) out of scope and not opened recently.",
                                           nullptr, int((*retained)->purged))
            << '\n';
    }
    out.flush();
    return report->ok() ? 0 : 1;
}

} // namespace c360::app

#include "tests/support/SyncHelpers.h"

#include "sync/CurlHttpClient.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"
#include "sync/WriteActions.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace c360::testing {

using namespace std::chrono_literals;

BackendProcess::Options writeTestCompany(const QString& flavor) {
    BackendProcess::Options options;
    options.customers = 60;
    options.seed = 8;
    if (!flavor.isEmpty()) {
        options.extraArgs = {QStringLiteral("--flavor"), flavor};
    }
    return options;
}

SyncOptions fastRetries() {
    SyncOptions o;
    o.retry = {4, 20ms, 200ms};
    o.http.requestTimeout = 10s;
    return o;
}

QString dumpErrors(const SyncReport& report) {
    QStringList lines;
    for (const auto& s : report.streams) {
        if (!s.error.isEmpty()) {
            lines << s.source + QLatin1Char('/') + s.stream + QStringLiteral(": ") + s.error + QStringLiteral(" | ") +
                         s.errorDetail;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Status syncOnce(const TempCache& cache, const BackendProcess& backend) {
    auto report = SyncEngine(cache.db()).runFile(backend.sourcesFile());
    if (!report) {
        return report.error();
    }
    if (!report->ok()) {
        return Error{report->summary, dumpErrors(*report)};
    }
    return foreignKeysHold(cache);
}

Status foreignKeysHold(const TempCache& cache) {
    // The writer stores a sync's pages without foreign key enforcement (CacheWriter): every reference it wrote is
    // checked here instead.
    QSqlQuery q(cache.db());
    if (!q.exec(QStringLiteral("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 5"))) {
        return Error{QStringLiteral("foreign_key_check failed"), q.lastError().text()};
    }
    QStringList broken;
    while (q.next()) {
        broken << QStringLiteral("%1 row %2 → %3")
                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return broken.isEmpty()
               ? Status()
               : Error{QStringLiteral("rows refer to rows that are not there"), broken.join(QStringLiteral("; "))};
}

Result<QJsonObject> adminGet(const BackendProcess& backend, const QString& path) {
    sync::CurlHttpClient http;
    sync::HttpRequest r;
    r.url = backend.baseUrl() + path;
    r.headers = {{"Authorization", "Bearer " + backend.token().toUtf8()}};
    auto response = http.send(r);
    if (!response) {
        return response.error();
    }
    return QJsonDocument::fromJson(response->body).object();
}

Result<sync::OutboxPusher::Target> vendorTarget(const BackendProcess& backend) {
    auto sources = sync::SourcesFile::load(backend.sourcesFile());
    if (!sources) {
        return sources.error();
    }
    sync::OutboxPusher::Target target;
    for (const sync::SourceConfig& s : *sources) {
        auto actions = sync::WriteActions::load(s.manifest);
        if (!actions) {
            return actions.error();
        }
        target.sources.append(sync::WriteSource{s.name, s.baseUrl, s.auth, *actions});
    }
    return target;
}

} // namespace c360::testing

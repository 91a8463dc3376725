#include "OutboxTarget.h"

#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace c360::app {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("OutboxTarget", text);
}
} // namespace

namespace {

// Every source whose manifest declares write actions of its own (the vendors'); "*" alone (the
// reference manifests) makes a source a possible default target, not a routed one.
Result<QList<sync::WriteSource>> writeSources(const QList<sync::SourceConfig>& sources) {
    QList<sync::WriteSource> out;
    for (const sync::SourceConfig& s : sources) {
        auto actions = sync::WriteActions::load(s.manifest);
        if (!actions) {
            return actions.error();
        }
        if (actions->hasSpecific()) {
            out.append(sync::WriteSource{s.name, s.baseUrl, s.auth, std::move(*actions)});
        }
    }
    return out;
}

// The "outbox" key's "routes": {"note": "crm-hubspot", …}: which source takes a kind.
Result<QHash<QString, QString>> routesOf(const QJsonObject& outbox, const QList<sync::SourceConfig>& sources) {
    QHash<QString, QString> routes;
    const QJsonObject r = outbox.value(QStringLiteral("routes")).toObject();
    for (auto it = r.begin(); it != r.end(); ++it) {
        const QString name = it.value().toString();
        const bool known =
            name == QLatin1String("outbox") ||
            std::any_of(sources.cbegin(), sources.cend(), [&](const sync::SourceConfig& s) { return s.name == name; });
        if (!known) {
            return Error{t("The sources file's \"outbox\" routes “%1” writes to “%2”, a source it does not list.")
                             .arg(it.key(), name),
                         {}};
        }
        routes.insert(it.key(), name);
    }
    return routes;
}

} // namespace

Result<std::optional<sync::OutboxPusher::Target>> outboxTarget(const QString& sourcesPath) {
    QFile file(sourcesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{t("Could not read the sources file %1.").arg(sourcesPath), file.errorString()};
    }
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        return Error{t("The sources file %1 is not valid JSON.").arg(sourcesPath), error.errorString()};
    }
    const auto sources = sync::SourcesFile::load(sourcesPath);
    if (!sources) {
        return sources.error();
    }
    auto vendors = writeSources(*sources);
    if (!vendors) {
        return vendors.error();
    }
    sync::OutboxPusher::Target target;
    target.sources = std::move(*vendors);
    if (!root.contains(QStringLiteral("outbox"))) {
        if (target.sources.isEmpty()) {
            return std::optional<sync::OutboxPusher::Target>{}; // nobody to write to: writes wait
        }
        return std::optional<sync::OutboxPusher::Target>{std::move(target)};
    }
    const QJsonObject outbox = root.value(QStringLiteral("outbox")).toObject();
    auto routes = routesOf(outbox, *sources);
    if (!routes) {
        return routes.error();
    }
    target.routes = std::move(*routes);
    const QString baseDir = QFileInfo(sourcesPath).absolutePath();
    if (outbox.contains(QStringLiteral("source"))) {
        const QString name = outbox.value(QStringLiteral("source")).toString();
        for (const sync::SourceConfig& s : *sources) {
            if (s.name == name) {
                target.baseUrl = s.baseUrl;
                target.auth = s.auth;
                return std::optional<sync::OutboxPusher::Target>{std::move(target)};
            }
        }
        return Error{t("The sources file's \"outbox\" names the source “%1”, which it does not list.").arg(name), {}};
    }
    if (!outbox.contains(QStringLiteral("base_url"))) { // only "routes"
        return std::optional<sync::OutboxPusher::Target>{std::move(target)};
    }
    // An own base URL and credential: read them with the sources-file rules (secrets, checks).
    QJsonObject asSource = outbox;
    asSource.remove(QStringLiteral("routes"));
    asSource.insert(QStringLiteral("name"), QStringLiteral("outbox"));
    asSource.insert(QStringLiteral("manifest"), QStringLiteral("c360-crm"));
    const QByteArray wrapped =
        QJsonDocument(QJsonObject{{QStringLiteral("sources"), QJsonArray{asSource}}}).toJson(QJsonDocument::Compact);
    const auto parsed = sync::SourcesFile::parse(wrapped, sourcesPath, baseDir);
    if (!parsed) {
        return parsed.error();
    }
    const sync::SourceConfig& s = parsed->constFirst();
    target.baseUrl = s.baseUrl;
    target.auth = s.auth;
    return std::optional<sync::OutboxPusher::Target>{std::move(target)};
}

} // namespace c360::app

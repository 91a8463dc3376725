#include "OutboxTarget.h"

#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("OutboxTarget", text);
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
    if (!root.contains(QStringLiteral("outbox"))) {
        return std::optional<sync::OutboxPusher::Target>{};
    }
    const QJsonObject outbox = root.value(QStringLiteral("outbox")).toObject();
    const QString baseDir = QFileInfo(sourcesPath).absolutePath();
    if (outbox.contains(QStringLiteral("source"))) {
        const QString name = outbox.value(QStringLiteral("source")).toString();
        const auto sources = sync::SourcesFile::load(sourcesPath);
        if (!sources) {
            return sources.error();
        }
        for (const sync::SourceConfig& s : *sources) {
            if (s.name == name) {
                return std::optional<sync::OutboxPusher::Target>{sync::OutboxPusher::Target{s.baseUrl, s.auth}};
            }
        }
        return Error{t("The sources file's \"outbox\" names the source “%1”, which it does not list.").arg(name), {}};
    }
    // An own base URL and credential: read them with the sources-file rules (secrets, checks).
    QJsonObject asSource = outbox;
    asSource.insert(QStringLiteral("name"), QStringLiteral("outbox"));
    asSource.insert(QStringLiteral("manifest"), QStringLiteral("c360-crm"));
    const QByteArray wrapped =
        QJsonDocument(QJsonObject{{QStringLiteral("sources"), QJsonArray{asSource}}}).toJson(QJsonDocument::Compact);
    const auto parsed = sync::SourcesFile::parse(wrapped, sourcesPath, baseDir);
    if (!parsed) {
        return parsed.error();
    }
    const sync::SourceConfig& s = parsed->constFirst();
    return std::optional<sync::OutboxPusher::Target>{sync::OutboxPusher::Target{s.baseUrl, s.auth}};
}

} // namespace c360::app

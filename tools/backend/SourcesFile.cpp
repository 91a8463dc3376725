#include "SourcesFile.h"

#include "tools/backend/Streams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace c360::backend {

QJsonObject SourcesFile::build(const QString& baseUrl, const QString& token) {
    QJsonArray sources;
    for (const auto& info : kStreams) {
        const QString name = QLatin1String(info.source);
        if (!sources.isEmpty() && sources.last().toObject().value(QStringLiteral("name")).toString() == name) {
            QJsonObject last = sources.last().toObject();
            QJsonArray streams = last.value(QStringLiteral("streams")).toArray();
            streams.append(QLatin1String(info.stream));
            last.insert(QStringLiteral("streams"), streams);
            sources.replace(sources.size() - 1, last);
            continue;
        }
        sources.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("manifest"), QString(QStringLiteral("c360-") % name)},
            {QStringLiteral("base_url"), baseUrl},
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")}, {QStringLiteral("secret"), token}}},
            {QStringLiteral("streams"), QJsonArray{QLatin1String(info.stream)}},
        });
    }
    // Agent writes (notes, wrap-ups, prompt answers) go to this backend's /outbox/v1 with the CRM's credential.
    // The role of the signed-in user comes from the CRM's GET /api/v1/me (the defaults of "sign_in").
    return QJsonObject{{QStringLiteral("sources"), sources},
                       {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("source"), QStringLiteral("crm")}}},
                       {QStringLiteral("sign_in"), QJsonObject{{QStringLiteral("source"), QStringLiteral("crm")}}}};
}

QString SourcesFile::write(const QString& path, const QJsonObject& sources) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write ") % path % QStringLiteral(": ") % file.errorString();
    }
    file.write(QJsonDocument(sources).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return QStringLiteral("cannot write ") % path % QStringLiteral(": ") % file.errorString();
    }
    return {};
}

} // namespace c360::backend

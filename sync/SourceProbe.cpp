#include "sync/SourceProbe.h"

#include "sync/Connector.h"
#include "sync/Manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::sync {

namespace {

QJsonValue toJson(const QVariant& v) {
    if (v.metaType().id() == QMetaType::QDateTime) {
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    }
    return QJsonValue::fromVariant(v);
}

QJsonObject toJson(const QVariantMap& map) {
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        o.insert(it.key(), toJson(it.value()));
    }
    return o;
}

QString recordJson(const CanonicalRecord& r) {
    QJsonObject o{{QStringLiteral("entity"), entityKindName(r.entity)},
                  {QStringLiteral("source_id"), r.sourceId},
                  {QStringLiteral("updated_at"),
                   r.updatedAt.isValid() ? QJsonValue(r.updatedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                  {QStringLiteral("deleted"), r.deleted},
                  {QStringLiteral("fields"), toJson(r.fields)}};
    QJsonObject children;
    for (auto it = r.children.cbegin(); it != r.children.cend(); ++it) {
        QJsonArray rows;
        for (const QVariantMap& row : it.value()) {
            rows.append(toJson(row));
        }
        children.insert(it.key(), rows);
    }
    if (!children.isEmpty()) {
        o.insert(QStringLiteral("children"), children);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QList<ProbeResult> SourceProbe::test(const SourceConfig& source, const QStringList& streams,
                                     const CurlHttpClient::Options& http, RetryPolicy::Options retryOptions) {
    QList<ProbeResult> results;
    auto manifest = ManifestRegistry::load(source.manifest);
    if (!manifest) {
        ProbeResult r;
        r.source = source.name;
        r.error = manifest.error().message;
        r.errorDetail = manifest.error().detail;
        results.append(r);
        return results;
    }
    QStringList names = streams;
    if (names.isEmpty()) {
        names = source.streams.isEmpty() ? manifest->streamNames() : source.streams;
    }
    CurlHttpClient client(http);
    RetryPolicy retry(retryOptions);
    for (const QString& name : std::as_const(names)) {
        ProbeResult r;
        r.source = source.name;
        r.stream = name;
        const StreamManifest* stream = manifest->stream(name);
        if (stream == nullptr) {
            r.error = tr("The connector %1 has no stream \"%2\" (it has: %3).")
                          .arg(manifest->name, name, manifest->streamNames().join(QStringLiteral(", ")));
            results.append(r);
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        Connector connector(source, *stream, client, retry);
        auto page = connector.fetch({});
        r.elapsedMs = timer.elapsed();
        if (!page) {
            r.error = page.error().message;
            r.errorDetail = page.error().detail;
            results.append(r);
            continue;
        }
        r.ok = true;
        r.records = int(page->records.size());
        r.quarantined = int(page->quarantined.size());
        r.hasMore = page->hasMore;
        const auto live = std::find_if(page->records.cbegin(), page->records.cend(),
                                       [](const CanonicalRecord& c) { return !c.deleted; });
        if (live != page->records.cend()) {
            r.firstRecord = recordJson(*live);
        } else if (!page->records.isEmpty()) {
            r.firstRecord = recordJson(page->records.first());
        }
        if (!page->quarantined.isEmpty()) {
            r.firstQuarantine = page->quarantined.first().error;
        }
        results.append(r);
    }
    return results;
}

} // namespace c360::sync

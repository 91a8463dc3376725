#include "sync/SyncScope.h"

namespace c360::sync {

QString SyncScope::fingerprint() const {
    if (isEmpty()) {
        return {};
    }
    const auto sorted = [](QStringList list) {
        list.sort();
        list.removeDuplicates();
        return list.join(QLatin1Char(','));
    };
    // "queue" only when used: the fingerprints of scopes without one stay what they were (no re-read).
    return QStringLiteral("territory=") + sorted(territories) + QStringLiteral(";owner=") + sorted(owners) +
           QStringLiteral(";customers=") + sorted(customers) +
           (queues.isEmpty() ? QString() : QStringLiteral(";queue=") + sorted(queues));
}

std::optional<QList<QPair<QString, QString>>> SyncScope::serverQuery(const StreamManifest& stream) const {
    QList<QPair<QString, QString>> items;
    const auto add = [&](const char* key, const QStringList& values) {
        if (values.isEmpty()) {
            return true;
        }
        const QString param = stream.scopeParam(QLatin1String(key));
        if (param.isEmpty()) {
            return false;
        }
        items.append({param, values.join(QLatin1Char(','))});
        return true;
    };
    if (!add("territory", territories) || !add("owner", owners) || !add("queue", queues) ||
        !add("customers", customers)) {
        return std::nullopt;
    }
    return items;
}

} // namespace c360::sync

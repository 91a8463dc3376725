#include "models/RecordReferences.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace c360 {

QList<IdentityKey> referenceKeys(const CanonicalRecord& record) {
    QList<IdentityKey> keys;
    if (record.deleted) {
        return keys;
    }
    const QString prefix = record.source + QLatin1Char('/');
    if (record.referable) {
        keys.append({keykinds::Reference, prefix + record.stream + QLatin1Char('/') + record.sourceId, true});
    }
    for (const QString& target : record.references) {
        IdentityKey key{keykinds::Reference, prefix + target, true};
        if (!keys.contains(key)) {
            keys.append(std::move(key));
        }
    }
    return keys;
}

Result<QHash<QString, QList<qint64>>> referenceGroups(QSqlDatabase db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rk.value, rk.record_id FROM record_key rk JOIN source_record sr ON sr.id = "
                               "rk.record_id WHERE rk.kind = 'reference' AND sr.deleted = 0 "
                               "ORDER BY rk.value, rk.record_id"))) {
        return sql::error(q, QCoreApplication::translate("c360::RecordReferences",
                                                         "The references between records could not be read."));
    }
    QHash<QString, QList<qint64>> groups;
    while (q.next()) {
        groups[q.value(0).toString()].append(q.value(1).toLongLong());
    }
    groups.removeIf([](const auto& it) { return it.value().size() < 2; });
    return groups;
}

} // namespace c360

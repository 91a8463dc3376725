#include "tests/support/CacheChecksum.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace c360::testing {

QString cacheChecksum(QSqlDatabase db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // BINARY collation: the backend sorts its ids as bytes too.
    if (!q.exec(QStringLiteral("SELECT source, stream, source_id, updated_at FROM source_record WHERE deleted = 0 "
                               "ORDER BY source, stream, source_id"))) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        const QByteArray line = q.value(0).toString().toUtf8() + '\t' + q.value(1).toString().toUtf8() + '\t' +
                                q.value(2).toString().toUtf8() + '\t' + QByteArray::number(q.value(3).toLongLong()) +
                                '\n';
        hash.addData(line);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace c360::testing

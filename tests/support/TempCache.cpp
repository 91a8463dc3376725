#include "tests/support/TempCache.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace c360::testing {

TempCache::TempCache(const QString& connectionName)
    : m_path(m_dir.filePath(QStringLiteral("cache.sqlite"))) {
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    auto db = Database::open(m_path, connectionName);
    if (!db) {
        m_error = db.error().message + QStringLiteral(" | ") + db.error().detail;
        return;
    }
    m_db.emplace(std::move(*db));
}

SourceStreamCounts TempCache::liveCounts() const {
    auto counts = StatsRepository(db()).liveRecordCounts();
    return counts ? *counts : SourceStreamCounts{};
}

qint64 TempCache::scalar(const QString& sql) const {
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

QString testDataPath(const QString& relativePath) {
    // $C360_TEST_DATA first; the source tree's tests/data when it is unset or lacks the file
    // (c360_add_test derives it from the calling folder).
    const QString fromEnv = qEnvironmentVariable("C360_TEST_DATA");
    if (!fromEnv.isEmpty() && QFileInfo::exists(fromEnv + QLatin1Char('/') + relativePath)) {
        return fromEnv + QLatin1Char('/') + relativePath;
    }
    return QStringLiteral(C360_SOURCE_TEST_DATA) + QLatin1Char('/') + relativePath;
}

QByteArray readTestData(const QString& relativePath) {
    QFile f(testDataPath(relativePath));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace c360::testing

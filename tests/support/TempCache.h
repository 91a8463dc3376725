#pragma once

#include "models/Database.h"
#include "models/Queries.h"
#include "models/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace c360::testing {

// A migrated cache file in its own temporary directory, with a connection for the test's thread.
class TempCache {
public:
    explicit TempCache(const QString& connectionName = QStringLiteral("test-cache"));
    TempCache(const TempCache&) = delete;
    TempCache& operator=(const TempCache&) = delete;

    bool isValid() const { return m_db.has_value(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QSqlDatabase db() const { return m_db->handle(); }

    // Convenience reads for assertions.
    SourceStreamCounts liveCounts() const;
    qint64 scalar(const QString& sql) const; // -1 on error

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::optional<Database> m_db;
};

// Reads a fixture from $C360_TEST_DATA (tests/data), e.g. "sync/page-ok.json". Empty if missing.
QByteArray readTestData(const QString& relativePath);
QString testDataPath(const QString& relativePath);

} // namespace c360::testing

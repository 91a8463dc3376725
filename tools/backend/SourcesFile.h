#pragma once

#include <QJsonObject>
#include <QString>

namespace c360::backend {

// The sources file a workstation syncs from: the five systems of this backend.
class SourcesFile final {
public:
    static QJsonObject build(const QString& baseUrl, const QString& token);
    // Atomic (temp file + rename). Returns an error message, empty on success.
    static QString write(const QString& path, const QJsonObject& sources);
};

} // namespace c360::backend

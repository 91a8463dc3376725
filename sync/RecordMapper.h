#pragma once

#include "models/CanonicalRecord.h"
#include "sync/Manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <optional>
#include <variant>

namespace c360::sync {

// Maps one source record with a stream's manifest to a CanonicalRecord, or to a QuarantineEntry
// that says which field was missing or wrong. Stateless; thread-safe.
class RecordMapper {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::RecordMapper)

public:
    using Outcome = std::variant<CanonicalRecord, QuarantineEntry>;

    RecordMapper(QString source, const StreamManifest& stream);
    Outcome map(const nlohmann::json& record) const;

    // ISO 8601 (with or without milliseconds / offset; no offset = UTC) or epoch seconds /
    // milliseconds (numbers or digit strings; values above 1e11 are milliseconds). Result in UTC.
    static std::optional<QDateTime> parseDateTime(const nlohmann::json& value);

    // One field: Ok(null QVariant) when absent without default; Error text when required-missing
    // or of the wrong type. `at` prefixes the pointer in messages (children: "/lines/2").
    static std::variant<QVariant, QString> readField(const nlohmann::json& record, const FieldSpec& spec,
                                                     const QString& at = {});

private:
    QStringList references(const nlohmann::json& record) const;
    // The display-only references ("link": false): name -> "stream/id".
    QHash<QString, QString> displayReferences(const nlohmann::json& record) const;

    QString m_source;
    const StreamManifest& m_stream;
};

} // namespace c360::sync

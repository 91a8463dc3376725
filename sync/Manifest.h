#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace c360::sync {

enum class FieldType { String, Number, Integer, Bool, Datetime };

QString fieldTypeName(FieldType type);

// One canonical field: where it is in the source record and what it must be.
struct FieldSpec {
    QString name; // canonical field name, e.g. "email"
    QString path; // JSON pointer text, e.g. "/customer/email"
    nlohmann::json::json_pointer pointer;
    FieldType type = FieldType::String;
    nlohmann::json defaultValue; // null: no default
    bool required = false;
};

// A sub-array mapped the same way ("lines", "comments", "changes").
struct ChildSpec {
    QString name;
    QString path;
    nlohmann::json::json_pointer pointer;
    QList<FieldSpec> fields;
};

struct PaginatorSpec {
    QString type;          // v1: "cursor_body"
    QString cursorParam;   // query parameter that carries the cursor
    QString cursorPath;    // JSON pointer of the next cursor in the body
    QString hasMorePath;   // JSON pointer of the has-more flag in the body (optional)
    QString pageSizeParam; // query parameter of the page size (optional; lets a run override it)
};

struct IncrementalSpec {
    QString type; // v1: "paginator_cursor" (the stored checkpoint is the last page's next cursor); "" = full
};

struct TombstoneSpec {
    QString path;
    nlohmann::json::json_pointer pointer;
    nlohmann::json equals = true;
};

struct StreamManifest {
    QString name;
    QString path; // appended to the source's base_url
    EntityKind entity = EntityKind::Customer;
    QList<QPair<QString, QString>> query;
    QString recordsPath;
    nlohmann::json::json_pointer records;
    PaginatorSpec paginator;
    IncrementalSpec incremental;
    std::optional<TombstoneSpec> tombstone;
    QList<FieldSpec> fields; // always holds "source_id"
    QList<ChildSpec> children;

    const FieldSpec* field(const QString& name) const;
};

// A connector manifest (v1, see resources/connectors/README.md).
struct Manifest {
    QString name;
    QString title;
    QList<StreamManifest> streams; // sorted by name

    // `origin` names the file in error messages.
    static Result<Manifest> parse(const QByteArray& json, const QString& origin);
    const StreamManifest* stream(const QString& name) const;
    QStringList streamNames() const;
};

// Finds manifests: a shipped name ("c360-crm" -> ":/connectors/c360-crm.json") or a file path.
class ManifestRegistry {
public:
    static Result<Manifest> load(const QString& nameOrPath);
    static QStringList shippedNames();
};

// Entity names as the manifests write them ("customer", "campaign_event", ...).
std::optional<EntityKind> entityFromManifestName(const QString& name);

} // namespace c360::sync

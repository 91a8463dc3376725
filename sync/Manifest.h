#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"
#include "sync/FieldRules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
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
    double scale = 1.0;                      // number/integer: multiplied after reading (Stripe cents -> units: 0.01)
    std::shared_ptr<const FieldRules> rules; // mapping language v2 (paths, const, when, transform, values)
};

// A sub-array mapped the same way ("lines", "comments", "changes").
struct ChildSpec {
    QString name;
    QString path;
    nlohmann::json::json_pointer pointer;
    QList<FieldSpec> fields;
};

// How pages follow each other (resources/connectors/README.md, "Paginators").
struct PaginatorSpec {
    QString type;          // cursor_body | next_url_body | link_header | offset | page_number | last_id | none
    QString cursorParam;   // cursor_body, last_id: query parameter that carries the cursor
    QString cursorPath;    // cursor_body: JSON pointer of the next cursor in the body
    QString hasMorePath;   // cursor_body, last_id: JSON pointer of the has-more flag (optional)
    QString endPath;       // cursor_body: JSON pointer of an end-of-stream flag (optional, true = last page)
    QString pageSizeParam; // query parameter of the page size (optional; lets a run override it)
    QString nextUrlPath;   // next_url_body: JSON pointer of the next page's URL (absolute or relative)
    QString donePath;      // next_url_body: JSON pointer of a done flag (optional, true = last page)
    QString offsetParam;   // offset: the offset parameter; page_number: the page parameter
    QString idPath;        // last_id: JSON pointer of the id inside a record
    qint64 start = -1;     // offset: first offset (0); page_number: first page (1)
};

struct IncrementalSpec {
    // "paginator_cursor": the checkpoint is the last page's next cursor;
    // "timestamp": the checkpoint is the newest `field` seen (minus lookback) and the next run asks for
    // what changed since; "" = a full read every run.
    QString type;
    QString param; // query parameter that carries the start time (optional; `{since}` in query works too)
    QString format = QStringLiteral("iso8601");   // iso8601 | iso8601_ms | epoch_seconds | epoch_millis
    QString field = QStringLiteral("updated_at"); // canonical datetime field that drives the checkpoint
    qint64 lookbackSeconds = 0;
    QString startDate;                                  // default start (ISO 8601); a source's config may override
    QString startConfig = QStringLiteral("start_date"); // key in the source's "config" holding the start date
};

struct TombstoneSpec {
    QString path;
    nlohmann::json::json_pointer pointer;
    nlohmann::json equals = true;
};

// A reference from a record to another record of the same source (resources/connectors/README.md,
// "References"): the referrer joins the referent's customer, whichever arrives first.
struct ReferenceSpec {
    QString name;   // "requester"
    QString stream; // the referenced stream of the same manifest ("users")
    QString path;   // JSON pointer of the referenced id, or of an array of ids / objects
    nlohmann::json::json_pointer pointer;
    QString itemPath; // arrays of objects: JSON pointer of the id inside each element ("/id")
    nlohmann::json::json_pointer itemPointer;
    QString unless; // name of another reference of the stream: this one counts only when that one is empty
    // false: a reference for display only (a comment's author user): resolved to the referent's name,
    // never a link of the referrer to the referent's customer.
    bool link = true;
};

// Records nested in the records of a page (Zendesk's ticket events export keeps each comment in its
// audit's `child_events`): every element of the array at `path` that passes `where` is a record of the
// stream, carrying its parent record (without that array) under the key `parent`.
struct UnnestSpec {
    QString path; // JSON pointer of the array inside each page record ("/child_events")
    nlohmann::json::json_pointer pointer;
    QString wherePath; // JSON pointer inside an element; "" = every element counts
    nlohmann::json::json_pointer wherePointer;
    nlohmann::json equals; // the value at wherePath of an element that counts
    QString parent;        // key under which an element carries its parent ("audit"); "" = not carried
};

// The records of a page after `unnest`: the elements that count, each with its parent under `parent`.
nlohmann::json unnestRecords(const nlohmann::json& records, const UnnestSpec& spec);

struct StreamManifest;

// Records of another stream side-loaded in this stream's pages (Zendesk `include=users`).
struct SideloadSpec {
    QString name;        // the key in the manifest ("users")
    QString recordsPath; // JSON pointer of the side-loaded array in the page body ("/users")
    nlohmann::json::json_pointer records;
    std::shared_ptr<const StreamManifest> stream; // the stream that maps and stores them
};

struct StreamManifest {
    QString name;
    QString storeAs; // records are stored as records of this stream (HubSpot archived=true); "" = name
    QString path;    // appended to the source's base_url
    EntityKind entity = EntityKind::Customer;
    QList<QPair<QString, QString>> query;
    QString recordsPath;
    nlohmann::json::json_pointer records;
    PaginatorSpec paginator;
    IncrementalSpec incremental;
    std::optional<TombstoneSpec> tombstone;
    QList<FieldSpec> fields; // always holds "source_id"
    QList<ChildSpec> children;
    QString deletedIdsPath; // JSON pointer of a list of deleted ids in the page body (optional)
    nlohmann::json::json_pointer deletedIds;
    double requestsPerSecond = 0.0; // per-source rate limit (manifest "rate_limit"); 0 = none
    QList<ReferenceSpec> references;
    QList<SideloadSpec> sideloads;
    std::optional<UnnestSpec> unnest; // records nested in the page's records (Zendesk ticket events)
    bool referenced = false;          // another stream of the manifest refers to this one
    // The scope filters the API applies itself (resources/connectors/README.md, "Scope"): scope key
    // ("territory", "owner", "queue", "customers") -> the query parameter that carries it. A sync whose scope uses a
    // key the stream lacks reads the stream whole and keeps the records in scope locally.
    QList<QPair<QString, QString>> scopeParams;
    QString scopeParam(const QString& key) const;

    const FieldSpec* field(const QString& name) const;
    QString storedStream() const { return storeAs.isEmpty() ? name : storeAs; }
    // A full read that completes may mark the records it did not see as deleted.
    bool sweepsDeletions() const { return incremental.type.isEmpty() && storeAs.isEmpty(); }
};

// A connector manifest (v1, see resources/connectors/README.md).
struct Manifest {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::Manifest)

public:
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
    Q_DECLARE_TR_FUNCTIONS(c360::sync::ManifestRegistry)

public:
    static Result<Manifest> load(const QString& nameOrPath);
    static QStringList shippedNames();
};

// Entity names as the manifests write them ("customer", "campaign_event", ...).
std::optional<EntityKind> entityFromManifestName(const QString& name);

} // namespace c360::sync

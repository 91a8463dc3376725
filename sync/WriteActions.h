#pragma once

#include "models/Result.h"
#include "sync/SourcesFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace c360::sync {

// One HTTP request of a write action. Every string is a template: "{name}" is replaced by the
// variable `name` (a string that is exactly one placeholder keeps the variable's JSON type),
// "{name?}" may be missing (the key, element or text is then left out), "{name|filter}" passes
// the value through a filter (cents, digits, soql, ms, string). See resources/connectors/README.md.
struct WriteRequest {
    QString method = QStringLiteral("POST"); // GET | POST | PUT | PATCH
    QString path;                            // appended to the source's base_url
    QList<QPair<QString, QString>> query;
    nlohmann::json body; // null: no body
    bool form = false;   // body sent as application/x-www-form-urlencoded (Stripe), else JSON
};

// A value the write needs from the vendor first (the vendor's id of the customer, order or charge).
struct WriteLookup {
    QString name; // the variable it sets
    WriteRequest request;
    QString select; // JSON pointer into the answer
    nlohmann::json::json_pointer pointer;
    bool optional = false; // nothing there: the variable stays unset instead of failing the write
    bool skipIfSet = true; // the payload already carries it (e.g. "--ticket_id=…"): no request
};

// How a vendor keeps a write from being applied twice (the outbox retries after a lost answer).
enum class Idempotency {
    Header,     // the outbox's key in a header the vendor honours (Stripe "Idempotency-Key")
    ExternalId, // the key in a field the vendor keeps; asked for by `check` before creating (Zendesk)
    Upsert,     // PUT/PATCH on an external-id field whose value is the key (Salesforce)
    Search,     // search by a key we write before creating (HubSpot)
    State,      // the vendor's state says whether it is done already (Shopify cancelled_at)
    Replace,    // the request sets a value; repeating it changes nothing (Shopify shipping address)
};

QString idempotencyName(Idempotency idempotency);

// How a write that changes an existing record (an order's address, a ticket's status) finds out that
// the record changed on the server since the agent saw it. Used only when the item names the version it
// was based on (payload "base_version"); appends (notes, new tickets) never carry one.
struct ConflictCheck {
    enum class Method {
        Stamp,       // the request carries the base (a body field, a header); the vendor refuses a stale one
        ReadCompare, // the vendor offers no precondition: read the record first, compare its version
    };
    Method method = Method::Stamp;
    QList<int> statuses{409, 412}; // Stamp: the answers that mean "changed since"
    QString errorIs;               // Stamp: and the answer's "error" is this ("" = any such answer)
    QString answerRecord;          // Stamp: JSON pointer of the record now in the refusal ("" = read it)
    nlohmann::json::json_pointer answerPointer;
    std::optional<WriteRequest> read; // the record now (ReadCompare; Stamp when the refusal lacks it)
    QString record;                   // JSON pointer of the record in the read's answer ("" = the answer)
    nlohmann::json::json_pointer recordPointer;
    QString version; // JSON pointer of the version inside the record (e.g. "/updated_at")
    nlohmann::json::json_pointer versionPointer;
    // The fields shown side by side, by the names the payload's "base" and "changes" use: name -> pointer
    // inside the record. A write whose changes the record already holds was applied (a lost answer).
    QList<QPair<QString, nlohmann::json::json_pointer>> fields;
};

QString conflictMethodName(ConflictCheck::Method method);

struct WriteAction {
    QString kind; // the outbox kind it carries out ("note", "ticket_create"...), "*" = any kind
    Idempotency idempotency = Idempotency::Header;
    QString header;                    // Header: its name
    std::optional<WriteRequest> check; // ExternalId, Search, State: asked before the request
    QString doneWhen;                  // JSON pointer in the check's answer: present, not null/false/empty = done
    nlohmann::json::json_pointer donePointer;
    QString doneContains; // optional template: done when the value at doneWhen contains it
    QList<WriteLookup> lookups;
    WriteRequest request;
    // The record the write creates, as the source's own stream will bring it back on a sync (the
    // Zendesk comment a note becomes): the stream and the JSON pointer of its id in the answer.
    // Empty: the answer names nothing the workstation syncs.
    QString resultStream;
    QString resultId;
    nlohmann::json::json_pointer resultPointer;
    std::optional<ConflictCheck> conflict; // "conflict": how a stale base is detected (none: not checked)

    // The variables the action's templates read (for `c360 write`'s field check and the docs).
    QStringList variables() const;
};

// The write actions of a connector manifest (its top-level "writes" object).
struct WriteActions {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::WriteActions)

public:
    QString manifest;
    QList<WriteAction> actions;

    // The action for `kind`; the "*" action when `allowAny` and there is no specific one.
    const WriteAction* find(const QString& kind, bool allowAny) const;
    bool hasSpecific() const;

    // An empty set when the manifest declares no "writes". `origin` names the file in errors.
    static Result<WriteActions> parse(const QByteArray& manifestJson, const QString& origin);
    // A shipped manifest's name or a file path, as ManifestRegistry::load.
    static Result<WriteActions> load(const QString& nameOrPath);
    // The reference backend's own endpoint: POST /outbox/v1/{kind} with the payload as it is and
    // the key in Idempotency-Key (what the c360-* manifests declare as "*"); a stale base_version is
    // answered 409 edit_conflict with the record now under "current".
    static WriteActions reference();
};

// A source that writes: where, with which credential, and what it can do.
struct WriteSource {
    QString name;
    QString baseUrl;
    SourceAuth auth;
    WriteActions actions;
};

// Template variables of one write: the payload's fields and the values the pusher adds.
using WriteVariables = QHash<QString, nlohmann::json>;

namespace writetemplate {

// Renders a template string. Error: a variable that is needed and missing, or an unknown filter.
Result<QString> text(const QString& templ, const WriteVariables& vars);
// Renders a JSON template (objects, arrays, strings; other values as they are).
Result<nlohmann::json> json(const nlohmann::json& templ, const WriteVariables& vars);
// application/x-www-form-urlencoded, nested objects as Stripe writes them: metadata[key]=value.
QByteArray formEncode(const nlohmann::json& body);
// The placeholder names in a template string or JSON value.
QStringList names(const nlohmann::json& templ);

} // namespace writetemplate

} // namespace c360::sync

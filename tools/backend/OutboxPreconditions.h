#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace c360::backend {

class SourceStore;

// Optimistic concurrency of the reference backend's own outbox API (POST /outbox/v1/{kind}): a write
// that changes an existing order or ticket may name the version of the record its author saw
// ("base_version", the record's updated_at as served). When the record changed since, the write is
// refused with 409 {"error":"edit_conflict","current":{…the record now…}} and nothing is applied.
// A body without "base_version" is not checked (appends such as notes never are).
namespace outboxpreconditions {

struct Stale {
    QString message;     // "order 100002 changed on the server at … (you saw …)"
    QJsonObject current; // the record as it is now, in the native shape of its stream
};

// The order (by "order_number") or ticket (by "ticket_number" "#40001" or "ticket_id" "T-000001") the
// write of `kind` changes; nullopt when there is nothing to compare (no base, no such record, not a
// changing kind: those are answered by the usual checks).
std::optional<Stale> staleBase(const SourceStore& store, const QString& kind, const QJsonObject& body);

// Ticket index by "#40001", "40001" or "T-000001"; -1 when unknown.
int ticketIndex(const SourceStore& store, const QString& numberOrId);

} // namespace outboxpreconditions

} // namespace c360::backend

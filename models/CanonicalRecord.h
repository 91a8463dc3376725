#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace c360 {

// What a source record describes. The manifest's stream says it ("entity": "order").
// Survey: an NPS/CSAT answer from a survey or marketing platform. Cart: an abandoned checkout (not
// an order: it never counts towards lifetime value).
// TicketComment: a comment that a source serves as a record of its own (Zendesk's ticket events export),
// not as a child of its ticket.
enum class EntityKind { Customer, Order, Return, Ticket, CampaignEvent, Interaction, Survey, Cart, TicketComment };

QString entityKindName(EntityKind kind); // "customer", "order", ...
std::optional<EntityKind> entityKindFromName(const QString& name);

// One source record after the connector mapped it with the manifest's field mapping.
// `fields` holds canonical field names (see docs/architecture.md, "Canonical fields"):
// strings as QString, numbers as double/qint64, booleans as bool, timestamps as QDateTime (UTC).
// `children` holds mapped sub-arrays: "lines" (order), "comments" (ticket), "changes" (customer).
struct CanonicalRecord {
    QString source; // sources-file name, e.g. "helpdesk"
    QString stream; // e.g. "tickets"
    EntityKind entity = EntityKind::Customer;
    QString sourceId; // the source system's id of the record
    QDateTime updatedAt;
    bool deleted = false;
    QByteArray raw; // the record exactly as received (compact JSON)
    QVariantMap fields;
    QMap<QString, QList<QVariantMap>> children;
    // Records of the same source this one refers to, as "stream/id" (a ticket's requester: "users/361").
    QStringList references;
    // References for display only, never links: name -> "stream/id" (a Zendesk comment's "author": "users/361").
    QHash<QString, QString> shownReferences;
    bool referable = false; // other records of the source refer to records of this stream

    QString text(const QString& field) const { return fields.value(field).toString(); }
    QDateTime time(const QString& field) const { return fields.value(field).toDateTime(); }
};

// A record that could not be mapped: kept with its error, the stream goes on.
struct QuarantineEntry {
    QString sourceId; // may be empty when the id itself was missing
    QByteArray raw;
    QString error;
};

// One page as the connector produced it; the cache writer commits all of it, with the
// stream's new checkpoint, in one transaction.
struct PageInput {
    QString source;
    QString stream;
    QList<CanonicalRecord> records;
    QList<QuarantineEntry> quarantined;
    QString checkpoint; // the cursor to resume from after this page
};

struct PageOutcome {
    int upserted = 0;
    int deleted = 0;
    int quarantined = 0;
    int partiesTouched = 0;
};

} // namespace c360

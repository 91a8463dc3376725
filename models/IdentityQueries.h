#pragma once

#include "models/IdentityResolver.h"
#include "models/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace c360 {

// Read-only identity queries for the UI (its own connection): linked records of a party with the
// rule and evidence of each link, golden-record fields with their sources, and data-quality lists.

struct LinkedRecord {
    qint64 recordId = 0;
    QString source, stream, sourceId, entity;
    QString rule; // crm_id, wechat, email, phone, fuzzy_name, manual, own, new
    double score = 1;
    QString why; // evidence, e.g. "email zw@example.com — with crm:CRM-000001"
    qint64 linkedMs = 0;
};

struct GoldenField {
    QString field; // PartyAggregator::fieldNames(): display_name, email, phone, segment, city, address, birth_date
    QString value;
    QString source; // the source system whose record won
    qint64 recordId = 0;
};

struct InvalidContact {
    qint64 recordId = 0;
    qint64 partyId = 0;
    QString source, sourceId;
    QString kind;  // "email" | "phone"
    QString value; // as the source wrote it
};

struct ConflictingValue {
    qint64 partyId = 0;
    QString displayName;
    QString kind;       // email | phone | name
    QStringList values; // the distinct values on the party's records
};

// One customer as a supervisor compares it before a merge: who, how to reach them, where the records
// come from and when they were last in touch.
struct CustomerSummary {
    qint64 partyId = 0;
    QString displayName;
    QStringList names, emails, phones; // distinct values on the customer's records, first seen first
    QStringList sources;               // "crm (1)", "shop (3)": records per source system
    qint64 records = 0;
    qint64 lastContactMs = 0; // 0: never
    int orderCount = 0;
    int openTickets = 0;
    bool exists = false;
};

namespace identity {

// The party's linked records, non-automatic and weakest links first (manual, fuzzy, then by
// record), at most `limit` (a party can have 50,000 marketing events).
Result<QList<LinkedRecord>> linkedRecords(QSqlDatabase db, qint64 partyId, int limit = 500);
// How many records the party has.
Result<qint64> linkedRecordCount(QSqlDatabase db, qint64 partyId);
Result<QList<GoldenField>> goldenFields(QSqlDatabase db, qint64 partyId);
// Records whose e-mail or phone was present but could not be normalized (not an identity key).
Result<QList<InvalidContact>> invalidContacts(QSqlDatabase db, int limit = 500);
// Parties whose records carry several different e-mails, phones or names.
Result<QList<ConflictingValue>> conflictingValues(QSqlDatabase db, int limit = 500);
// The customer for the side-by-side merge review (a few indexed reads: the party row, its distinct keys,
// its links counted per source).
Result<CustomerSummary> customerSummary(QSqlDatabase db, qint64 partyId);
// A merge decision for two parties, naming a representative record of each (their first records).
Result<IdentityDecision> mergeDecision(QSqlDatabase db, qint64 partyA, qint64 partyB, const QString& actor,
                                       const QString& reason = {});
// A split decision taking one record out of its party.
Result<IdentityDecision> splitDecision(QSqlDatabase db, qint64 recordId, const QString& actor,
                                       const QString& reason = {});

} // namespace identity
} // namespace c360

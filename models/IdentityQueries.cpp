#include "models/IdentityQueries.h"

#include "models/PartyAggregator.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

#include <algorithm>

namespace c360::identity {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::identity", text);
}
const QString kFailed = QStringLiteral("identity query");

// Detail tables that carry an e-mail and/or a phone as the source wrote them.
constexpr const char* kContactColumns[][2] = {
    {"customer_profile", "email"}, {"customer_profile", "phone"}, {"orders", "email"},      {"orders", "phone"},
    {"return_item", "email"},      {"return_item", "phone"},      {"ticket", "email"},      {"ticket", "phone"},
    {"campaign_touch", "email"},   {"campaign_touch", "phone"},   {"interaction", "email"}, {"interaction", "phone"},
};
} // namespace

Result<QList<LinkedRecord>> linkedRecords(QSqlDatabase db, qint64 partyId, int limit) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "SELECT sr.id, sr.source, sr.stream, sr.source_id, sr.entity, pl.rule, pl.score, pl.evidence, pl.linked_ms "
            "FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = ? "
            "ORDER BY CASE pl.rule WHEN 'manual' THEN 0 WHEN 'fuzzy_name' THEN 1 ELSE 2 END, pl.score, sr.id LIMIT "
            "?")) ||
        !sql::exec(q, {partyId, limit})) {
        return sql::error(q, tr("The linked records could not be read."));
    }
    QList<LinkedRecord> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).isNull() ? 1.0 : q.value(6).toDouble(),
                    q.value(7).toString(), q.value(8).toLongLong()});
    }
    return out;
}

Result<qint64> linkedRecordCount(QSqlDatabase db, qint64 partyId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM party_link WHERE party_id = ?")) || !sql::exec(q, {partyId}) ||
        !q.next()) {
        return sql::error(q, tr("The linked records could not be read."));
    }
    return q.value(0).toLongLong();
}

Result<QList<GoldenField>> goldenFields(QSqlDatabase db, qint64 partyId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT field, value, source, record_id FROM party_field WHERE party_id = ?")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, tr("The customer's golden record could not be read."));
    }
    QList<GoldenField> out;
    bool computed = false; // the party has a golden record (its policy row, not a field to show)
    while (q.next()) {
        if (q.value(0).toString() == PartyAggregator::policyField()) {
            computed = true;
            continue;
        }
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    if (!computed && out.isEmpty()) {
        return out; // no golden record (yet)
    }
    // The fields without a value have no row: shown empty, in their place.
    for (const QString& field : PartyAggregator::fieldNames()) {
        if (std::none_of(out.cbegin(), out.cend(), [&field](const GoldenField& f) { return f.field == field; })) {
            out.append({field, QString(), QString(), 0});
        }
    }
    std::sort(out.begin(), out.end(), [](const GoldenField& l, const GoldenField& r) { return l.field < r.field; });
    return out;
}

Result<QList<InvalidContact>> invalidContacts(QSqlDatabase db, int limit) {
    QStringList parts;
    for (const auto& [table, column] : kContactColumns) {
        parts << QStringLiteral("SELECT d.record_id AS record_id, '%2' AS kind, d.%2 AS value FROM %1 d WHERE "
                                "coalesce(trim(d.%2), '') <> '' AND "
                                "NOT EXISTS (SELECT 1 FROM record_key rk WHERE rk.record_id = d.record_id AND "
                                "rk.kind = '%2')")
                     .arg(QString::fromLatin1(table), QString::fromLatin1(column));
    }
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("SELECT x.record_id, pl.party_id, sr.source, sr.source_id, x.kind, x.value FROM (") +
            parts.join(QStringLiteral(" UNION ALL ")) +
            QStringLiteral(") x JOIN source_record sr ON sr.id = x.record_id "
                           "LEFT JOIN party_link pl ON pl.record_id = x.record_id ORDER BY x.record_id LIMIT ?")) ||
        !sql::exec(q, {limit})) {
        return sql::error(q, tr("The records with invalid contact data could not be read."));
    }
    QList<InvalidContact> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

Result<QList<ConflictingValue>> conflictingValues(QSqlDatabase db, int limit) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT pk.party_id, p.display_name, pk.kind, group_concat(pk.value, char(10)) "
                                  "FROM party_key pk JOIN party p ON p.id = pk.party_id "
                                  "WHERE pk.kind IN ('email', 'phone', 'name') GROUP BY pk.party_id, pk.kind "
                                  "HAVING count(*) > 1 ORDER BY count(*) DESC, pk.party_id LIMIT ?")) ||
        !sql::exec(q, {limit})) {
        return sql::error(q, tr("The conflicting values could not be read."));
    }
    QList<ConflictingValue> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString().split(u'\n')});
    }
    return out;
}

Result<CustomerSummary> customerSummary(QSqlDatabase db, qint64 partyId) {
    const QString failed = tr("The customer could not be read.");
    CustomerSummary out;
    out.partyId = partyId;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT display_name, coalesce(last_contact_ms, 0), coalesce(order_count, 0), "
                                  "coalesce(open_tickets, 0) FROM party WHERE id = ?")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    if (!q.next()) {
        return out; // gone (merged or removed since the list was made)
    }
    out.exists = true;
    out.displayName = q.value(0).toString();
    out.lastContactMs = q.value(1).toLongLong();
    out.orderCount = q.value(2).toInt();
    out.openTickets = q.value(3).toInt();
    if (!q.prepare(QStringLiteral("SELECT kind, value FROM party_key WHERE party_id = ? AND kind IN ('name', 'email', "
                                  "'phone') ORDER BY first_record, kind, value")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        QStringList& list = kind == QLatin1String("name")    ? out.names
                            : kind == QLatin1String("email") ? out.emails
                                                             : out.phones;
        list << q.value(1).toString();
    }
    if (!q.prepare(QStringLiteral("SELECT sr.source, count(*) FROM party_link pl JOIN source_record sr ON sr.id = "
                                  "pl.record_id WHERE pl.party_id = ? GROUP BY sr.source ORDER BY sr.source")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        out.sources << QStringLiteral("%1 (%2)").arg(q.value(0).toString()).arg(q.value(1).toLongLong());
        out.records += q.value(1).toLongLong();
    }
    return out;
}

namespace {
Result<std::tuple<QString, QString, QString>> firstRecordOf(QSqlDatabase db, qint64 partyId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT sr.source, sr.stream, sr.source_id FROM party_link pl JOIN source_record sr "
                                  "ON sr.id = pl.record_id WHERE pl.party_id = ? ORDER BY pl.record_id LIMIT 1")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, tr("The customer could not be read."));
    }
    if (!q.next()) {
        return Error{tr("Customer %1 does not exist (any more).").arg(partyId), QStringLiteral("no party_link row")};
    }
    return std::tuple{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}
} // namespace

Result<IdentityDecision> mergeDecision(QSqlDatabase db, qint64 partyA, qint64 partyB, const QString& actor,
                                       const QString& reason) {
    if (partyA == partyB) {
        return Error{tr("A customer cannot be merged with itself."), QString::number(partyA)};
    }
    auto a = firstRecordOf(db, partyA);
    if (!a) {
        return a.error();
    }
    auto b = firstRecordOf(db, partyB);
    if (!b) {
        return b.error();
    }
    const auto& [as, ast, aid] = *a;
    const auto& [bs, bst, bid] = *b;
    return IdentityDecision{QStringLiteral("merge"), as, ast, aid, bs, bst, bid, actor, reason};
}

Result<IdentityDecision> splitDecision(QSqlDatabase db, qint64 recordId, const QString& actor, const QString& reason) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT source, stream, source_id FROM source_record WHERE id = ?")) ||
        !sql::exec(q, {recordId})) {
        return sql::error(q, tr("The record could not be read."));
    }
    if (!q.next()) {
        return Error{tr("Record %1 does not exist (any more).").arg(recordId), QStringLiteral("no source_record")};
    }
    return IdentityDecision{QStringLiteral("split"),
                            q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            {},
                            {},
                            {},
                            actor,
                            reason};
}

} // namespace c360::identity

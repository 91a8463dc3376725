#include "models/Queries.h"

#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

namespace c360 {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

Result<qint64> scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return sql::error(q, tr("The local cache could not be read."));
    }
    return q.value(0).toLongLong();
}
} // namespace

// ---- PartyRepository --------------------------------------------------------------------------

PartyRepository::PartyRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> PartyRepository::count() const {
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM party"));
}

Result<std::optional<PartyHeader>> PartyRepository::header(qint64 partyId) const {
    const QString failed = tr("The customer could not be read.");
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT display_name, primary_email, primary_phone, segment, city, lifetime_value, "
                                  "currency, order_count, open_tickets, last_contact_ms FROM party WHERE id = ?")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    if (!q.next()) {
        return std::optional<PartyHeader>();
    }
    PartyHeader h;
    h.id = partyId;
    h.name = q.value(0).toString();
    const QString primaryEmail = q.value(1).toString();
    const QString primaryPhone = q.value(2).toString();
    h.segment = q.value(3).toString();
    h.city = q.value(4).toString();
    h.lifetimeValue = q.value(5).toDouble();
    h.currency = q.value(6).toString();
    h.orderCount = q.value(7).toInt();
    h.openTickets = q.value(8).toInt();
    h.lastContact = sql::fromMs(q.value(9));
    q.finish();
    if (!primaryEmail.isEmpty()) {
        h.emails << primaryEmail;
    }
    if (!primaryPhone.isEmpty()) {
        h.phones << primaryPhone;
    }

    // The contact keys its records carry and its records per source: the party's tallies (party_key, kept by the
    // linker and the resolver; party_source, kept by the aggregator), not a visit of each linked record.
    if (!q.prepare(QStringLiteral("SELECT kind, value FROM party_key WHERE party_id = ? AND kind IN ('email', "
                                  "'phone', 'wechat') AND records > 0 ORDER BY kind, value")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString value = q.value(1).toString();
        QStringList* list = kind == keykinds::Email    ? &h.emails
                            : kind == keykinds::Phone  ? &h.phones
                            : kind == keykinds::WeChat ? &h.wechat
                                                       : nullptr;
        if (list && !list->contains(value)) {
            list->append(value);
        }
    }
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT source, records FROM party_source WHERE party_id = ? ORDER BY source")) ||
        !sql::exec(q, {partyId})) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        h.sources << q.value(0).toString();
        h.linkedRecords += q.value(1).toInt();
    }
    return std::optional<PartyHeader>(std::move(h));
}

// ---- StatsRepository --------------------------------------------------------------------------

StatsRepository::StatsRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<SourceStreamCounts> StatsRepository::liveRecordCounts() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT source, stream, count(*) FROM source_record WHERE deleted = 0 "
                               "GROUP BY source, stream"))) {
        return sql::error(q, tr("The local cache could not be read."));
    }
    SourceStreamCounts counts;
    while (q.next()) {
        counts[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
    }
    return counts;
}

Result<qint64> StatsRepository::partyCount() const {
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM party"));
}

Result<qint64> StatsRepository::eventCount() const {
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM timeline_event"));
}

Result<qint64> StatsRepository::quarantineCount() const {
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM quarantine"));
}

} // namespace c360

#include "models/CustomerEraser.h"

#include "models/Database.h"
#include "models/Log.h"
#include "models/LtvQuantiles.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace c360 {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

// LIKE pattern for "contains value", with %, _ and the escape character escaped.
QString containsPattern(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Tables (not views, not FTS shadow tables) that have a column of this name.
Result<QStringList> tablesWithColumn(QSqlDatabase db, const QString& column) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                               "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND c.name = '") +
                column + QStringLiteral("' ORDER BY m.name"))) {
        return sql::error(q, tr("The customer could not be erased from the local cache."));
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

} // namespace

CustomerEraser::CustomerEraser(QSqlDatabase cache)
    : m_db(std::move(cache)) {}

Status CustomerEraser::checkpoint(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return sql::error(q, tr("The local database could not be compacted."));
    }
    if (q.next() && q.value(0).toInt() != 0) {
        return Error{tr("The local database is in use; the erased data is gone from the tables but old copies "
                        "remain until the other program closes it."),
                     QStringLiteral("wal_checkpoint(TRUNCATE) busy")};
    }
    return {};
}

Result<ForgetReport> CustomerEraser::forget(qint64 partyId) {
    auto report = forgetOne(partyId);
    if (!report) {
        return report;
    }
    // FTS5 keeps deleted entries in its segments until they are merged: merge them all now.
    QSqlQuery optimize(m_db);
    if (!optimize.exec(QStringLiteral("INSERT INTO party_fts(party_fts) VALUES('optimize')"))) {
        return sql::error(optimize, tr("The customer could not be erased from the local cache."));
    }
    if (Status s = checkpoint(m_db); !s) {
        return s.error();
    }
    return report;
}

Result<qint64> CustomerEraser::forgetMany(const QList<qint64>& partyIds) {
    qint64 erased = 0;
    for (const qint64 id : partyIds) {
        auto report = forgetOne(id);
        if (!report) {
            return report.error();
        }
        ++erased;
    }
    if (erased > 0) {
        QSqlQuery optimize(m_db);
        if (!optimize.exec(QStringLiteral("INSERT INTO party_fts(party_fts) VALUES('optimize')"))) {
            return sql::error(optimize, tr("The customer could not be erased from the local cache."));
        }
        if (Status s = checkpoint(m_db); !s) {
            return s.error();
        }
    }
    return erased;
}

Result<ForgetReport> CustomerEraser::forgetOne(qint64 partyId) {
    const QString failed = tr("The customer could not be erased from the local cache.");
    ForgetReport report;
    report.partyId = partyId;
    QList<qint64> records;
    QSet<QString> keys;
    QSet<QString> values;
    {
        Transaction tx(m_db);
        if (!tx.active()) {
            return sql::error(m_db, failed);
        }
        QSqlQuery q(m_db);
        // Who the customer is, before anything goes: their keys and their records' source ids.
        if (!q.prepare(QStringLiteral("SELECT kind, value FROM party_key WHERE party_id = ?")) ||
            !sql::exec(q, {partyId})) {
            return sql::error(q, failed);
        }
        while (q.next()) {
            keys.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
            values.insert(q.value(1).toString());
        }
        if (!q.prepare(QStringLiteral("SELECT sr.id, sr.source, sr.stream, sr.source_id FROM party_link pl "
                                      "JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = ?")) ||
            !sql::exec(q, {partyId})) {
            return sql::error(q, failed);
        }
        struct Ref {
            QString source, stream, id;
        };
        QList<Ref> refs;
        while (q.next()) {
            records << q.value(0).toLongLong();
            refs.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
            keys.insert(QStringLiteral("record:") + refs.last().source + QLatin1Char('/') + refs.last().id);
            values.insert(refs.last().id);
        }
        for (const char* field : {"primary_email", "primary_phone"}) {
            if (q.prepare(QStringLiteral("SELECT ") + QLatin1String(field) +
                          QStringLiteral(" FROM party WHERE id = ?")) &&
                sql::exec(q, {partyId}) && q.next() && !q.value(0).toString().isEmpty()) {
                values.insert(q.value(0).toString());
            }
        }
        const auto count = [&report](const QSqlQuery& done) { report.rows += qMax(0, done.numRowsAffected()); };

        // Supervisors' decisions about the customer's records, and quarantined payloads that name them.
        QSqlQuery del(m_db);
        for (const Ref& r : std::as_const(refs)) {
            if (!del.prepare(
                    QStringLiteral("DELETE FROM identity_decision WHERE (a_source = ? AND a_stream = ? AND "
                                   "a_source_id = ?) OR (b_source = ? AND b_stream = ? AND b_source_id = ?)")) ||
                !sql::exec(del, {r.source, r.stream, r.id, r.source, r.stream, r.id})) {
                return sql::error(del, failed);
            }
            count(del);
        }
        for (const QString& v : std::as_const(values)) {
            if (v.size() < 5) {
                continue; // too short to name one person
            }
            if (!del.prepare(QStringLiteral("DELETE FROM quarantine WHERE payload LIKE ? ESCAPE '\\' "
                                            "OR source_id = ?")) ||
                !sql::exec(del, {containsPattern(v), v})) {
                return sql::error(del, failed);
            }
            count(del);
            if (!del.prepare(QStringLiteral("DELETE FROM identity_key_block WHERE value = ?")) ||
                !sql::exec(del, {v})) {
                return sql::error(del, failed);
            }
            count(del);
        }
        // The records themselves: details, keys, links and events go with them (ON DELETE CASCADE).
        if (!del.prepare(QStringLiteral("DELETE FROM source_record WHERE id = ?"))) {
            return sql::error(del, failed);
        }
        for (const qint64 id : std::as_const(records)) {
            if (!sql::exec(del, {id})) {
                return sql::error(del, failed);
            }
            count(del);
        }
        report.records = records.size();
        // Every table that keeps something per party (whatever later schemas add), then the party.
        const auto perParty = tablesWithColumn(m_db, QStringLiteral("party_id"));
        if (!perParty) {
            return perParty.error();
        }
        for (const QString& table : *perParty) {
            if (!del.exec(QStringLiteral("DELETE FROM \"%1\" WHERE party_id = %2").arg(table).arg(partyId))) {
                return sql::error(del, failed);
            }
            count(del);
        }
        for (const char* statement : {"DELETE FROM party_fts WHERE rowid = ?", "DELETE FROM party WHERE id = ?"}) {
            if (!del.prepare(QString::fromLatin1(statement)) || !sql::exec(del, {partyId})) {
                return sql::error(del, failed);
            }
            count(del);
        }
        // The value ranking the prompts read no longer counts the customer (a sync recomputes it only when a
        // lifetime value changed).
        if (Status s = LtvQuantiles::refresh(m_db); !s) {
            return s.error();
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
    }
    report.customerKeys = QStringList(keys.cbegin(), keys.cend());
    report.identityValues = QStringList(values.cbegin(), values.cend());
    report.customerKeys.sort();
    report.identityValues.sort();
    qCInfo(lcStorage) << "forgot party" << partyId << report.records << "records," << report.rows << "rows";
    return report;
}

Result<qint64> CustomerEraser::forgetInOutbox(QSqlDatabase outbox, const ForgetReport& report) {
    const QString failed = tr("The customer could not be erased from the outbox.");
    qint64 rows = 0;
    {
        Transaction tx(outbox);
        if (!tx.active()) {
            return sql::error(outbox, failed);
        }
        QSqlQuery del(outbox);
        if (report.partyId > 0) {
            if (!del.prepare(QStringLiteral("DELETE FROM outbox WHERE party_id = ?")) ||
                !sql::exec(del, {report.partyId})) {
                return sql::error(del, failed);
            }
            rows += qMax(0, del.numRowsAffected());
        }
        for (const QString& key : report.customerKeys) {
            if (!del.prepare(QStringLiteral("DELETE FROM outbox WHERE customer_key = ?")) || !sql::exec(del, {key})) {
                return sql::error(del, failed);
            }
            rows += qMax(0, del.numRowsAffected());
        }
        for (const QString& v : report.identityValues) {
            if (v.size() < 5) {
                continue;
            }
            if (!del.prepare(QStringLiteral("DELETE FROM outbox WHERE payload LIKE ? ESCAPE '\\'")) ||
                !sql::exec(del, {containsPattern(v)})) {
                return sql::error(del, failed);
            }
            rows += qMax(0, del.numRowsAffected());
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
    }
    if (Status s = checkpoint(outbox); !s) {
        return s.error();
    }
    return rows;
}

Status CustomerEraser::compact(QSqlDatabase db) {
    // The rows are gone and their pages zeroed (secure_delete) already; VACUUM drops the free pages
    // and the truncated WAL its old page images. Another connection still reading (the window during
    // a sign-out) can hold both off: then SQLite checkpoints the WAL when the last connection closes.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("VACUUM"))) {
        qCWarning(lcStorage) << "VACUUM after a purge did not run:" << q.lastError().text();
    }
    q.finish();
    if (Status s = checkpoint(db); !s) {
        qCWarning(lcStorage) << "checkpoint after a purge:" << s.error().detail;
    }
    return {};
}

Result<qint64> CustomerEraser::purgeCache(QSqlDatabase cache) {
    const QString failed = tr("The customer data could not be removed from the local cache.");
    QStringList tables;
    {
        QSqlQuery q(cache);
        // Ordinary tables and the search index; not SQLite's own, not the index's shadow tables.
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT LIKE 'party\\_fts\\_%' ESCAPE '\\' AND name <> 'nba_learning' "
                                   "ORDER BY name"))) {
            return sql::error(q, failed);
        }
        while (q.next()) {
            tables << q.value(0).toString();
        }
    }
    qint64 rows = 0;
    {
        Transaction tx(cache);
        if (!tx.active()) {
            return sql::error(cache, failed);
        }
        QSqlQuery del(cache);
        if (!del.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
            return sql::error(del, failed);
        }
        // Twice: a trigger of one table may have written into another already emptied.
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& table : std::as_const(tables)) {
                if (!del.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table))) {
                    return sql::error(del, failed);
                }
                rows += qMax(0, del.numRowsAffected());
            }
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
    }
    QSqlQuery optimize(cache);
    if (tables.contains(QStringLiteral("party_fts")) &&
        !optimize.exec(QStringLiteral("INSERT INTO party_fts(party_fts) VALUES('optimize')"))) {
        return sql::error(optimize, failed);
    }
    if (Status s = compact(cache); !s) {
        return s.error();
    }
    qCInfo(lcStorage) << "purged the cache:" << rows << "rows";
    return rows;
}

Result<qint64> CustomerEraser::unsentCount(QSqlDatabase outbox) {
    QSqlQuery q(outbox);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('sent', 'discarded')")) || !q.next()) {
        return sql::error(q, tr("The outbox could not be read."));
    }
    return q.value(0).toLongLong();
}

Result<qint64> CustomerEraser::purgeOutbox(QSqlDatabase outbox, bool discardUnsent) {
    QSqlQuery del(outbox);
    if (!del.exec(discardUnsent ? QStringLiteral("DELETE FROM outbox")
                                : QStringLiteral("DELETE FROM outbox WHERE state IN ('sent', 'discarded')"))) {
        return sql::error(del, tr("The sent items could not be removed from the outbox."));
    }
    const qint64 rows = qMax(0, del.numRowsAffected());
    if (Status s = compact(outbox); !s) {
        return s.error();
    }
    return rows;
}

} // namespace c360

#include "sync/CustomerFetch.h"

#include "models/Normalize.h"
#include "models/ScopeRepository.h"
#include "models/SqlUtil.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace c360::sync {

namespace {

// The reference company's figures (tools/backend/API.md: about 17 records a customer), for an empty cache.
constexpr double kRecordsPerCustomer = 17.0;
constexpr double kEventsPerCustomer = 17.0;
constexpr double kBytesPerRecord = 1200.0;

} // namespace

int CustomerFetchReport::available() const {
    return int(std::count_if(customers.cbegin(), customers.cend(),
                             [](const FetchedCustomer& c) { return c.party.has_value(); }));
}

QStringList CustomerFetchReport::notFound() const {
    QStringList out;
    for (const FetchedCustomer& c : customers) {
        if (!c.party) {
            out.append(c.key);
        }
    }
    return out;
}

CustomerFetch::CustomerFetch(QSqlDatabase db)
    : m_db(std::move(db)) {}

QStringList CustomerFetch::parseList(const QString& text) {
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;\\t\\r\\n]+"));
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0) {
            line.truncate(hash);
        }
        for (const QString& part : line.split(separators, Qt::SkipEmptyParts)) {
            // A phone number may contain spaces ("+86 138 0013 8000"); an id or an address does not.
            const QString key = part.trimmed();
            if (key.isEmpty()) {
                continue;
            }
            const bool phoneLike = key.startsWith(QLatin1Char('+')) || key.startsWith(QLatin1Char('('));
            const QStringList words = phoneLike ? QStringList{key} : key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString& w : words) {
                if (!out.contains(w)) {
                    out.append(w);
                }
            }
        }
    }
    return out;
}

Result<OfflineEstimate> CustomerFetch::estimate(const QStringList& keys) const {
    const QString failed = tr("The size of the list could not be estimated from the local cache.");
    ScopeRepository repo(m_db);
    const Normalizer normalizer;
    OfflineEstimate e;
    e.customers = int(keys.size());
    QSqlQuery perParty(m_db);
    if (!perParty.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM party_link WHERE party_id = ?), "
                           "(SELECT count(*) FROM timeline_event WHERE party_id = ?), "
                           "(SELECT coalesce(sum(length(sr.payload)), 0) FROM party_link pl JOIN source_record sr ON "
                           "sr.id = pl.record_id WHERE pl.party_id = ?)"))) {
        return sql::error(perParty, failed);
    }
    double bytes = 0;
    QSet<qint64> seen;
    int unknown = 0;
    for (const QString& key : keys) {
        auto party = repo.partyOfKey(key, normalizer);
        if (!party) {
            return party.error();
        }
        if (!*party) {
            ++unknown;
            continue;
        }
        ++e.cached;
        if (seen.contains(**party)) {
            continue;
        }
        seen.insert(**party);
        if (!sql::exec(perParty, {**party, **party, **party}) || !perParty.next()) {
            return sql::error(perParty, failed);
        }
        e.records += perParty.value(0).toLongLong();
        e.events += perParty.value(1).toLongLong();
        bytes += perParty.value(2).toDouble();
        perParty.finish();
    }
    double records = kRecordsPerCustomer;
    double events = kEventsPerCustomer;
    double perRecord = kBytesPerRecord;
    QSqlQuery avg(m_db);
    if (!avg.exec(QStringLiteral("SELECT (SELECT count(*) FROM party), (SELECT count(*) FROM party_link), "
                                 "(SELECT count(*) FROM timeline_event), (SELECT avg(length(payload)) FROM "
                                 "source_record)"))) {
        return sql::error(avg, failed);
    }
    if (avg.next() && avg.value(0).toLongLong() > 0) {
        const double parties = avg.value(0).toDouble();
        records = avg.value(1).toDouble() / parties;
        events = avg.value(2).toDouble() / parties;
        perRecord = avg.value(3).isNull() ? kBytesPerRecord : avg.value(3).toDouble();
    }
    e.records += qint64(std::llround(records * unknown));
    e.events += qint64(std::llround(events * unknown));
    // Stored size: the payload, its detail rows, keys and index entries take about three times the payload.
    e.megabytes = (bytes + records * unknown * perRecord) * 3.0 / (1024.0 * 1024.0);
    return e;
}

Result<CustomerFetchReport> CustomerFetch::run(const QList<SourceConfig>& sources, const QStringList& keys,
                                               const QString& reason, const SyncOptions& base) {
    CustomerFetchReport report;
    if (keys.isEmpty()) {
        return report;
    }
    SyncOptions options = base;
    options.onlyCustomers = keys;
    SyncEngine engine(m_db);
    engine.setCancelFlag(m_cancel);
    if (m_progress) {
        engine.setProgressCallback(m_progress);
    }
    report.sync = engine.run(sources, options);
    const Normalizer normalizer;
    ScopeRepository repo(m_db);
    QSqlQuery about(m_db);
    if (!about.prepare(QStringLiteral("SELECT display_name, (SELECT count(*) FROM timeline_event WHERE party_id = "
                                      "?) FROM party WHERE id = ?"))) {
        return sql::error(about, tr("The local cache could not be read."));
    }
    QStringList keep;
    for (const QString& key : keys) {
        FetchedCustomer c;
        c.key = key;
        auto party = repo.partyOfKey(key, normalizer);
        if (!party) {
            return party.error();
        }
        c.party = *party;
        if (c.party) {
            if (!sql::exec(about, {*c.party, *c.party})) {
                return sql::error(about, tr("The local cache could not be read."));
            }
            if (about.next()) {
                c.name = about.value(0).toString();
                c.events = about.value(1).toLongLong();
            }
            about.finish();
            keep.append(key);
        }
        report.customers.append(std::move(c));
    }
    // Kept in later syncs only when a source knew them and the read was not cancelled half way.
    if (!report.sync.cancelled && !keep.isEmpty()) {
        if (Status s = repo.keep(keep, reason, std::nullopt, QDateTime::currentMSecsSinceEpoch()); !s) {
            return s.error();
        }
        if (Status s = repo.attachParties(normalizer); !s) {
            return s.error();
        }
    }
    qCInfo(lcSync).noquote() << "read the history of" << report.available() << "of" << keys.size() << "customer(s);"
                             << report.notFound().size() << "not found";
    return report;
}

} // namespace c360::sync

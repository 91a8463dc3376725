#include "models/ScopeRepository.h"

#include "models/SqlUtil.h"

namespace c360 {

ScopeRepository::ScopeRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QStringList> ScopeRepository::keptKeys() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key FROM scope_customer ORDER BY key"))) {
        return sql::error(q, tr("The list of customers kept offline could not be read."));
    }
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

Status ScopeRepository::keep(const QStringList& keys, const QString& reason, std::optional<qint64> partyId,
                             qint64 nowMs) {
    const QString failed = tr("The list of customers kept offline could not be saved.");
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO scope_customer(key, reason, party_id, added_ms) VALUES(?,?,?,?) ON CONFLICT(key) DO UPDATE "
            "SET reason = CASE WHEN scope_customer.reason = 'offline' THEN 'offline' ELSE excluded.reason END, "
            "party_id = coalesce(excluded.party_id, scope_customer.party_id), added_ms = excluded.added_ms"))) {
        return sql::error(q, failed);
    }
    const QVariant party = partyId ? QVariant(*partyId) : QVariant(QMetaType::fromType<qint64>());
    if (!m_db.transaction()) {
        return sql::error(m_db, failed);
    }
    for (const QString& key : keys) {
        if (key.trimmed().isEmpty()) {
            continue;
        }
        if (!sql::exec(q, {key.trimmed(), reason, party, nowMs})) {
            Error e = sql::error(q, failed);
            m_db.rollback();
            return e;
        }
    }
    if (!m_db.commit()) {
        return sql::error(m_db, failed);
    }
    return {};
}

Result<QStringList> ScopeRepository::keysOfParty(qint64 partyId) const {
    QSqlQuery q(m_db);
    if (!q.prepare(
            QStringLiteral("SELECT sr.source_id FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
                           "WHERE pl.party_id = ? AND sr.entity = 'customer' AND sr.deleted = 0 "
                           "UNION SELECT primary_email FROM party WHERE id = ? AND primary_email IS NOT NULL "
                           "UNION SELECT primary_phone FROM party WHERE id = ? AND primary_phone IS NOT NULL")) ||
        !sql::exec(q, {partyId, partyId, partyId})) {
        return sql::error(q, tr("The customer could not be read from the local cache."));
    }
    QStringList out;
    while (q.next()) {
        const QString key = q.value(0).toString().trimmed();
        if (!key.isEmpty() && !out.contains(key)) {
            out.append(key);
        }
    }
    return out;
}

Result<std::optional<qint64>> ScopeRepository::partyOfKey(const QString& key, const Normalizer& normalizer) const {
    QSqlQuery q(m_db);
    const QString byKey =
        QStringLiteral("SELECT pl.party_id FROM record_key rk JOIN party_link pl ON pl.record_id = "
                       "rk.record_id WHERE rk.kind = ? AND rk.value = ? ORDER BY pl.party_id LIMIT 1");
    bool prepared = false;
    if (key.contains(QLatin1Char('@'))) {
        const auto email = normalizer.email(key);
        if (!email) {
            return std::optional<qint64>{};
        }
        prepared = q.prepare(byKey) && sql::exec(q, {QStringLiteral("email"), *email});
    } else if (const auto phone = normalizer.phoneE164(key);
               phone && (key.startsWith(QLatin1Char('+')) || key.size() >= 11)) {
        prepared = q.prepare(byKey) && sql::exec(q, {QStringLiteral("phone"), *phone});
    } else {
        prepared = q.prepare(QStringLiteral("SELECT pl.party_id FROM source_record sr JOIN party_link pl ON "
                                            "pl.record_id = sr.id WHERE sr.source_id = ? AND sr.entity = 'customer' "
                                            "AND sr.deleted = 0 ORDER BY pl.party_id LIMIT 1")) &&
                   sql::exec(q, {key.trimmed()});
    }
    if (!prepared) {
        return sql::error(q, tr("The customer could not be read from the local cache."));
    }
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Status ScopeRepository::attachParties(const Normalizer& normalizer) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key FROM scope_customer WHERE party_id IS NULL"))) {
        return sql::error(q, tr("The list of customers kept offline could not be read."));
    }
    QStringList keys;
    while (q.next()) {
        keys.append(q.value(0).toString());
    }
    QSqlQuery set(m_db);
    if (!set.prepare(QStringLiteral("UPDATE scope_customer SET party_id = ? WHERE key = ?"))) {
        return sql::error(set, tr("The list of customers kept offline could not be saved."));
    }
    for (const QString& key : std::as_const(keys)) {
        auto party = partyOfKey(key, normalizer);
        if (!party) {
            return party.error();
        }
        if (*party && !sql::exec(set, {**party, key})) {
            return sql::error(set, tr("The list of customers kept offline could not be saved."));
        }
    }
    return {};
}

namespace {
constexpr QLatin1String kSweepPrefix("sweep:");
} // namespace

Result<ScopeRepository::Stored> ScopeRepository::stored(const QString& source) const {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT fingerprint FROM scope_state WHERE source = ?")) || !sql::exec(q, {source})) {
        return sql::error(q, tr("The sync state could not be read."));
    }
    Stored out;
    if (!q.next()) {
        return out;
    }
    out.fingerprint = q.value(0).toString();
    if (out.fingerprint.startsWith(kSweepPrefix)) {
        const qsizetype colon = out.fingerprint.indexOf(QLatin1Char(':'), kSweepPrefix.size());
        bool ok = false;
        const qint64 since = out.fingerprint.mid(kSweepPrefix.size(), colon - kSweepPrefix.size()).toLongLong(&ok);
        if (colon > 0 && ok) {
            out.sweepSinceMs = since;
            out.fingerprint = out.fingerprint.mid(colon + 1);
        }
    }
    return out;
}

Status ScopeRepository::setStored(const QString& source, const Stored& stored) {
    const QString text = stored.sweepSinceMs ? kSweepPrefix + QString::number(*stored.sweepSinceMs) + QLatin1Char(':') +
                                                   stored.fingerprint
                                             : stored.fingerprint;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO scope_state(source, fingerprint) VALUES(?,?) ON CONFLICT(source) "
                                  "DO UPDATE SET fingerprint = excluded.fingerprint")) ||
        !sql::exec(q, {source, text})) {
        return sql::error(q, tr("The sync state could not be saved."));
    }
    return {};
}

Result<QString> ScopeRepository::fingerprint(const QString& source) const {
    auto s = stored(source);
    if (!s) {
        return s.error();
    }
    return s->fingerprint;
}

Status ScopeRepository::setFingerprint(const QString& source, const QString& fingerprint) {
    return setStored(source, {fingerprint, std::nullopt});
}

} // namespace c360

#include "sync/LocalScopeFilter.h"

#include "models/RecordReferences.h"
#include "models/SqlUtil.h"

namespace c360::sync {

namespace {

QString keyText(const IdentityKey& k) {
    return k.kind + QLatin1Char('\t') + k.value;
}

} // namespace

LocalScopeFilter::LocalScopeFilter(QSqlDatabase db, const SyncScope& scope, const IdentityConfig& config)
    : m_db(std::move(db))
    , m_normalizer(config) {
    for (const QString& t : scope.territories) {
        m_territories.insert(t.toCaseFolded());
    }
    for (const QString& o : scope.owners) {
        m_owners.insert(o.toCaseFolded());
    }
    for (const QString& q : scope.queues) {
        m_queues.insert(q.toCaseFolded());
    }
    for (const QString& c : scope.customers) {
        if (c.contains(QLatin1Char('@'))) {
            if (const auto email = m_normalizer.email(c)) {
                m_listedKeys.insert(keyText({keykinds::Email, *email, true}));
            }
        } else if (const auto phone = m_normalizer.phoneE164(c); phone && !c.startsWith(QLatin1String("CRM-"))) {
            m_listedKeys.insert(keyText({keykinds::Phone, *phone, true}));
            m_ids.insert(c); // digits may be an id too (Zendesk, Shopify)
        } else {
            m_ids.insert(c);
        }
    }
}

bool LocalScopeFilter::customerInScope(const CanonicalRecord& r, const QList<IdentityKey>& keys) const {
    if (m_ids.contains(r.sourceId) || m_territories.contains(r.text(QStringLiteral("territory")).toCaseFolded()) ||
        m_owners.contains(r.text(QStringLiteral("owner")).toCaseFolded())) {
        return true;
    }
    return std::any_of(keys.cbegin(), keys.cend(),
                       [this](const IdentityKey& k) { return k.linking && m_listedKeys.contains(keyText(k)); });
}

Result<bool> LocalScopeFilter::belongsToKept(const QList<IdentityKey>& keys) {
    for (const IdentityKey& k : keys) {
        if (!k.linking) {
            continue;
        }
        if (m_keptKeys.contains(keyText(k))) {
            return true;
        }
        if (!sql::exec(m_knownKey, {k.kind, k.value})) {
            return sql::error(m_knownKey, tr("The local cache could not be read."));
        }
        const bool known = m_knownKey.next();
        m_knownKey.finish();
        if (known) {
            return true;
        }
    }
    return false;
}

Result<bool> LocalScopeFilter::keepsTombstone(const CanonicalRecord& r) {
    if (!sql::exec(m_knownRecord, {r.source, r.stream, r.sourceId})) {
        return sql::error(m_knownRecord, tr("The local cache could not be read."));
    }
    const bool known = m_knownRecord.next();
    m_knownRecord.finish();
    return known;
}

Result<int> LocalScopeFilter::filter(QList<CanonicalRecord>& records) {
    if (!m_prepared) {
        m_knownKey = QSqlQuery(m_db);
        m_knownRecord = QSqlQuery(m_db);
        if (!m_knownKey.prepare(
                QStringLiteral("SELECT 1 FROM record_key WHERE kind = ? AND value = ? AND linking = 1 LIMIT 1")) ||
            !m_knownRecord.prepare(QStringLiteral(
                "SELECT 1 FROM source_record WHERE source = ? AND stream = ? AND source_id = ? AND deleted = 0"))) {
            return sql::error(m_knownKey, tr("The local cache could not be read."));
        }
        m_prepared = true;
    }
    // Customers first (a page may side-load the customers its records refer to), then what refers to them.
    QList<bool> keep(records.size(), false);
    QList<QList<IdentityKey>> keysOf(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CanonicalRecord& r = records.at(i);
        if (r.deleted) {
            auto known = keepsTombstone(r);
            if (!known) {
                return known.error();
            }
            keep[i] = *known;
            continue;
        }
        keysOf[i] = referenceKeys(r) + identityKeys(r, m_normalizer);
        bool inScope = false;
        if (r.entity == EntityKind::Customer) {
            inScope = customerInScope(r, keysOf.at(i));
            if (!inScope && !m_queues.isEmpty()) { // served by a queue: a kept contact is theirs
                auto served = belongsToKept(keysOf.at(i));
                if (!served) {
                    return served.error();
                }
                inScope = *served;
            }
        } else if (!m_queues.isEmpty()) {
            inScope = m_queues.contains(r.text(QStringLiteral("queue")).toCaseFolded());
        }
        if (inScope) {
            keep[i] = true;
            for (const IdentityKey& k : std::as_const(keysOf.at(i))) {
                if (k.linking) {
                    m_keptKeys.insert(keyText(k));
                }
            }
        }
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CanonicalRecord& r = records.at(i);
        if (r.deleted || keep.at(i) || r.entity == EntityKind::Customer) {
            continue;
        }
        auto belongs = belongsToKept(keysOf.at(i));
        if (!belongs) {
            return belongs.error();
        }
        if (*belongs) {
            keep[i] = true;
            for (const IdentityKey& k : std::as_const(keysOf.at(i))) {
                if (k.linking) {
                    m_keptKeys.insert(keyText(k));
                }
            }
        }
    }
    QList<CanonicalRecord> kept;
    kept.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (keep.at(i)) {
            kept.append(std::move(records[i]));
        }
    }
    const int dropped = int(records.size() - kept.size());
    records = std::move(kept);
    return dropped;
}

} // namespace c360::sync

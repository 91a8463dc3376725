#include "models/IdentityLinker.h"

#include "models/Log.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace c360 {

IdentityLinker::IdentityLinker(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status IdentityLinker::prepare() {
    struct P {
        sql::Statement* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_deleteKeys, "DELETE FROM record_key WHERE record_id = ?"},
        {&m_insertKey, "INSERT OR IGNORE INTO record_key(record_id, kind, value, linking) VALUES(?,?,?,?)"},
        // Invariant of identity v1: all records that share a linking key are in one party (a record that
        // bridges parties merges them), so one other record with the key names the party: O(1) per key,
        // even for a key shared by thousands of records. record_key_lookup holds (kind, value, linking): the
        // index alone finds that record (cache v22), then its link by its key.
        {&m_findParties, "SELECT pl.party_id FROM record_key rk JOIN party_link pl ON pl.record_id = rk.record_id "
                         "WHERE rk.kind = ? AND rk.value = ? AND rk.linking = 1 AND rk.record_id <> ? LIMIT 1"},
        {&m_currentParty, "SELECT party_id FROM party_link WHERE record_id = ?"},
        {&m_currentLink, "SELECT party_id, entity FROM party_link WHERE record_id = ?"},
        {&m_otherLink, "SELECT 1 FROM party_link WHERE party_id = ? AND record_id <> ? LIMIT 1"},
        {&m_insertParty, "INSERT INTO party(updated_ms) VALUES(?)"},
        {&m_upsertLink, "INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity, evidence) "
                        "VALUES(?,?,?,?,?,?) "
                        "ON CONFLICT(record_id) DO UPDATE SET party_id = excluded.party_id, rule = excluded.rule, "
                        "entity = excluded.entity, evidence = excluded.evidence, "
                        "linked_ms = CASE WHEN party_link.party_id = excluded.party_id AND party_link.rule = "
                        "excluded.rule THEN party_link.linked_ms ELSE excluded.linked_ms END"},
        {&m_deleteLink, "DELETE FROM party_link WHERE record_id = ?"},
        {&m_repointLinks, "UPDATE party_link SET party_id = ? WHERE party_id = ?"},
        {&m_repointEvents, "UPDATE timeline_event SET party_id = ? WHERE party_id = ?"},
        {&m_deleteFts, "DELETE FROM party_fts WHERE rowid = ?"},
        {&m_deleteParty, "DELETE FROM party WHERE id = ?"},
        {&m_recordKeys, "SELECT kind, value, linking FROM record_key WHERE record_id = ?"},
        {&m_addKey, "INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms) VALUES(?,?,?,1,?,?) "
                    "ON CONFLICT(party_id, kind, value) DO UPDATE SET records = records + ?, "
                    "first_record = min(first_record, excluded.first_record), "
                    "last_ms = max(last_ms, excluded.last_ms)"},
        // A key's newest time in its party, and the newest of the party's other keys of its kind.
        {&m_keyTimes,
         "SELECT pk.last_ms, (SELECT max(o.last_ms) FROM party_key o WHERE o.party_id = pk.party_id AND "
         "o.kind = pk.kind AND o.value <> pk.value) FROM party_key pk WHERE pk.party_id = ? AND pk.kind = ? "
         "AND pk.value = ?"},
        {&m_decrementKey, "UPDATE party_key SET records = records - 1 WHERE party_id = ? AND kind = ? AND value = ?"},
        {&m_dropKey, "DELETE FROM party_key WHERE party_id = ? AND kind = ? AND value = ? AND records <= 0"},
        // Exact tally of one key within one party, through record_key(kind, value): run only when a name
        // leaves a party (its latest updated_at picks the display name), never for the page's new records.
        {&m_exactKey, "SELECT count(*), min(rk.record_id), max(coalesce(sr.updated_at, 0)) FROM record_key rk "
                      "JOIN party_link pl ON pl.record_id = rk.record_id JOIN source_record sr ON sr.id = rk.record_id "
                      "WHERE rk.kind = ? AND rk.value = ? AND pl.party_id = ? AND rk.record_id <> ?"},
        {&m_setKey, "UPDATE party_key SET records = ?, first_record = ?, last_ms = ? "
                    "WHERE party_id = ? AND kind = ? AND value = ?"},
        {&m_foldKeys, "INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms) "
                      "SELECT ?, kind, value, records, first_record, last_ms FROM party_key WHERE party_id = ? "
                      "ON CONFLICT(party_id, kind, value) DO UPDATE SET records = records + excluded.records, "
                      "first_record = min(first_record, excluded.first_record), "
                      "last_ms = max(last_ms, excluded.last_ms)"},
        {&m_deletePartyKeys, "DELETE FROM party_key WHERE party_id = ?"},
        {&m_deletePartyFields, "DELETE FROM party_field WHERE party_id = ?"},
        {&m_deletePartySources, "DELETE FROM party_source WHERE party_id = ?"},
        // Its stage history (the dashboards' party_stage): the surviving party's is rebuilt from both timelines.
        {&m_deletePartyStages, "DELETE FROM party_stage WHERE party_id = ?"},
        // Keys the last full resolution found unsafe (shared by many names, or by people kept apart).
        {&m_blocked, "SELECT 1 FROM identity_key_block WHERE kind = ? AND value = ?"},
        {&m_anyBlocked, "SELECT EXISTS(SELECT 1 FROM identity_key_block)"},
    };
    for (const P& p : statements) {
        if (!p.q->prepare(m_db, QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The local cache could not be prepared."));
        }
    }
    return {};
}

Status IdentityLinker::beginPage() {
    // Until a full resolution has blocked a key, no per-key lookup is needed.
    if (Status s = run(m_anyBlocked, {}); !s) {
        return s;
    }
    m_haveBlocks = m_anyBlocked.next() && m_anyBlocked.value(0).toInt() != 0;
    m_anyBlocked.finish();
    return {};
}

Status IdentityLinker::run(sql::Statement& q, std::initializer_list<QVariant> values) {
    if (!sql::exec(q, values)) {
        return sql::error(q, tr("A record could not be linked to a customer in the local cache."));
    }
    return {};
}

Result<std::optional<qint64>> IdentityLinker::currentParty(qint64 recordId) {
    if (Status s = run(m_currentParty, {recordId}); !s) {
        return s.error();
    }
    std::optional<qint64> party;
    if (m_currentParty.next()) {
        party = m_currentParty.value(0).toLongLong();
    }
    m_currentParty.finish();
    return party;
}

Result<bool> IdentityLinker::hasOtherLinks(qint64 partyId, qint64 recordId) {
    if (Status s = run(m_otherLink, {partyId, recordId}); !s) {
        return s.error();
    }
    const bool other = m_otherLink.next();
    m_otherLink.finish();
    return other;
}

Result<qint64> IdentityLinker::createParty(qint64 nowMs) {
    if (Status s = run(m_insertParty, {nowMs}); !s) {
        return s.error();
    }
    return m_insertParty.lastInsertId().toLongLong();
}

Status IdentityLinker::merge(qint64 target, qint64 other) {
    qCDebug(lcStorage) << "merging party" << other << "into" << target;
    for (sql::Statement* q : {&m_repointLinks, &m_repointEvents, &m_foldKeys}) {
        if (Status s = run(*q, {target, other}); !s) {
            return s;
        }
    }
    // The merged party is not recomputed (it no longer exists): what was derived for it goes with it.
    for (sql::Statement* q :
         {&m_deletePartyKeys, &m_deletePartyFields, &m_deletePartySources, &m_deletePartyStages, &m_deleteFts}) {
        if (Status s = run(*q, {other}); !s) {
            return s;
        }
    }
    return run(m_deleteParty, {other});
}

Result<QList<IdentityKey>> IdentityLinker::storedKeys(qint64 recordId) {
    if (Status s = run(m_recordKeys, {recordId}); !s) {
        return s.error();
    }
    QList<IdentityKey> keys;
    while (m_recordKeys.next()) {
        keys.append(
            {m_recordKeys.value(0).toString(), m_recordKeys.value(1).toString(), m_recordKeys.value(2).toInt() != 0});
    }
    m_recordKeys.finish();
    return keys;
}

namespace {
bool sameKeys(QList<IdentityKey> a, QList<IdentityKey> b) {
    if (a.size() != b.size()) {
        return false;
    }
    const auto before = [](const IdentityKey& x, const IdentityKey& y) {
        return std::tie(x.kind, x.value, x.linking) < std::tie(y.kind, y.value, y.linking);
    };
    std::sort(a.begin(), a.end(), before);
    std::sort(b.begin(), b.end(), before);
    return a == b;
}

bool tallied(const IdentityKey& k) {
    // Source ids: one per record, never part of a golden record or search row. A phone reading that is
    // only a candidate (the number reads two ways) is no customer's number until resolution confirms it.
    return k.kind != keykinds::SourceId && (k.linking || k.kind != keykinds::Phone);
}
} // namespace

Status IdentityLinker::addKey(qint64 party, const IdentityKey& k, qint64 recordId, qint64 updatedMs, int delta) {
    if (!tallied(k)) {
        return {};
    }
    // A new row counts the record once; an existing row grows by `delta` (0: the record was counted already).
    return run(m_addKey, {party, k.kind, k.value, recordId, updatedMs, delta});
}

Result<bool> IdentityLinker::keyReorders(qint64 party, const IdentityKey& k, qint64 updatedMs) {
    // Only the kinds a golden field is chosen from (PartyAggregator::golden) weigh a key's time; an order number's
    // or a ticket's does not.
    static const QStringList kChosen{keykinds::Name, keykinds::Email, keykinds::Phone, keykinds::Address,
                                     keykinds::BirthDate};
    if (!tallied(k) || !kChosen.contains(k.kind)) {
        return false;
    }
    if (Status s = run(m_keyTimes, {party, k.kind, k.value}); !s) {
        return s.error();
    }
    bool reorders = true; // not tallied in the party: counted again
    if (m_keyTimes.next()) {
        const qint64 own = m_keyTimes.int64(0);
        reorders = updatedMs > own && !m_keyTimes.isNull(1) && m_keyTimes.int64(1) >= own;
    }
    m_keyTimes.finish();
    return reorders;
}

Status IdentityLinker::removeKey(qint64 party, const IdentityKey& k, qint64 recordId) {
    if (!tallied(k)) {
        return {};
    }
    if (k.kind != keykinds::Name) {
        if (Status s = run(m_decrementKey, {party, k.kind, k.value}); !s) {
            return s;
        }
        return run(m_dropKey, {party, k.kind, k.value});
    }
    if (Status s = run(m_exactKey, {k.kind, k.value, party, recordId}); !s) {
        return s;
    }
    qint64 records = 0, first = 0, last = 0;
    if (m_exactKey.next()) {
        records = m_exactKey.value(0).toLongLong();
        first = m_exactKey.value(1).toLongLong();
        last = m_exactKey.value(2).toLongLong();
    }
    m_exactKey.finish();
    if (Status s = run(m_setKey, {records, first, last, party, k.kind, k.value}); !s) {
        return s;
    }
    return run(m_dropKey, {party, k.kind, k.value});
}

Result<qint64> IdentityLinker::link(qint64 recordId, const QList<IdentityKey>& keys, qint64 updatedMs, qint64 nowMs,
                                    bool isNew, const QString& entity, PartyChanges& touched) {
    QList<IdentityKey> oldKeys;
    std::optional<qint64> old;
    if (!isNew) {
        auto stored = storedKeys(recordId);
        if (!stored) {
            return stored.error();
        }
        oldKeys = std::move(*stored);
        if (Status s = run(m_currentLink, {recordId}); !s) {
            return s.error();
        }
        QString oldEntity;
        if (m_currentLink.next()) {
            old = m_currentLink.value(0).toLongLong();
            oldEntity = m_currentLink.value(1).toString();
        }
        m_currentLink.finish();
        if (old && oldEntity == entity && sameKeys(oldKeys, keys)) {
            // An update that left the record's keys as they were (most of a sync's changes: a status, a total):
            // it stays where it is. Every record that shares one of its linking keys joined its party when that
            // record was linked, and what a full resolution or a supervisor decided about it stands. Only the
            // tallies' newest update time moves: its party is recomputed when that may reorder a kind of its keys
            // (a re-delivered campaign event whose e-mail address is the customer's only one does not).
            bool reorders = false;
            for (const IdentityKey& k : keys) {
                if (!reorders) {
                    auto r = keyReorders(*old, k, updatedMs);
                    if (!r) {
                        return r.error();
                    }
                    reorders = *r;
                }
                if (Status s = addKey(*old, k, recordId, updatedMs, 0); !s) {
                    return s.error();
                }
            }
            if (reorders) {
                touched[*old] |= party_change::Golden;
            }
            return *old;
        }
        if (Status s = run(m_deleteKeys, {recordId}); !s) {
            return s.error();
        }
    }
    for (const IdentityKey& k : keys) {
        if (Status s = run(m_insertKey, {recordId, k.kind, k.value, k.linking ? 1 : 0}); !s) {
            return s.error();
        }
    }

    // Parties of other records that share a linking key, and the rule of the first key that matched.
    QList<qint64> parties;
    QString rule, evidence;
    bool anyLinkingKey = false;
    for (const IdentityKey& k : keys) {
        if (!k.linking) {
            continue;
        }
        bool blocked = false;
        if (m_haveBlocks) {
            if (Status s = run(m_blocked, {k.kind, k.value}); !s) {
                return s.error();
            }
            blocked = m_blocked.next();
            m_blocked.finish();
        }
        if (blocked) {
            continue;
        }
        anyLinkingKey = true;
        if (Status s = run(m_findParties, {k.kind, k.value, recordId}); !s) {
            return s.error();
        }
        while (m_findParties.next()) {
            const qint64 p = m_findParties.value(0).toLongLong();
            if (!parties.contains(p)) {
                parties.append(p);
                if (rule.isEmpty()) {
                    rule = k.kind;
                    evidence = k.kind + u' ' + k.value;
                }
            }
        }
        m_findParties.finish();
    }

    qint64 target = 0;
    if (!parties.isEmpty()) {
        std::sort(parties.begin(), parties.end());
        target = parties.first();
        for (qsizetype i = 1; i < parties.size(); ++i) {
            if (Status s = merge(target, parties.at(i)); !s) {
                return s.error();
            }
            touched.remove(parties.at(i));
        }
    } else {
        rule = anyLinkingKey ? QStringLiteral("new") : QStringLiteral("own");
        // Keep the record's own party when nothing else is linked to it (re-applying is stable).
        bool reuse = false;
        if (old) {
            auto other = hasOtherLinks(*old, recordId);
            if (!other) {
                return other.error();
            }
            reuse = !*other;
        }
        if (reuse) {
            target = *old;
        } else {
            auto created = createParty(nowMs);
            if (!created) {
                return created.error();
            }
            target = *created;
        }
    }
    if (old && *old != target && !parties.contains(*old)) {
        touched[*old] |= party_change::All; // loses this record; recomputed or removed at the end of the page
    }
    if (Status s = run(m_upsertLink, {recordId, target, rule, nowMs, entity, sql::text(evidence)}); !s) {
        return s.error();
    }
    touched[target] |= party_change::All | (parties.size() > 1 ? int(party_change::Merged) : 0);

    // Key tallies: where the record's old keys were counted (its old party, or the target when the old
    // party was merged into it) and where its new keys count now.
    std::optional<qint64> countedIn = old;
    if (old && parties.contains(*old)) {
        countedIn = target;
    }
    for (const IdentityKey& k : std::as_const(oldKeys)) {
        if (countedIn && (*countedIn != target || !keys.contains(k))) {
            if (Status s = removeKey(*countedIn, k, recordId); !s) {
                return s.error();
            }
        }
    }
    for (const IdentityKey& k : keys) {
        const bool alreadyCounted = countedIn && *countedIn == target && oldKeys.contains(k);
        if (Status s = addKey(target, k, recordId, updatedMs, alreadyCounted ? 0 : 1); !s) {
            return s.error();
        }
    }
    return target;
}

Status IdentityLinker::unlink(qint64 recordId, PartyChanges& touched) {
    auto current = currentParty(recordId);
    if (!current) {
        return current.error();
    }
    if (*current) {
        touched[**current] |= party_change::All;
        auto stored = storedKeys(recordId);
        if (!stored) {
            return stored.error();
        }
        for (const IdentityKey& k : std::as_const(*stored)) {
            if (Status s = removeKey(**current, k, recordId); !s) {
                return s;
            }
        }
    }
    if (Status s = run(m_deleteKeys, {recordId}); !s) {
        return s;
    }
    return run(m_deleteLink, {recordId});
}

} // namespace c360

#include "models/IdentityResolver.h"

#include "models/Database.h"
#include "models/IdentityGraph.h"
#include "models/IdentityMatcher.h"
#include "models/IdentityTally.h"
#include "models/Log.h"
#include "models/PartyAggregator.h"
#include "models/RecordFacts.h"
#include "models/RecordReferences.h"
#include "models/SqlStatement.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <functional>
#include <future>
#include <optional>

namespace c360 {

using identity::Block;
using identity::Edge;
using identity::IdentityMatcher;
using identity::Rec;
using identity::Suspect;
using identity::UnionFind;

namespace {

QString label(const Rec& r) {
    return r.source + u':' + r.sourceId;
}

} // namespace

// One run of resolution: the records, the edges between them, and the phases that turn them into
// parties. resolveAll: load -> match -> cluster (union, fuzzy) -> attribute -> assignParties -> rebuildDerived ->
// recomputeParties.
struct IdentityResolver::Impl {
    Q_DECLARE_TR_FUNCTIONS(c360::IdentityResolver::Impl)

public:
    Impl(QSqlDatabase database, const IdentityRules& r)
        : db(std::move(database))
        , rules(r)
        , matcher(recs, r) {}

    QSqlDatabase db;
    const IdentityRules& rules;
    QString strongSource; // the source whose customer ids are strong (the crm_id rule's)
    QList<Rec> recs;
    // The record with that id (recs are in id order: a binary search, no 1,000,000-entry hash), or -1.
    int indexOf(qint64 id) const {
        const auto it =
            std::lower_bound(recs.cbegin(), recs.cend(), id, [](const Rec& r, qint64 value) { return r.id < value; });
        return it != recs.cend() && it->id == id ? static_cast<int>(it - recs.cbegin()) : -1;
    }
    QList<Edge> edges;
    IdentityMatcher matcher;
    QList<Suspect> suspects; // per pair of resulting clusters, after cluster()
    int refused = 0;
    identity::KeyTally keys; // the records' stored keys, as loadKeys read them
    QList<qint64> partyOf;   // each record's party, from assignParties on
    // party_key's rows, counted on another thread while assignParties writes the links (only when it is rebuilt
    // whole); rebuildDerived waits for them.
    struct TalliedKeys {
        std::vector<identity::KeyTally::Row> rows;
        std::vector<PartyAggregator::PartyKey> golden; // the same rows as the golden records read them
    };
    std::future<TalliedKeys> partyKeys;
    std::optional<std::vector<PartyAggregator::PartyKey>> goldenKeys; // party_key as written whole, from memory

    // Reads what resolution needs, in steps: the live records with their current link, their identity
    // keys, strong customer ids of orders, cities of profiles, the decisions in force and the references.
    Status load();
    Status loadRecords();
    Status loadKeys();
    Status loadStrongIds();
    Status loadCities();
    Status loadDecisions();
    // A record and the record it refers to (models/RecordReferences.h): strong links, tried before keys.
    Status referenceEdges();
    // The deterministic rules' edges (keys under their guard-rails, strong ids, duplicates).
    void match();
    // Applies the edges in priority order, then the fuzzy rule; returns each record's cluster root.
    // `applied`: accepted edges.
    // `lap` (optional) marks the end of the unions ("union") and of the fuzzy rule ("fuzzy") for the phase timings.
    QList<int> cluster(QList<Edge>& applied, const std::function<void(const char*)>& lap = {});
    // How each record came to its cluster: the first accepted edge that touched it.
    struct Attribution {
        QString rule = QStringLiteral("own");
        double score = 1;
        QString evidence;
    };
    QList<Attribution> attribute(const QList<Edge>& applied) const;
    // Party ids: a cluster keeps the party most of its records had (bigger clusters choose first);
    // writes party_link and moves timeline events.
    // New parties take the ids SQLite would give them one by one (after the highest): `created` lists them.
    QList<qint64> partyIds(const QList<int>& roots, qint64 firstNew, QList<qint64>& created) const;
    Status assignParties(const QList<int>& roots, const QList<Attribution>& next, qint64 nowMs, ResolveSummary& summary,
                         QSet<qint64>& touched);
    // Whether party_key is rebuilt whole: many parties changed (`touched`, of `parties`).
    static bool wholePartyKeys(const QSet<qint64>& touched, int parties) {
        return touched.size() * 8 > qsizetype(parties);
    }
    // party_key (for the changed parties, or whole when many changed) and identity_key_block (whole).
    Status rebuildDerived(const QSet<qint64>& touched, int parties);
    Status recomputeParties(QSet<qint64>& touched, qint64 nowMs);
};

Status IdentityResolver::Impl::load() {
    for (Status (Impl::*step)() : {&Impl::loadRecords, &Impl::loadKeys, &Impl::loadStrongIds, &Impl::loadCities,
                                   &Impl::loadDecisions, &Impl::referenceEdges}) {
        if (Status s = (this->*step)(); !s) {
            return s;
        }
    }
    return {};
}

Status IdentityResolver::Impl::loadRecords() {
    const DeterministicRule* crm = rules.ruleFor(QStringLiteral("crm_id"));
    strongSource = crm ? crm->source : QString();
    // One sequential statement through SQLite's own API (no QVariant per value: a million records). `+sr.deleted`: the
    // table walked in id order; through source_record_live (deleted, ...) SQLite sorted a million rows by id again.
    sql::Statement q(db,
                     "SELECT sr.id, sr.source, sr.stream, sr.source_id, sr.entity, pl.party_id, pl.rule, pl.score, "
                     "pl.evidence, coalesce(sr.updated_at, 0) FROM source_record sr LEFT JOIN party_link pl ON "
                     "pl.record_id = sr.id WHERE +sr.deleted = 0 ORDER BY sr.id",
                     tr("The records could not be read for identity resolution."));
    // Few distinct sources, streams, entities and rules: one shared string each instead of one per record
    // (looked up by their UTF-8 bytes, without decoding them again).
    std::vector<std::pair<QByteArray, QString>> strings;
    const auto shared = [&strings](QByteArrayView utf8) {
        const auto it = std::find_if(strings.cbegin(), strings.cend(), [&](const auto& s) { return s.first == utf8; });
        if (it != strings.cend()) {
            return it->second;
        }
        strings.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
        return strings.back().second;
    };
    {
        // Room for every record at once (a million records moved again and again as the list grew).
        sql::Statement count(db, "SELECT count(*) FROM source_record",
                             tr("The records could not be read for identity resolution."));
        if (count.next()) {
            recs.reserve(count.int64(0));
        }
    }
    while (q.next()) {
        Rec r;
        r.id = q.int64(0);
        r.source = shared(q.utf8(1));
        r.stream = shared(q.utf8(2));
        r.sourceId = q.text(3);
        r.entity = shared(q.utf8(4));
        r.party = q.int64(5);
        r.rule = shared(q.utf8(6));
        r.score = q.isNull(7) ? 1.0 : q.real(7);
        r.evidence = q.text(8);
        r.updatedMs = q.int64(9);
        if (r.entity == QLatin1String("customer") && r.source == strongSource) {
            r.strongNs = r.source;
            r.strongId = r.sourceId;
        }
        recs.append(std::move(r));
    }
    if (q.failed()) {
        return q.error();
    }
    return {};
}

Status IdentityResolver::Impl::loadKeys() {
    // In the table's own order (record, kind, value: `+kind` walks the primary key; NOT INDEXED does not stop a
    // WITHOUT ROWID table's index from being used, and SQLite then sorted every key again), so the records are visited
    // in the order they were loaded, each once; a record's values of one kind come sorted, as they did through the
    // (kind, value) index. Every kind but source ids: the lookup-only ones (order, ticket numbers) are kept for
    // party_key alone.
    sql::Statement q(db,
                     "SELECT record_id, kind, value, linking FROM record_key WHERE +kind <> 'source_id' ORDER BY "
                     "record_id, kind, value",
                     tr("The records could not be read for identity resolution."));
    QHash<QString, std::pair<names::NameForm, QString>> nameForms; // name as written -> its form and key
    qsizetype at = 0;
    while (q.next()) {
        const qint64 id = q.int64(0);
        while (at < recs.size() && recs.at(at).id < id) {
            ++at;
        }
        if (at == recs.size() || recs.at(at).id != id) {
            continue; // a deleted record's keys
        }
        Rec& r = recs[at];
        const QByteArrayView kind = q.utf8(1);
        keys.add(static_cast<int>(at), kind, q.utf8(2), q.int64(3) != 0);
        if (kind == "email") {
            r.emails << rules.emailKey(q.text(2));
        } else if (kind == "phone") {
            (q.int64(3) != 0 ? r.phones : r.phoneCandidates) << q.text(2); // not linking: a candidate reading
        } else if (kind == "wechat") {
            r.wechats << q.text(2);
        } else if (kind == "birth_date") {
            r.birthDate = q.text(2);
        } else if (kind == "address") {
            r.address = q.text(2);
        } else if (kind == "phone_digits") {
            r.weakPhones << q.text(2);
        } else if (kind == "name" && r.name.isEmpty()) {
            r.name = q.text(2);
            // Names repeat (one customer's records, namesakes): transliterate each distinct one once (its key too:
            // one shared string, not one joined per record).
            auto form = nameForms.constFind(r.name);
            if (form == nameForms.constEnd()) {
                names::NameForm f = names::form(r.name);
                QString key = f.key();
                form = nameForms.insert(r.name, {std::move(f), std::move(key)});
            }
            r.nameForm = form->first;
            r.nameKey = form->second;
        }
    }
    if (q.failed()) {
        return q.error();
    }
    return {};
}

Status IdentityResolver::Impl::loadStrongIds() {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id, customer_id FROM orders WHERE coalesce(customer_id, '') <> ''"))) {
        return sql::error(q, tr("The records could not be read for identity resolution."));
    }
    while (q.next() && !strongSource.isEmpty()) {
        if (const int i = indexOf(q.value(0).toLongLong()); i >= 0) {
            // The order's customer id: a CRM id when the CRM issued it (see deterministicEdges), else the
            // shop's own customer number — strong within the shop either way.
            recs[i].strongNs = recs[i].source;
            recs[i].strongId = q.value(1).toString().trimmed();
        }
    }
    return {};
}

Status IdentityResolver::Impl::loadCities() {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id, city FROM customer_profile WHERE coalesce(city, '') <> ''"))) {
        return sql::error(q, tr("The records could not be read for identity resolution."));
    }
    while (q.next()) {
        if (const int i = indexOf(q.value(0).toLongLong()); i >= 0) {
            recs[i].city = Normalizer::nameKey(q.value(1).toString());
        }
    }
    return {};
}

Status IdentityResolver::Impl::loadDecisions() {
    // Supervisors' decisions (not revoked), oldest first.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, a_source, a_stream, a_source_id, b_source, b_stream, b_source_id, actor, "
                               "id FROM identity_decision WHERE revoked_ms IS NULL ORDER BY id"))) {
        return sql::error(q, tr("The records could not be read for identity resolution."));
    }
    QHash<QString, int> bySourceId; // built only when there is a decision to apply
    const auto find = [&](const QString& source, const QString& stream, const QString& sourceId) {
        if (bySourceId.isEmpty()) {
            bySourceId.reserve(recs.size());
            for (qsizetype i = 0; i < recs.size(); ++i) {
                const Rec& r = recs.at(i);
                bySourceId.insert(r.source + u'\x1f' + r.stream + u'\x1f' + r.sourceId, static_cast<int>(i));
            }
        }
        return bySourceId.value(source + u'\x1f' + stream + u'\x1f' + sourceId, -1);
    };
    while (q.next()) {
        const int a = find(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        if (a < 0) {
            continue; // the record is gone (deleted at the source)
        }
        const QString actor = q.value(7).toString();
        if (q.value(0).toString() == QLatin1String("split")) {
            recs[a].isolated = true;
            continue;
        }
        const int b = find(q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        if (b >= 0) {
            edges.append({a, b, QStringLiteral("manual"), 1.0,
                          tr("merged by %1 (decision %2)").arg(actor, q.value(8).toString()), true});
        }
    }
    return {};
}

Status IdentityResolver::Impl::referenceEdges() {
    auto groups = referenceGroups(db);
    if (!groups) {
        return groups.error();
    }
    for (auto it = groups->constBegin(); it != groups->constEnd(); ++it) {
        int first = -1;
        for (qint64 id : it.value()) {
            if (const int found = indexOf(id); found < 0) {
                continue;
            } else if (first < 0) {
                first = found;
            } else {
                edges.append({first, found, keykinds::Reference, 1.0, keykinds::Reference + u' ' + it.key(), false});
            }
        }
    }
    return {};
}

void IdentityResolver::Impl::match() {
    matcher.deterministic(edges);
}

QList<int> IdentityResolver::Impl::cluster(QList<Edge>& applied, const std::function<void(const char*)>& lap) {
    UnionFind uf(recs);
    // Supervisors' merges first, then duplicates inside one system (they may join two ids), then the rest. Mostly
    // there are none of the first two: the edges are in that order already (a million edges moved by a merge sort).
    const auto before = [](const Edge& l, const Edge& r) {
        return std::pair(l.forced, l.duplicate) > std::pair(r.forced, r.duplicate);
    };
    if (!std::is_sorted(edges.cbegin(), edges.cend(), before)) {
        std::stable_sort(edges.begin(), edges.end(), before);
    }
    QList<Suspect> refusedPairs;
    for (const Edge& e : std::as_const(edges)) {
        switch (uf.unite(e.a, e.b, e.forced, e.duplicate)) {
        case UnionFind::Outcome::Joined:
            applied.append(e);
            break;
        case UnionFind::Outcome::Already:
            break;
        case UnionFind::Outcome::RefusedStrong:
            ++refused;
            if (recs.at(e.a).source == recs.at(e.b).source) {
                // Two ids of one system on one key: shown for review, not silently refused.
                refusedPairs.append({e.a, e.b, std::min(e.score, rules.fuzzy.threshold - 0.01),
                                     e.evidence + tr(" — two %1 ids").arg(recs.at(e.a).source)});
            }
            qCDebug(lcStorage) << "refused" << e.rule << label(recs.at(e.a)) << label(recs.at(e.b));
            break;
        case UnionFind::Outcome::RefusedIsolated:
            ++refused;
            break;
        }
    }
    // Records whose only keys are shared by many people (a shop's support address), once the customers are known.
    matcher.sharedKeyEdges(uf, applied);
    if (lap) {
        lap("union");
    }
    matcher.fuzzy(uf, applied);
    if (lap) {
        lap("fuzzy");
    }
    refused += matcher.refused;
    QList<int> roots(recs.size());
    for (qsizetype i = 0; i < recs.size(); ++i) {
        roots[i] = uf.find(static_cast<int>(i));
    }
    // One suspected duplicate per pair of resulting clusters (the best-scoring record pair).
    QList<Suspect> all = matcher.suspects + refusedPairs;
    std::stable_sort(all.begin(), all.end(), [](const Suspect& l, const Suspect& r) { return l.score > r.score; });
    QSet<QPair<int, int>> seen;
    for (const Suspect& s : std::as_const(all)) {
        const int ra = roots.at(s.a), rb = roots.at(s.b);
        if (ra == rb) {
            continue;
        }
        const QPair<int, int> key(std::min(ra, rb), std::max(ra, rb));
        if (!seen.contains(key)) {
            seen.insert(key);
            suspects.append(s);
        }
    }
    return roots;
}

QList<IdentityResolver::Impl::Attribution> IdentityResolver::Impl::attribute(const QList<Edge>& applied) const {
    QList<bool> attributed(recs.size(), false);
    QList<Attribution> next(recs.size());
    const QString with = tr(" — with %1"); // translated once, not once per record
    // What arg() makes of it, without parsing the message a million times: the text around its one %1 (a translation
    // with other markers takes arg()).
    const qsizetype marker = with.indexOf(QLatin1String("%1"));
    const bool plain =
        marker >= 0 && with.count(u'%') == 1 && !(marker + 2 < with.size() && with.at(marker + 2).isDigit());
    const QString before = plain ? with.left(marker) : QString();
    const QString after = plain ? with.mid(marker + 2) : QString();
    for (const Edge& e : applied) {
        for (const auto& [self, other] : {std::pair(e.a, e.b), std::pair(e.b, e.a)}) {
            if (!attributed[self]) {
                attributed[self] = true;
                next[self].rule = e.rule;
                next[self].score = e.score;
                const Rec& o = recs.at(other);
                if (plain) {
                    next[self].evidence = e.evidence + before + o.source + u':' + o.sourceId + after;
                } else {
                    next[self].evidence = e.evidence + with.arg(label(o));
                }
            }
        }
    }
    return next;
}

QList<qint64> IdentityResolver::Impl::partyIds(const QList<int>& roots, qint64 firstNew, QList<qint64>& created) const {
    // Clusters, bigger first (then by their lowest record): each keeps the party most of its records had
    // and no bigger cluster claimed; a cluster left with none gets a new party.
    QHash<int, QList<int>> members;
    for (qsizetype i = 0; i < roots.size(); ++i) {
        members[roots.at(i)].append(static_cast<int>(i));
    }
    QList<const QList<int>*> order;
    order.reserve(members.size());
    for (const QList<int>& m : std::as_const(members)) {
        order.append(&m);
    }
    std::sort(order.begin(), order.end(), [](const QList<int>* l, const QList<int>* r) {
        return l->size() != r->size() ? l->size() > r->size() : l->first() < r->first();
    });
    QList<qint64> partyOf(recs.size(), 0);
    QSet<qint64> claimed;
    claimed.reserve(members.size());
    QHash<qint64, int> votes;
    for (const QList<int>* m : std::as_const(order)) {
        votes.clear();
        for (int i : *m) {
            if (recs.at(i).party > 0 && !claimed.contains(recs.at(i).party)) {
                ++votes[recs.at(i).party];
            }
        }
        qint64 party = 0;
        int best = 0;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < party)) {
                party = it.key();
                best = it.value();
            }
        }
        if (party == 0) {
            party = firstNew + created.size();
            created.append(party);
        }
        claimed.insert(party);
        for (int i : *m) {
            partyOf[i] = party;
        }
    }
    return partyOf;
}

Status IdentityResolver::Impl::assignParties(const QList<int>& roots, const QList<Attribution>& next, qint64 nowMs,
                                             ResolveSummary& summary, QSet<qint64>& touched) {
    const QString failed = tr("Identity resolution could not update the local cache.");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM party")) || !q.next()) {
        return sql::error(q, failed);
    }
    QList<qint64> created;
    partyOf = partyIds(roots, q.value(0).toLongLong() + 1, created);
    q.finish();
    // The parties that change: those a record joins or leaves.
    for (qsizetype i = 0; i < recs.size(); ++i) {
        if (const qint64 before = recs.at(i).party; before != partyOf.at(i)) {
            touched.insert(partyOf.at(i));
            if (before > 0) {
                touched.insert(before);
            }
        }
    }
    QSet<qint64> parties(partyOf.cbegin(), partyOf.cend());
    summary.records = static_cast<int>(recs.size());
    summary.parties = static_cast<int>(parties.size());
    if (wholePartyKeys(touched, summary.parties)) {
        // Counted on the second core while the links are written below (only read there: recs, partyOf, keys).
        try {
            partyKeys = std::async(std::launch::async, [this] {
                TalliedKeys t;
                t.rows = keys.partyKeys(recs, partyOf);
                t.golden = identity::goldenKeys(keys, t.rows, recs);
                return t;
            });
        } catch (const std::system_error&) {
            // No thread to be had: rebuildDerived groups the cache's tables instead.
        }
    }
    // Many new parties (a first resolution): each row is inserted once, with its golden record, by
    // PartyAggregator::recomputeMany (they are all among the parties recomputed, at least kManyParties of them), and
    // the links' references to them are checked at commit. A few: an empty row each now, updated in its place.
    if (created.size() >= PartyAggregator::kManyParties) {
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
            return sql::error(q, failed);
        }
        created.clear();
    }
    sql::Statement insertParty(db, "INSERT INTO party(id, updated_ms) VALUES(?, ?)", failed);
    if (!insertParty.prepared()) {
        return insertParty.error();
    }
    for (qint64 party : std::as_const(created)) {
        insertParty.bind(1, party);
        insertParty.bind(2, nowMs);
        if (Status s = insertParty.run(); !s) {
            return s;
        }
    }
    // Links written in record order (the order of party_link's and timeline_event_record's b-trees), and
    // only where the party, rule, score or evidence changed; one prepared statement each (SQLite's own API: a first
    // resolution writes a million links), the moved records' events through a temporary table.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS resolve_move(record_id INTEGER PRIMARY KEY, "
                               "party_id INTEGER NOT NULL)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.resolve_move"))) {
        return sql::error(q, failed);
    }
    sql::Statement updateLink(
        db,
        "INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity, score, evidence) VALUES(?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT(record_id) DO UPDATE SET party_id = excluded.party_id, rule = excluded.rule, score = "
        "excluded.score, evidence = excluded.evidence, entity = excluded.entity, linked_ms = CASE WHEN "
        "party_link.party_id = excluded.party_id THEN party_link.linked_ms ELSE excluded.linked_ms END",
        failed);
    // A record without a link yet (all of them in a first resolution): a plain insert, without the conflict's probe.
    sql::Statement insertLink(db,
                              "INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity, score, evidence) "
                              "VALUES(?, ?, ?, ?, ?, ?, ?)",
                              failed);
    sql::Statement move(db, "INSERT INTO temp.resolve_move(record_id, party_id) VALUES(?, ?)", failed);
    for (const sql::Statement* st : {&updateLink, &insertLink, &move}) {
        if (!st->prepared()) {
            return st->error();
        }
    }
    // The moved records' events follow them (through a temporary table); a cache without timeline events (a first
    // resolution of records imported without events) skips a million rows there.
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM timeline_event)")) || !q.next()) {
        return sql::error(q, failed);
    }
    const bool events = q.value(0).toLongLong() != 0;
    q.finish();
    qsizetype moves = 0;
    for (qsizetype i = 0; i < recs.size(); ++i) {
        const Rec& before = recs.at(i);
        const Attribution& after = next.at(i);
        const qint64 party = partyOf.at(i);
        const bool moved = before.party != party;
        if (!moved && before.rule == after.rule && qFuzzyCompare(before.score, after.score) &&
            before.evidence == after.evidence) {
            continue;
        }
        sql::Statement& link = before.party > 0 ? updateLink : insertLink;
        link.bind(1, before.id);
        link.bind(2, party);
        link.bind(3, after.rule);
        link.bind(4, nowMs);
        link.bind(5, before.entity);
        link.bind(6, after.score);
        link.bind(7, after.evidence.isEmpty() ? QString() : after.evidence); // NULL for none
        if (Status s = link.run(); !s) {
            return s;
        }
        if (moved) {
            ++summary.recordsMoved;
            if (!events) {
                continue;
            }
            move.bind(1, before.id);
            move.bind(2, party);
            if (Status s = move.run(); !s) {
                return s;
            }
            ++moves;
        }
    }
    if (moves > 0 &&
        (!q.exec(QStringLiteral("UPDATE timeline_event SET party_id = (SELECT m.party_id FROM temp.resolve_move m "
                                "WHERE m.record_id = timeline_event.record_id) WHERE record_id IN (SELECT record_id "
                                "FROM temp.resolve_move)")) ||
         !q.exec(QStringLiteral("DELETE FROM temp.resolve_move")))) {
        return sql::error(q, failed);
    }
    for (const Attribution& r : next) {
        ++summary.linksByRule[r.rule];
    }
    return {};
}

Status IdentityResolver::Impl::rebuildDerived(const QSet<qint64>& touched, int parties) {
    const QString failed = tr("Identity resolution could not update the local cache.");
    // party_key: what the party's linked records carry (all kinds but source ids and phone readings that are only
    // candidates). Rebuilt whole when many parties changed; else for the changed parties only (one index range each:
    // the cache writer keeps the others' tallies as it links, and their links did not change).
    static constexpr const char* kPartyKeys =
        "INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms) "
        "SELECT pl.party_id, rk.kind, rk.value, count(*), min(rk.record_id), max(coalesce(sr.updated_at, 0)) "
        "FROM %1 JOIN record_key rk ON rk.record_id = pl.record_id "
        "JOIN source_record sr ON sr.id = rk.record_id WHERE %2 rk.kind <> 'source_id' "
        "AND (rk.linking = 1 OR rk.kind <> 'phone') "
        "GROUP BY pl.party_id, rk.kind, rk.value";
    QSqlQuery q(db);
    if (partyKeys.valid()) {
        // Whole, as counted while the links were written: the same rows as the statement above.
        TalliedKeys tallied = partyKeys.get();
        const std::vector<identity::KeyTally::Row>& rows = tallied.rows;
        if (!q.exec(QStringLiteral("DELETE FROM party_key"))) {
            return sql::error(q, failed);
        }
        sql::Statement insert(db,
                              "INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms) "
                              "VALUES(?, ?, ?, ?, ?, ?)",
                              failed);
        if (!insert.prepared()) {
            return insert.error();
        }
        for (const identity::KeyTally::Row& r : rows) {
            insert.bind(1, r.party);
            insert.bindUtf8(2, keys.kind(r.kind));
            insert.bindUtf8(3, keys.value(r));
            insert.bind(4, r.records);
            insert.bind(5, r.firstRecord);
            insert.bind(6, r.lastMs);
            if (Status s = insert.run(); !s) {
                return s;
            }
        }
        goldenKeys = std::move(tallied.golden);
    } else if (wholePartyKeys(touched, parties)) {
        if (!q.exec(QStringLiteral("DELETE FROM party_key")) ||
            !q.exec(QString::fromLatin1(kPartyKeys).arg(QStringLiteral("party_link pl"), QString()))) {
            return sql::error(q, failed);
        }
    } else {
        QSqlQuery drop(db), insert(db);
        if (!drop.prepare(QStringLiteral("DELETE FROM party_key WHERE party_id = ?")) ||
            !insert.prepare(QString::fromLatin1(kPartyKeys)
                                .arg(QStringLiteral("party_link pl"), QStringLiteral("pl.party_id = ? AND")))) {
            return sql::error(insert, failed);
        }
        QList<qint64> ids(touched.cbegin(), touched.cend());
        std::sort(ids.begin(), ids.end());
        for (qint64 party : std::as_const(ids)) {
            if (!sql::exec(drop, {party})) {
                return sql::error(drop, failed);
            }
            if (!sql::exec(insert, {party})) {
                return sql::error(insert, failed);
            }
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM identity_key_block"))) {
        return sql::error(q, failed);
    }
    QSqlQuery block(db);
    if (!block.prepare(QStringLiteral("INSERT OR REPLACE INTO identity_key_block(kind, value, reason, distinct_names) "
                                      "VALUES(?,?,?,?)"))) {
        return sql::error(block, failed);
    }
    for (const Block& b : std::as_const(matcher.blocks)) {
        if (!sql::exec(block, {b.kind, b.value, b.reason, b.names})) {
            return sql::error(block, failed);
        }
    }
    return {};
}

Status IdentityResolver::Impl::recomputeParties(QSet<qint64>& touched, qint64 nowMs) {
    QSqlQuery q(db);
    // Parties that lost every record are removed by the aggregator.
    if (!q.exec(QStringLiteral("SELECT id FROM party WHERE NOT EXISTS (SELECT 1 FROM party_link pl WHERE "
                               "pl.party_id = party.id)"))) {
        return sql::error(q, tr("Identity resolution could not update the local cache."));
    }
    while (q.next()) {
        touched.insert(q.value(0).toLongLong());
    }
    // Golden records computed under another survivorship policy (rules.json changed).
    auto stale = PartyAggregator::computedUnderAnotherPolicy(db, rules.survivorship);
    if (!stale) {
        return stale.error();
    }
    touched.unite(*stale);
    PartyAggregator aggregator(db, rules.survivorship);
    if (Status s = aggregator.prepare(); !s) {
        return s.error();
    }
    if (!touched.isEmpty() && partyOf.size() == recs.size()) {
        aggregator.setKnownSources(identity::sourceCounts(recs, partyOf)); // every link is in memory
    }
    if (goldenKeys) {
        aggregator.setKnownKeys(std::move(*goldenKeys)); // party_key was written whole from memory
        goldenKeys.reset();
    }
    if (auto alive = aggregator.recompute(touched, nowMs); !alive) {
        return alive.error();
    }
    return {};
}

IdentityResolver::IdentityResolver(QSqlDatabase db, IdentityRules rules, IdentityConfig config)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
    , m_normalizer(std::move(config)) {}

Result<QList<SuspectedDuplicate>> IdentityResolver::suspectedDuplicates(int limit) {
    Impl impl(m_db, m_rules);
    if (Status s = impl.load(); !s) {
        return s.error();
    }
    impl.match();
    QList<Edge> applied;
    impl.cluster(applied);
    QList<SuspectedDuplicate> out;
    for (const Suspect& s : std::as_const(impl.suspects)) {
        if (out.size() >= limit) {
            break;
        }
        const Rec& a = impl.recs.at(s.a);
        const Rec& b = impl.recs.at(s.b);
        if (a.party == b.party) {
            continue;
        }
        out.append({a.id, b.id, a.party, b.party, s.score, s.why});
    }
    return out;
}

namespace {
// A bigger page cache for one resolution: it reads and rewrites whole tables (party_link, party_key, party_field),
// which spilled out of the connection's own cache (Database::Options::cacheSizeKiB) and were read again. The
// connection's size is set back afterwards; SQLite takes the pages only as it needs them.
class PageCacheScope {
public:
    explicit PageCacheScope(QSqlDatabase db)
        : m_db(std::move(db)) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            m_previous = q.value(0).toLongLong();
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kResolveCacheKiB));
        }
    }
    ~PageCacheScope() {
        if (m_previous != 0) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        }
    }
    Q_DISABLE_COPY_MOVE(PageCacheScope)

private:
    static constexpr qint64 kResolveCacheKiB = 1024 * 1024; // 1 GiB at most
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

// Times the phases of one resolution into its summary.
class PhaseClock {
public:
    explicit PhaseClock(ResolveSummary& summary)
        : m_summary(summary)
        , m_cpu(std::clock()) {
        m_timer.start();
    }
    void lap(const char* phase) {
        const std::clock_t now = std::clock();
        m_summary.phases.append({QString::fromLatin1(phase), m_timer.restart(),
                                 static_cast<qint64>(double(now - m_cpu) * 1000.0 / CLOCKS_PER_SEC)});
        m_cpu = now;
    }

private:
    ResolveSummary& m_summary;
    QElapsedTimer m_timer;
    std::clock_t m_cpu;
};
} // namespace

// The phases, in order: load (records, keys, decisions, references) -> match (deterministic edges) ->
// union (the edges applied under the guard-rails) -> fuzzy (the weighted rule) -> cluster (suspects, attribution) ->
// assign (party ids, party_link, timeline) -> derived (party_key, identity_key_block) -> golden (changed parties
// recomputed) -> commit. One transaction.
Result<ResolveSummary> IdentityResolver::resolveAll(qint64 nowMs) {
    const PageCacheScope pageCache(m_db);
    Transaction tx(m_db);
    if (!tx.active()) {
        return sql::error(m_db, tr("The local cache is busy or read-only; identity resolution did not run."));
    }
    ResolveSummary summary;
    PhaseClock clock(summary);
    Impl impl(m_db, m_rules);
    if (Status s = impl.load(); !s) {
        return s.error();
    }
    clock.lap("load");
    impl.match();
    clock.lap("match");
    QList<Edge> applied;
    const QList<int> roots = impl.cluster(applied, [&clock](const char* phase) { clock.lap(phase); });
    const auto next = impl.attribute(applied);
    clock.lap("cluster");
    summary.records = static_cast<int>(impl.recs.size());
    QSet<qint64> touched;
    if (Status s = impl.assignParties(roots, next, nowMs, summary, touched); !s) {
        return s.error();
    }
    clock.lap("assign");
    if (Status s = impl.rebuildDerived(touched, summary.parties); !s) {
        return s.error();
    }
    clock.lap("derived");
    if (Status s = impl.recomputeParties(touched, nowMs); !s) {
        return s.error();
    }
    clock.lap("golden");
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    clock.lap("commit");
    summary.partiesChanged = static_cast<int>(touched.size());
    summary.blockedKeys = static_cast<int>(impl.matcher.blocks.size());
    summary.refusedMerges = impl.refused;
    summary.suspectedDuplicates = static_cast<int>(impl.suspects.size());
    qCInfo(lcStorage) << "identity resolved:" << summary.records << "records," << summary.parties << "parties,"
                      << summary.recordsMoved << "moved," << summary.blockedKeys << "keys blocked";
    return summary;
}

Result<qint64> IdentityResolver::decide(const IdentityDecision& d, qint64 nowMs) {
    if (d.kind != QLatin1String("merge") && d.kind != QLatin1String("split")) {
        return Error{tr("A decision is either a merge or a split."), d.kind};
    }
    if (d.aSourceId.isEmpty() || (d.kind == QLatin1String("merge") && d.bSourceId.isEmpty())) {
        return Error{tr("A merge names two records; a split names one."), QStringLiteral("missing source id")};
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO identity_decision(kind, a_source, a_stream, a_source_id, b_source, "
                                  "b_stream, b_source_id, actor, reason, created_ms, idempotency_key) "
                                  "VALUES(?,?,?,?,?,?,?,?,?,?,?)")) ||
        !sql::exec(q, {d.kind, d.aSource, d.aStream, d.aSourceId, sql::text(d.bSource), sql::text(d.bStream),
                       sql::text(d.bSourceId), d.actor, sql::text(d.reason), nowMs,
                       QUuid::createUuid().toString(QUuid::WithoutBraces)})) {
        return sql::error(q, tr("The decision could not be stored."));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = resolveAll(nowMs); !r) {
        return r.error();
    }
    return id;
}

Result<ResolveSummary> IdentityResolver::undoDecision(qint64 decisionId, qint64 nowMs) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT revoked_ms FROM identity_decision WHERE id = ?")) ||
        !sql::exec(q, {decisionId})) {
        return sql::error(q, tr("The decision could not be read."));
    }
    if (!q.next()) {
        return Error{tr("There is no decision %1 to undo.").arg(decisionId), QStringLiteral("no such decision")};
    }
    if (!q.value(0).isNull()) {
        return Error{tr("Decision %1 was undone already.").arg(decisionId), QStringLiteral("already revoked")};
    }
    q.finish();
    if (!q.prepare(QStringLiteral("UPDATE identity_decision SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL")) ||
        !sql::exec(q, {nowMs, decisionId})) {
        return sql::error(q, tr("The decision could not be undone."));
    }
    qCInfo(lcStorage) << "identity decision" << decisionId << "undone";
    return resolveAll(nowMs);
}

namespace {
StoredDecision decisionAt(const QSqlQuery& q) {
    StoredDecision d;
    d.id = q.value(0).toLongLong();
    d.decision = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                  q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    d.createdMs = q.value(10).toLongLong();
    return d;
}
} // namespace

Result<StoredDecision> IdentityResolver::storedDecision(qint64 decisionId) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id, kind, a_source, a_stream, a_source_id, b_source, b_stream, b_source_id, "
                                  "actor, reason, created_ms FROM identity_decision WHERE id = ?")) ||
        !sql::exec(q, {decisionId})) {
        return sql::error(q, tr("The decision could not be read."));
    }
    if (!q.next()) {
        return Error{tr("There is no decision %1 to undo.").arg(decisionId), QStringLiteral("no such decision")};
    }
    return decisionAt(q);
}

Result<QList<StoredDecision>> IdentityResolver::activeDecisions(int limit) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id, kind, a_source, a_stream, a_source_id, b_source, b_stream, b_source_id, "
                                  "actor, reason, created_ms FROM identity_decision WHERE revoked_ms IS NULL "
                                  "ORDER BY id DESC LIMIT ?")) ||
        !sql::exec(q, {limit})) {
        return sql::error(q, tr("The decisions could not be read."));
    }
    QList<StoredDecision> out;
    while (q.next()) {
        out.append(decisionAt(q));
    }
    return out;
}

Result<QList<IdentityLabel>> IdentityResolver::readLabels(const QString& csvPath) {
    return identitylabels::read(csvPath);
}

Result<PairwiseReport> IdentityResolver::report(QSqlDatabase db, const QList<IdentityLabel>& labels) {
    return identitylabels::score(db, labels);
}

} // namespace c360

#include "models/IdentityResolver.h"

#include "models/Database.h"
#include "models/Log.h"
#include "models/NameMatch.h"
#include "models/PartyAggregator.h"
#include "models/RecordFacts.h"
#include "models/RecordReferences.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <numeric>

namespace c360 {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::IdentityResolver::Impl", text);
}

struct Rec {
    qint64 id = 0;
    QString source, stream, sourceId, entity;
    qint64 party = 0;
    QString rule;
    double score = 1;
    QString evidence;
    QString name, nameKey; // as written; sorted pinyin/ASCII tokens
    names::NameForm nameForm;
    QStringList emails, phones, wechats;
    QString strongNs, strongId; // an external customer id and its namespace (the source that issued it):
                                // a CRM customer's own id (ns "crm"), an order's customer_id (ns: the shop)
    QString city;
    bool isolated = false; // a split decision took it out of its party
};

struct Edge {
    int a = 0, b = 0;
    QString rule;
    double score = 1;
    QString evidence;
    bool forced = false; // a supervisor's merge
};

struct Block {
    QString kind, value, reason;
    int names = 0;
};

struct Suspect {
    int a = 0, b = 0;
    double score = 0;
    QString why;
};

class UnionFind {
public:
    explicit UnionFind(const QList<Rec>& recs)
        : m_parent(recs.size()) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        m_strong.resize(recs.size());
        m_isolated.resize(recs.size());
        for (qsizetype i = 0; i < recs.size(); ++i) {
            if (!recs.at(i).strongId.isEmpty()) {
                m_strong[i].insert(recs.at(i).strongNs, recs.at(i).strongId);
            }
            m_isolated[i] = recs.at(i).isolated;
        }
    }
    int find(int x) {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    // False when the rules forbid the union (conflicting strong ids, an isolated record).
    bool unite(int a, int b, bool forced) {
        int ra = find(a), rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (!forced) {
            if (m_isolated[a] || m_isolated[b]) { // per record: a split record joins only by a merge decision
                return false;
            }
            for (auto it = m_strong[rb].constBegin(); it != m_strong[rb].constEnd(); ++it) {
                const auto other = m_strong[ra].constFind(it.key());
                if (other != m_strong[ra].constEnd() && *other != it.value()) {
                    return false; // two different ids issued by one system: two customers
                }
            }
        }
        if (m_strong[ra].size() < m_strong[rb].size()) {
            std::swap(ra, rb);
        }
        m_parent[rb] = ra;
        m_strong[ra].insert(m_strong[rb]);
        return true;
    }

private:
    QList<int> m_parent;
    QList<QHash<QString, QString>> m_strong; // namespace -> id
    QList<bool> m_isolated;
};

QString emailLocal(const QString& email) {
    QString local = email.left(email.indexOf(u'@'));
    const qsizetype plus = local.indexOf(u'+');
    if (plus > 0) {
        local.truncate(plus);
    }
    local.remove(u'.');
    return local;
}

QString label(const Rec& r) {
    return r.source + u':' + r.sourceId;
}

} // namespace

struct IdentityResolver::Impl {
    QSqlDatabase db;
    const IdentityRules& rules;

    QList<Rec> recs;
    QHash<qint64, int> byId;
    QList<Edge> edges;
    QList<Block> blocks;
    QList<Suspect> suspects;
    int refused = 0;

    Status load();
    Status referenceEdges();
    void deterministicEdges();
    void groupEdges(const DeterministicRule& rule, const QHash<QString, QList<int>>& groups);
    void fuzzy(UnionFind& uf, QList<Edge>& out);
    QList<int> cluster(QList<Edge>& applied);
};

Status IdentityResolver::Impl::load() {
    const QString failed = tr("The records could not be read for identity resolution.");
    const DeterministicRule* crm = rules.ruleFor(QStringLiteral("crm_id"));
    const QString strongSource = crm ? crm->source : QString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sr.id, sr.source, sr.stream, sr.source_id, sr.entity, pl.party_id, pl.rule, "
                               "pl.score, pl.evidence FROM source_record sr LEFT JOIN party_link pl ON pl.record_id = "
                               "sr.id WHERE sr.deleted = 0 ORDER BY sr.id"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        Rec r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.stream = q.value(2).toString();
        r.sourceId = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.party = q.value(5).toLongLong();
        r.rule = q.value(6).toString();
        r.score = q.value(7).isNull() ? 1.0 : q.value(7).toDouble();
        r.evidence = q.value(8).toString();
        if (r.entity == QLatin1String("customer") && r.source == strongSource) {
            r.strongNs = r.source;
            r.strongId = r.sourceId;
        }
        byId.insert(r.id, static_cast<int>(recs.size()));
        recs.append(std::move(r));
    }
    if (!q.exec(QStringLiteral("SELECT record_id, kind, value FROM record_key WHERE kind IN ('email', 'phone', "
                               "'wechat', 'name')"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const auto it = byId.constFind(q.value(0).toLongLong());
        if (it == byId.constEnd()) {
            continue;
        }
        Rec& r = recs[*it];
        const QString kind = q.value(1).toString();
        const QString value = q.value(2).toString();
        if (kind == keykinds::Email) {
            r.emails << rules.emailKey(value);
        } else if (kind == keykinds::Phone) {
            r.phones << value;
        } else if (kind == keykinds::WeChat) {
            r.wechats << value;
        } else if (r.name.isEmpty()) {
            r.name = value;
            r.nameForm = names::form(value);
            r.nameKey = r.nameForm.key();
        }
    }
    if (!q.exec(QStringLiteral("SELECT record_id, customer_id FROM orders WHERE coalesce(customer_id, '') <> ''"))) {
        return sql::error(q, failed);
    }
    while (q.next() && !strongSource.isEmpty()) {
        if (const auto it = byId.constFind(q.value(0).toLongLong()); it != byId.constEnd()) {
            // The order's customer id: a CRM id when the CRM issued it (see deterministicEdges), else the
            // shop's own customer number — strong within the shop either way.
            recs[*it].strongNs = recs[*it].source;
            recs[*it].strongId = q.value(1).toString().trimmed();
        }
    }
    if (!q.exec(QStringLiteral("SELECT record_id, city FROM customer_profile WHERE coalesce(city, '') <> ''"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        if (const auto it = byId.constFind(q.value(0).toLongLong()); it != byId.constEnd()) {
            recs[*it].city = Normalizer::nameKey(q.value(1).toString());
        }
    }

    // Supervisors' decisions (not revoked), oldest first.
    QHash<QString, int> bySourceId;
    for (qsizetype i = 0; i < recs.size(); ++i) {
        const Rec& r = recs.at(i);
        bySourceId.insert(r.source + u'\x1f' + r.stream + u'\x1f' + r.sourceId, static_cast<int>(i));
    }
    if (!q.exec(QStringLiteral("SELECT kind, a_source, a_stream, a_source_id, b_source, b_stream, b_source_id, actor, "
                               "id FROM identity_decision WHERE revoked_ms IS NULL ORDER BY id"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const int a = bySourceId.value(
            q.value(1).toString() + u'\x1f' + q.value(2).toString() + u'\x1f' + q.value(3).toString(), -1);
        if (a < 0) {
            continue; // the record is gone (deleted at the source)
        }
        const QString actor = q.value(7).toString();
        if (q.value(0).toString() == QLatin1String("split")) {
            recs[a].isolated = true;
            continue;
        }
        const int b = bySourceId.value(
            q.value(4).toString() + u'\x1f' + q.value(5).toString() + u'\x1f' + q.value(6).toString(), -1);
        if (b >= 0) {
            edges.append({a, b, QStringLiteral("manual"), 1.0,
                          tr("merged by %1 (decision %2)").arg(actor, q.value(8).toString()), true});
        }
    }
    return referenceEdges();
}

// A record and the record it refers to (models/RecordReferences.h): strong links, tried before keys.
Status IdentityResolver::Impl::referenceEdges() {
    auto groups = referenceGroups(db);
    if (!groups) {
        return groups.error();
    }
    for (auto it = groups->constBegin(); it != groups->constEnd(); ++it) {
        int first = -1;
        for (qint64 id : it.value()) {
            if (const auto found = byId.constFind(id); found == byId.constEnd()) {
                continue;
            } else if (first < 0) {
                first = *found;
            } else {
                edges.append({first, *found, keykinds::Reference, 1.0, keykinds::Reference + u' ' + it.key(), false});
            }
        }
    }
    return {};
}

void IdentityResolver::Impl::groupEdges(const DeterministicRule& rule, const QHash<QString, QList<int>>& groups) {
    const double minSim = rules.fuzzy.minNameSimilarity;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QList<int>& members = it.value();
        if (members.size() < 2) {
            continue;
        }
        const QString evidence = rule.kind + u' ' + it.key();
        // Distinct names on this key, grouped by compatibility (typos, word order, pinyin).
        QList<const names::NameForm*> reps; // one name per name group
        QHash<int, int> groupOf;            // member -> name group
        for (int m : members) {
            const names::NameForm& k = recs.at(m).nameForm;
            if (k.isEmpty()) {
                continue;
            }
            int g = -1;
            for (qsizetype i = 0; i < reps.size() && g < 0; ++i) {
                if (names::similarity(*reps.at(i), k) >= minSim) {
                    g = static_cast<int>(i);
                }
            }
            if (g < 0) {
                g = static_cast<int>(reps.size());
                reps << &k;
            }
            groupOf.insert(m, g);
        }
        const int distinct = static_cast<int>(reps.size());
        if (rule.maxDistinctNames > 0 && distinct > rule.maxDistinctNames) {
            blocks.append({rule.kind, it.key(), QStringLiteral("shared"), distinct});
            continue;
        }
        if (rule.requireCompatibleNames && distinct >= 2) {
            // Several people on one key (a family line): link only the records whose names agree.
            blocks.append({rule.kind, it.key(), QStringLiteral("ambiguous"), distinct});
            QHash<int, int> first;
            for (int m : members) {
                const auto g = groupOf.constFind(m);
                if (g == groupOf.constEnd()) {
                    continue;
                }
                if (!first.contains(*g)) {
                    first.insert(*g, m);
                } else {
                    edges.append({first.value(*g), m, rule.rule, 0.95, evidence + tr(" (names agree)"), false});
                }
            }
            continue;
        }
        for (qsizetype i = 1; i < members.size(); ++i) {
            edges.append({members.first(), members.at(i), rule.rule, 1.0, evidence, false});
        }
    }
}

void IdentityResolver::Impl::deterministicEdges() {
    QHash<QString, QList<int>> customers; // source_id of the strong source's customer records
    for (qsizetype i = 0; i < recs.size(); ++i) {
        if (!recs.at(i).strongId.isEmpty() && recs.at(i).entity == QLatin1String("customer")) {
            customers[recs.at(i).sourceId].append(static_cast<int>(i));
        }
    }
    for (const DeterministicRule& rule : rules.deterministic) {
        if (rule.kind == QLatin1String("crm_id")) {
            QHash<QString, QList<int>> byCustomerId; // (source, customer id) of orders
            for (qsizetype i = 0; i < recs.size(); ++i) {
                Rec& r = recs[i];
                if (r.entity == QLatin1String("customer") || r.strongId.isEmpty()) {
                    continue;
                }
                const QList<int> crm = customers.value(r.strongId);
                if (!crm.isEmpty()) {
                    // The shop stored the CRM's id: the order's id is the CRM one (same namespace).
                    r.strongNs = recs.at(crm.first()).strongNs;
                    for (int c : crm) {
                        edges.append(
                            {c, static_cast<int>(i), rule.rule, 1.0, tr("customer id %1").arg(r.strongId), false});
                    }
                }
                byCustomerId[r.strongNs + u'\x1f' + r.strongId].append(static_cast<int>(i));
            }
            for (const QList<int>& same : std::as_const(byCustomerId)) {
                for (qsizetype k = 1; k < same.size(); ++k) {
                    edges.append({same.first(), same.at(k), rule.rule, 1.0,
                                  tr("customer id %1").arg(recs.at(same.first()).strongId), false});
                }
            }
            continue;
        }
        QHash<QString, QList<int>> groups;
        for (qsizetype i = 0; i < recs.size(); ++i) {
            const Rec& r = recs.at(i);
            const QStringList& values = rule.kind == keykinds::Email    ? r.emails
                                        : rule.kind == keykinds::Phone  ? r.phones
                                        : rule.kind == keykinds::WeChat ? r.wechats
                                                                        : QStringList();
            for (const QString& v : values) {
                groups[v].append(static_cast<int>(i));
            }
        }
        groupEdges(rule, groups);
    }
}

void IdentityResolver::Impl::fuzzy(UnionFind& uf, QList<Edge>& out) {
    const FuzzyRule& f = rules.fuzzy;
    // Distinct name keys, blocked by each of their tokens; pairs of similar names, then their records.
    QHash<QString, QList<int>> byName;
    for (qsizetype i = 0; i < recs.size(); ++i) {
        if (!recs.at(i).nameKey.isEmpty()) {
            byName[recs.at(i).nameKey].append(static_cast<int>(i));
        }
    }
    QHash<QString, QStringList> byToken;
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        for (const QString& t : it.key().split(u' ', Qt::SkipEmptyParts)) {
            byToken[t].append(it.key());
        }
    }
    QSet<QString> seenNamePairs;
    QList<std::pair<QString, QString>> namePairs;
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        namePairs.append({it.key(), it.key()});
    }
    for (auto it = byToken.constBegin(); it != byToken.constEnd(); ++it) {
        const QStringList& keys = it.value();
        if (keys.size() > 400) {
            continue; // a very common token: the other token of the name blocks it
        }
        for (qsizetype i = 0; i < keys.size(); ++i) {
            for (qsizetype j = i + 1; j < keys.size(); ++j) {
                const QString pairKey =
                    keys.at(i) < keys.at(j) ? keys.at(i) + u'|' + keys.at(j) : keys.at(j) + u'|' + keys.at(i);
                if (seenNamePairs.contains(pairKey)) {
                    continue;
                }
                seenNamePairs.insert(pairKey);
                if (names::similarity(recs.at(byName.value(keys.at(i)).first()).nameForm,
                                      recs.at(byName.value(keys.at(j)).first()).nameForm) >= f.minNameSimilarity) {
                    namePairs.append({keys.at(i), keys.at(j)});
                }
            }
        }
    }
    QList<Suspect> found;
    for (const auto& [ka, kb] : std::as_const(namePairs)) {
        const QList<int> ra = byName.value(ka), rb = byName.value(kb);
        if (ra.size() * rb.size() > 250000) {
            continue;
        }
        const double nameSim = names::similarity(recs.at(ra.first()).nameForm, recs.at(rb.first()).nameForm);
        for (int a : ra) {
            for (int b : rb) {
                if ((ka == kb && b <= a) || uf.find(a) == uf.find(b)) {
                    continue;
                }
                const Rec& x = recs.at(a);
                const Rec& y = recs.at(b);
                double email = 0, phone = 0, city = 0;
                QStringList why{tr("name %1").arg(QString::number(nameSim, 'f', 2))};
                for (const QString& e1 : x.emails) {
                    for (const QString& e2 : y.emails) {
                        const double s = names::jaroWinkler(emailLocal(e1), emailLocal(e2));
                        email = std::max(email, s >= 0.85 ? s : 0.0);
                    }
                }
                for (const QString& p1 : x.phones) {
                    for (const QString& p2 : y.phones) {
                        if (p1.size() >= 7 && p2.size() >= 7 && p1.right(7) == p2.right(7)) {
                            phone = 1;
                        }
                    }
                }
                if (!x.city.isEmpty() && x.city == y.city) {
                    city = 1;
                }
                if (email > 0) {
                    why << tr("e-mail %1").arg(QString::number(email, 'f', 2));
                }
                if (phone > 0) {
                    why << tr("phone ends alike");
                }
                if (city > 0) {
                    why << tr("same city");
                }
                if (email == 0 && phone == 0 && city == 0) {
                    continue; // never on a name alone
                }
                const double score = f.wName * nameSim + f.wEmailLocal * email + f.wPhoneTail * phone + f.wCity * city;
                if (score >= f.reviewThreshold) {
                    found.append({a, b, score, why.join(QStringLiteral(", "))});
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Suspect& l, const Suspect& r) {
        return l.score != r.score ? l.score > r.score : std::pair(l.a, l.b) < std::pair(r.a, r.b);
    });
    for (const Suspect& s : std::as_const(found)) {
        if (s.score >= f.threshold) {
            const Edge e{s.a, s.b, f.rule, s.score, s.why, false};
            if (uf.unite(e.a, e.b, false)) {
                out.append(e);
            } else {
                ++refused;
            }
        } else if (uf.find(s.a) != uf.find(s.b)) {
            suspects.append(s);
        }
    }
}

// Applies the edges in priority order; returns each record's cluster root. `applied`: accepted edges.
QList<int> IdentityResolver::Impl::cluster(QList<Edge>& applied) {
    UnionFind uf(recs);
    std::stable_sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) { return l.forced > r.forced; });
    for (const Edge& e : std::as_const(edges)) {
        if (uf.unite(e.a, e.b, e.forced)) {
            applied.append(e);
        } else {
            ++refused;
            qCDebug(lcStorage) << "refused" << e.rule << label(recs.at(e.a)) << label(recs.at(e.b));
        }
    }
    fuzzy(uf, applied);
    QList<int> roots(recs.size());
    for (qsizetype i = 0; i < recs.size(); ++i) {
        roots[i] = uf.find(static_cast<int>(i));
    }
    // One suspected duplicate per pair of resulting clusters (the best-scoring record pair).
    QSet<QPair<int, int>> seen;
    QList<Suspect> kept;
    for (const Suspect& s : std::as_const(suspects)) {
        const int ra = roots.at(s.a), rb = roots.at(s.b);
        if (ra == rb) {
            continue;
        }
        const QPair<int, int> key(std::min(ra, rb), std::max(ra, rb));
        if (!seen.contains(key)) {
            seen.insert(key);
            kept.append(s);
        }
    }
    suspects = std::move(kept);
    return roots;
}

IdentityResolver::IdentityResolver(QSqlDatabase db, IdentityRules rules, IdentityConfig config)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
    , m_normalizer(std::move(config)) {}

Result<QList<SuspectedDuplicate>> IdentityResolver::suspectedDuplicates(int limit) {
    Impl impl{m_db, m_rules, {}, {}, {}, {}, {}, 0};
    if (Status s = impl.load(); !s) {
        return s.error();
    }
    impl.deterministicEdges();
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

Result<ResolveSummary> IdentityResolver::resolveAll(qint64 nowMs) {
    const QString failed = tr("Identity resolution could not update the local cache.");
    Transaction tx(m_db);
    if (!tx.active()) {
        return sql::error(m_db, tr("The local cache is busy or read-only; identity resolution did not run."));
    }
    Impl impl{m_db, m_rules, {}, {}, {}, {}, {}, 0};
    if (Status s = impl.load(); !s) {
        return s.error();
    }
    impl.deterministicEdges();
    QList<Edge> applied;
    const QList<int> roots = impl.cluster(applied);
    QList<Rec>& recs = impl.recs;

    // How each record came to its cluster: the first accepted edge that touched it.
    QList<bool> attributed(recs.size(), false);
    QList<Rec> next = recs;
    for (Rec& r : next) {
        r.rule = QStringLiteral("own");
        r.score = 1;
        r.evidence.clear();
    }
    for (const Edge& e : std::as_const(applied)) {
        for (const auto& [self, other] : {std::pair(e.a, e.b), std::pair(e.b, e.a)}) {
            if (!attributed[self]) {
                attributed[self] = true;
                next[self].rule = e.rule;
                next[self].score = e.score;
                next[self].evidence = e.evidence + tr(" — with %1").arg(label(recs.at(other)));
            }
        }
    }

    // Party ids: a cluster keeps the party most of its records had (bigger clusters choose first).
    QHash<int, QList<int>> members;
    for (qsizetype i = 0; i < roots.size(); ++i) {
        members[roots.at(i)].append(static_cast<int>(i));
    }
    QList<int> order = members.keys();
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        const auto ls = members.value(l).size(), rs = members.value(r).size();
        return ls != rs ? ls > rs : members.value(l).first() < members.value(r).first();
    });
    QSet<qint64> claimed, touched;
    QSqlQuery insertParty(m_db), updateLink(m_db), moveEvents(m_db);
    if (!insertParty.prepare(QStringLiteral("INSERT INTO party(updated_ms) VALUES(?)")) ||
        !updateLink.prepare(QStringLiteral(
            "INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity, score, evidence) "
            "VALUES(?,?,?,?,?,?,?) ON CONFLICT(record_id) DO UPDATE SET party_id = excluded.party_id, "
            "rule = excluded.rule, score = excluded.score, evidence = excluded.evidence, entity = excluded.entity, "
            "linked_ms = CASE WHEN party_link.party_id = excluded.party_id THEN party_link.linked_ms "
            "ELSE excluded.linked_ms END")) ||
        !moveEvents.prepare(QStringLiteral("UPDATE timeline_event SET party_id = ? WHERE record_id = ?"))) {
        return sql::error(updateLink, failed);
    }
    ResolveSummary summary;
    summary.records = static_cast<int>(recs.size());
    for (int root : std::as_const(order)) {
        const QList<int>& m = members.value(root);
        QHash<qint64, int> votes;
        for (int i : m) {
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
            if (!sql::exec(insertParty, {nowMs})) {
                return sql::error(insertParty, failed);
            }
            party = insertParty.lastInsertId().toLongLong();
        }
        claimed.insert(party);
        ++summary.parties;
        for (int i : m) {
            const Rec& before = recs.at(i);
            const Rec& after = next.at(i);
            const bool moved = before.party != party;
            if (!moved && before.rule == after.rule && qFuzzyCompare(before.score, after.score) &&
                before.evidence == after.evidence) {
                continue;
            }
            if (!sql::exec(updateLink, {before.id, party, after.rule, nowMs, before.entity, after.score,
                                        sql::text(after.evidence)})) {
                return sql::error(updateLink, failed);
            }
            if (moved) {
                ++summary.recordsMoved;
                touched.insert(party);
                if (before.party > 0) {
                    touched.insert(before.party);
                }
                if (!sql::exec(moveEvents, {party, before.id})) {
                    return sql::error(moveEvents, failed);
                }
            }
        }
    }
    for (const Rec& r : std::as_const(next)) {
        ++summary.linksByRule[r.rule];
    }

    // Derived tables: exact rebuilds.
    QSqlQuery q(m_db);
    for (const char* statement : {
             "DELETE FROM party_key",
             "INSERT INTO party_key(party_id, kind, value, records, first_record, last_ms) "
             "SELECT pl.party_id, rk.kind, rk.value, count(*), min(rk.record_id), max(coalesce(sr.updated_at, 0)) "
             "FROM record_key rk JOIN party_link pl ON pl.record_id = rk.record_id "
             "JOIN source_record sr ON sr.id = rk.record_id WHERE rk.kind <> 'source_id' "
             "GROUP BY pl.party_id, rk.kind, rk.value",
             "DELETE FROM identity_key_block",
         }) {
        if (!q.exec(QString::fromLatin1(statement))) {
            return sql::error(q, failed);
        }
    }
    QSqlQuery block(m_db);
    if (!block.prepare(QStringLiteral("INSERT OR REPLACE INTO identity_key_block(kind, value, reason, distinct_names) "
                                      "VALUES(?,?,?,?)"))) {
        return sql::error(block, failed);
    }
    for (const Block& b : std::as_const(impl.blocks)) {
        if (!sql::exec(block, {b.kind, b.value, b.reason, b.names})) {
            return sql::error(block, failed);
        }
    }
    // Parties that lost every record are removed by the aggregator.
    if (!q.exec(QStringLiteral("SELECT id FROM party WHERE NOT EXISTS (SELECT 1 FROM party_link pl WHERE "
                               "pl.party_id = party.id)"))) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        touched.insert(q.value(0).toLongLong());
    }
    PartyAggregator aggregator(m_db);
    if (Status s = aggregator.prepare(); !s) {
        return s.error();
    }
    if (auto alive = aggregator.recompute(touched, nowMs); !alive) {
        return alive.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    summary.partiesChanged = static_cast<int>(touched.size());
    summary.blockedKeys = static_cast<int>(impl.blocks.size());
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

Result<QList<IdentityLabel>> IdentityResolver::readLabels(const QString& csvPath) {
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{tr("The labels file %1 could not be read.").arg(csvPath), f.errorString()};
    }
    QList<IdentityLabel> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || (line == 1 && text.startsWith(QLatin1String("source,")))) {
            continue;
        }
        QStringList cols = text.split(u',');
        for (QString& c : cols) {
            c = c.trimmed();
            if (c.size() >= 2 && c.startsWith(u'"') && c.endsWith(u'"')) {
                c = c.mid(1, c.size() - 2);
            }
        }
        if (cols.size() != 3 || cols.at(0).isEmpty() || cols.at(1).isEmpty() || cols.at(2).isEmpty()) {
            return Error{tr("Line %1 of %2 is not \"source,source_id,person\".").arg(line).arg(csvPath), text};
        }
        out.append({cols.at(0), cols.at(1), cols.at(2)});
    }
    return out;
}

Result<PairwiseReport> IdentityResolver::report(QSqlDatabase db, const QList<IdentityLabel>& labels) {
    PairwiseReport r;
    r.labelled = static_cast<int>(labels.size());
    QHash<QString, QString> person;
    for (const IdentityLabel& l : labels) {
        person.insert(l.source + u'\x1f' + l.sourceId, l.person);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sr.source, sr.source_id, pl.party_id FROM source_record sr JOIN party_link pl "
                               "ON pl.record_id = sr.id WHERE sr.deleted = 0"))) {
        return sql::error(q, tr("The links could not be read."));
    }
    QHash<QString, qint64> byPerson, byParty, byBoth;
    while (q.next()) {
        const auto it = person.constFind(q.value(0).toString() + u'\x1f' + q.value(1).toString());
        if (it == person.constEnd()) {
            continue;
        }
        ++r.found;
        const QString party = q.value(2).toString();
        ++byPerson[*it];
        ++byParty[party];
        ++byBoth[party + u'\x1f' + *it];
    }
    auto pairs = [](const QHash<QString, qint64>& h) {
        qint64 n = 0;
        for (qint64 c : h) {
            n += c * (c - 1) / 2;
        }
        return n;
    };
    r.truePairs = pairs(byPerson);
    r.predictedPairs = pairs(byParty);
    r.correctPairs = pairs(byBoth);
    return r;
}

} // namespace c360

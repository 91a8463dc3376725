#include "models/IdentityMatcher.h"
#include "models/Nicknames.h"
#include "models/Normalize.h"
#include "models/RecordFacts.h"

#include <algorithm>
#include <vector>

// Keys many people share (a shop's own support address or line, blocked as "shared"): which records on them
// belong to which customer. Part of IdentityMatcher (models/IdentityMatcher.h).
namespace c360::identity {

namespace {

// The same full name but for one given name written as a short form of the other ("Kathy Ramsey" / "Ramsey,
// Katherine", "TOM GALLAGHER" / "Thomas Gallagher"): every other token identical, no typo allowed.
bool sameButShortForm(const names::NameForm& a, const names::NameForm& b) {
    if (a.tokens.size() != b.tokens.size() || a.tokens.size() < 2 || a.tokens.size() > 4 || a.han || b.han) {
        return false;
    }
    QStringList rest = b.tokens;
    QString onlyA;
    for (const QString& t : a.tokens) {
        if (!rest.removeOne(t)) {
            if (!onlyA.isEmpty()) {
                return false;
            }
            onlyA = t;
        }
    }
    return rest.size() == 1 && !onlyA.isEmpty() && onlyA != rest.first() && names::sameGivenName(onlyA, rest.first());
}

// Inserts `value`; false when it was there already.
bool insertNew(QSet<QString>& set, const QString& value) {
    const qsizetype before = set.size();
    set.insert(value);
    return set.size() != before;
}

bool disagree(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

bool disagree(const QSet<QString>& a, const QSet<QString>& b) {
    return !a.isEmpty() && !b.isEmpty() && !a.intersects(b);
}

// The Han characters of a name as written ("许婷"), to tell 许婷 from 徐婷 (both "xu ting").
QString hanSpelling(const Rec& r) {
    return r.nameForm.han ? Normalizer::nameKey(r.name).remove(u' ') : QString();
}

// The forms under which one full name is looked up: its sorted tokens ("haoran wang") and its compact forms in
// written and reversed order ("wanghaoran", "haoranwang"), so that 王浩然 (three syllables) meets "Wang Haoran".
// Calls fn for each (a name with one token or compact form may repeat one: callers tolerate it). No allocation:
// it runs over every named record.
template <typename Fn> void forEachNameKey(const Rec& r, Fn fn) {
    fn(r.nameKey);
    for (const QString& c : r.nameForm.compacts) {
        fn(c);
    }
}

} // namespace

void IdentityMatcher::countShared(const QList<int>& members) {
    for (int m : members) {
        ++m_sharedCount[m];
    }
}

bool IdentityMatcher::onSharedKey(int i) const {
    return m_sharedCount.value(i) > 0;
}

bool IdentityMatcher::ownKey(int i) const {
    const Rec& r = m_recs.at(i);
    // Every key value a record carries is one membership of a key's group (keyEdges; a number read two ways: one,
    // under its confirmed reading or both readings joined). More values than shared ones: a key of its own.
    const qsizetype values = r.emails.size() + r.phones.size() + r.wechats.size() + r.weakPhones.size() +
                             (r.phoneCandidates.isEmpty() ? 0 : 1);
    return !r.strongId.isEmpty() || values > m_sharedCount.value(i);
}

QString IdentityMatcher::sharedKeyOf(const Rec& r) const {
    for (const auto& [kind, values] : {std::pair(keykinds::Email, &r.emails), std::pair(keykinds::Phone, &r.phones),
                                       std::pair(keykinds::WeChat, &r.wechats)}) {
        for (const QString& v : *values) {
            if (m_shared.contains(kind + u'\x1f' + v)) {
                return kind + u' ' + v;
            }
        }
    }
    return tr("a shared key");
}

void IdentityMatcher::sharedNicknameEdges(const DeterministicRule& rule, const QHash<QString, QList<int>>& byName,
                                          const QString& evidence, QList<Edge>& edges) {
    // "Kathy Ramsey" forwarded on the shop's support address, "Katherine Ramsey" on an order carrying it:
    // two full names that differ only by a short form of the given name are one customer when each is the
    // other's only such partner on the key (a third "Kate Ramsey" leaves both apart)
    // and no birth date disagrees.
    if (!m_rules.names.nicknames || byName.size() < 2) {
        return;
    }
    // Candidate pairs share a token (the surname): a support address can carry thousands of names.
    QHash<QString, QStringList> byToken;
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        for (const QString& t : m_recs.at(it.value().first()).nameForm.tokens) {
            byToken[t].append(it.key());
        }
    }
    QSet<QString> compared;
    QHash<QString, QStringList> partners;
    for (auto it = byToken.begin(); it != byToken.end(); ++it) {
        QStringList& keys = it.value();
        if (keys.size() > 400) {
            continue; // a very common token: the other token of the name blocks it
        }
        std::sort(keys.begin(), keys.end());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            for (qsizetype j = i + 1; j < keys.size(); ++j) {
                if (keys.at(i) == keys.at(j) || !insertNew(compared, keys.at(i) + u'|' + keys.at(j))) {
                    continue;
                }
                const Rec& a = m_recs.at(byName.value(keys.at(i)).first());
                const Rec& b = m_recs.at(byName.value(keys.at(j)).first());
                if (sameButShortForm(a.nameForm, b.nameForm)) {
                    partners[keys.at(i)] << keys.at(j);
                    partners[keys.at(j)] << keys.at(i);
                }
            }
        }
    }
    auto birthOf = [this](const QList<int>& records) {
        QString birth;
        for (int m : records) {
            const QString& b = m_recs.at(m).birthDate;
            if (disagree(birth, b)) {
                return QStringLiteral("\x1f"); // namesakes on the key disagree among themselves
            }
            birth = birth.isEmpty() ? b : birth;
        }
        return birth;
    };
    for (auto it = partners.constBegin(); it != partners.constEnd(); ++it) {
        if (it.value().size() != 1 || partners.value(it.value().first()).size() != 1 || it.key() > it.value().first()) {
            continue;
        }
        const QList<int>& a = byName.value(it.key());
        const QList<int>& b = byName.value(it.value().first());
        const QString ba = birthOf(a), bb = birthOf(b);
        if (ba == QLatin1String("\x1f") || bb == QLatin1String("\x1f") || disagree(ba, bb)) {
            continue;
        }
        edges.append({a.first(), b.first(), rule.rule, 0.85,
                      evidence + tr(" (shared; the same full name but for a short form of the given name)"), false});
    }
}
void IdentityMatcher::sharedKeyEdges(UnionFind& uf, QList<Edge>& out) {
    if (m_shared.isEmpty()) {
        return;
    }
    const SharedKeyRule& rule = m_rules.sharedKeys;
    const qsizetype n = m_recs.size();
    // Clusters with a key of their own (or a strong id) after the other deterministic edges: customers. The rest
    // on a shared key: records typed with the shop's address or line and a name, waiting to find their customer.
    std::vector<char> own(static_cast<size_t>(n), 0), customer(static_cast<size_t>(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (ownKey(static_cast<int>(i))) {
            own[static_cast<size_t>(i)] = 1;
            customer[static_cast<size_t>(uf.find(static_cast<int>(i)))] = 1;
        }
    }
    const auto isCustomer = [&](int i) { return customer[static_cast<size_t>(uf.find(i))] != 0; };
    // 1. Records with no key of their own and the same full name on the key: one another's.
    for (const Edge& e : std::as_const(m_sharedEdges)) {
        if (!isCustomer(e.a) && !isCustomer(e.b) && uf.unite(e.a, e.b, false) == UnionFind::Outcome::Joined) {
            out.append(e);
        }
    }
    // 2. The customers on the key with the same full name (or its short form). Two customers who each have a key
    // of their own never join through a shared key (namesakes both ordering through the shop).
    struct Candidate {
        int record = -1; // a record of the customer
        int root = -1;
        int from = -1; // the record on the shared key
        QString rule, evidence;
        double score = 0;
        bool elsewhere = false;
    };
    QHash<int, QList<Candidate>> candidates; // root of a cluster without keys of its own -> customers it may be
    // Two candidates are enough to know a record is ambiguous: no more are listed (common names stay linear).
    const auto addCandidate = [](QList<Candidate>& list, const Candidate& c) {
        if (list.size() < 2 &&
            std::none_of(list.begin(), list.end(), [&](const Candidate& o) { return o.root == c.root; })) {
            list.append(c);
        }
    };
    // The name edges on a key form groups (one name and its unique short form); every customer in a record's group
    // is a candidate for it, so two namesakes on the key leave it ambiguous.
    QHash<int, int> group; // record -> parent within the groups of names on shared keys
    const auto top = [&group](int x) {
        while (group.value(x, x) != x) {
            x = group.value(x, x);
        }
        return x;
    };
    for (const Edge& e : std::as_const(m_sharedEdges)) {
        const int ta = top(e.a), tb = top(e.b);
        if (ta != tb) {
            group.insert(std::max(ta, tb), std::min(ta, tb));
        }
    }
    QHash<int, QList<const Edge*>> byGroup;
    for (const Edge& e : std::as_const(m_sharedEdges)) {
        byGroup[top(e.a)].append(&e);
    }
    for (const QList<const Edge*>& edges : std::as_const(byGroup)) {
        QHash<int, const Edge*> waitingHere; // record without keys of its own -> an edge that touches it
        QHash<int, int> customers;           // customer root -> one of its records in the group
        for (const Edge* e : edges) {
            for (int m : {e->a, e->b}) {
                if (isCustomer(m)) {
                    customers.insert(uf.find(m), m);
                } else if (!waitingHere.contains(m)) {
                    waitingHere.insert(m, e);
                }
            }
        }
        int listed = 0;
        for (auto c = customers.constBegin(); c != customers.constEnd() && listed < 2; ++c, ++listed) {
            for (auto w = waitingHere.constBegin(); w != waitingHere.constEnd(); ++w) {
                const Edge* why = w.value();
                addCandidate(candidates[uf.find(w.key())],
                             {c.value(), c.key(), w.key(), why->rule, why->evidence, why->score, false});
            }
        }
    }
    QHash<int, QList<int>> waiting; // root -> its records on a shared key
    for (qsizetype i = 0; i < n; ++i) {
        if (!own[static_cast<size_t>(i)] && !isCustomer(static_cast<int>(i)) && onSharedKey(static_cast<int>(i))) {
            waiting[uf.find(static_cast<int>(i))].append(static_cast<int>(i));
        }
    }
    // 3. No customer on the key by that name: the one customer anywhere whose records carry the full name.
    const auto fullName = [&](const Rec& r) { return r.nameForm.tokens.size() >= qsizetype(rule.minNameTokens); };
    QSet<QString> wanted;
    if (rule.namesElsewhere) {
        for (auto it = waiting.constBegin(); it != waiting.constEnd(); ++it) {
            if (!candidates.contains(it.key())) {
                for (int m : it.value()) {
                    if (fullName(m_recs.at(m))) {
                        forEachNameKey(m_recs.at(m), [&](const QString& key) { wanted.insert(key); });
                    }
                }
            }
        }
    }
    struct Carrier {
        int record = -1;
        QSet<QString> han; // the Han spellings of the name on the customer's records
    };
    QHash<QString, QHash<int, Carrier>> carriers; // name key -> customer root -> carrier
    if (!wanted.isEmpty()) {
        for (qsizetype i = 0; i < n; ++i) {
            const Rec& r = m_recs.at(i);
            if (r.nameKey.isEmpty() || !isCustomer(static_cast<int>(i))) {
                continue;
            }
            forEachNameKey(r, [&](const QString& key) {
                if (wanted.contains(key)) {
                    Carrier& c = carriers[key][uf.find(static_cast<int>(i))];
                    if (c.record < 0) {
                        c.record = static_cast<int>(i);
                    }
                    if (r.nameForm.han) {
                        c.han.insert(hanSpelling(r));
                    }
                }
            });
        }
    }
    QList<Candidate> chosen; // one per waiting cluster
    for (auto it = waiting.constBegin(); it != waiting.constEnd(); ++it) {
        QList<Candidate> found = candidates.value(it.key());
        if (found.isEmpty() && rule.namesElsewhere) {
            for (int m : it.value()) {
                const Rec& r = m_recs.at(m);
                if (!fullName(r)) {
                    continue; // a first name alone never links
                }
                QHash<int, Carrier> byRoot; // every customer whose records write the name so
                forEachNameKey(r, [&](const QString& key) {
                    const auto found = carriers.constFind(key);
                    if (found == carriers.constEnd()) {
                        return;
                    }
                    for (auto c = found->constBegin(); c != found->constEnd(); ++c) {
                        Carrier& into = byRoot[c.key()];
                        into.record = into.record < 0 ? c->record : into.record;
                        into.han.unite(c->han);
                    }
                });
                for (auto c = byRoot.constBegin(); c != byRoot.constEnd(); ++c) {
                    if (r.nameForm.han && !c->han.isEmpty() && !c->han.contains(hanSpelling(r))) {
                        continue; // the same pinyin, other characters: another name
                    }
                    addCandidate(found,
                                 {c->record, c.key(), m, rule.rule,
                                  sharedKeyOf(r) + tr(" (shared; the only customer with this full name)"), 0.8, true});
                }
            }
        }
        if (found.size() == 1) {
            chosen.append(found.first());
        } // else none, or two customers carry the name: ambiguous, no link
    }
    if (chosen.isEmpty()) {
        return;
    }
    // 4. Vetoes: a birth date or an address that disagrees.
    QHash<int, QSet<QString>> births, addresses;
    QSet<int> roots;
    for (const Candidate& c : std::as_const(chosen)) {
        roots << c.root << uf.find(c.from);
    }
    for (qsizetype i = 0; i < n; ++i) {
        const Rec& r = m_recs.at(i);
        if ((r.birthDate.isEmpty() && r.address.isEmpty()) || !roots.contains(uf.find(static_cast<int>(i)))) {
            continue;
        }
        const int root = uf.find(static_cast<int>(i));
        if (!r.birthDate.isEmpty()) {
            births[root].insert(r.birthDate);
        }
        if (!r.address.isEmpty()) {
            addresses[root].insert(r.address);
        }
    }
    for (const Candidate& c : std::as_const(chosen)) {
        const int from = uf.find(c.from);
        if (disagree(births.value(from), births.value(c.root)) ||
            disagree(addresses.value(from), addresses.value(c.root))) {
            continue;
        }
        if (c.elsewhere && !rule.link) {
            suspects.append({c.from, c.record, m_rules.fuzzy.threshold - 0.01, c.evidence});
            continue;
        }
        switch (uf.unite(c.from, c.record, false)) {
        case UnionFind::Outcome::Joined:
            out.append({c.from, c.record, c.rule, c.score, c.evidence, false});
            break;
        case UnionFind::Outcome::Already:
            break;
        case UnionFind::Outcome::RefusedStrong:
        case UnionFind::Outcome::RefusedIsolated:
            ++refused;
            break;
        }
    }
}

} // namespace c360::identity

#include "models/IdentityMatcher.h"

#include "models/Nicknames.h"
#include "models/RecordFacts.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <optional>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace c360::identity {

namespace {

QString emailLocal(const QString& email) {
    QString local = email.left(email.indexOf(u'@'));
    const qsizetype plus = local.indexOf(u'+');
    if (plus > 0) {
        local.truncate(plus);
    }
    local.remove(u'.');
    return local;
}

bool disagree(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

bool sharePhone(const Rec& a, const Rec& b, const QSet<QString>* shared = nullptr) {
    for (const QString& p : a.phones) {
        if ((b.phones.contains(p) || b.phoneCandidates.contains(p)) &&
            (shared == nullptr || !shared->contains(keykinds::Phone + u'\x1f' + p))) {
            return true;
        }
    }
    for (const QString& p : a.phoneCandidates) {
        if (b.phones.contains(p) || b.phoneCandidates.contains(p)) {
            return true;
        }
    }
    return false;
}

QString sharedOf(const QStringList& a, const QStringList& b) {
    for (const QString& x : a) {
        if (b.contains(x)) {
            return x;
        }
    }
    return {};
}

} // namespace

IdentityMatcher::IdentityMatcher(QList<Rec>& recs, const IdentityRules& rules)
    : m_recs(recs)
    , m_rules(rules) {}

bool IdentityMatcher::namesAgree(const Rec& a, const Rec& b) const {
    switch (names::agreement(a.nameForm, b.nameForm, m_rules.fuzzy.minNameSimilarity)) {
    case names::Agreement::Same:
        return true;
    case names::Agreement::Nickname:
        return m_rules.names.nicknames;
    case names::Agreement::FirstNameOnly:
        return m_rules.names.firstNameOnly;
    case names::Agreement::None:
        break;
    }
    return false;
}

QList<int> IdentityMatcher::nameGroups(const QList<int>& members, int* groupCount, QHash<int, QList<int>>* ambiguous,
                                       int cap) const {
    struct Group {
        QString birthDate;
        QHash<QString, const Rec*> names; // distinct name keys -> one record written so
    };
    QList<Group> groups;
    QList<int> groupOf(members.size(), -1);
    auto fits = [&](const Group& g, const Rec& r) {
        if (disagree(g.birthDate, r.birthDate)) {
            return false;
        }
        if (g.names.contains(r.nameKey)) {
            return true;
        }
        for (const Rec* other : g.names) {
            if (namesAgree(*other, r)) {
                return true;
            }
        }
        return false;
    };
    // Full names with a birth date first (the birth date tells namesakes apart), then full names, then
    // a first name alone (it joins the one group it agrees with, or stays out when it agrees with several).
    for (int pass = 0; pass < 3; ++pass) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            const Rec& r = m_recs.at(members.at(i));
            if (r.nameForm.isEmpty()) {
                continue;
            }
            const bool single = r.nameForm.tokens.size() == 1;
            const int wanted = single ? 2 : r.birthDate.isEmpty() ? 1 : 0;
            if (wanted != pass) {
                continue;
            }
            int found = -1, matches = 0;
            QList<int> agreeing;
            for (qsizetype g = 0; g < groups.size(); ++g) {
                if (fits(groups.at(g), r)) {
                    found = static_cast<int>(g);
                    ++matches;
                    agreeing << found;
                }
            }
            if (matches > 1) {
                // Agrees with two names on this key: it links through none of them (unless those names
                // turn out to be one person: see deferredEdges).
                if (ambiguous != nullptr) {
                    ambiguous->insert(static_cast<int>(i), agreeing);
                }
                continue;
            }
            if (matches == 0) {
                found = static_cast<int>(groups.size());
                groups.append(Group{});
                if (cap > 0 && groups.size() > cap) {
                    // More names than the key may carry: it is shared, and its groups are not needed. Stopping here
                    // keeps a support address with thousands of names linear; it reports its distinct names.
                    QSet<QString> names;
                    for (int m : members) {
                        if (!m_recs.at(m).nameKey.isEmpty()) {
                            names.insert(m_recs.at(m).nameKey);
                        }
                    }
                    *groupCount = static_cast<int>(std::max<qsizetype>(names.size(), groups.size()));
                    return QList<int>(members.size(), -1);
                }
            }
            Group& g = groups[found];
            if (g.birthDate.isEmpty()) {
                g.birthDate = r.birthDate;
            }
            g.names.insert(r.nameKey, &r);
            groupOf[i] = found;
        }
    }
    *groupCount = static_cast<int>(groups.size());
    return groupOf;
}

void IdentityMatcher::groupEdges(const DeterministicRule& rule, const QString& key, const QList<int>& members,
                                 const QString& evidence, QList<Edge>& edges) {
    if (members.size() < 2) {
        return;
    }
    int distinct = 0;
    QHash<int, QList<int>> ambiguous; // member index -> the name groups it agrees with (several)
    const QList<int> groupOf = nameGroups(members, &distinct, &ambiguous, rule.maxDistinctNames);
    // Records whose names agree link; a record that agrees with several names waits for them to be one person.
    const auto linkAgreeing = [&](double score) {
        QHash<int, int> first;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const int g = groupOf.at(i);
            if (g < 0) {
                continue;
            }
            if (!first.contains(g)) {
                first.insert(g, members.at(i));
            } else {
                edges.append({first.value(g), members.at(i), rule.rule, score, evidence + tr(" (names agree)"), false});
            }
        }
        for (auto it = ambiguous.constBegin(); it != ambiguous.constEnd(); ++it) {
            Deferred d{members.at(it.key()),
                       {},
                       rule.rule,
                       score,
                       evidence + tr(" (names agree)"),
                       tr(" (the names it agrees with are one person)")};
            for (int g : it.value()) {
                d.names << first.value(g, -1);
            }
            if (!d.names.contains(-1)) {
                m_deferred.append(d);
            }
        }
        if (!m_rules.names.nameless || rule.weak || first.size() < 2) {
            return;
        }
        // A record without a name (a call) on a number several names share: it joins them only once they turned
        // out to be one person (a surname change); a family's landline stays apart.
        QList<int> names;
        for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
            names << it.value();
        }
        std::sort(names.begin(), names.end());
        for (int m : members) {
            if (m_recs.at(m).nameForm.isEmpty()) {
                m_deferred.append(
                    {m, names, rule.rule, score * 0.95, evidence, tr(" (no name; every name on it is one person)")});
            }
        }
    };
    if (rule.weak) {
        // Weak evidence (a number no region finds valid, as typed): it joins only records whose names agree,
        // never a record without a name, and nothing at all when many names share it.
        if (rule.maxDistinctNames > 0 && distinct > rule.maxDistinctNames) {
            blocks.append({rule.kind, key, QStringLiteral("shared"), distinct});
            m_shared.insert(rule.kind + u'\x1f' + key);
            countShared(members);
            return;
        }
        if (distinct >= 2) {
            blocks.append({rule.kind, key, QStringLiteral("ambiguous"), distinct});
        }
        linkAgreeing(0.9);
        return;
    }
    if (rule.maxDistinctNames > 0 && distinct > rule.maxDistinctNames) {
        // A key many people use (a shop's support address or line): it links nobody by itself. Records on it
        // that carry the very same full name (in any script or order) are the one customer it was typed for.
        blocks.append({rule.kind, key, QStringLiteral("shared"), distinct});
        m_shared.insert(rule.kind + u'\x1f' + key);
        countShared(members);
        QHash<QString, QList<int>> byName;
        for (int m : members) {
            const Rec& r = m_recs.at(m);
            if (r.nameForm.tokens.size() >= 2) {
                byName[r.nameKey].append(m);
            }
        }
        for (const QList<int>& same : std::as_const(byName)) {
            QString birth;
            bool conflict = false;
            for (int m : same) {
                conflict = conflict || disagree(birth, m_recs.at(m).birthDate);
                birth = birth.isEmpty() ? m_recs.at(m).birthDate : birth;
            }
            for (qsizetype i = 1; i < same.size() && !conflict; ++i) {
                m_sharedEdges.append(
                    {same.first(), same.at(i), rule.rule, 0.9, evidence + tr(" (shared; same full name)"), false});
            }
        }
        sharedNicknameEdges(rule, byName, evidence, m_sharedEdges);
        return;
    }
    if (rule.requireCompatibleNames && distinct >= 2) {
        // Several people on one key (a family line): link only the records whose names agree.
        blocks.append({rule.kind, key, QStringLiteral("ambiguous"), distinct});
        linkAgreeing(0.95);
        return;
    }
    for (qsizetype i = 1; i < members.size(); ++i) {
        edges.append({members.first(), members.at(i), rule.rule, 1.0, evidence, false});
    }
}

void IdentityMatcher::strongIdEdges(const DeterministicRule& rule, QList<Edge>& edges) {
    QHash<QString, QList<int>> customers; // source_id of the strong source's customer records
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        if (!m_recs.at(i).strongId.isEmpty() && m_recs.at(i).entity == QLatin1String("customer")) {
            customers[m_recs.at(i).sourceId].append(static_cast<int>(i));
        }
    }
    QHash<QString, QList<int>> byCustomerId; // (source, customer id) of orders
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        Rec& r = m_recs[i];
        if (r.entity == QLatin1String("customer") || r.strongId.isEmpty()) {
            continue;
        }
        const QList<int> crm = customers.value(r.strongId);
        if (!crm.isEmpty()) {
            // The shop stored the CRM's id: the order's id is the CRM one (same namespace).
            r.strongNs = m_recs.at(crm.first()).strongNs;
            for (int c : crm) {
                edges.append({c, static_cast<int>(i), rule.rule, 1.0, tr("customer id %1").arg(r.strongId), false});
            }
        }
        byCustomerId[r.strongNs + u'\x1f' + r.strongId].append(static_cast<int>(i));
    }
    for (const QList<int>& same : std::as_const(byCustomerId)) {
        for (qsizetype k = 1; k < same.size(); ++k) {
            edges.append({same.first(), same.at(k), rule.rule, 1.0,
                          tr("customer id %1").arg(m_recs.at(same.first()).strongId), false});
        }
    }
}

void IdentityMatcher::keyEdges(const DeterministicRule& rule, QList<Edge>& edges) {
    QHash<QString, QList<int>> groups;
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        const Rec& r = m_recs.at(i);
        const QStringList& values = rule.kind == keykinds::Email         ? r.emails
                                    : rule.kind == keykinds::Phone       ? r.phones
                                    : rule.kind == keykinds::WeChat      ? r.wechats
                                    : rule.kind == keykinds::PhoneDigits ? r.weakPhones
                                                                         : QStringList();
        for (const QString& v : values) {
            groups[v].append(static_cast<int>(i));
        }
    }
    QHash<QString, QList<int>> undecided; // every reading of the number, joined: records typed alike
    if (rule.kind == keykinds::Phone) {
        // A number that reads two ways joins the records where exactly one reading is confirmed.
        for (qsizetype i = 0; i < m_recs.size(); ++i) {
            const Rec& r = m_recs.at(i);
            if (r.phoneCandidates.isEmpty()) {
                continue;
            }
            QStringList confirmed;
            for (const QString& c : r.phoneCandidates) {
                if (groups.contains(c)) {
                    confirmed << c;
                }
            }
            if (confirmed.size() == 1) {
                groups[confirmed.first()].append(static_cast<int>(i));
            } else if (confirmed.isEmpty()) {
                undecided[r.phoneCandidates.join(QStringLiteral(" | "))].append(static_cast<int>(i));
            }
        }
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        groupEdges(rule, it.key(), it.value(), rule.kind + u' ' + it.key(), edges);
    }
    for (auto it = undecided.constBegin(); it != undecided.constEnd(); ++it) {
        groupEdges(rule, it.key(), it.value(), tr("phone %1 (either reading)").arg(it.key()), edges);
    }
}

void IdentityMatcher::surnameChangeEdges(QList<Edge>& edges) {
    if (!m_rules.names.surnameChange) {
        return;
    }
    QHash<QString, QList<int>> byEmail;
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        const Rec& r = m_recs.at(i);
        if (r.nameForm.tokens.size() >= 2 && (!r.phones.isEmpty() || !r.phoneCandidates.isEmpty())) {
            for (const QString& e : r.emails) {
                byEmail[e].append(static_cast<int>(i));
            }
        }
    }
    for (auto it = byEmail.constBegin(); it != byEmail.constEnd(); ++it) {
        const QList<int>& m = it.value();
        if (m.size() < 2 || m.size() > 200) {
            continue;
        }
        for (qsizetype i = 0; i < m.size(); ++i) {
            for (qsizetype j = i + 1; j < m.size(); ++j) {
                const Rec& a = m_recs.at(m.at(i));
                const Rec& b = m_recs.at(m.at(j));
                if (m_shared.contains(keykinds::Email + u'\x1f' + it.key()) || a.nameKey == b.nameKey ||
                    disagree(a.birthDate, b.birthDate) || !sharePhone(a, b, &m_shared) ||
                    !names::shareGivenName(a.nameForm, b.nameForm)) {
                    continue;
                }
                edges.append({m.at(i), m.at(j), m_rules.names.surnameChangeRule, 0.95,
                              tr("e-mail %1 and the same phone; same given name, another surname").arg(it.key()),
                              false});
            }
        }
    }
}

void IdentityMatcher::duplicateEdges(QList<Edge>& edges) {
    const QStringList& fields = m_rules.duplicates.fields;
    if (fields.isEmpty()) {
        return;
    }
    // Candidates share a birth date when it is compared (else a phone, else an e-mail): the blocking key.
    const QString block = fields.contains(QStringLiteral("birth_date")) ? QStringLiteral("birth_date")
                          : fields.contains(QStringLiteral("phone"))    ? QStringLiteral("phone")
                                                                        : fields.first();
    QHash<QString, QList<int>> blocks;
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        const Rec& r = m_recs.at(i);
        if (r.strongId.isEmpty() || r.entity != QLatin1String("customer")) {
            continue;
        }
        QStringList values;
        if (block == QLatin1String("birth_date")) {
            values << r.birthDate;
        } else if (block == QLatin1String("address")) {
            values << r.address;
        } else if (block == QLatin1String("phone")) {
            values << r.phones << r.phoneCandidates;
        } else {
            values << r.emails;
        }
        for (const QString& v : std::as_const(values)) {
            if (!v.isEmpty()) {
                blocks[r.source + u'\x1f' + v].append(static_cast<int>(i));
            }
        }
    }
    auto agreeOn = [](const QString& field, const Rec& a, const Rec& b) {
        if (field == QLatin1String("birth_date")) {
            return !a.birthDate.isEmpty() && a.birthDate == b.birthDate;
        }
        if (field == QLatin1String("address")) {
            return !a.address.isEmpty() && a.address == b.address;
        }
        if (field == QLatin1String("phone")) {
            return sharePhone(a, b);
        }
        return !sharedOf(a.emails, b.emails).isEmpty();
    };
    QSet<QPair<int, int>> seen;
    for (const QList<int>& m : std::as_const(blocks)) {
        if (m.size() < 2 || m.size() > 50) {
            continue;
        }
        for (qsizetype i = 0; i < m.size(); ++i) {
            for (qsizetype j = i + 1; j < m.size(); ++j) {
                const Rec& a = m_recs.at(m.at(i));
                const Rec& b = m_recs.at(m.at(j));
                const QPair<int, int> pair(std::min(m.at(i), m.at(j)), std::max(m.at(i), m.at(j)));
                if (a.sourceId == b.sourceId || seen.contains(pair) || !namesAgree(a, b) ||
                    !std::all_of(fields.begin(), fields.end(), [&](const QString& f) { return agreeOn(f, a, b); })) {
                    continue;
                }
                seen.insert(pair);
                const QString why =
                    tr("%1 and %2 of %3 agree on %4").arg(a.sourceId, b.sourceId, a.source, fields.join(u'+'));
                if (m_rules.duplicates.link) {
                    Edge e{m.at(i), m.at(j), m_rules.duplicates.rule, 0.97, why, false};
                    e.duplicate = true;
                    edges.append(e);
                } else {
                    suspects.append({m.at(i), m.at(j), m_rules.fuzzy.threshold - 0.01, why});
                }
            }
        }
    }
}

void IdentityMatcher::deterministic(QList<Edge>& edges) {
    m_sharedCount.fill(0, m_recs.size());
    duplicateEdges(edges);
    for (const DeterministicRule& rule : m_rules.deterministic) {
        if (rule.kind == QLatin1String("crm_id")) {
            strongIdEdges(rule, edges);
        } else {
            keyEdges(rule, edges);
        }
    }
    surnameChangeEdges(edges);
}

void IdentityMatcher::deferredEdges(UnionFind& uf, QList<Edge>& out) {
    // "Leah" on a number that "Leah Merriweather" and "Leah Underwood" share: the first name alone agrees with
    // both, and once the deterministic rules found them to be one person (a surname change), it joins her.
    for (const Deferred& d : std::as_const(m_deferred)) {
        const int root = uf.find(d.names.first());
        if (!std::all_of(d.names.begin(), d.names.end(), [&](int n) { return uf.find(n) == root; })) {
            continue;
        }
        const Edge e{d.names.first(), d.record, d.rule, d.score, d.evidence + d.because, false};
        if (uf.unite(e.a, e.b, false) == UnionFind::Outcome::Joined) {
            out.append(e);
        }
    }
}

namespace {
// The pairs of names that share a token (not a very common one) and are similar enough, appended to `out` in the
// order one pass over the tokens finds them, each pair once: at the first token (in that order) the two names share.
// Each name's tokens are numbered in pass order, so whether a token is the pair's first shared one is a look at the
// two names' few numbers (no set of the pairs seen: at a million records its lookups, cache misses, were most of the
// fuzzy rule's time). The tokens are split in two runs of about equal work, the second on a thread of its own; each
// pair belongs to exactly one run, so the first run's pairs and then the second's are the list one pass makes.
template <typename FormOf>
void similarNamePairs(const QHash<QString, QList<int>>& byToken, int nameCount, const FormOf& formOf,
                      double minSimilarity, std::vector<std::pair<int, int>>& out) {
    static constexpr qsizetype kCommonToken = 400; // a very common token: the other token of the name blocks it
    std::vector<const QList<int>*> tokens;
    tokens.reserve(static_cast<size_t>(byToken.size()));
    double work = 0;
    for (auto it = byToken.constBegin(); it != byToken.constEnd(); ++it) {
        if (it.value().size() > 1 && it.value().size() <= kCommonToken) {
            tokens.push_back(&it.value());
            work += double(it.value().size()) * double(it.value().size());
        }
    }
    // Each name's tokens in pass order (ascending), side by side: name n's are at [first[n], first[n + 1]).
    std::vector<int> first(static_cast<size_t>(nameCount) + 1, 0);
    for (const QList<int>* names : tokens) {
        for (int n : *names) {
            ++first[size_t(n) + 1];
        }
    }
    std::partial_sum(first.begin(), first.end(), first.begin());
    std::vector<int> nameTokens(static_cast<size_t>(first.back()));
    {
        std::vector<int> at(first.cbegin(), first.cend() - 1);
        for (size_t t = 0; t < tokens.size(); ++t) {
            for (int n : *tokens[t]) {
                nameTokens[size_t(at[size_t(n)]++)] = static_cast<int>(t);
            }
        }
    }
    // Whether token t is the first the two (different) names share.
    const auto firstShared = [&](int x, int y, int t) {
        const int* a = nameTokens.data() + first[size_t(x)];
        const int* b = nameTokens.data() + first[size_t(y)];
        while (*a < t && *b < t) { // t is on both lists: neither runs out before it
            if (*a == *b) {
                return false;
            }
            *a < *b ? ++a : ++b;
        }
        return true;
    };
    size_t split = 0;
    for (double half = 0; split < tokens.size() && half < work / 2; ++split) {
        half += double(tokens[split]->size()) * double(tokens[split]->size());
    }
    struct Run {
        std::vector<std::pair<int, int>> similar;
        std::unordered_set<int> selves; // a name twice in one token ("wang wang"): its pair with itself, once
    };
    const auto pass = [&](size_t from, size_t to, Run& run) {
        for (size_t t = from; t < to; ++t) {
            // Ascending name numbers (names were numbered as they were added), so a name that has the token twice
            // is there twice in a row: its pairs are made from its first place.
            const QList<int>& keys = *tokens[t];
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const int x = keys.at(i);
                if (i > 0 && keys.at(i - 1) == x) {
                    continue;
                }
                for (qsizetype j = i + 1; j < keys.size(); ++j) {
                    const int y = keys.at(j);
                    if (x == y ? !run.selves.insert(x).second
                               : keys.at(j - 1) == y || !firstShared(x, y, static_cast<int>(t))) {
                        continue;
                    }
                    if (names::similarity(formOf(x), formOf(y)) >= minSimilarity) {
                        run.similar.emplace_back(x, y);
                    }
                }
            }
        }
    };
    Run early, late;
    std::optional<std::thread> other;
    try {
        other.emplace([&] { pass(split, tokens.size(), late); });
    } catch (const std::system_error&) {
        split = tokens.size(); // no thread to be had: one pass here
    }
    pass(0, split, early);
    if (other) {
        other->join();
    }
    out.insert(out.end(), early.similar.cbegin(), early.similar.cend());
    for (const auto& [x, y] : late.similar) {
        if (x != y || !early.selves.contains(x)) {
            out.emplace_back(x, y);
        }
    }
}
} // namespace

void IdentityMatcher::fuzzy(UnionFind& uf, QList<Edge>& out) {
    deferredEdges(uf, out);
    const FuzzyRule& f = m_rules.fuzzy;
    // Distinct name keys, blocked by each of their tokens; pairs of similar names, then their records. The names are
    // numbered in the order the hash gives them (and visited so): a pair of names is two integers, not a string.
    QHash<QString, QList<int>> byName;
    for (qsizetype i = 0; i < m_recs.size(); ++i) {
        if (!m_recs.at(i).nameKey.isEmpty()) {
            byName[m_recs.at(i).nameKey].append(static_cast<int>(i));
        }
    }
    std::vector<const QList<int>*> nameRecs; // name number -> its records
    nameRecs.reserve(static_cast<size_t>(byName.size()));
    QHash<QString, QList<int>> byToken; // token -> name numbers
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        const int n = static_cast<int>(nameRecs.size());
        nameRecs.push_back(&it.value());
        for (const QString& t : it.key().split(u' ', Qt::SkipEmptyParts)) {
            byToken[t].append(n);
        }
    }
    const auto formOf = [&](int n) -> const names::NameForm& {
        return m_recs.at(nameRecs[size_t(n)]->first()).nameForm;
    };
    std::vector<std::pair<int, int>> namePairs;
    namePairs.reserve(nameRecs.size());
    for (int n = 0; n < static_cast<int>(nameRecs.size()); ++n) {
        namePairs.emplace_back(n, n);
    }
    similarNamePairs(byToken, static_cast<int>(nameRecs.size()), formOf, f.minNameSimilarity, namePairs);
    // E-mails and numbers as evidence: never a key many people share (the shop's support address of two customers
    // with similar names is no evidence that they are one). Per record, computed once: the local parts of its
    // e-mails and the last seven digits of its numbers (of seven or more).
    struct Evidence {
        QStringList emailLocals;
        QStringList phoneTails;
    };
    // Only for the records on some similar name pair, built as needed; by record index (looked up twice per pair of
    // records: an array, not a hash).
    std::vector<Evidence> evidence(static_cast<size_t>(m_recs.size()));
    std::vector<char> evidenceBuilt(static_cast<size_t>(m_recs.size()), 0);
    const auto evidenceOf = [&](int i) -> const Evidence& {
        if (evidenceBuilt[size_t(i)] != 0) {
            return evidence[size_t(i)];
        }
        const Rec& r = m_recs.at(i);
        Evidence e;
        const bool shared = m_sharedCount.value(i) > 0;
        for (const QString& mail : r.emails) {
            if (!shared || !m_shared.contains(keykinds::Email + u'\x1f' + mail)) {
                e.emailLocals << emailLocal(mail);
            }
        }
        for (const QStringList* list : {&r.phones, &r.phoneCandidates}) {
            for (const QString& p : *list) {
                if (shared && m_shared.contains(keykinds::Phone + u'\x1f' + p)) {
                    continue;
                }
                e.phoneTails << (p.size() >= 7 ? p.right(7) : QString());
            }
        }
        evidenceBuilt[size_t(i)] = 1;
        evidence[size_t(i)] = std::move(e);
        return evidence[size_t(i)];
    };
    QList<Suspect> found;
    for (const auto& [na, nb] : namePairs) {
        const QList<int>& ra = *nameRecs[size_t(na)];
        const QList<int>& rb = *nameRecs[size_t(nb)];
        if (ra.size() * rb.size() > 250000) {
            continue;
        }
        const double nameSim = names::similarity(formOf(na), formOf(nb));
        for (int a : ra) {
            for (int b : rb) {
                if ((na == nb && b <= a) || uf.find(a) == uf.find(b)) {
                    continue;
                }
                const Rec& x = m_recs.at(a);
                const Rec& y = m_recs.at(b);
                if (disagree(x.birthDate, y.birthDate) || disagree(x.address, y.address)) {
                    continue; // evidence that they are two people
                }
                double email = 0, phone = 0, city = 0, birth = 0, address = 0;
                const Evidence& ex = evidenceOf(a);
                const Evidence& ey = evidenceOf(b);
                for (const QString& l1 : ex.emailLocals) {
                    for (const QString& l2 : ey.emailLocals) {
                        const double s = names::jaroWinkler(l1, l2);
                        email = std::max(email, s >= 0.85 ? s : 0.0);
                    }
                }
                for (const QString& t1 : ex.phoneTails) {
                    for (const QString& t2 : ey.phoneTails) {
                        if (!t1.isEmpty() && !t2.isEmpty() && t1 == t2) {
                            phone = 1;
                        }
                    }
                }
                if (!x.city.isEmpty() && x.city == y.city) {
                    city = 1;
                }
                if (!x.birthDate.isEmpty() && x.birthDate == y.birthDate) {
                    birth = 1;
                }
                if (!x.address.isEmpty() && x.address == y.address) {
                    address = 1;
                }
                if (email == 0 && phone == 0 && city == 0 && birth == 0 && address == 0) {
                    continue; // never on a name alone
                }
                const double score = f.wName * nameSim + f.wEmailLocal * email + f.wPhoneTail * phone + f.wCity * city +
                                     f.wBirthDate * birth + f.wAddress * address;
                if (score < f.reviewThreshold) {
                    continue;
                }
                QStringList why{tr("name %1").arg(QString::number(nameSim, 'f', 2))};
                if (email > 0) {
                    why << tr("e-mail %1").arg(QString::number(email, 'f', 2));
                }
                if (phone > 0) {
                    why << tr("phone ends alike");
                }
                if (city > 0) {
                    why << tr("same city");
                }
                if (birth > 0) {
                    why << tr("same birth date");
                }
                if (address > 0) {
                    why << tr("same address");
                }
                found.append({a, b, score, why.join(QStringLiteral(", "))});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Suspect& l, const Suspect& r) {
        return l.score != r.score ? l.score > r.score : std::pair(l.a, l.b) < std::pair(r.a, r.b);
    });
    for (const Suspect& s : std::as_const(found)) {
        if (s.score >= f.threshold) {
            const Edge e{s.a, s.b, f.rule, std::min(1.0, s.score), s.why, false};
            if (uf.unite(e.a, e.b, false) == UnionFind::Outcome::Joined) {
                out.append(e);
            } else if (uf.find(e.a) != uf.find(e.b)) {
                ++refused;
            }
        } else if (uf.find(s.a) != uf.find(s.b)) {
            suspects.append(s);
        }
    }
}

// UnionFind ------------------------------------------------------------------------------------------

namespace {
// How many namespaces a cluster's strong ids come from.
qsizetype namespaces(const std::vector<std::pair<QString, QString>>& ids) {
    qsizetype n = 0;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QString& ns = it->first;
        n += std::none_of(ids.cbegin(), it, [&ns](const auto& p) { return p.first == ns; }) ? 1 : 0;
    }
    return n;
}

// Whether two clusters hold different ids of one namespace and none in common there.
bool conflicting(const std::vector<std::pair<QString, QString>>& a, const std::vector<std::pair<QString, QString>>& b) {
    for (const auto& theirs : b) {
        bool has = false;
        bool shared = false;
        for (const auto& ours : a) {
            if (ours.first == theirs.first) {
                has = true;
                shared = std::find(b.cbegin(), b.cend(), ours) != b.cend();
                if (shared) {
                    break;
                }
            }
        }
        if (has && !shared) {
            return true;
        }
    }
    return false;
}
} // namespace

UnionFind::UnionFind(const QList<Rec>& recs)
    : m_parent(recs.size()) {
    std::iota(m_parent.begin(), m_parent.end(), 0);
    m_strong.resize(static_cast<size_t>(recs.size()));
    m_isolated.resize(recs.size());
    for (qsizetype i = 0; i < recs.size(); ++i) {
        if (!recs.at(i).strongId.isEmpty()) {
            m_strong[size_t(i)].emplace_back(recs.at(i).strongNs, recs.at(i).strongId);
        }
        m_isolated[i] = recs.at(i).isolated;
    }
}

int UnionFind::find(int x) {
    while (m_parent[x] != x) {
        m_parent[x] = m_parent[m_parent[x]];
        x = m_parent[x];
    }
    return x;
}

UnionFind::Outcome UnionFind::unite(int a, int b, bool forced, bool duplicate) {
    int ra = find(a), rb = find(b);
    if (ra == rb) {
        return Outcome::Already;
    }
    if (!forced) {
        if (m_isolated[a] || m_isolated[b]) { // per record: a split record joins only by a merge decision
            return Outcome::RefusedIsolated;
        }
        if (!duplicate && conflicting(m_strong[size_t(ra)], m_strong[size_t(rb)])) {
            return Outcome::RefusedStrong; // two different ids issued by one system: two customers
        }
    }
    // The root: the cluster with ids from more namespaces.
    if (namespaces(m_strong[size_t(ra)]) < namespaces(m_strong[size_t(rb)])) {
        std::swap(ra, rb);
    }
    m_parent[rb] = ra;
    auto& into = m_strong[size_t(ra)];
    for (auto& p : m_strong[size_t(rb)]) {
        if (std::find(into.cbegin(), into.cend(), p) == into.cend()) {
            into.push_back(std::move(p));
        }
    }
    m_strong[size_t(rb)] = {};
    return Outcome::Joined;
}

} // namespace c360::identity

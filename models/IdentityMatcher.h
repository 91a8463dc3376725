#pragma once

#include "models/IdentityGraph.h"
#include "models/IdentityRules.h"

#include <QCoreApplication>

namespace c360::identity {

// The scoring half of identity resolution: which records belong together and why, as edges, from the
// records the resolver loaded. Deterministic keys under their guard-rails (a key shared by too many
// names is blocked; names must agree, with nicknames, a first name alone and birth dates taken into
// account; ambiguous phone readings link only where another record confirms one), surname changes under
// a shared e-mail and phone, duplicates inside one system, and the weighted fuzzy rule.
class IdentityMatcher {
    Q_DECLARE_TR_FUNCTIONS(c360::identity::IdentityMatcher)

public:
    IdentityMatcher(QList<Rec>& recs, const IdentityRules& rules);

    // Edges of the deterministic rules, surname changes and same-system duplicates (appended to `edges`).
    void deterministic(QList<Edge>& edges);
    // The fuzzy rule over what the union-find has not joined; accepted edges are united and appended to
    // `out`, pairs between the review and the link threshold become suspects. First the deferred edges: a
    // record whose name agreed with several names on a key joins them when they turned out to be one person.
    void fuzzy(UnionFind& uf, QList<Edge>& out);
    // Records on keys many people share (a shop's support address or line), once the other deterministic edges
    // are applied (models/IdentitySharedKeys.cpp): a record whose only keys are shared joins the one customer with
    // its full name on the key, or else (rules' shared_keys.names_elsewhere) the one customer anywhere with that
    // full name; never when two customers carry it or a birth date or address disagrees. Two customers who each
    // have keys of their own are never joined through a shared key. Accepted edges are united and appended to
    // `out` (or listed as suspects when the rule's action is review).
    void sharedKeyEdges(UnionFind& uf, QList<Edge>& out);

    QList<Block> blocks;
    QList<Suspect> suspects;
    int refused = 0;

private:
    void strongIdEdges(const DeterministicRule& rule, QList<Edge>& edges);
    void keyEdges(const DeterministicRule& rule, QList<Edge>& edges);
    void groupEdges(const DeterministicRule& rule, const QString& key, const QList<int>& members,
                    const QString& evidence, QList<Edge>& edges);
    void sharedNicknameEdges(const DeterministicRule& rule, const QHash<QString, QList<int>>& byName,
                             const QString& evidence, QList<Edge>& edges);
    void surnameChangeEdges(QList<Edge>& edges);
    // A record whose name agreed with several names on a key joins them once the deterministic edges made them
    // one person (run first in fuzzy(), on the union-find those edges built).
    void deferredEdges(UnionFind& uf, QList<Edge>& out);
    void duplicateEdges(QList<Edge>& edges);
    // Name groups of the records on one key: records whose names agree (and birth dates do not disagree)
    // share a group; -1 for a record that has no name or agrees with several groups.
    // `ambiguous` (optional): member index -> the groups a record agrees with when it agrees with several.
    // `cap` > 0: stops as soon as there are more groups than that (the key is shared; every record gets -1 and
    // `groups` the number of distinct names on the key).
    QList<int> nameGroups(const QList<int>& members, int* groups, QHash<int, QList<int>>* ambiguous = nullptr,
                          int cap = 0) const;
    bool namesAgree(const Rec& a, const Rec& b) const;

    QList<Rec>& m_recs;
    const IdentityRules& m_rules;
    // Record i has a key of its own or a strong id (not only keys shared by many people).
    bool ownKey(int i) const;
    bool onSharedKey(int i) const;
    QString sharedKeyOf(const Rec& r) const; // "email help@…": the first shared key the record carries

    void countShared(const QList<int>& members);

    QSet<QString> m_shared;   // "kind\x1fvalue" of keys blocked as shared by many people
    QList<int> m_sharedCount; // per record: the key values it carries that are shared by many people
    // Same (or short-form) full names on a shared key: applied in sharedKeyEdges, after the other unions.
    QList<Edge> m_sharedEdges;
    struct Deferred {
        int record = 0;
        QList<int> names; // one record of each name group it agrees with
        QString rule;
        double score = 0;
        QString evidence;
        QString because; // appended to the evidence when it links
    };
    QList<Deferred> m_deferred;
};

} // namespace c360::identity

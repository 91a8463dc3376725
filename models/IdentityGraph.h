#pragma once

#include "models/NameMatch.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// Internal to identity resolution (IdentityResolver, IdentityMatcher): the records as the resolver
// sees them, the edges between them and the union-find that applies the edges under the guard-rails.
namespace c360::identity {

struct Rec {
    qint64 id = 0;
    qint64 updatedMs = 0; // source_record.updated_at (0 for none)
    QString source, stream, sourceId, entity;
    qint64 party = 0;
    QString rule;
    double score = 1;
    QString evidence;
    QString name, nameKey; // as written; sorted pinyin/ASCII tokens
    names::NameForm nameForm;
    QStringList emails, phones, wechats;
    QStringList phoneCandidates; // readings of a number typed without a country code that stay ambiguous
    QStringList weakPhones;      // national digits of a number no region finds valid (keykinds::PhoneDigits)
    QString birthDate;           // YYYY-MM-DD
    QString address;             // Normalizer::addressKey
    QString strongNs, strongId;  // an external customer id and its namespace (the source that issued it):
                                 // a CRM customer's own id (ns "crm"), an order's customer_id (ns: the shop)
    QString city;
    bool isolated = false; // a split decision took it out of its party
};

struct Edge {
    int a = 0, b = 0;
    QString rule;
    double score = 1;
    QString evidence;
    bool forced = false;    // a supervisor's merge
    bool duplicate = false; // two ids of one system found to be one customer (a rule set to link them)
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
    enum class Outcome { Joined, Already, RefusedStrong, RefusedIsolated };

    explicit UnionFind(const QList<Rec>& recs);
    int find(int x);
    // Refused when the rules forbid the union: conflicting strong ids (unless `duplicate`: a rule found two
    // ids of one system to be one customer), an isolated record (unless `forced`: a supervisor's merge).
    Outcome unite(int a, int b, bool forced, bool duplicate = false);

private:
    QList<int> m_parent;
    // Each cluster's strong ids, (namespace, id), at its root: mostly none or one (several in a namespace only after
    // a duplicate link).
    std::vector<std::vector<std::pair<QString, QString>>> m_strong;
    QList<bool> m_isolated;
};

} // namespace c360::identity

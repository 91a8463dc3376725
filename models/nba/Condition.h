#pragma once

#include "models/Result.h"
#include "models/nba/Facts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace c360::nba {

// An eligibility condition: a tree of all/any/not over comparisons of facts.
//
// JSON (every node is an object):
//   {"all": [c, ...]}   {"any": [c, ...]}   {"not": c}
//   {"fact": "open_tickets", "op": ">", "value": 0}           ops: = != < <= > >=
//   {"fact": "segment", "op": "in", "value": ["gold", "vip"]}
//   {"fact": "do_not_contact", "op": "exists"}                 optional "value": false = absent
// Facts must be in factCatalog() and the value must fit the fact's type (numbers compare with all
// operators; strings and bools with = and !=; a list fact with = / != tests membership and with
// "in" any overlap). Strings compare case-insensitively. A comparison on an absent fact is false
// (also for !=); use exists to test presence.
class Condition {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::Condition)

public:
    enum class Op { Always, All, Any, Not, Eq, Ne, Lt, Le, Gt, Ge, In, Exists };

    Condition() = default; // Always: true
    // Parses the JSON text of one condition; errors name the JSON pointer of the bad node.
    static Result<Condition> parse(const QByteArray& json, const QString& path = {});

    // True when the facts satisfy the condition. With `why`, appends one human-readable line per
    // fact comparison that made it true (negated branches add nothing).
    bool evaluate(const Facts& facts, QStringList* why = nullptr) const;

    // The facts whose comparisons made the condition true, in the order of `why` (empty when false).
    QStringList heldFacts(const Facts& facts) const;

    Op op() const { return m_op; }
    // Names of every fact the condition reads.
    QStringList facts() const;
    // "open_tickets > 0", "all(...)": for editors and logs.
    QString toString() const;

    // Builders (tests and code-made packs).
    static Condition compare(Op op, const QString& fact, FactValue value);
    static Condition in(const QString& fact, QList<FactValue> values);
    static Condition exists(const QString& fact, bool expected = true);
    static Condition group(Op op, std::vector<Condition> children); // All, Any; Not takes one child

private:
    friend struct ConditionParser;
    bool leaf(const Facts& facts, QStringList* why) const;
    void collectFacts(QStringList& out) const;
    bool held(const Facts& facts, QStringList& out) const;

    Op m_op = Op::Always;
    QString m_fact;
    FactValue m_value;
    QList<FactValue> m_values; // In
    bool m_expected = true;    // Exists
    std::vector<Condition> m_children;
};

QString opName(Condition::Op op); // "=", "all", ...

} // namespace c360::nba

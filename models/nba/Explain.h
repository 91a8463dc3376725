#pragma once

#include "models/nba/Facts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace c360::nba {

// The "why" of a prompt in plain, translated words, from the facts that made it eligible:
// "Refund for order 48213 is 3 days overdue", "Gave an NPS score of 3 5 days ago". No operator
// syntax, no weights. Facts that only support another fact's sentence (the order number of a late
// delivery, say) add nothing of their own.
class Explain {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::Explain)

public:
    // One sentence per fact that says something by itself, in order, without repeats.
    static QStringList sentences(const QStringList& factNames, const Facts& facts);
    // The sentence for one fact; empty when it has none (or is absent).
    static QString sentence(const QString& factName, const Facts& facts);
    // "today", "yesterday", "5 days ago".
    static QString daysAgo(double days);
};

} // namespace c360::nba

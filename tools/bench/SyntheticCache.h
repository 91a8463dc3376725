#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace c360::bench {

struct SyntheticSpec {
    qint64 parties = 100000;
    int eventsPerParty = 20;
    int heavyEvents = 50000; // extra events of customer #1
    int pageSize = 1000;
    // Shop orders per customer, placed in the 40 days before `ordersUntil` (recent ones still on
    // their way): what the prompts of a call need (0: customers and interactions only).
    int ordersPerParty = 0;
    QDateTime ordersUntil;
};

struct SyntheticFigures {
    qint64 records = 0;
    double seconds = 0;
};

// Writes a synthetic company through the real CacheWriter (the same path a sync takes):
// one CRM customer per party plus its contact-center interactions, in pages of pageSize.
Result<SyntheticFigures> buildSyntheticCache(QSqlDatabase db, const SyntheticSpec& spec,
                                             const std::function<void(qint64 done, qint64 total)>& progress);

// The phone and e-mail that synthetic party #i carries (for the query benchmark).
QString syntheticPhone(qint64 i);
QString syntheticEmail(qint64 i);

} // namespace c360::bench

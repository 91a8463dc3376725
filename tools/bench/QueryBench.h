#pragma once

#include "models/Normalize.h"
#include "tools/bench/LatencyStats.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace c360::bench {

struct QueryFigures {
    LatencyStats searchPhone; // phone typed in another written form
    LatencyStats searchEmail; // e-mail typed in upper case
    LatencyStats searchOrder; // an order number (caches with shop orders)
    LatencyStats searchCjk;   // the first two characters of a Chinese name ("王伟")
    LatencyStats searchName;  // the first two letters of a Latin name
    LatencyStats searchLatin; // a Latin first name and the start of the surname ("Emily Ca")
    // The floor of each key search: one indexed SELECT (record_key → party_link) of the already
    // normalized key through the sqlite3 C API, on its own read-only connection.
    LatencyStats floorPhone;
    LatencyStats floorEmail;
    LatencyStats floorOrder;
    LatencyStats header;        // customer header (golden record + aggregates)
    LatencyStats timelineFirst; // first page (200 rows) of a random customer
    LatencyStats heavyFirst;    // first page of the busiest customer
    LatencyStats heavyPages;    // every further keyset page of the busiest customer
    // Opening a customer as the window does: header + first timeline page + prompts (facts from
    // the cache, the customer's answer history, the shipped rule pack evaluated).
    LatencyStats openCustomer; // random customers
    LatencyStats openHeavy;    // the busiest customer
    int promptsShown = 0;      // opened random customers with at least one prompt
    qint64 heavyEvents = 0;
    qint64 parties = 0;
    qint64 events = 0;
    int misses = 0; // phone/email lookups that did not find the expected customer

    QJsonObject toJson() const;
    QString report() const;
};

// Samples random customers of the cache and measures what the agent does on a call.
QueryFigures runQueryBench(QSqlDatabase db, const QString& dbPath, const Normalizer& normalizer, int samples,
                           unsigned seed);

} // namespace c360::bench

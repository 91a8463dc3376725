#pragma once

#include "models/Normalize.h"
#include "tools/bench/LatencyStats.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace c360::bench {

struct QueryFigures {
    LatencyStats searchPhone;   // phone typed in another written form
    LatencyStats searchEmail;   // e-mail typed in upper case
    LatencyStats searchName;    // a name prefix (CJK names of two characters included)
    LatencyStats header;        // customer header (golden record + aggregates)
    LatencyStats timelineFirst; // first page (200 rows) of a random customer
    LatencyStats heavyFirst;    // first page of the busiest customer
    LatencyStats heavyPages;    // every further keyset page of the busiest customer
    qint64 heavyEvents = 0;
    qint64 parties = 0;
    qint64 events = 0;
    int misses = 0; // phone/email lookups that did not find the expected customer

    QJsonObject toJson() const;
    QString report() const;
};

// Samples random customers of the cache and measures what the agent does on a call.
QueryFigures runQueryBench(QSqlDatabase db, const Normalizer& normalizer, int samples, unsigned seed);

} // namespace c360::bench

#pragma once

#include "models/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace c360 {

// One record's true person, for measuring (labels CSV: source, source_id, person).
struct IdentityLabel {
    QString source;
    QString sourceId;
    QString person;
};

// Pairwise precision/recall of the links among the labelled records found in the cache.
struct PairwiseReport {
    int labelled = 0; // labels read
    int found = 0;    // labelled records present (live) in the cache
    qint64 truePairs = 0, predictedPairs = 0, correctPairs = 0;
    double precision() const { return predictedPairs == 0 ? 1.0 : double(correctPairs) / double(predictedPairs); }
    double recall() const { return truePairs == 0 ? 1.0 : double(correctPairs) / double(truePairs); }
};

// Reading a labelled set and scoring the cache's links against it (`c360 resolve --report --labels`).
namespace identitylabels {
Result<QList<IdentityLabel>> read(const QString& csvPath);
Result<PairwiseReport> score(QSqlDatabase db, const QList<IdentityLabel>& labels);
} // namespace identitylabels

} // namespace c360

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace c360 {

// The customers' lifetime values at each permille, for the ltv_percentile prompt fact on a big cache: counting
// the customers at or below a value visits every customer (a million on a big cache); ltv_quantile keeps the
// value at each permille (and how many customers have spend), refreshed in one ordered pass after a sync.
class LtvQuantiles {
    Q_DECLARE_TR_FUNCTIONS(c360::LtvQuantiles)

public:
    // Rewrites ltv_quantile from the party table (one pass in lifetime_value order). Writer thread.
    static Status refresh(QSqlDatabase db);
    // Below this many customers with spend the exact count is cheap and used instead.
    static constexpr int kUsedFrom = 20000;
    // The share of customers with spend whose value is at or below `ltv`, in permille (0..1000) to one permille,
    // from the stored quantiles; nullopt when they are absent or cover fewer than kUsedFrom customers.
    static Result<std::optional<int>> permille(QSqlDatabase db, double ltv);
};

} // namespace c360

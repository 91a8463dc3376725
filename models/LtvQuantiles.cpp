#include "models/LtvQuantiles.h"

#include "models/SqlUtil.h"

namespace c360 {

Status LtvQuantiles::refresh(QSqlDatabase db) {
    QSqlQuery q(db);
    // Permille k (1..1000) holds the value at rank ceil(k·n/1000) of the n values in ascending order: the
    // largest value of the ranks whose permille rounds up to k.
    for (const char* statement :
         {"DELETE FROM ltv_quantile",
          "INSERT INTO ltv_quantile(rank, value) SELECT 0, count(*) FROM party WHERE lifetime_value > 0",
          "INSERT INTO ltv_quantile(rank, value) SELECT (rn * 1000 + n - 1) / n, max(v) FROM (SELECT lifetime_value "
          "AS v, row_number() OVER (ORDER BY lifetime_value) AS rn, CAST((SELECT value FROM ltv_quantile WHERE rank = "
          "0) AS INTEGER) AS n FROM party WHERE lifetime_value > 0) GROUP BY 1"}) {
        if (!q.exec(QString::fromLatin1(statement))) {
            return sql::error(q, tr("The customers' value ranking could not be updated."));
        }
    }
    return {};
}

Result<std::optional<int>> LtvQuantiles::permille(QSqlDatabase db, double ltv) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT (SELECT value FROM ltv_quantile WHERE rank = 0), (SELECT count(*) FROM "
                                  "ltv_quantile WHERE rank > 0 AND value <= ?)")) ||
        !sql::exec(q, {ltv})) {
        return sql::error(q, tr("The customers' value ranking could not be read."));
    }
    if (!q.next() || q.value(0).isNull() || q.value(0).toDouble() < kUsedFrom) {
        return std::optional<int>();
    }
    return std::optional<int>(q.value(1).toInt());
}

} // namespace c360

#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360 {
struct ReportFilter;
struct ReportTable;
} // namespace c360

namespace c360::app {

// `c360 report contacts|fcr|repeat-contacts|handle-time|nba|nba-agents|stages --from DATE --to DATE [--queue Q]
//  [--agent A] --format csv|json [--stages FILE] [--db PATH]`: the supervisors' figures, headless.
int runCliReport(const QStringList& arguments, QTextStream& out, QTextStream& err);

// {"report", "from", "to", "queue", "agent", "columns", "rows": [{column: value}]}.
QByteArray reportToJson(const QString& name, const ReportFilter& filter, const ReportTable& table);

inline constexpr const char* kCliReportSynopsis =
    "c360 report contacts|fcr|repeat-contacts|handle-time|nba|nba-agents|stages --from DATE --to DATE "
    "[--queue Q] [--agent A] --format csv|json [--stages FILE] [--role ROLE] [--db PATH]";

} // namespace c360::app

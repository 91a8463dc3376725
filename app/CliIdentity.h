#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 resolve [--db PATH] [--rules FILE] [--report] [--labels LABELS.csv]`: full identity
// re-resolution of the cache (rules, guard-rails, supervisors' decisions); with --report and
// --labels (columns source, source_id, person) also prints pairwise precision and recall.
int runCliResolve(const QStringList& arguments, QTextStream& out, QTextStream& err);
// `c360 export parties|links [--format csv] [--db PATH]`: the golden records or every record's
// link (party, rule, score, why) as CSV on standard output.
int runCliExport(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliResolveSynopsis =
    "c360 resolve [--db PATH] [--rules FILE] [--report] [--labels LABELS.csv]";
inline constexpr const char* kCliExportSynopsis = "c360 export parties|links [--format csv] [--db PATH]";

} // namespace c360::app

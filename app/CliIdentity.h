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

// `c360 import --db PATH --source NAME --stream customers|orders|tickets|campaign_events|interactions
//  --mapping FILE DATA.csv|DATA.jsonl`: lands a file export through a stream mapping (a connector
// manifest, or one stream's {"entity", "map", "children"}), the cache writer and identity linking,
// all rows in one transaction: a bad row (line N) is reported and nothing is loaded. Re-importing
// the same file changes nothing. `--region CC`: the source's region; a phone number without a country
// code that is valid there is read there (else by the record's country and the number's shape).
int runCliImport(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliImportSynopsis =
    "c360 import --db PATH --source NAME --stream customers|orders|tickets|campaign_events|interactions "
    "--mapping FILE [--region CC] DATA.csv|DATA.jsonl";
inline constexpr const char* kCliResolveSynopsis =
    "c360 resolve [--db PATH] [--rules FILE] [--report] [--labels LABELS.csv]";
inline constexpr const char* kCliExportSynopsis = "c360 export parties|links [--format csv] [--role ROLE] [--db PATH]";

} // namespace c360::app

#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 nba PARTY [--context reason=R,channel=C,queue=Q] [--pack FILE] [--db PATH] [--json] [--top K]
//  [--lang en|zh_CN|zh_TW] [--now ISO8601]`: ranks the pack's actions for one customer and prints
// them with scores and why. `arguments`: program name, then the command's own arguments.
// `c360 nba --facts FILE ...` evaluates the facts of a JSON file ({"fact": value, ...}) instead of
// a customer of the cache (for testing packs); no cache is needed. A customer is ranked with what
// the prompts learned from earlier answers, as in the window (--rules-only: the pack alone).
// `c360 nba --learned` lists what was learned per action; `--reset-learning ACTION` forgets it.
int runCliNba(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliNbaSynopsis =
    "c360 nba (PARTY | --facts FILE) [--context reason=R,channel=C,queue=Q] [--pack FILE] [--db PATH] [--json] "
    "[--top K] [--lang en|zh_CN|zh_TW] [--now ISO8601] [--rules-only] | c360 nba --learned [--json] | c360 nba "
    "--reset-learning ACTION";

} // namespace c360::app

#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 pop --ani NUMBER [--call-id X] [--queue Q] [--dnis D] [--db PATH] [--sources FILE]`:
// hands an incoming call to the running workstation (single instance through a local socket),
// or starts one for it. For CTI connectors that can only run a command or open a URL.
inline constexpr const char* kCliPopSynopsis =
    "c360 pop --ani NUMBER [--call-id X] [--queue Q] [--dnis D] [--db PATH] [--sources FILE]";
int runPop(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace c360::app

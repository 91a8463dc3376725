#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 outbox list|push|retry`: the agent writes waiting in the outbox, as a script sees them.
//   list  [--state pending|sent|failed] [--limit N]      newest first
//   push  [--sources FILE] [--wait SECONDS]              pushes until nothing is due (each write through
//                                                         its source's write action); exit 1 when some
//                                                         were rejected or still wait
//   retry ID… | --failed                                 a failed write pending again, same idempotency key
// All take [--db PATH] [--outbox PATH] [--json].
int runCliOutbox(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliOutboxSynopsis =
    "c360 outbox list|push|retry [ID…] [--state S] [--sources FILE] [--failed] [--db PATH] [--outbox PATH] [--json]";

} // namespace c360::app

#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

inline constexpr const char* kCliAuditSynopsis =
    "c360 audit [--verify] [--json] [--party ID] [--action A] [--limit N] [--audit PATH] [--db PATH]";

// `c360 audit`: lists the audit log (newest first) or, with --verify, checks its hash chain.
// Exit codes: 0 listed / intact, 1 tampered or unreadable, 2 usage error.
int runCliAudit(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace c360::app

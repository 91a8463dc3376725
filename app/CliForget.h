#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

inline constexpr const char* kCliForgetSynopsis = "c360 forget PARTY --yes [--db PATH] [--outbox PATH] [--json]";

// `c360 forget PARTY --yes`: erases every local trace of one customer (cache rows, search index,
// outbox items sent or not) and records it in the audit log. Exit 0 done, 1 failed, 2 usage.
int runCliForget(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace c360::app

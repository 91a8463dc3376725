#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

inline constexpr const char* kCliTakeOfflineSynopsis =
    "c360 take-offline --customers FILE [--estimate] [--sources FILE] [--db PATH] [--json] [--quiet] [--role ROLE]";

// `c360 take-offline --customers FILE`: reads the listed customers' full history from every source of the
// sources file and keeps them in every later sync (FILE: ids, e-mail addresses or phone numbers, one a line;
// "-" reads standard input). `--estimate` only prints the size estimate. Exit 0: every listed customer is
// available offline; 1: some could not be read (the output says which and why); 2: usage. E-mail addresses and
// phone numbers it prints are masked for the role (--role may only lower the signed-in one, app/CliPii.h).
int runCliTakeOffline(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace c360::app

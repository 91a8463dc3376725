#pragma once

#include <QString>
#include <QTextStream>

namespace c360::app {

struct CliSyncRequest {
    QString dbPath;
    QString sourcesPath;
    QString source; // empty: all
    QString stream; // empty: all
    bool json = false;
    bool quiet = false;
};

// `c360 sync`: runs the sync engine on this thread, prints progress lines to stderr and a
// report (text or JSON) to stdout. Exit code 0 when every stream synced, 1 otherwise.
int runCliSync(const CliSyncRequest& request, QTextStream& out, QTextStream& err);

} // namespace c360::app

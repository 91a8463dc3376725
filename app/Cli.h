#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace c360::app {

// The headless command line of the `c360` binary: sync, search, timeline, stats.
// No window and no display needed. Exit codes: 0 success, 1 the operation failed, 2 usage error.
class Cli {
public:
    Cli(QTextStream& out, QTextStream& err);

    // True when argv names a command (so main() starts no GUI).
    static bool isCommand(const QStringList& arguments);
    int run(const QStringList& arguments);

private:
    int sync(const QStringList& args);
    int search(const QStringList& args);
    int timeline(const QStringList& args);
    int stats(const QStringList& args);
    int usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
};

// The cache file used when --db is not given: <AppDataLocation>/cache.db.
QString defaultCachePath();
// The sources file used when --sources is not given: <AppConfigLocation>/sources.json.
QString defaultSourcesPath();

} // namespace c360::app

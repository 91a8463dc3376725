#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace c360::app {

// A command of the `c360` binary that lives in its own file (app/CliX.cpp). `arguments` are the
// program name followed by the command's own arguments (the command word removed). Returns the
// exit code: 0 success, 1 the operation failed, 2 usage error.
struct CliCommand {
    QString name;
    QString synopsis; // one usage line, e.g. "c360 nba PARTY [--context k=v,..] [--db PATH] [--json]"
    std::function<int(const QStringList& arguments, QTextStream& out, QTextStream& err)> run;
};

// The commands that live outside Cli.cpp; adding one is one line in Cli.cpp's table.
QList<CliCommand> extraCommands();

// The headless command line of the `c360` binary: sync, search, timeline, stats.
// No window and no display needed. Exit codes: 0 success, 1 the operation failed, 2 usage error.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(c360::app::Cli) // the context lupdate gives the members' tr() calls
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

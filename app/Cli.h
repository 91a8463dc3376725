#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

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

// Parses a command's own arguments with `parser` (to which it adds -h/--help). On --help it prints
// the synopsis and the options to `out` and returns 0; on a parse error it prints the error and the
// synopsis to `err` and returns 2; nullopt when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis,
                                    QTextStream& out, QTextStream& err);

// The headless command line of the `c360` binary: sync, search, timeline, stats.
// No window and no display needed. Exit codes: 0 success, 1 the operation failed, 2 usage error.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(c360::app::Cli) // the context lupdate gives the members' tr() calls
public:
    Cli(QTextStream& out, QTextStream& err);

    // True when argv names a command, or asks only for --help / --version (so main() starts no
    // GUI and needs no display). Global options may come before the command word:
    // `c360 --db X search Q` is `c360 search --db X Q`.
    static bool isCommand(const QStringList& arguments);
    // A command that works through the whole cache at once (resolve, import, sync): main() lets it
    // run with huge pages (platform::preferHugePages).
    static bool isBulkCommand(const QStringList& arguments);
    // The value of --lang wherever it is in argv ("" when absent).
    static QString languageArgument(const QStringList& arguments);
    int run(const QStringList& arguments);

private:
    int sync(const QStringList& args);
    int search(const QStringList& args);
    int timeline(const QStringList& args);
    int stats(const QStringList& args);
    int usage(const QString& problem);
    int help();
    static QString commandSynopses();

    QTextStream& m_out;
    QTextStream& m_err;
};

// The cache file used when --db is not given: <AppDataLocation>/cache.db.
QString defaultCachePath();
// The sources file used when --sources is not given: <AppConfigLocation>/sources.json.
QString defaultSourcesPath();

} // namespace c360::app

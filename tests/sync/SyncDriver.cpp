// c360-sync-driver: a test-only driver that runs SyncEngine on the main thread, so that the
// resume test can kill a real sync process without depending on the `c360` CLI.
//   c360-sync-driver --db PATH --sources FILE [--page-size N] [--source NAME] [--stream NAME]
// Prints the report's summary and a "totals fetched=N pages=N ..." line; exit 0 when every stream synced.

#include "models/Database.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString db;
    QString sources;
    c360::SyncOptions options;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& key = args.at(i);
        const QString& value = args.at(i + 1);
        if (key == QLatin1String("--db")) {
            db = value;
        } else if (key == QLatin1String("--sources")) {
            sources = value;
        } else if (key == QLatin1String("--page-size")) {
            options.pageSize = value.toInt();
        } else if (key == QLatin1String("--source")) {
            options.sourceFilter.append(value);
        } else if (key == QLatin1String("--stream")) {
            options.streamFilter.append(value);
        }
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (db.isEmpty() || sources.isEmpty()) {
        err << "usage: c360-sync-driver --db PATH --sources FILE [--page-size N]\n";
        return 2;
    }
    auto database = c360::Database::open(db, QStringLiteral("driver"));
    if (!database) {
        err << database.error().message << '\n';
        return 2;
    }
    c360::SyncEngine engine(database->handle());
    auto report = engine.runFile(sources, options);
    if (!report) {
        err << report.error().message << '\n';
        return 2;
    }
    out << report->summary << '\n'
        << "totals fetched=" << report->fetched << " pages=" << report->pages << " upserted=" << report->upserted
        << " deleted=" << report->deleted << " quarantined=" << report->quarantined
        << " failed=" << report->failedStreams << '\n';
    out.flush();
    return report->ok() ? 0 : 1;
}

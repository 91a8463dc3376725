// c360-sync-driver: a test-only driver that runs SyncEngine on the main thread, so that the
// resume test can kill a real sync process without depending on the `c360` CLI.
//   c360-sync-driver --db PATH --sources FILE [--page-size N] [--group-pages N] [--source NAME] [--stream NAME]
// Prints the report's summary and a "totals fetched=N pages=N ..." line; exit 0 when every stream synced.
//   c360-sync-driver --outbox PATH --push URL --token T
// Pushes the outbox until nothing is pending (TestOutbox kills it mid-push); exit 0 when done.

#include "models/Database.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString db;
    QString sources;
    QString outbox;
    QString pushUrl;
    QString token;
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
        } else if (key == QLatin1String("--group-pages")) {
            options.groupPages = value.toInt();
            options.groupMs = 60'000; // the pages alone decide
        } else if (key == QLatin1String("--source")) {
            options.sourceFilter.append(value);
        } else if (key == QLatin1String("--stream")) {
            options.streamFilter.append(value);
        } else if (key == QLatin1String("--outbox")) {
            outbox = value;
        } else if (key == QLatin1String("--push")) {
            pushUrl = value;
        } else if (key == QLatin1String("--token")) {
            token = value;
        }
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!outbox.isEmpty()) {
        auto store = c360::sync::OutboxStore::open(outbox, QStringLiteral("driver-outbox"));
        if (!store) {
            err << store.error().message << '\n';
            return 2;
        }
        c360::sync::SourceAuth auth;
        auth.type = QStringLiteral("bearer");
        auth.secret = token;
        c360::sync::OutboxPusher pusher(*store, {pushUrl, auth}, {},
                                        {8, std::chrono::milliseconds(5), std::chrono::milliseconds(50)});
        for (int pass = 0; pass < 3000; ++pass) {
            const auto pushed = pusher.pushDue();
            if (pushed.sent == 0) {
                QThread::msleep(10); // only retries are left: let their backoff pass
            }
            auto counts = store->counts();
            if (!counts) {
                return 2;
            }
            if (counts->pending == 0) {
                out << "outbox sent=" << counts->sent << " failed=" << counts->failed << '\n';
                return 0;
            }
        }
        return 1;
    }
    if (db.isEmpty() || sources.isEmpty()) {
        err << "usage: c360-sync-driver --db PATH --sources FILE [--page-size N] [--group-pages N]\n";
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

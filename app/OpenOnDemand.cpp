#include "app/OpenOnDemand.h"

#include "models/Database.h"
#include "models/Normalize.h"
#include "sync/SourcesFile.h"

#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <exception>

namespace c360::app {

void OpenOnDemand::start(const QString& cachePath, const QString& sourcesPath, const QString& key, QObject* context,
                         Done done) {
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([cachePath, sourcesPath, key, guard, done] {
        Result<sync::CustomerFetchReport> result = Error{tr("Loading the customer stopped on an internal error."), {}};
        try {
            static std::atomic<int> runs{0};
            auto sources = sync::SourcesFile::load(sourcesPath);
            Database::Options options;
            options.migrate = false;
            auto db = Database::open(cachePath, QStringLiteral("open-on-demand-%1").arg(++runs), options);
            if (!sources) {
                result = sources.error();
            } else if (!db) {
                result = db.error();
            } else {
                // A number as the telephone system gives it: asked for in E.164, as sources know it.
                const auto e164 = Normalizer().phoneE164(key);
                const QString asked = key.contains(QLatin1Char('@')) || !e164 ? key : *e164;
                result = sync::CustomerFetch(db->handle()).run(*sources, {asked}, QStringLiteral("opened"));
            }
        } catch (const std::exception& e) {
            result = Error{tr("Loading the customer stopped on an internal error."), QString::fromLocal8Bit(e.what())};
        }
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard) {
                        done(result);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString OpenOnDemand::outcomeText(const Result<sync::CustomerFetchReport>& report, const QString& key) {
    if (!report) {
        return tr("%1 could not be loaded: %2").arg(key, report.error().message);
    }
    if (report->available() > 0) {
        return {};
    }
    if (report->sync.offline) {
        return tr("Offline: %1 is not on this computer and the sources cannot be reached.").arg(key);
    }
    if (report->sync.failedStreams > 0) {
        return tr("%1 could not be loaded from every source; try again.").arg(key);
    }
    return tr("No source knows %1.").arg(key);
}

} // namespace c360::app

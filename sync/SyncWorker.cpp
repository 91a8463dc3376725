#include "sync/SyncWorker.h"

#include "models/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>

#include <exception>

namespace c360 {

SyncWorker::SyncWorker(const std::atomic<bool>* cancel, QObject* parent)
    : QObject(parent)
    , m_cancel(cancel) {}

void SyncWorker::run(const QString& sourcesFilePath, const QString& dbPath, const SyncOptions& options) {
    try {
        auto sources = sync::SourcesFile::load(sourcesFilePath);
        if (!sources) {
            Q_EMIT failed(sources.error().message);
            return;
        }
        const QString connection =
            QStringLiteral("c360-sync-%1-%2").arg(reinterpret_cast<quintptr>(this), 0, 16).arg(++m_runs);
        auto db = Database::open(dbPath, connection);
        if (!db) {
            qCWarning(sync::lcSync).noquote() << db.error().message << "|" << db.error().detail;
            Q_EMIT failed(db.error().message);
            return;
        }
        SyncEngine engine(db->handle());
        engine.setCancelFlag(m_cancel);
        engine.setProgressCallback([this](const SyncProgress& p) { Q_EMIT progress(p); });
        const SyncReport report = engine.run(*sources, options);
        Q_EMIT finished(report);
    } catch (const std::exception& e) {
        qCCritical(sync::lcSync) << "sync aborted by an exception:" << e.what();
        Q_EMIT failed(QCoreApplication::translate("c360::SyncWorker", "The sync stopped on an internal error: %1")
                          .arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        Q_EMIT failed(QCoreApplication::translate("c360::SyncWorker", "The sync stopped on an internal error."));
    }
}

} // namespace c360

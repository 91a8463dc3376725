#include "app/SignOut.h"

#include "models/AuditLog.h"
#include "models/CustomerEraser.h"
#include "models/Database.h"
#include "models/Log.h"
#include "models/RoleGrant.h"
#include "sync/OutboxStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <exception>
#include <optional>

namespace c360::app {

QStringList SignOut::otherTraces() {
    QStringList files;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const char* name : {"/recent-calls.json", "/recent-calls.json.bad"}) {
        if (QFileInfo::exists(data + QLatin1String(name))) {
            files << data + QLatin1String(name);
        }
    }
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty() && QFileInfo(cache).isDir()) {
        QDirIterator it(cache, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
    }
    return files;
}

Result<SignOutReport> SignOut::run(const SignOutRequest& request) {
    static std::atomic<int> runs{0};
    const int run = ++runs;
    SignOutReport report;
    const QString outboxPath = request.outboxPath.isEmpty()
                                   ? QFileInfo(request.cachePath).absolutePath() + QStringLiteral("/outbox.db")
                                   : request.outboxPath;
    // The outbox first: a purge that would lose unsent notes is refused before anything changes.
    std::optional<sync::OutboxStore> outbox;
    if (request.purge && QFileInfo::exists(outboxPath)) {
        auto opened = sync::OutboxStore::open(outboxPath, QStringLiteral("c360-signout-outbox-%1").arg(run));
        if (!opened) {
            return opened.error();
        }
        outbox.emplace(std::move(*opened));
        const auto unsent = CustomerEraser::unsentCount(outbox->db());
        if (!unsent) {
            return unsent.error();
        }
        report.unsent = *unsent;
        if (report.unsent > 0 && request.unsent == SignOutRequest::Unsent::Refuse) {
            report.refused = true;
            return report;
        }
    }
    if (QFileInfo::exists(request.cachePath)) {
        auto cache = Database::open(request.cachePath, QStringLiteral("c360-signout-%1").arg(run));
        if (!cache) {
            return cache.error();
        }
        RoleGrantRepository grants(cache->handle());
        if (const auto grant = grants.load(); grant && grant->has_value()) {
            report.user = (*grant)->user;
        }
        if (Status cleared = grants.clear(); !cleared) {
            return cleared.error();
        }
        if (request.purge) {
            const auto rows = CustomerEraser::purgeCache(cache->handle());
            if (!rows) {
                return rows.error();
            }
            report.cacheRows = *rows;
        }
    }
    if (!request.purge) {
        qCInfo(lcStorage) << "signed out";
        return report;
    }
    if (outbox) {
        const auto rows = CustomerEraser::purgeOutbox(outbox->db(), request.unsent == SignOutRequest::Unsent::Discard);
        if (!rows) {
            return rows.error();
        }
        report.outboxRows = *rows;
    }
    for (const QString& file : otherTraces()) {
        if (QFile::remove(file)) {
            report.filesRemoved << file;
        }
    }
    report.purged = true;
    const QJsonObject detail{
        {QStringLiteral("reason"), QStringLiteral("sign-out")},
        {QStringLiteral("rows"), report.cacheRows},
        {QStringLiteral("outbox_items"), report.outboxRows},
        {QStringLiteral("unsent_kept"), request.unsent == SignOutRequest::Unsent::Keep ? report.unsent : qint64(0)},
        {QStringLiteral("files"), report.filesRemoved.size()}};
    if (auto audit =
            AuditLog::open(AuditLog::pathBeside(request.cachePath), QStringLiteral("c360-signout-audit-%1").arg(run));
        audit) {
        const QString actor = report.user.isEmpty() ? AuditLog::currentActor() : report.user;
        if (const auto entry = audit->append(actor, AuditAction::Purge, QStringLiteral("cache"), detail); !entry) {
            return Error{tr("The customer data was removed, but the audit log could not record it: %1")
                             .arg(entry.error().message),
                         entry.error().detail};
        }
    }
    qCInfo(lcStorage) << "signed out and purged:" << report.cacheRows << "cache rows," << report.outboxRows
                      << "outbox items," << report.filesRemoved.size() << "files";
    return report;
}

void SignOut::start(const SignOutRequest& request, QObject* context, Done done) {
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([request, guard, done] {
        Result<SignOutReport> result = Error{tr("The sign-out stopped on an internal error."), {}};
        try {
            result = run(request);
        } catch (const std::exception& e) {
            result = Error{tr("The sign-out stopped on an internal error."), QString::fromLocal8Bit(e.what())};
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

} // namespace c360::app

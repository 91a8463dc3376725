#include "SignInRunner.h"

#include "models/Database.h"
#include "sync/SignIn.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <exception>

namespace c360::app {

Result<std::optional<RoleGrant>> SignInRunner::run(const QString& sourcesPath, const QString& cachePath) {
    auto grant = sync::SignIn::run(sourcesPath);
    if (!grant || !grant->has_value()) {
        return grant;
    }
    static std::atomic<int> runs{0};
    auto db = Database::open(cachePath, QStringLiteral("c360-signin-%1").arg(++runs));
    if (!db) {
        return db.error();
    }
    if (Status saved = RoleGrantRepository(db->handle()).save(**grant); !saved) {
        return saved.error();
    }
    return grant;
}

void SignInRunner::start(const QString& sourcesPath, const QString& cachePath, QObject* context, Done done) {
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([sourcesPath, cachePath, guard, done] {
        Result<std::optional<RoleGrant>> result = Error{
            QCoreApplication::translate("c360::app::SignInRunner", "The sign-in stopped on an internal error."), {}};
        try {
            result = run(sourcesPath, cachePath);
        } catch (const std::exception& e) {
            result = Error{
                QCoreApplication::translate("c360::app::SignInRunner", "The sign-in stopped on an internal error."),
                QString::fromLocal8Bit(e.what())};
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

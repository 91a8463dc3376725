#include "models/WorkerGuard.h"

#include "models/Log.h"

#include <QCoreApplication>

namespace c360 {

QString internalErrorMessage(const QString& task, const QString& detail) {
    qCCritical(lcStorage).noquote() << task << "stopped on an exception:" << detail;
    return QCoreApplication::translate("c360::WorkerGuard",
                                       "%1 stopped on an internal error (%2). Nothing that was saved is lost; "
                                       "try again, and report it if it happens again.")
        .arg(task, detail);
}

} // namespace c360

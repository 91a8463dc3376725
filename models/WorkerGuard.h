#pragma once

#include <QString>

#include <exception>
#include <utility>

namespace c360 {

// The human message for a task that stopped on an exception (logged with its technical text).
// `task` is a translated noun phrase: "The sync", "Saving the answer to a prompt".
QString internalErrorMessage(const QString& task, const QString& detail);

// Runs `job` on a worker thread's stack so that no exception escapes a slot, run() or a task:
// returns an empty string when `job` returned normally, else the human message to report.
template <typename Job> QString runGuarded(const QString& task, Job&& job) noexcept {
    try {
        std::forward<Job>(job)();
        return {};
    } catch (const std::exception& e) {
        return internalErrorMessage(task, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return internalErrorMessage(task, QStringLiteral("unknown exception"));
    }
}

} // namespace c360

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace c360::sync {

// Secrets in the operating system's keychain (Secret Service on Linux, Credential Manager on
// Windows, Keychain on macOS) through QtKeychain, under the service "org.c360.Workstation".
// `keychain:NAME` in a sources file names such an entry.
//
// QtKeychain's jobs are asynchronous and run on the application's (UI) thread:
//   - the window uses read()/write() with a callback and never waits;
//   - lookup() is for code that needs the value now (the sources file): a worker thread waits for
//     the job that runs on the application thread; the application thread itself answers from
//     what this session already read or stored (prefetch() before a sync) or, when no event loop
//     runs yet (the command line), runs the job to its end.
// Nothing is ever written to a plain file: where no keychain service runs, callers are told
// (KeychainProblem::NoService) and decide with the user; keepForSession() is the only fallback.
class Keychain {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::Keychain)

public:
    enum class Problem { None, NoService, NotFound, Denied, Other };
    struct Failure {
        Problem problem = Problem::None;
        Error error;
    };
    using ReadDone = std::function<void(const QString& name, const QString& secret, const Failure& failure)>;
    using WriteDone = std::function<void(const QString& name, const Failure& failure)>;

    static QString serviceName();
    // A valid entry name: 1-100 characters of letters, digits, '.', '_', '-', '@'.
    static bool isValidName(const QString& name);

    // Asynchronous; `done` runs on `context`'s thread (skipped if `context` is gone).
    static void read(const QString& name, QObject* context, ReadDone done);
    static void write(const QString& name, const QString& secret, QObject* context, WriteDone done);
    static void remove(const QString& name, QObject* context, WriteDone done);
    // Reads every name (once each) so that lookup() on the application thread answers without waiting.
    static void prefetch(const QStringList& names, QObject* context, std::function<void(QList<Failure>)> done);

    // The secret now; see the class comment for which thread may wait.
    static Result<QString> lookup(const QString& name);

    // The user's choice when no keychain service runs: this process remembers the secret until it
    // exits; nothing is written anywhere.
    static void keepForSession(const QString& name, const QString& secret);
    static void forgetSession();

    // Every keychain:NAME named by a sources file's text (for prefetch()).
    static QStringList namesInSourcesFile(const QByteArray& json);
};

} // namespace c360::sync

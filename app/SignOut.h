#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace c360::app {

// What a sign-out is asked to do.
struct SignOutRequest {
    QString cachePath;
    QString outboxPath; // "" = outbox.db beside the cache
    bool purge = false; // also remove every local trace of customer data
    // Items in the outbox not sent yet (notes, wrap-ups, answers) when purging: refuse (nothing is
    // changed), keep them (everything else goes), or discard them with the rest.
    enum class Unsent { Refuse, Keep, Discard };
    Unsent unsent = Unsent::Refuse;
};

struct SignOutReport {
    QString user;         // who was signed in ("" = nobody had signed in)
    bool refused = false; // purge refused: `unsent` items wait and Unsent::Refuse; nothing changed
    bool purged = false;
    qint64 unsent = 0;     // items not sent yet, when asked
    qint64 cacheRows = 0;  // rows removed from the cache
    qint64 outboxRows = 0; // outbox items removed (sent ones; with Discard the unsent too)
    QStringList filesRemoved;
};

// Sign-out: forgets the signed-in user and role (the cache's signed_in_user); with purge, removes
// the cache's customer data (every table, the search index, the WALs; PRAGMA secure_delete zeroes
// the freed pages), the outbox items already sent, and the other local traces of customers (the
// recent-calls list, the application's cache folder). The audit log records the purge (counts
// only); it is kept. Never loses unsent outbox items unless asked to (SignOutRequest::Unsent).
class SignOut {
    Q_DECLARE_TR_FUNCTIONS(c360::app::SignOut)

public:
    // Blocking: the command line, or a worker thread.
    static Result<SignOutReport> run(const SignOutRequest& request);
    // Off the UI thread (its own connections); `done` on `context`'s thread.
    using Done = std::function<void(const Result<SignOutReport>& report)>;
    static void start(const SignOutRequest& request, QObject* context, Done done);
    // The files besides the cache and outbox that name customers: the recent-calls list (and a set-aside
    // copy of it), and whatever is in the application's cache folder.
    static QStringList otherTraces();
};

} // namespace c360::app

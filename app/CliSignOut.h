#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

inline constexpr const char* kCliSignOutSynopsis =
    "c360 sign-out [--purge [--keep-unsent|--force-discard-unsent]] [--db PATH] [--outbox PATH] [--json]";

// `c360 sign-out`: forgets the signed-in user and role; with --purge also every local trace of
// customer data (app/SignOut.h). Exit 0 done, 1 failed, 2 usage, 3 refused: the outbox holds items
// not sent yet and neither --keep-unsent nor --force-discard-unsent was given (nothing was changed).
int runCliSignOut(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace c360::app

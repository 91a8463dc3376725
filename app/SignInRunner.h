#pragma once

#include "models/Result.h"
#include "models/RoleGrant.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace c360::app {

// Signs in off the UI thread: asks the backend the sources file names in "sign_in" who the user is
// and in which role (sync/SignIn.h), keeps the grant in the cache (its own connection) and hands
// it to `done` on `context`'s thread. nullopt: the sources file names no sign-in.
class SignInRunner {
public:
    using Done = std::function<void(const Result<std::optional<RoleGrant>>& grant)>;
    static void start(const QString& sourcesPath, const QString& cachePath, QObject* context, Done done);
    // The same, blocking (the command line).
    static Result<std::optional<RoleGrant>> run(const QString& sourcesPath, const QString& cachePath);
};

} // namespace c360::app

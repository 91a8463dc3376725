#pragma once

#include "models/PiiMask.h"
#include "models/Result.h"
#include "models/RoleGrant.h"
#include "sync/HttpClient.h"
#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace c360::sync {

// Which backend says who the user is and what role they have, from the sources file's
//   "sign_in": {"source": "crm", "path": "/api/v1/me", "user": "/user", "name": "/name", "role": "/role",
//               "roles": {"admin": "supervisor", "end-user": "agent"}}
// Only "source" is required: the rest defaults to the reference backend's GET /api/v1/me. "user",
// "name" and "role" are JSON pointers into the answer; "roles" maps a vendor's role names onto ours
// (agent, supervisor, field, auditor); unmapped names are refused, never guessed upwards.
struct SignInSpec {
    QString source;
    QString path = QStringLiteral("/api/v1/me");
    QString userPointer = QStringLiteral("/user");
    QString namePointer = QStringLiteral("/name");
    QString rolePointer = QStringLiteral("/role");
    QMap<QString, QString> roles;
};

class SignIn {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::SignIn)

public:
    // The "sign_in" object of a sources file's text; nullopt when there is none.
    static Result<std::optional<SignInSpec>> specFromSourcesFile(const QByteArray& json, const QString& origin);
    // Asks the backend (blocking: call off the UI thread) with the source's own credentials.
    static Result<RoleGrant> fetch(HttpClient& http, const SourceConfig& source, const SignInSpec& spec);
    // The whole sign-in for a sources file: reads it (secrets resolved), then fetch().
    // nullopt: the file names no sign-in.
    static Result<std::optional<RoleGrant>> run(const QString& sourcesPath);

    // The effective role: the grant, lowered by a --role override when one is asked for. A role the
    // grant does not cover is refused (the grant stays) and `refused` says why. Without a grant the
    // override is taken as it is (development and demo: nothing to check it against).
    static AccessRole effectiveRole(const std::optional<RoleGrant>& grant, const std::optional<AccessRole>& override,
                                    QString* refused = nullptr);
    // May `granted` act as `wanted`? supervisor: any role; field: agent; every role: itself.
    static bool covers(AccessRole granted, AccessRole wanted);
};

} // namespace c360::sync

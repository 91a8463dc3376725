#pragma once

#include "models/PiiMask.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace c360 {

// What the backend granted at the last sign-in: who, and in which role.
struct RoleGrant {
    QString user;
    QString displayName;
    AccessRole role = AccessRole::Agent;
    QString source; // the source that answered the sign-in
    QDateTime at;   // UTC
};

// The last grant, kept in the cache (table signed_in_user, schema 8) so that the role holds offline.
// One row; a new sign-in replaces it.
class RoleGrantRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::RoleGrantRepository)

public:
    explicit RoleGrantRepository(QSqlDatabase db);
    Result<std::optional<RoleGrant>> load() const;
    Status save(const RoleGrant& grant);
    Status clear(); // sign-out

private:
    QSqlDatabase m_db;
};

} // namespace c360

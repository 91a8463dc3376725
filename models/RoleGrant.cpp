#include "models/RoleGrant.h"

#include "models/SqlUtil.h"

namespace c360 {

RoleGrantRepository::RoleGrantRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<RoleGrant>> RoleGrantRepository::load() const {
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT user, display_name, role, source, signed_in_ms FROM signed_in_user WHERE id = 1"))) {
        return sql::error(q, tr("The signed-in user could not be read from the cache."));
    }
    if (!q.next()) {
        return std::optional<RoleGrant>{};
    }
    const auto role = accessRoleFromName(q.value(2).toString());
    if (!role) {
        return Error{tr("The cache names an unknown role \"%1\" for the signed-in user.").arg(q.value(2).toString()),
                     {}};
    }
    RoleGrant g;
    g.user = q.value(0).toString();
    g.displayName = q.value(1).toString();
    g.role = *role;
    g.source = q.value(3).toString();
    g.at = sql::fromMs(q.value(4));
    return std::optional<RoleGrant>{g};
}

Status RoleGrantRepository::save(const RoleGrant& g) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO signed_in_user(id, user, display_name, role, source, "
                                  "signed_in_ms) VALUES (1, ?, ?, ?, ?, ?)")) ||
        !sql::exec(q, {g.user, sql::text(g.displayName), accessRoleName(g.role), g.source, sql::ms(g.at)})) {
        return sql::error(q, tr("The signed-in user could not be kept in the cache."));
    }
    return {};
}

Status RoleGrantRepository::clear() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM signed_in_user"))) {
        return sql::error(q, tr("The signed-in user could not be removed from the cache."));
    }
    return {};
}

} // namespace c360

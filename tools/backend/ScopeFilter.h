#pragma once

#include "tools/backend/Records.h"

#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace c360::backend {

// Who a generated customer belongs to, derived from the person's index (no randomness, so existing seeds
// give the same records as before): a sales territory and an account owner (one of the contact center's
// agents).
QString territoryOf(int person);
QString ownerOf(int person);

// The native API's scope filter (API.md, "Scope filter"): `territory=`, `owner=`, `queue=` (the persons with a
// live contact center interaction in one of those queues) and `customers=` (CRM ids, e-mail addresses or phone
// numbers), each a comma-separated list; a record is kept when its person matches any of them.
class ScopeFilter final {
public:
    // nullopt with `error` empty: the query has no scope parameter; with `error` set: a bad parameter.
    static std::optional<ScopeFilter> fromQuery(const QUrlQuery& query, const World& world, QString* error);

    bool keeps(int person) const;

private:
    QSet<QString> m_territories;
    QSet<QString> m_owners;
    QSet<int> m_persons;
};

} // namespace c360::backend

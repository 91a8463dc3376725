#pragma once

// Internal to models/nba: nlohmann/json readers shared by Condition and RulePack.

#include "models/Result.h"
#include "models/nba/Condition.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

namespace c360::nba::detail {

using nlohmann::json;

// For the free functions of c360::nba that use it (`using detail::tr;`): lupdate records their
// tr() calls under "c360::nba". Classes declare their own tr() (Q_DECLARE_TR_FUNCTIONS).
inline QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba", text);
}

inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

inline QString child(const QString& path, const QString& key) {
    return path + QLatin1Char('/') + key;
}
inline QString child(const QString& path, std::size_t index) {
    return path + QLatin1Char('/') + QString::number(index);
}

inline Error pathError(const QString& path, const QString& message) {
    const QString where = path.isEmpty() ? QStringLiteral("/") : path;
    return Error{where + QStringLiteral(": ") + message, where};
}

// A JSON value as a fact value (number, bool, string, list of strings); nullopt for others.
std::optional<FactValue> toFactValue(const json& j);

Result<Condition> parseCondition(const json& j, const QString& path);

} // namespace c360::nba::detail

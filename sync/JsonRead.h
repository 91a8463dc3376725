#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace c360::sync::jsonread {

// The value at `pointer`, or nullptr when any step of the path is missing. Never throws.
const nlohmann::json* find(const nlohmann::json& doc, const nlohmann::json::json_pointer& pointer);

// A short, safe excerpt of a value for error messages ("\"abc\"", "{…}", "[…]").
QString excerpt(const nlohmann::json& value);

// "string", "number", "object"... as people read it in an error.
QString typeName(const nlohmann::json& value);

std::optional<QString> string(const nlohmann::json& doc, const nlohmann::json::json_pointer& pointer);
std::optional<bool> boolean(const nlohmann::json& doc, const nlohmann::json::json_pointer& pointer);

} // namespace c360::sync::jsonread

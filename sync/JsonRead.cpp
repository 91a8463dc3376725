#include "sync/JsonRead.h"

namespace c360::sync::jsonread {

using nlohmann::json;

const json* find(const json& doc, const json::json_pointer& pointer) {
    try {
        if (!doc.contains(pointer)) {
            return nullptr;
        }
        return &doc.at(pointer);
    } catch (const json::exception&) {
        return nullptr;
    }
}

QString typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::boolean:
        return QStringLiteral("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QStringLiteral("a number");
    case json::value_t::string:
        return QStringLiteral("a string");
    case json::value_t::object:
        return QStringLiteral("an object");
    case json::value_t::array:
        return QStringLiteral("an array");
    default:
        return QStringLiteral("an unknown value");
    }
}

QString excerpt(const json& value) {
    if (value.is_object()) {
        return QStringLiteral("{…}");
    }
    if (value.is_array()) {
        return QStringLiteral("[…]");
    }
    QString text = QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > 40) {
        text = text.left(40) + QStringLiteral("…");
    }
    return text;
}

std::optional<QString> string(const json& doc, const json::json_pointer& pointer) {
    const json* v = find(doc, pointer);
    if (v == nullptr || !v->is_string()) {
        return std::nullopt;
    }
    return QString::fromStdString(v->get<std::string>());
}

std::optional<bool> boolean(const json& doc, const json::json_pointer& pointer) {
    const json* v = find(doc, pointer);
    if (v == nullptr || !v->is_boolean()) {
        return std::nullopt;
    }
    return v->get<bool>();
}

} // namespace c360::sync::jsonread

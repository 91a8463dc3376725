#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <variant>

namespace c360::sync {

// Mapping language v2 (resources/connectors/README.md, "Mapping language v2"): what a field does
// beyond reading one JSON pointer. Shared by connector manifests and `c360 import` mappings.
//   "paths":     several source columns into one field, joined by "join" (default one space);
//   "const":     a constant;
//   "when":      {"path": P, "equals": V} or {"path": P, "in": [V...]}: the field exists only then;
//   "transform": steps in order: "trim", "lower", "upper", "digits", {"split": SEP, "index": N},
//                {"regex": RE, "group": N} (no match: no value), {"date": QT_FORMAT} (to ISO 8601);
//   "values":    a value map applied last ({"sms": "chat", "in_transit": "shipped"}), with an optional
//                "otherwise" for values the map does not name (else they pass unchanged).
struct TransformStep {
    enum class Kind { Trim, Lower, Upper, Digits, Split, Regex, Date };
    Kind kind = Kind::Trim;
    QString text;  // split: separator; date: format
    int index = 0; // split: part; regex: group
    QRegularExpression regex;
};

struct FieldCondition {
    QString path;
    nlohmann::json::json_pointer pointer;
    QStringList in; // the value as text is one of these
};

struct FieldRules {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::FieldRules)

public:
    QStringList paths; // "paths"
    QList<nlohmann::json::json_pointer> pointers;
    QString join = QStringLiteral(" ");
    std::optional<nlohmann::json> constant;
    std::optional<FieldCondition> when;
    QList<TransformStep> transforms;
    QHash<QString, QString> values;
    std::optional<QString> otherwise;

    bool empty() const { return paths.isEmpty() && !constant && !when && transforms.isEmpty() && values.isEmpty(); }
    // The keys of a field object that belong to v2.
    static bool isKey(const std::string& key);
    // Parses the v2 keys of a field object; an error text names the key.
    static std::variant<FieldRules, QString> parse(const nlohmann::json& field);

    // The value to convert: `direct` (the value at the field's path, may be null) put through the rules.
    // nullopt: no value (condition false, regex without match, empty after transforms). An error text
    // when a step cannot apply (a date that does not match its format).
    std::variant<std::optional<nlohmann::json>, QString> apply(const nlohmann::json& record,
                                                               const nlohmann::json* direct) const;
};

} // namespace c360::sync

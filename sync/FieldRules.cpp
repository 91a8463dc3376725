#include "sync/FieldRules.h"

#include "sync/JsonRead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace c360::sync {

using nlohmann::json;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync", text);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// A scalar as text ("sms", 42 -> "42", true -> "true"); nullopt for objects, arrays and null.
std::optional<QString> textOf(const json& v) {
    if (v.is_string()) {
        return qs(v.get<std::string>());
    }
    if (v.is_number() || v.is_boolean()) {
        return qs(v.dump());
    }
    return std::nullopt;
}

std::optional<QString> pointerOf(const json& value, QString& text, json::json_pointer& out) {
    if (!value.is_string()) {
        return tr("expected a JSON pointer string such as \"/id\"");
    }
    text = qs(value.get<std::string>());
    try {
        out = json::json_pointer(value.get<std::string>());
    } catch (const json::exception&) {
        return tr("\"%1\" is not a JSON pointer (it must be empty or start with /)").arg(text);
    }
    return std::nullopt;
}

std::variant<TransformStep, QString> parseStep(const json& step) {
    TransformStep s;
    if (step.is_string()) {
        const std::string name = step.get<std::string>();
        if (name == "trim") {
            s.kind = TransformStep::Kind::Trim;
        } else if (name == "lower") {
            s.kind = TransformStep::Kind::Lower;
        } else if (name == "upper") {
            s.kind = TransformStep::Kind::Upper;
        } else if (name == "digits") {
            s.kind = TransformStep::Kind::Digits;
        } else {
            return tr("unknown transform \"%1\" (use trim, lower, upper, digits, split, regex or date)").arg(qs(name));
        }
        return s;
    }
    if (!step.is_object() || step.empty()) {
        return tr("a transform is a name or an object such as {\"split\": \",\", \"index\": 0}");
    }
    const auto index = step.find(step.contains("split") ? "index" : "group");
    if (index != step.end() && !index->is_number_integer()) {
        return tr("\"index\" and \"group\" must be integers");
    }
    s.index = index != step.end() ? index->get<int>() : (step.contains("regex") ? 1 : 0);
    if (const auto split = step.find("split"); split != step.end() && split->is_string()) {
        s.kind = TransformStep::Kind::Split;
        s.text = qs(split->get<std::string>());
    } else if (const auto re = step.find("regex"); re != step.end() && re->is_string()) {
        s.kind = TransformStep::Kind::Regex;
        s.regex = QRegularExpression(qs(re->get<std::string>()));
        if (!s.regex.isValid()) {
            return tr("regex \"%1\" is not valid: %2").arg(qs(re->get<std::string>()), s.regex.errorString());
        }
        if (s.index < 0 || s.index > s.regex.captureCount()) {
            return tr("regex \"%1\" has no group %2").arg(qs(re->get<std::string>())).arg(s.index);
        }
    } else if (const auto date = step.find("date"); date != step.end() && date->is_string()) {
        s.kind = TransformStep::Kind::Date;
        s.text = qs(date->get<std::string>());
    } else {
        return tr("unknown transform %1 (use split, regex or date)").arg(qs(step.dump()));
    }
    return s;
}

} // namespace

bool FieldRules::isKey(const std::string& key) {
    return key == "paths" || key == "join" || key == "const" || key == "when" || key == "transform" ||
           key == "values" || key == "otherwise";
}

std::variant<FieldRules, QString> FieldRules::parse(const json& field) {
    FieldRules r;
    if (const auto paths = field.find("paths"); paths != field.end()) {
        if (!paths->is_array() || paths->empty()) {
            return tr("\"paths\" must be a non-empty array of JSON pointers");
        }
        for (const json& p : *paths) {
            QString text;
            json::json_pointer pointer;
            if (auto e = pointerOf(p, text, pointer)) {
                return *e;
            }
            r.paths << text;
            r.pointers << pointer;
        }
    }
    if (const auto join = field.find("join"); join != field.end()) {
        if (!join->is_string()) {
            return tr("\"join\" must be a string");
        }
        r.join = qs(join->get<std::string>());
    }
    if (const auto c = field.find("const"); c != field.end()) {
        r.constant = *c;
    }
    if (const auto when = field.find("when"); when != field.end()) {
        FieldCondition c;
        const auto path = when->is_object() ? when->find("path") : when->end();
        if (path == when->end()) {
            return tr("\"when\" must be {\"path\": ..., \"equals\": ...} or {\"path\": ..., \"in\": [...]}");
        }
        if (auto e = pointerOf(*path, c.path, c.pointer)) {
            return *e;
        }
        if (const auto eq = when->find("equals"); eq != when->end() && textOf(*eq)) {
            c.in << *textOf(*eq);
        } else if (const auto in = when->find("in"); in != when->end() && in->is_array()) {
            for (const json& v : *in) {
                if (const auto t = textOf(v)) {
                    c.in << *t;
                }
            }
        }
        if (c.in.isEmpty()) {
            return tr("\"when\" needs \"equals\" (a value) or \"in\" (a list of values)");
        }
        r.when = std::move(c);
    }
    if (const auto steps = field.find("transform"); steps != field.end()) {
        const json list = steps->is_array() ? *steps : json::array({*steps});
        for (const json& step : list) {
            auto parsed = parseStep(step);
            if (const auto* e = std::get_if<QString>(&parsed)) {
                return *e;
            }
            r.transforms << std::get<TransformStep>(parsed);
        }
    }
    if (const auto values = field.find("values"); values != field.end()) {
        if (!values->is_object()) {
            return tr("\"values\" must be an object of source value -> value");
        }
        for (const auto& [from, to] : values->items()) {
            const auto t = textOf(to);
            if (!t) {
                return tr("\"values\": the value of \"%1\" must be a string or a number").arg(qs(from));
            }
            r.values.insert(qs(from), *t);
        }
    }
    if (const auto otherwise = field.find("otherwise"); otherwise != field.end()) {
        if (!textOf(*otherwise) || r.values.isEmpty()) {
            return tr("\"otherwise\" must be a string and goes with \"values\"");
        }
        r.otherwise = textOf(*otherwise);
    }
    return r;
}

std::variant<std::optional<json>, QString> FieldRules::apply(const json& record, const json* direct) const {
    if (when) {
        const json* v = jsonread::find(record, when->pointer);
        const auto t = v != nullptr ? textOf(*v) : std::nullopt;
        if (!t || !when->in.contains(t->trimmed(), Qt::CaseInsensitive)) {
            return std::optional<json>();
        }
    }
    json value;
    if (constant) {
        value = *constant;
    } else if (pointers.size() > 1) {
        QStringList parts;
        for (const auto& p : pointers) {
            const json* v = jsonread::find(record, p);
            if (const auto t = v != nullptr ? textOf(*v) : std::nullopt; t && !t->trimmed().isEmpty()) {
                parts << t->trimmed();
            }
        }
        if (parts.isEmpty()) {
            return std::optional<json>();
        }
        value = parts.join(join).toStdString();
    } else if (direct != nullptr) {
        value = *direct;
    }
    if (value.is_null()) {
        return std::optional<json>();
    }
    if (transforms.isEmpty() && values.isEmpty()) {
        return std::optional<json>(value);
    }
    std::optional<QString> text = textOf(value);
    if (!text) {
        return tr("transforms and value maps need text, not %1").arg(jsonread::typeName(value));
    }
    QString s = *text;
    for (const TransformStep& step : transforms) {
        switch (step.kind) {
        case TransformStep::Kind::Trim:
            s = s.trimmed();
            break;
        case TransformStep::Kind::Lower:
            s = s.toLower();
            break;
        case TransformStep::Kind::Upper:
            s = s.toUpper();
            break;
        case TransformStep::Kind::Digits: {
            QString d;
            for (const QChar c : std::as_const(s)) {
                if (c.isDigit()) {
                    d.append(QChar(u'0' + c.digitValue()));
                }
            }
            s = d;
            break;
        }
        case TransformStep::Kind::Split: {
            const QStringList parts = s.split(step.text);
            const qsizetype i = step.index < 0 ? parts.size() + step.index : step.index;
            s = i >= 0 && i < parts.size() ? parts.at(i).trimmed() : QString();
            break;
        }
        case TransformStep::Kind::Regex: {
            const auto m = step.regex.match(s);
            s = m.hasMatch() ? m.captured(step.index) : QString();
            break;
        }
        case TransformStep::Kind::Date: {
            const QString in = s.trimmed();
            if (in.isEmpty()) {
                break;
            }
            const QDateTime dt = QDateTime::fromString(in, step.text);
            if (dt.isValid()) {
                const bool hasTime = step.text.contains(u'h') || step.text.contains(u'H');
                s = hasTime ? QDateTime(dt.date(), dt.time(), QTimeZone::utc()).toString(Qt::ISODate)
                            : dt.date().toString(Qt::ISODate);
            } else {
                return tr("\"%1\" does not match the date format \"%2\"").arg(in, step.text);
            }
            break;
        }
        }
        if (s.isEmpty()) {
            return std::optional<json>();
        }
    }
    if (!values.isEmpty()) {
        const auto it = values.constFind(s);
        if (it != values.constEnd()) {
            s = *it;
        } else if (otherwise) {
            s = *otherwise;
        }
    }
    return std::optional<json>(json(s.toStdString()));
}

} // namespace c360::sync

#include "sync/RecordMapper.h"

#include "sync/JsonRead.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <cmath>

namespace c360::sync {

using nlohmann::json;

namespace {

std::optional<double> numberOf(const json& v) {
    if (v.is_number()) {
        return v.get<double>();
    }
    if (v.is_string()) {
        bool ok = false;
        const double d = QString::fromStdString(v.get<std::string>()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(d)) {
            return d;
        }
    }
    return std::nullopt;
}

QDateTime fromEpoch(double number) {
    // Seconds until the year 5138; above that it can only be milliseconds.
    const auto ms = static_cast<qint64>(std::llround(std::abs(number) >= 1e11 ? number : number * 1000.0));
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

std::optional<QVariant> convert(const json& v, FieldType type) {
    switch (type) {
    case FieldType::String:
        if (v.is_string()) {
            return QVariant(QString::fromStdString(v.get<std::string>()));
        }
        if (v.is_number_integer() || v.is_number_unsigned()) { // numeric ids are common
            return QVariant(QString::fromStdString(v.dump()));
        }
        return std::nullopt;
    case FieldType::Number:
        if (const auto d = numberOf(v)) {
            return QVariant(*d);
        }
        return std::nullopt;
    case FieldType::Integer:
        if (v.is_number_integer() || v.is_number_unsigned()) {
            return QVariant::fromValue(v.get<qint64>());
        }
        if (const auto d = numberOf(v); d && std::trunc(*d) == *d && std::abs(*d) < 9e15) {
            return QVariant::fromValue(static_cast<qint64>(*d));
        }
        return std::nullopt;
    case FieldType::Bool:
        if (v.is_boolean()) {
            return QVariant(v.get<bool>());
        }
        if (v.is_string() && (v == "true" || v == "false")) {
            return QVariant(v == "true");
        }
        return std::nullopt;
    case FieldType::Datetime:
        if (const auto dt = RecordMapper::parseDateTime(v)) {
            return QVariant(*dt);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString expected(FieldType type) {
    switch (type) {
    case FieldType::String:
        return QStringLiteral("a string");
    case FieldType::Number:
        return QStringLiteral("a number");
    case FieldType::Integer:
        return QStringLiteral("an integer");
    case FieldType::Bool:
        return QStringLiteral("true or false");
    case FieldType::Datetime:
        return QStringLiteral("a date-time (ISO 8601 or epoch seconds/milliseconds)");
    }
    return {};
}

QByteArray compact(const json& record) {
    return QByteArray::fromStdString(record.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace

RecordMapper::RecordMapper(QString source, const StreamManifest& stream)
    : m_source(std::move(source))
    , m_stream(stream) {}

std::optional<QDateTime> RecordMapper::parseDateTime(const json& value) {
    if (value.is_number()) {
        return fromEpoch(value.get<double>());
    }
    if (!value.is_string()) {
        return std::nullopt;
    }
    QString text = QString::fromStdString(value.get<std::string>()).trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool digits = true;
    for (const QChar c : std::as_const(text)) {
        digits = digits && (c.isDigit() || c == QLatin1Char('.'));
    }
    if (digits) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? std::optional(fromEpoch(d)) : std::nullopt;
    }
    if (text.size() > 10 && text.at(10) == QLatin1Char(' ')) {
        text[10] = QLatin1Char('T');
    }
    // Qt reads at most millisecond precision: drop further fraction digits ("...:05.123456Z").
    if (const auto dot = text.indexOf(QLatin1Char('.'), 19); dot == 19) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit()) {
            ++end;
        }
        if (end - dot - 1 > 3) {
            text.remove(dot + 4, end - dot - 4);
        }
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime) { // no offset given: the sources speak UTC
        dt.setTimeZone(QTimeZone::utc());
    }
    return dt.toUTC();
}

std::variant<QVariant, QString> RecordMapper::readField(const json& record, const FieldSpec& spec, const QString& at) {
    const QString where = at + spec.path;
    const json* value = spec.path.isEmpty() && spec.rules ? nullptr : jsonread::find(record, spec.pointer);
    json ruled; // the value after the mapping language v2 rules, when the field has any
    if (spec.rules) {
        auto applied = spec.rules->apply(record, value);
        if (const auto* error = std::get_if<QString>(&applied)) {
            return tr("field %1 (%2): %3").arg(where, spec.name, *error);
        }
        const auto& v = std::get<std::optional<json>>(applied);
        value = v ? &(ruled = *v) : nullptr;
    }
    if (value == nullptr || value->is_null()) {
        if (!spec.defaultValue.is_null()) {
            if (auto v = convert(spec.defaultValue, spec.type)) {
                return *v;
            }
            return tr("the default of %1 is not %2").arg(spec.name, expected(spec.type));
        }
        if (spec.required) {
            return tr("field %1 is missing (required %2)").arg(where, spec.name);
        }
        return QVariant();
    }
    if (auto v = convert(*value, spec.type)) {
        if (spec.scale != 1.0 && spec.type == FieldType::Number) {
            return QVariant(v->toDouble() * spec.scale);
        }
        if (spec.scale != 1.0 && spec.type == FieldType::Integer) {
            return QVariant::fromValue(static_cast<qint64>(std::llround(double(v->toLongLong()) * spec.scale)));
        }
        return *v;
    }
    return tr("field %1 is %2, expected %3 (%4): %5")
        .arg(where, jsonread::typeName(*value), expected(spec.type), spec.name, jsonread::excerpt(*value));
}

RecordMapper::Outcome RecordMapper::map(const json& record) const {
    QuarantineEntry bad;
    bad.raw = compact(record);
    if (!record.is_object()) {
        bad.error = tr("the record is %1, expected an object").arg(jsonread::typeName(record));
        return bad;
    }
    CanonicalRecord out;
    out.source = m_source;
    out.stream = m_stream.storedStream();
    out.referable = m_stream.referenced;
    out.entity = m_stream.entity;
    out.raw = bad.raw;

    const FieldSpec* idSpec = m_stream.field(QStringLiteral("source_id"));
    auto id = readField(record, *idSpec);
    if (const auto* error = std::get_if<QString>(&id)) {
        bad.error = *error;
        return bad;
    }
    out.sourceId = std::get<QVariant>(id).toString();
    bad.sourceId = out.sourceId;
    if (out.sourceId.isEmpty()) {
        bad.error = tr("field %1 is empty (required source_id)").arg(idSpec->path);
        return bad;
    }

    if (m_stream.tombstone) {
        const json* flag = jsonread::find(record, m_stream.tombstone->pointer);
        out.deleted = flag != nullptr && *flag == m_stream.tombstone->equals;
    }
    if (out.deleted) { // a tombstone needs only its id; keep updated_at when it is readable
        if (const FieldSpec* spec = m_stream.field(QStringLiteral("updated_at"))) {
            if (const json* v = jsonread::find(record, spec->pointer); v != nullptr) {
                out.updatedAt = parseDateTime(*v).value_or(QDateTime());
            }
        }
        return out;
    }

    for (const FieldSpec& spec : m_stream.fields) {
        if (&spec == idSpec) {
            continue;
        }
        auto value = readField(record, spec);
        if (const auto* error = std::get_if<QString>(&value)) {
            bad.error = *error;
            return bad;
        }
        const QVariant& v = std::get<QVariant>(value);
        if (!v.isValid()) {
            continue;
        }
        if (spec.name == QLatin1String("updated_at")) {
            out.updatedAt = v.toDateTime();
        } else {
            out.fields.insert(spec.name, v);
        }
    }

    for (const ChildSpec& child : m_stream.children) {
        const json* items = jsonread::find(record, child.pointer);
        QList<QVariantMap> rows;
        if (items != nullptr && !items->is_null()) {
            if (!items->is_array()) {
                bad.error = tr("field %1 is %2, expected an array (%3)")
                                .arg(child.path, jsonread::typeName(*items), child.name);
                return bad;
            }
            int index = 0;
            for (const json& item : *items) {
                const QString at = child.path + QLatin1Char('/') + QString::number(index++);
                if (!item.is_object()) {
                    bad.error = tr("field %1 is %2, expected an object").arg(at, jsonread::typeName(item));
                    return bad;
                }
                QVariantMap row;
                for (const FieldSpec& spec : child.fields) {
                    auto value = readField(item, spec, at);
                    if (const auto* error = std::get_if<QString>(&value)) {
                        bad.error = *error;
                        return bad;
                    }
                    if (const QVariant& v = std::get<QVariant>(value); v.isValid()) {
                        row.insert(spec.name, v);
                    }
                }
                rows.append(std::move(row));
            }
        }
        out.children.insert(child.name, rows);
    }
    out.references = references(record);
    out.shownReferences = displayReferences(record);
    return out;
}

QHash<QString, QString> RecordMapper::displayReferences(const json& record) const {
    QHash<QString, QString> out;
    for (const ReferenceSpec& ref : m_stream.references) {
        if (ref.link) {
            continue;
        }
        const json* value = jsonread::find(record, ref.pointer);
        QString id;
        if (value != nullptr && value->is_string()) {
            id = QString::fromStdString(value->get<std::string>()).trimmed();
        } else if (value != nullptr && (value->is_number_integer() || value->is_number_unsigned())) {
            id = QString::fromStdString(value->dump());
        }
        if (!id.isEmpty()) {
            out.insert(ref.name, ref.stream + QLatin1Char('/') + id);
        }
    }
    return out;
}

QStringList RecordMapper::references(const json& record) const {
    const auto idText = [](const json& v) -> QString {
        if (v.is_string()) {
            return QString::fromStdString(v.get<std::string>()).trimmed();
        }
        if (v.is_number_integer() || v.is_number_unsigned()) {
            return QString::fromStdString(v.dump());
        }
        return {};
    };
    QHash<QString, QStringList> byName;
    for (const ReferenceSpec& ref : m_stream.references) {
        QStringList ids;
        const json* value = jsonread::find(record, ref.pointer);
        if (value != nullptr && value->is_array()) {
            for (const json& item : *value) {
                const json* id =
                    item.is_object() && !ref.itemPath.isEmpty() ? jsonread::find(item, ref.itemPointer) : &item;
                if (id != nullptr) {
                    ids.append(idText(*id));
                }
            }
        } else if (value != nullptr) {
            ids.append(idText(*value));
        }
        ids.removeAll(QString());
        byName.insert(ref.name, ids);
    }
    QStringList out;
    for (const ReferenceSpec& ref : m_stream.references) {
        if (!ref.unless.isEmpty() && !byName.value(ref.unless).isEmpty()) {
            continue; // e.g. a Case's AccountId counts only when it has no ContactId
        }
        if (!ref.link) {
            continue; // for display only (displayReferences)
        }
        for (const QString& id : byName.value(ref.name)) {
            const QString value = ref.stream + QLatin1Char('/') + id;
            if (!out.contains(value)) {
                out.append(value);
            }
        }
    }
    return out;
}

} // namespace c360::sync

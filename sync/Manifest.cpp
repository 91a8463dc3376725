#include "sync/Manifest.h"

#include "sync/JsonLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// Q_INIT_RESOURCE must be used at global scope. Registering twice is harmless; calling it makes
// sure the connector resources of the static c360_resources library are linked and registered.
static void initConnectorResources() {
    Q_INIT_RESOURCE(c360_connectors);
}

namespace c360::sync {

using nlohmann::json;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Reads one JSON object of the manifest; every error names where it is.
class ManifestReader {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::ManifestReader)

public:
    ManifestReader(QString origin)
        : m_origin(std::move(origin)) {}

    Error error(const QString& where, const QString& what) const {
        return Error{tr("Connector manifest %1: %2: %3").arg(m_origin, where, what), {}};
    }

    std::optional<Error> pointer(const json& value, const QString& where, QString& text,
                                 json::json_pointer& out) const {
        if (!value.is_string()) {
            return error(where, tr("expected a JSON pointer string such as \"/id\""));
        }
        text = qs(value.get<std::string>());
        try {
            out = json::json_pointer(value.get<std::string>());
        } catch (const json::exception&) {
            return error(where, tr("\"%1\" is not a JSON pointer (it must be empty or start with /)").arg(text));
        }
        return std::nullopt;
    }

    std::optional<Error> string(const json& object, const char* key, const QString& where, QString& out,
                                bool required) const {
        const auto it = object.find(key);
        if (it == object.end()) {
            return required ? std::optional(error(where, tr("\"%1\" is missing").arg(QLatin1String(key))))
                            : std::nullopt;
        }
        if (!it->is_string()) {
            return error(where, tr("\"%1\" must be a string").arg(QLatin1String(key)));
        }
        out = qs(it->get<std::string>());
        return std::nullopt;
    }

    std::optional<Error> field(const QString& name, const json& value, const QString& where, FieldSpec& out) const {
        out.name = name;
        if (value.is_string()) {
            return pointer(value, where, out.path, out.pointer);
        }
        if (!value.is_object()) {
            return error(where,
                         tr("expected a JSON pointer or an object {\"path\", \"type\", \"default\", \"required\"}"));
        }
        auto rules = FieldRules::parse(value);
        if (const auto* e = std::get_if<QString>(&rules)) {
            return error(where, *e);
        }
        const FieldRules& v2 = std::get<FieldRules>(rules);
        if (!v2.empty()) {
            out.rules = std::make_shared<const FieldRules>(v2);
        }
        const auto path = value.find("path");
        if (path == value.end()) {
            if (!v2.paths.isEmpty()) {
                out.path = v2.paths.first();
                out.pointer = v2.pointers.first();
            } else if (!v2.constant) {
                return error(where, tr("\"path\" is missing"));
            }
        } else if (auto e = pointer(*path, where + QStringLiteral(".path"), out.path, out.pointer)) {
            return e;
        }
        QString type = QStringLiteral("string");
        if (auto e = string(value, "type", where, type, false)) {
            return e;
        }
        static const QList<FieldType> types = {FieldType::String, FieldType::Number, FieldType::Integer,
                                               FieldType::Bool, FieldType::Datetime};
        const auto found =
            std::find_if(types.cbegin(), types.cend(), [&](FieldType t) { return fieldTypeName(t) == type; });
        if (found == types.cend()) {
            return error(where, tr("unknown type \"%1\" (use string, number, integer, bool or datetime)").arg(type));
        }
        out.type = *found;
        if (const auto def = value.find("default"); def != value.end()) {
            out.defaultValue = *def;
        }
        if (const auto req = value.find("required"); req != value.end()) {
            if (!req->is_boolean()) {
                return error(where, tr("\"required\" must be true or false"));
            }
            out.required = req->get<bool>();
        }
        if (const auto scale = value.find("scale"); scale != value.end()) {
            if (!scale->is_number() || (out.type != FieldType::Number && out.type != FieldType::Integer)) {
                return error(where, tr("\"scale\" must be a number and needs type number or integer"));
            }
            out.scale = scale->get<double>();
        }
        for (const auto& [key, unused] : value.items()) {
            if (key != "path" && key != "type" && key != "default" && key != "required" && key != "scale" &&
                !FieldRules::isKey(key)) {
                return error(where, tr("unknown key \"%1\"").arg(qs(key)));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> fieldMap(const json& map, const QString& where, QList<FieldSpec>& out) const {
        if (!map.is_object() || map.empty()) {
            return error(where, tr("expected a non-empty object of canonical field -> JSON pointer"));
        }
        for (const auto& [key, value] : map.items()) {
            FieldSpec spec;
            if (auto e = field(qs(key), value, where + QLatin1Char('.') + qs(key), spec)) {
                return e;
            }
            out.append(std::move(spec));
        }
        return std::nullopt;
    }

    std::optional<Error> stream(const QString& name, const json& s, StreamManifest& out) const {
        const QString where = tr("stream \"%1\"").arg(name);
        out.name = name;
        if (!s.is_object()) {
            return error(where, tr("expected an object"));
        }
        if (auto e = string(s, "path", where, out.path, true)) {
            return e;
        }
        if (!out.path.startsWith(QLatin1Char('/'))) {
            return error(where + QStringLiteral(".path"), tr("must start with /"));
        }
        QString entity;
        if (auto e = string(s, "entity", where, entity, true)) {
            return e;
        }
        const auto kind = entityFromManifestName(entity);
        if (!kind) {
            return error(
                where + QStringLiteral(".entity"),
                tr("unknown entity \"%1\" (use customer, order, return, ticket, campaign_event or interaction)")
                    .arg(entity));
        }
        out.entity = *kind;
        if (const auto query = s.find("query"); query != s.end()) {
            if (!query->is_object()) {
                return error(where + QStringLiteral(".query"), tr("expected an object of parameter -> value"));
            }
            for (const auto& [key, value] : query->items()) {
                if (value.is_string()) {
                    out.query.append({qs(key), qs(value.get<std::string>())});
                } else if (value.is_number() || value.is_boolean()) {
                    out.query.append({qs(key), qs(value.dump())});
                } else {
                    return error(where + QStringLiteral(".query.") + qs(key), tr("expected a string or a number"));
                }
            }
        }
        if (auto e = scope(s, where, out)) {
            return e;
        }
        const auto records = s.find("records");
        if (records == s.end()) {
            return error(where, tr("\"records\" is missing (the JSON pointer of the record array, e.g. \"/data\")"));
        }
        if (auto e = pointer(*records, where + QStringLiteral(".records"), out.recordsPath, out.records)) {
            return e;
        }
        if (auto e = paginator(s, where, out.paginator)) {
            return e;
        }
        if (const auto inc = s.find("incremental"); inc != s.end()) {
            if (auto e = incremental(*inc, where + QStringLiteral(".incremental"), out.incremental)) {
                return e;
            }
        }
        if (const auto ids = s.find("deleted_ids"); ids != s.end()) {
            if (auto e = pointer(*ids, where + QStringLiteral(".deleted_ids"), out.deletedIdsPath, out.deletedIds)) {
                return e;
            }
        }
        if (const auto rate = s.find("rate_limit"); rate != s.end()) {
            if (auto e = rateLimit(*rate, where + QStringLiteral(".rate_limit"), out.requestsPerSecond)) {
                return e;
            }
        }
        if (const auto tomb = s.find("tombstone"); tomb != s.end()) {
            TombstoneSpec spec;
            if (!tomb->is_object() || !tomb->contains("path")) {
                return error(where + QStringLiteral(".tombstone"), tr("expected {\"path\": ..., \"equals\": ...}"));
            }
            if (auto e =
                    pointer(tomb->at("path"), where + QStringLiteral(".tombstone.path"), spec.path, spec.pointer)) {
                return e;
            }
            spec.equals = tomb->value("equals", json(true));
            out.tombstone = spec;
        }
        const auto map = s.find("map");
        if (map == s.end()) {
            return error(where, tr("\"map\" is missing"));
        }
        if (auto e = fieldMap(*map, where + QStringLiteral(".map"), out.fields)) {
            return e;
        }
        auto id = std::find_if(out.fields.begin(), out.fields.end(),
                               [](const FieldSpec& f) { return f.name == QLatin1String("source_id"); });
        if (id == out.fields.end()) {
            return error(where + QStringLiteral(".map"),
                         tr("\"source_id\" is missing (every stream maps the record id)"));
        }
        id->required = true;
        if (const auto children = s.find("children"); children != s.end()) {
            if (!children->is_object()) {
                return error(where + QStringLiteral(".children"), tr("expected an object"));
            }
            for (const auto& [key, value] : children->items()) {
                const QString cw = where + QStringLiteral(".children.") + qs(key);
                ChildSpec child;
                child.name = qs(key);
                if (!value.is_object() || !value.contains("path") || !value.contains("map")) {
                    return error(cw, tr("expected {\"path\": ..., \"map\": {...}}"));
                }
                if (auto e = pointer(value.at("path"), cw + QStringLiteral(".path"), child.path, child.pointer)) {
                    return e;
                }
                if (auto e = fieldMap(value.at("map"), cw + QStringLiteral(".map"), child.fields)) {
                    return e;
                }
                out.children.append(std::move(child));
            }
        }
        if (auto e = string(s, "store_as", where, out.storeAs, false)) {
            return e;
        }
        if (auto e = references(s, where, out)) {
            return e;
        }
        if (auto e = unnest(s, where, out)) {
            return e;
        }
        return sideloads(s, where, out);
    }

    std::optional<Error> scope(const json& s, const QString& where, StreamManifest& out) const {
        const auto sc = s.find("scope");
        if (sc == s.end()) {
            return std::nullopt;
        }
        const QString sw = where + QStringLiteral(".scope");
        if (!sc->is_object()) {
            return error(sw, tr("expected an object of scope key -> query parameter"));
        }
        static const QStringList keys{QStringLiteral("territory"), QStringLiteral("owner"), QStringLiteral("queue"),
                                      QStringLiteral("customers")};
        for (const auto& [key, value] : sc->items()) {
            if (!keys.contains(qs(key))) {
                return error(sw, tr("unknown key \"%1\" (use territory, owner, queue or customers)").arg(qs(key)));
            }
            if (!value.is_string() || value.get<std::string>().empty()) {
                return error(sw + QLatin1Char('.') + qs(key), tr("expected the name of a query parameter"));
            }
            out.scopeParams.append({qs(key), qs(value.get<std::string>())});
        }
        return std::nullopt;
    }

    std::optional<Error> unnest(const json& s, const QString& where, StreamManifest& out) const {
        const auto u = s.find("unnest");
        if (u == s.end()) {
            return std::nullopt;
        }
        const QString uw = where + QStringLiteral(".unnest");
        if (!u->is_object() || !u->contains("path")) {
            return error(uw, tr("expected {\"path\": ..., \"where\": {\"path\": ..., \"equals\": ...}, "
                                "\"parent\": ...}"));
        }
        UnnestSpec spec;
        if (auto e = pointer(u->at("path"), uw + QStringLiteral(".path"), spec.path, spec.pointer)) {
            return e;
        }
        if (const auto w = u->find("where"); w != u->end()) {
            if (!w->is_object() || !w->contains("path") || !w->contains("equals")) {
                return error(uw + QStringLiteral(".where"), tr("expected {\"path\": ..., \"equals\": ...}"));
            }
            if (auto e =
                    pointer(w->at("path"), uw + QStringLiteral(".where.path"), spec.wherePath, spec.wherePointer)) {
                return e;
            }
            spec.equals = w->at("equals");
        }
        if (auto e = string(*u, "parent", uw, spec.parent, false)) {
            return e;
        }
        for (const auto& [k, unused] : u->items()) {
            if (k != "path" && k != "where" && k != "parent") {
                return error(uw, tr("unknown key \"%1\"").arg(qs(k)));
            }
        }
        out.unnest = std::move(spec);
        return std::nullopt;
    }

    std::optional<Error> references(const json& s, const QString& where, StreamManifest& out) const {
        const auto refs = s.find("references");
        if (refs == s.end()) {
            return std::nullopt;
        }
        if (!refs->is_object()) {
            return error(where + QStringLiteral(".references"),
                         tr("expected an object of name -> {\"stream\": ..., \"path\": ...}"));
        }
        for (const auto& [key, value] : refs->items()) {
            const QString rw = where + QStringLiteral(".references.") + qs(key);
            ReferenceSpec ref;
            ref.name = qs(key);
            if (!value.is_object() || !value.contains("path")) {
                return error(rw, tr("expected {\"stream\": ..., \"path\": ...}"));
            }
            if (auto e = string(value, "stream", rw, ref.stream, true)) {
                return e;
            }
            if (auto e = pointer(value.at("path"), rw + QStringLiteral(".path"), ref.path, ref.pointer)) {
                return e;
            }
            if (const auto item = value.find("item_path"); item != value.end()) {
                if (auto e = pointer(*item, rw + QStringLiteral(".item_path"), ref.itemPath, ref.itemPointer)) {
                    return e;
                }
            }
            if (auto e = string(value, "unless", rw, ref.unless, false)) {
                return e;
            }
            if (const auto link = value.find("link"); link != value.end()) {
                if (!link->is_boolean()) {
                    return error(rw + QStringLiteral(".link"), tr("expected true or false"));
                }
                ref.link = link->get<bool>();
            }
            for (const auto& [k, unused] : value.items()) {
                if (k != "stream" && k != "path" && k != "item_path" && k != "unless" && k != "link") {
                    return error(rw, tr("unknown key \"%1\"").arg(qs(k)));
                }
            }
            out.references.append(std::move(ref));
        }
        return std::nullopt;
    }

    std::optional<Error> sideloads(const json& s, const QString& where, StreamManifest& out) const {
        const auto loads = s.find("sideloads");
        if (loads == s.end()) {
            return std::nullopt;
        }
        if (!loads->is_object()) {
            return error(where + QStringLiteral(".sideloads"),
                         tr("expected an object of name -> {\"records\": ..., \"stream\": ...}"));
        }
        for (const auto& [key, value] : loads->items()) {
            const QString lw = where + QStringLiteral(".sideloads.") + qs(key);
            SideloadSpec load;
            load.name = qs(key);
            if (!value.is_object() || !value.contains("records") || !value.contains("stream")) {
                return error(lw, tr("expected {\"records\": ..., \"stream\": ...}"));
            }
            if (auto e =
                    pointer(value.at("records"), lw + QStringLiteral(".records"), load.recordsPath, load.records)) {
                return e;
            }
            QString target;
            if (auto e = string(value, "stream", lw, target, true)) {
                return e;
            }
            auto placeholder = std::make_shared<StreamManifest>();
            placeholder->name = target; // resolved once every stream is read
            load.stream = std::move(placeholder);
            out.sideloads.append(std::move(load));
        }
        return std::nullopt;
    }

    // Checks what streams name of each other and resolves side-loads; run after every stream is read.
    std::optional<Error> link(QList<StreamManifest>& streams) const {
        const auto find = [&](const QString& name) -> StreamManifest* {
            for (StreamManifest& s : streams) {
                if (s.name == name) {
                    return &s;
                }
            }
            return nullptr;
        };
        QStringList names;
        for (const StreamManifest& s : std::as_const(streams)) {
            names.append(s.name);
        }
        const QString known = names.join(QStringLiteral(", "));
        for (StreamManifest& s : streams) {
            const QString where = tr("stream \"%1\"").arg(s.name);
            if (!s.storeAs.isEmpty() && (s.storeAs == s.name || find(s.storeAs) == nullptr)) {
                return error(where + QStringLiteral(".store_as"),
                             tr("names no other stream \"%1\" (streams: %2)").arg(s.storeAs, known));
            }
            for (const ReferenceSpec& ref : std::as_const(s.references)) {
                StreamManifest* target = find(ref.stream);
                if (target == nullptr) {
                    return error(where + QStringLiteral(".references.") + ref.name,
                                 tr("refers to an unknown stream \"%1\" (streams: %2)").arg(ref.stream, known));
                }
                if (!ref.unless.isEmpty() &&
                    std::none_of(s.references.cbegin(), s.references.cend(),
                                 [&](const ReferenceSpec& other) { return other.name == ref.unless; })) {
                    return error(where + QStringLiteral(".references.") + ref.name + QStringLiteral(".unless"),
                                 tr("names no other reference \"%1\" of the stream").arg(ref.unless));
                }
            }
        }
        for (StreamManifest& s : streams) {
            for (const ReferenceSpec& ref : std::as_const(s.references)) {
                StreamManifest* target = find(ref.stream);
                target->referenced = true;
                if (!target->storeAs.isEmpty()) {
                    find(target->storeAs)->referenced = true;
                }
            }
        }
        for (StreamManifest& s : streams) {
            for (SideloadSpec& load : s.sideloads) {
                const StreamManifest* target = find(load.stream->name);
                if (target == nullptr || target == &s) {
                    return error(tr("stream \"%1\"").arg(s.name) + QStringLiteral(".sideloads.") + load.name,
                                 tr("names no other stream \"%1\" (streams: %2)").arg(load.stream->name, known));
                }
                StreamManifest copy = *target;
                copy.sideloads.clear();
                load.stream = std::make_shared<const StreamManifest>(std::move(copy));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> paginator(const json& s, const QString& where, PaginatorSpec& out) const {
        const auto p = s.find("paginator");
        if (p == s.end()) {
            out.type = QStringLiteral("none");
            return std::nullopt;
        }
        const QString pw = where + QStringLiteral(".paginator");
        if (!p->is_object()) {
            return error(pw, tr("expected an object"));
        }
        if (auto e = string(*p, "type", pw, out.type, true)) {
            return e;
        }
        if (out.type == QLatin1String("none")) {
            return std::nullopt;
        }
        struct Key {
            const char* name;
            QString* target;
            bool required;
        };
        QList<Key> keys;
        const QString& t = out.type;
        if (t == QLatin1String("cursor_body")) {
            keys = {{"cursor_param", &out.cursorParam, true},
                    {"cursor_path", &out.cursorPath, true},
                    {"has_more_path", &out.hasMorePath, false},
                    {"end_path", &out.endPath, false}};
        } else if (t == QLatin1String("next_url_body")) {
            keys = {{"next_url_path", &out.nextUrlPath, true}, {"done_path", &out.donePath, false}};
        } else if (t == QLatin1String("link_header")) {
            keys = {};
        } else if (t == QLatin1String("offset")) {
            keys = {{"offset_param", &out.offsetParam, true}};
        } else if (t == QLatin1String("page_number")) {
            keys = {{"page_param", &out.offsetParam, true}};
        } else if (t == QLatin1String("last_id")) {
            keys = {{"cursor_param", &out.cursorParam, true},
                    {"id_path", &out.idPath, true},
                    {"has_more_path", &out.hasMorePath, false}};
        } else {
            return error(pw + QStringLiteral(".type"), tr("unknown type \"%1\" (use cursor_body, next_url_body, "
                                                          "link_header, offset, page_number, last_id or none)")
                                                           .arg(out.type));
        }
        keys.append({"page_size_param", &out.pageSizeParam, false});
        QStringList known{QStringLiteral("type"), QStringLiteral("start")};
        for (const Key& key : std::as_const(keys)) {
            known.append(QLatin1String(key.name));
            if (auto e = string(*p, key.name, pw, *key.target, key.required)) {
                return e;
            }
        }
        for (const auto& [key, unused] : p->items()) {
            if (!known.contains(qs(key))) {
                return error(pw, tr("unknown key \"%1\" for type %2").arg(qs(key), out.type));
            }
        }
        if ((t == QLatin1String("offset") || t == QLatin1String("page_number")) && out.pageSizeParam.isEmpty()) {
            return error(pw, tr("\"page_size_param\" is missing (%1 needs it to know a short, last page)").arg(t));
        }
        if (const auto start = p->find("start"); start != p->end()) {
            if (!start->is_number_integer()) {
                return error(pw + QStringLiteral(".start"), tr("expected an integer"));
            }
            out.start = start->get<qint64>();
        }
        for (const QString* ptr :
             {&out.cursorPath, &out.hasMorePath, &out.endPath, &out.nextUrlPath, &out.donePath, &out.idPath}) {
            if (!ptr->isEmpty() && !ptr->startsWith(QLatin1Char('/'))) {
                return error(pw, tr("\"%1\" is not a JSON pointer").arg(*ptr));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> incremental(const json& inc, const QString& where, IncrementalSpec& out) const {
        if (!inc.is_object()) {
            return error(where, tr("expected an object"));
        }
        if (auto e = string(inc, "type", where, out.type, true)) {
            return e;
        }
        if (out.type != QLatin1String("paginator_cursor") && out.type != QLatin1String("timestamp")) {
            return error(where + QStringLiteral(".type"),
                         tr("unknown type \"%1\" (use paginator_cursor or timestamp)").arg(out.type));
        }
        for (const auto& [key, target] :
             {std::pair{"param", &out.param}, std::pair{"format", &out.format}, std::pair{"field", &out.field},
              std::pair{"start_date", &out.startDate}, std::pair{"start_config", &out.startConfig}}) {
            if (auto e = string(inc, key, where, *target, false)) {
                return e;
            }
        }
        static const QStringList formats{QStringLiteral("iso8601"), QStringLiteral("iso8601_ms"),
                                         QStringLiteral("epoch_seconds"), QStringLiteral("epoch_millis")};
        if (!formats.contains(out.format)) {
            return error(where + QStringLiteral(".format"),
                         tr("unknown format \"%1\" (use %2)").arg(out.format, formats.join(QStringLiteral(", "))));
        }
        if (const auto lb = inc.find("lookback_seconds"); lb != inc.end()) {
            if (!lb->is_number_integer() || lb->get<qint64>() < 0) {
                return error(where + QStringLiteral(".lookback_seconds"), tr("expected a non-negative integer"));
            }
            out.lookbackSeconds = lb->get<qint64>();
        }
        if (!out.startDate.isEmpty() && !QDateTime::fromString(out.startDate, Qt::ISODateWithMs).isValid()) {
            return error(where + QStringLiteral(".start_date"),
                         tr("\"%1\" is not an ISO 8601 date-time").arg(out.startDate));
        }
        for (const auto& [key, unused] : inc.items()) {
            static const QStringList known{QStringLiteral("type"),
                                           QStringLiteral("param"),
                                           QStringLiteral("format"),
                                           QStringLiteral("field"),
                                           QStringLiteral("start_date"),
                                           QStringLiteral("start_config"),
                                           QStringLiteral("lookback_seconds")};
            if (!known.contains(qs(key))) {
                return error(where, tr("unknown key \"%1\"").arg(qs(key)));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> rateLimit(const json& rate, const QString& where, double& out) const {
        const auto rps = rate.is_object() ? rate.find("requests_per_second") : rate.end();
        if (!rate.is_object() || rps == rate.end() || !rps->is_number() || rps->get<double>() <= 0) {
            return error(where, tr("expected {\"requests_per_second\": a number > 0}"));
        }
        out = rps->get<double>();
        return std::nullopt;
    }

private:
    QString m_origin;
};

} // namespace

QString fieldTypeName(FieldType type) {
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Bool:
        return QStringLiteral("bool");
    case FieldType::Datetime:
        return QStringLiteral("datetime");
    }
    return {};
}

json unnestRecords(const json& records, const UnnestSpec& spec) {
    json out = json::array();
    if (!records.is_array()) {
        return out;
    }
    for (const json& record : records) {
        if (!record.is_object() || !record.contains(spec.pointer)) {
            continue;
        }
        const json& items = record.at(spec.pointer);
        if (!items.is_array()) {
            continue;
        }
        json parent;
        if (!spec.parent.isEmpty()) {
            parent = record; // without the array: an element never carries copies of its siblings
            if (!spec.pointer.empty()) {
                parent.at(spec.pointer.parent_pointer()).erase(spec.pointer.back());
            }
        }
        for (const json& item : items) {
            if (!item.is_object()) {
                continue;
            }
            if (!spec.wherePath.isEmpty() &&
                (!item.contains(spec.wherePointer) || item.at(spec.wherePointer) != spec.equals)) {
                continue;
            }
            json element = item;
            if (!spec.parent.isEmpty()) {
                element[spec.parent.toStdString()] = parent;
            }
            out.push_back(std::move(element));
        }
    }
    return out;
}

std::optional<EntityKind> entityFromManifestName(const QString& name) {
    static const QList<QPair<QString, EntityKind>> names = {
        {QStringLiteral("customer"), EntityKind::Customer},
        {QStringLiteral("order"), EntityKind::Order},
        {QStringLiteral("return"), EntityKind::Return},
        {QStringLiteral("ticket"), EntityKind::Ticket},
        {QStringLiteral("campaign_event"), EntityKind::CampaignEvent},
        {QStringLiteral("interaction"), EntityKind::Interaction},
        {QStringLiteral("survey"), EntityKind::Survey},
        {QStringLiteral("cart"), EntityKind::Cart},
        {QStringLiteral("ticket_comment"), EntityKind::TicketComment},
    };
    for (const auto& [n, kind] : names) {
        if (n == name) {
            return kind;
        }
    }
    return std::nullopt;
}

const FieldSpec* StreamManifest::field(const QString& name) const {
    for (const auto& f : fields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

Result<Manifest> Manifest::parse(const QByteArray& text, const QString& origin) {
    if (const auto tooMuch = jsonLimitExceeded(text)) {
        return Error{tr("Connector manifest %1 is too large or too deeply nested (%2)").arg(origin, *tooMuch), {}};
    }
    const json doc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (doc.is_discarded()) {
        return Error{tr("Connector manifest %1 is not valid JSON").arg(origin), {}};
    }
    ManifestReader reader(origin);
    if (!doc.is_object()) {
        return reader.error(tr("top level"), tr("expected an object"));
    }
    Manifest m;
    if (auto e = reader.string(doc, "name", tr("top level"), m.name, true)) {
        return *e;
    }
    if (auto e = reader.string(doc, "title", tr("top level"), m.title, false)) {
        return *e;
    }
    double requestsPerSecond = 0.0;
    if (const auto rate = doc.find("rate_limit"); rate != doc.end()) {
        if (auto e = reader.rateLimit(*rate, tr("top level") + QStringLiteral(".rate_limit"), requestsPerSecond)) {
            return *e;
        }
    }
    const auto streams = doc.find("streams");
    if (streams == doc.end() || !streams->is_object() || streams->empty()) {
        return reader.error(tr("top level"), tr("\"streams\" must be a non-empty object of stream name -> stream"));
    }
    for (const auto& [key, value] : streams->items()) {
        StreamManifest s;
        s.requestsPerSecond = requestsPerSecond;
        if (auto e = reader.stream(qs(key), value, s)) {
            return *e;
        }
        m.streams.append(std::move(s));
    }
    if (auto e = reader.link(m.streams)) {
        return *e;
    }
    return m;
}

QString StreamManifest::scopeParam(const QString& key) const {
    for (const auto& [k, param] : scopeParams) {
        if (k == key) {
            return param;
        }
    }
    return {};
}

const StreamManifest* Manifest::stream(const QString& name) const {
    for (const auto& s : streams) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

QStringList Manifest::streamNames() const {
    QStringList names;
    for (const auto& s : streams) {
        names.append(s.name);
    }
    return names;
}

Result<Manifest> ManifestRegistry::load(const QString& nameOrPath) {
    initConnectorResources();
    const bool looksLikePath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"));
    const QString file = looksLikePath ? nameOrPath : QStringLiteral(":/connectors/%1.json").arg(nameOrPath);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!looksLikePath) {
            return Error{tr("There is no shipped connector named \"%1\" (known: %2)")
                             .arg(nameOrPath, shippedNames().join(QStringLiteral(", "))),
                         file};
        }
        return Error{tr("Could not read the connector manifest %1: %2").arg(nameOrPath, f.errorString()), file};
    }
    return Manifest::parse(f.readAll(), looksLikePath ? QFileInfo(nameOrPath).fileName() : nameOrPath);
}

QStringList ManifestRegistry::shippedNames() {
    initConnectorResources();
    QStringList names;
    const auto entries =
        QDir(QStringLiteral(":/connectors")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const auto& entry : entries) {
        names.append(entry.chopped(5));
    }
    return names;
}

} // namespace c360::sync

#include "sync/WriteActions.h"

#include "sync/JsonRead.h"
#include "sync/Manifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace c360::sync {

using nlohmann::json;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync", text);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

const QRegularExpression& placeholder() {
    static const QRegularExpression re(QStringLiteral(R"(\{([A-Za-z_][A-Za-z0-9_]*)(\?)?(?:\|([a-z_]+))?\})"));
    return re;
}

// A number from a JSON number or a numeric string.
std::optional<double> numberOf(const json& v) {
    if (v.is_number()) {
        return v.get<double>();
    }
    if (v.is_string()) {
        bool ok = false;
        const double d = qs(v.get<std::string>()).trimmed().toDouble(&ok);
        if (ok) {
            return d;
        }
    }
    return std::nullopt;
}

QString plainText(const json& v) {
    if (v.is_string()) {
        return qs(v.get<std::string>());
    }
    if (v.is_number_integer()) {
        return QString::number(v.get<qint64>());
    }
    if (v.is_number()) {
        return QString::number(v.get<double>(), 'g', 15);
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.is_null()) {
        return {};
    }
    return qs(v.dump());
}

Result<json> applyFilter(const QString& filter, const QString& name, const json& value) {
    if (filter.isEmpty()) {
        return value;
    }
    if (filter == QLatin1String("cents") || filter == QLatin1String("ms")) {
        const auto n = numberOf(value);
        if (!n) {
            return Error{tr("“%1” must be a number here, not %2.").arg(name, jsonread::excerpt(value)), {}};
        }
        return json(static_cast<qint64>(std::llround(*n * (filter == QLatin1String("cents") ? 100.0 : 1000.0))));
    }
    if (filter == QLatin1String("digits")) {
        QString out;
        for (const QChar c : plainText(value)) {
            if (c.isDigit()) {
                out.append(c);
            }
        }
        return json(out.toStdString());
    }
    if (filter == QLatin1String("soql")) { // a SOQL string literal's inside
        QString t = plainText(value);
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return json(t.toStdString());
    }
    if (filter == QLatin1String("string")) {
        return json(plainText(value).toStdString());
    }
    return Error{tr("unknown filter “%1” (use cents, digits, soql, ms or string)").arg(filter), {}};
}

struct Rendered {
    std::optional<json> value; // nullopt: leave it out (an optional variable was missing)
};

Result<Rendered> renderString(const QString& templ, const WriteVariables& vars) {
    const QRegularExpression& re = placeholder();
    const auto whole = re.match(templ);
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == templ.size()) {
        const QString name = whole.captured(1);
        const bool optional = !whole.captured(2).isEmpty();
        const auto it = vars.constFind(name);
        if (it == vars.cend() || it->is_null()) {
            if (optional) {
                return Rendered{};
            }
            return Error{tr("The write needs “%1”, which it was not given.").arg(name), {}};
        }
        auto filtered = applyFilter(whole.captured(3), name, *it);
        if (!filtered) {
            return filtered.error();
        }
        return Rendered{*filtered};
    }
    QString out;
    qsizetype at = 0;
    auto matches = re.globalMatch(templ);
    while (matches.hasNext()) {
        const auto m = matches.next();
        out += templ.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(1);
        const auto it = vars.constFind(name);
        if (it == vars.cend() || it->is_null()) {
            if (m.captured(2).isEmpty()) {
                return Error{tr("The write needs “%1”, which it was not given.").arg(name), {}};
            }
            continue;
        }
        auto filtered = applyFilter(m.captured(3), name, *it);
        if (!filtered) {
            return filtered.error();
        }
        out += plainText(*filtered);
    }
    out += templ.mid(at);
    return Rendered{json(out.toStdString())};
}

Result<Rendered> render(const json& templ, const WriteVariables& vars) {
    if (templ.is_string()) {
        return renderString(qs(templ.get<std::string>()), vars);
    }
    if (templ.is_object()) {
        json out = json::object();
        for (const auto& [key, value] : templ.items()) {
            auto r = render(value, vars);
            if (!r) {
                return r.error();
            }
            if (r->value) {
                out[key] = std::move(*r->value);
            }
        }
        return Rendered{std::move(out)};
    }
    if (templ.is_array()) {
        json out = json::array();
        for (const auto& value : templ) {
            auto r = render(value, vars);
            if (!r) {
                return r.error();
            }
            if (r->value) {
                out.push_back(std::move(*r->value));
            }
        }
        return Rendered{std::move(out)};
    }
    return Rendered{templ};
}

void collectNames(const json& templ, QStringList& out) {
    if (templ.is_string()) {
        auto matches = placeholder().globalMatch(qs(templ.get<std::string>()));
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (!out.contains(name)) {
                out.append(name);
            }
        }
    } else if (templ.is_structured()) {
        for (const auto& value : templ) {
            collectNames(value, out);
        }
    }
}

void formPairs(const json& value, const QString& prefix, QList<QByteArray>& out) {
    if (value.is_object()) {
        for (const auto& [key, v] : value.items()) {
            formPairs(v, prefix.isEmpty() ? qs(key) : prefix + QLatin1Char('[') + qs(key) + QLatin1Char(']'), out);
        }
    } else if (value.is_array()) {
        int i = 0;
        for (const auto& v : value) {
            formPairs(v, prefix + QLatin1Char('[') + QString::number(i++) + QLatin1Char(']'), out);
        }
    } else if (!value.is_null()) {
        out.append(QUrl::toPercentEncoding(prefix) + '=' + QUrl::toPercentEncoding(plainText(value)));
    }
}

// ---- parsing ------------------------------------------------------------------------------

class Reader {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::Reader)

public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin)) {}

    Error error(const QString& where, const QString& what) const {
        return Error{tr("Connector manifest %1, %2: %3").arg(m_origin, where, what), {}};
    }

    std::optional<Error> keys(const json& o, const QString& where, const QSet<QString>& allowed) const {
        for (const auto& [key, value] : o.items()) {
            if (!allowed.contains(qs(key))) {
                return error(where, tr("unknown key “%1”").arg(qs(key)));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> text(const json& o, const char* key, const QString& where, QString& out, bool required) const {
        const auto it = o.find(key);
        if (it == o.end()) {
            return required ? std::optional<Error>(error(where, tr("“%1” is required").arg(QLatin1String(key))))
                            : std::nullopt;
        }
        if (!it->is_string()) {
            return error(where, tr("“%1” must be a string").arg(QLatin1String(key)));
        }
        out = qs(it->get<std::string>());
        return std::nullopt;
    }

    std::optional<Error> pointer(const QString& text, const QString& where, json::json_pointer& out) const {
        try {
            out = json::json_pointer(text.toStdString());
        } catch (const json::exception&) {
            return error(where, tr("“%1” is not a JSON pointer").arg(text));
        }
        return std::nullopt;
    }

    // The request keys inside `o` (method, path, query, body, form).
    std::optional<Error> request(const json& o, const QString& where, WriteRequest& out) const {
        if (auto e = text(o, "method", where, out.method, false)) {
            return e;
        }
        out.method = out.method.toUpper();
        static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                         QStringLiteral("PATCH")};
        if (!methods.contains(out.method)) {
            return error(where, tr("method “%1” (use GET, POST, PUT or PATCH)").arg(out.method));
        }
        if (auto e = text(o, "path", where, out.path, true)) {
            return e;
        }
        if (!out.path.startsWith(QLatin1Char('/'))) {
            return error(where, tr("“path” must start with /"));
        }
        if (const auto q = o.find("query"); q != o.end()) {
            if (!q->is_object()) {
                return error(where, tr("“query” must be an object of name → template"));
            }
            for (const auto& [key, value] : q->items()) {
                if (!value.is_string()) {
                    return error(where, tr("query “%1” must be a string").arg(qs(key)));
                }
                out.query.append({qs(key), qs(value.get<std::string>())});
            }
        }
        if (const auto b = o.find("body"); b != o.end()) {
            if (!b->is_object() && !b->is_string()) {
                return error(where, tr("“body” must be an object (or \"{payload}\")"));
            }
            out.body = *b;
        }
        if (const auto f = o.find("form"); f != o.end()) {
            if (!f->is_boolean()) {
                return error(where, tr("“form” must be true or false"));
            }
            out.form = f->get<bool>();
        }
        if (out.method == QLatin1String("GET") && !out.body.is_null()) {
            return error(where, tr("a GET has no body"));
        }
        return std::nullopt;
    }

    std::optional<Error> action(const QString& kind, const json& o, WriteAction& out) const {
        const QString where = QStringLiteral("writes.") + kind;
        if (!o.is_object()) {
            return error(where, tr("expected an object"));
        }
        if (auto e = keys(o, where,
                          {QStringLiteral("idempotency"), QStringLiteral("lookups"), QStringLiteral("request"),
                           QStringLiteral("result"), QStringLiteral("conflict")})) {
            return e;
        }
        out.kind = kind;
        if (const auto c = o.find("conflict"); c != o.end()) {
            ConflictCheck check;
            if (auto e = conflict(*c, where + QStringLiteral(".conflict"), check)) {
                return e;
            }
            out.conflict = std::move(check);
        }
        if (const auto r = o.find("result"); r != o.end()) {
            const QString rw = where + QStringLiteral(".result");
            if (!r->is_object()) {
                return error(rw, tr("expected an object"));
            }
            if (auto e = keys(*r, rw, {QStringLiteral("stream"), QStringLiteral("id")})) {
                return e;
            }
            if (auto e = text(*r, "stream", rw, out.resultStream, true)) {
                return e;
            }
            if (auto e = text(*r, "id", rw, out.resultId, true)) {
                return e;
            }
            if (auto e = pointer(out.resultId, rw, out.resultPointer)) {
                return e;
            }
        }
        const auto req = o.find("request");
        if (req == o.end() || !req->is_object()) {
            return error(where, tr("“request” (an object) is required"));
        }
        if (auto e = keys(*req, where + QStringLiteral(".request"),
                          {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
                           QStringLiteral("body"), QStringLiteral("form")})) {
            return e;
        }
        if (auto e = request(*req, where + QStringLiteral(".request"), out.request)) {
            return e;
        }
        if (const auto l = o.find("lookups"); l != o.end()) {
            if (!l->is_array()) {
                return error(where, tr("“lookups” must be an array"));
            }
            int i = 0;
            for (const auto& item : *l) {
                const QString lw = where + QStringLiteral(".lookups[%1]").arg(i++);
                if (!item.is_object()) {
                    return error(lw, tr("expected an object"));
                }
                if (auto e = keys(item, lw,
                                  {QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("path"),
                                   QStringLiteral("query"), QStringLiteral("body"), QStringLiteral("form"),
                                   QStringLiteral("select"), QStringLiteral("optional")})) {
                    return e;
                }
                WriteLookup lookup;
                lookup.request.method = QStringLiteral("GET");
                if (auto e = text(item, "name", lw, lookup.name, true)) {
                    return e;
                }
                if (auto e = text(item, "select", lw, lookup.select, true)) {
                    return e;
                }
                if (auto e = pointer(lookup.select, lw, lookup.pointer)) {
                    return e;
                }
                if (auto e = request(item, lw, lookup.request)) {
                    return e;
                }
                if (const auto opt = item.find("optional"); opt != item.end()) {
                    lookup.optional = opt->is_boolean() && opt->get<bool>();
                }
                out.lookups.append(std::move(lookup));
            }
        }
        const auto idem = o.find("idempotency");
        if (idem == o.end() || !idem->is_object()) {
            return error(where, tr("“idempotency” (an object) is required: how the vendor keeps a write from "
                                   "being applied twice"));
        }
        const QString iw = where + QStringLiteral(".idempotency");
        if (auto e = keys(*idem, iw,
                          {QStringLiteral("method"), QStringLiteral("header"), QStringLiteral("check"),
                           QStringLiteral("done_when"), QStringLiteral("done_contains")})) {
            return e;
        }
        QString method;
        if (auto e = text(*idem, "method", iw, method, true)) {
            return e;
        }
        static const QList<QPair<QString, Idempotency>> methods{
            {QStringLiteral("header"), Idempotency::Header}, {QStringLiteral("external_id"), Idempotency::ExternalId},
            {QStringLiteral("upsert"), Idempotency::Upsert}, {QStringLiteral("search"), Idempotency::Search},
            {QStringLiteral("state"), Idempotency::State},   {QStringLiteral("replace"), Idempotency::Replace}};
        bool known = false;
        for (const auto& [name, value] : methods) {
            if (name == method) {
                out.idempotency = value;
                known = true;
            }
        }
        if (!known) {
            return error(iw, tr("method “%1” (use header, external_id, upsert, search, state or replace)").arg(method));
        }
        switch (out.idempotency) {
        case Idempotency::Header:
            if (auto e = text(*idem, "header", iw, out.header, true)) {
                return e;
            }
            break;
        case Idempotency::Upsert:
            if (out.request.method != QLatin1String("PUT") && out.request.method != QLatin1String("PATCH")) {
                return error(iw, tr("an upsert is a PUT or PATCH"));
            }
            if (!out.request.path.contains(QLatin1String("{key}"))) {
                return error(iw, tr("an upsert names the key in its path (…/External_Id__c/{key})"));
            }
            break;
        case Idempotency::ExternalId:
        case Idempotency::Search:
        case Idempotency::State: {
            const auto check = idem->find("check");
            if (check == idem->end() || !check->is_object()) {
                return error(iw, tr("“check” (the request that finds an earlier attempt) is required"));
            }
            if (auto e = keys(*check, iw + QStringLiteral(".check"),
                              {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
                               QStringLiteral("body"), QStringLiteral("form")})) {
                return e;
            }
            WriteRequest c;
            c.method = QStringLiteral("GET");
            if (auto e = request(*check, iw + QStringLiteral(".check"), c)) {
                return e;
            }
            out.check = c;
            if (auto e = text(*idem, "done_when", iw, out.doneWhen, true)) {
                return e;
            }
            if (auto e = pointer(out.doneWhen, iw, out.donePointer)) {
                return e;
            }
            if (auto e = text(*idem, "done_contains", iw, out.doneContains, false)) {
                return e;
            }
            if (out.idempotency != Idempotency::State && !out.variables().contains(QStringLiteral("key"))) {
                return error(iw, tr("the key must be written with the record ({key}) so that the check finds it"));
            }
            break;
        }
        case Idempotency::Replace:
            if (out.request.method == QLatin1String("POST")) {
                return error(iw, tr("“replace” is for a PUT or PATCH that sets a value; a POST creates"));
            }
            break;
        }
        return std::nullopt;
    }

    std::optional<Error> conflict(const json& o, const QString& where, ConflictCheck& out) const {
        if (!o.is_object()) {
            return error(where, tr("expected an object"));
        }
        if (auto e = keys(o, where,
                          {QStringLiteral("method"), QStringLiteral("statuses"), QStringLiteral("error_is"),
                           QStringLiteral("answer_record"), QStringLiteral("read"), QStringLiteral("record"),
                           QStringLiteral("version"), QStringLiteral("fields")})) {
            return e;
        }
        QString method;
        if (auto e = text(o, "method", where, method, true)) {
            return e;
        }
        if (method == QLatin1String("stamp")) {
            out.method = ConflictCheck::Method::Stamp;
        } else if (method == QLatin1String("read_compare")) {
            out.method = ConflictCheck::Method::ReadCompare;
        } else {
            return error(where, tr("method “%1” (use stamp or read_compare)").arg(method));
        }
        if (const auto st = o.find("statuses"); st != o.end()) {
            if (!st->is_array() || st->empty()) {
                return error(where, tr("“statuses” must be a list of HTTP statuses"));
            }
            out.statuses.clear();
            for (const json& v : *st) {
                if (!v.is_number_integer() || v.get<int>() < 400 || v.get<int>() > 499) {
                    return error(where, tr("“statuses” must be a list of HTTP statuses"));
                }
                out.statuses.append(v.get<int>());
            }
        }
        if (auto e = text(o, "error_is", where, out.errorIs, false)) {
            return e;
        }
        if (auto e = text(o, "answer_record", where, out.answerRecord, false)) {
            return e;
        }
        if (auto e = pointer(out.answerRecord, where, out.answerPointer)) {
            return e;
        }
        if (const auto r = o.find("read"); r != o.end()) {
            if (!r->is_object()) {
                return error(where, tr("“read” must be a request object"));
            }
            if (auto e = keys(*r, where + QStringLiteral(".read"),
                              {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query")})) {
                return e;
            }
            WriteRequest read;
            read.method = QStringLiteral("GET");
            if (auto e = request(*r, where + QStringLiteral(".read"), read)) {
                return e;
            }
            out.read = read;
        }
        if (out.method == ConflictCheck::Method::ReadCompare && !out.read) {
            return error(where, tr("read_compare needs “read”: the request that reads the record now"));
        }
        if (out.method == ConflictCheck::Method::Stamp && !out.read && out.answerRecord.isEmpty()) {
            return error(where, tr("stamp needs “answer_record” or “read”: where the record now comes from"));
        }
        if (auto e = text(o, "record", where, out.record, false)) {
            return e;
        }
        if (auto e = pointer(out.record, where, out.recordPointer)) {
            return e;
        }
        if (auto e = text(o, "version", where, out.version, true)) {
            return e;
        }
        if (auto e = pointer(out.version, where, out.versionPointer)) {
            return e;
        }
        const auto f = o.find("fields");
        if (f == o.end() || !f->is_object() || f->empty()) {
            return error(where, tr("“fields” (name → JSON pointer in the record) is required"));
        }
        for (const auto& [name, value] : f->items()) {
            if (!value.is_string()) {
                return error(where, tr("field “%1” must be a JSON pointer").arg(qs(name)));
            }
            json::json_pointer p;
            if (auto e = pointer(qs(value.get<std::string>()), where, p)) {
                return e;
            }
            out.fields.append({qs(name), p});
        }
        return std::nullopt;
    }

private:
    QString m_origin;
};

} // namespace

QString idempotencyName(Idempotency idempotency) {
    switch (idempotency) {
    case Idempotency::Header:
        return QStringLiteral("header");
    case Idempotency::ExternalId:
        return QStringLiteral("external_id");
    case Idempotency::Upsert:
        return QStringLiteral("upsert");
    case Idempotency::Search:
        return QStringLiteral("search");
    case Idempotency::State:
        return QStringLiteral("state");
    case Idempotency::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

QString conflictMethodName(ConflictCheck::Method method) {
    return method == ConflictCheck::Method::Stamp ? QStringLiteral("stamp") : QStringLiteral("read_compare");
}

QStringList WriteAction::variables() const {
    QStringList out;
    const auto add = [&](const WriteRequest& r) {
        collectNames(json(r.path.toStdString()), out);
        for (const auto& [k, v] : r.query) {
            collectNames(json(v.toStdString()), out);
        }
        collectNames(r.body, out);
    };
    for (const WriteLookup& l : lookups) {
        add(l.request);
    }
    if (check) {
        add(*check);
    }
    collectNames(json(doneContains.toStdString()), out);
    add(request);
    return out;
}

const WriteAction* WriteActions::find(const QString& kind, bool allowAny) const {
    const WriteAction* any = nullptr;
    for (const WriteAction& a : actions) {
        if (a.kind == kind) {
            return &a;
        }
        if (a.kind == QLatin1String("*")) {
            any = &a;
        }
    }
    return allowAny ? any : nullptr;
}

bool WriteActions::hasSpecific() const {
    return std::any_of(actions.cbegin(), actions.cend(),
                       [](const WriteAction& a) { return a.kind != QLatin1String("*"); });
}

Result<WriteActions> WriteActions::parse(const QByteArray& text, const QString& origin) {
    const json doc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return Error{tr("Connector manifest %1 is not valid JSON").arg(origin), {}};
    }
    WriteActions out;
    out.manifest = doc.contains("name") && doc["name"].is_string() ? qs(doc["name"].get<std::string>()) : origin;
    const auto writes = doc.find("writes");
    if (writes == doc.end()) {
        return out;
    }
    Reader reader(origin);
    if (!writes->is_object()) {
        return reader.error(QStringLiteral("writes"), tr("expected an object of outbox kind → action"));
    }
    for (const auto& [kind, value] : writes->items()) {
        WriteAction action;
        if (auto e = reader.action(qs(kind), value, action)) {
            return *e;
        }
        out.actions.append(std::move(action));
    }
    return out;
}

Result<WriteActions> WriteActions::load(const QString& nameOrPath) {
    // The manifest must be a valid connector first (this also registers the shipped resources).
    if (auto manifest = ManifestRegistry::load(nameOrPath); !manifest) {
        return manifest.error();
    }
    const bool looksLikePath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"));
    QFile f(looksLikePath ? nameOrPath : QStringLiteral(":/connectors/%1.json").arg(nameOrPath));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{tr("Could not read the connector manifest %1: %2").arg(nameOrPath, f.errorString()), {}};
    }
    return parse(f.readAll(), looksLikePath ? QFileInfo(nameOrPath).fileName() : nameOrPath);
}

WriteActions WriteActions::reference() {
    WriteAction any;
    any.kind = QStringLiteral("*");
    any.idempotency = Idempotency::Header;
    any.header = QStringLiteral("Idempotency-Key");
    any.request.method = QStringLiteral("POST");
    any.request.path = QStringLiteral("/outbox/v1/{kind}");
    any.request.body = "{payload}";
    ConflictCheck conflict; // as the c360-* manifests declare it
    conflict.method = ConflictCheck::Method::Stamp;
    conflict.statuses = {409};
    conflict.errorIs = QStringLiteral("edit_conflict");
    conflict.answerRecord = QStringLiteral("/current");
    conflict.answerPointer = json::json_pointer("/current");
    conflict.version = QStringLiteral("/updated_at");
    conflict.versionPointer = json::json_pointer("/updated_at");
    for (const char* f : {"status", "priority", "address"}) {
        conflict.fields.append(
            {QLatin1String(f),
             json::json_pointer(std::string("/") + (qstrcmp(f, "address") == 0 ? "ship_address" : f))});
    }
    any.conflict = conflict;
    WriteActions out;
    out.manifest = QStringLiteral("c360");
    out.actions.append(any);
    return out;
}

namespace writetemplate {

Result<QString> text(const QString& templ, const WriteVariables& vars) {
    auto r = renderString(templ, vars);
    if (!r) {
        return r.error();
    }
    return r->value ? plainText(*r->value) : QString();
}

Result<nlohmann::json> json(const nlohmann::json& templ, const WriteVariables& vars) {
    auto r = render(templ, vars);
    if (!r) {
        return r.error();
    }
    return r->value ? *r->value : nlohmann::json();
}

QByteArray formEncode(const nlohmann::json& body) {
    QList<QByteArray> pairs;
    formPairs(body, {}, pairs);
    return pairs.join('&');
}

QStringList names(const nlohmann::json& templ) {
    QStringList out;
    collectNames(templ, out);
    return out;
}

} // namespace writetemplate

} // namespace c360::sync

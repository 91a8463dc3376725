#include "sync/SourcesFile.h"

#include "sync/JsonLimits.h"
#include "sync/Keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>

namespace c360::sync {

using nlohmann::json;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::optional<QByteArray> systemEnv(const QString& name) {
    const QByteArray key = name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(key.constData())) {
        return std::nullopt;
    }
    return qgetenv(key.constData());
}

QVariant toVariant(const json& value) {
    switch (value.type()) {
    case json::value_t::string:
        return qs(value.get<std::string>());
    case json::value_t::boolean:
        return value.get<bool>();
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return QVariant::fromValue(value.get<qint64>());
    case json::value_t::number_float:
        return value.get<double>();
    case json::value_t::object: {
        QVariantMap map;
        for (const auto& [k, v] : value.items()) {
            map.insert(qs(k), toVariant(v));
        }
        return map;
    }
    case json::value_t::array: {
        QVariantList list;
        for (const auto& v : value) {
            list.append(toVariant(v));
        }
        return list;
    }
    default:
        return {};
    }
}

class SourceReader {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::SourceReader)

public:
    SourceReader(QString origin, QString where)
        : m_origin(std::move(origin))
        , m_where(std::move(where)) {}

    Error error(const QString& what) const {
        return Error{tr("Sources file %1: %2: %3").arg(m_origin, m_where, what), {}};
    }

    std::optional<Error> string(const json& object, const char* key, QString& out, bool required) const {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            return required ? std::optional(error(tr("\"%1\" is missing").arg(QLatin1String(key)))) : std::nullopt;
        }
        if (!it->is_string() || (required && it->get<std::string>().empty())) {
            return error(tr("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
        }
        out = qs(it->get<std::string>());
        return std::nullopt;
    }

    const QString& where() const { return m_where; }

private:
    QString m_origin;
    QString m_where;
};

} // namespace

Result<QString> SourcesFile::resolveSecret(const QString& spec, const QString& where, const EnvLookup& env,
                                           const KeychainLookup& keychain) {
    if (spec.startsWith(QLatin1String("env:"))) {
        const QString var = spec.mid(4);
        const auto value = env ? env(var) : systemEnv(var);
        if (var.isEmpty() || !value || value->isEmpty()) {
            return Error{tr("%1: the secret comes from the environment variable %2, which is not set").arg(where, var),
                         {}};
        }
        return QString::fromUtf8(*value);
    }
    if (spec.startsWith(QLatin1String("keychain:"))) {
        const QString name = spec.mid(9);
        if (!Keychain::isValidName(name)) {
            return Error{tr("%1: \"%2\" is not a keychain entry name (use letters, digits, '.', '_', '-' or '@').")
                             .arg(where, name),
                         {}};
        }
        auto secret = keychain ? keychain(name) : Keychain::lookup(name);
        if (!secret) {
            return Error{tr("%1: %2").arg(where, secret.error().message), secret.error().detail};
        }
        if (secret->isEmpty()) {
            return Error{tr("%1: the keychain entry \"%2\" is empty").arg(where, name), {}};
        }
        return secret;
    }
    return spec;
}

Result<QList<SourceConfig>> SourcesFile::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{tr("Could not read the sources file %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
                     {}};
    }
    const QFileInfo info(path);
    return parse(readJsonText(f), info.fileName(), info.absolutePath());
}

Result<QList<SourceConfig>> SourcesFile::parse(const QByteArray& text, const QString& origin, const QString& baseDir,
                                               const EnvLookup& env, const KeychainLookup& keychain) {
    if (const auto tooMuch = jsonLimitExceeded(text)) {
        return Error{tr("Sources file %1 is too large or too deeply nested (%2)").arg(origin, *tooMuch), {}};
    }
    const json doc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (doc.is_discarded()) {
        return Error{tr("Sources file %1 is not valid JSON").arg(origin), {}};
    }
    const auto sources = doc.is_object() ? doc.find("sources") : doc.end();
    if (!doc.is_object() || sources == doc.end() || !sources->is_array()) {
        return Error{tr("Sources file %1: expected {\"sources\": [ ... ]}").arg(origin), {}};
    }
    SyncScope scope;
    if (const auto sc = doc.find("scope"); sc != doc.end() && !sc->is_null()) {
        auto parsed = parseScope(QByteArray::fromStdString(sc->dump()), origin, baseDir);
        if (!parsed) {
            return parsed.error();
        }
        scope = std::move(*parsed);
    }
    QList<SourceConfig> out;
    int index = 0;
    for (const auto& s : *sources) {
        ++index;
        SourceReader r(origin, tr("source #%1").arg(index));
        if (!s.is_object()) {
            return r.error(tr("expected an object"));
        }
        SourceConfig c;
        if (auto e = r.string(s, "name", c.name, true)) {
            return *e;
        }
        r = SourceReader(origin, tr("source \"%1\"").arg(c.name));
        for (const auto& other : std::as_const(out)) {
            if (other.name == c.name) {
                return r.error(tr("the name is used twice"));
            }
        }
        if (auto e = r.string(s, "manifest", c.manifest, true)) {
            return *e;
        }
        if ((c.manifest.contains(QLatin1Char('/')) || c.manifest.endsWith(QLatin1String(".json"))) &&
            QDir::isRelativePath(c.manifest) && !baseDir.isEmpty()) {
            c.manifest = QDir::cleanPath(QDir(baseDir).absoluteFilePath(c.manifest));
        }
        if (auto e = r.string(s, "base_url", c.baseUrl, true)) {
            return *e;
        }
        const QUrl url(c.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            return r.error(tr("\"base_url\" must be an http:// or https:// address, not \"%1\"").arg(c.baseUrl));
        }
        while (c.baseUrl.endsWith(QLatin1Char('/'))) {
            c.baseUrl.chop(1);
        }
        const auto auth = s.find("auth");
        if (auth == s.end() || auth->is_null()) {
            c.auth.type = QStringLiteral("none");
        } else {
            if (!auth->is_object()) {
                return r.error(tr("\"auth\" must be an object"));
            }
            SourceReader ar(origin, r.where() + QStringLiteral(" auth"));
            if (auto e = ar.string(*auth, "type", c.auth.type, true)) {
                return *e;
            }
            const QString type = c.auth.type;
            static const QStringList types{QStringLiteral("bearer"), QStringLiteral("api_key"), QStringLiteral("basic"),
                                           QStringLiteral("oauth2_client_credentials"), QStringLiteral("none")};
            if (!types.contains(type)) {
                return ar.error(
                    tr("unknown type \"%1\" (use bearer, api_key, basic, oauth2_client_credentials or none)")
                        .arg(type));
            }
            if (type == QLatin1String("api_key")) {
                if (auto e = ar.string(*auth, "header", c.auth.header, false)) {
                    return *e;
                }
                if (auto e = ar.string(*auth, "query", c.auth.queryParam, false)) {
                    return *e;
                }
                if (c.auth.header.isEmpty() == c.auth.queryParam.isEmpty()) {
                    return ar.error(tr("api_key needs either \"header\" or \"query\" (the parameter name)"));
                }
            }
            if (type == QLatin1String("oauth2_client_credentials")) {
                if (auto e = ar.string(*auth, "token_url", c.auth.tokenUrl, true)) {
                    return *e;
                }
                if (auto e = ar.string(*auth, "client_id", c.auth.clientId, true)) {
                    return *e;
                }
                if (auto e = ar.string(*auth, "scope", c.auth.scope, false)) {
                    return *e;
                }
            }
            if (type == QLatin1String("basic")) {
                if (auto e = ar.string(*auth, "username", c.auth.username, true)) {
                    return *e;
                }
            }
            if (type != QLatin1String("none")) {
                QString spec;
                if (auto e = ar.string(*auth, "secret", spec, true)) {
                    return *e;
                }
                auto secret = resolveSecret(spec, tr("Sources file %1: %2 auth").arg(origin, r.where()), env, keychain);
                if (!secret) {
                    return secret.error();
                }
                c.auth.secret = *secret;
            }
        }
        if (const auto config = s.find("config"); config != s.end() && !config->is_null()) {
            if (!config->is_object()) {
                return r.error(tr("\"config\" must be an object"));
            }
            c.config = toVariant(*config).toMap();
        }
        if (const auto streams = s.find("streams"); streams != s.end() && !streams->is_null()) {
            if (!streams->is_array()) {
                return r.error(tr("\"streams\" must be a list of stream names"));
            }
            for (const auto& st : *streams) {
                if (!st.is_string() || st.get<std::string>().empty()) {
                    return r.error(tr("\"streams\" must be a list of stream names"));
                }
                c.streams.append(qs(st.get<std::string>()));
            }
        }
        c.scope = scope;
        out.append(std::move(c));
    }
    return out;
}

Result<SyncScope> SourcesFile::parseScope(const QByteArray& text, const QString& origin, const QString& baseDir) {
    const json sc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    const auto fail = [&](const QString& what) {
        return Error{tr("Sources file %1: scope: %2").arg(origin, what), {}};
    };
    if (!sc.is_object()) {
        return fail(tr("expected an object such as {\"territory\": \"north\"}"));
    }
    SyncScope scope;
    bool retentionOnly = false;
    // A string or a list of non-empty strings.
    const auto list = [&](const std::string& key, QStringList& out) -> std::optional<Error> {
        const json& v = sc.at(key);
        const auto bad = [&] { return fail(tr("\"%1\" must be a text or a list of texts").arg(qs(key))); };
        if (v.is_string()) {
            const QString one = qs(v.get<std::string>()).trimmed();
            if (one.isEmpty()) {
                return bad();
            }
            out.append(one);
            return std::nullopt;
        }
        if (!v.is_array() || v.empty()) {
            return bad();
        }
        for (const json& item : v) {
            if (!item.is_string() || qs(item.get<std::string>()).trimmed().isEmpty()) {
                return bad();
            }
            out.append(qs(item.get<std::string>()).trimmed());
        }
        return std::nullopt;
    };
    for (const auto& [key, value] : sc.items()) {
        std::optional<Error> e;
        if (key == "territory") {
            e = list(key, scope.territories);
        } else if (key == "owner") {
            e = list(key, scope.owners);
        } else if (key == "queue") {
            e = list(key, scope.queues);
        } else if (key == "customers") {
            e = list(key, scope.customers);
        } else if (key == "customers_file") {
            if (!value.is_string() || value.get<std::string>().empty()) {
                return fail(tr("\"customers_file\" must be the path of a file of customer ids, one a line"));
            }
            const QString path =
                QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absoluteFilePath(qs(value.get<std::string>()));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
                return fail(tr("could not read the customers file %1: %2")
                                .arg(QDir::toNativeSeparators(path), f.errorString()));
            }
            int lineNo = 0;
            while (!f.atEnd()) {
                ++lineNo;
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                    continue;
                }
                if (line.contains(QLatin1Char(',')) || line.contains(QLatin1Char('\t'))) {
                    return fail(tr("%1 line %2: one customer id, e-mail address or phone number a line")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(lineNo));
                }
                scope.customers.append(line);
            }
        } else if (key == "city" || key == "segment") {
            // Retention's scope (app/Retention.h): who is kept past "retention_days"; not a sync filter.
            QStringList unused;
            e = list(key, unused);
            retentionOnly = true;
        } else {
            return fail(
                tr("unknown key \"%1\" (use territory, owner, queue, customers or customers_file)").arg(qs(key)));
        }
        if (e) {
            return *e;
        }
    }
    scope.customers.removeDuplicates();
    if (scope.isEmpty() && !retentionOnly) {
        return fail(tr("it names no customer; give territory, owner, queue, customers or customers_file, or leave "
                       "\"scope\" out to sync every customer"));
    }
    return scope;
}

} // namespace c360::sync

#include "sync/SignIn.h"

#include "sync/CurlHttpClient.h"
#include "sync/JsonLimits.h"
#include "sync/SyncLog.h"

#include <QFile>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace c360::sync {

namespace {

using nlohmann::json;

std::optional<QString> stringAt(const json& doc, const QString& pointer) {
    try {
        const json::json_pointer p(pointer.toStdString());
        if (!doc.contains(p)) {
            return std::nullopt;
        }
        const json& v = doc.at(p);
        if (v.is_string()) {
            return QString::fromStdString(v.get<std::string>());
        }
        if (v.is_number_integer()) {
            return QString::number(v.get<qint64>());
        }
    } catch (const json::exception&) {
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<SignInSpec>> SignIn::specFromSourcesFile(const QByteArray& text, const QString& origin) {
    if (jsonLimitExceeded(text)) {
        return Error{tr("Sources file %1 is too large or too deeply nested").arg(origin), {}};
    }
    const json doc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return Error{tr("Sources file %1 is not valid JSON").arg(origin), {}};
    }
    const auto it = doc.find("sign_in");
    if (it == doc.end() || it->is_null()) {
        return std::optional<SignInSpec>{};
    }
    const auto bad = [&](const QString& what) {
        return Error{tr("Sources file %1: \"sign_in\": %2").arg(origin, what), {}};
    };
    if (!it->is_object()) {
        return bad(tr("must be an object such as {\"source\": \"crm\"}"));
    }
    SignInSpec spec;
    const auto text_ = [&](const char* key, QString& out, bool required) -> std::optional<Error> {
        const auto f = it->find(key);
        if (f == it->end() || f->is_null()) {
            return required ? std::optional(bad(tr("\"%1\" is missing").arg(QLatin1String(key)))) : std::nullopt;
        }
        if (!f->is_string() || f->get<std::string>().empty()) {
            return bad(tr("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
        }
        out = QString::fromStdString(f->get<std::string>());
        return std::nullopt;
    };
    for (const auto& [key, out, required] :
         {std::tuple{"source", &spec.source, true}, std::tuple{"path", &spec.path, false},
          std::tuple{"user", &spec.userPointer, false}, std::tuple{"name", &spec.namePointer, false},
          std::tuple{"role", &spec.rolePointer, false}}) {
        if (auto e = text_(key, *out, required)) {
            return *e;
        }
    }
    if (!spec.path.startsWith(QLatin1Char('/'))) {
        return bad(tr("\"path\" must start with /"));
    }
    for (const QString* pointer : {&spec.userPointer, &spec.namePointer, &spec.rolePointer}) {
        if (!pointer->startsWith(QLatin1Char('/'))) {
            return bad(tr("\"%1\" is not a JSON pointer (it starts with /)").arg(*pointer));
        }
    }
    if (const auto roles = it->find("roles"); roles != it->end() && !roles->is_null()) {
        if (!roles->is_object()) {
            return bad(tr("\"roles\" must map the backend's role names to agent, supervisor, field or auditor"));
        }
        for (const auto& [vendor, ours] : roles->items()) {
            const QString name = ours.is_string() ? QString::fromStdString(ours.get<std::string>()) : QString();
            if (!accessRoleFromName(name)) {
                return bad(tr("\"roles\": \"%1\" maps to \"%2\", which is not agent, supervisor, field or auditor")
                               .arg(QString::fromStdString(vendor), name));
            }
            spec.roles.insert(QString::fromStdString(vendor), name.toLower());
        }
    }
    return std::optional<SignInSpec>{spec};
}

Result<RoleGrant> SignIn::fetch(HttpClient& http, const SourceConfig& source, const SignInSpec& spec) {
    HttpRequest request;
    request.url = source.baseUrl + spec.path;
    request.headers = {{"Accept", "application/json"}};
    const SourceAuth& auth = source.auth;
    if (auth.type == QLatin1String("bearer")) {
        request.headers.append({"Authorization", "Bearer " + auth.secret.toUtf8()});
        request.secretHeaders.append("Authorization");
    } else if (auth.type == QLatin1String("basic")) {
        request.headers.append(
            {"Authorization", "Basic " + QByteArray(auth.username.toUtf8() + ':' + auth.secret.toUtf8()).toBase64()});
        request.secretHeaders.append("Authorization");
    } else if (auth.type == QLatin1String("api_key") && !auth.header.isEmpty()) {
        request.headers.append({auth.header.toUtf8(), auth.secret.toUtf8()});
        request.secretHeaders.append(auth.header.toUtf8());
    } else if (auth.type != QLatin1String("none")) {
        return Error{tr("Sign-in through %1 needs a user's credentials (bearer, basic or API key), not %2.")
                         .arg(source.name, auth.type),
                     {}};
    }
    const auto response = http.send(request);
    if (!response) {
        return Error{tr("Could not sign in at %1: %2").arg(source.name, response.error().message),
                     response.error().detail};
    }
    if (response->status == 401 || response->status == 403) {
        return Error{
            tr("%1 refused the sign-in (HTTP %2): check the credentials.").arg(source.name).arg(response->status),
            request.url};
    }
    if (response->status != 200) {
        return Error{tr("%1 answered the sign-in with HTTP %2.").arg(source.name).arg(response->status), request.url};
    }
    if (jsonLimitExceeded(response->body)) {
        return Error{tr("%1 sent a sign-in answer that is too large or too deeply nested.").arg(source.name), {}};
    }
    const json doc = json::parse(response->body.cbegin(), response->body.cend(), nullptr, false);
    if (doc.is_discarded()) {
        return Error{tr("%1 sent a sign-in answer that is not JSON.").arg(source.name), request.url};
    }
    const auto user = stringAt(doc, spec.userPointer);
    const auto role = stringAt(doc, spec.rolePointer);
    if (!user || user->isEmpty() || !role) {
        return Error{tr("%1's sign-in answer lacks the user (%2) or the role (%3).")
                         .arg(source.name, spec.userPointer, spec.rolePointer),
                     request.url};
    }
    const QString mapped = spec.roles.value(*role, *role);
    const auto ours = accessRoleFromName(mapped);
    if (!ours) {
        return Error{tr("%1 says the role is \"%2\", which this workstation does not know; a \"roles\" map in "
                        "\"sign_in\" names what it is here.")
                         .arg(source.name, *role),
                     request.url};
    }
    RoleGrant grant;
    grant.user = *user;
    grant.displayName = stringAt(doc, spec.namePointer).value_or(QString());
    grant.role = *ours;
    grant.source = source.name;
    grant.at = QDateTime::currentDateTimeUtc();
    qCInfo(lcSync).noquote() << "signed in at" << source.name << "as role" << accessRoleName(grant.role);
    return grant;
}

Result<std::optional<RoleGrant>> SignIn::run(const QString& sourcesPath) {
    QFile file(sourcesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Could not read the sources file %1: %2").arg(sourcesPath, file.errorString()), {}};
    }
    const QByteArray text = readJsonText(file);
    auto spec = specFromSourcesFile(text, sourcesPath);
    if (!spec) {
        return spec.error();
    }
    if (!spec->has_value()) {
        return std::optional<RoleGrant>{};
    }
    auto sources = SourcesFile::load(sourcesPath);
    if (!sources) {
        return sources.error();
    }
    const SignInSpec& s = **spec;
    for (const SourceConfig& source : std::as_const(*sources)) {
        if (source.name == s.source) {
            CurlHttpClient http;
            auto grant = fetch(http, source, s);
            if (!grant) {
                return grant.error();
            }
            return std::optional<RoleGrant>{*grant};
        }
    }
    return Error{tr("Sources file %1: \"sign_in\" names the source \"%2\", which the file does not have.")
                     .arg(sourcesPath, s.source),
                 {}};
}

bool SignIn::covers(AccessRole granted, AccessRole wanted) {
    if (granted == wanted || granted == AccessRole::Supervisor) {
        return true;
    }
    return granted == AccessRole::Field && wanted == AccessRole::Agent;
}

AccessRole SignIn::effectiveRole(const std::optional<RoleGrant>& grant, const std::optional<AccessRole>& override,
                                 QString* refused) {
    if (!grant) {
        return override.value_or(AccessRole::Agent);
    }
    if (!override || covers(grant->role, *override)) {
        return override.value_or(grant->role);
    }
    if (refused) {
        *refused = tr("--role %1 is refused: %2 signed in as %3, which does not include it.")
                       .arg(accessRoleName(*override), grant->user, accessRoleName(grant->role));
    }
    return grant->role;
}

} // namespace c360::sync

#pragma once

#include "models/Result.h"
#include "sync/SyncScope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace c360::sync {

struct SourceAuth {
    QString type;       // "bearer" | "api_key" | "basic" | "oauth2_client_credentials" | "none"
    QString username;   // basic
    QString header;     // api_key: the header name (or:)
    QString secret;     // resolved value (oauth2: the client secret); never logged
    QString queryParam; // api_key: the query parameter name
    QString tokenUrl;   // oauth2_client_credentials: token endpoint (absolute, or relative to base_url)
    QString clientId;   // oauth2_client_credentials
    QString scope;      // oauth2_client_credentials (optional)
};

struct SourceConfig {
    QString name;     // "crm"
    QString manifest; // shipped name or path (resolved against the sources file's folder)
    QString baseUrl;  // without a trailing slash
    SourceAuth auth;
    QVariantMap config;  // e.g. {"default_region": "CN"}
    QStringList streams; // empty: all streams of the manifest
    SyncScope scope;     // the file's "scope" (empty: every customer)
};

// The sources file: which systems this workstation syncs (docs/architecture.md).
class SourcesFile {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::SourcesFile)

public:
    // How env:VAR secrets are looked up (tests inject their own).
    using EnvLookup = std::function<std::optional<QByteArray>(const QString& name)>;
    // How keychain:NAME secrets are looked up (default: sync::Keychain::lookup).
    using KeychainLookup = std::function<Result<QString>(const QString& name)>;

    static Result<QList<SourceConfig>> load(const QString& path);
    static Result<QList<SourceConfig>> parse(const QByteArray& json, const QString& origin, const QString& baseDir = {},
                                             const EnvLookup& env = {}, const KeychainLookup& keychain = {});
    // "env:VAR" -> the variable's value, "keychain:NAME" -> the OS keychain's entry NAME, else the literal.
    // The file's "scope" object (resources/connectors/README.md, "Sync scopes"); `baseDir` resolves
    // "customers_file". Unknown keys and bad values are errors that name them.
    static Result<SyncScope> parseScope(const QByteArray& scopeJson, const QString& origin, const QString& baseDir);
    static Result<QString> resolveSecret(const QString& spec, const QString& where, const EnvLookup& env = {},
                                         const KeychainLookup& keychain = {});
};

} // namespace c360::sync

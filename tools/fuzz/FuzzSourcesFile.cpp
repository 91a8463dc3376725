// The sources file, as a user (or a broken editor) may leave it.
#include "sync/SourcesFile.h"

#include <QByteArray>

#include <cstdint>

using namespace c360::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const SourcesFile::EnvLookup env = [](const QString& name) -> std::optional<QByteArray> {
        if (name.startsWith(QLatin1Char('A'))) {
            return QByteArray("secret");
        }
        return std::nullopt;
    };
    // keychain:NAME never reaches the real keychain here.
    const SourcesFile::KeychainLookup keychain = [](const QString& name) -> c360::Result<QString> {
        if (name.startsWith(QLatin1Char('A'))) {
            return QStringLiteral("secret");
        }
        return c360::Error{QStringLiteral("no such entry"), {}};
    };
    const auto parsed = SourcesFile::parse(text, QStringLiteral("fuzz.json"), QStringLiteral("/tmp"), env, keychain);
    if (!parsed) {
        if (parsed.error().message.isEmpty()) {
            __builtin_trap(); // every refusal says why
        }
    }
    return 0;
}

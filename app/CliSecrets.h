#pragma once

#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace c360::app {

inline constexpr const char* kCliSecretsSynopsis = "c360 sources set-secret|delete-secret NAME";

// `c360 sources set-secret NAME`: reads a secret from standard input (one line; typed without echo
// on a terminal) and stores it in the operating system's keychain as entry NAME, for
// `"secret": "keychain:NAME"` in a sources file. `c360 sources delete-secret NAME` removes it.
// Where no keychain service runs nothing is stored anywhere: exit 1 with the reason.
// Exit codes: 0 done, 1 the keychain failed, 2 usage error.
int runCliSetSecret(const QString& name, std::FILE* input, QTextStream& out, QTextStream& err);
int runCliDeleteSecret(const QString& name, QTextStream& out, QTextStream& err);

} // namespace c360::app

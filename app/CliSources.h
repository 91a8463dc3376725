#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 sources list [--sources FILE] [--db PATH] [--json]`: the configured sources, their
// connectors and streams, and each stream's sync state when the cache exists.
// `c360 sources test NAME [--stream S] [--sources FILE] [--json]`: fetches the first page of each
// stream of source NAME (connectivity, credentials, mapping) and prints the first record mapped.
// `c360 sources reset NAME [--stream S] [--db PATH] [--json]`: forgets the stored cursors of the
// source's streams (all, or those named) so that the next sync reads them again from the start.
// `c360 sources set-secret NAME` / `delete-secret NAME`: a secret in the OS keychain (app/CliSecrets.h).
int runCliSources(const QStringList& arguments, QTextStream& out, QTextStream& err);

// `c360 quarantine [--source S] [--stream S] [--limit N] [--db PATH] [--json]`: the records the
// connectors could not map, newest first, with the reason.
int runCliQuarantine(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliSourcesSynopsis =
    "c360 sources list|test|reset|set-secret|delete-secret [NAME] [--stream S] [--sources FILE] [--db PATH] [--json]";
inline constexpr const char* kCliQuarantineSynopsis =
    "c360 quarantine [--source S] [--stream S] [--limit N] [--db PATH] [--json]";

} // namespace c360::app

#pragma once

#include "models/Result.h"
#include "sync/OutboxPusher.h"

#include <QString>

namespace c360::app {

// Where agent writes are pushed. Each source whose manifest declares write actions takes its kinds
// with its own credential (resources/connectors/README.md, "Write actions"); the sources file's
// optional "outbox" key names the default target for the other kinds and may route kinds:
//   "outbox": {"source": "crm"}                       the base URL and credential of that source
//   "outbox": {"base_url": "https://…", "auth": {…}}  its own (auth as for a source)
//   "outbox": {…, "routes": {"note": "hubspot"}}      a kind to a named source ("outbox": the default)
// nullopt when no source writes and there is no "outbox" key: writes then wait in the outbox.
Result<std::optional<sync::OutboxPusher::Target>> outboxTarget(const QString& sourcesPath);

} // namespace c360::app

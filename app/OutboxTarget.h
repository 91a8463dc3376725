#pragma once

#include "models/Result.h"
#include "sync/OutboxPusher.h"

#include <QString>

namespace c360::app {

// Where agent writes are pushed, from the sources file's optional "outbox" key:
//   "outbox": {"source": "crm"}                       the base URL and credential of that source
//   "outbox": {"base_url": "https://…", "auth": {…}}  its own (auth as for a source)
// nullopt when the file has no "outbox" key: writes then wait in the outbox.
Result<std::optional<sync::OutboxPusher::Target>> outboxTarget(const QString& sourcesPath);

} // namespace c360::app

#pragma once

#include "models/Result.h"
#include "sync/OutboxPusher.h"
#include "sync/SyncTypes.h"
#include "tests/support/BackendProcess.h"

#include <QJsonObject>
#include <QString>

namespace c360::testing {

class TempCache;

// The company the write and conflict GUI tests share (TestOrderActions, TestConflicts): 60 customers, seed 8,
// served in a vendor's shapes (`--flavor stripe|shopify|zendesk|...`) or, with no flavor, the native API.
BackendProcess::Options writeTestCompany(const QString& flavor = {});

// Sync options for tests against the local backend: quick retries (4 tries, 20–200 ms), 10 s per request.
SyncOptions fastRetries();
// Every failed stream of a report, one a line ("source/stream: message | detail"), for QVERIFY2.
QString dumpErrors(const SyncReport& report);
// One full sync of the backend's own sources file into the cache; an error names what failed, or the rows that refer
// to rows that are not there (foreignKeysHold).
Status syncOnce(const TempCache& cache, const BackendProcess& backend);
// Every row's references hold (PRAGMA foreign_key_check finds nothing); an error names the first rows that do not.
Status foreignKeysHold(const TempCache& cache);
// GET an /admin/... endpoint of the backend (its bearer token) as a JSON object.
Result<QJsonObject> adminGet(const BackendProcess& backend, const QString& path);
// The backend's own sources file as an outbox push target: each source with its manifest's write actions.
Result<sync::OutboxPusher::Target> vendorTarget(const BackendProcess& backend);

} // namespace c360::testing

#pragma once

#include "sync/CurlHttpClient.h"
#include "sync/RetryPolicy.h"
#include "sync/SourcesFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace c360::sync {

// What `c360 sources test NAME` reports per stream.
struct ProbeResult {
    QString source;
    QString stream;
    bool ok = false;
    QString error;       // human message (never a secret) when !ok
    QString errorDetail; // for the log
    int records = 0;     // mapped records on the first page
    int quarantined = 0; // records of the first page that could not be mapped
    bool hasMore = false;
    QString firstRecord;     // the first mapped record as compact JSON (canonical fields), if any
    QString firstQuarantine; // the first mapping error, if any
    qint64 elapsedMs = 0;
};

// Checks connectivity, credentials and the mapping of a source: fetches the first page of each
// stream (nothing is written anywhere) and maps it with the manifest. Blocking; for the CLI or the
// sync thread.
class SourceProbe {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::SourceProbe)

public:
    static QList<ProbeResult> test(const SourceConfig& source, const QStringList& streams = {},
                                   const CurlHttpClient::Options& http = {}, RetryPolicy::Options retry = {2});
};

} // namespace c360::sync

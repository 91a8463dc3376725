#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 write note|ticket|cancel-order|change-address|refund --party P [--order N] [--FIELD=VALUE…]
//  [--db PATH] [--outbox PATH] [--json]`: queues one agent write in the outbox exactly as the window
// does (same kinds, same payload, same customer key); `c360 outbox push` sends it.
int runCliWrite(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliWriteSynopsis =
    "c360 write note|ticket|cancel-order|change-address|refund|ticket-status --party P [--order N] [--FIELD=VALUE…] "
    "[--db PATH] "
    "[--outbox PATH] [--json]";

// The outbox file used when --outbox is not given: outbox.db beside the cache (as the window).
QString defaultOutboxPath(const QString& dbPath);

} // namespace c360::app

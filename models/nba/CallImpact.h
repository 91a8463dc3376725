#pragma once

#include "models/Result.h"
#include "models/nba/Facts.h"
#include "models/nba/NbaEngine.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace c360::nba {

// One call (an interaction in the cache) ranked by two packs: the top action before and after.
struct CallImpact {
    qint64 recordId = 0; // the interaction's source_record id
    qint64 partyId = 0;
    qint64 occurredMs = 0;
    CallContext context; // reason = the call's queue, channel as the panel names it (call → phone)
    QString before;      // top action id under the current pack ("" when none)
    QString after;       // top action id under the edited pack
    bool changed() const { return before != after; }
};

// The context a stored interaction stands for: reason and queue = its queue, channel phone for a
// call, else its channel.
CallContext contextOfInteraction(const QString& channel, const QString& queue);

// Ranks the calls that happened in [fromMs, toMs) (at most `limit`, oldest first) with both
// engines, each call's facts as of `nowMs` and the party's stored feedback. The interaction
// table has no time index, so this reads it in full: run it off the UI thread, with that
// thread's connection. `cancel` (optional) is checked between calls.
Result<QList<CallImpact>> compareOnCalls(QSqlDatabase db, const NbaEngine& before, const NbaEngine& after,
                                         qint64 fromMs, qint64 toMs, qint64 nowMs, int limit,
                                         const std::atomic<bool>* cancel = nullptr);

} // namespace c360::nba

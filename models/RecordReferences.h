#pragma once

#include "models/CanonicalRecord.h"
#include "models/RecordFacts.h"
#include "models/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace c360 {

// References between records of one source (a ticket's requester user, a case's contact, a charge's
// customer): a referrer and its referent share one linking key of kind "reference" whose value names
// the referent ("helpdesk/users/361"), so identity resolution puts them in one party whichever record
// arrives first, and the link's rule and evidence say it was a reference.

namespace keykinds {
inline const QString Reference = QStringLiteral("reference"); // linking: source/stream/id of the referent
} // namespace keykinds

// The record's reference keys: its own (when other records refer to its stream) and one per record it
// refers to. Live records only; none for a tombstone.
QList<IdentityKey> referenceKeys(const CanonicalRecord& record);

// Live records grouped by the referent they share (key value -> record ids, ascending), for full
// identity resolution. Groups of one record are left out.
Result<QHash<QString, QList<qint64>>> referenceGroups(QSqlDatabase db);

} // namespace c360

#pragma once

#include <Qt>

namespace c360 {

// Custom item-data roles of every c360 model, in one place.
enum Role : int {
    IdRole = Qt::UserRole + 1,
    KindRole,       // QString event kind
    SourceRole,     // QString source name
    OccurredAtRole, // QDateTime (UTC)
    TitleRole,
    SummaryRole,
    SystemRole,    // bool
    PartyIdRole,   // qint64
    MatchedOnRole, // QString (search results)
    RecordIdRole,  // qint64
};

} // namespace c360

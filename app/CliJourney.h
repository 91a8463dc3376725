#pragma once

#include <QStringList>
#include <QTextStream>

namespace c360::app {

// `c360 journey PARTY [--json] [--stages FILE] [--db PATH]`: each touchpoint of one customer with its
// channel (swim-lane) and journey stage, the stage periods and the friction flags.
int runCliJourney(const QStringList& arguments, QTextStream& out, QTextStream& err);

inline constexpr const char* kCliJourneySynopsis =
    "c360 journey PARTY [--json] [--stages FILE] [--role ROLE] [--db PATH]";

} // namespace c360::app

#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QTextStream>

namespace c360::app {

// --role ROLE for commands that print personal data.
QCommandLineOption cliRoleOption();
// What this command may print: the role the backend granted at the last sign-in (kept in the
// cache), lowered by --role; a --role the grant does not cover is refused on `err` (the grant
// stays). Without any sign-in, --role as given, else agent.
PiiMasker cliMasker(QSqlDatabase cache, const QCommandLineParser& parser, QTextStream& err);

void maskForRole(PartySummary& party, const PiiMasker& masker);
void maskForRole(PartyHeader& party, const PiiMasker& masker);
void maskForRole(TimelineEvent& event, const PiiMasker& masker);

} // namespace c360::app

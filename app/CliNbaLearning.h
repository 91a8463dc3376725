#pragma once

#include <QSqlDatabase>
#include <QTextStream>

namespace c360::nba {
class RulePack;
}

namespace c360::app {

// `c360 nba --learned [--json]`: per action of the pack, the answers learned from (accepted,
// dismissed), the live acceptance rate and the pack's prior, as the rules editor shows them.
int printLearned(QSqlDatabase db, const nba::RulePack& pack, bool json, QTextStream& out, QTextStream& err);

// `c360 nba --reset-learning ACTION`: forgets what was learned for one action (back to the pack's
// prior). Exit 2 for an action the pack does not have.
int resetLearning(QSqlDatabase db, const nba::RulePack& pack, const QString& actionId, QTextStream& out,
                  QTextStream& err);

} // namespace c360::app

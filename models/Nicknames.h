#pragma once

#include <QString>

namespace c360::names {

// Given names and the short forms people write for them (Bill/William, Liz/Elizabeth, Peggy/Margaret),
// a table written from public facts about English given names. A short form may belong to several
// names (Alex: Alexander, Alexandra); two names agree when they share one. Folded lower-case ASCII.
bool sameGivenName(const QString& a, const QString& b);
// True when the name (folded) is a known given name or short form of one.
bool isKnownGivenName(const QString& name);

} // namespace c360::names

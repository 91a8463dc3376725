#pragma once

#include <QString>

namespace c360 {

// A stored E.164 number as people of its country write it, with its country code:
// "+8617612312788" -> "+86 176 1231 2788", "+14155550100" -> "+1 415-555-0100".
// Anything that is not a valid E.164 number comes back unchanged.
QString formatPhoneForDisplay(const QString& e164);

} // namespace c360

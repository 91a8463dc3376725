#pragma once

#include "tools/backend/Records.h"
#include "tools/backend/Rng.h"

#include <QString>

namespace c360::backend {

// Writes a person's email and phone the way real systems store them: mixed case, stray spaces,
// and many written phone forms (all still valid numbers).
class IdentityNoise final {
public:
    static constexpr int kPhoneForms = 6;

    static QString noisyEmail(const QString& email, Rng& rng);
    // form in [0, kPhoneForms); see API.md for the list.
    static QString phoneForm(const Person& person, int form);
    static QString randomPhone(const Person& person, Rng& rng) { return phoneForm(person, rng.index(kPhoneForms)); }
};

} // namespace c360::backend

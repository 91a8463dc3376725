#pragma once

namespace c360 {

// Masks personal data in every log line before it reaches the previous message handler: e-mail
// addresses and phone numbers partly hidden, card numbers always (models/PiiMask.h), whatever the
// user's role — a log never needs them in full. Installed once by main() for the window and the
// command line.
void installPiiMaskingLogHandler();

} // namespace c360

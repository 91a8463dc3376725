#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace c360::sync {

// Limits every JSON text from outside (server responses, sources files, manifests) is held to
// before it is parsed: a page nested thousands of levels deep or bigger than any real page is
// refused with a clear message instead of exhausting memory or the stack.
struct JsonLimits {
    int maxDepth = 64;                    // objects and arrays nested in each other
    qint64 maxBytes = 64LL * 1024 * 1024; // the transport's own response cap
};

// nullopt when the text is within the limits; else what is wrong, for people ("nested 5000 levels
// deep; the limit is 64"). A linear scan that does not parse: strings and escapes are skipped.
std::optional<QString> jsonLimitExceeded(const QByteArray& text, const JsonLimits& limits = {});

// The device's text up to one byte past limits.maxBytes (so that jsonLimitExceeded() tells a text that is too large),
// read in chunks: QIODevice::read(n) reserves n bytes first, 64 MiB for a sources file of a few kilobytes.
QByteArray readJsonText(QIODevice& device, const JsonLimits& limits = {});

} // namespace c360::sync

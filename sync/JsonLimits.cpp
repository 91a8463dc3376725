#include "sync/JsonLimits.h"

#include <QCoreApplication>

namespace c360::sync {

std::optional<QString> jsonLimitExceeded(const QByteArray& text, const JsonLimits& limits) {
    if (text.size() > limits.maxBytes) {
        return QCoreApplication::translate("c360::sync", "%1 MB; the limit is %2 MB")
            .arg(text.size() / (1024 * 1024))
            .arg(limits.maxBytes / (1024 * 1024));
    }
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limits.maxDepth) {
                return QCoreApplication::translate("c360::sync", "nested more than %1 levels deep")
                    .arg(limits.maxDepth);
            }
            break;
        case ']':
        case '}':
            depth = depth > 0 ? depth - 1 : 0;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace c360::sync

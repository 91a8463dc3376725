#include "sync/JsonLimits.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace c360::sync {

QByteArray readJsonText(QIODevice& device, const JsonLimits& limits) {
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray text;
    while (text.size() <= limits.maxBytes) {
        const QByteArray chunk = device.read(std::min(kChunk, limits.maxBytes + 1 - text.size()));
        if (chunk.isEmpty()) {
            break;
        }
        text += chunk;
    }
    return text;
}

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

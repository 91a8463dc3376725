#include "models/PiiLog.h"

#include "models/PiiMask.h"

#include <QtGlobal>

#include <atomic>

namespace c360 {

namespace {

std::atomic<QtMessageHandler> g_previous{nullptr};

void maskingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString masked = PiiMasker(AccessRole::Agent).text(message);
    if (const QtMessageHandler previous = g_previous.load()) {
        previous(type, context, masked);
    }
}

} // namespace

void installPiiMaskingLogHandler() {
    const QtMessageHandler previous = qInstallMessageHandler(maskingHandler);
    if (previous != maskingHandler) {
        g_previous.store(previous);
    }
}

} // namespace c360

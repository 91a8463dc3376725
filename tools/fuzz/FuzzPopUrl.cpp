// Screen pops from the telephony system: c360://pop?ani=… URLs, tel: URIs, and the JSON that
// `c360 pop` sends over the local socket.
#include "app/PopRequest.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>

using namespace c360::app;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    // (A malformed c360://pop URL may come back as a request *and* an error; callers check the
    // error first, so that is not treated as a failure here.)
    (void)PopRequest::fromUrl(QString::fromUtf8(bytes), &error);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const PopRequest fromJson = PopRequest::fromJson(doc.object());
        (void)PopRequest::fromJson(fromJson.toJson()).isValid();
    }
    return 0;
}

#include "PopRequest.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace c360::app {

QJsonObject PopRequest::toJson() const {
    return {{QStringLiteral("ani"), ani},
            {QStringLiteral("call_id"), callId},
            {QStringLiteral("queue"), queue},
            {QStringLiteral("dnis"), dnis}};
}

PopRequest PopRequest::fromJson(const QJsonObject& o) {
    return {o.value(QStringLiteral("ani")).toString(), o.value(QStringLiteral("call_id")).toString(),
            o.value(QStringLiteral("queue")).toString(), o.value(QStringLiteral("dnis")).toString()};
}

std::optional<PopRequest> PopRequest::fromUrl(const QString& text, QString* error) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        // RFC 3966: the number, then optional ;parameters; visual separators are allowed.
        QString number = QUrl::fromPercentEncoding(trimmed.mid(4).toUtf8());
        number = number.section(QLatin1Char(';'), 0, 0).trimmed();
        PopRequest request;
        request.ani = number;
        if (!request.isValid()) {
            *error = QCoreApplication::translate("PopRequest", "The tel: link carries no phone number.");
        }
        return request;
    }
    if (!trimmed.startsWith(QLatin1String("c360:"), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    const QUrl url(trimmed);
    if (!url.isValid() || (url.host() != QLatin1String("pop") && url.path() != QLatin1String("pop") &&
                           url.path() != QLatin1String("/pop"))) {
        *error = QCoreApplication::translate("PopRequest", "Unknown c360: link “%1” (expected c360://pop?ani=…).")
                     .arg(trimmed);
        return PopRequest{};
    }
    const QUrlQuery query(url);
    PopRequest request;
    request.ani = query.queryItemValue(QStringLiteral("ani"), QUrl::FullyDecoded);
    request.callId = query.queryItemValue(QStringLiteral("call_id"), QUrl::FullyDecoded);
    request.queue = query.queryItemValue(QStringLiteral("queue"), QUrl::FullyDecoded);
    request.dnis = query.queryItemValue(QStringLiteral("dnis"), QUrl::FullyDecoded);
    if (!request.isValid()) {
        *error = QCoreApplication::translate("PopRequest", "The c360://pop link has no ani (caller number).");
    }
    return request;
}

} // namespace c360::app

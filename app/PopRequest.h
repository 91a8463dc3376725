#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace c360::app {

// An incoming call handed over by the telephony system: by `c360 pop --ani …`, by a
// `c360://pop?ani=…` URL or by a `tel:` URI.
struct PopRequest {
    QString ani; // the caller's number as the switch gives it (any written form)
    QString callId;
    QString queue;
    QString dnis; // the number the caller dialled

    bool isValid() const { return !ani.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    static PopRequest fromJson(const QJsonObject& object);
    // "c360://pop?ani=%2B8613800138000&call_id=42&queue=delivery", "tel:+86-138-0013-8000;phone-context=…".
    // nullopt when the text is not such a URL; an error message in *error when it is one but unusable.
    static std::optional<PopRequest> fromUrl(const QString& text, QString* error);
};

} // namespace c360::app

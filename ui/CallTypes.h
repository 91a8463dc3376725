#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace c360::ui {

// A call the telephony system handed over (screen pop).
struct IncomingCall {
    QString ani; // caller number, any written form
    QString callId;
    QString queue;
    QString dnis;
};

// What the agent records when a call ends; goes to the outbox and shows in the timeline.
struct WrapUp {
    qint64 partyId = 0; // 0: caller not identified
    QString ani;
    QString callId;
    QString queue;
    QString reason;      // call reason code, e.g. "delivery"
    QString disposition; // disposition code, e.g. "resolved"
    QString notes;
    QString transferNote;
    QDate followUp;      // invalid: none
    QDateTime startedAt; // UTC
    int durationSeconds = 0;
    int holdSeconds = 0;
};

// Codes and their translated labels, in display order.
using CodeList = QList<QPair<QString, QString>>;
CodeList callReasons();
CodeList dispositions();
// The translated words of a code of `codes` ("follow_up" -> "Follow-up needed"); an unknown code
// is made readable ("not_as_described" -> "Not as described").
QString labelOf(const CodeList& codes, const QString& code);

} // namespace c360::ui

#include <QMetaType>
Q_DECLARE_METATYPE(c360::ui::IncomingCall)
Q_DECLARE_METATYPE(c360::ui::WrapUp)

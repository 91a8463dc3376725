#pragma once

#include "models/JourneyRules.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace c360 {

// One touchpoint of a customer's journey: a timeline event with its swim-lane and stage.
struct Touchpoint {
    qint64 eventId = 0;
    qint64 occurredMs = 0;
    QString kind;
    QString title;
    QString summary;
    QString channel; // the swim-lane ("phone", "chat", "email_sms"...)
    int lane = 0;    // index of channel in JourneyRules::channels()
    int stage = -1;  // the stage index the customer is in after this event (-1: none yet)
    QString queue;   // contacts: the queue and the reason (the contact center's summary)
    QString reason;
    QString reference;    // the order or ticket number this touchpoint is about ("" when none)
    QString status;       // orders and tickets: their current status
    bool contact = false; // the customer reached out: call, chat, WeChat, ticket
    bool friction = false;
};

enum class FrictionKind { RepeatContact, ChannelSwitch, ReopenedTicket, LateDeliveryContact };

// A friction flag: the touchpoint it sits on and the one it relates to (or 0).
struct Friction {
    FrictionKind kind = FrictionKind::RepeatContact;
    qint64 eventId = 0;
    qint64 relatedEventId = 0;
    qint64 occurredMs = 0;
    QString detail; // e.g. the order number, "chat → phone"

    static QString kindName(FrictionKind kind); // "repeat_contact", "channel_switch", ...
};

// A stretch of time the customer spent in one stage.
struct StagePeriod {
    int stage = -1;
    qint64 fromMs = 0;
    qint64 untilMs = 0; // the next stage change, or the last touchpoint
};

struct Journey {
    qint64 partyId = 0;
    QList<Touchpoint> touchpoints; // time order
    QList<Friction> friction;
    QList<StagePeriod> stages;
};

// Builds journeys from touchpoints (pure: stage assignment and friction detection by the rules).
Journey buildJourney(qint64 partyId, QList<Touchpoint> touchpoints, const JourneyRules& rules);

// Reads a customer's touchpoints (every non-system timeline event, with the contact's queue and
// the order/ticket it is about) and builds the journey. Reads only.
class JourneyRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::JourneyRepository)

public:
    explicit JourneyRepository(QSqlDatabase db);
    Result<Journey> load(qint64 partyId, const JourneyRules& rules) const;

private:
    QSqlDatabase m_db;
};

} // namespace c360

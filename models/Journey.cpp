#include "models/Journey.h"

#include "models/EventKinds.h"
#include "models/EventText.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <tuple>

namespace c360 {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// A contact this long after an order's due date is still "about" the late delivery.
constexpr qint64 kLateContactWindowMs = 30 * kDayMs;

bool isContactKind(const QString& kind) {
    return kind == kinds::Call || kind == kinds::Chat || kind == kinds::WeChat || kind == kinds::Ticket;
}

// Orders in these states are not waiting for a delivery any more.
bool deliveryDone(const QString& status) {
    static const QSet<QString> done{QStringLiteral("delivered"), QStringLiteral("cancelled"),
                                    QStringLiteral("canceled"),  QStringLiteral("refunded"),
                                    QStringLiteral("returned"),  QStringLiteral("completed"),
                                    QStringLiteral("fulfilled"), QStringLiteral("closed")};
    return done.contains(status.toLower());
}

// The lane of a ticket by the channel it came in on, when that is one of the lanes.
QString ticketLane(const QString& channel, const JourneyRules& rules) {
    const QString c = channel.toLower();
    if (c == QLatin1String("email") || c == QLatin1String("sms") || c == QLatin1String("e-mail")) {
        return QStringLiteral("email_sms");
    }
    if (c == QLatin1String("voice")) {
        return QStringLiteral("phone");
    }
    return rules.channels().contains(c) ? c : QString();
}

} // namespace

QString Friction::kindName(FrictionKind kind) {
    switch (kind) {
    case FrictionKind::RepeatContact:
        return QStringLiteral("repeat_contact");
    case FrictionKind::ChannelSwitch:
        return QStringLiteral("channel_switch");
    case FrictionKind::ReopenedTicket:
        return QStringLiteral("reopened_ticket");
    case FrictionKind::LateDeliveryContact:
        return QStringLiteral("late_delivery_contact");
    }
    return {};
}

Journey buildJourney(qint64 partyId, QList<Touchpoint> touchpoints, const JourneyRules& rules) {
    Journey j;
    j.partyId = partyId;
    QList<JourneyEventInput> inputs;
    inputs.reserve(touchpoints.size());
    for (const Touchpoint& t : touchpoints) {
        inputs.append({t.kind, t.title, t.summary});
    }
    const QList<int> stages = rules.assign(inputs);
    const QStringList& lanes = rules.channels();
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        Touchpoint& t = touchpoints[i];
        t.stage = stages.at(i);
        if (t.channel.isEmpty()) {
            t.channel = rules.channelOf(t.kind);
        }
        t.lane = static_cast<int>(std::max<qsizetype>(0, lanes.indexOf(t.channel)));
        t.contact = isContactKind(t.kind);
    }

    // Friction, in one pass over time.
    const qint64 repeatMs = rules.repeatContactDays() * kDayMs;
    const qint64 switchMs = rules.channelSwitchHours() * kHourMs;
    const qint64 lateMs = rules.lateDeliveryDays() * kDayMs;
    QHash<QString, qsizetype> lastContactAbout; // reference or queue|reason -> touchpoint index
    qsizetype previousContact = -1;
    QList<qsizetype> openOrders; // orders still waiting for delivery
    auto flag = [&](qsizetype i, FrictionKind kind, qsizetype related, const QString& detail) {
        Touchpoint& t = touchpoints[i];
        t.friction = true;
        j.friction.append({kind, t.eventId, related >= 0 ? touchpoints.at(related).eventId : 0, t.occurredMs, detail});
    };
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        const Touchpoint& t = touchpoints.at(i);
        if (t.kind == kinds::Order && !deliveryDone(t.status)) {
            openOrders << i;
        }
        if (t.kind == kinds::Ticket && (t.status.compare(QLatin1String("reopened"), Qt::CaseInsensitive) == 0 ||
                                        t.summary.startsWith(QLatin1String("Reopened"), Qt::CaseInsensitive))) {
            flag(i, FrictionKind::ReopenedTicket, -1, t.reference);
        }
        if (!t.contact) {
            continue;
        }
        QString about = t.reference;
        if (about.isEmpty() && !t.queue.isEmpty()) {
            about = t.queue + QLatin1Char('|') + t.reason;
        }
        if (!about.isEmpty()) {
            const auto it = lastContactAbout.constFind(about);
            if (it != lastContactAbout.constEnd() && t.occurredMs - touchpoints.at(*it).occurredMs <= repeatMs) {
                flag(i, FrictionKind::RepeatContact, *it, t.reference.isEmpty() ? t.queue : t.reference);
            }
            lastContactAbout.insert(about, i);
        }
        if (previousContact >= 0) {
            const Touchpoint& p = touchpoints.at(previousContact);
            if (p.channel != t.channel && t.occurredMs - p.occurredMs <= switchMs) {
                flag(i, FrictionKind::ChannelSwitch, previousContact, p.channel + QStringLiteral(" → ") + t.channel);
            }
        }
        previousContact = i;
        for (qsizetype o : openOrders) {
            const Touchpoint& order = touchpoints.at(o);
            const qint64 due = order.occurredMs + lateMs;
            if (t.occurredMs > due && t.occurredMs <= due + kLateContactWindowMs) {
                flag(i, FrictionKind::LateDeliveryContact, o, order.reference);
                break;
            }
        }
    }

    // Stage periods.
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        const Touchpoint& t = touchpoints.at(i);
        if (t.stage < 0) {
            continue;
        }
        if (j.stages.isEmpty() || j.stages.last().stage != t.stage) {
            if (!j.stages.isEmpty()) {
                j.stages.last().untilMs = t.occurredMs;
            }
            j.stages.append({t.stage, t.occurredMs, t.occurredMs});
        } else {
            j.stages.last().untilMs = t.occurredMs;
        }
    }
    j.touchpoints = std::move(touchpoints);
    return j;
}

JourneyRepository::JourneyRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<Journey> JourneyRepository::load(qint64 partyId, const JourneyRules& rules) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT te.id, te.occurred_ms, te.kind, te.title, coalesce(te.summary, ''), coalesce(i.queue, ''), "
            "coalesce(i.summary, ''), o.number, coalesce(o.status, ''), t.number, coalesce(t.status, ''), "
            "coalesce(t.channel, ''), r.order_number, te.record_id, te.source "
            "FROM timeline_event te "
            "LEFT JOIN interaction i ON i.record_id = te.record_id "
            "LEFT JOIN orders o ON o.record_id = te.record_id "
            "LEFT JOIN ticket t ON t.record_id = te.record_id "
            "LEFT JOIN return_item r ON r.record_id = te.record_id "
            "WHERE te.party_id = ? AND te.is_system = 0 ORDER BY te.occurred_ms, te.id"))) {
        return sql::error(q, tr("The customer's journey could not be read."));
    }
    q.addBindValue(partyId);
    if (!q.exec()) {
        return sql::error(q, tr("The customer's journey could not be read."));
    }
    auto bare = [](QString s) {
        s = s.trimmed();
        while (s.startsWith(QLatin1Char('#'))) {
            s = s.mid(1);
        }
        return s;
    };
    QList<Touchpoint> touchpoints;
    QList<QString> contactText; // per touchpoint: the interaction's summary (to find the numbers it names)
    QSet<QString> known;        // the customer's order and ticket numbers
    QHash<qint64, std::pair<qint64, QString>> recordOf; // event id -> record id, source
    while (q.next()) {
        Touchpoint t;
        t.eventId = q.value(0).toLongLong();
        t.occurredMs = q.value(1).toLongLong();
        t.kind = q.value(2).toString();
        recordOf.insert(t.eventId, {q.value(13).toLongLong(), q.value(14).toString()});
        t.title = q.value(3).toString();
        t.summary = q.value(4).toString();
        t.queue = q.value(5).toString();
        t.reason = q.value(6).toString();
        if (!q.value(7).isNull()) {
            t.reference = bare(q.value(7).toString());
            t.status = q.value(8).toString();
        } else if (!q.value(9).isNull()) {
            t.reference = bare(q.value(9).toString());
            t.status = q.value(10).toString();
            if (t.kind == kinds::Ticket) {
                t.channel = ticketLane(q.value(11).toString(), rules);
            }
        } else if (!q.value(12).isNull()) {
            t.reference = bare(q.value(12).toString());
        }
        if (!t.reference.isEmpty()) {
            known.insert(t.reference);
        }
        contactText << (t.queue.isEmpty() ? QString() : q.value(6).toString() + QLatin1Char(' ') + t.title);
        touchpoints << t;
    }
    // A contact is about an order or ticket when it names one of the customer's numbers.
    static const QRegularExpression number(QStringLiteral("#?([A-Za-z]*\\d{3,}[A-Za-z0-9-]*)"));
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        if (contactText.at(i).isEmpty() || !touchpoints.at(i).reference.isEmpty()) {
            continue;
        }
        auto it = number.globalMatch(contactText.at(i));
        while (it.hasNext()) {
            const QString candidate = it.next().captured(1);
            if (known.contains(candidate)) {
                touchpoints[i].reference = candidate;
                break;
            }
        }
    }
    Journey journey = buildJourney(partyId, std::move(touchpoints), rules);
    // The stage rules read the cached (English) text; people read it rendered in the UI language.
    QList<TimelineEvent> shown;
    shown.reserve(journey.touchpoints.size());
    for (const Touchpoint& t : std::as_const(journey.touchpoints)) {
        TimelineEvent e;
        e.id = t.eventId;
        std::tie(e.recordId, e.source) = recordOf.value(t.eventId);
        e.kind = t.kind;
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(t.occurredMs, Qt::UTC);
        e.title = t.title;
        e.summary = t.summary;
        shown << e;
    }
    if (!eventtext::localize(m_db, shown)) {
        return Error{tr("The customer's journey could not be read."), QStringLiteral("event text")};
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        journey.touchpoints[i].title = shown.at(i).title;
        journey.touchpoints[i].summary = shown.at(i).summary;
    }
    return journey;
}

} // namespace c360

#include "models/EventText.h"

#include "models/DisplayFormat.h"
#include "models/EventKinds.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringBuilder>

namespace c360::eventtext {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("c360::eventtext", text, comment, n);
}

struct Word {
    const char* code;
    const char* text;
};

// "on_backorder" -> "On backorder": a code nobody translated still reads as words.
QString asWords(const QString& code) {
    QString s = code.trimmed();
    s.replace(u'_', u' ').replace(u'-', u' ');
    s = s.simplified();
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1).toLower();
}

template <std::size_t N> QString lookup(const Word (&words)[N], const QString& code) {
    const QString key = code.trimmed().toLower().replace(u'-', u'_').replace(u' ', u'_');
    for (const Word& w : words) {
        if (key == QLatin1String(w.code)) {
            return tr(w.text);
        }
    }
    return asWords(code);
}

QString amount(const QVariant& value, const QString& currency) {
    return value.isNull() || !value.isValid() ? QString() : display::money(value.toDouble(), currency);
}

QString campaignVerb(const QString& type, const QString& name) {
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("sent")) {
        return tr("Sent: %1").arg(name);
    }
    if (t == QLatin1String("open") || t == QLatin1String("opened")) {
        return tr("Opened: %1").arg(name);
    }
    if (t == QLatin1String("click") || t == QLatin1String("clicked")) {
        return tr("Clicked: %1").arg(name);
    }
    if (t == QLatin1String("convert") || t == QLatin1String("converted")) {
        return tr("Converted: %1").arg(name);
    }
    if (t == QLatin1String("unsubscribe") || t == QLatin1String("unsubscribed")) {
        return tr("Unsubscribed: %1").arg(name);
    }
    if (t == QLatin1String("bounce") || t == QLatin1String("bounced")) {
        return tr("Bounced: %1").arg(name);
    }
    return asWords(type) + QStringLiteral(": ") + name;
}

QString interactionHead(const QString& kind, const QString& direction) {
    const QString d = direction.trimmed().toLower();
    const bool in = d == QLatin1String("inbound") || d == QLatin1String("in");
    const bool out = d == QLatin1String("outbound") || d == QLatin1String("out");
    if (kind == kinds::Chat) {
        return in ? tr("Inbound chat") : out ? tr("Outbound chat") : tr("Chat");
    }
    if (kind == kinds::WeChat) {
        return in ? tr("Inbound WeChat") : out ? tr("Outbound WeChat") : tr("WeChat");
    }
    return in ? tr("Inbound call") : out ? tr("Outbound call") : tr("Call");
}

QString commentTitle(const QString& number, const QString& author, bool internal) {
    const QString ref = number.isEmpty() ? QString() : QStringLiteral("#") + number;
    QString title;
    if (ref.isEmpty()) {
        title = author.isEmpty() ? tr("Comment on a ticket") : tr("Comment on a ticket by %1").arg(author);
    } else {
        title = author.isEmpty() ? tr("Comment on %1").arg(ref) : tr("Comment on %1 by %2").arg(ref, author);
    }
    return internal ? tr("%1 (internal)").arg(title) : title;
}

// Rows of `table` for the page's record ids: record_id -> the selected columns.
using Rows = QHash<qint64, QList<QVariantList>>;
bool readRows(const QSqlDatabase& db, const QString& select, const QList<qint64>& ids, int width, Rows& out) {
    if (ids.isEmpty()) {
        return true;
    }
    const QString json = sql::jsonIds(ids);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(select) || (q.addBindValue(json), !q.exec())) {
        return false;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 1; c <= width; ++c) {
            row << q.value(c);
        }
        out[q.value(0).toLongLong()].append(row);
    }
    return true;
}

QString ids() {
    return QStringLiteral(" WHERE record_id IN (SELECT value FROM json_each(?))");
}

} // namespace

QString status(const QString& code) {
    static const Word words[] = {
        {"new", QT_TRANSLATE_NOOP("c360::eventtext", "New")},
        {"open", QT_TRANSLATE_NOOP("c360::eventtext", "Open")},
        {"pending", QT_TRANSLATE_NOOP("c360::eventtext", "Pending")},
        {"hold", QT_TRANSLATE_NOOP("c360::eventtext", "On hold")},
        {"on_hold", QT_TRANSLATE_NOOP("c360::eventtext", "On hold")},
        {"solved", QT_TRANSLATE_NOOP("c360::eventtext", "Solved")},
        {"closed", QT_TRANSLATE_NOOP("c360::eventtext", "Closed")},
        {"escalated", QT_TRANSLATE_NOOP("c360::eventtext", "Escalated")},
        {"paid", QT_TRANSLATE_NOOP("c360::eventtext", "Paid")},
        {"processing", QT_TRANSLATE_NOOP("c360::eventtext", "Processing")},
        {"fulfilled", QT_TRANSLATE_NOOP("c360::eventtext", "Fulfilled")},
        {"unfulfilled", QT_TRANSLATE_NOOP("c360::eventtext", "Not fulfilled")},
        {"shipped", QT_TRANSLATE_NOOP("c360::eventtext", "Shipped")},
        {"in_transit", QT_TRANSLATE_NOOP("c360::eventtext", "In transit")},
        {"out_for_delivery", QT_TRANSLATE_NOOP("c360::eventtext", "Out for delivery")},
        {"delivered", QT_TRANSLATE_NOOP("c360::eventtext", "Delivered")},
        {"completed", QT_TRANSLATE_NOOP("c360::eventtext", "Completed")},
        {"cancelled", QT_TRANSLATE_NOOP("c360::eventtext", "Cancelled")},
        {"canceled", QT_TRANSLATE_NOOP("c360::eventtext", "Cancelled")},
        {"refunded", QT_TRANSLATE_NOOP("c360::eventtext", "Refunded")},
        {"partially_refunded", QT_TRANSLATE_NOOP("c360::eventtext", "Partly refunded")},
        {"returned", QT_TRANSLATE_NOOP("c360::eventtext", "Returned")},
        {"failed", QT_TRANSLATE_NOOP("c360::eventtext", "Failed")},
        {"requested", QT_TRANSLATE_NOOP("c360::eventtext", "Requested")},
        {"approved", QT_TRANSLATE_NOOP("c360::eventtext", "Approved")},
        {"received", QT_TRANSLATE_NOOP("c360::eventtext", "Received")},
        {"rejected", QT_TRANSLATE_NOOP("c360::eventtext", "Rejected")},
        {"abandoned", QT_TRANSLATE_NOOP("c360::eventtext", "Abandoned")},
        {"converted", QT_TRANSLATE_NOOP("c360::eventtext", "Converted")},
        {"due", QT_TRANSLATE_NOOP("c360::eventtext", "Due")},
    };
    return lookup(words, code);
}

QString reason(const QString& code) {
    static const Word words[] = {
        {"wrong_size", QT_TRANSLATE_NOOP("c360::eventtext", "Wrong size")},
        {"damaged", QT_TRANSLATE_NOOP("c360::eventtext", "Arrived damaged")},
        {"defective", QT_TRANSLATE_NOOP("c360::eventtext", "Defective")},
        {"not_as_described", QT_TRANSLATE_NOOP("c360::eventtext", "Not as described")},
        {"changed_mind", QT_TRANSLATE_NOOP("c360::eventtext", "Changed their mind")},
        {"late_delivery", QT_TRANSLATE_NOOP("c360::eventtext", "Late delivery")},
        {"wrong_item", QT_TRANSLATE_NOOP("c360::eventtext", "Wrong item sent")},
        {"other", QT_TRANSLATE_NOOP("c360::eventtext", "Other reason")},
    };
    return lookup(words, code);
}

QString priority(const QString& code) {
    static const Word words[] = {
        {"low", QT_TRANSLATE_NOOP("c360::eventtext", "Low priority")},
        {"normal", QT_TRANSLATE_NOOP("c360::eventtext", "Normal priority")},
        {"high", QT_TRANSLATE_NOOP("c360::eventtext", "High priority")},
        {"urgent", QT_TRANSLATE_NOOP("c360::eventtext", "Urgent")},
    };
    return lookup(words, code);
}

QString channel(const QString& code) {
    static const Word words[] = {
        {"phone", QT_TRANSLATE_NOOP("c360::eventtext", "Phone")},
        {"call", QT_TRANSLATE_NOOP("c360::eventtext", "Phone")},
        {"voice", QT_TRANSLATE_NOOP("c360::eventtext", "Phone")},
        {"email", QT_TRANSLATE_NOOP("c360::eventtext", "Email")},
        {"chat", QT_TRANSLATE_NOOP("c360::eventtext", "Chat")},
        {"web", QT_TRANSLATE_NOOP("c360::eventtext", "Web")},
        {"web_form", QT_TRANSLATE_NOOP("c360::eventtext", "Web")},
        {"app", QT_TRANSLATE_NOOP("c360::eventtext", "App")},
        {"mobile", QT_TRANSLATE_NOOP("c360::eventtext", "App")},
        {"sms", QT_TRANSLATE_NOOP("c360::eventtext", "SMS")},
        {"wechat", QT_TRANSLATE_NOOP("c360::eventtext", "WeChat")},
        {"social", QT_TRANSLATE_NOOP("c360::eventtext", "Social media")},
        {"store", QT_TRANSLATE_NOOP("c360::eventtext", "Store")},
        {"api", QT_TRANSLATE_NOOP("c360::eventtext", "System")},
    };
    return lookup(words, code);
}

QString direction(const QString& code) {
    static const Word words[] = {
        {"inbound", QT_TRANSLATE_NOOP("c360::eventtext", "Inbound")},
        {"outbound", QT_TRANSLATE_NOOP("c360::eventtext", "Outbound")},
    };
    return lookup(words, code);
}

bool localize(const QSqlDatabase& db, QList<TimelineEvent>& events) {
    QList<qint64> orderIds, returnIds, ticketIds, interactionIds, campaignIds, surveyIds;
    for (const TimelineEvent& e : events) {
        if (e.kind == kinds::Order) {
            orderIds << e.recordId;
        } else if (e.kind == kinds::Return) {
            returnIds << e.recordId;
        } else if (e.kind == kinds::Ticket || e.kind == kinds::TicketComment) {
            ticketIds << e.recordId;
        } else if (e.kind == kinds::Survey) {
            surveyIds << e.recordId;
            ticketIds << e.recordId; // a ticket's CSAT answer
        } else if (e.kind == kinds::Call || e.kind == kinds::Chat || e.kind == kinds::WeChat) {
            interactionIds << e.recordId;
        } else if (e.kind == kinds::Campaign) {
            campaignIds << e.recordId;
        }
    }
    Rows orders, carts, returns, tickets, comments, interactions, campaigns, surveys;
    const bool read =
        readRows(db,
                 QStringLiteral("SELECT record_id, number, status, currency, total, "
                                "(SELECT sum(CASE WHEN quantity > 0 THEN quantity ELSE 1 END) FROM order_line l "
                                "WHERE l.record_id = orders.record_id), "
                                "(SELECT group_concat(title, ', ') FROM order_line l WHERE l.record_id = "
                                "orders.record_id) FROM orders") +
                     ids(),
                 orderIds, 6, orders) &&
        readRows(db, QStringLiteral("SELECT record_id, currency, total FROM cart") + ids(), orderIds, 2, carts) &&
        readRows(db,
                 QStringLiteral("SELECT record_id, order_number, amount, currency, status, reason FROM return_item") +
                     ids(),
                 returnIds, 5, returns) &&
        readRows(db,
                 QStringLiteral("SELECT record_id, number, subject, status, priority, channel, csat_score "
                                "FROM ticket") +
                     ids(),
                 ticketIds, 6, tickets) &&
        readRows(db, QStringLiteral("SELECT record_id, created_ms, author, public FROM ticket_comment") + ids(),
                 ticketIds, 3, comments) &&
        readRows(db,
                 QStringLiteral("SELECT record_id, direction, duration_seconds, queue, summary, agent FROM "
                                "interaction") +
                     ids(),
                 interactionIds, 5, interactions) &&
        readRows(db,
                 QStringLiteral("SELECT record_id, event_type, campaign_name, campaign_id FROM campaign_touch") + ids(),
                 campaignIds, 3, campaigns) &&
        readRows(db, QStringLiteral("SELECT record_id, survey_type, score FROM survey") + ids(), surveyIds, 2, surveys);
    if (!read) {
        return false;
    }

    static const QRegularExpression storedComment(
        QStringLiteral("^Comment on (?:#(\\S+)|a ticket)(?: by (.*?))?( \\(internal\\))?$"));
    for (TimelineEvent& e : events) {
        const qint64 id = e.recordId;
        if (e.kind == kinds::Order && orders.contains(id)) {
            const QVariantList& r = orders.value(id).constFirst();
            QString title = tr("Order %1").arg(bareNumber(r.at(0).toString()));
            if (const qint64 items = r.at(4).toLongLong(); items > 0) {
                title += QStringLiteral(" · ") + tr("%n item(s)", nullptr, int(items));
            }
            title = joinNonEmpty({title, amount(r.at(3), r.at(2).toString())});
            e.title = shorten(title);
            e.summary = shorten(joinNonEmpty(
                {r.at(1).toString().isEmpty() ? QString() : status(r.at(1).toString()), r.at(5).toString()}));
        } else if (e.kind == kinds::Order && carts.contains(id)) {
            const QVariantList& r = carts.value(id).constFirst();
            e.title = tr("Cart left: %1").arg(amount(r.at(1), r.at(0).toString()));
        } else if (e.kind == kinds::Return && returns.contains(id)) {
            const QVariantList& r = returns.value(id).constFirst();
            const QString order = bareNumber(r.at(0).toString());
            e.title = joinNonEmpty({order.isEmpty() ? tr("Return") : tr("Return for order %1").arg(order),
                                    amount(r.at(1), r.at(2).toString())});
            e.summary = joinNonEmpty({r.at(3).toString().isEmpty() ? QString() : status(r.at(3).toString()),
                                      r.at(4).toString().isEmpty() ? QString() : reason(r.at(4).toString())});
        } else if (e.kind == kinds::Ticket && tickets.contains(id)) {
            const QVariantList& r = tickets.value(id).constFirst();
            e.title = shorten(tr("Ticket #%1: %2").arg(bareNumber(r.at(0).toString()), r.at(1).toString()));
            e.summary = joinNonEmpty({r.at(2).toString().isEmpty() ? QString() : status(r.at(2).toString()),
                                      r.at(3).toString().isEmpty() ? QString() : priority(r.at(3).toString()),
                                      r.at(4).toString().isEmpty() ? QString() : channel(r.at(4).toString())});
        } else if (e.kind == kinds::TicketComment) {
            const qint64 at = e.occurredAt.toMSecsSinceEpoch();
            bool done = false;
            if (tickets.contains(id)) {
                for (const QVariantList& c : comments.value(id)) {
                    if (c.at(0).toLongLong() != at) {
                        continue;
                    }
                    const QString author = e.actor.isEmpty() ? c.at(1).toString().trimmed() : e.actor;
                    const QVariant pub = c.at(2);
                    e.title = shorten(commentTitle(bareNumber(tickets.value(id).constFirst().at(0).toString()), author,
                                                   !pub.isNull() && !pub.toBool()));
                    done = true;
                    break;
                }
            }
            if (!done) { // a comment that is a record of its own: its cached title says the same in English
                if (const auto m = storedComment.match(e.title); m.hasMatch()) {
                    e.title = shorten(commentTitle(m.captured(1), m.captured(2), !m.captured(3).isEmpty()));
                }
            }
        } else if (e.kind == kinds::Survey && surveys.contains(id)) {
            const QVariantList& r = surveys.value(id).constFirst();
            const QString type = r.at(0).toString().trimmed().toUpper();
            const QString scale = type == QLatin1String("NPS") ? QStringLiteral("/10") : QStringLiteral("/5");
            e.title = r.at(1).isNull() || r.at(1).toString().isEmpty()
                          ? tr("Survey answered")
                          : joinNonEmpty({type.isEmpty() ? tr("Survey") : type,
                                          QLocale::c().toString(r.at(1).toDouble()) + scale},
                                         QStringLiteral(" "));
        } else if (e.kind == kinds::Survey && tickets.contains(id)) {
            const QVariantList& r = tickets.value(id).constFirst();
            if (!r.at(5).isNull()) {
                e.title = tr("CSAT %1/5 · ticket #%2").arg(r.at(5).toInt()).arg(bareNumber(r.at(0).toString()));
            }
        } else if ((e.kind == kinds::Call || e.kind == kinds::Chat || e.kind == kinds::WeChat) &&
                   interactions.contains(id)) {
            const QVariantList& r = interactions.value(id).constFirst();
            const qint64 seconds = r.at(1).toLongLong();
            const QString queue = r.at(2).toString().trimmed();
            e.title = shorten(joinNonEmpty({interactionHead(e.kind, r.at(0).toString()),
                                            seconds > 0 ? display::duration(seconds) : QString(),
                                            queue.isEmpty() ? QString() : tr("%1 queue").arg(asWords(queue))}));
            const QString agent = r.at(4).toString().trimmed();
            e.summary =
                shorten(joinNonEmpty({r.at(3).toString(), agent.isEmpty() ? QString() : tr("agent %1").arg(agent)}));
        } else if (e.kind == kinds::Campaign && campaigns.contains(id)) {
            const QVariantList& r = campaigns.value(id).constFirst();
            const QString name = r.at(1).toString().isEmpty() ? r.at(2).toString() : r.at(1).toString();
            e.title = shorten(campaignVerb(r.at(0).toString(), name));
        } else if (e.kind == kinds::Profile && e.title.startsWith(QLatin1String("Customer record created in "))) {
            e.title = tr("Customer record created in %1").arg(e.source);
        } else if (e.kind == kinds::FieldChange) {
            e.title.replace(QStringLiteral("(empty)"), tr("(empty)"));
        }
    }
    return true;
}

} // namespace c360::eventtext

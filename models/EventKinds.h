#pragma once

#include <QString>
#include <QStringList>

namespace c360::kinds {

// Timeline event kinds, as stored in timeline_event.kind.
inline const QString Profile = QStringLiteral("profile");          // customer created in a CRM
inline const QString FieldChange = QStringLiteral("field_change"); // system: a field changed
inline const QString Order = QStringLiteral("order");
inline const QString Return = QStringLiteral("return");
inline const QString Ticket = QStringLiteral("ticket");
inline const QString TicketComment = QStringLiteral("ticket_comment");
inline const QString Survey = QStringLiteral("survey");     // CSAT / NPS answer
inline const QString Campaign = QStringLiteral("campaign"); // sent/open/click/convert/unsubscribe
inline const QString Call = QStringLiteral("call");
inline const QString Chat = QStringLiteral("chat");
inline const QString WeChat = QStringLiteral("wechat");
inline const QString Note = QStringLiteral("note"); // agent note (outbox, later)

inline QStringList all() {
    return {Profile, FieldChange, Order, Return, Ticket, TicketComment, Survey, Campaign, Call, Chat, WeChat, Note};
}

} // namespace c360::kinds

#include "tools/backend/ZendeskEvents.h"

#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"
#include "tools/backend/VendorApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace c360::backend {

namespace {

constexpr qint64 kTicketBase = 40001;           // as the ticket export serves them (VendorApi.cpp)
constexpr qint64 kEndUserBase = 360000000000LL; // end users: one per person (VendorApi.cpp)
constexpr qint64 kAgentBase = 370000000000LL;   // agents: not in the end-user list
constexpr int kMaxPerPage = 1000;

QString isoSeconds(qint64 ms) {
    return isoUtc(ms).left(19) + QLatin1Char('Z');
}

VendorReply error(const QString& description) {
    return VendorReply{400,
                       QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("InvalidValue")},
                                                 {QStringLiteral("description"), description}})
                           .toJson(QJsonDocument::Compact),
                       {},
                       false};
}

qint64 agentId(const QString& name) {
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    return kAgentBase + (static_cast<quint8>(h[0]) << 8 | static_cast<quint8>(h[1]));
}

} // namespace

ZendeskEvents::ZendeskEvents(SourceStore& store)
    : m_store(store) {}

void ZendeskEvents::index() {
    const World& w = m_store.world();
    if (m_tickets == w.tickets.size() && m_nextComment == w.nextCommentId) {
        return;
    }
    m_events.clear();
    for (std::size_t t = 0; t < w.tickets.size(); ++t) {
        const std::vector<Comment>& comments = w.tickets[t].comments;
        for (std::size_t c = 0; c < comments.size(); ++c) {
            m_events.push_back({comments[c].createdMs, comments[c].id, int(t), int(c)});
        }
    }
    std::sort(m_events.begin(), m_events.end());
    m_tickets = w.tickets.size();
    m_nextComment = w.nextCommentId;
}

VendorReply ZendeskEvents::handle(const QUrl& url, const QString& baseUrl) {
    const QUrlQuery q(url);
    bool ok = false;
    const qint64 start = q.queryItemValue(QStringLiteral("start_time")).toLongLong(&ok);
    if (!ok || start < 0) {
        return error(QStringLiteral("start_time is required: a Unix epoch time in seconds"));
    }
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    if (start > nowSeconds + 300) {
        return error(QStringLiteral("start_time cannot be in the future"));
    }
    int limit = kMaxPerPage;
    if (const int n = q.queryItemValue(QStringLiteral("per_page")).toInt(); n >= 1) {
        limit = std::min(n, kMaxPerPage);
    }
    const bool withComments =
        q.queryItemValue(QStringLiteral("include")).split(u',').contains(QStringLiteral("comment_events"));
    index();
    const World& w = m_store.world();
    auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), Event{start * 1000, -1, 0, 0});
    QJsonArray audits;
    qint64 firstSecond = -1;
    qint64 lastSecond = start;
    for (; it != m_events.cend(); ++it) {
        const qint64 second = it->ms / 1000;
        if (audits.size() >= limit && second != lastSecond) {
            break; // every audit of the last second comes on this page
        }
        const Ticket& t = w.tickets[std::size_t(it->ticket)];
        if (t.deleted) {
            continue;
        }
        const Comment& c = t.comments[std::size_t(it->comment)];
        const bool byRequester = t.person >= 0 && c.author == t.requester.name;
        const qint64 author = byRequester ? kEndUserBase + t.person : agentId(c.author);
        QJsonObject comment{{QStringLiteral("id"), commentEventId(c.id)},
                            {QStringLiteral("type"), QStringLiteral("Comment")},
                            {QStringLiteral("event_type"), QStringLiteral("Comment")},
                            {QStringLiteral("author_id"), author},
                            {QStringLiteral("public"), c.isPublic},
                            {QStringLiteral("attachments"), QJsonArray{}},
                            {QStringLiteral("audit_id"), auditId(c.id)},
                            {QStringLiteral("created_at"), isoSeconds(c.createdMs)}};
        if (withComments) { // without the side-load the export names the comment but leaves its text out
            comment.insert(QStringLiteral("body"), c.body);
            comment.insert(QStringLiteral("plain_body"), c.body);
            comment.insert(QStringLiteral("html_body"),
                           QStringLiteral("<div class=\"zd-comment\"><p>%1</p></div>").arg(c.body.toHtmlEscaped()));
        }
        QJsonArray children{comment};
        if (it->comment == 0) {
            children.append(QJsonObject{{QStringLiteral("id"), 9000000000LL + c.id},
                                        {QStringLiteral("event_type"), QStringLiteral("Create")},
                                        {QStringLiteral("field_name"), QStringLiteral("status")},
                                        {QStringLiteral("value"), QStringLiteral("new")}});
        }
        audits.append(QJsonObject{{QStringLiteral("id"), auditId(c.id)},
                                  {QStringLiteral("ticket_id"), kTicketBase + it->ticket},
                                  {QStringLiteral("timestamp"), second},
                                  {QStringLiteral("created_at"), isoSeconds(c.createdMs)},
                                  {QStringLiteral("updater_id"), author},
                                  {QStringLiteral("via"), QStringLiteral("Web form")},
                                  {QStringLiteral("system"), QJsonObject{}},
                                  {QStringLiteral("metadata"), QJsonObject{}},
                                  {QStringLiteral("event_type"), QStringLiteral("Audit")},
                                  {QStringLiteral("child_events"), children}});
        if (firstSecond < 0) {
            firstSecond = second;
        }
        lastSecond = second;
    }
    const bool end = it == m_events.cend();
    // A full page of one second would ask for the same page again: the next one starts after that second.
    const qint64 endTime = !end && firstSecond == lastSecond ? lastSecond + 1 : lastSecond;
    QString next = baseUrl + QStringLiteral("/api/v2/incremental/ticket_events.json?start_time=%1").arg(endTime);
    if (withComments) {
        next += QStringLiteral("&include=comment_events");
    }
    if (q.hasQueryItem(QStringLiteral("per_page"))) {
        next += QStringLiteral("&per_page=%1").arg(limit);
    }
    const QJsonObject out{{QStringLiteral("ticket_events"), audits},
                          {QStringLiteral("next_page"), next},
                          {QStringLiteral("count"), audits.size()},
                          {QStringLiteral("end_time"), endTime},
                          {QStringLiteral("end_of_stream"), end}};
    return VendorReply{200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}, true};
}

} // namespace c360::backend

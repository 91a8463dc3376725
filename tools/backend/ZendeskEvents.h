#pragma once

#include <QString>
#include <QUrl>

#include <vector>

namespace c360::backend {

class SourceStore;
struct VendorReply;

// Zendesk's incremental ticket event export (GET /api/v2/incremental/ticket_events.json?start_time=S
// &include=comment_events), as the zendesk flavor serves it: one audit per ticket comment, in the order
// the comments were made, the comment among the audit's child_events (author_id and ticket_id only, no
// e-mail). Time-based pages: `next_page` asks for start_time = `end_time`, the second of the last audit;
// all audits of that second come on one page (a page that is all one second moves end_time past it).
class ZendeskEvents final {
public:
    explicit ZendeskEvents(SourceStore& store);

    VendorReply handle(const QUrl& url, const QString& baseUrl);

    // Ids as served: audit, comment event, change event (unique per comment; the comment ids are the world's).
    static qint64 auditId(int commentId) { return 7000000000LL + commentId; }
    static qint64 commentEventId(int commentId) { return 8000000000LL + commentId; }

private:
    struct Event {
        qint64 ms = 0;
        int commentId = 0;
        int ticket = 0;  // index into World::tickets
        int comment = 0; // index into the ticket's comments
        bool operator<(const Event& o) const { return ms != o.ms ? ms < o.ms : commentId < o.commentId; }
    };
    void index();

    SourceStore& m_store;
    std::vector<Event> m_events; // every comment of every ticket, oldest first
    std::size_t m_tickets = 0;   // world size the index was built for
    int m_nextComment = 0;
};

} // namespace c360::backend

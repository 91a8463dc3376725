#pragma once

#include "models/Result.h"
#include "sync/HttpClient.h"
#include "sync/Manifest.h"

#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>

namespace c360::sync {

struct PageLink {
    QString nextCursor; // where the next page (or, at the end, the next run) starts
    bool hasMore = false;
};

// One pagination shape (resources/connectors/README.md, "Paginators"): how a cursor becomes a
// request and how a response yields the next cursor. Implementations: cursor_body, next_url_body,
// link_header, offset, page_number, last_id, none.
class Paginator {
public:
    virtual ~Paginator() = default;
    // The request URL for the page at `cursor` ("" = the first page); `first` holds path + query.
    virtual QUrl requestUrl(const QUrl& first, const QString& cursor) const = 0;
    // `records` is the page's record array.
    virtual Result<PageLink> next(const HttpResponse& response, const nlohmann::json& body,
                                  const nlohmann::json& records, const QString& cursor) const = 0;
    // True when cursors are URLs given by the server (the connector checks they stay on the source's host).
    virtual bool cursorIsUrl() const { return false; }

    static std::unique_ptr<Paginator> create(const PaginatorSpec& spec);

    // `url` with the query parameter `key` set to `value` (replacing any earlier value).
    static QUrl withQueryItem(const QUrl& url, const QString& key, const QString& value);
    // The value of query parameter `key` in `url` (decoded), or "".
    static QString queryItem(const QUrl& url, const QString& key);
    // The target of the RFC 8288 link with rel="next" in a Link header value, or "".
    static QString nextLink(const QByteArray& linkHeader);
};

} // namespace c360::sync

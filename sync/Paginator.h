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

// One pagination shape. v1: cursor in the body (cursor_body) and single page (none).
// More shapes (next URL in the body, Link header, offset/page, has_more + starting_after) are
// further implementations: they decide how a cursor becomes a request and how a response
// yields the next cursor.
class Paginator {
public:
    virtual ~Paginator() = default;
    // The request URL for the page at `cursor` ("" = the first page); `first` holds path + query.
    virtual QUrl requestUrl(const QUrl& first, const QString& cursor) const = 0;
    virtual Result<PageLink> next(const HttpResponse& response, const nlohmann::json& body,
                                  const QString& cursor) const = 0;

    static std::unique_ptr<Paginator> create(const PaginatorSpec& spec);
};

} // namespace c360::sync

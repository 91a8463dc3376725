#include "sync/Paginator.h"

#include "sync/JsonRead.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace c360::sync {

using nlohmann::json;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync", text);
}

std::optional<json::json_pointer> optionalPointer(const QString& path) {
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return json::json_pointer(path.toStdString());
}

// A cursor value as text: strings as they are, numbers in their JSON spelling.
Result<QString> cursorText(const json* value, const QString& where) {
    if (value == nullptr || value->is_null()) {
        return QString();
    }
    if (value->is_string()) {
        return QString::fromStdString(value->get<std::string>());
    }
    if (value->is_number()) {
        return QString::fromStdString(value->dump());
    }
    return Error{tr("The server's page has an unreadable cursor at %1").arg(where), {}};
}

Result<bool> flag(const json& body, const std::optional<json::json_pointer>& pointer, const QString& where) {
    const json* v = jsonread::find(body, *pointer);
    if (v == nullptr || !v->is_boolean()) {
        return Error{tr("The server's page has no true/false at %1").arg(where), {}};
    }
    return v->get<bool>();
}

class SinglePage final : public Paginator {
public:
    QUrl requestUrl(const QUrl& first, const QString&) const override { return first; }
    Result<PageLink> next(const HttpResponse&, const json&, const json&, const QString& cursor) const override {
        return PageLink{cursor, false};
    }
};

// {"data": [...], "next_cursor": "...", "has_more": true} and Zendesk's
// {"after_cursor": "...", "end_of_stream": false}.
class CursorBodyPaginator final : public Paginator {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::CursorBodyPaginator)

public:
    explicit CursorBodyPaginator(const PaginatorSpec& spec)
        : m_spec(spec)
        , m_cursor(spec.cursorPath.toStdString())
        , m_hasMore(optionalPointer(spec.hasMorePath))
        , m_end(optionalPointer(spec.endPath)) {}

    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        return cursor.isEmpty() ? first : withQueryItem(first, m_spec.cursorParam, cursor);
    }

    Result<PageLink> next(const HttpResponse&, const json& body, const json&, const QString& cursor) const override {
        PageLink link;
        auto c = cursorText(jsonread::find(body, m_cursor), m_spec.cursorPath);
        if (!c) {
            return c.error();
        }
        link.nextCursor = *c;
        if (m_hasMore) {
            auto more = flag(body, m_hasMore, m_spec.hasMorePath);
            if (!more) {
                return more.error();
            }
            link.hasMore = *more;
        } else if (m_end) {
            auto end = flag(body, m_end, m_spec.endPath);
            if (!end) {
                return end.error();
            }
            link.hasMore = !*end;
        } else {
            link.hasMore = !link.nextCursor.isEmpty() && link.nextCursor != cursor;
        }
        if (link.hasMore && (link.nextCursor.isEmpty() || link.nextCursor == cursor)) {
            return Error{tr("The server says more pages follow but gives no new cursor at %1").arg(m_spec.cursorPath),
                         QStringLiteral("cursor %1").arg(cursor)};
        }
        if (link.nextCursor.isEmpty()) {
            link.nextCursor = cursor; // keep our place for the next run
        }
        return link;
    }

private:
    PaginatorSpec m_spec;
    json::json_pointer m_cursor;
    std::optional<json::json_pointer> m_hasMore;
    std::optional<json::json_pointer> m_end;
};

// The next page's URL in the body: Zendesk "next_page", Salesforce "nextRecordsUrl" + "done",
// HubSpot "/paging/next/link".
class NextUrlBodyPaginator final : public Paginator {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::NextUrlBodyPaginator)

public:
    explicit NextUrlBodyPaginator(const PaginatorSpec& spec)
        : m_spec(spec)
        , m_next(spec.nextUrlPath.toStdString())
        , m_done(optionalPointer(spec.donePath)) {}

    bool cursorIsUrl() const override { return true; }
    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        return cursor.isEmpty() ? first : first.resolved(QUrl(cursor));
    }

    Result<PageLink> next(const HttpResponse&, const json& body, const json&, const QString& cursor) const override {
        auto url = cursorText(jsonread::find(body, m_next), m_spec.nextUrlPath);
        if (!url) {
            return url.error();
        }
        PageLink link{*url, !url->isEmpty() && *url != cursor};
        if (m_done) {
            auto done = flag(body, m_done, m_spec.donePath);
            if (!done) {
                return done.error();
            }
            if (!*done && !link.hasMore) {
                return Error{tr("The server says more pages follow but gives no new URL at %1").arg(m_spec.nextUrlPath),
                             {}};
            }
            link.hasMore = !*done;
        }
        if (!link.hasMore) {
            link.nextCursor = cursor;
        }
        return link;
    }

private:
    PaginatorSpec m_spec;
    json::json_pointer m_next;
    std::optional<json::json_pointer> m_done;
};

// RFC 8288: Link: <https://shop/admin/api/orders.json?page_info=abc>; rel="next" (Shopify, GitHub).
class LinkHeaderPaginator final : public Paginator {
public:
    bool cursorIsUrl() const override { return true; }
    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        return cursor.isEmpty() ? first : first.resolved(QUrl(cursor));
    }
    Result<PageLink> next(const HttpResponse& response, const json&, const json&,
                          const QString& cursor) const override {
        const QString url = nextLink(response.header("link"));
        if (url.isEmpty() || url == cursor) {
            return PageLink{cursor, false};
        }
        return PageLink{url, true};
    }
};

// offset=0,100,200... or page=1,2,3...: a page shorter than the page size (or empty) is the last.
class OffsetPaginator final : public Paginator {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::OffsetPaginator)

public:
    OffsetPaginator(const PaginatorSpec& spec, bool pages)
        : m_spec(spec)
        , m_pages(pages)
        , m_start(spec.start >= 0 ? spec.start : (pages ? 1 : 0)) {}

    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        return withQueryItem(first, m_spec.offsetParam, cursor.isEmpty() ? QString::number(m_start) : cursor);
    }

    Result<PageLink> next(const HttpResponse& response, const json&, const json& records,
                          const QString& cursor) const override {
        bool ok = true;
        const qint64 at = cursor.isEmpty() ? m_start : cursor.toLongLong(&ok);
        if (!ok) {
            return Error{tr("The checkpoint \"%1\" is not a number; reset the stream.").arg(cursor), {}};
        }
        const qint64 count = records.is_array() ? qint64(records.size()) : 0;
        const qint64 pageSize = queryItem(QUrl(response.url), m_spec.pageSizeParam).toLongLong();
        const bool more = count > 0 && (pageSize <= 0 || count >= pageSize);
        if (!more) {
            return PageLink{cursor, false};
        }
        return PageLink{QString::number(m_pages ? at + 1 : at + count), true};
    }

private:
    PaginatorSpec m_spec;
    bool m_pages;
    qint64 m_start;
};

// Stripe: starting_after=<id of the last record> while has_more.
class LastIdPaginator final : public Paginator {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::LastIdPaginator)

public:
    explicit LastIdPaginator(const PaginatorSpec& spec)
        : m_spec(spec)
        , m_id(spec.idPath.toStdString())
        , m_hasMore(optionalPointer(spec.hasMorePath)) {}

    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        return cursor.isEmpty() ? first : withQueryItem(first, m_spec.cursorParam, cursor);
    }

    Result<PageLink> next(const HttpResponse&, const json& body, const json& records,
                          const QString& cursor) const override {
        if (!records.is_array() || records.empty()) {
            return PageLink{cursor, false};
        }
        auto id = cursorText(jsonread::find(records.back(), m_id), m_spec.idPath);
        if (!id) {
            return id.error();
        }
        if (id->isEmpty()) {
            return Error{tr("The last record of the page has no id at %1").arg(m_spec.idPath), {}};
        }
        bool more = true;
        if (m_hasMore) {
            auto flagValue = flag(body, m_hasMore, m_spec.hasMorePath);
            if (!flagValue) {
                return flagValue.error();
            }
            more = *flagValue;
        }
        return PageLink{*id, more};
    }

private:
    PaginatorSpec m_spec;
    json::json_pointer m_id;
    std::optional<json::json_pointer> m_hasMore;
};

} // namespace

QUrl Paginator::withQueryItem(const QUrl& url, const QString& key, const QString& value) {
    QStringList items;
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString name = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8());
        if (name != key) {
            items.append(item);
        }
    }
    items.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl out = url;
    out.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return out;
}

QString Paginator::queryItem(const QUrl& url, const QString& key) {
    if (key.isEmpty()) {
        return {};
    }
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8()) == key) {
            QByteArray value = item.section(QLatin1Char('='), 1).toUtf8();
            value.replace('+', ' ');
            return QUrl::fromPercentEncoding(value);
        }
    }
    return {};
}

QString Paginator::nextLink(const QByteArray& linkHeader) {
    // <url>; rel="next"; title="x", <url2>; rel="prev"  — rel may list several types.
    static const QRegularExpression link(
        QStringLiteral(R"re(<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,\s]*))?)*))re"));
    static const QRegularExpression rel(QStringLiteral(R"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+)))re"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = link.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        const auto r = rel.match(m.captured(2));
        if (!r.hasMatch()) {
            continue;
        }
        const QString types = r.captured(1).isEmpty() ? r.captured(2) : r.captured(1);
        if (types.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("next"), Qt::CaseInsensitive)) {
            return m.captured(1).trimmed();
        }
    }
    return {};
}

std::unique_ptr<Paginator> Paginator::create(const PaginatorSpec& spec) {
    const QString& t = spec.type;
    if (t == QLatin1String("cursor_body")) {
        return std::make_unique<CursorBodyPaginator>(spec);
    }
    if (t == QLatin1String("next_url_body")) {
        return std::make_unique<NextUrlBodyPaginator>(spec);
    }
    if (t == QLatin1String("link_header")) {
        return std::make_unique<LinkHeaderPaginator>();
    }
    if (t == QLatin1String("offset") || t == QLatin1String("page_number")) {
        return std::make_unique<OffsetPaginator>(spec, t == QLatin1String("page_number"));
    }
    if (t == QLatin1String("last_id")) {
        return std::make_unique<LastIdPaginator>(spec);
    }
    return std::make_unique<SinglePage>();
}

} // namespace c360::sync

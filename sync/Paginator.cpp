#include "sync/Paginator.h"

#include "sync/JsonRead.h"

#include <QCoreApplication>

namespace c360::sync {

using nlohmann::json;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::sync::Paginator", text);
}

class SinglePage final : public Paginator {
public:
    QUrl requestUrl(const QUrl& first, const QString&) const override { return first; }
    Result<PageLink> next(const HttpResponse&, const json&, const QString& cursor) const override {
        return PageLink{cursor, false};
    }
};

class CursorBodyPaginator final : public Paginator {
public:
    explicit CursorBodyPaginator(const PaginatorSpec& spec)
        : m_spec(spec)
        , m_cursor(spec.cursorPath.toStdString()) {
        if (!spec.hasMorePath.isEmpty()) {
            m_hasMore = json::json_pointer(spec.hasMorePath.toStdString());
        }
    }

    QUrl requestUrl(const QUrl& first, const QString& cursor) const override {
        if (cursor.isEmpty()) {
            return first;
        }
        QUrl url = first;
        QString query = first.query(QUrl::FullyEncoded);
        if (!query.isEmpty()) {
            query += QLatin1Char('&');
        }
        query += QString::fromLatin1(QUrl::toPercentEncoding(m_spec.cursorParam)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        url.setQuery(query, QUrl::StrictMode);
        return url;
    }

    Result<PageLink> next(const HttpResponse&, const json& body, const QString& cursor) const override {
        PageLink link;
        if (const json* c = jsonread::find(body, m_cursor); c != nullptr && !c->is_null()) {
            if (c->is_string()) {
                link.nextCursor = QString::fromStdString(c->get<std::string>());
            } else if (c->is_number()) {
                link.nextCursor = QString::fromStdString(c->dump());
            } else {
                return Error{tr("The server's page has an unreadable cursor at %1").arg(m_spec.cursorPath), {}};
            }
        }
        if (m_hasMore) {
            const json* more = jsonread::find(body, *m_hasMore);
            if (more == nullptr || !more->is_boolean()) {
                return Error{tr("The server's page has no true/false at %1").arg(m_spec.hasMorePath), {}};
            }
            link.hasMore = more->get<bool>();
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
};

} // namespace

std::unique_ptr<Paginator> Paginator::create(const PaginatorSpec& spec) {
    if (spec.type == QLatin1String("cursor_body")) {
        return std::make_unique<CursorBodyPaginator>(spec);
    }
    return std::make_unique<SinglePage>();
}

} // namespace c360::sync

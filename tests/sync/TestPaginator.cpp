// The paginator shapes on canned responses (no network): RFC 8288 Link parsing, offset / page
// number, has_more + starting_after, next URL + done, cursor + end_of_stream.

#include "sync/Paginator.h"

#include <QTest>

using namespace c360;
using namespace c360::sync;
using nlohmann::json;

namespace {

HttpResponse response(const QString& url, const QByteArray& link = {}) {
    HttpResponse r;
    r.status = 200;
    r.url = url;
    if (!link.isEmpty()) {
        r.headers.append({"link", link});
    }
    return r;
}

} // namespace

class TestPaginator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linkHeader_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::newRow("shopify")
            << QByteArray(
                   R"(<https://s.myshopify.com/admin/api/2024-01/orders.json?limit=50&page_info=abc>; rel="next")")
            << QStringLiteral("https://s.myshopify.com/admin/api/2024-01/orders.json?limit=50&page_info=abc");
        QTest::newRow("prev and next")
            << QByteArray(R"(<https://h/p?page_info=a>; rel="previous", <https://h/p?page_info=b>; rel="next")")
            << QStringLiteral("https://h/p?page_info=b");
        QTest::newRow("unquoted, several rels")
            << QByteArray(R"(<https://h/x?p=2>; title="n, 2"; rel="next last")") << QStringLiteral("https://h/x?p=2");
        QTest::newRow("rel unquoted") << QByteArray("<https://h/x?p=3>;rel=next") << QStringLiteral("https://h/x?p=3");
        QTest::newRow("only prev") << QByteArray(R"(<https://h/x?p=1>; rel="prev")") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void linkHeader() {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        QCOMPARE(Paginator::nextLink(header), next);
    }

    void offsetAndPageNumber() {
        PaginatorSpec spec;
        spec.type = QStringLiteral("offset");
        spec.offsetParam = QStringLiteral("offset");
        spec.pageSizeParam = QStringLiteral("limit");
        auto offset = Paginator::create(spec);
        const QUrl first(QStringLiteral("http://h/items?limit=3"));
        QCOMPARE(offset->requestUrl(first, {}).toString(), QStringLiteral("http://h/items?limit=3&offset=0"));
        QCOMPARE(offset->requestUrl(first, QStringLiteral("6")).toString(),
                 QStringLiteral("http://h/items?limit=3&offset=6"));
        auto full = offset->next(response(QStringLiteral("http://h/items?limit=3&offset=3")), json::object(),
                                 json::array({1, 2, 3}), QStringLiteral("3"));
        QVERIFY(full.ok());
        QCOMPARE(full->nextCursor, QStringLiteral("6"));
        QVERIFY(full->hasMore);
        auto shortPage = offset->next(response(QStringLiteral("http://h/items?limit=3&offset=6")), json::object(),
                                      json::array({1}), QStringLiteral("6"));
        QVERIFY(shortPage.ok());
        QVERIFY(!shortPage->hasMore);

        spec.type = QStringLiteral("page_number");
        spec.offsetParam = QStringLiteral("page");
        auto pages = Paginator::create(spec);
        QCOMPARE(pages->requestUrl(first, {}).toString(), QStringLiteral("http://h/items?limit=3&page=1"));
        auto p1 = pages->next(response(QStringLiteral("http://h/items?limit=3&page=1")), json::object(),
                              json::array({1, 2, 3}), {});
        QVERIFY(p1.ok());
        QCOMPARE(p1->nextCursor, QStringLiteral("2"));
        auto empty = pages->next(response(QStringLiteral("http://h/items?limit=3&page=2")), json::object(),
                                 json::array(), QStringLiteral("2"));
        QVERIFY(empty.ok());
        QVERIFY(!empty->hasMore);
    }

    void lastId() {
        PaginatorSpec spec;
        spec.type = QStringLiteral("last_id");
        spec.cursorParam = QStringLiteral("starting_after");
        spec.idPath = QStringLiteral("/id");
        spec.hasMorePath = QStringLiteral("/has_more");
        auto p = Paginator::create(spec);
        const json body = {{"has_more", true}, {"data", json::array({{{"id", "cus_1"}}, {{"id", "cus_2"}}})}};
        auto link = p->next(response(QStringLiteral("http://h/v1/customers")), body, body["data"], {});
        QVERIFY(link.ok());
        QCOMPARE(link->nextCursor, QStringLiteral("cus_2"));
        QVERIFY(link->hasMore);
        QCOMPARE(p->requestUrl(QUrl(QStringLiteral("http://h/v1/customers?limit=2")), link->nextCursor).toString(),
                 QStringLiteral("http://h/v1/customers?limit=2&starting_after=cus_2"));
        const json noId = {{"has_more", true}, {"data", json::array({{{"name", "x"}}})}};
        QVERIFY(!p->next(response({}), noId, noId["data"], {}).ok());
    }

    void nextUrlAndDone() {
        PaginatorSpec spec;
        spec.type = QStringLiteral("next_url_body");
        spec.nextUrlPath = QStringLiteral("/nextRecordsUrl");
        spec.donePath = QStringLiteral("/done");
        auto p = Paginator::create(spec);
        const json more = {{"done", false}, {"nextRecordsUrl", "/services/data/v59.0/query/01g-200"}};
        auto link = p->next(response({}), more, json::array(), {});
        QVERIFY(link.ok());
        QVERIFY(link->hasMore);
        QVERIFY(p->cursorIsUrl());
        QCOMPARE(p->requestUrl(QUrl(QStringLiteral("https://acme.my.salesforce.com/services/data/v59.0/query?q=x")),
                               link->nextCursor)
                     .toString(),
                 QStringLiteral("https://acme.my.salesforce.com/services/data/v59.0/query/01g-200"));
        const json done = {{"done", true}};
        auto last = p->next(response({}), done, json::array(), link->nextCursor);
        QVERIFY(last.ok());
        QVERIFY(!last->hasMore);
        const json broken = {{"done", false}};
        QVERIFY(!p->next(response({}), broken, json::array(), {}).ok());
    }

    void cursorWithEndOfStream() {
        PaginatorSpec spec;
        spec.type = QStringLiteral("cursor_body");
        spec.cursorParam = QStringLiteral("cursor");
        spec.cursorPath = QStringLiteral("/after_cursor");
        spec.endPath = QStringLiteral("/end_of_stream");
        auto p = Paginator::create(spec);
        const json page = {{"after_cursor", "MTU0"}, {"end_of_stream", false}};
        auto link = p->next(response({}), page, json::array(), {});
        QVERIFY(link.ok());
        QVERIFY(link->hasMore);
        const json end = {{"after_cursor", "MTU5"}, {"end_of_stream", true}};
        auto last = p->next(response({}), end, json::array(), QStringLiteral("MTU0"));
        QVERIFY(last.ok());
        QVERIFY(!last->hasMore);
        QCOMPARE(last->nextCursor, QStringLiteral("MTU5")); // kept: the next run continues from here
    }
};

QTEST_GUILESS_MAIN(TestPaginator)
#include "TestPaginator.moc"

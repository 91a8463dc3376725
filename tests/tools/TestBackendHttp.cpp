// End-to-end tests of the real c360-backend executable over loopback HTTP.
#include "tests/tools/BackendProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using c360::tests::BackendProcess;
using c360::tests::HttpResult;

namespace {
const QStringList kSmall{QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--seed"),
                         QStringLiteral("7")};
const QStringList kPaths{QStringLiteral("/crm/v1/customers"),    QStringLiteral("/shop/v1/orders"),
                         QStringLiteral("/shop/v1/returns"),     QStringLiteral("/helpdesk/v1/tickets"),
                         QStringLiteral("/marketing/v1/events"), QStringLiteral("/contact/v1/interactions")};

int statsCount(const QJsonObject& stats, const QString& path) {
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return stats.value(parts[0]).toObject().value(parts[2]).toInt(-1);
}
} // namespace

class TestBackendHttp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedGivesSameBytes();
    void rejectsMissingOrWrongToken();
    void rejectsBadRequests();
    void pagingCollectsExactlyTheStatsCounts();
    void cursorResumesWithOnlyChanges();
    void updatedSinceAndInject();
    void churnWhilePagingSkipsNothing();
    void writesSourcesFile();
    void producesEachFaultKind();
    void faultsFromCommandLine();
    void heavyEventsForPersonOne();
    void badArgumentsExitWithTwo();

private:
    BackendProcess m_backend; // shared, read-mostly instance
};

void TestBackendHttp::initTestCase() {
    QVERIFY2(QFile::exists(BackendProcess::binary()), qPrintable(BackendProcess::binary()));
    QVERIFY(m_backend.start(kSmall));
}

void TestBackendHttp::sameSeedGivesSameBytes() {
    BackendProcess other;
    QVERIFY(other.start(kSmall));
    for (const QString& path : kPaths) {
        const HttpResult a = m_backend.get(path + QStringLiteral("?limit=50"));
        const HttpResult b = other.get(path + QStringLiteral("?limit=50"));
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.isEmpty());
        QCOMPARE(a.body, b.body);
    }
    BackendProcess differentSeed;
    QVERIFY(differentSeed.start(
        {QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("8")}));
    QVERIFY(differentSeed.get(kPaths[0] + QStringLiteral("?limit=50")).body !=
            m_backend.get(kPaths[0] + QStringLiteral("?limit=50")).body);
    QVERIFY(other.stop());
}

void TestBackendHttp::rejectsMissingOrWrongToken() {
    for (const QByteArray& token : {QByteArray(), QByteArray("wrong-token")}) {
        const HttpResult r = m_backend.get(QStringLiteral("/crm/v1/customers"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(m_backend.get(QStringLiteral("/admin/stats"), "nope").status, 401);
}

void TestBackendHttp::rejectsBadRequests() {
    const struct {
        const char* path;
        int status;
    } cases[] = {{"/crm/v1/nothing", 404},
                 {"/erp/v1/customers", 404},
                 {"/crm/v1/customers?limit=0", 400},
                 {"/crm/v1/customers?limit=1001", 400},
                 {"/crm/v1/customers?limit=x", 400},
                 {"/crm/v1/customers?cursor=garbage", 400},
                 {"/crm/v1/customers?updated_since=yesterday", 400}};
    for (const auto& c : cases) {
        const HttpResult r = m_backend.get(QString::fromLatin1(c.path));
        QCOMPARE(r.status, c.status);
        QVERIFY2(r.json().contains(QStringLiteral("error")), c.path);
    }
    const HttpResult limitOk = m_backend.get(QStringLiteral("/crm/v1/customers?limit=1000"));
    QCOMPARE(limitOk.status, 200);
}

void TestBackendHttp::pagingCollectsExactlyTheStatsCounts() {
    QProcess statsRun;
    statsRun.start(BackendProcess::binary(), kSmall + QStringList{QStringLiteral("--stats")});
    QVERIFY(statsRun.waitForFinished(30000));
    QCOMPARE(statsRun.exitCode(), 0);
    const QJsonObject cliStats = QJsonDocument::fromJson(statsRun.readAllStandardOutput()).object();
    QCOMPARE(cliStats, m_backend.get(QStringLiteral("/admin/stats")).json());
    QCOMPARE(cliStats.keys(), (QStringList{QStringLiteral("contact"), QStringLiteral("crm"), QStringLiteral("helpdesk"),
                                           QStringLiteral("marketing"), QStringLiteral("shop")}));
    for (const QString& path : kPaths) {
        QString cursor;
        QList<QJsonObject> records;
        QVERIFY(m_backend.pageAll(path, 137, &cursor, &records));
        QSet<QString> ids;
        int live = 0;
        for (const QJsonObject& r : records) {
            ids.insert(r.value(QStringLiteral("id")).toString());
            if (r.value(QStringLiteral("deleted")).toBool()) {
                QCOMPARE(r.keys().size(), 3); // id, deleted, updated_at
            } else {
                ++live;
            }
        }
        QCOMPARE(ids.size(), records.size());
        QCOMPARE(live, statsCount(cliStats, path));
        QVERIFY2(live > 0, qPrintable(path));
        // a later call with the kept cursor returns nothing new
        const HttpResult again = m_backend.get(path + QStringLiteral("?cursor=") + cursor);
        QCOMPARE(again.json().value(QStringLiteral("data")).toArray().size(), 0);
        QCOMPARE(again.json().value(QStringLiteral("next_cursor")).toString(), cursor);
    }
}

void TestBackendHttp::cursorResumesWithOnlyChanges() {
    BackendProcess backend;
    QVERIFY(backend.start(kSmall));
    const QString path = QStringLiteral("/crm/v1/customers");
    QString cursor;
    QList<QJsonObject> records;
    QVERIFY(backend.pageAll(path, 1000, &cursor, &records));
    QJsonObject before;
    for (const QJsonObject& r : records) {
        if (r.value(QStringLiteral("id")).toString() == QStringLiteral("CRM-000005")) {
            before = r;
        }
    }
    QVERIFY(!before.isEmpty());

    auto mutate = [&](const char* op, const char* id) {
        return backend.post(QStringLiteral("/admin/mutate"),
                            QJsonObject{{QStringLiteral("source"), QStringLiteral("crm")},
                                        {QStringLiteral("stream"), QStringLiteral("customers")},
                                        {QStringLiteral("op"), QLatin1String(op)},
                                        {QStringLiteral("id"), QLatin1String(id)}});
    };
    const HttpResult updated = mutate("update", "CRM-000005");
    QCOMPARE(updated.status, 200);
    QCOMPARE(mutate("delete", "CRM-000006").status, 200);
    const HttpResult created = mutate("create", "");
    QCOMPARE(created.status, 200);
    QCOMPARE(mutate("update", "CRM-999999").status, 404);

    QList<QJsonObject> changes;
    QVERIFY(backend.pageAll(path, 2, &cursor, &changes));
    QCOMPARE(changes.size(), 3);
    const QJsonObject u = changes[0];
    QCOMPARE(u.value(QStringLiteral("id")).toString(), QStringLiteral("CRM-000005"));
    QVERIFY(u.value(QStringLiteral("updated_at")).toString() > before.value(QStringLiteral("updated_at")).toString());
    QCOMPARE(u.value(QStringLiteral("changes")).toArray().size(),
             before.value(QStringLiteral("changes")).toArray().size() + 1);
    QCOMPARE(u, updated.json());
    QCOMPARE(changes[1], (QJsonObject{{QStringLiteral("id"), QStringLiteral("CRM-000006")},
                                      {QStringLiteral("deleted"), true},
                                      {QStringLiteral("updated_at"), changes[1].value(QStringLiteral("updated_at"))}}));
    QVERIFY(changes[1].value(QStringLiteral("updated_at")).toString() >
            u.value(QStringLiteral("updated_at")).toString());
    QCOMPARE(changes[2], created.json());
    QCOMPARE(changes[2].value(QStringLiteral("deleted")).toBool(true), false);

    QList<QJsonObject> nothing;
    QVERIFY(backend.pageAll(path, 100, &cursor, &nothing));
    QVERIFY(nothing.isEmpty());

    // At a time the caller gives: the record and its new change entry read that time; a time that is not one is
    // refused and changes nothing.
    const auto mutateAt = [&](const QJsonValue& at) {
        return backend.post(QStringLiteral("/admin/mutate"),
                            QJsonObject{{QStringLiteral("source"), QStringLiteral("crm")},
                                        {QStringLiteral("stream"), QStringLiteral("customers")},
                                        {QStringLiteral("op"), QStringLiteral("update")},
                                        {QStringLiteral("id"), QStringLiteral("CRM-000007")},
                                        {QStringLiteral("at"), at}});
    };
    const HttpResult refused = mutateAt(QStringLiteral("yesterday"));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("ISO 8601")));
    QCOMPARE(mutateAt(12).status, 400);
    QVERIFY(backend.pageAll(path, 100, &cursor, &nothing));
    QVERIFY(nothing.isEmpty());
    const HttpResult later = mutateAt(QStringLiteral("2030-01-02T03:04:05Z"));
    QCOMPARE(later.status, 200);
    QCOMPARE(later.json().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2030-01-02T03:04:05.000Z"));
    const QJsonArray entries = later.json().value(QStringLiteral("changes")).toArray();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2030-01-02T03:04:05.000Z"));
}

void TestBackendHttp::updatedSinceAndInject() {
    BackendProcess backend;
    QVERIFY(backend.start(kSmall));
    const QString path = QStringLiteral("/helpdesk/v1/tickets");
    QString cursor;
    QList<QJsonObject> all;
    QVERIFY(backend.pageAll(path, 1000, &cursor, &all));
    const QString middle = all[all.size() / 2].value(QStringLiteral("updated_at")).toString();
    const HttpResult since = backend.get(path + QStringLiteral("?limit=1000&updated_since=") + middle);
    QCOMPARE(since.status, 200);
    QCOMPARE(since.json().value(QStringLiteral("data")).toArray().size(), all.size() - all.size() / 2 - 1);

    const QJsonObject raw{{QStringLiteral("subject"), QStringLiteral("no id at all")}};
    QCOMPARE(
        backend
            .post(QStringLiteral("/admin/inject"), QJsonObject{{QStringLiteral("source"), QStringLiteral("helpdesk")},
                                                               {QStringLiteral("stream"), QStringLiteral("tickets")},
                                                               {QStringLiteral("record"), raw}})
            .status,
        200);
    QList<QJsonObject> injected;
    QVERIFY(backend.pageAll(path, 10, &cursor, &injected));
    QCOMPARE(injected, QList<QJsonObject>{raw});
}

void TestBackendHttp::churnWhilePagingSkipsNothing() {
    BackendProcess backend;
    QVERIFY(backend.start(
        {QStringLiteral("--customers"), QStringLiteral("150"), QStringLiteral("--churn"), QStringLiteral("300")}));
    const struct {
        const char* source;
        const char* stream;
        const char* prefix;
        int width;
    } streams[] = {{"crm", "customers", "CRM-", 6}, {"marketing", "events", "ME-", 8}};
    for (const auto& s : streams) {
        const QString path =
            QLatin1Char('/') + QLatin1String(s.source) + QStringLiteral("/v1/") + QLatin1String(s.stream);
        // Page with small pages while records change underneath: churn plus explicit changes
        // after every page, to records both behind and ahead of the reader.
        QHash<QString, QJsonObject> state;
        QString cursor;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const HttpResult r = backend.get(path + QStringLiteral("?limit=9&cursor=") + cursor);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            for (const QJsonValue& v : page.value(QStringLiteral("data")).toArray()) {
                state.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
            }
            cursor = page.value(QStringLiteral("next_cursor")).toString();
            more = page.value(QStringLiteral("has_more")).toBool();
            const char* op = pages % 5 == 4 ? "delete" : (pages % 5 == 3 ? "create" : "update");
            const int target = 1 + (pages * 37) % 120;
            backend.post(
                QStringLiteral("/admin/mutate"),
                QJsonObject{{QStringLiteral("source"), QLatin1String(s.source)},
                            {QStringLiteral("stream"), QLatin1String(s.stream)},
                            {QStringLiteral("op"), QLatin1String(op)},
                            {QStringLiteral("id"), QString(QLatin1String(s.prefix) +
                                                           QString::number(target).rightJustified(s.width, u'0'))}});
        }
        QVERIFY(pages > 10);
        // Stop churn, catch up from the kept cursor.
        QCOMPARE(backend.post(QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("rate"), 0}}).status, 200);
        QList<QJsonObject> delta;
        QVERIFY(backend.pageAll(path, 50, &cursor, &delta));
        for (const QJsonObject& r : std::as_const(delta)) {
            state.insert(r.value(QStringLiteral("id")).toString(), r);
        }
        // The truth: a fresh full pass. Every record, live or tombstone, was seen in its latest state.
        QString fresh;
        QList<QJsonObject> truth;
        QVERIFY(backend.pageAll(path, 1000, &fresh, &truth));
        QCOMPARE(fresh, cursor);
        QCOMPARE(state.size(), truth.size());
        for (const QJsonObject& r : std::as_const(truth)) {
            QCOMPARE(state.value(r.value(QStringLiteral("id")).toString()), r);
        }
        QCOMPARE(backend.post(QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("rate"), 300}}).status, 200);
    }
}

void TestBackendHttp::writesSourcesFile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sources.json"));
    BackendProcess backend;
    QVERIFY(backend.start({QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--token"),
                           QStringLiteral("s3cret"), QStringLiteral("--write-sources"), file}));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray sources = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 5);
    QStringList names;
    for (const QJsonValue& v : sources) {
        const QJsonObject s = v.toObject();
        names << s.value(QStringLiteral("name")).toString();
        QCOMPARE(s.value(QStringLiteral("manifest")).toString(), QStringLiteral("c360-") + names.last());
        QCOMPARE(s.value(QStringLiteral("base_url")).toString(), backend.baseUrl());
        QCOMPARE(s.value(QStringLiteral("auth")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                              {QStringLiteral("secret"), QStringLiteral("s3cret")}}));
        for (const QJsonValue& stream : s.value(QStringLiteral("streams")).toArray()) {
            const HttpResult r = backend.get(QLatin1Char('/') + names.last() + QStringLiteral("/v1/") +
                                                 stream.toString() + QStringLiteral("?limit=1"),
                                             "s3cret");
            QCOMPARE(r.status, 200);
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("crm"), QStringLiteral("shop"), QStringLiteral("helpdesk"),
                                 QStringLiteral("marketing"), QStringLiteral("contact")}));
    QVERIFY(backend.stop());
}

void TestBackendHttp::producesEachFaultKind() {
    BackendProcess backend;
    QVERIFY(backend.start({QStringLiteral("--customers"), QStringLiteral("30")}));
    const QString path = QStringLiteral("/shop/v1/orders?limit=5");
    auto arm = [&](const char* kind, int count = 1) {
        return backend
            .post(QStringLiteral("/admin/faults"),
                  QJsonObject{{QStringLiteral("rate"), 1},
                              {QStringLiteral("kinds"), QJsonArray{QLatin1String(kind)}},
                              {QStringLiteral("count"), count}})
            .status;
    };
    const QByteArray good = backend.get(path).body;
    QJsonParseError parseError;

    QCOMPARE(arm("500"), 200);
    HttpResult r = backend.get(path);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("internal_error"));
    QCOMPARE(backend.get(path).body, good); // count 1: the next request is fine again

    QCOMPARE(arm("503"), 200);
    QCOMPARE(backend.get(path).status, 503);

    QCOMPARE(arm("429"), 200);
    r = backend.get(path);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray("1"));

    QCOMPARE(arm("malformed"), 200);
    r = backend.get(path);
    QCOMPARE(r.status, 200);
    QJsonDocument::fromJson(r.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    QCOMPARE(arm("truncated"), 200);
    r = backend.get(path);
    QCOMPARE(r.status, 200);
    QVERIFY(good.startsWith(r.body) && r.body.size() < good.size());
    QJsonDocument::fromJson(r.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    QCOMPARE(arm("html"), 200);
    r = backend.get(path);
    QVERIFY(r.status == 200 || r.status == 502);
    QVERIFY(r.contentType.startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));

    // QNetworkAccessManager silently retries once on a reused connection, so reset twice.
    QCOMPARE(arm("reset", 2), 200);
    r = backend.get(path);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(arm("reset", 0), 200);

    QCOMPARE(arm("slow"), 200);
    r = backend.get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, good);

    QCOMPARE(arm("timeout"), 200);
    r = backend.get(path, "c360-demo-token", 1000);
    QCOMPARE(r.error, QNetworkReply::TimeoutError);

    QCOMPARE(backend.get(path).body, good);
    QCOMPARE(
        backend
            .post(QStringLiteral("/admin/faults"),
                  QJsonObject{{QStringLiteral("rate"), 1}, {QStringLiteral("kinds"), QJsonArray{QStringLiteral("x")}}})
            .status,
        400);
}

void TestBackendHttp::faultsFromCommandLine() {
    BackendProcess backend;
    QVERIFY(backend.start({QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--fault-rate"),
                           QStringLiteral("1"), QStringLiteral("--faults"), QStringLiteral("500,429")}));
    for (int i = 0; i < 4; ++i) {
        const int status = backend.get(QStringLiteral("/crm/v1/customers")).status;
        QVERIFY2(status == 500 || status == 429, qPrintable(QString::number(status)));
    }
    QCOMPARE(backend.get(QStringLiteral("/admin/stats")).status, 200); // admin never fails
}

void TestBackendHttp::heavyEventsForPersonOne() {
    QProcess run;
    run.start(BackendProcess::binary(),
              {QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--heavy-events"),
               QStringLiteral("5000"), QStringLiteral("--stats")});
    QVERIFY(run.waitForFinished(30000));
    const QJsonObject stats = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    QVERIFY(stats.value(QStringLiteral("marketing")).toObject().value(QStringLiteral("events")).toInt() >= 5000);
}

void TestBackendHttp::badArgumentsExitWithTwo() {
    const QList<QStringList> cases{
        {QStringLiteral("--customers"), QStringLiteral("abc")},
        {QStringLiteral("--faults"), QStringLiteral("bogus"), QStringLiteral("--fault-rate"), QStringLiteral("0.5")},
        {QStringLiteral("--fault-rate"), QStringLiteral("2")},
        {QStringLiteral("--host"), QStringLiteral("0.0.0.0")},
        {QStringLiteral("--no-such-option")}};
    for (const QStringList& args : cases) {
        QProcess run;
        run.start(BackendProcess::binary(), args);
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(!run.readAllStandardError().isEmpty());
        QVERIFY(run.readAllStandardOutput().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestBackendHttp)
#include "TestBackendHttp.moc"

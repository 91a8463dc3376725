// `c360 write` and `c360 outbox` as a script runs them: real processes, a real cache synced from
// the real reference backend over loopback, a real outbox file. A write is queued exactly as the
// window queues it (same kind, customer key and payload as ui::AgentWrites); bad input gets a
// clear message, exit code 2 (usage) or 1 (no such customer) and queues nothing; list, push and
// retry show and push the queue, a rejection keeps the backend's reason and a retry reuses its key.

#include "models/Database.h"
#include "models/Queries.h"
#include "sync/CurlHttpClient.h"
#include "sync/OutboxStore.h"
#include "tests/support/BackendProcess.h"
#include "ui/AgentWrites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runC360(const QStringList& args, int timeoutMs = 120'000) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("C360_LANG"));
    p.setProcessEnvironment(env);
    p.start(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliWrite : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_outbox;
    PartyHeader m_party;
    QList<qint64> m_queued;

    qint64 queuedCount() const {
        auto store = sync::OutboxStore::open(m_outbox, QStringLiteral("count-%1").arg(quintptr(this)));
        if (!store) {
            return -1;
        }
        const auto c = store->counts();
        return c ? c->pending + c->sent + c->failed : -1;
    }

    QStringList base() const { return {QStringLiteral("--db"), m_db, QStringLiteral("--outbox"), m_outbox}; }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 40;
        options.seed = 11;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        QVERIFY(m_backend->start().ok());
        m_db = m_dir.filePath(QStringLiteral("cache.db"));
        m_outbox = m_dir.filePath(QStringLiteral("outbox.db"));
        const Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"),
                                  m_backend->sourcesFile()});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        auto db = Database::open(m_db, QStringLiteral("test-cli-write"));
        QVERIFY(db.ok());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM party ORDER BY id LIMIT 100")));
        PartyRepository parties(db->handle());
        while (q.next() && m_party.id == 0) {
            auto h = parties.header(q.value(0).toLongLong());
            if (h && h->has_value() && !(*h)->emails.isEmpty()) {
                m_party = **h;
            }
        }
        QVERIFY(m_party.id > 0);
    }

    void helpNamesTheKindsAndActions() {
        const Run write = runC360({QStringLiteral("write"), QStringLiteral("--help")});
        QCOMPARE(write.code, 0);
        QVERIFY2(write.out.contains(QLatin1String("c360 write note|ticket|cancel-order|change-address|refund")),
                 qPrintable(write.out));
        const Run outbox = runC360({QStringLiteral("outbox"), QStringLiteral("--help")});
        QCOMPARE(outbox.code, 0);
        QVERIFY2(outbox.out.contains(QLatin1String("c360 outbox list|push|retry")), qPrintable(outbox.out));
    }

    void writeQueuesExactlyAsTheWindow_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::newRow("note") << QStringList{QStringLiteral("note"), QStringLiteral("--text=Prefers calls after 6 pm")}
                              << QStringLiteral("note");
        QTest::newRow("ticket") << QStringList{QStringLiteral("ticket"),
                                               QStringLiteral("--subject=Parcel arrived damaged")}
                                << QStringLiteral("ticket_create");
        QTest::newRow("cancel-order") << QStringList{QStringLiteral("cancel-order"), QStringLiteral("--order"),
                                                     QStringLiteral("999999")}
                                      << QStringLiteral("order_cancel");
        QTest::newRow("change-address") << QStringList{QStringLiteral("change-address"), QStringLiteral("--order"),
                                                       QStringLiteral("999998"),
                                                       QStringLiteral("--address=88 Huaihai Road, Shanghai")}
                                        << QStringLiteral("order_address");
        QTest::newRow("refund") << QStringList{QStringLiteral("refund"), QStringLiteral("--order"),
                                               QStringLiteral("999997"), QStringLiteral("--amount=12.50"),
                                               QStringLiteral("--reason=late")}
                                << QStringLiteral("refund");
    }

    void writeQueuesExactlyAsTheWindow() {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        const Run r =
            runC360(QStringList{QStringLiteral("write")} + args + base() +
                    QStringList{QStringLiteral("--party"), QString::number(m_party.id), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject written = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(written.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(written.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        m_queued.append(written.value(QStringLiteral("id")).toInteger());

        // The window's own code, into another outbox: the same item.
        QTemporaryDir other;
        auto store =
            sync::OutboxStore::open(other.filePath(QStringLiteral("o.db")), QStringLiteral("window-%1").arg(kind));
        QVERIFY(store.ok());
        ui::AgentWrites window(*store);
        Result<sync::OutboxItem> expected = Error{};
        if (kind == QLatin1String("note")) {
            expected = window.note(m_party, QStringLiteral("Prefers calls after 6 pm"), false);
        } else if (kind == QLatin1String("ticket_create")) {
            expected = window.createTicket(m_party, QStringLiteral("Parcel arrived damaged"));
        } else if (kind == QLatin1String("refund")) {
            expected =
                window.refund(m_party, QStringLiteral("999997"), QStringLiteral("12.50"), QStringLiteral("late"));
        } else if (kind == QLatin1String("order_cancel")) {
            expected = window.orderAction(m_party, kind, QStringLiteral("999999"));
        } else {
            expected = window.orderAction(m_party, kind, QStringLiteral("999998"),
                                          QStringLiteral("88 Huaihai Road, Shanghai"));
        }
        QVERIFY(expected.ok());
        QCOMPARE(written.value(QStringLiteral("customer")).toString(), expected->customerKey);
        QCOMPARE(written.value(QStringLiteral("payload")).toObject(),
                 QJsonDocument::fromJson(expected->payload).object());
        QCOMPARE(written.value(QStringLiteral("party")).toInteger(), m_party.id);
    }

    void badInputIsRefusedAndQueuesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString p = QStringLiteral("--party");
        QTest::newRow("unknown party") << QStringList{QStringLiteral("note"), p, QStringLiteral("999999"),
                                                      QStringLiteral("--text=x")}
                                       << 1 << QStringLiteral("no customer with party id 999999");
        QTest::newRow("party not a number")
            << QStringList{QStringLiteral("note"), p, QStringLiteral("wang"), QStringLiteral("--text=x")} << 2
            << QStringLiteral("party id");
        QTest::newRow("no party") << QStringList{QStringLiteral("note"), QStringLiteral("--text=x")} << 2
                                  << QStringLiteral("needs --party");
        QTest::newRow("missing order") << QStringList{QStringLiteral("cancel-order"), p, QStringLiteral("1")} << 2
                                       << QStringLiteral("needs --order");
        QTest::newRow("order where none goes") << QStringList{QStringLiteral("note"), p,
                                                              QStringLiteral("1"),    QStringLiteral("--order"),
                                                              QStringLiteral("5"),    QStringLiteral("--text=x")}
                                               << 2 << QStringLiteral("takes no --order");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("note"), p, QStringLiteral("1"),
                                                      QStringLiteral("--text=x"), QStringLiteral("--colour=red")}
                                       << 2
                                       << QStringLiteral(
                                              "“--colour” is not a field of note (its fields: --text, --pinned)");
        QTest::newRow("field of another kind")
            << QStringList{QStringLiteral("ticket"), p, QStringLiteral("1"), QStringLiteral("--subject=x"),
                           QStringLiteral("--amount=3")}
            << 2 << QStringLiteral("“--amount” is not a field of ticket");
        QTest::newRow("missing field") << QStringList{QStringLiteral("change-address"), p, QStringLiteral("1"),
                                                      QStringLiteral("--order"), QStringLiteral("7")}
                                       << 2 << QStringLiteral("needs --address");
        QTest::newRow("empty text") << QStringList{QStringLiteral("note"), p, QStringLiteral("1"),
                                                   QStringLiteral("--text=")}
                                    << 2 << QStringLiteral("needs --text");
        QTest::newRow("bad amount") << QStringList{QStringLiteral("refund"), p,
                                                   QStringLiteral("1"),      QStringLiteral("--order"),
                                                   QStringLiteral("7"),      QStringLiteral("--amount=-3")}
                                    << 2 << QStringLiteral("positive number");
        QTest::newRow("no kind") << QStringList{p, QStringLiteral("1")} << 2 << QStringLiteral("Say what to write");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("poem"), p, QStringLiteral("1")} << 2
                                      << QStringLiteral("Say what to write");
    }

    void badInputIsRefusedAndQueuesNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const qint64 before = queuedCount();
        const Run r = runC360(QStringList{QStringLiteral("write")} + args + base());
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(queuedCount(), before);
    }

    void listPushRetry() {
        QCOMPARE(m_queued.size(), 5);
        const Run list =
            runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")} + base());
        QCOMPARE(list.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(items.size(), 5);
        for (const QJsonValue& v : items) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        }
        const QStringList push{QStringLiteral("outbox"), QStringLiteral("push"), QStringLiteral("--sources"),
                               m_backend->sourcesFile(), QStringLiteral("--json")};
        // The reference backend applies the note, the ticket and the refund; the orders do not exist.
        const Run pushed = runC360(push + base());
        QCOMPARE(pushed.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(pushed.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 2);

        const Run failed = runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("list"),
                                               QStringLiteral("--state"), QStringLiteral("failed")} +
                                   base());
        QCOMPARE(failed.code, 0);
        QVERIFY2(failed.out.contains(QLatin1String("order 999999 does not exist")), qPrintable(failed.out));
        const qint64 cancel = m_queued.at(2);
        const Run retry =
            runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(cancel)} + base());
        QVERIFY2(retry.code == 0, qPrintable(retry.err));
        const Run pending =
            runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"),
                                QStringLiteral("pending"), QStringLiteral("--json")} +
                    base());
        QCOMPARE(QJsonDocument::fromJson(pending.out.toUtf8()).array().size(), 1);
        const Run again = runC360(push + base());
        QCOMPARE(again.code, 1);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("rejected")).toInt(), 1);

        const Run noSuch =
            runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("424242")} + base());
        QCOMPARE(noSuch.code, 1);
        QVERIFY2(noSuch.err.contains(QLatin1String("no write #424242")), qPrintable(noSuch.err));
        const Run sent = runC360(
            QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(m_queued.at(0))} + base());
        QCOMPARE(sent.code, 1);
        QVERIFY2(sent.err.contains(QLatin1String("not failed")), qPrintable(sent.err));
        const Run badAction = runC360(QStringList{QStringLiteral("outbox"), QStringLiteral("flush")} + base());
        QCOMPARE(badAction.code, 2);
        QVERIFY2(badAction.err.contains(QLatin1String("flush")), qPrintable(badAction.err));

        // The backend applied each write once: the retried rejection was answered from its key.
        sync::CurlHttpClient http;
        sync::HttpRequest request;
        request.url = m_backend->baseUrl() + QStringLiteral("/admin/outbox");
        request.headers = {{"Authorization", "Bearer " + m_backend->token().toUtf8()}};
        auto response = http.send(request);
        QVERIFY(response.ok());
        const QJsonObject state = QJsonDocument::fromJson(response->body).object();
        QCOMPARE(state.value(QStringLiteral("applied")).toInteger(), 3);
        QVERIFY(state.value(QStringLiteral("replayed")).toInteger() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "TestCliWrite.moc"

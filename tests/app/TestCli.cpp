// `c360` as a user runs it: a real process against the real reference backend over loopback
// HTTP and a real cache file. Exit codes: 0 success, 1 failure with a message, 2 usage.
#include "tests/support/BackendProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
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

QJsonObject json(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    testing::BackendProcess::Options m_options;
    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_options.customers = 150;
        m_options.seed = 9;
        m_backend = std::make_unique<testing::BackendProcess>(m_options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_db = m_dir.filePath(QStringLiteral("cache.db"));
    }

    void syncThenStatsEqualTheBackendsOwnCounts() {
        const Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"),
                                  m_backend->sourcesFile(), QStringLiteral("--json")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err + sync.out));
        const QJsonObject report = json(sync.out);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("streams")).toArray().size(), 8);

        const Run stats = runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        QProcess backendStats;
        backendStats.start(testing::BackendProcess::executable(),
                           {QStringLiteral("--customers"), QString::number(m_options.customers),
                            QStringLiteral("--seed"), QString::number(m_options.seed), QStringLiteral("--stats")});
        QVERIFY(backendStats.waitForFinished(60'000));
        // Same keys, same numbers, same bytes: anyone can check that a sync brought everything.
        QCOMPARE(stats.out.trimmed(), QString::fromUtf8(backendStats.readAllStandardOutput()).trimmed());

        const Run text = runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_db});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("customers")));
        QVERIFY(text.out.contains(QStringLiteral("timeline events")));

        // A second sync transfers nothing new.
        const Run again = runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"),
                                   m_backend->sourcesFile(), QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QCOMPARE(json(again.out).value(QStringLiteral("fetched")).toInteger(), 0);
    }

    void searchAndTimeline() {
        // The first CRM customer, by e-mail in upper case, then by phone in another written form.
        // As a supervisor (never signed in: --role as given): an agent sees masked phones and e-mails.
        const Run byCrm = runC360({QStringLiteral("search"), QStringLiteral("CRM-000001"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--json"), QStringLiteral("--role"), QStringLiteral("supervisor")});
        QCOMPARE(byCrm.code, 0);
        const QJsonArray hits = json(byCrm.out).value(QStringLiteral("results")).toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject customer = hits.first().toObject();
        const qint64 id = customer.value(QStringLiteral("id")).toInteger();
        const QString phone = customer.value(QStringLiteral("phone")).toString();
        const QString email = customer.value(QStringLiteral("email")).toString();
        QVERIFY(phone.startsWith(QLatin1String("+86")));
        QVERIFY(!email.isEmpty());

        const QString national =
            phone.mid(3, 3) + QLatin1Char('-') + phone.mid(6, 4) + QLatin1Char('-') + phone.mid(10);
        for (const QString& query : QStringList{national, QStringLiteral("0086 ") + phone.mid(3), email.toUpper()}) {
            const Run r =
                runC360({QStringLiteral("search"), query, QStringLiteral("--db"), m_db, QStringLiteral("--json")});
            QCOMPARE(r.code, 0);
            const QJsonArray results = json(r.out).value(QStringLiteral("results")).toArray();
            QVERIFY2(!results.isEmpty(), qPrintable(query));
            QCOMPARE(results.first().toObject().value(QStringLiteral("id")).toInteger(), id);
        }

        const Run timeline = runC360({QStringLiteral("timeline"), QString::number(id), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(timeline.code, 0);
        const QJsonObject t = json(timeline.out);
        const QJsonArray events = t.value(QStringLiteral("events")).toArray();
        QVERIFY(!events.isEmpty());
        QSet<QString> sources;
        QString previous;
        for (const auto& e : events) {
            const QJsonObject o = e.toObject();
            sources.insert(o.value(QStringLiteral("source")).toString());
            const QString at = o.value(QStringLiteral("occurred_at")).toString();
            QVERIFY(previous.isEmpty() || at <= previous); // newest first (ISO strings sort)
            previous = at;
        }
        QCOMPARE(sources.size(), 5); // customer #1 is known to all five systems
        QCOMPARE(t.value(QStringLiteral("party")).toObject().value(QStringLiteral("id")).toInteger(), id);

        const Run onlyOrders = runC360({QStringLiteral("timeline"), QString::number(id), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--kind"), QStringLiteral("order"), QStringLiteral("--json")});
        QCOMPARE(onlyOrders.code, 0);
        for (const auto& e : json(onlyOrders.out).value(QStringLiteral("events")).toArray()) {
            QCOMPARE(e.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("order"));
        }
        const Run text = runC360({QStringLiteral("timeline"), email, QStringLiteral("--db"), m_db});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("newest first")));
    }

    // Timeline text is rendered when it is read, in the UI language, from the records' typed fields:
    // no source codes ("late_delivery", "in_transit"), money in its own currency, durations in words.
    void timelineReadsInTheUiLanguage() {
        QList<QJsonObject> en, zh;
        for (int n = 1; n <= 12; ++n) {
            const Run hit = runC360({QStringLiteral("search"), QStringLiteral("CRM-%1").arg(n, 6, 10, QLatin1Char('0')),
                                     QStringLiteral("--db"), m_db, QStringLiteral("--json")});
            QCOMPARE(hit.code, 0);
            const QJsonArray results = json(hit.out).value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), 1);
            const QString id = QString::number(results.first().toObject().value(QStringLiteral("id")).toInteger());
            for (const bool chinese : {false, true}) {
                QStringList args{QStringLiteral("timeline"), id,
                                 QStringLiteral("--db"),     m_db,
                                 QStringLiteral("--json"),   QStringLiteral("--limit"),
                                 QStringLiteral("1000")};
                if (chinese) {
                    args << QStringLiteral("--lang") << QStringLiteral("zh_CN");
                }
                const Run t = runC360(args);
                QCOMPARE(t.code, 0);
                for (const auto& e : json(t.out).value(QStringLiteral("events")).toArray()) {
                    (chinese ? zh : en).append(e.toObject());
                }
            }
        }
        QCOMPARE(en.size(), zh.size());
        QMap<QString, int> kinds;
        static const QRegularExpression code(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
        static const QRegularExpression terse(QStringLiteral("\\b\\d+m \\d+s\\b"));
        for (const QJsonObject& e : std::as_const(en)) {
            const QString kind = e.value(QStringLiteral("kind")).toString();
            const QString title = e.value(QStringLiteral("title")).toString();
            const QString summary = e.value(QStringLiteral("summary")).toString();
            ++kinds[kind];
            QVERIFY2(!code.match(title + QLatin1Char(' ') + summary).hasMatch(),
                     qPrintable(title + QStringLiteral(" | ") + summary));
            QVERIFY2(!terse.match(title).hasMatch(), qPrintable(title));
            QVERIFY2(!title.contains(QLatin1String("(s)")), qPrintable(title)); // "3 items", English plurals loaded
            if (kind == QLatin1String("order") && title.startsWith(QLatin1String("Order "))) {
                QVERIFY2(title.contains(u'$') || title.contains(u'¥'), qPrintable(title));
                QVERIFY2(!title.contains(QLatin1String("USD ")) && !title.contains(QLatin1String("CNY ")),
                         qPrintable(title));
            }
        }
        // The customers seen cover every kind the words are written for.
        for (const char* kind : {"order", "return", "ticket", "ticket_comment", "call", "campaign"}) {
            QVERIFY2(kinds.value(QLatin1String(kind)) > 0, kind);
        }
        static const QStringList english{QStringLiteral("Order "),   QStringLiteral("Return"),
                                         QStringLiteral("Ticket #"), QStringLiteral("Comment on"),
                                         QStringLiteral("Inbound"),  QStringLiteral("Outbound"),
                                         QStringLiteral("Sent:"),    QStringLiteral("Opened:")};
        static const QStringList englishWords{QStringLiteral("Delivered"), QStringLiteral("Shipped"),
                                              QStringLiteral("Solved"), QStringLiteral("Pending"),
                                              QStringLiteral("agent ")};
        int orders = 0;
        for (const QJsonObject& e : std::as_const(zh)) {
            const QString title = e.value(QStringLiteral("title")).toString();
            const QString summary = e.value(QStringLiteral("summary")).toString();
            for (const QString& prefix : english) {
                QVERIFY2(!title.startsWith(prefix), qPrintable(title));
            }
            for (const QString& word : englishWords) {
                QVERIFY2(!summary.contains(word), qPrintable(summary));
            }
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("order") &&
                title.startsWith(QStringLiteral("订单"))) {
                ++orders;
            }
        }
        QVERIFY(orders > 0);
    }

    // `c360 sync`, `resolve` and `import` run with glibc's allocator on transparent huge pages: the program sets
    // GLIBC_TUNABLES and runs itself again with the same arguments (platform::preferHugePages). Seen from outside
    // while the sync waits on a server that never answers: the running program's environment and arguments.
    void bulkCommandsRunAgainWithHugePages() {
#ifndef Q_OS_LINUX
        QSKIP("glibc's tunables exist on Linux only");
#else
        QTcpServer silent; // accepts (the kernel completes the handshake) and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QFile in(m_backend->sourcesFile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:\\d+")),
                     QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        const QString sources = m_dir.filePath(QStringLiteral("silent.json"));
        QFile out(sources);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const QStringList args{QStringLiteral("sync"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("hp.db")),
                               QStringLiteral("--sources"), sources};
        // The environment and command line of the program once it is syncing (its first request has arrived).
        const auto seenWhileSyncing = [&](const QProcessEnvironment& env) -> std::pair<QByteArray, QByteArray> {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
            if (!p.waitForStarted() || !silent.waitForNewConnection(20'000)) {
                p.kill();
                p.waitForFinished();
                return {};
            }
            delete silent.nextPendingConnection();
            const QString proc = QStringLiteral("/proc/%1/").arg(p.processId());
            QFile environ(proc + QStringLiteral("environ")), cmdline(proc + QStringLiteral("cmdline"));
            std::pair<QByteArray, QByteArray> seen;
            if (environ.open(QIODevice::ReadOnly) && cmdline.open(QIODevice::ReadOnly)) {
                seen = {environ.readAll(), cmdline.readAll()};
            }
            p.kill();
            p.waitForFinished();
            return seen;
        };
        const auto tunables = [](const QByteArray& environ) {
            for (const QByteArray& v : environ.split('\0')) {
                if (v.startsWith("GLIBC_TUNABLES=")) {
                    return v.mid(15);
                }
            }
            return QByteArray("(unset)");
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        env.remove(QStringLiteral("C360_HUGE_PAGES"));
        const auto [environ, cmdline] = seenWhileSyncing(env);
        QCOMPARE(tunables(environ), QByteArray("glibc.malloc.hugetlb=1"));
        QByteArray expected = (testing::BackendProcess::binDir() + QStringLiteral("/c360")).toLocal8Bit();
        for (const QString& a : args) {
            expected += '\0' + a.toLocal8Bit();
        }
        QCOMPARE(cmdline, expected + '\0'); // the same arguments, in the same order

        // Tunables of the user's own are kept. (glibc ends the variable's first tunable with a NUL where the ':' was
        // as it parses a list, so /proc shows "glibc.malloc.arena_max=4" and then "glibc.malloc.hugetlb=1".)
        env.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.arena_max=4"));
        const auto [own, ownCmdline] = seenWhileSyncing(env);
        static constexpr char kKept[] = "GLIBC_TUNABLES=glibc.malloc.arena_max=4\0glibc.malloc.hugetlb=1\0";
        const QByteArray nul(1, '\0');
        QVERIFY2(QByteArray(nul + own).contains(QByteArray(nul + QByteArray(kKept, sizeof kKept - 1))),
                 tunables(own).constData());
        QCOMPARE(ownCmdline, expected + '\0');
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        env.insert(QStringLiteral("C360_HUGE_PAGES"), QStringLiteral("0"));
        QCOMPARE(tunables(seenWhileSyncing(env).first), QByteArray("(unset)"));
#endif
    }

    void badInputGetsAClearMessage() {
        const Run unknown = runC360({QStringLiteral("frobnicate")});
        QVERIFY(unknown.code != 0);

        const Run noCache =
            runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))});
        QCOMPARE(noCache.code, 1);
        QVERIFY(noCache.err.contains(QStringLiteral("no cache")));

        const Run noQuery = runC360({QStringLiteral("search"), QStringLiteral("--db"), m_db});
        QCOMPARE(noQuery.code, 2);

        const Run badLimit = runC360({QStringLiteral("timeline"), QStringLiteral("1"), QStringLiteral("--limit"),
                                      QStringLiteral("lots"), QStringLiteral("--db"), m_db});
        QCOMPARE(badLimit.code, 2);

        // A file that is not a sources file.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"sources\": [ {\"name\": 12");
        f.close();
        const Run badSources =
            runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"), garbage});
        QCOMPARE(badSources.code, 1);
        QVERIFY(!badSources.err.trimmed().isEmpty());

        // Wrong credentials: a failure that says so; the cache keeps everything.
        const auto wrongToken = m_backend->sourcesFileWithToken(QStringLiteral("wrong"), QStringLiteral("wrong.json"));
        QVERIFY(wrongToken.ok());
        const Run before = runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        const Run denied =
            runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"), *wrongToken});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.out.contains(QStringLiteral("401")) || denied.out.contains(QStringLiteral("credential")),
                 qPrintable(denied.out));
        QVERIFY(!denied.out.contains(QStringLiteral("wrong"))); // never echo a secret
        const Run after = runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(after.out, before.out);

        // The backend gone: the sync says it cannot connect, the cache is intact, nothing crashes.
        const QString sources = m_backend->sourcesFile();
        QFile copy(sources);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray text = copy.readAll();
        copy.close();
        const QString offlineSources = m_dir.filePath(QStringLiteral("offline.json"));
        m_backend->stop();
        QFile off(offlineSources);
        QVERIFY(off.open(QIODevice::WriteOnly));
        off.write(text);
        off.close();
        const Run offline = runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--sources"),
                                     offlineSources, QStringLiteral("--json")});
        QCOMPARE(offline.code, 1);
        QCOMPARE(json(offline.out).value(QStringLiteral("offline")).toBool(), true);
        QVERIFY(offline.out.contains(QStringLiteral("connect")));
        const Run stillThere =
            runC360({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(stillThere.out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

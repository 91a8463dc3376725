// `c360 sources list|test NAME` and `c360 quarantine` as a user runs them: the real binary against
// the reference backend over loopback.

#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace c360;
using namespace c360::testing;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runC360(const QStringList& args) {
    QProcess p;
    p.start(BackendProcess::binDir() + QStringLiteral("/c360"), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliSources final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listTestSyncAndQuarantine() {
        BackendProcess::Options options;
        options.customers = 20;
        options.token = QStringLiteral("s3cret-token-value");
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QVERIFY(backend
                    .inject(QStringLiteral("crm"), QStringLiteral("customers"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("CRM-BAD")},
                                        {QStringLiteral("deleted"), false},
                                        {QStringLiteral("updated_at"), QStringLiteral("not a date")}})
                    .ok());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cache.db"));
        const QString sources = backend.sourcesFile();

        Run list = runC360({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--sources"), sources,
                            QStringLiteral("--db"), db});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QLatin1String("crm")) && list.out.contains(QLatin1String("never synced")),
                 qPrintable(list.out));
        QVERIFY(!list.out.contains(options.token));

        Run test = runC360({QStringLiteral("sources"), QStringLiteral("test"), QStringLiteral("crm"),
                            QStringLiteral("--sources"), sources, QStringLiteral("--json")});
        QCOMPARE(test.code, 0);
        const QJsonObject probe = QJsonDocument::fromJson(test.out.toUtf8()).object();
        QVERIFY2(probe.value(QStringLiteral("ok")).toBool(), qPrintable(test.out));
        const QJsonObject first = probe.value(QStringLiteral("streams"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("first_record"))
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
        QVERIFY(first.value(QStringLiteral("source_id")).toString().startsWith(QLatin1String("CRM-")));

        const QString wrong = *backend.sourcesFileWithToken(QStringLiteral("nope-nope"), QStringLiteral("wrong.json"));
        Run denied = runC360({QStringLiteral("sources"), QStringLiteral("test"), QStringLiteral("crm"),
                              QStringLiteral("--sources"), wrong});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.out.contains(QLatin1String("FAILED")) && denied.out.contains(QLatin1String("401")),
                 qPrintable(denied.out));
        QVERIFY(!denied.out.contains(QLatin1String("nope-nope")) && !denied.err.contains(QLatin1String("nope-nope")));

        Run unknown = runC360({QStringLiteral("sources"), QStringLiteral("test"), QStringLiteral("erp"),
                               QStringLiteral("--sources"), sources});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QLatin1String("erp")));
        QCOMPARE(runC360({QStringLiteral("sources"), QStringLiteral("frobnicate")}).code, 2);

        Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--sources"), sources, QStringLiteral("--db"), db,
                            QStringLiteral("--source"), QStringLiteral("crm"), QStringLiteral("--stream"),
                            QStringLiteral("customers"), QStringLiteral("--quiet")});
        QVERIFY2(sync.code == 0, qPrintable(sync.out + sync.err));

        Run quarantine = runC360({QStringLiteral("quarantine"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(quarantine.code, 0);
        const QJsonObject q = QJsonDocument::fromJson(quarantine.out.toUtf8()).object();
        QCOMPARE(q.value(QStringLiteral("total")).toInteger(), 1);
        const QJsonObject bad = q.value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(bad.value(QStringLiteral("source_id")).toString(), QStringLiteral("CRM-BAD"));
        QVERIFY2(bad.value(QStringLiteral("error")).toString().contains(QLatin1String("/updated_at")),
                 qPrintable(bad.value(QStringLiteral("error")).toString()));
        Run text = runC360({QStringLiteral("quarantine"), QStringLiteral("--db"), db, QStringLiteral("--source"),
                            QStringLiteral("shop")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(QLatin1String("0 ")), qPrintable(text.out));

        Run after = runC360({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--sources"), sources,
                             QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(after.code, 0);
        const QJsonArray all =
            QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("sources")).toArray();
        const QJsonObject crm = all.first().toObject();
        QCOMPARE(crm.value(QStringLiteral("name")).toString(), QStringLiteral("crm"));
        const QJsonObject customers = crm.value(QStringLiteral("streams")).toArray().first().toObject();
        QVERIFY(!customers.value(QStringLiteral("last_success")).toString().isEmpty());
        QCOMPARE(customers.value(QStringLiteral("quarantined")).toInteger(), 1);

        // `sources reset NAME --stream S` forgets the stored cursor; a stream the connector lacks is an error.
        const auto storedCheckpoint = [&]() -> QString {
            QString value;
            {
                QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                check.setDatabaseName(db);
                if (check.open()) {
                    QSqlQuery q(check);
                    if (q.exec(QStringLiteral("SELECT coalesce(checkpoint, '') FROM sync_state WHERE source = 'crm' "
                                              "AND stream = 'customers'")) &&
                        q.next()) {
                        value = q.value(0).toString();
                    }
                }
                check.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            return value;
        };
        QVERIFY(!storedCheckpoint().isEmpty());
        Run badReset = runC360({QStringLiteral("sources"), QStringLiteral("reset"), QStringLiteral("crm"),
                                QStringLiteral("--stream"), QStringLiteral("nope"), QStringLiteral("--sources"),
                                sources, QStringLiteral("--db"), db});
        QCOMPARE(badReset.code, 1);
        QVERIFY2(badReset.err.contains(QLatin1String("no stream \"nope\"")), qPrintable(badReset.err));
        QVERIFY(!storedCheckpoint().isEmpty());
        Run reset = runC360({QStringLiteral("sources"), QStringLiteral("reset"), QStringLiteral("crm"),
                             QStringLiteral("--stream"), QStringLiteral("customers"), QStringLiteral("--sources"),
                             sources, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(reset.code == 0, qPrintable(reset.err));
        const QJsonObject resetJson = QJsonDocument::fromJson(reset.out.toUtf8()).object();
        QCOMPARE(resetJson.value(QStringLiteral("reset")).toArray(), QJsonArray{QStringLiteral("customers")});
        QCOMPARE(storedCheckpoint(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliSources)
#include "TestCliSources.moc"

// Personal data at rest: the cache, outbox and audit files are 0600 in a 0700 folder, deleted rows
// are zeroed (secure_delete), and "forget this customer" leaves no byte of them in any file: the
// test greps the raw bytes of the database files (main file and WAL) for the e-mail.
#include "models/AuditLog.h"
#include "models/Database.h"
#include "sync/OutboxStore.h"
#include "tests/support/BackendProcess.h"

#include <QFile>
#include <QFileInfo>
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

Run runC360(const QStringList& args) {
    QProcess p;
    p.start(testing::BackendProcess::binDir() + QStringLiteral("/c360"), args);
    Run r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The files of one SQLite database that may hold its bytes.
QStringList filesOf(const QString& db) {
    return {db, db + QStringLiteral("-wal"), db + QStringLiteral("-journal")};
}

// Which of the files contain `needle` (ASCII case-insensitive: vendors spell e-mails in any case).
QStringList filesContaining(const QStringList& dbs, const QByteArray& needle) {
    QStringList hits;
    for (const QString& db : dbs) {
        for (const QString& file : filesOf(db)) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().toLower().contains(needle.toLower())) {
                hits << QFileInfo(file).fileName();
            }
        }
    }
    return hits;
}

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestForgetCustomer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_cache;
    QString m_outbox;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 40;
        options.seed = 12;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_folder = m_dir.filePath(QStringLiteral("profile/c360")); // does not exist yet
        m_cache = m_folder + QStringLiteral("/cache.db");
        m_outbox = m_folder + QStringLiteral("/outbox.db");
        const Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--db"), m_cache, QStringLiteral("--sources"),
                                  m_backend->sourcesFile(), QStringLiteral("--quiet")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err + sync.out));
    }

    void filesAreTheOwnersOnly() {
        auto cache = Database::open(m_cache, QStringLiteral("perm-cache"));
        QVERIFY(cache.ok());
        QVERIFY(scalar(cache->handle(), QStringLiteral("SELECT count(*) FROM party")) > 0); // the WAL exists now
        const auto outbox = sync::OutboxStore::open(m_outbox, QStringLiteral("perm-outbox"));
        QVERIFY(outbox.ok());
        const auto audit = AuditLog::open(AuditLog::pathBeside(m_cache), QStringLiteral("perm-audit"));
        QVERIFY(audit.ok());
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther;
        QVERIFY((QFile::permissions(m_folder) & others) == 0);
        QVERIFY((QFile::permissions(m_dir.filePath(QStringLiteral("profile"))) & others) == 0);
        for (const QString& file : QStringList{m_cache, m_cache + QStringLiteral("-wal"), m_outbox,
                                               m_outbox + QStringLiteral("-wal"), AuditLog::pathBeside(m_cache)}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2((QFile::permissions(file) & others) == 0, qPrintable(file));
            QVERIFY((QFile::permissions(file) & owner) == owner);
        }
        // A file an older version left readable by others is tightened when opened.
        cache = Error{}; // closes the connection
        QVERIFY(QFile::setPermissions(m_cache, owner | QFile::ReadGroup | QFile::ReadOther));
        {
            auto db = Database::open(m_cache, QStringLiteral("tighten"));
            QVERIFY(db.ok());
            QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA secure_delete")), 1);
        }
        QVERIFY((QFile::permissions(m_cache) & others) == 0);
    }

    void forgetLeavesNoByte() {
        QString email;
        QString phone;
        qint64 party = 0;
        qint64 partiesBefore = 0;
        qint64 spendersBefore = 0; // the value ranking's count of customers with spend
        {
            auto db = Database::open(m_cache, QStringLiteral("pick"));
            QVERIFY(db.ok());
            QSqlQuery q(db->handle());
            QVERIFY(
                q.exec(QStringLiteral("SELECT id, primary_email, primary_phone FROM party WHERE primary_email "
                                      "IS NOT NULL AND primary_phone IS NOT NULL AND lifetime_value > 0 ORDER BY id "
                                      "LIMIT 1")));
            QVERIFY(q.next());
            party = q.value(0).toLongLong();
            email = q.value(1).toString();
            phone = q.value(2).toString();
            partiesBefore = scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party"));
            spendersBefore = scalar(db->handle(), QStringLiteral("SELECT value FROM ltv_quantile WHERE rank = 0"));
            QCOMPARE(spendersBefore,
                     scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE lifetime_value > 0")));
        }
        QVERIFY(!email.isEmpty());
        {
            // Agent writes about the customer: one pushed already, one waiting.
            auto outbox = sync::OutboxStore::open(m_outbox, QStringLiteral("writes"));
            QVERIFY(outbox.ok());
            const QByteArray note = QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                              {QStringLiteral("text"), QStringLiteral("call back")}})
                                        .toJson(QJsonDocument::Compact);
            const auto sent = outbox->enqueue(QStringLiteral("note"), QStringLiteral("email:") + email, party, note);
            QVERIFY(sent.ok());
            QVERIFY(outbox->markSent(sent->id, 200).ok());
            QVERIFY(outbox->enqueue(QStringLiteral("note"), QStringLiteral("email:") + email, party, note).ok());
            QVERIFY(outbox
                        ->enqueue(QStringLiteral("note"), QStringLiteral("email:someone.else@example.com"), party + 1,
                                  "{\"text\":\"other customer\"}")
                        .ok());
        }
        const QStringList dbs{m_cache, m_outbox};
        QVERIFY2(!filesContaining(dbs, email.toUtf8()).isEmpty(), "the e-mail should be on disk before");

        const Run forget = runC360({QStringLiteral("forget"), QString::number(party), QStringLiteral("--yes"),
                                    QStringLiteral("--db"), m_cache, QStringLiteral("--json")});
        QVERIFY2(forget.code == 0, qPrintable(forget.err + forget.out));
        const QJsonObject report = QJsonDocument::fromJson(forget.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("records")).toInteger() > 0);
        QCOMPARE(report.value(QStringLiteral("outbox_items")).toInteger(), 2);

        const QStringList emailHits = filesContaining(dbs, email.toUtf8());
        QVERIFY2(emailHits.isEmpty(), qPrintable(emailHits.join(QLatin1Char(' '))));
        const QStringList phoneHits = filesContaining(dbs, phone.toUtf8());
        QVERIFY2(phoneHits.isEmpty(), qPrintable(phoneHits.join(QLatin1Char(' '))));

        // Everyone else is still there and searchable; the customer is not.
        {
            auto db = Database::open(m_cache, QStringLiteral("after"));
            QVERIFY(db.ok());
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), partiesBefore - 1);
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party_fts")), partiesBefore - 1);
            // Nor does the value ranking the prompts read count them.
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT value FROM ltv_quantile WHERE rank = 0")),
                     spendersBefore - 1);
            auto outbox = sync::OutboxStore::open(m_outbox, QStringLiteral("after-outbox"));
            QCOMPARE(outbox->list()->size(), 1);
        }
        const Run search = runC360({QStringLiteral("search"), email, QStringLiteral("--db"), m_cache});
        QCOMPARE(search.code, 0);
        QVERIFY2(search.out.contains(QStringLiteral("No customer")), qPrintable(search.out));

        // The erasure is audited, by party id only.
        const Run audit = runC360({QStringLiteral("audit"), QStringLiteral("--db"), m_cache, QStringLiteral("--action"),
                                   QStringLiteral("forget"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        QVERIFY(audit.out.contains(QStringLiteral("party:%1").arg(party)));
        QVERIFY(!audit.out.contains(email));
    }

    void refusesWithoutConsentOrParty() {
        const Run noYes = runC360({QStringLiteral("forget"), QStringLiteral("1"), QStringLiteral("--db"), m_cache});
        QCOMPARE(noYes.code, 2);
        QVERIFY(noYes.err.contains(QStringLiteral("--yes")));
        const Run none = runC360({QStringLiteral("forget"), QStringLiteral("999999"), QStringLiteral("--yes"),
                                  QStringLiteral("--db"), m_cache});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no customer")));
    }
};

QTEST_GUILESS_MAIN(TestForgetCustomer)
#include "TestForgetCustomer.moc"

// Sign-out and retention against a real cache synced from the reference backend: `c360 sign-out`
// forgets the signed-in role; with --purge it refuses while notes wait unsent (exit 3, nothing
// changed), keeps or discards them when told, and leaves no byte of a customer's e-mail in any file
// of the profile folder (the test greps every file). File → Sign out… does the same from the window
// (off the UI thread) after asking. Retention erases customers out of scope that nobody opened for N
// days (the audit log's open entries, back-dated here), audited by count only.

#include "app/Application.h"
#include "app/Retention.h"
#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/RoleGrant.h"
#include "sync/OutboxStore.h"
#include "tests/support/BackendProcess.h"
#include "ui/MainWindow.h"
#include "ui/RecentCalls.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
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

// Every file under `folder` that contains `needle` (ASCII case-insensitive).
QStringList filesContaining(const QString& folder, const QByteArray& needle) {
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().toLower().contains(needle.toLower())) {
            hits << QFileInfo(file).fileName();
        }
    }
    return hits;
}

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

template <typename T> T* waitForChild(QWidget* parent, const QString& name) {
    T* found = nullptr;
    return QTest::qWaitFor([&] { return (found = parent->findChild<T*>(name)) != nullptr; }, 10000) ? found : nullptr;
}

} // namespace

class TestSignOut : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_home; // XDG folders of the c360 processes: their recent calls and caches

    Run runC360(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
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

    // A synced profile folder: cache.db, outbox.db, audit.db.
    QString syncedProfile(const QTemporaryDir& dir) {
        const QString cache = dir.filePath(QStringLiteral("profile/cache.db"));
        const Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--db"), cache, QStringLiteral("--sources"),
                                  m_backend->sourcesFile(), QStringLiteral("--quiet")});
        return sync.code == 0 ? cache : QString();
    }

    struct Customer {
        qint64 id = 0;
        QString email;
        QString phone;
        QString crmId;
    };
    static QList<Customer> customers(QSqlDatabase db) {
        QList<Customer> out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT p.id, p.primary_email, p.primary_phone, (SELECT sr.source_id FROM party_link pl "
                              "JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = p.id AND sr.source = "
                              "'crm' LIMIT 1) FROM party p WHERE p.primary_email IS NOT NULL AND p.primary_phone IS "
                              "NOT NULL ORDER BY p.id"));
        while (q.next()) {
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 30;
        options.seed = 21;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(m_home.isValid());
    }

    void cliSignOutPurgesEveryTrace() {
        QTemporaryDir dir;
        const QString cache = syncedProfile(dir);
        QVERIFY(!cache.isEmpty());
        const QString folder = QFileInfo(cache).absolutePath();
        const QString outboxPath = folder + QStringLiteral("/outbox.db");
        Customer a;
        Customer b;
        {
            auto db = Database::open(cache, QStringLiteral("cli-before"));
            QVERIFY(db.ok());
            QCOMPARE(scalar(db->handle(), QStringLiteral("PRAGMA secure_delete")), 1);
            const auto all = customers(db->handle());
            QVERIFY(all.size() > 2);
            a = all.at(0);
            b = all.at(1);
            RoleGrant grant{QStringLiteral("li.na"), QStringLiteral("Li Na"), AccessRole::Field, QStringLiteral("crm"),
                            QDateTime::currentDateTimeUtc()};
            QVERIFY(RoleGrantRepository(db->handle()).save(grant).ok());
            auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("cli-writes"));
            QVERIFY(outbox.ok());
            // About A: one note pushed already, one waiting. The one waiting names A's e-mail too.
            const QByteArray note = QJsonDocument(QJsonObject{{QStringLiteral("email"), a.email},
                                                              {QStringLiteral("text"), QStringLiteral("call back")}})
                                        .toJson(QJsonDocument::Compact);
            const auto sent = outbox->enqueue(QStringLiteral("note"), QStringLiteral("email:") + a.email, a.id, note);
            QVERIFY(sent.ok() && outbox->markSent(sent->id, 200).ok());
            QVERIFY(outbox->enqueue(QStringLiteral("note"), QStringLiteral("email:") + a.email, a.id, note).ok());
            // About B: pushed already.
            const auto sentB = outbox->enqueue(
                QStringLiteral("note"), QStringLiteral("email:") + b.email, b.id,
                QJsonDocument(QJsonObject{{QStringLiteral("email"), b.email}}).toJson(QJsonDocument::Compact));
            QVERIFY(sentB.ok() && outbox->markSent(sentB->id, 200).ok());
        }
        // The window's recent calls and the application's cache folder of the c360 process.
        const QString recent = m_home.filePath(QStringLiteral("data/C360/c360/recent-calls.json"));
        QDir().mkpath(QFileInfo(recent).absolutePath());
        {
            QFile f(recent);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[{\"number\":\"%1\"}]").arg(b.phone).toUtf8());
        }
        QVERIFY(!filesContaining(folder, b.email.toUtf8()).isEmpty()); // on disk before

        // Plain sign-out: the role is forgotten, the data stays.
        Run r = runC360({QStringLiteral("sign-out"), QStringLiteral("--db"), cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("li.na")), qPrintable(r.out));
        {
            auto db = Database::open(cache, QStringLiteral("cli-plain"));
            QVERIFY(!RoleGrantRepository(db->handle()).load()->has_value());
            QVERIFY(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")) > 2);
            QVERIFY(RoleGrantRepository(db->handle())
                        .save({QStringLiteral("li.na"),
                               {},
                               AccessRole::Field,
                               QStringLiteral("crm"),
                               QDateTime::currentDateTimeUtc()})
                        .ok());
        }

        // Purge with a note not sent yet: refused, exit 3, nothing changed.
        r = runC360({QStringLiteral("sign-out"), QStringLiteral("--purge"), QStringLiteral("--db"), cache});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("not sent yet")), qPrintable(r.err));
        {
            auto db = Database::open(cache, QStringLiteral("cli-refused"));
            QVERIFY(RoleGrantRepository(db->handle()).load()->has_value());
            QVERIFY(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")) > 2);
        }
        QVERIFY(QFileInfo::exists(recent));

        // Keep the unsent note: everything else goes. B (nothing unsent) leaves no byte anywhere.
        r = runC360({QStringLiteral("sign-out"), QStringLiteral("--purge"), QStringLiteral("--keep-unsent"),
                     QStringLiteral("--db"), cache, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("purged")).toBool());
        QCOMPARE(report.value(QStringLiteral("outbox_items")).toInteger(), 2); // the two sent ones
        QCOMPARE(report.value(QStringLiteral("unsent")).toInteger(), 1);
        QVERIFY(!QFileInfo::exists(recent));
        {
            auto db = Database::open(cache, QStringLiteral("cli-kept"));
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), 0);
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM source_record")), 0);
            QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party_fts")), 0);
            QVERIFY(!RoleGrantRepository(db->handle()).load()->has_value());
            auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("cli-kept-outbox"));
            QCOMPARE(outbox->list()->size(), 1);
            QCOMPARE(outbox->list()->first().state, QStringLiteral("pending"));
        }
        for (const QString& needle : {b.email, b.phone, b.crmId}) {
            const QStringList hits = filesContaining(folder, needle.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(needle.left(1) + QStringLiteral("… in ") + hits.join(u' ')));
        }
        QVERIFY(filesContaining(m_home.path(), b.phone.toUtf8()).isEmpty());

        // Discarding it too: not one byte of A either.
        r = runC360({QStringLiteral("sign-out"), QStringLiteral("--purge"), QStringLiteral("--force-discard-unsent"),
                     QStringLiteral("--db"), cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList hits = filesContaining(folder, a.email.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));

        // Audited, counts only.
        const Run audit = runC360({QStringLiteral("audit"), QStringLiteral("--db"), cache, QStringLiteral("--action"),
                                   QStringLiteral("purge"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        QVERIFY2(audit.out.contains(QLatin1String("sign-out")), qPrintable(audit.out));
        QVERIFY(!audit.out.contains(a.email) && !audit.out.contains(b.email));

        // Usage errors.
        QCOMPARE(
            runC360({QStringLiteral("sign-out"), QStringLiteral("--keep-unsent"), QStringLiteral("--db"), cache}).code,
            2);
    }

    // File → Sign out… → "Sign out and remove customer data" → "Keep them" (one note unsent).
    void windowSignOut() {
        QTemporaryDir dir;
        const QString cache = syncedProfile(dir);
        QVERIFY(!cache.isEmpty());
        const QString folder = QFileInfo(cache).absolutePath();
        Customer a;
        {
            auto db = Database::open(cache, QStringLiteral("gui-before"));
            a = customers(db->handle()).first();
            QVERIFY(RoleGrantRepository(db->handle())
                        .save({QStringLiteral("wu.fang"),
                               {},
                               AccessRole::Supervisor,
                               QStringLiteral("crm"),
                               QDateTime::currentDateTimeUtc()})
                        .ok());
            auto outbox = sync::OutboxStore::open(folder + QStringLiteral("/outbox.db"), QStringLiteral("gui-writes"));
            QVERIFY(outbox.ok());
            QVERIFY(outbox
                        ->enqueue(QStringLiteral("note"), QStringLiteral("party:%1").arg(a.id), a.id,
                                  "{\"text\":\"unsent note\"}")
                        .ok());
        }
        app::GuiOptions options;
        options.dbPath = cache;
        options.sourcesPath = dir.filePath(QStringLiteral("no-sources.json")); // nothing to sync or push to
        options.syncOnStart = false;
        options.syncIntervalMinutes = 0;
        options.checkIntervalSeconds = 0;
        options.singleInstance = false;
        {
            app::Application workstation(options);
            QVERIFY(workstation.start().ok());
            ui::MainWindow* window = workstation.window();
            QVERIFY(window->isSupervisor());
            QVERIFY(window->openParty(a.id));
            QSignalSpy signedOut(&workstation, &app::Application::signedOut);
            window->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
            auto* ask = waitForChild<QMessageBox>(window, QStringLiteral("signOutDialog"));
            QVERIFY(ask);
            ask->findChild<QAbstractButton*>(QStringLiteral("signOutPurge"))->click();
            auto* unsent = waitForChild<QMessageBox>(window, QStringLiteral("signOutUnsentDialog"));
            QVERIFY(unsent);
            QVERIFY2(unsent->text().contains(QLatin1String("1 item")), qPrintable(unsent->text()));
            unsent->findChild<QAbstractButton*>(QStringLiteral("signOutKeepUnsent"))->click();
            QVERIFY(signedOut.wait(60'000));
            QCOMPARE(signedOut.first().first().toBool(), true);
            QVERIFY(!window->isVisible()); // the window closed
            QVERIFY(!window->isSupervisor());
            QCOMPARE(window->recentCalls()->rowCount(), 0);
        }
        auto db = Database::open(cache, QStringLiteral("gui-after"));
        QVERIFY(!RoleGrantRepository(db->handle()).load()->has_value());
        QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), 0);
        auto outbox = sync::OutboxStore::open(folder + QStringLiteral("/outbox.db"), QStringLiteral("gui-outbox"));
        QCOMPARE(outbox->list()->size(), 1); // the unsent note was kept
        const QStringList hits = filesContaining(folder, a.email.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }

    // retention_days: 30, scope {"city": [one city]}: out-of-scope customers opened 40 days ago or
    // never go; one opened 5 days ago and everyone in the city stay.
    void retentionErasesOldCustomersOutOfScope() {
        QTemporaryDir dir;
        const QString cache = syncedProfile(dir);
        QVERIFY(!cache.isEmpty());
        auto db = Database::open(cache, QStringLiteral("retention"));
        QVERIFY(db.ok());
        QSqlQuery q(db->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT city FROM party WHERE city IS NOT NULL AND city <> '' GROUP BY city "
                                      "ORDER BY count(*) DESC LIMIT 1")) &&
                q.next());
        const QString city = q.value(0).toString();
        q.finish();
        const qint64 all = scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party"));
        const qint64 inScope = scalar(
            db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE coalesce(city, '') = '%1'").arg(city));
        QVERIFY(inScope > 0 && inScope < all - 2);
        const qint64 recent = scalar(
            db->handle(), QStringLiteral("SELECT min(id) FROM party WHERE coalesce(city, '') <> '%1'").arg(city));
        const qint64 old = scalar(
            db->handle(),
            QStringLiteral("SELECT max(id) FROM party WHERE coalesce(city, '') <> '%1' AND primary_email IS NOT NULL")
                .arg(city));
        QString oldEmail;
        QVERIFY(q.exec(QStringLiteral("SELECT primary_email FROM party WHERE id = %1").arg(old)) && q.next());
        oldEmail = q.value(0).toString();
        q.finish();
        QVERIFY(recent > 0 && old > recent && !oldEmail.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto audit = AuditLog::open(AuditLog::pathBeside(cache), QStringLiteral("retention-audit"));
            QVERIFY(audit.ok());
            QVERIFY(audit
                        ->append(QStringLiteral("agent.wu"), AuditAction::Open, QStringLiteral("party:%1").arg(recent),
                                 {}, now.addDays(-5))
                        .ok());
            QVERIFY(audit
                        ->append(QStringLiteral("agent.wu"), AuditAction::Open, QStringLiteral("party:%1").arg(old), {},
                                 now.addDays(-40))
                        .ok());
        }
        // The sources file says so.
        QFile in(m_backend->sourcesFile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject sources = QJsonDocument::fromJson(in.readAll()).object();
        sources.insert(QStringLiteral("retention_days"), 30);
        sources.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("city"), QJsonArray{city}}});
        const QString path = dir.filePath(QStringLiteral("sources-retention.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(sources).toJson());
        out.close();
        const auto policy = app::Retention::fromSourcesFile(path);
        QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
        QVERIFY(policy->has_value());
        QCOMPARE((*policy)->days, 30);

        const auto report = app::Retention::apply(cache, **policy, now);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->purged, all - inScope - 1);
        QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party")), inScope + 1);
        QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE id = %1").arg(recent)), 1);
        QCOMPARE(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM party WHERE id = %1").arg(old)), 0);
        const QStringList hits = filesContaining(QFileInfo(cache).absolutePath(), oldEmail.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));

        // Audited by count; a second run finds nothing more to do.
        auto audit = AuditLog::open(AuditLog::pathBeside(cache), QStringLiteral("retention-check"));
        AuditFilter filter;
        filter.action = QStringLiteral("purge");
        const auto purges = audit->list(filter);
        QVERIFY(purges.ok() && purges->size() == 1);
        QCOMPARE(purges->first().subject, QStringLiteral("retention"));
        QCOMPARE(purges->first().detail.value(QStringLiteral("customers")).toInteger(), report->purged);
        QVERIFY(audit->verify()->intact);
        QCOMPARE(app::Retention::apply(cache, **policy, now)->purged, 0);

        // Off by default; a bad value is a clear error.
        QVERIFY(!app::Retention::fromSourcesFile(m_backend->sourcesFile())->has_value());
        sources.insert(QStringLiteral("retention_days"), QStringLiteral("thirty"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(sources).toJson());
        out.close();
        const auto bad = app::Retention::fromSourcesFile(path);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("retention_days")), qPrintable(bad.error().message));
    }
};

QTEST_MAIN(TestSignOut)
#include "TestSignOut.moc"

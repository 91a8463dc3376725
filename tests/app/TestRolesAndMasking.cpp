// Personal data by role, against a cache synced from the real reference backend: what the window
// (header, search results, event detail, export) and the `c360` command line show to an agent,
// field staff, a supervisor and an auditor; "Reveal" recorded in the audit log before anything is
// shown; and the role that comes from the backend at sign-in (GET /api/v1/me), cached for offline
// use, which --role may lower but not raise.

#include "app/Application.h"
#include "app/AuditRecorder.h"
#include "app/SignInRunner.h"
#include "models/AuditLog.h"
#include "models/PiiMask.h"
#include "models/RoleGrant.h"
#include "models/SearchResultModel.h"
#include "sync/SignIn.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CustomerHeader.h"
#include "ui/EventDetailPane.h"
#include "ui/HistoryExport.h"
#include "ui/MainWindow.h"
#include "ui/PiiGuard.h"
#include "ui/SearchPanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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

QString text(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestRolesAndMasking final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<TempCache> m_cache;
    Normalizer m_normalizer;
    qint64 m_party = 0;
    QString m_email;
    QString m_phone;

    QString contacts(ui::MainWindow& w) const {
        return w.findChild<QLabel*>(QStringLiteral("customerContacts"))->text();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        BackendProcess::Options options;
        options.customers = 40;
        options.seed = 11;
        options.extraArgs = {QStringLiteral("--user"), QStringLiteral("li.na"), QStringLiteral("--role"),
                             QStringLiteral("field")};
        m_backend = std::make_unique<BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<TempCache>();
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());
        m_party = m_cache->scalar(QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON "
                                                 "l.record_id = r.id WHERE r.source = 'crm' AND r.source_id = "
                                                 "'CRM-000001'"));
        QVERIFY(m_party > 0);
        m_email = text(m_cache->db(), QStringLiteral("SELECT primary_email FROM party WHERE id = %1").arg(m_party));
        m_phone = text(m_cache->db(), QStringLiteral("SELECT primary_phone FROM party WHERE id = %1").arg(m_party));
        QVERIFY(m_email.contains(QLatin1Char('@')) && m_phone.startsWith(QLatin1Char('+')));
    }

    void windowMasksPerRole_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<bool>("mayReveal");
        QTest::newRow("agent") << QStringLiteral("agent") << true << true;
        QTest::newRow("field") << QStringLiteral("field") << true << true;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << false << false;
        QTest::newRow("auditor") << QStringLiteral("auditor") << true << false;
    }

    void windowMasksPerRole() {
        QFETCH(QString, role);
        QFETCH(bool, masked);
        QFETCH(bool, mayReveal);
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.setAccessRole(*accessRoleFromName(role));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchPanel()->setQuery(QStringLiteral("CRM-000001"));
        QCOMPARE(window.searchPanel()->resultCount(), 1);

        // Search results: the e-mail and phone columns.
        auto* results = window.searchPanel()->findChild<QTreeView*>();
        QVERIFY(results && results->model());
        const QString listedEmail = results->model()->index(0, SearchResultModel::EmailColumn).data().toString();
        const QString listedPhone = results->model()->index(0, SearchResultModel::PhoneColumn).data().toString();
        QCOMPARE(listedEmail == m_email, !masked);
        QCOMPARE(listedPhone.contains(QLatin1Char('*')), masked);
        QVERIFY(listedPhone.endsWith(m_phone.right(4)));
        if (masked) {
            QCOMPARE(listedEmail, PiiMasker::maskEmail(m_email));
        }

        // Customer header.
        QVERIFY(window.openParty(m_party));
        QCOMPARE(contacts(window).contains(m_email), !masked);
        QCOMPARE(contacts(window).contains(PiiMasker::maskEmail(m_email)), masked);
        auto* reveal = window.findChild<QToolButton*>(QStringLiteral("revealContacts"));
        QVERIFY(reveal);
        QCOMPARE(reveal->isVisible(), masked && mayReveal);

        // Event detail: card numbers for every role, contacts per role.
        TimelineEvent note;
        note.kind = QStringLiteral("note");
        note.title = QStringLiteral("Call note");
        note.summary = QStringLiteral("Paid with 4111 1111 1111 1111, reach her at %1 or %2").arg(m_email, m_phone);
        note.occurredAt = QDateTime::currentDateTimeUtc();
        window.detailPane()->showLocalEvent(note);
        const QString detail = window.detailPane()->plainText();
        QVERIFY2(detail.contains(QLatin1String("**** **** **** 1111")) && !detail.contains(QLatin1String("4111 1111")),
                 qPrintable(detail));
        QCOMPARE(detail.contains(m_email), !masked);
        QCOMPARE(detail.contains(m_phone), !masked);

        // Export (CSV/PDF) takes the same masking.
        const auto exported = ui::HistoryExport::masked({note}, window.piiGuard()->masker());
        QVERIFY(!exported.first().summary.contains(QLatin1String("4111 1111")));
        QCOMPARE(exported.first().summary.contains(m_email), !masked);
    }

    // "Reveal" shows the contacts only once the audit log has the entry; an auditor may not reveal.
    void revealIsAudited() {
        QTemporaryDir dir;
        const QString auditPath = dir.filePath(QStringLiteral("audit.db"));
        ui::MainWindow window(m_cache->db(), m_normalizer);
        window.setAccessRole(AccessRole::Agent);
        window.show();
        QVERIFY(window.openParty(m_party));
        auto* reveal = window.findChild<QToolButton*>(QStringLiteral("revealContacts"));
        QVERIFY(reveal && reveal->isVisible());

        // No audit log: no reveal.
        reveal->click();
        QVERIFY(!contacts(window).contains(m_email));
        QVERIFY(!window.piiGuard()->isRevealed());

        app::AuditRecorder recorder;
        QVERIFY(recorder.open(auditPath).ok());
        recorder.setActor(QStringLiteral("agent.wu"));
        recorder.watch(&window);
        reveal->click();
        QVERIFY2(contacts(window).contains(m_email), qPrintable(contacts(window)));
        QVERIFY(!reveal->isVisible());
        TimelineEvent note;
        note.kind = QStringLiteral("note");
        note.summary = QStringLiteral("card 4111 1111 1111 1111 mail %1").arg(m_email);
        window.detailPane()->showLocalEvent(note);
        QVERIFY(window.detailPane()->plainText().contains(m_email));
        QVERIFY(!window.detailPane()->plainText().contains(QLatin1String("4111 1111"))); // cards stay masked

        auto log = AuditLog::open(auditPath, QStringLiteral("check-audit"));
        QVERIFY(log.ok());
        AuditFilter filter;
        filter.action = QStringLiteral("reveal");
        const auto reveals = log->list(filter);
        QVERIFY(reveals.ok());
        QCOMPARE(reveals->size(), 1);
        QCOMPARE(reveals->first().subject, QStringLiteral("party:%1").arg(m_party));
        QCOMPARE(reveals->first().actor, QStringLiteral("agent.wu"));
        QVERIFY(!QJsonDocument(reveals->first().detail).toJson().contains(m_email.toUtf8()));
        QVERIFY(log->verify()->intact);

        // An export of the history is audited too (by party, without personal data).
        const QString csv = dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(window.exportHistory(csv).ok());
        AuditFilter exports;
        exports.action = QStringLiteral("export");
        const auto exported = log->list(exports);
        QVERIFY(exported.ok() && exported->size() == 1);
        QCOMPARE(exported->first().subject, QStringLiteral("party:%1").arg(m_party));
        QCOMPARE(exported->first().detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));

        // Another customer starts masked again.
        const qint64 other = m_cache->scalar(QStringLiteral("SELECT min(id) FROM party WHERE id <> %1 AND "
                                                            "primary_email IS NOT NULL")
                                                 .arg(m_party));
        QVERIFY(other > 0);
        QVERIFY(window.openParty(other));
        QVERIFY(!window.piiGuard()->isRevealed());
        QVERIFY(contacts(window).contains(QLatin1Char('*')));

        // An auditor cannot reveal, audit log or not.
        window.setAccessRole(AccessRole::Auditor);
        QVERIFY(window.openParty(m_party));
        QVERIFY(!window.piiGuard()->reveal(m_party));
        QVERIFY(!contacts(window).contains(m_email));
        QCOMPARE(log->list(filter)->size(), 1);
    }

    // The command line masks search and timeline output the same way.
    void cliMasksPerRole() {
        const QString db = m_cache->path();
        const QStringList search{QStringLiteral("search"), QStringLiteral("CRM-000001"), QStringLiteral("--db"), db,
                                 QStringLiteral("--json")};
        const Run agent = runC360(search);
        QCOMPARE(agent.code, 0);
        const QJsonObject hit = QJsonDocument::fromJson(agent.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("results"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(hit.value(QStringLiteral("email")).toString(), PiiMasker::maskEmail(m_email));
        QVERIFY(!agent.out.contains(m_email) && !agent.out.contains(m_phone));
        const Run text = runC360({QStringLiteral("timeline"), QString::number(m_party), QStringLiteral("--db"), db});
        QCOMPARE(text.code, 0);
        QVERIFY2(!text.out.contains(m_email) && text.out.contains(PiiMasker::maskEmail(m_email)), qPrintable(text.out));

        // Never signed in: --role is taken as it is (development).
        const Run supervisor = runC360(search + QStringList{QStringLiteral("--role"), QStringLiteral("supervisor")});
        QCOMPARE(supervisor.code, 0);
        QVERIFY(supervisor.out.contains(m_email));
        const Run auditor = runC360(search + QStringList{QStringLiteral("--role"), QStringLiteral("auditor")});
        QVERIFY(!auditor.out.contains(m_email));
    }

    // GET /api/v1/me names the role; it is kept in the cache; --role may lower it, never raise it.
    void roleComesFromTheBackend() {
        QTemporaryDir dir;
        TempCache cache(QStringLiteral("signin-cache"));
        QVERIFY(cache.isValid());
        const auto grant = app::SignInRunner::run(m_backend->sourcesFile(), cache.path());
        QVERIFY2(grant.ok(), grant.ok() ? "" : qPrintable(grant.error().message));
        QVERIFY(grant->has_value());
        QCOMPARE((*grant)->user, QStringLiteral("li.na"));
        QCOMPARE((*grant)->role, AccessRole::Field);
        const auto cached = RoleGrantRepository(cache.db()).load();
        QVERIFY(cached.ok() && cached->has_value());
        QCOMPARE((*cached)->role, AccessRole::Field);
        QCOMPARE((*cached)->source, QStringLiteral("crm"));

        QString refused;
        QCOMPARE(sync::SignIn::effectiveRole(*cached, AccessRole::Supervisor, &refused), AccessRole::Field);
        QVERIFY2(refused.contains(QLatin1String("--role supervisor is refused")), qPrintable(refused));
        refused.clear();
        QCOMPARE(sync::SignIn::effectiveRole(*cached, AccessRole::Agent, &refused), AccessRole::Agent);
        QVERIFY(refused.isEmpty());
        QCOMPARE(sync::SignIn::effectiveRole(*cached, std::nullopt), AccessRole::Field);

        // Offline (no sign-in at start): the window takes the cached grant; --role supervisor is refused.
        app::GuiOptions options;
        options.dbPath = cache.path();
        options.sourcesPath = m_backend->sourcesFile();
        options.syncOnStart = false;
        options.syncIntervalMinutes = 0;
        options.singleInstance = false;
        options.role = QStringLiteral("supervisor");
        {
            app::Application workstation(options);
            QVERIFY(workstation.start().ok());
            QVERIFY(!workstation.window()->isSupervisor());
            QCOMPARE(workstation.window()->piiGuard()->role(), AccessRole::Field);
        }

        // The command line holds to the grant as well.
        const QStringList search{
            QStringLiteral("search"), QStringLiteral("CRM-000001"), QStringLiteral("--db"),      m_cache->path(),
            QStringLiteral("--json"), QStringLiteral("--role"),     QStringLiteral("supervisor")};
        QVERIFY(RoleGrantRepository(m_cache->db()).save(**cached).ok());
        const Run refusedCli = runC360(search);
        QCOMPARE(refusedCli.code, 0);
        QVERIFY(!refusedCli.out.contains(m_email));
        QVERIFY2(refusedCli.err.contains(QLatin1String("--role supervisor is refused")), qPrintable(refusedCli.err));
        QVERIFY(RoleGrantRepository(m_cache->db()).clear().ok());

        // A token the backend does not know: a plain message, and the cached grant stays.
        const auto wrong = m_backend->sourcesFileWithToken(QStringLiteral("not-a-token"), QStringLiteral("bad.json"));
        QVERIFY(wrong.ok());
        const auto failed = app::SignInRunner::run(*wrong, cache.path());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("refused the sign-in (HTTP 401)")),
                 qPrintable(failed.error().message));
        QCOMPARE((*RoleGrantRepository(cache.db()).load())->role, AccessRole::Field);
    }

    // At start with a sources file, the window signs in and takes the backend's role.
    void windowSignsInAtStart() {
        BackendProcess::Options options;
        options.customers = 5;
        options.extraArgs = {QStringLiteral("--role"), QStringLiteral("supervisor")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache(QStringLiteral("start-cache"));
        QVERIFY(cache.isValid());
        app::GuiOptions gui;
        gui.dbPath = cache.path();
        gui.sourcesPath = backend.sourcesFile();
        gui.syncIntervalMinutes = 0;
        gui.singleInstance = false;
        app::Application workstation(gui);
        QVERIFY(workstation.start().ok());
        QVERIFY(!workstation.window()->isSupervisor()); // nothing granted yet: an agent
        QTRY_VERIFY_WITH_TIMEOUT(workstation.window()->isSupervisor(), 30000);
        QCOMPARE(workstation.window()->piiGuard()->role(), AccessRole::Supervisor);
        QCOMPARE((*RoleGrantRepository(cache.db()).load())->user, QStringLiteral("demo"));
    }

    // With --no-sync the window still asks the backend who signs in (nothing is synced); offline the
    // cached grant holds and the status bar says so.
    void windowSignsInWithNoSync() {
        BackendProcess::Options options;
        options.customers = 5;
        options.extraArgs = {QStringLiteral("--user"), QStringLiteral("sup.li"), QStringLiteral("--role"),
                             QStringLiteral("supervisor")};
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        TempCache cache(QStringLiteral("nosync-cache"));
        QVERIFY(cache.isValid());
        app::GuiOptions gui;
        gui.dbPath = cache.path();
        gui.sourcesPath = backend.sourcesFile();
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        gui.checkIntervalSeconds = 0;
        gui.singleInstance = false;
        {
            app::Application workstation(gui);
            QVERIFY(workstation.start().ok());
            QVERIFY(!workstation.window()->isSupervisor());
            QTRY_VERIFY_WITH_TIMEOUT(workstation.window()->isSupervisor(), 30000);
            QCOMPARE((*RoleGrantRepository(cache.db()).load())->user, QStringLiteral("sup.li"));
            QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM party")), 0); // no sync ran
        }
        backend.stop();
        {
            app::Application workstation(gui);
            QVERIFY(workstation.start().ok());
            QVERIFY(workstation.window()->isSupervisor()); // the cached grant, at once
            QTRY_VERIFY_WITH_TIMEOUT(workstation.window()->statusBar()->currentMessage().contains(
                                         QLatin1String("Working with the role of the last sign-in")),
                                     30000);
            QVERIFY(workstation.window()->isSupervisor());
        }
    }
};

QTEST_MAIN(TestRolesAndMasking)
#include "TestRolesAndMasking.moc"

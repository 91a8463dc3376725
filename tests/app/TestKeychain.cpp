// Credentials in the OS keychain under a real Secret Service (GNOME Keyring in a D-Bus session of
// the test's own, unlocked with a test password), and the plain message where no keychain service
// runs. Run by CTest as one test: without C360_KEYCHAIN_EXPECT it starts itself twice through
// tests/sync/keychain-session.sh ("running", then "absent").

#include "sync/Keychain.h"
#include "sync/SourcesFile.h"
#include "tests/support/BackendProcess.h"
#include "ui/CredentialsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace c360;
using namespace c360::testing;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runC360(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(BackendProcess::binDir() + QStringLiteral("/c360"), args);
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString mode() {
    return qEnvironmentVariable("C360_KEYCHAIN_EXPECT");
}

// Does any file under `dir` hold `needle`?
bool anyFileContains(const QString& dir, const QByteArray& needle) {
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}

struct Written {
    bool done = false;
    sync::Keychain::Failure failure;
};

} // namespace

class TestKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void underBothSessions_data() {
        QTest::addColumn<QString>("session");
        QTest::newRow("Secret Service running") << QStringLiteral("running");
        QTest::newRow("no keychain service") << QStringLiteral("absent");
    }

    void underBothSessions() {
        if (!mode().isEmpty()) {
            QSKIP("inside a session already");
        }
        QFETCH(QString, session);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(C360_KEYCHAIN_SESSION), {session, QCoreApplication::applicationFilePath()});
        QVERIFY(p.waitForFinished(400000));
        const QString output = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Totals:")) && !output.contains(QLatin1String("FAIL!")),
                 qPrintable(output));
    }

    // c360 sources set-secret stores the token; a sync with "secret": "keychain:NAME" authenticates with it.
    void storeThenSyncAuthenticates() {
        if (mode() != QLatin1String("running")) {
            QSKIP("needs the Secret Service session");
        }
        BackendProcess::Options options;
        options.customers = 20;
        options.token = QStringLiteral("kc-token-6f1e");
        BackendProcess backend(options);
        QVERIFY(backend.start().ok());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cache.db"));
        const auto sources =
            backend.sourcesFileWithToken(QStringLiteral("keychain:c360-test-crm"), QStringLiteral("keychain.json"));
        QVERIFY(sources.ok());
        const QStringList sync{QStringLiteral("sync"),
                               QStringLiteral("--sources"),
                               *sources,
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--source"),
                               QStringLiteral("crm"),
                               QStringLiteral("--quiet")};

        const Run before = runC360(sync);
        QVERIFY2(before.code != 0, qPrintable(before.out + before.err));
        QVERIFY2(before.err.contains(QLatin1String("The keychain has no secret named \"c360-test-crm\"")),
                 qPrintable(before.err));

        const Run stored =
            runC360({QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("c360-test-crm")},
                    options.token.toUtf8() + '\n');
        QVERIFY2(stored.code == 0, qPrintable(stored.out + stored.err));
        QVERIFY2(stored.out.contains(QLatin1String("keychain:c360-test-crm")), qPrintable(stored.out));
        QVERIFY(!stored.out.contains(options.token) && !stored.err.contains(options.token));

        const Run synced = runC360(sync);
        QVERIFY2(synced.code == 0, qPrintable(synced.out + synced.err));
        const Run stats = runC360({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QVERIFY2(counts.value(QStringLiteral("crm")).toObject().value(QStringLiteral("customers")).toInt() >= 20,
                 qPrintable(stats.out));

        // A wrong secret in the keychain: the backend refuses it, and the message says so.
        QCOMPARE(runC360({QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("c360-test-crm")},
                         "not-the-token\n")
                     .code,
                 0);
        const Run denied = runC360({QStringLiteral("sources"), QStringLiteral("test"), QStringLiteral("crm"),
                                    QStringLiteral("--sources"), *sources});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.out.contains(QLatin1String("401")), qPrintable(denied.out + denied.err));
        QVERIFY(!denied.out.contains(QLatin1String("not-the-token")));

        const Run removed =
            runC360({QStringLiteral("sources"), QStringLiteral("delete-secret"), QStringLiteral("c360-test-crm")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QCOMPARE(
            runC360({QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("c360-test-crm")}, "\n")
                .code,
            2); // nothing on stdin: nothing stored
        // Bad names are refused before the keychain is asked.
        QCOMPARE(runC360({QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("a b")}, "x\n").code,
                 2);
    }

    // The asynchronous API in process: write, read back, and a worker thread's lookup served by a job
    // on this (the application) thread while its event loop runs.
    void asyncApiAndWorkerLookup() {
        if (mode() != QLatin1String("running")) {
            QSKIP("needs the Secret Service session");
        }
        Written written;
        sync::Keychain::write(QStringLiteral("c360-test-async"), QStringLiteral("s3cr3t-async"), this,
                              [&](const QString&, const sync::Keychain::Failure& f) {
                                  written.failure = f;
                                  written.done = true;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(written.done, 30000);
        QVERIFY2(written.failure.problem == sync::Keychain::Problem::None, qPrintable(written.failure.error.message));

        sync::Keychain::forgetSession(); // what follows must ask the keychain, not this process's memory
        QString readBack;
        bool read = false;
        sync::Keychain::read(QStringLiteral("c360-test-async"), this,
                             [&](const QString&, const QString& secret, const sync::Keychain::Failure&) {
                                 readBack = secret;
                                 read = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
        QCOMPARE(readBack, QStringLiteral("s3cr3t-async"));

        sync::Keychain::forgetSession();
        std::optional<Result<QString>> fromWorker;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { fromWorker = sync::Keychain::lookup(QStringLiteral("c360-test-async")); }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 60000);
        QVERIFY(fromWorker.has_value() && fromWorker->ok());
        QCOMPARE(**fromWorker, QStringLiteral("s3cr3t-async"));

        bool missing = false;
        sync::Keychain::Problem problem = sync::Keychain::Problem::None;
        sync::Keychain::read(QStringLiteral("c360-test-never-stored"), this,
                             [&](const QString&, const QString&, const sync::Keychain::Failure& f) {
                                 problem = f.problem;
                                 missing = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(missing, 30000);
        QCOMPARE(int(problem), int(sync::Keychain::Problem::NotFound));
    }

    // File → Sign in / credentials… stores into the keychain; the sources file then resolves it.
    void dialogStoresInTheKeychain() {
        if (mode() != QLatin1String("running")) {
            QSKIP("needs the Secret Service session");
        }
        QTemporaryDir dir;
        QFile sources(dir.filePath(QStringLiteral("sources.json")));
        QVERIFY(sources.open(QIODevice::WriteOnly));
        sources.write(R"({"sources":[{"name":"crm","manifest":"c360-crm","base_url":"http://127.0.0.1:1",)"
                      R"("auth":{"type":"bearer","secret":"keychain:c360-test-dialog"}}]})");
        sources.close();
        ui::CredentialsDialog dialog(sources.fileName());
        auto* name = dialog.findChild<QComboBox*>(QStringLiteral("credentialName"));
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("credentialSecret"));
        auto* store = dialog.findChild<QPushButton*>(QStringLiteral("credentialStore"));
        QVERIFY(name && secret && store);
        QCOMPARE(name->currentText(), QStringLiteral("c360-test-dialog")); // offered from the sources file
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog.show();
        store->click();
        QVERIFY(dialog.statusText().contains(QLatin1String("Type the token"))); // nothing typed yet
        QSignalSpy stored(&dialog, &ui::CredentialsDialog::stored);
        secret->setText(QStringLiteral("typed-in-dialog"));
        store->click();
        QVERIFY(stored.wait(30000));
        QCOMPARE(stored.first().at(1).toBool(), false); // in the keychain, not only for this session
        QVERIFY(secret->text().isEmpty());
        sync::Keychain::forgetSession();
        const auto parsed = sync::SourcesFile::load(sources.fileName()); // no event loop runs: reads afresh
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->first().auth.secret, QStringLiteral("typed-in-dialog"));
    }

    // No keychain service: the command line says so and stores nothing anywhere.
    void noServiceIsSaidPlainly() {
        if (mode() != QLatin1String("absent")) {
            QSKIP("needs a session without a keychain service");
        }
        const Run stored =
            runC360({QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("c360-test-crm")},
                    "plain-secret-71c2\n");
        QCOMPARE(stored.code, 1);
        QVERIFY2(stored.err.contains(QLatin1String("No keychain service is running")) &&
                     stored.err.contains(QLatin1String("Nothing was stored.")),
                 qPrintable(stored.err));
        QVERIFY(!anyFileContains(qEnvironmentVariable("HOME"), "plain-secret-71c2"));

        QTemporaryDir dir;
        QFile sources(dir.filePath(QStringLiteral("sources.json")));
        QVERIFY(sources.open(QIODevice::WriteOnly));
        sources.write(R"({"sources":[{"name":"crm","manifest":"c360-crm","base_url":"http://127.0.0.1:1",)"
                      R"("auth":{"type":"bearer","secret":"keychain:c360-test-crm"}}]})");
        sources.close();
        const Run sync = runC360({QStringLiteral("sync"), QStringLiteral("--sources"), sources.fileName(),
                                  QStringLiteral("--db"), dir.filePath(QStringLiteral("cache.db"))});
        QVERIFY(sync.code != 0);
        QVERIFY2(sync.err.contains(QLatin1String("source \"crm\" auth: No keychain service is running")),
                 qPrintable(sync.err));
    }

    // No keychain service: the dialog asks before keeping the secret, and then only in memory.
    void dialogAsksBeforeTheSessionFallback() {
        if (mode() != QLatin1String("absent")) {
            QSKIP("needs a session without a keychain service");
        }
        for (const bool keep : {false, true}) {
            ui::CredentialsDialog dialog(QString{});
            dialog.findChild<QComboBox*>(QStringLiteral("credentialName"))->setEditText(QStringLiteral("field-token"));
            dialog.findChild<QLineEdit*>(QStringLiteral("credentialSecret"))->setText(QStringLiteral("held-in-memory"));
            dialog.show();
            QSignalSpy stored(&dialog, &ui::CredentialsDialog::stored);
            QSignalSpy failed(&dialog, &ui::CredentialsDialog::storeFailed);
            dialog.findChild<QPushButton*>(QStringLiteral("credentialStore"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.fallbackQuestion() && dialog.fallbackQuestion()->isVisible(), 30000);
            QMessageBox* question = dialog.fallbackQuestion();
            QVERIFY(question->text().contains(QLatin1String("No keychain service is running")));
            QVERIFY(stored.isEmpty()); // nothing kept before the answer
            QVERIFY(!sync::Keychain::lookup(QStringLiteral("field-token")).ok());
            if (keep) {
                question->findChild<QPushButton*>(QStringLiteral("keychainFallbackKeep"))->click();
                QTRY_COMPARE(stored.size(), 1);
                QCOMPARE(stored.first().at(1).toBool(), true);
                const auto held = sync::Keychain::lookup(QStringLiteral("field-token"));
                QVERIFY(held.ok());
                QCOMPARE(*held, QStringLiteral("held-in-memory"));
                QVERIFY(dialog.statusText().contains(QLatin1String("this session only")));
            } else {
                question->button(QMessageBox::Cancel)->click();
                QTRY_COMPARE(failed.size(), 1);
                QVERIFY(stored.isEmpty());
                QVERIFY(!sync::Keychain::lookup(QStringLiteral("field-token")).ok());
            }
        }
        QVERIFY(!anyFileContains(qEnvironmentVariable("HOME"), "held-in-memory"));
        sync::Keychain::forgetSession();
    }
};

QTEST_MAIN(TestKeychain)
#include "TestKeychain.moc"

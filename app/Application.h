#pragma once

#include "app/PopRequest.h"
#include "models/Database.h"
#include "models/Normalize.h"
#include "models/RoleGrant.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTimer;

namespace c360 {
class WriterLane;
struct IdentityDecision;
namespace sync {
class OutboxController;
class OutboxStore;
} // namespace sync
class SyncController;
struct SyncProgress;
struct SyncReport;
} // namespace c360

namespace c360::ui {
class MainWindow;
class SourcesDialog;
} // namespace c360::ui

namespace c360::app {

class AuditRecorder;
class Connectivity;
class IdentityWorker;
class KeychainGate;
class SingleInstance;

struct GuiOptions {
    QString dbPath;
    QString outboxPath; // default: outbox.db beside the cache (a separate file: it survives a cache reset)
    QString sourcesPath;
    QString language; // "", "en", "zh_CN", "zh_TW"
    QString region = QStringLiteral("CN");
    bool syncOnStart = true;
    int syncIntervalMinutes = 5;   // 0: only on demand
    int checkIntervalSeconds = 5;  // connection check while online (offline: every 3 s); 0: off
    QString openQuery;             // search this at start (e.g. a phone number)
    std::optional<PopRequest> pop; // a call to pop at start (--pop-ani, c360://pop?…, tel:…)
    bool singleInstance = true;    // listen for pops from `c360 pop` and URL handlers
    // --role: a development override of the role the backend granted at sign-in, which it may only
    // lower (app/SignInRunner.h); "" = the granted role. agent | supervisor | field | auditor.
    QString role;
};

// Wires the workstation together: the UI thread's cache connection, the main window and the
// sync controller (its own thread and connection). Owns all of them.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    explicit Application(GuiOptions options, QObject* parent = nullptr);

    // Declares the window's command-line options on `parser` (also printed by `c360 --help`,
    // which needs no display).
    static void describeOptions(QCommandLineParser& parser);
    ~Application() override;

    // Opens the cache and shows the window; a human message on failure.
    Status start();
    ui::MainWindow* window() const;
    ui::SourcesDialog* sourcesDialog() const;
    AuditRecorder* auditRecorder() const { return m_audit; }

    // File → Sign out… (MainWindow asks first): forgets the signed-in user and role; with `purge`
    // removes the local customer data too (app/SignOut.h), off the UI thread, after a running sync.
    // The window closes when done; signedOut() says how it went.
    void signOut(bool purge, bool discardUnsent);

Q_SIGNALS:
    void signedOut(bool ok);

public:
    static GuiOptions parseArguments(const QStringList& arguments, QString* error);
    static void installTranslations(const QString& language);

private:
    void startSync();
    void onProgress(const SyncProgress& progress);
    void onFinished(const SyncReport& report);
    void onFailed(const QString& message);
    void onPop(const PopRequest& request);
    void startOutbox(const QString& outboxPath);
    // Settings → Sources (also by itself on a first run: no sources file and an empty cache).
    void openSources();
    void openCredentials();                                // File → Sign in / credentials…
    void applyRole(const std::optional<RoleGrant>& grant); // the grant lowered by --role → the window
    void signIn();                                         // off the UI thread; the grant is cached
    void applyRetention(); // retention_days in the sources file: off the UI thread (app/Retention.h)
    void pushDecision(const IdentityDecision& decision); // merge/split → outbox
    // Identity writes (merge/split/undo) take their turn on the writer lane: never beside a sync or a load.
    void writeIdentity(std::function<void()> job);
    void releaseIdentity(); // IdentityWorker answered
    void signOutNow(bool purge, bool discardUnsent, const std::function<void()>& release);

    GuiOptions m_options;
    Normalizer m_normalizer;
    std::optional<Database> m_db;
    std::unique_ptr<sync::OutboxStore> m_outbox;
    QPointer<sync::OutboxController> m_pusher;
    QPointer<QWidget> m_syncPanel;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<SyncController> m_sync;
    QTimer* m_syncTimer = nullptr;
    SingleInstance* m_instance = nullptr;
    IdentityWorker* m_identity = nullptr;
    Connectivity* m_online = nullptr;
    bool m_signingOut = false;
    // One writer at a time on the cache (models/WriterLane.h): sync, merge/split, loads, retention, sign-out.
    WriterLane* m_lane = nullptr;
    std::function<void()> m_syncRelease;             // the running sync's turn on the lane
    QList<std::function<void()>> m_identityReleases; // the running merge/split/undo's turn
    AuditRecorder* m_audit = nullptr;
    KeychainGate* m_keychain = nullptr;
    QPointer<ui::SourcesDialog> m_sourcesDialog;
    QString m_outboxPath;
};

} // namespace c360::app

#include "Application.h"

#include "app/AuditRecorder.h"
#include "app/Cli.h"
#include "app/Connectivity.h"
#include "app/IdentityWorker.h"
#include "app/KeychainGate.h"
#include "app/OpenOnDemand.h"
#include "app/OutboxTarget.h"
#include "app/Retention.h"
#include "app/SignInRunner.h"
#include "app/SignOut.h"
#include "app/SingleInstance.h"
#include "models/AuditLog.h"
#include "models/SyncStateRepository.h"
#include "models/WriterLane.h"
#include "sync/OutboxController.h"
#include "sync/OutboxStore.h"
#include "sync/SignIn.h"
#include "sync/SyncController.h"
#include "ui/CredentialsDialog.h"
#include "ui/DataQualityView.h"
#include "ui/MainWindow.h"
#include "ui/PiiGuard.h"
#include "ui/RecentCalls.h"
#include "ui/SearchPanel.h"
#include "ui/SourcesDialog.h"
#include "ui/SyncPanel.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TakeOfflineDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace c360::app {

Application::Application(GuiOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_normalizer(IdentityConfig{m_options.region, {QStringLiteral("US")}})
    , m_syncTimer(new QTimer(this)) {}

Application::~Application() {
    if (m_sync) {
        m_sync->cancel();
    }
    // The window goes first (it uses the UI connection); the controller, a child of this object,
    // interrupts, quits and waits for its thread in its own destructor.
    m_window.reset();
    m_outbox.reset();
}

ui::MainWindow* Application::window() const {
    return m_window.get();
}

void Application::describeOptions(QCommandLineParser& p) {
    p.setApplicationDescription(QCoreApplication::translate("Application", "C360 Workstation"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        {QStringLiteral("db"), QCoreApplication::translate("Application", "The cache file."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("outbox"),
                 QCoreApplication::translate("Application", "The outbox file (default: outbox.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("sources"), QCoreApplication::translate("Application", "The sources file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("lang"), QCoreApplication::translate("Application", "UI language: en, zh_CN or zh_TW."),
                 QStringLiteral("LANG")});
    p.addOption({QStringLiteral("region"),
                 QCoreApplication::translate("Application", "Default phone region (default CN)."), QStringLiteral("CC"),
                 QStringLiteral("CN")});
    p.addOption({QStringLiteral("role"),
                 QCoreApplication::translate("Application",
                                             "Development override of the signed-in role: agent, supervisor, field "
                                             "or auditor; it may only lower the role the backend granted."),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("no-sync"), QCoreApplication::translate("Application", "Do not sync at start.")});
    p.addOption({QStringLiteral("sync-interval"),
                 QCoreApplication::translate("Application", "Minutes between background syncs (0: off, default 5)."),
                 QStringLiteral("MIN"), QStringLiteral("5")});
    p.addOption({QStringLiteral("check-interval"),
                 QCoreApplication::translate("Application",
                                             "Seconds between connection checks while online (0: off, default 5)."),
                 QStringLiteral("SEC"), QStringLiteral("5")});
    p.addOption({QStringLiteral("search"), QCoreApplication::translate("Application", "Search this at start."),
                 QStringLiteral("QUERY")});
    p.addOption({QStringLiteral("pop-ani"), QCoreApplication::translate("Application", "Pop this caller at start."),
                 QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("pop-call-id"), QCoreApplication::translate("Application", "Call id of the pop."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("pop-queue"), QCoreApplication::translate("Application", "Queue of the pop."),
                 QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("pop-dnis"), QCoreApplication::translate("Application", "Dialled number of the pop."),
                 QStringLiteral("NUMBER")});
    p.addPositionalArgument(QStringLiteral("url"),
                            QCoreApplication::translate("Application", "A c360://pop?ani=… or tel: link to pop."));
}

GuiOptions Application::parseArguments(const QStringList& arguments, QString* error) {
    QCommandLineParser p;
    describeOptions(p);
    GuiOptions o;
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        p.showHelp(0);
    }
    if (p.isSet(QStringLiteral("version"))) {
        p.showVersion();
    }
    o.dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    o.outboxPath = p.value(QStringLiteral("outbox"));
    o.sourcesPath = p.isSet(QStringLiteral("sources")) ? p.value(QStringLiteral("sources")) : defaultSourcesPath();
    o.language = p.value(QStringLiteral("lang"));
    o.region = p.value(QStringLiteral("region")).toUpper();
    o.syncOnStart = !p.isSet(QStringLiteral("no-sync"));
    bool ok = false;
    o.syncIntervalMinutes = p.value(QStringLiteral("sync-interval")).toInt(&ok);
    if (!ok || o.syncIntervalMinutes < 0) {
        *error = QCoreApplication::translate("Application", "--sync-interval takes a number of minutes (0 or more).");
    }
    o.checkIntervalSeconds = p.value(QStringLiteral("check-interval")).toInt(&ok);
    if (!ok || o.checkIntervalSeconds < 0) {
        *error = QCoreApplication::translate("Application", "--check-interval takes a number of seconds (0 or more).");
    }
    o.openQuery = p.value(QStringLiteral("search"));
    o.role = p.value(QStringLiteral("role")).toLower();
    if (!o.role.isEmpty() && !accessRoleFromName(o.role)) {
        *error = QCoreApplication::translate("Application", "--role is agent, supervisor, field or auditor.");
    }
    if (p.isSet(QStringLiteral("pop-ani"))) {
        o.pop = PopRequest{p.value(QStringLiteral("pop-ani")), p.value(QStringLiteral("pop-call-id")),
                           p.value(QStringLiteral("pop-queue")), p.value(QStringLiteral("pop-dnis"))};
    }
    for (const QString& positional : p.positionalArguments()) {
        QString urlError;
        const auto fromUrl = PopRequest::fromUrl(positional, &urlError);
        if (!urlError.isEmpty()) {
            *error = urlError;
        } else if (fromUrl) {
            o.pop = *fromUrl;
        } else {
            *error = QCoreApplication::translate("Application", "Unexpected argument “%1”.").arg(positional);
        }
    }
    return o;
}

void Application::installTranslations(const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(QCoreApplication::instance());
    // English is the source language; its catalogue holds the plural forms ("1 item", "3 items"). A system
    // locale with no catalogue of its own (C, POSIX, fr_FR...) reads English.
    if (own->load(locale, QStringLiteral("c360"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("c360_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

Status Application::start() {
    auto db = Database::open(m_options.dbPath, QStringLiteral("ui"));
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(*db));
    m_window = std::make_unique<ui::MainWindow>(m_db->handle(), m_normalizer);
    m_window->setCachePath(m_options.dbPath);
    const QString outboxPath = m_options.outboxPath.isEmpty()
                                   ? QFileInfo(m_options.dbPath).absolutePath() + QStringLiteral("/outbox.db")
                                   : m_options.outboxPath;
    m_outboxPath = outboxPath;
    m_keychain = new KeychainGate(m_options.sourcesPath, this);
    connect(m_keychain, &KeychainGate::problem, m_window.get(),
            [this](const QString& m) { m_window->showMessage(m, 0); });
    if (auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("ui-outbox"))) {
        m_outbox = std::make_unique<sync::OutboxStore>(std::move(*outbox));
        m_window->setOutbox(m_outbox.get());
        m_keychain->whenReady([this, outboxPath] { startOutbox(outboxPath); });
    } else {
        m_window->showMessage(tr("Notes and wrap-ups are off: %1").arg(outbox.error().message), 0);
    }
    const auto grant = RoleGrantRepository(m_db->handle()).load(); // the last sign-in holds offline
    if (!grant) {
        m_window->showMessage(grant.error().message, 0);
    }
    applyRole(grant ? *grant : std::nullopt);
    m_audit = new AuditRecorder(this);
    if (grant && grant->has_value()) {
        m_audit->setActor((*grant)->user);
    }
    if (Status audit = m_audit->open(AuditLog::pathBeside(m_options.dbPath)); audit) {
        m_audit->watch(m_window.get());
        connect(m_audit, &AuditRecorder::failed, m_window.get(),
                [this](const QString& message) { m_window->showMessage(tr("Not audited: %1").arg(message), 0); });
    } else {
        m_window->showMessage(tr("The audit log is off: %1").arg(audit.error().message), 0);
    }
    ui::SyncStatusWidget* status = m_window->syncStatus();
    if (const auto last = SyncStateRepository(m_db->handle()).lastSuccessfulSync()) {
        status->setLastSync(*last);
    }

    m_lane = new WriterLane(this);
    m_identity = new IdentityWorker(m_options.dbPath, this);
    const QString actor = qEnvironmentVariable("USER", QStringLiteral("supervisor"));
    connect(m_window.get(), &ui::MainWindow::identityMergeRequested, this,
            [this, actor](qint64 a, qint64 b, const QString& reason) {
                writeIdentity([this, a, b, actor, reason] { m_identity->merge(a, b, actor, reason); });
            });
    connect(m_window.get(), &ui::MainWindow::identityUndoRequested, this,
            [this](qint64 decisionId, const QString& reason) {
                writeIdentity([this, decisionId, reason] { m_identity->undo(decisionId, reason); });
            });
    connect(m_window.get(), &ui::MainWindow::identitySplitRequested, this, [this, actor](qint64 recordId) {
        writeIdentity([this, recordId, actor] { m_identity->split(recordId, actor); });
    });
    connect(m_window.get(), &ui::MainWindow::dataQualityRequested, m_identity, &IdentityWorker::loadDataQuality);
    connect(m_identity, &IdentityWorker::decided, this,
            [this](bool ok, const QString& message, const IdentityDecision& decision, qint64 decisionId) {
                m_window->identityDecisionDone(ok, message);
                if (ok) {
                    m_audit->recordDecision(decision, decisionId);
                    pushDecision(decision);
                    if (m_window->dataQualityView()->isVisible()) {
                        m_identity->loadDataQuality(); // the pair is gone, the decision listed
                    }
                }
                releaseIdentity(); // a sync or load that waited for the merge/split starts now
            });
    connect(m_identity, &IdentityWorker::undone, this,
            [this](bool ok, const QString& message, qint64 decisionId, const IdentityDecision& decision,
                   const QString& reason) {
                m_window->identityDecisionDone(ok, message);
                if (ok) {
                    m_audit->recordUndo(decisionId, decision, reason);
                    if (m_window->dataQualityView()->isVisible()) {
                        m_identity->loadDataQuality();
                    }
                }
                releaseIdentity(); // a sync or load that waited for the undo starts now
            });
    connect(m_identity, &IdentityWorker::dataQualityReady, this, [this](const IdentityWorker::DataQuality& q) {
        m_window->dataQualityView()->setSuspectedDuplicates(q.duplicates);
        m_window->dataQualityView()->setInvalidContacts(q.invalid);
        m_window->dataQualityView()->setConflictingValues(q.conflicts);
        m_window->dataQualityView()->setDecisions(q.decisions);
        if (!q.error.isEmpty()) {
            m_window->showMessage(q.error, 0);
        }
    });

    m_sync = new SyncController(this);
    connect(m_sync, &SyncController::progress, this, &Application::onProgress);
    connect(m_sync, &SyncController::finished, this, &Application::onFinished);
    connect(m_sync, &SyncController::failed, this, &Application::onFailed);
    connect(status, &ui::SyncStatusWidget::syncRequested, this, &Application::startSync);
    m_online = new Connectivity(
        m_window.get(), [this] { startSync(); }, this);
    m_online->setPusher(m_pusher);
    m_online->start(m_options.sourcesPath, std::chrono::seconds(m_options.checkIntervalSeconds));
    // The sync panel (per stream status, quarantine, outbox) opens from the window's menu.
    auto* panel = new ui::SyncPanel(m_sync, m_options.sourcesPath, m_options.dbPath, outboxPath, m_window.get());
    panel->setWindowFlag(Qt::Window);
    panel->setWindowTitle(tr("Sync status"));
    panel->resize(1000, 560);
    panel->hide();
    m_syncPanel = panel;
    m_window->setSyncPanel(panel);
    panel->setSyncStarter([this] { startSync(); }); // "Sync now" and its retries wait their turn too
    if (m_pusher) {
        connect(panel, &ui::SyncPanel::outboxItemRequeued, m_pusher, &sync::OutboxController::pushNow);
    }
    connect(status, &ui::SyncStatusWidget::cancelRequested, m_sync, &SyncController::cancel);
    connect(m_syncTimer, &QTimer::timeout, this, [this] {
        if (!m_online->monitor()->isOffline()) { // offline: coming back online pushes, then syncs
            startSync();
        }
    });
    if (m_options.syncIntervalMinutes > 0) {
        m_syncTimer->start(m_options.syncIntervalMinutes * 60'000);
    }

    if (m_options.singleInstance) {
        m_instance = new SingleInstance(this);
        QString error;
        if (m_instance->listen(&error)) {
            connect(m_instance, &SingleInstance::popReceived, this, &Application::onPop);
            connect(m_instance, &SingleInstance::activateRequested, m_window.get(), [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        } else {
            m_window->showMessage(tr("Screen pops are off: %1").arg(error), 0);
        }
    }

    m_window->show();
    if (m_options.pop) {
        onPop(*m_options.pop);
    } else if (!m_options.openQuery.isEmpty()) {
        // Like a screen pop: a query that finds exactly one customer opens that customer.
        m_window->searchPanel()->setQuery(m_options.openQuery);
        if (m_window->searchPanel()->resultCount() == 1) {
            m_window->searchPanel()->activateFirst();
        }
    }
    connect(m_window.get(), &ui::MainWindow::sourcesRequested, this, &Application::openSources);
    connect(m_window.get(), &ui::MainWindow::takeOfflineRequested, this,
            [this](const QList<ui::OfflineCustomer>& customers) {
                auto* dialog = new ui::TakeOfflineDialog(m_options.dbPath, m_options.sourcesPath, {}, m_window.get());
                dialog->setMasker(m_window->piiGuard()->masker());
                dialog->setCustomers(customers);
                dialog->setWriterLane(m_lane); // the load writes the cache: never beside a sync or a merge/split
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_window.get(), &ui::MainWindow::credentialsRequested, this, &Application::openCredentials);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &Application::signOut);
    if (QFileInfo::exists(m_options.sourcesPath)) {
        // The role is asked for at every start, --no-sync too (a cheap GET, off the UI thread); offline
        // the cached grant holds. Retention runs after the first sync, or at once without one.
        QTimer::singleShot(0, this, [this] {
            m_keychain->whenReady([this] {
                signIn();
                if (m_options.syncOnStart) {
                    startSync();
                } else {
                    applyRetention();
                }
            });
        });
    } else {
        const auto parties = StatsRepository(m_db->handle()).partyCount();
        if (parties && *parties == 0) {
            // A first run: nothing to show and nothing to sync yet.
            QTimer::singleShot(0, this, &Application::openSources);
        } else {
            m_window->showMessage(tr("No sources file at %1: working from the cache only.").arg(m_options.sourcesPath),
                                  0);
        }
    }
    return {};
}

ui::SourcesDialog* Application::sourcesDialog() const {
    return m_sourcesDialog;
}

void Application::openSources() {
    if (m_sourcesDialog) {
        m_sourcesDialog->raise();
        m_sourcesDialog->activateWindow();
        return;
    }
    m_sourcesDialog = new ui::SourcesDialog(m_options.sourcesPath, m_window.get());
    m_sourcesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sourcesDialog, &ui::SourcesDialog::saved, this, [this] {
        if (!m_pusher && m_outbox) {
            startOutbox(m_outboxPath); // the file may name an outbox target now
        }
        m_online->setSourcesFile(m_options.sourcesPath);
        startSync();
    });
    m_sourcesDialog->open();
}

void Application::applyRole(const std::optional<RoleGrant>& grant) {
    QString refused;
    const AccessRole role = sync::SignIn::effectiveRole(grant, accessRoleFromName(m_options.role), &refused);
    m_window->setAccessRole(role);
    if (grant) {
        m_window->setAgentName(grant->displayName.isEmpty() ? grant->user : grant->displayName);
    }
    if (!refused.isEmpty()) {
        m_window->showMessage(refused, 0);
    }
}

void Application::signIn() {
    SignInRunner::start(
        m_options.sourcesPath, m_options.dbPath, this, [this](const Result<std::optional<RoleGrant>>& grant) {
            if (!grant) {
                m_window->showMessage(
                    tr("Sign-in failed: %1 Working with the role of the last sign-in.").arg(grant.error().message), 0);
                return;
            }
            if (grant->has_value()) {
                applyRole(*grant);
                m_audit->setActor((*grant)->user);
                m_window->showMessage(tr("Signed in as %1 (%2).").arg((*grant)->user, accessRoleName((*grant)->role)));
            }
        });
}

void Application::applyRetention() {
    if (m_signingOut || m_lane->has(QStringLiteral("retention"))) {
        return;
    }
    m_lane->run(QStringLiteral("retention"), [this](const WriterLane::Release& release) {
        if (m_signingOut) {
            release();
            return;
        }
        Retention::start(m_options.sourcesPath, m_options.dbPath, this,
                         [this, release](const Result<std::optional<RetentionReport>>& report) {
                             release();
                             if (!report) {
                                 m_window->showMessage(report.error().message, 0);
                             } else if (report->has_value() && (*report)->purged > 0) {
                                 m_window->refreshAfterSync();
                                 m_window->showMessage(
                                     tr("Retention removed %n customer(s) out of your scope that were "
                                        "not opened recently.",
                                        nullptr, int((*report)->purged)));
                             }
                         });
    });
}

void Application::signOut(bool purge, bool discardUnsent) {
    if (m_signingOut || m_lane->has(QStringLiteral("sign-out"))) {
        return;
    }
    if (m_sync && m_sync->isRunning()) {
        m_sync->cancel(); // the sign-out waits for it: both write the cache
    }
    if (m_lane->isBusy()) {
        m_window->showMessage(tr("Signing out after the running change to the local cache…"), 0);
    }
    m_lane->run(QStringLiteral("sign-out"), [this, purge, discardUnsent](const WriterLane::Release& release) {
        signOutNow(purge, discardUnsent, release);
    });
}

void Application::signOutNow(bool purge, bool discardUnsent, const WriterLane::Release& release) {
    m_signingOut = true;
    m_syncTimer->stop();
    m_window->setEnabled(false);
    m_window->showMessage(purge ? tr("Signing out and removing the customer data…") : tr("Signing out…"), 0);
    SignOutRequest request;
    request.cachePath = m_options.dbPath;
    request.outboxPath = m_outboxPath;
    request.purge = purge;
    request.unsent = discardUnsent ? SignOutRequest::Unsent::Discard : SignOutRequest::Unsent::Keep;
    SignOut::start(request, this, [this, purge, release](const Result<SignOutReport>& report) {
        release();
        if (!report) {
            m_signingOut = false;
            m_window->setEnabled(true);
            if (m_options.syncIntervalMinutes > 0) {
                m_syncTimer->start(m_options.syncIntervalMinutes * 60'000);
            }
            m_window->showMessage(tr("The sign-out failed: %1").arg(report.error().message), 0);
            Q_EMIT signedOut(false);
            return;
        }
        if (purge) {
            m_window->recentCalls()->forgetAll();
        }
        applyRole(std::nullopt);
        m_audit->setActor(AuditLog::currentActor());
        m_window->showMessage(
            purge ? tr("Signed out; the customer data was removed from this computer.") : tr("Signed out."), 0);
        Q_EMIT signedOut(true);
        m_window->close();
    });
}

void Application::openCredentials() {
    auto* dialog = m_window->findChild<ui::CredentialsDialog*>(QStringLiteral("credentialsDialog"));
    if (!dialog) {
        dialog = new ui::CredentialsDialog(m_options.sourcesPath, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
}

void Application::startSync() {
    if (!m_sync || m_sync->isRunning() || m_signingOut || m_lane->has(QStringLiteral("sync"))) {
        return;
    }
    if (!QFileInfo::exists(m_options.sourcesPath)) {
        m_window->showMessage(tr("No sources file at %1: nothing to sync.").arg(m_options.sourcesPath));
        return;
    }
    if (m_lane->isBusy()) {
        // A merge/split or a load writes the cache: the sync starts when it is done, never beside it.
        m_window->showMessage(m_lane->holder() == QLatin1String("identity")
                                  ? tr("The sync waits for the merge or split to finish…")
                                  : tr("The sync waits for another change to the local cache to finish…"));
    }
    m_lane->run(QStringLiteral("sync"), [this](const WriterLane::Release& release) {
        if (m_signingOut || !QFileInfo::exists(m_options.sourcesPath)) {
            release();
            return;
        }
        m_window->syncStatus()->setBusy(true);
        m_window->syncStatus()->setProgress(tr("Syncing…"));
        m_syncRelease = release;
        if (!m_sync->start(m_options.sourcesPath, m_options.dbPath)) {
            m_window->syncStatus()->setBusy(false);
            std::exchange(m_syncRelease, {})();
        }
    });
}

void Application::onProgress(const SyncProgress& progress) {
    m_window->syncStatus()->setProgress(
        tr("%1 / %2: %n record(s)", nullptr, int(progress.records)).arg(progress.source, progress.stream));
}

void Application::onFinished(const SyncReport& report) {
    ui::SyncStatusWidget* status = m_window->syncStatus();
    status->setBusy(false);
    m_online->syncFinished(report);
    if (const auto last = SyncStateRepository(m_db->handle()).lastSuccessfulSync()) {
        status->setLastSync(*last);
    }
    m_window->showMessage(report.summary, 15000);
    m_window->refreshAfterSync();
    if (m_syncRelease) {
        std::exchange(m_syncRelease, {})(); // what waited for the sync starts now; retention after it
    }
    applyRetention();
}

void Application::startOutbox(const QString& outboxPath) {
    if (!QFileInfo::exists(m_options.sourcesPath)) {
        return; // no sources yet (a first run): writes wait in the outbox, nothing to complain about
    }
    const auto target = outboxTarget(m_options.sourcesPath);
    if (!target) {
        m_window->showMessage(tr("Agent writes stay in the outbox: %1").arg(target.error().message), 0);
        return;
    }
    if (!target->has_value()) {
        return; // no "outbox" key: writes wait in the outbox until one is configured
    }
    m_pusher = new sync::OutboxController(outboxPath, **target, this);
    connect(m_window.get(), &ui::MainWindow::outboxChanged, m_pusher, &sync::OutboxController::pushNow);
    connect(m_pusher, &sync::OutboxController::pushed, this, [this](const sync::PushReport& report) {
        m_window->refreshAgentWrites();
        if (report.sent > 0 && m_window->awaitingNewCustomer()) {
            startSync(); // the CRM has the new customer now: bring them in
        }
        if (report.conflicts > 0 && m_outbox) { // how many wait for the agent, this customer or another
            const auto counts = m_outbox->counts();
            const int waiting = counts ? int(counts->conflict) : report.conflicts;
            m_window->showMessage(tr("%n change(s) in conflict: the record changed on the server. Select it under "
                                     "the customer and choose Resolve conflict…",
                                     nullptr, waiting),
                                  0);
        }
    });
    m_pusher->start();
    if (m_online) {
        m_online->setPusher(m_pusher);
    }
}

void Application::pushDecision(const IdentityDecision& d) {
    if (!m_outbox) {
        return;
    }
    // The backend learns the supervisor's decision too; it is kept (audited) in the cache either way.
    const auto ref = [](const QString& source, const QString& stream, const QString& id) {
        return QJsonObject{
            {QStringLiteral("source"), source}, {QStringLiteral("stream"), stream}, {QStringLiteral("source_id"), id}};
    };
    const QString customer = QStringLiteral("record:") + d.aSource + QLatin1Char('/') + d.aSourceId;
    QJsonObject body{{QStringLiteral("customer"), customer},
                     {QStringLiteral("decision"), d.kind},
                     {QStringLiteral("a"), ref(d.aSource, d.aStream, d.aSourceId)},
                     {QStringLiteral("actor"), d.actor},
                     {QStringLiteral("reason"), d.reason}};
    if (!d.bSourceId.isEmpty()) {
        body.insert(QStringLiteral("b"), ref(d.bSource, d.bStream, d.bSourceId));
    }
    const auto item = m_outbox->enqueue(QStringLiteral("identity_decision"), customer, 0,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!item) {
        m_window->showMessage(item.error().message, 0);
    } else if (m_pusher) {
        m_pusher->pushNow();
    }
}

void Application::writeIdentity(std::function<void()> job) {
    if (m_lane->isBusy()) {
        m_window->showMessage(m_lane->holder() == QLatin1String("sync")
                                  ? tr("Waiting for the running sync to finish…")
                                  : tr("Waiting for another change to the local cache to finish…"));
    }
    m_lane->run(QStringLiteral("identity"), [this, job = std::move(job)](const WriterLane::Release& release) {
        m_identityReleases.append(release); // IdentityWorker answers each merge/split/undo once, in order
        job();
    });
}

void Application::releaseIdentity() {
    if (!m_identityReleases.isEmpty()) {
        m_identityReleases.takeFirst()();
    }
}

void Application::onPop(const PopRequest& request) {
    const ui::IncomingCall call{request.ani, request.callId, request.queue, request.dnis};
    if (m_window->handleIncomingCall(call) != ui::MainWindow::PopOutcome::NewCaller || request.ani.isEmpty() ||
        !QFileInfo::exists(m_options.sourcesPath)) {
        return;
    }
    // A caller this computer does not hold (outside the sync scope, or new): read their history from the sources.
    const QString shown = m_window->piiGuard()->masker().phone(request.ani); // as the role may see it
    m_window->showMessage(tr("Loading %1 from the sources…").arg(shown), 0);
    // The load writes the cache: after a running sync or merge/split, never beside it.
    m_lane->run(QStringLiteral("fetch"), [this, call, shown, ani = request.ani](const WriterLane::Release& release) {
        OpenOnDemand::start(m_options.dbPath, m_options.sourcesPath, ani, this,
                            [this, call, shown, release](const Result<sync::CustomerFetchReport>& report) {
                                release();
                                const QString problem = OpenOnDemand::outcomeText(report, shown);
                                if (!problem.isEmpty()) {
                                    m_window->showMessage(problem, 0);
                                    return;
                                }
                                m_window->showMessage(tr("%1 loaded from the sources.").arg(shown), 5000);
                                m_window->handleIncomingCall(call);
                            });
    });
}

void Application::onFailed(const QString& message) {
    m_window->syncStatus()->setBusy(false);
    if (m_syncRelease) {
        std::exchange(m_syncRelease, {})();
    }
    m_online->syncFailed(message);
    m_window->showMessage(message, 0);
}

} // namespace c360::app

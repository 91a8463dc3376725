#include "app/Connectivity.h"

#include "sync/OutboxController.h"
#include "sync/SyncTypes.h"
#include "ui/MainWindow.h"
#include "ui/OfflineBanner.h"
#include "ui/SyncStatusWidget.h"

namespace c360::app {

Connectivity::Connectivity(ui::MainWindow* window, std::function<void()> startSync, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_startSync(std::move(startSync))
    , m_monitor(new sync::ConnectivityMonitor(this)) {
    connect(m_monitor, &sync::ConnectivityMonitor::probed, this, [this] {
        if (m_monitor->state() == sync::ConnectivityMonitor::State::Online) {
            m_syncOffline = false; // a server answered after the sync that reached none
        }
        render();
    });
    connect(m_monitor, &sync::ConnectivityMonitor::backOnline, this, &Connectivity::onBackOnline);
    connect(m_window->offlineBanner(), &ui::OfflineBanner::retryRequested, m_monitor,
            &sync::ConnectivityMonitor::checkNow);
}

void Connectivity::start(const QString& sourcesPath, std::chrono::seconds interval) {
    setSourcesFile(sourcesPath);
    if (interval.count() <= 0) {
        return; // no periodic check; a failed push or sync still asks for one
    }
    sync::ConnectivityMonitor::Options options = m_monitor->options();
    options.onlineInterval = interval;
    options.offlineInterval = std::min<std::chrono::milliseconds>(options.offlineInterval, interval);
    m_monitor->setOptions(options);
    m_monitor->start();
}

void Connectivity::setSourcesFile(const QString& sourcesPath) {
    m_monitor->setTargets(sync::ConnectivityMonitor::targetsOf(sourcesPath));
    m_monitor->checkNow();
}

void Connectivity::setPusher(sync::OutboxController* pusher) {
    m_pusher = pusher;
    if (pusher == nullptr) {
        return;
    }
    connect(pusher, &sync::OutboxController::pushed, this, &Connectivity::onPushed);
    connect(pusher, &sync::OutboxController::flushed, this, [this] {
        // What waited went first; now the changes of the others come in.
        if (std::exchange(m_pullAfterPush, false) && m_startSync) {
            m_startSync();
        }
    });
}

void Connectivity::onPushed(const sync::PushReport& report) {
    if (report.offline) {
        m_monitor->reportFailure(report.summary); // checked at once: offline within seconds
    }
}

void Connectivity::syncFinished(const SyncReport& report) {
    m_syncOffline = report.offline;
    m_syncedClean = report.ok();
    m_problemLabel.clear();
    m_problem.clear();
    if (report.offline) {
        m_problem = report.summary;
        m_monitor->reportFailure(report.summary);
    } else {
        if (report.failedStreams > 0) {
            m_problemLabel = tr("%n stream(s) failed", nullptr, report.failedStreams);
            m_problem = report.summary;
        }
        if (m_monitor->isOffline()) {
            m_monitor->checkNow(); // a server answered the sync: the check confirms, then it says so
        }
    }
    render();
}

void Connectivity::syncFailed(const QString& message) {
    m_syncedClean = false;
    m_problemLabel = tr("Sync failed");
    m_problem = message;
    m_monitor->checkNow();
    render();
}

void Connectivity::onBackOnline() {
    m_syncOffline = false;
    render();
    if (m_window) {
        m_window->showMessage(tr("Back online: sending the changes made offline, then syncing."));
    }
    if (m_pusher) {
        m_pullAfterPush = true;
        m_pusher->flush();
    } else if (m_startSync) {
        m_startSync();
    }
}

void Connectivity::render() {
    if (!m_window) {
        return;
    }
    ui::SyncStatusWidget* status = m_window->syncStatus();
    if (m_monitor->isOffline()) {
        status->setOffline(m_monitor->reason());
        return;
    }
    if (m_syncOffline) {
        status->setOffline(m_problem);
        return;
    }
    if (const QStringList down = m_monitor->unreachableHosts(); !down.isEmpty()) {
        status->setPartial(tr("%n server(s) not answering", nullptr, int(down.size())),
                           down.join(QStringLiteral(", ")));
        return;
    }
    if (!m_problemLabel.isEmpty()) {
        status->setPartial(m_problemLabel, m_problem);
        return;
    }
    if (m_syncedClean || m_monitor->state() == sync::ConnectivityMonitor::State::Online) {
        status->setOnline();
    }
}

} // namespace c360::app

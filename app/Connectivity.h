#pragma once

#include "sync/ConnectivityMonitor.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace c360 {
struct SyncReport;
namespace sync {
class OutboxController;
struct PushReport;
} // namespace sync
namespace ui {
class MainWindow;
}
} // namespace c360

namespace c360::app {

// What the status bar and the offline banner say about the connection, decided from the periodic
// connection check (sync::ConnectivityMonitor, off the UI thread), the outbox pushes and the syncs:
//  - Offline — showing cached data: no server answers (a failed push or fetch triggers a check
//    at once, so this shows within seconds, not at the next sync);
//  - partly: some servers do not answer, or some streams failed ("2 streams failed"), or the sync
//    could not run; never "Online" beside a failure;
//  - Online: the servers answer and the last sync (if any) had no failure.
// When the connection comes back by itself, what waited in the outbox is pushed first (backoffs
// cut short), then a sync pulls.
class Connectivity final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connectivity)
public:
    Connectivity(ui::MainWindow* window, std::function<void()> startSync, QObject* parent = nullptr);

    // Probes the servers named in the sources file every `interval` while online (every few
    // seconds while offline); 0 s: no periodic check (pushes and syncs still report).
    void start(const QString& sourcesPath, std::chrono::seconds interval);
    void setSourcesFile(const QString& sourcesPath); // the file changed: new servers to check
    void setPusher(sync::OutboxController* pusher);

    void syncFinished(const SyncReport& report);
    void syncFailed(const QString& message);

    sync::ConnectivityMonitor* monitor() const { return m_monitor; }

private:
    void onPushed(const sync::PushReport& report);
    void onBackOnline();
    void render();

    QPointer<ui::MainWindow> m_window;
    std::function<void()> m_startSync;
    sync::ConnectivityMonitor* m_monitor = nullptr;
    QPointer<sync::OutboxController> m_pusher;
    bool m_syncOffline = false; // the last sync reached no server (until a check says otherwise)
    bool m_syncedClean = false; // a sync finished this session without a failure
    bool m_pullAfterPush = false;
    QString m_problemLabel; // "2 streams failed", "Sync failed"
    QString m_problem;      // the sentence behind it
};

} // namespace c360::app

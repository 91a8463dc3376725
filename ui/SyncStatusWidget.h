#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QTimer;

namespace c360::ui {

// Status-bar part that is honest about data freshness: last successful sync, progress of the
// running one, and whether the workstation is online, partly synced (some streams or servers
// failed: never "Online" beside "4 streams failed") or offline (showing cached data).
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)
public:
    enum class Connectivity { Unknown, Online, Partial, Offline };
    Q_ENUM(Connectivity)

    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setLastSync(const QDateTime& utc);
    void setBusy(bool busy);
    void setProgress(const QString& text);
    void setOnline();
    void setOffline(const QString& reason);
    // Reachable, but not everything synced: `label` is short ("2 streams failed"), `detail` the why.
    void setPartial(const QString& label, const QString& detail);
    bool isOffline() const { return m_connectivity == Connectivity::Offline; }
    Connectivity connectivity() const { return m_connectivity; }
    QDateTime lastSync() const { return m_lastSync; }
    QString reason() const { return m_reason; }
    bool isBusy() const { return m_busy; }
    QString stateText() const;

Q_SIGNALS:
    void syncRequested();
    void cancelRequested();
    void connectivityChanged(c360::ui::SyncStatusWidget::Connectivity connectivity);
    void lastSyncChanged(const QDateTime& utc);

private:
    void renderAge();
    void setConnectivity(Connectivity connectivity, const QString& text, const QString& reason, const QColor& color);

    QDateTime m_lastSync;
    Connectivity m_connectivity = Connectivity::Unknown;
    QString m_reason;
    bool m_busy = false;
    QLabel* m_state = nullptr;
    QLabel* m_age = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_syncButton = nullptr;
    QTimer* m_ageTimer = nullptr;
};

} // namespace c360::ui

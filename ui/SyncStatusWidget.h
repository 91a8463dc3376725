#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QTimer;

namespace c360::ui {

// Status-bar part that is honest about data freshness: last successful sync, progress of the
// running one, and whether the workstation is offline (showing cached data).
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setLastSync(const QDateTime& utc);
    void setBusy(bool busy);
    void setProgress(const QString& text);
    void setOnline();
    void setOffline(const QString& reason);
    bool isOffline() const { return m_offline; }
    bool isBusy() const { return m_busy; }
    QString stateText() const;

Q_SIGNALS:
    void syncRequested();
    void cancelRequested();

private:
    void renderAge();

    QDateTime m_lastSync;
    bool m_offline = false;
    bool m_busy = false;
    QLabel* m_state = nullptr;
    QLabel* m_age = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_syncButton = nullptr;
    QTimer* m_ageTimer = nullptr;
};

} // namespace c360::ui

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace c360::ui {

class SyncStatusWidget;

// A strip across the top of the main window, shown while the workstation is offline (or only
// partly synced), with the age of the data on screen: "Offline — showing cached data, last synced
// 3 hours ago." It follows the status widget's state; "Try again" asks for a connection check.
class OfflineBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)
public:
    explicit OfflineBanner(SyncStatusWidget* status, QWidget* parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    void render();

    SyncStatusWidget* m_status;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QTimer* m_ageTimer = nullptr;
};

} // namespace c360::ui

#pragma once

#include "models/SyncStateRepository.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QThread;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace c360 {
class Database;
class SyncController;
namespace sync {
class OutboxStore;
}
} // namespace c360

namespace c360::ui {

// The sync panel: per source and stream the last success, records, quarantined records, the last
// error and the next automatic retry; "Sync now" and "Pause"; the quarantine list; the outbox's
// pending and failed items with "Retry". Reads the cache (and the outbox file) with its own
// connections on the UI thread — small indexed queries only; every sync runs on the
// SyncController's thread. After a failed sync it retries by itself with a growing delay
// (1, 2, 4 … 30 minutes) unless paused.
class SyncPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    // `controller` is not owned (the application keeps it); `outboxPath` may be empty (no outbox).
    SyncPanel(SyncController* controller, QString sourcesPath, QString cachePath, QString outboxPath = {},
              QWidget* parent = nullptr);
    ~SyncPanel() override;

    bool isPaused() const { return m_paused; }
    // When the next automatic retry is due (invalid: none scheduled).
    QDateTime nextRetry() const { return m_nextRetry; }
    // How "Sync now" and the retries start a sync: by default the controller at once; the application routes
    // them through its writer lane (models/WriterLane.h), so that a sync never runs beside a merge or a load.
    void setSyncStarter(std::function<void()> starter) { m_starter = std::move(starter); }

public Q_SLOTS:
    void refresh(); // re-reads stream states, quarantine and outbox
    void syncNow(); // starts a sync unless one runs or the panel is paused
    void setPaused(bool paused);
    void retrySelectedOutboxItem();

Q_SIGNALS:
    void pausedChanged(bool paused);
    // The streams' states and record counts, read (on a thread of their own) after the last refresh asked, are on
    // screen.
    void streamsRead();
    // After the agent put a failed outbox item back in the queue (the pusher picks it up).
    void outboxItemRequeued(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshIfShown(); // after a sync: only a panel on screen reads its tables again
    void onProgress(const c360::SyncProgress& progress);
    void onFinished(const c360::SyncReport& report);
    void onFailed(const QString& message);
    void scheduleRetry();
    void updateButtons();
    bool openReaders();
    void fillStreams(); // shows what is known now, and reads the states and counts on a worker thread
    void showStreams(); // m_states and the streams the sources file names
    void fillQuarantine();
    void fillOutbox();

    QPointer<SyncController> m_controller;
    std::function<void()> m_starter;
    QString m_sourcesPath;
    QString m_cachePath;
    QString m_outboxPath;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<sync::OutboxStore> m_outbox;
    QList<StreamState> m_states;       // as last read
    bool m_statesRead = false;         // once read, the record counts are shown
    QPointer<QThread> m_streamsReader; // counting a big cache's records takes seconds: never on the UI thread
    bool m_readStreamsAgain = false;   // asked while a read ran
    bool m_paused = false;
    int m_failures = 0; // consecutive failed syncs (drives the retry delay)
    QDateTime m_nextRetry;
    QString m_lastFailure;

    QLabel* m_status = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_pause = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_streams = nullptr;
    QTableWidget* m_quarantine = nullptr;
    QTableWidget* m_outboxTable = nullptr;
    QPushButton* m_retryOutbox = nullptr;
    QTimer* m_retryTimer = nullptr;
};

} // namespace c360::ui

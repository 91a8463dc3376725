#pragma once

#include "models/PiiMask.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace c360 {
class WriterLane;
}

namespace c360::ui {

// A customer offered for offline use: the key the sources are asked for (an e-mail address, a phone number, an
// id) and what the dialog shows of it — masked for the user's role, as the search results are.
struct OfflineCustomer {
    QString key;
    QString label;
};

// File → Take offline…: the field user picks customers (the current search results, a pasted list of ids,
// phones or e-mail addresses, or a saved list file), sees a size estimate, and pre-loads them with their full
// history (sync::CustomerFetch on a worker thread with its own cache connection; cancellable). The load takes
// its turn on the application's writer lane: it waits for a running sync or merge/split, and they wait for it.
// At the end it says in plain words who is available offline and what failed. They stay in every later sync.
// E-mail addresses and phone numbers it shows (the chosen search results, keys in the result) are masked for
// the role (setMasker); what the user types in the list is shown as typed.
class TakeOfflineDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeOfflineDialog)
public:
    // `keys`: the customers to start with (the search results' e-mail addresses or phone numbers).
    TakeOfflineDialog(QString cachePath, QString sourcesPath, const QStringList& keys, QWidget* parent = nullptr);
    ~TakeOfflineDialog() override;

    // The search results offered (checked; the user may uncheck them), shown by their masked label.
    void setCustomers(const QList<OfflineCustomer>& customers);
    void setMasker(const PiiMasker& masker) { m_masker = masker; }
    void setWriterLane(WriterLane* lane); // not owned; without one the load starts at once

    QStringList keys() const; // the checked customers, then the list's
    bool isRunning() const { return m_worker != nullptr || m_queued; }
    QString resultText() const;

public Q_SLOTS:
    void loadList(const QString& path); // a saved list: one customer a line
    void start();
    void cancel();

Q_SIGNALS:
    void estimated(const QString& text);
    void loadStarted(); // the load got its turn on the writer lane and runs
    void finished(int available, int failed);

private:
    void estimate();
    void load(const QStringList& list);
    void showResult(const QString& text, bool ok, int available, int failed);

    QString m_cachePath;
    QString m_sourcesPath;
    QListWidget* m_chosen = nullptr;
    QPlainTextEdit* m_list = nullptr;
    QLabel* m_estimate = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_load = nullptr;
    QTimer* m_estimateTimer = nullptr;
    QThread* m_worker = nullptr;
    QThread* m_estimator = nullptr;
    bool m_estimateAgain = false;
    bool m_queued = false; // waiting for its turn on the writer lane
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    PiiMasker m_masker{AccessRole::Agent};
    QPointer<WriterLane> m_lane;
    std::function<void()> m_release; // the load's turn on the lane
};

} // namespace c360::ui

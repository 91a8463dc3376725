#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace c360::ui {

// File → Take offline…: the field user picks customers (the current search results, a pasted list of ids,
// phones or e-mail addresses, or a saved list file), sees a size estimate, and pre-loads them with their full
// history (sync::CustomerFetch on a worker thread with its own cache connection; cancellable). At the end it
// says in plain words who is available offline and what failed. They stay in every later sync.
class TakeOfflineDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeOfflineDialog)
public:
    // `keys`: the customers to start with (the search results' e-mail addresses or phone numbers).
    TakeOfflineDialog(QString cachePath, QString sourcesPath, const QStringList& keys, QWidget* parent = nullptr);
    ~TakeOfflineDialog() override;

    QStringList keys() const;
    bool isRunning() const { return m_worker != nullptr; }
    QString resultText() const;

public Q_SLOTS:
    void loadList(const QString& path); // a saved list: one customer a line
    void start();
    void cancel();

Q_SIGNALS:
    void estimated(const QString& text);
    void finished(int available, int failed);

private:
    void estimate();
    void showResult(const QString& text, bool ok, int available, int failed);

    QString m_cachePath;
    QString m_sourcesPath;
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
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace c360::ui

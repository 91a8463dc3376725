#pragma once

#include <QObject>
#include <QString>

#include <deque>
#include <functional>

namespace c360 {

// One writer at a time on the cache (issue 12: "a merge/split and a sync never run at the same time on the
// cache"): a sync, a supervisor's merge/split/undo, loading customers on demand or for offline use, retention
// and sign-out each run their own thread and connection, and each asks this lane first. A writer asked for while
// another runs waits in line (first come, first served) and starts by itself when the one before it releases
// the lane: nobody fails for being second and nothing blocks the UI thread. Lives on the UI thread.
class WriterLane final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriterLane)
public:
    // Call once when the writer is done (or could not start), on the lane's thread. Later calls do nothing.
    using Release = std::function<void()>;
    // Starts the writer (on the lane's thread) and hands `release` to whatever finishes it.
    using Start = std::function<void(Release release)>;

    explicit WriterLane(QObject* parent = nullptr);

    // `writer` names it for the log and the signals: "sync", "identity", "fetch", "offline", "retention",
    // "sign-out". Runs `start` now when the lane is free, else after the writers queued before it.
    void run(const QString& writer, Start start);

    bool isBusy() const { return !m_holder.isEmpty(); }
    QString holder() const { return m_holder; } // "" when free
    // Holds the lane or waits for it.
    bool has(const QString& writer) const;

Q_SIGNALS:
    void waiting(const QString& writer, const QString& holder); // queued behind `holder`
    void started(const QString& writer);
    void released(const QString& writer);

private:
    struct Job {
        QString writer;
        Start start;
    };
    void next();
    void release(quint64 ticket);

    std::deque<Job> m_queue;
    QString m_holder;
    quint64 m_ticket = 0; // of the holder; a stale release does nothing
};

} // namespace c360

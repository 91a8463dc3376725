#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace c360::sync {

class ReachabilityProbe;

// Honest connectivity: do the servers this workstation talks to answer at all? A cheap probe (one
// GET of each host's base URL; any HTTP answer, even 401 or 404, counts as reachable; a refused
// connection, a timeout or a reset does not) runs on its own thread with a short timeout, every
// `onlineInterval` while online and every `offlineInterval` while offline. A push or fetch that
// could not reach its server calls reportFailure(): the probe runs at once, so the state flips
// within seconds of the failure, not at the next scheduled probe. Offline means no host answers;
// when only some do, the state stays Online and unreachableHosts() names the others.
// Destruction: cancel → quit → wait (an in-flight probe is aborted).
class ConnectivityMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityMonitor)

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    struct Options {
        std::chrono::milliseconds onlineInterval{15'000};
        std::chrono::milliseconds offlineInterval{3'000};
        std::chrono::milliseconds timeout{3'000}; // per host: connect and first answer
    };

    explicit ConnectivityMonitor(QObject* parent = nullptr);
    ~ConnectivityMonitor() override;

    void setOptions(const Options& options);
    const Options& options() const { return m_options; }
    // Base URLs to probe; one probe per scheme://host:port. Empty: nothing to probe (state Unknown).
    void setTargets(const QStringList& baseUrls);
    QStringList targets() const { return m_targets; }

    State state() const { return m_state; }
    bool isOffline() const { return m_state == State::Offline; }
    QString reason() const { return m_reason; }                    // why offline (a human sentence)
    QStringList unreachableHosts() const { return m_unreachable; } // online, but these did not answer

    // The base URLs a sources file names (every source's "base_url" and the "outbox" one), read
    // without resolving any secret. Empty when the file cannot be read.
    static QStringList targetsOf(const QString& sourcesPath);

public Q_SLOTS:
    void start(); // probes now, then on the timer
    void stop();
    void checkNow();
    // A push or a fetch could not reach its server: probe at once (the probe decides the state).
    void reportFailure(const QString& reason);

Q_SIGNALS:
    void stateChanged(c360::sync::ConnectivityMonitor::State state, const QString& reason);
    void wentOffline(const QString& reason);
    void backOnline(); // Offline → Online: time to push what waited, then pull
    // After every probe: the hosts that did not answer (empty: all did).
    void probed(const QStringList& unreachable);

private:
    void onProbed(const QStringList& unreachable, const QString& error, int hosts);
    void schedule();
    static QString hostOf(const QString& url);

    Options m_options;
    QStringList m_targets; // one URL per host
    State m_state = State::Unknown;
    QString m_reason;
    QStringList m_unreachable;
    bool m_running = false;
    bool m_probing = false;
    bool m_again = false;
    std::atomic<bool> m_cancel{false};
    QTimer m_timer;
    QThread m_thread;
    std::unique_ptr<ReachabilityProbe> m_probe;
};

} // namespace c360::sync

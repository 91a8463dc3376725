#pragma once

#include <QObject>

class QSocketNotifier;

namespace c360::backend {

// Turns SIGTERM/SIGINT into a Qt signal (self-pipe), so the event loop can quit cleanly.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    static void handle(int signal);
    void readPipe();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace c360::backend

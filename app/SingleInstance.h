#pragma once

#include "app/PopRequest.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace c360::app {

// One workstation per user: the running window listens on a local socket; a second start, a
// `c360 pop` or a URL handler hands its request over instead of opening another window.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Name of the local socket: C360_INSTANCE_NAME, else "c360-<user>".
    static QString serverName();
    // Starts listening; false (and a reason) when another instance already listens.
    bool listen(QString* error);
    // Sends a pop to the running instance; false when none answers within timeoutMs.
    static bool sendPop(const PopRequest& request, int timeoutMs, QString* error);
    // Asks a running instance to come forward (a plain second start).
    static bool sendActivate(int timeoutMs);

Q_SIGNALS:
    void popReceived(const c360::app::PopRequest& request);
    void activateRequested();

private:
    void onNewConnection();
    QLocalServer* m_server = nullptr;
};

} // namespace c360::app

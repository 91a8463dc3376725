#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QThread>

#include <functional>
#include <memory>
#include <mutex>

class QObject;

namespace c360::testing {

// A tiny HTTP/1.1 server on 127.0.0.1, on its own thread (the client under test blocks the test's
// thread), answering as the test scripts it, Connection: close. For transport tests of what the
// reference backend cannot do (redirects, oversized answers, stalls). Records every request.
class ScriptedHttpServer {
public:
    struct Request {
        QByteArray method;
        QByteArray target;                    // path + query
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };
    struct Reply {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0; // answer this much later (without blocking other connections)
    };
    // Called on the server's thread.
    using Handler = std::function<Reply(const Request&)>;

    explicit ScriptedHttpServer(Handler handler);
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer&) = delete;
    ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QByteArray url(const QByteArray& host = "127.0.0.1") const;
    QList<Request> requests() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread; parent of the server and sockets
    quint16 m_port = 0;
};

} // namespace c360::testing

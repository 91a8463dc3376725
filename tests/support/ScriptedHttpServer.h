#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace c360::testing {

// A tiny HTTP/1.1 server on 127.0.0.1 (its own thread, one connection at a time, Connection:
// close) whose answers a test scripts. For transport tests of what the reference backend cannot
// do (redirects, oversized answers, stalls). Records every request it received.
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
        int delayMs = 0; // wait before answering (interrupted when the server stops)
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit ScriptedHttpServer(Handler handler);
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer&) = delete;
    ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

    bool isListening() const { return m_fd >= 0; }
    quint16 port() const { return m_port; }
    QByteArray url(const QByteArray& host = "127.0.0.1") const;
    QList<Request> requests() const;

private:
    void serve();
    void handle(int client);

    Handler m_handler;
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QList<Request> m_requests;
    std::thread m_thread;
};

} // namespace c360::testing

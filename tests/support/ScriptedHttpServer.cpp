#include "tests/support/ScriptedHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace c360::testing {

namespace {

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

// A complete request in `data`, or nullopt while more bytes are needed.
std::optional<ScriptedHttpServer::Request> parse(const QByteArray& data) {
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return std::nullopt;
    }
    ScriptedHttpServer::Request request;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (data.size() < headerEnd + 4 + length) {
        return std::nullopt;
    }
    request.body = data.mid(headerEnd + 4, length);
    return request;
}

QByteArray serialize(const ScriptedHttpServer::Reply& reply) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
    return out;
}

} // namespace

struct ScriptedHttpServer::State {
    Handler handler;
    mutable std::mutex mutex;
    QList<Request> requests;
};

ScriptedHttpServer::ScriptedHttpServer(Handler handler)
    : m_state(std::make_shared<State>())
    , m_context(std::make_unique<QObject>()) {
    m_state->handler = std::move(handler);
    m_thread.setObjectName(QStringLiteral("scripted-http"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QObject* context = m_context.get();
    const std::shared_ptr<State> state = m_state;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        context,
        [context, state, &port] {
            auto* server = new QTcpServer(context);
            if (!server->listen(QHostAddress::LocalHost, 0)) {
                return;
            }
            port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [server, state] {
                while (QTcpSocket* socket = server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, state] {
                        buffer->append(socket->readAll());
                        const auto request = parse(*buffer);
                        if (!request) {
                            return;
                        }
                        buffer->clear();
                        {
                            std::lock_guard lock(state->mutex);
                            state->requests.append(*request);
                        }
                        const Reply reply = state->handler(*request);
                        const auto answer = [socket, out = serialize(reply)] {
                            socket->write(out);
                            socket->disconnectFromHost();
                        };
                        if (reply.delayMs > 0) {
                            QTimer::singleShot(reply.delayMs, socket, answer); // dropped if the client leaves
                        } else {
                            answer();
                        }
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
}

ScriptedHttpServer::~ScriptedHttpServer() {
    QObject* context = m_context.get();
    QMetaObject::invokeMethod(
        context,
        [context] {
            const auto children = context->children();
            qDeleteAll(children); // the server and its sockets, on their own thread
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset(); // its thread has finished
}

QByteArray ScriptedHttpServer::url(const QByteArray& host) const {
    return "http://" + host + ':' + QByteArray::number(m_port);
}

QList<ScriptedHttpServer::Request> ScriptedHttpServer::requests() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->requests;
}

} // namespace c360::testing

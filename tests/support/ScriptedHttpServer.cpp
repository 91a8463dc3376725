#include "tests/support/ScriptedHttpServer.h"

#include <poll.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>

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

bool waitReadable(int fd, int timeoutMs) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

} // namespace

ScriptedHttpServer::ScriptedHttpServer(Handler handler)
    : m_handler(std::move(handler)) {
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_fd, 16) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = -1;
        return;
    }
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { serve(); });
}

ScriptedHttpServer::~ScriptedHttpServer() {
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

QByteArray ScriptedHttpServer::url(const QByteArray& host) const {
    return "http://" + host + ':' + QByteArray::number(m_port);
}

QList<ScriptedHttpServer::Request> ScriptedHttpServer::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void ScriptedHttpServer::serve() {
    while (!m_stop) {
        if (!waitReadable(m_fd, 50)) {
            continue;
        }
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client >= 0) {
            handle(client);
            ::close(client);
        }
    }
}

void ScriptedHttpServer::handle(int client) {
    QByteArray data;
    char buffer[8192];
    qsizetype headerEnd = -1;
    qsizetype contentLength = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!m_stop && std::chrono::steady_clock::now() < deadline) {
        if (headerEnd >= 0 && data.size() >= headerEnd + 4 + contentLength) {
            break;
        }
        if (!waitReadable(client, 50)) {
            continue;
        }
        const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
        if (n <= 0) {
            return;
        }
        data.append(buffer, n);
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const auto lines = data.left(headerEnd).split('\n');
            for (const QByteArray& line : lines) {
                if (line.toLower().startsWith("content-length:")) {
                    contentLength = line.mid(15).trimmed().toLongLong();
                }
            }
        }
    }
    if (headerEnd < 0) {
        return;
    }
    Request request;
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
    request.body = data.mid(headerEnd + 4, contentLength);
    {
        std::lock_guard lock(m_mutex);
        m_requests.append(request);
    }
    const Reply reply = m_handler(request);
    const auto wakeAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(reply.delayMs);
    while (!m_stop && std::chrono::steady_clock::now() < wakeAt) {
        pollfd p{client, POLLRDHUP, 0};
        if (::poll(&p, 1, 20) > 0) { // the client gave up
            return;
        }
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
    qsizetype sent = 0;
    while (sent < out.size()) {
        const ssize_t n = ::send(client, out.constData() + sent, static_cast<size_t>(out.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            return;
        }
        sent += n;
    }
}

} // namespace c360::testing

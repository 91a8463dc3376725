#include "SingleInstance.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace c360::app {

namespace {

bool sendMessage(const QJsonObject& message, int timeoutMs, QString* error) {
    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverName());
    if (!socket.waitForConnected(timeoutMs)) {
        if (error) {
            *error = socket.errorString();
        }
        return false;
    }
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        if (error) {
            *error = socket.errorString();
        }
        return false;
    }
    // The instance answers once it has taken the request.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            if (error) {
                *error = QCoreApplication::translate("SingleInstance", "The running workstation did not answer.");
            }
            return false;
        }
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    socket.disconnectFromServer();
    return reply.value(QStringLiteral("ok")).toBool();
}

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this)) {
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() {
    QString custom = qEnvironmentVariable("C360_INSTANCE_NAME");
    if (!custom.isEmpty()) {
        return custom;
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return QStringLiteral("c360-") + (user.isEmpty() ? QStringLiteral("default") : user);
}

bool SingleInstance::listen(QString* error) {
    if (sendActivate(300)) {
        *error = QCoreApplication::translate("SingleInstance", "The workstation is already running.");
        return false;
    }
    // A stale socket file of a crashed instance would block listen(): nobody answered, so remove it.
    QLocalServer::removeServer(serverName());
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName())) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

bool SingleInstance::sendPop(const PopRequest& request, int timeoutMs, QString* error) {
    QJsonObject message = request.toJson();
    message.insert(QStringLiteral("type"), QStringLiteral("pop"));
    return sendMessage(message, timeoutMs, error);
}

bool SingleInstance::sendActivate(int timeoutMs) {
    return sendMessage(QJsonObject{{QStringLiteral("type"), QStringLiteral("activate")}}, timeoutMs, nullptr);
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine(64 * 1024);
                const QJsonObject message = QJsonDocument::fromJson(line).object();
                const QString type = message.value(QStringLiteral("type")).toString();
                bool ok = true;
                if (type == QLatin1String("pop")) {
                    const PopRequest request = PopRequest::fromJson(message);
                    ok = request.isValid();
                    if (ok) {
                        Q_EMIT popReceived(request);
                    }
                } else if (type == QLatin1String("activate")) {
                    Q_EMIT activateRequested();
                } else {
                    ok = false;
                }
                socket->write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), ok}}).toJson(QJsonDocument::Compact) +
                              '\n');
            }
        });
    }
}

} // namespace c360::app

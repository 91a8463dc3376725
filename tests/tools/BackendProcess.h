#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace c360::tests {

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QJsonObject json() const;
};

// Runs the real c360-backend executable on a free loopback port and talks to it over HTTP.
class BackendProcess final {
public:
    BackendProcess() = default;
    ~BackendProcess();
    Q_DISABLE_COPY_MOVE(BackendProcess)

    static QString binary();
    // Starts with --port 0 plus args; waits for the "listening on" line.
    bool start(const QStringList& args);
    bool stop(); // SIGTERM, waits for a clean exit
    QProcess& process() { return m_process; }
    QString baseUrl() const { return m_baseUrl; }

    HttpResult get(const QString& pathAndQuery, const QByteArray& token = "c360-demo-token", int timeoutMs = 15000);
    HttpResult post(const QString& path, const QJsonObject& body);
    // Pages a stream to its end from cursor; returns false on any error.
    bool pageAll(const QString& path, int limit, QString* cursor, QList<QJsonObject>* records);

private:
    HttpResult finish(QNetworkReply* reply, int timeoutMs);

    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace c360::tests

#include "BackendProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace c360::tests {

QJsonObject HttpResult::json() const {
    return QJsonDocument::fromJson(body).object();
}

BackendProcess::~BackendProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString BackendProcess::binary() {
    // C360_BIN_DIR is set by c360_add_test; test binaries also land next to the backend.
    const QString dir = qEnvironmentVariable("C360_BIN_DIR", QCoreApplication::applicationDirPath());
    return dir + QStringLiteral("/c360-backend");
}

bool BackendProcess::start(const QStringList& args) {
    m_process.setProgram(binary());
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    static const QRegularExpression re(QStringLiteral("^c360-backend listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    for (int attempts = 0; attempts < 100; ++attempts) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = re.match(line);
            if (match.hasMatch()) {
                m_baseUrl = match.captured(1);
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning || !output.wait(300)) {
            if (m_process.state() == QProcess::NotRunning) {
                return false;
            }
        }
    }
    return false;
}

bool BackendProcess::stop() {
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.terminate();
    return (finished.count() > 0 || finished.wait(10000)) && m_process.exitStatus() == QProcess::NormalExit &&
           m_process.exitCode() == 0;
}

HttpResult BackendProcess::finish(QNetworkReply* reply, int timeoutMs) {
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

HttpResult BackendProcess::get(const QString& pathAndQuery, const QByteArray& token, int timeoutMs) {
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    return finish(m_network.get(request), timeoutMs);
}

HttpResult BackendProcess::post(const QString& path, const QJsonObject& body) {
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setRawHeader("Authorization", "Bearer c360-demo-token");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return finish(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), 15000);
}

bool BackendProcess::pageAll(const QString& path, int limit, QString* cursor, QList<QJsonObject>* records) {
    for (int pages = 0; pages < 100000; ++pages) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cursor->isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), *cursor);
        }
        const HttpResult r = get(path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
        if (r.status != 200) {
            return false;
        }
        const QJsonObject page = r.json();
        for (const QJsonValue& v : page.value(QStringLiteral("data")).toArray()) {
            records->append(v.toObject());
        }
        *cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            return true;
        }
    }
    return false;
}

} // namespace c360::tests

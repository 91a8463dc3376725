#include "tests/support/BackendProcess.h"

#include "sync/CurlHttpClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace c360::testing {

SourceStreamCounts countsFromJson(const QJsonObject& object) {
    SourceStreamCounts counts;
    for (auto source = object.begin(); source != object.end(); ++source) {
        const QJsonObject streams = source.value().toObject();
        for (auto stream = streams.begin(); stream != streams.end(); ++stream) {
            counts[source.key()][stream.key()] = stream.value().toInteger();
        }
    }
    return counts;
}

BackendProcess::BackendProcess()
    : BackendProcess(Options{}) {}

BackendProcess::BackendProcess(Options options)
    : m_options(std::move(options)) {}

BackendProcess::~BackendProcess() {
    stop();
}

QString BackendProcess::binDir() {
    const QString dir = qEnvironmentVariable("C360_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

QString BackendProcess::executable() {
    return binDir() + QStringLiteral("/c360-backend");
}

QStringList BackendProcess::arguments() const {
    return QStringList{QStringLiteral("--port"),      QStringLiteral("0"),
                       QStringLiteral("--customers"), QString::number(m_options.customers),
                       QStringLiteral("--seed"),      QString::number(m_options.seed),
                       QStringLiteral("--token"),     m_options.token} +
           m_options.extraArgs;
}

QString BackendProcess::sourcesFile() const {
    return m_dir.filePath(QStringLiteral("sources.json"));
}

Status BackendProcess::start(std::chrono::milliseconds timeout) {
    if (!m_dir.isValid()) {
        return Error{QStringLiteral("no temporary directory"), m_dir.errorString()};
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(executable());
    m_process->setArguments(arguments() + QStringList{QStringLiteral("--write-sources"), sourcesFile()});
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        return Error{QStringLiteral("could not start %1: %2").arg(executable(), m_process->errorString()), {}};
    }
    static const QRegularExpression listening(QStringLiteral("c360-backend listening on (http://[^\\s]+:(\\d+))"));
    QByteArray out;
    QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process->state() != QProcess::Running) {
                return Error{QStringLiteral("c360-backend exited: %1")
                                 .arg(QString::fromLocal8Bit(m_process->readAllStandardError())),
                             {}};
            }
            continue;
        }
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            m_port = match.captured(2).toInt();
            return {};
        }
    }
    return Error{QStringLiteral("c360-backend did not say it was listening within %1 ms").arg(timeout.count()),
                 QString::fromUtf8(out)};
}

void BackendProcess::stop() {
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool BackendProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

Result<QString> BackendProcess::sourcesFileWithToken(const QString& token, const QString& fileName) const {
    QFile in(sourcesFile());
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read %1").arg(in.fileName()), {}};
    }
    QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        QJsonObject s = it->toObject();
        QJsonObject auth = s.value(QStringLiteral("auth")).toObject();
        auth.insert(QStringLiteral("secret"), token);
        s.insert(QStringLiteral("auth"), auth);
        *it = s;
    }
    doc.insert(QStringLiteral("sources"), sources);
    const QString path = m_dir.filePath(fileName);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{QStringLiteral("cannot write %1").arg(path), {}};
    }
    out.write(QJsonDocument(doc).toJson());
    return path;
}

Result<QByteArray> BackendProcess::adminCall(const QString& method, const QString& action, const QByteArray& body) {
    sync::CurlHttpClient http;
    sync::HttpRequest request;
    request.method = method;
    request.url = m_baseUrl + QStringLiteral("/admin/") + action;
    request.headers = {{"Authorization", "Bearer " + m_options.token.toUtf8()}, {"Content-Type", "application/json"}};
    request.body = body;
    auto response = http.send(request);
    if (!response) {
        return response.error();
    }
    if (response->status != 200) {
        return Error{QStringLiteral("admin %1 failed with HTTP %2").arg(action).arg(response->status),
                     QString::fromUtf8(response->body)};
    }
    return response->body;
}

Result<QJsonObject> BackendProcess::mutate(const QString& source, const QString& stream, const QString& op,
                                           const QString& id) {
    const QJsonObject body{{QStringLiteral("source"), source},
                           {QStringLiteral("stream"), stream},
                           {QStringLiteral("op"), op},
                           {QStringLiteral("id"), id}};
    auto reply = adminCall(QStringLiteral("POST"), QStringLiteral("mutate"), QJsonDocument(body).toJson());
    if (!reply) {
        return reply.error();
    }
    return QJsonDocument::fromJson(*reply).object();
}

Status BackendProcess::churn(double perSecond) {
    auto reply = adminCall(QStringLiteral("POST"), QStringLiteral("churn"),
                           QJsonDocument(QJsonObject{{QStringLiteral("rate"), perSecond}}).toJson());
    if (!reply) {
        return reply.error();
    }
    return {};
}

Result<qint64> BackendProcess::injectedFaults() {
    auto reply = adminCall(QStringLiteral("GET"), QStringLiteral("faults"), {});
    if (!reply) {
        return reply.error();
    }
    return QJsonDocument::fromJson(*reply).object().value(QStringLiteral("injected")).toInteger();
}

Result<QJsonObject> BackendProcess::checksum() {
    auto reply = adminCall(QStringLiteral("GET"), QStringLiteral("checksum"), {});
    if (!reply) {
        return reply.error();
    }
    return QJsonDocument::fromJson(*reply).object();
}

Status BackendProcess::revokeTokens() {
    auto reply = adminCall(QStringLiteral("POST"), QStringLiteral("revoke-tokens"), "{}");
    if (!reply) {
        return reply.error();
    }
    return {};
}

Status BackendProcess::inject(const QString& source, const QString& stream, const QJsonObject& record) {
    const QJsonObject body{
        {QStringLiteral("source"), source}, {QStringLiteral("stream"), stream}, {QStringLiteral("record"), record}};
    auto reply = adminCall(QStringLiteral("POST"), QStringLiteral("inject"), QJsonDocument(body).toJson());
    if (!reply) {
        return reply.error();
    }
    return {};
}

Status BackendProcess::faults(double rate, const QStringList& kinds, int count) {
    const QJsonObject body{{QStringLiteral("rate"), rate},
                           {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
                           {QStringLiteral("count"), count}};
    auto reply = adminCall(QStringLiteral("POST"), QStringLiteral("faults"), QJsonDocument(body).toJson());
    if (!reply) {
        return reply.error();
    }
    return {};
}

Result<SourceStreamCounts> BackendProcess::stats() {
    auto reply = adminCall(QStringLiteral("GET"), QStringLiteral("stats"), {});
    if (!reply) {
        return reply.error();
    }
    return countsFromJson(QJsonDocument::fromJson(*reply).object());
}

Result<SourceStreamCounts> BackendProcess::scopedStats(const QString& query) {
    auto reply = adminCall(QStringLiteral("GET"), QStringLiteral("stats?") + query, {});
    if (!reply) {
        return reply.error();
    }
    return countsFromJson(QJsonDocument::fromJson(*reply).object());
}

Result<SourceStreamCounts> BackendProcess::generatedStats(const Options& options) {
    QProcess p;
    p.start(executable(), {QStringLiteral("--stats"), QStringLiteral("--customers"), QString::number(options.customers),
                           QStringLiteral("--seed"), QString::number(options.seed)});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return Error{QStringLiteral("c360-backend --stats failed"), QString::fromLocal8Bit(p.readAllStandardError())};
    }
    return countsFromJson(QJsonDocument::fromJson(p.readAllStandardOutput()).object());
}

} // namespace c360::testing

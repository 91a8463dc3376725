#include "sync/ConnectivityMonitor.h"

#include "models/WorkerGuard.h"
#include "sync/CurlHttpClient.h"
#include "sync/SyncLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace c360::sync {

// Lives on the monitor's thread: one libcurl client (keep-alive between probes), blocking calls.
class ReachabilityProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReachabilityProbe)

public:
    explicit ReachabilityProbe(const std::atomic<bool>* cancel)
        : m_cancel(cancel) {}

    void run(const QStringList& urls, std::chrono::milliseconds timeout) {
        QStringList unreachable;
        QString error;
        const QString problem = runGuarded(tr("The connection check"), [&] {
            CurlHttpClient& http = client(timeout);
            for (const QString& url : urls) {
                if (m_cancel->load()) {
                    return;
                }
                HttpRequest request;
                request.url = url;
                const auto response = http.send(request);
                if (response) {
                    continue;
                }
                switch (http.lastErrorKind()) {
                case TransportError::ConnectFailed:
                case TransportError::Timeout:
                case TransportError::ConnectionReset:
                    unreachable.append(url);
                    if (error.isEmpty()) {
                        error = response.error().message;
                    }
                    break;
                default: // it answered something (too large, TLS trouble...): reachable, not our concern here
                    break;
                }
            }
        });
        if (m_cancel->load()) {
            return;
        }
        if (!problem.isEmpty()) {
            error = problem;
            unreachable = urls;
        }
        Q_EMIT done(unreachable, error, int(urls.size()));
    }

Q_SIGNALS:
    void done(const QStringList& unreachable, const QString& error, int hosts);

private:
    CurlHttpClient& client(std::chrono::milliseconds timeout) {
        if (!m_http || m_timeout != timeout) {
            CurlHttpClient::Options options;
            options.connectTimeout = timeout;
            options.requestTimeout = timeout;
            options.lowSpeedTimeSeconds = std::max<long>(1, long(timeout.count() / 1000));
            options.maxBodyBytes = 64 * 1024; // a home page that is larger still answered
            options.maxRedirects = 0;
            options.cancel = m_cancel;
            m_http = std::make_unique<CurlHttpClient>(options);
            m_timeout = timeout;
        }
        return *m_http;
    }

    const std::atomic<bool>* m_cancel;
    std::unique_ptr<CurlHttpClient> m_http;
    std::chrono::milliseconds m_timeout{0};
};

ConnectivityMonitor::ConnectivityMonitor(QObject* parent)
    : QObject(parent)
    , m_probe(std::make_unique<ReachabilityProbe>(&m_cancel)) {
    qRegisterMetaType<c360::sync::ConnectivityMonitor::State>();
    m_thread.setObjectName(QStringLiteral("c360-connectivity"));
    m_probe->moveToThread(&m_thread);
    connect(m_probe.get(), &ReachabilityProbe::done, this, &ConnectivityMonitor::onProbed, Qt::QueuedConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
    m_thread.start();
}

ConnectivityMonitor::~ConnectivityMonitor() {
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
    m_probe.reset(); // its thread has finished: safe to delete here
}

void ConnectivityMonitor::setOptions(const Options& options) {
    m_options = options;
    if (m_running && !m_probing) {
        schedule();
    }
}

QString ConnectivityMonitor::hostOf(const QString& url) {
    const QUrl u(url);
    return u.scheme() + QStringLiteral("://") + u.host() + QLatin1Char(':') + QString::number(u.port(-1));
}

void ConnectivityMonitor::setTargets(const QStringList& baseUrls) {
    QStringList hosts;
    m_targets.clear();
    for (const QString& url : baseUrls) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))) {
            continue;
        }
        const QString host = hostOf(url);
        if (!hosts.contains(host)) {
            hosts.append(host);
            m_targets.append(url);
        }
    }
}

QStringList ConnectivityMonitor::targetsOf(const QString& sourcesPath) {
    QFile file(sourcesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    QStringList urls;
    for (const QJsonValue& source : root.value(QStringLiteral("sources")).toArray()) {
        const QString url = source.toObject().value(QStringLiteral("base_url")).toString();
        if (!url.isEmpty()) {
            urls.append(url);
        }
    }
    const QString outbox = root.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("base_url")).toString();
    if (!outbox.isEmpty()) {
        urls.append(outbox);
    }
    return urls;
}

void ConnectivityMonitor::start() {
    m_running = true;
    checkNow();
}

void ConnectivityMonitor::stop() {
    m_running = false;
    m_timer.stop();
}

void ConnectivityMonitor::checkNow() {
    if (m_targets.isEmpty()) {
        return;
    }
    if (m_probing) {
        m_again = true; // right after the running one: its answer may predate the news
        return;
    }
    m_timer.stop();
    m_probing = true;
    ReachabilityProbe* probe = m_probe.get();
    const QStringList urls = m_targets;
    const auto timeout = m_options.timeout;
    QMetaObject::invokeMethod(
        probe, [probe, urls, timeout] { probe->run(urls, timeout); }, Qt::QueuedConnection);
}

void ConnectivityMonitor::reportFailure(const QString& reason) {
    qCDebug(lcSync).noquote() << "a push or fetch failed to reach its server:" << reason << "- checking connectivity";
    checkNow();
}

void ConnectivityMonitor::onProbed(const QStringList& unreachable, const QString& error, int hosts) {
    m_probing = false;
    const State before = m_state;
    const QStringList unreachableBefore = m_unreachable;
    if (hosts > 0 && unreachable.size() >= hosts) {
        m_state = State::Offline;
        m_reason = error.isEmpty() ? tr("No server answers.") : error;
        m_unreachable = unreachable;
    } else {
        m_state = State::Online;
        m_reason.clear();
        m_unreachable = unreachable;
    }
    Q_EMIT probed(m_unreachable);
    if (m_state != before || m_unreachable != unreachableBefore) {
        qCInfo(lcSync).noquote() << "connectivity:" << (m_state == State::Online ? "online" : "offline")
                                 << m_unreachable.size() << "of" << hosts << "host(s) unreachable";
        Q_EMIT stateChanged(m_state, m_reason);
    }
    if (m_state != before) {
        if (m_state == State::Offline) {
            Q_EMIT wentOffline(m_reason);
        } else if (before == State::Offline) {
            Q_EMIT backOnline();
        }
    }
    if (m_again) {
        m_again = false;
        checkNow();
        return;
    }
    schedule();
}

void ConnectivityMonitor::schedule() {
    if (!m_running) {
        return;
    }
    m_timer.start(m_state == State::Offline ? m_options.offlineInterval : m_options.onlineInterval);
}

} // namespace c360::sync

#include "ConnectivityMonitor.moc"

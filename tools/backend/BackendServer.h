#pragma once

#include "tools/backend/FaultInjector.h"
#include "tools/backend/Mutator.h"
#include "tools/backend/Streams.h"
#include "tools/backend/VendorApi.h"
#include "tools/backend/VendorWrites.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

#include <memory>

namespace c360::backend {

class SourceStore;

struct ServerOptions {
    QString token = QStringLiteral("c360-demo-token");
    quint64 seed = 42;
    bool verbose = false;
    Flavor flavor = Flavor::Reference;
    QString user = QStringLiteral("demo");  // who the token belongs to (GET /api/v1/me)
    QString role = QStringLiteral("agent"); // agent | supervisor | field | auditor
};

struct Reply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool retryAfter = false;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (e.g. Link)
};

// The HTTP face of the store: data feeds, admin endpoints, churn and injected faults.
class BackendServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendServer)

public:
    BackendServer(SourceStore& store, ServerOptions options, QObject* parent = nullptr);
    ~BackendServer() override;

    // Returns the port (0 on failure). port 0 picks a free one.
    quint16 listenOn(const QHostAddress& address, quint16 port);
    void setChurnRate(double perSecond);
    void setFaults(double rate, std::vector<FaultKind> kinds, int maxCount = -1);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    bool authorized(const QHttpServerRequest& request) const;
    Reply route(const QHttpServerRequest& request, bool* isData);
    Reply dataPage(const QHttpServerRequest& request, StreamKind kind);
    Reply admin(const QHttpServerRequest& request, const QString& action);
    Reply adminMutate(const QJsonObject& body);
    Reply adminInject(const QJsonObject& body);
    Reply adminFaults(const QJsonObject& body);
    Reply adminChecksum() const;
    Reply outbox(const QHttpServerRequest& request, const QString& kind);
    Reply adminOutbox() const;
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply);
    void sendWithFault(const QHttpServerRequest& request, QTcpSocket* socket, Reply reply, FaultKind fault);
    static void sendLater(QTcpSocket* socket, const Reply& reply, int delayMs);
    static void sendDrip(QTcpSocket* socket, const Reply& reply);
    void churnTick();

    SourceStore& m_store;
    ServerOptions m_options;
    std::unique_ptr<VendorApi> m_vendor;    // null: the reference API
    std::unique_ptr<VendorWrites> m_writes; // the vendor flavor's write endpoints (null: reference)
    QString m_baseUrl;
    Mutator m_mutator;
    FaultInjector m_faults;
    QTimer m_churnTimer;
    double m_churnRate = 0.0;
    double m_churnDebt = 0.0;
    QMap<QString, qint64> m_injected; // faults injected so far, by kind
    // Outbox writes: each Idempotency-Key is applied once; a repeat gets the first answer again.
    struct AppliedWrite {
        QString key;
        QString kind;
        QString customer;
        QJsonObject body;
    };
    QHash<QString, Reply> m_outboxReplies;
    QList<AppliedWrite> m_outboxApplied;
    qint64 m_outboxRequests = 0;
    qint64 m_outboxReplays = 0;
};

} // namespace c360::backend

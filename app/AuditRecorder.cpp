#include "AuditRecorder.h"

#include "models/IdentityResolver.h"
#include "ui/MainWindow.h"
#include "ui/PiiGuard.h"

namespace c360::app {

AuditRecorder::AuditRecorder(QObject* parent)
    : QObject(parent) {}

Status AuditRecorder::open(const QString& auditPath) {
    auto log = AuditLog::open(auditPath, QStringLiteral("ui-audit"));
    if (!log) {
        return log.error();
    }
    m_log.emplace(std::move(*log));
    return {};
}

void AuditRecorder::watch(ui::MainWindow* window) {
    connect(window, &ui::MainWindow::partyOpened, this,
            [this](qint64 partyId) { record(AuditAction::Open, QStringLiteral("party:") + QString::number(partyId)); });
    connect(window, &ui::MainWindow::historyExported, this, [this](qint64 partyId, int events, const QString& format) {
        record(AuditAction::Export, QStringLiteral("party:") + QString::number(partyId),
               QJsonObject{{QStringLiteral("what"), QStringLiteral("history")},
                           {QStringLiteral("events"), events},
                           {QStringLiteral("format"), format}});
    });
    connect(window, &ui::MainWindow::conflictResolved, this,
            [this](qint64 id, const QString& kind, const QString& choice) {
                record(AuditAction::Conflict, QStringLiteral("outbox:") + QString::number(id),
                       QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("choice"), choice}});
            });
    // A reveal happens only once it is recorded.
    window->piiGuard()->setAuditHook([this](qint64 partyId) {
        return record(AuditAction::Reveal, QStringLiteral("party:") + QString::number(partyId),
                      QJsonObject{{QStringLiteral("fields"), QStringLiteral("contacts")}});
    });
}

namespace {
QJsonObject decisionDetail(const IdentityDecision& d, qint64 decisionId) {
    const auto ref = [](const QString& source, const QString& stream, const QString& id) {
        return QString(source + QLatin1Char('/') + stream + QLatin1Char('/') + id);
    };
    QJsonObject detail{{QStringLiteral("a"), ref(d.aSource, d.aStream, d.aSourceId)}};
    if (!d.bSourceId.isEmpty()) {
        detail.insert(QStringLiteral("b"), ref(d.bSource, d.bStream, d.bSourceId));
    }
    if (decisionId > 0) {
        detail.insert(QStringLiteral("decision"), decisionId);
    }
    return detail;
}
} // namespace

void AuditRecorder::recordDecision(const IdentityDecision& d, qint64 decisionId) {
    const auto action = auditActionFromName(d.kind);
    if (!action) {
        return;
    }
    QJsonObject detail = decisionDetail(d, decisionId);
    if (!d.reason.isEmpty()) {
        detail.insert(QStringLiteral("reason"), d.reason);
    }
    record(*action, QStringLiteral("record:") + d.aSource + QLatin1Char('/') + d.aSourceId, detail);
}

void AuditRecorder::recordUndo(qint64 decisionId, const IdentityDecision& d, const QString& reason) {
    QJsonObject detail = decisionDetail(d, decisionId);
    detail.insert(QStringLiteral("undone"), d.kind);
    detail.insert(QStringLiteral("reason"), reason);
    record(AuditAction::Undo, QStringLiteral("decision:") + QString::number(decisionId), detail);
}

bool AuditRecorder::record(AuditAction action, const QString& subject, const QJsonObject& detail) {
    if (!m_log) {
        return false;
    }
    const auto entry = m_log->append(m_actor, action, subject, detail);
    if (!entry) {
        Q_EMIT failed(entry.error().message);
        return false;
    }
    return true;
}

} // namespace c360::app

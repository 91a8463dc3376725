#pragma once

#include "models/AuditLog.h"

#include <QObject>
#include <QString>

#include <optional>

namespace c360 {
struct IdentityDecision;
}
namespace c360::ui {
class MainWindow;
}

namespace c360::app {

// Writes what the user of the window does to the audit log (audit.db beside the cache): opening a
// customer, supervisors' merges and splits. Uses its own connection on the UI thread; the audit
// file is not the cache, so a write never waits behind a sync transaction.
class AuditRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRecorder)
public:
    explicit AuditRecorder(QObject* parent = nullptr);

    // Opens the log; a human message on failure (the window then says that nothing is audited).
    Status open(const QString& auditPath);
    void watch(ui::MainWindow* window);
    // A merge or split, with its reason and the decision's id in the cache.
    void recordDecision(const IdentityDecision& decision, qint64 decisionId = 0);
    // A decision undone: which one, what it was, and why it was undone.
    void recordUndo(qint64 decisionId, const IdentityDecision& decision, const QString& reason);
    bool record(AuditAction action, const QString& subject, const QJsonObject& detail = {});
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

Q_SIGNALS:
    void failed(const QString& message); // an entry could not be written

private:
    std::optional<AuditLog> m_log;
    QString m_actor = AuditLog::currentActor();
};

} // namespace c360::app

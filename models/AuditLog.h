#pragma once

#include "models/Database.h"
#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace c360 {

// What was done. The names are the stored and printed form ("open", "reveal", ...).
enum class AuditAction {
    Open,         // a customer was opened (window, screen pop)
    Reveal,       // masked personal data was shown in full
    Export,       // data left the workstation (file, report, CSV)
    Merge,        // a supervisor merged two customers
    Split,        // a supervisor split a record off a customer
    RulesChanged, // the next-best-action rules were edited
    Forget,       // a customer's local data was erased
    Purge,        // the local data was purged (sign-out, retention)
    Undo,         // a supervisor undid a merge or split decision
    Conflict,     // an agent resolved an edit conflict: kept theirs, or took the server's (change discarded)
};
QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString& name);

// One row of the audit log. `subject` names what was acted on without personal data
// ("party:42", "rules:default", "export:journey"); `detail` is a small JSON object, never PII.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString subject;
    QJsonObject detail;
    QString prevHash; // hex SHA-256 of the previous entry ("0" × 64 for the first)
    QString hash;     // hex SHA-256 of this entry (chained over prevHash)
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;  // rows read
    qint64 firstBad = 0; // id of the first entry that does not verify (0 when intact)
    QString problem;     // human-readable: what does not match
};

struct AuditFilter {
    QString subject; // "" = all
    QString action;  // "" = all
    int limit = 200; // newest first
};

// The append-only audit log: who opened which customer, revealed, exported, merged, changed
// rules. Its own SQLite file (audit.db beside the cache, synchronous=FULL) so that it survives a
// cache reset or a purge and never waits behind a sync transaction. Every row carries the SHA-256
// of its content and of the previous row's hash: editing, inserting or deleting a row in the middle
// breaks the chain, which verify() reports. SQL triggers refuse UPDATE and DELETE.
// Every method uses this object's connection, i.e. the thread that opened it.
//
//   auto log = AuditLog::open(AuditLog::pathBeside(cachePath), QStringLiteral("my-connection"));
//   log->append(AuditLog::currentActor(), AuditAction::Export, QStringLiteral("export:journey"),
//               {{"rows", 120}, {"format", "csv"}});
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(c360::AuditLog)

public:
    static Result<AuditLog> open(const QString& path, const QString& connectionName);
    // audit.db in the folder of the cache file.
    static QString pathBeside(const QString& cachePath);
    // Who is at the keyboard: the signed-in user when known, else the operating system's user.
    static QString currentActor();

    AuditLog(AuditLog&&) noexcept = default;
    AuditLog& operator=(AuditLog&&) noexcept = default;

    // Appends one entry (durable on return) and returns it with its id and hash.
    Result<AuditEntry> append(const QString& actor, AuditAction action, const QString& subject,
                              const QJsonObject& detail = {}, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Entries newest first.
    Result<QList<AuditEntry>> list(const AuditFilter& filter = {}) const;
    // Walks the whole chain oldest first and recomputes every hash.
    Result<AuditVerification> verify() const;

    QString path() const { return m_db.path(); }
    QSqlDatabase db() const { return m_db.handle(); }

    static constexpr int kSchemaVersion = 1;

private:
    explicit AuditLog(Database db);
    Status migrate();

    Database m_db;
};

} // namespace c360

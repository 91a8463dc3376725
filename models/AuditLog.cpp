#include "models/AuditLog.h"

#include "models/Log.h"
#include "models/Migrations.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>

namespace c360 {

namespace {

struct ActionName {
    AuditAction action;
    const char* name;
};
constexpr std::array<ActionName, 10> kActions = {{
    {AuditAction::Open, "open"},
    {AuditAction::Reveal, "reveal"},
    {AuditAction::Export, "export"},
    {AuditAction::Merge, "merge"},
    {AuditAction::Split, "split"},
    {AuditAction::RulesChanged, "rules_changed"},
    {AuditAction::Forget, "forget"},
    {AuditAction::Purge, "purge"},
    {AuditAction::Undo, "undo"},
    {AuditAction::Conflict, "conflict"},
}};

const QString kGenesis = QString(64, QLatin1Char('0'));

// v1: the log itself, and triggers that make it append-only for anyone using SQL (the hash chain
// catches those who go around them, e.g. by editing the file's bytes).
constexpr const char* kV1[] = {
    R"(CREATE TABLE audit_log(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        pushed_ms INTEGER))",
    "CREATE INDEX audit_log_subject ON audit_log(subject, id)",
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF id, at_ms, actor, action, subject, detail, prev_hash, hash
        ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
};

// Each field length-prefixed, so that no two different rows serialize to the same bytes.
QString chainHash(const QString& prevHash, qint64 id, qint64 atMs, const QString& actor, const QString& action,
                  const QString& subject, const QString& detailText) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& field) {
        const QByteArray bytes = field.toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
        h.addData("\n");
    };
    add(prevHash);
    add(QString::number(id));
    add(QString::number(atMs));
    add(actor);
    add(action);
    add(subject);
    add(detailText);
    return QString::fromLatin1(h.result().toHex());
}

AuditEntry readEntry(const QSqlQuery& q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = sql::fromMs(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

QString auditActionName(AuditAction action) {
    for (const ActionName& a : kActions) {
        if (a.action == action) {
            return QLatin1String(a.name);
        }
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(const QString& name) {
    for (const ActionName& a : kActions) {
        if (name == QLatin1String(a.name)) {
            return a.action;
        }
    }
    return std::nullopt;
}

AuditLog::AuditLog(Database db)
    : m_db(std::move(db)) {}

QString AuditLog::pathBeside(const QString& cachePath) {
    return QFileInfo(cachePath).absolutePath() + QStringLiteral("/audit.db");
}

QString AuditLog::currentActor() {
    QString user = qEnvironmentVariable("C360_USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USER");
    }
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME"); // Windows
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<AuditLog> AuditLog::open(const QString& path, const QString& connectionName) {
    Database::Options options;
    options.kind = Database::Kind::Audit; // synchronous=FULL; too-new guard against auditVersion
    options.migrate = false;
    auto db = Database::open(path, connectionName, options);
    if (!db) {
        return db.error();
    }
    AuditLog log(std::move(*db));
    if (Status s = log.migrate(); !s) {
        return s.error();
    }
    return log;
}

Status AuditLog::migrate() {
    static_assert(kSchemaVersion == Migrations::auditVersion);
    QSqlDatabase db = m_db.handle();
    const int current = Migrations::userVersion(db);
    if (current < 0) {
        return Error{tr("The audit log %1 could not be read.").arg(m_db.path()), QStringLiteral("user_version")};
    }
    if (current >= 1) {
        return {};
    }
    Transaction tx(db);
    if (!tx.active()) {
        return sql::error(db, tr("The audit log could not be created."));
    }
    QSqlQuery q(db);
    for (const char* statement : kV1) {
        if (!q.exec(QString::fromUtf8(statement))) {
            return sql::error(q, tr("The audit log could not be created."));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = 1"))) {
        return sql::error(q, tr("The audit log could not be created."));
    }
    return tx.commit();
}

Result<AuditEntry> AuditLog::append(const QString& actor, AuditAction action, const QString& subject,
                                    const QJsonObject& detail, const QDateTime& at) {
    QSqlDatabase db = m_db.handle();
    const QString failed = tr("The audit log could not record this action.");
    Transaction tx(db); // BEGIN IMMEDIATE: the previous hash cannot change under us
    if (!tx.active()) {
        return sql::error(db, failed);
    }
    QSqlQuery q(db);
    AuditEntry e;
    e.prevHash = kGenesis;
    // The next id as AUTOINCREMENT will give it: never reused, even after the last row went.
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        return sql::error(q, failed);
    }
    if (q.next()) {
        e.prevHash = q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1")) ||
        !q.next()) {
        return sql::error(q, failed);
    }
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.actor = actor;
    e.action = auditActionName(action);
    e.subject = subject;
    e.detail = detail;
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    e.hash = chainHash(e.prevHash, e.id, e.at.toMSecsSinceEpoch(), e.actor, e.action, e.subject, detailText);
    if (!q.prepare(QStringLiteral("INSERT INTO audit_log(id, at_ms, actor, action, subject, detail, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !sql::exec(q, {e.id, e.at.toMSecsSinceEpoch(), e.actor, e.action, e.subject, detailText, e.prevHash, e.hash})) {
        return sql::error(q, failed);
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    qCDebug(lcStorage) << "audit" << e.id << e.action; // never the subject's data
    return e;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter) const {
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, at_ms, actor, action, subject, detail, prev_hash, hash FROM audit_log "
                                  "WHERE (? = '' OR subject = ?) AND (? = '' OR action = ?) "
                                  "ORDER BY id DESC LIMIT ?"))) {
        return sql::error(q, tr("The audit log could not be read."));
    }
    const QString subject = filter.subject.isNull() ? QString(QLatin1String("")) : filter.subject;
    const QString action = filter.action.isNull() ? QString(QLatin1String("")) : filter.action;
    if (!sql::exec(q, {subject, subject, action, action, filter.limit > 0 ? filter.limit : -1})) {
        return sql::error(q, tr("The audit log could not be read."));
    }
    QList<AuditEntry> out;
    while (q.next()) {
        out.append(readEntry(q));
    }
    return out;
}

Result<AuditVerification> AuditLog::verify() const {
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at_ms, actor, action, subject, detail, prev_hash, hash FROM audit_log "
                               "ORDER BY id"))) {
        return sql::error(q, tr("The audit log could not be read."));
    }
    AuditVerification v;
    QString expectedPrev = kGenesis;
    while (q.next()) {
        ++v.entries;
        const qint64 id = q.value(0).toLongLong();
        const QString prev = q.value(6).toString();
        const QString stored = q.value(7).toString();
        const QString computed = chainHash(prev, id, q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        QString problem;
        if (prev != expectedPrev) {
            problem = tr("entry %1 does not follow the entry before it (an entry was removed, inserted or "
                         "reordered)")
                          .arg(id);
        } else if (computed != stored) {
            problem = tr("entry %1 was changed after it was written").arg(id);
        }
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBad = id;
            v.problem = problem;
            return v;
        }
        expectedPrev = stored;
    }
    // The last row's id must be the last id ever given: removing the newest rows shows here.
    QSqlQuery seq(m_db.handle());
    if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && seq.next()) {
        const qint64 last = seq.value(0).toLongLong();
        QSqlQuery max(m_db.handle());
        if (max.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) && max.next() &&
            max.value(0).toLongLong() != last) {
            v.intact = false;
            v.firstBad = max.value(0).toLongLong() + 1;
            v.problem = tr("entries after %1 were removed").arg(max.value(0).toLongLong());
        }
    }
    return v;
}

} // namespace c360

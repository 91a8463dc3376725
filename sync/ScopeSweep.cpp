#include "sync/ScopeSweep.h"

#include "models/AuditLog.h"
#include "models/CustomerEraser.h"
#include "models/ScopeRepository.h"
#include "models/SqlUtil.h"
#include "sync/Manifest.h"
#include "sync/OutboxStore.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <atomic>

namespace c360::sync {

ScopeSweep::ScopeSweep(QSqlDatabase db)
    : m_db(std::move(db)) {}

// Has every stream of the source completed a read since `sinceMs` (when its checkpoints were reset)?
Result<bool> ScopeSweep::readAgain(const SourceConfig& source, qint64 sinceMs) const {
    auto manifest = ManifestRegistry::load(source.manifest);
    if (!manifest) {
        return false; // the sync reports it; nothing can be concluded
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT last_success FROM sync_state WHERE source = ? AND stream = ?"))) {
        return sql::error(q, tr("The sync state could not be read."));
    }
    const QStringList streams = source.streams.isEmpty() ? manifest->streamNames() : source.streams;
    for (const QString& stream : streams) {
        if (manifest->stream(stream) == nullptr) {
            continue; // a stream the manifest lacks is reported by the sync, and never read
        }
        if (!sql::exec(q, {source.name, stream})) {
            return sql::error(q, tr("The sync state could not be read."));
        }
        const bool done = q.next() && !q.value(0).isNull() && q.value(0).toLongLong() >= sinceMs;
        q.finish();
        if (!done) {
            return false;
        }
    }
    return true;
}

Result<QSet<qint64>> ScopeSweep::waitingInOutbox() const {
    QSet<qint64> waiting;
    const QString path = QFileInfo(m_db.databaseName()).absolutePath() + QStringLiteral("/outbox.db");
    if (m_db.databaseName().isEmpty() || !QFileInfo::exists(path)) {
        return waiting;
    }
    static std::atomic<int> runs{0};
    auto outbox = OutboxStore::open(path, QStringLiteral("c360-scope-sweep-outbox-%1").arg(++runs));
    if (!outbox) {
        return outbox.error();
    }
    QSqlQuery q(outbox->db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT party_id FROM outbox WHERE state NOT IN ('sent', 'discarded') AND "
                               "party_id > 0"))) {
        return sql::error(q, tr("The outbox could not be read."));
    }
    while (q.next()) {
        waiting.insert(q.value(0).toLongLong());
    }
    return waiting;
}

Result<ScopeSweepReport> ScopeSweep::run(const QList<SourceConfig>& sources) {
    ScopeSweepReport report;
    ScopeRepository repo(m_db);
    QHash<QString, ScopeRepository::Stored> due;
    for (const SourceConfig& source : sources) {
        auto stored = repo.stored(source.name);
        if (!stored) {
            return stored.error();
        }
        if (stored->sweepSinceMs) {
            due.insert(source.name, *stored);
        }
    }
    if (due.isEmpty()) {
        return report;
    }
    for (const SourceConfig& source : sources) {
        if (!due.contains(source.name)) {
            continue;
        }
        auto done = readAgain(source, *due.value(source.name).sweepSinceMs);
        if (!done) {
            return done.error();
        }
        if (!*done) {
            report.due = true; // a stream failed, was cancelled or not synced yet: a later sync concludes
            return report;
        }
    }
    // The customers every live record of which is of a re-read source and was not fetched since its re-read.
    QStringList stale;
    QVariantList binds;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        stale << QStringLiteral("(sr.source = ? AND sr.fetched_at < ?)");
        binds << it.key() << *it.value().sweepSinceMs;
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT party_id FROM (SELECT pl.party_id FROM party_link pl JOIN source_record sr "
                                  "ON sr.id = pl.record_id WHERE sr.deleted = 0 GROUP BY pl.party_id HAVING "
                                  "max(CASE WHEN ") +
                   stale.join(QStringLiteral(" OR ")) +
                   QStringLiteral(" THEN 0 ELSE 1 END) = 0) WHERE party_id NOT IN (SELECT party_id FROM "
                                  "scope_customer WHERE party_id IS NOT NULL) ORDER BY party_id"))) {
        return sql::error(q, tr("The customers out of the sync scope could not be read."));
    }
    for (const QVariant& b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return sql::error(q, tr("The customers out of the sync scope could not be read."));
    }
    QList<qint64> gone;
    while (q.next()) {
        gone << q.value(0).toLongLong();
    }
    q.finish();
    auto waiting = waitingInOutbox();
    if (!waiting) {
        return waiting.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = gone.size() - 1; i >= 0; --i) {
        const qint64 party = gone.at(i);
        if (!waiting->contains(party)) {
            continue;
        }
        // Their writes still have to reach the server: kept, and synced as an opened customer until retention
        // lets them go.
        auto keys = repo.keysOfParty(party);
        if (!keys) {
            return keys.error();
        }
        if (Status s = repo.keep(*keys, QStringLiteral("opened"), party, now); !s) {
            return s.error();
        }
        gone.removeAt(i);
        ++report.keptForOutbox;
    }
    if (!gone.isEmpty()) {
        auto erased = CustomerEraser(m_db).forgetMany(gone);
        if (!erased) {
            return erased.error();
        }
        report.purged = *erased;
    }
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        if (Status s = repo.setStored(it.key(), {it.value().fingerprint, std::nullopt}); !s) {
            return s.error();
        }
    }
    qCInfo(lcSync) << "read again under the new scope: erased" << report.purged << "customer(s) out of it;"
                   << report.keptForOutbox << "kept for their unsent writes";
    if (report.purged > 0 && !m_db.databaseName().isEmpty()) {
        static std::atomic<int> logs{0};
        auto audit = AuditLog::open(AuditLog::pathBeside(m_db.databaseName()),
                                    QStringLiteral("c360-scope-sweep-audit-%1").arg(++logs));
        if (!audit) {
            return Error{tr("%n customer(s) out of the sync scope were erased, but the audit log could not be "
                            "opened: %1",
                            nullptr, int(report.purged))
                             .arg(audit.error().message),
                         audit.error().detail};
        }
        const QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("scope")},
                                 {QStringLiteral("customers"), report.purged}};
        if (auto entry = audit->append(AuditLog::currentActor(), AuditAction::Purge, QStringLiteral("scope"), detail);
            !entry) {
            return Error{tr("%n customer(s) out of the sync scope were erased, but the audit log could not record "
                            "it: %1",
                            nullptr, int(report.purged))
                             .arg(entry.error().message),
                         entry.error().detail};
        }
    }
    return report;
}

} // namespace c360::sync

#include "app/Retention.h"

#include "models/AuditLog.h"
#include "models/CustomerEraser.h"
#include "models/Database.h"
#include "models/Log.h"
#include "models/SqlUtil.h"
#include "sync/JsonLimits.h"
#include "sync/OutboxStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <nlohmann/json.hpp>

#include <atomic>
#include <exception>

namespace c360::app {

namespace {

const QStringList& scopeFields() {
    static const QStringList fields{QStringLiteral("city"), QStringLiteral("segment")};
    return fields;
}

} // namespace

Result<std::optional<RetentionPolicy>> Retention::fromSourcesFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Could not read the sources file %1: %2").arg(path, file.errorString()), {}};
    }
    const QByteArray text = sync::readJsonText(file);
    if (sync::jsonLimitExceeded(text)) {
        return Error{tr("Sources file %1 is too large or too deeply nested").arg(path), {}};
    }
    using nlohmann::json;
    const json doc = json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return Error{tr("Sources file %1 is not valid JSON").arg(path), {}};
    }
    const auto days = doc.find("retention_days");
    if (days == doc.end() || days->is_null()) {
        return std::optional<RetentionPolicy>{};
    }
    if (!days->is_number_integer() || days->get<qint64>() < 0 || days->get<qint64>() > 36500) {
        return Error{
            tr("Sources file %1: \"retention_days\" must be a whole number of days (0 turns retention off).").arg(path),
            {}};
    }
    RetentionPolicy policy;
    policy.days = int(days->get<qint64>());
    if (policy.days == 0) {
        return std::optional<RetentionPolicy>{};
    }
    if (const auto scope = doc.find("scope"); scope != doc.end() && !scope->is_null()) {
        const auto bad = [&] {
            return Error{tr("Sources file %1: \"scope\" maps %2 to lists of values, e.g. {\"city\": [\"Shanghai\"]}.")
                             .arg(path, scopeFields().join(QStringLiteral(", "))),
                         {}};
        };
        if (!scope->is_object()) {
            return bad();
        }
        for (const auto& [key, values] : scope->items()) {
            const QString field = QString::fromStdString(key);
            if (key == "territory" || key == "owner" || key == "queue" || key == "customers" ||
                key == "customers_file") {
                policy.syncScoped = true; // checked by sync::SourcesFile
                continue;
            }
            if (!scopeFields().contains(field) || !values.is_array()) {
                return bad();
            }
            QStringList list;
            for (const json& v : values) {
                if (!v.is_string()) {
                    return bad();
                }
                list << QString::fromStdString(v.get<std::string>());
            }
            policy.scope.insert(field, list);
        }
    }
    return std::optional<RetentionPolicy>{policy};
}

Result<QList<qint64>> Retention::due(QSqlDatabase cache, const QString& auditPath, const QString& outboxPath,
                                     const RetentionPolicy& policy, const QDateTime& now) {
    const QString failed = tr("Retention could not read the cache.");
    // Who was opened when: the audit log's "open" entries (party:ID).
    QHash<qint64, qint64> lastOpened;
    static std::atomic<int> runs{0};
    const int run = ++runs;
    if (QFileInfo::exists(auditPath)) {
        auto audit = AuditLog::open(auditPath, QStringLiteral("c360-retention-audit-%1").arg(run));
        if (!audit) {
            return audit.error();
        }
        QSqlQuery q(audit->db());
        if (!q.exec(QStringLiteral("SELECT substr(subject, 7), max(at_ms) FROM audit_log WHERE action = 'open' AND "
                                   "subject LIKE 'party:%' GROUP BY subject"))) {
            return sql::error(q, tr("Retention could not read the audit log."));
        }
        while (q.next()) {
            lastOpened.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
    }
    // Customers with notes or wrap-ups still waiting in the outbox stay.
    QSet<qint64> waiting;
    if (QFileInfo::exists(outboxPath)) {
        auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("c360-retention-outbox-%1").arg(run));
        if (!outbox) {
            return outbox.error();
        }
        {
            QSqlQuery q(outbox->db());
            if (q.exec(QStringLiteral("SELECT DISTINCT party_id FROM outbox WHERE state NOT IN ('sent', 'discarded') "
                                      "AND party_id > 0"))) {
                while (q.next()) {
                    waiting.insert(q.value(0).toLongLong());
                }
            }
        }
    }
    QString where;
    QVariantList binds;
    for (auto it = policy.scope.cbegin(); it != policy.scope.cend(); ++it) {
        QStringList marks;
        for (const QString& v : it.value()) {
            marks << QStringLiteral("?");
            binds << v;
        }
        // it.key() is one of scopeFields(), never user text.
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("coalesce(") + it.key() +
                 QStringLiteral(", '') IN (") + (marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u',')) +
                 QLatin1Char(')');
    }
    QSqlQuery q(cache);
    QString sql = where.isEmpty()
                      ? QStringLiteral("SELECT id FROM party WHERE 0")
                      : QStringLiteral("SELECT id FROM party WHERE NOT (") + where + QStringLiteral(") ORDER BY id");
    if (policy.syncScoped) { // customers opened beyond the sync scope
        sql = QStringLiteral("SELECT id FROM (") + sql +
              QStringLiteral(") UNION SELECT DISTINCT party_id FROM scope_customer WHERE reason = 'opened' AND "
                             "party_id IS NOT NULL ORDER BY 1");
    }
    if (!q.prepare(sql)) {
        return sql::error(q, failed);
    }
    for (const QVariant& b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return sql::error(q, failed);
    }
    const qint64 cutoff = now.addDays(-policy.days).toMSecsSinceEpoch();
    QList<qint64> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (waiting.contains(id) || lastOpened.value(id, 0) >= cutoff) {
            continue;
        }
        out << id;
    }
    return out;
}

Result<RetentionReport> Retention::apply(const QString& cachePath, const RetentionPolicy& policy,
                                         const QDateTime& now) {
    static std::atomic<int> runs{0};
    auto cache = Database::open(cachePath, QStringLiteral("c360-retention-%1").arg(++runs));
    if (!cache) {
        return cache.error();
    }
    RetentionReport report;
    {
        QSqlQuery q(cache->handle());
        if (q.exec(QStringLiteral("SELECT count(*) FROM party")) && q.next()) {
            report.customers = q.value(0).toLongLong();
        }
    }
    const QString folder = QFileInfo(cachePath).absolutePath();
    const auto due = Retention::due(cache->handle(), AuditLog::pathBeside(cachePath),
                                    folder + QStringLiteral("/outbox.db"), policy, now);
    if (!due) {
        return due.error();
    }
    if (due->isEmpty()) {
        return report;
    }
    const auto erased = CustomerEraser(cache->handle()).forgetMany(*due);
    if (!erased) {
        return erased.error();
    }
    report.purged = *erased;
    if (policy.syncScoped) { // erased customers leave the sync too
        QSqlQuery forget(cache->handle());
        if (!forget.prepare(QStringLiteral("DELETE FROM scope_customer WHERE party_id = ?"))) {
            return sql::error(forget, tr("Retention could not update the list of opened customers."));
        }
        for (const qint64 id : std::as_const(*due)) {
            if (!sql::exec(forget, {id})) {
                return sql::error(forget, tr("Retention could not update the list of opened customers."));
            }
        }
    }
    qCInfo(lcStorage) << "retention: erased" << report.purged << "of" << report.customers
                      << "customers out of scope and not opened for" << policy.days << "days";
    if (auto audit =
            AuditLog::open(AuditLog::pathBeside(cachePath), QStringLiteral("c360-retention-log-%1").arg(runs.load()));
        audit) {
        const QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("retention")},
                                 {QStringLiteral("customers"), report.purged},
                                 {QStringLiteral("days"), policy.days}};
        if (const auto entry =
                audit->append(AuditLog::currentActor(), AuditAction::Purge, QStringLiteral("retention"), detail);
            !entry) {
            return Error{tr("Retention erased %n customer(s), but the audit log could not record it: %1", nullptr,
                            int(report.purged))
                             .arg(entry.error().message),
                         entry.error().detail};
        }
    } else {
        return Error{tr("Retention erased %n customer(s), but the audit log could not be opened: %1", nullptr,
                        int(report.purged))
                         .arg(audit.error().message),
                     audit.error().detail};
    }
    return report;
}

Result<std::optional<RetentionReport>> Retention::run(const QString& sourcesPath, const QString& cachePath) {
    if (!QFileInfo::exists(sourcesPath) || !QFileInfo::exists(cachePath)) {
        return std::optional<RetentionReport>{};
    }
    const auto policy = fromSourcesFile(sourcesPath);
    if (!policy) {
        return policy.error();
    }
    if (!policy->has_value()) {
        return std::optional<RetentionReport>{};
    }
    auto report = apply(cachePath, **policy);
    if (!report) {
        return report.error();
    }
    return std::optional<RetentionReport>{*report};
}

void Retention::start(const QString& sourcesPath, const QString& cachePath, QObject* context, Done done) {
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([sourcesPath, cachePath, guard, done] {
        Result<std::optional<RetentionReport>> result = Error{tr("Retention stopped on an internal error."), {}};
        try {
            result = run(sourcesPath, cachePath);
        } catch (const std::exception& e) {
            result = Error{tr("Retention stopped on an internal error."), QString::fromLocal8Bit(e.what())};
        }
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard) {
                        done(result);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace c360::app

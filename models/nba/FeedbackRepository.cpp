#include "models/nba/FeedbackRepository.h"

#include "models/Database.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

namespace c360::nba {

namespace {
constexpr const char* kColumns =
    "id, party_id, action_id, outcome, reason, call_reason, channel, queue, pack, at_ms, agent";

Feedback fromRow(const QSqlQuery& q) {
    Feedback f;
    f.id = q.value(0).toLongLong();
    f.partyId = q.value(1).toLongLong();
    f.actionId = q.value(2).toString();
    f.outcome = outcomeFromName(q.value(3).toString()).value_or(Outcome::Later);
    f.reason = q.value(4).toString();
    f.context = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    f.pack = q.value(8).toString();
    f.atMs = q.value(9).toLongLong();
    f.agent = q.value(10).toString();
    return f;
}
} // namespace

FeedbackRepository::FeedbackRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status FeedbackRepository::ensureSchema() {
    // The table is part of the cache schema (migration v4); a connection opened without
    // migrating an older cache would not have it.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM nba_feedback LIMIT 0"))) {
        return sql::error(q, tr("This cache has no place for prompt feedback yet: open it with this version once."));
    }
    return {};
}

QString FeedbackRepository::historySql() {
    return QStringLiteral("SELECT %1 FROM nba_feedback WHERE party_id = ? AND at_ms >= ? ORDER BY at_ms, id")
        .arg(QLatin1String(kColumns));
}

Status FeedbackRepository::validate(const Feedback& f) {
    if (f.actionId.isEmpty()) {
        return Error{tr("The feedback names no action."), {}};
    }
    if (f.outcome == Outcome::Dismissed && f.reason.trimmed().isEmpty()) {
        return Error{tr("A dismissal needs a reason."), {}};
    }
    return {};
}

Result<qint64> FeedbackRepository::record(const Feedback& f) {
    if (Status valid = validate(f); !valid) {
        return valid.error();
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO nba_feedback(party_id, action_id, outcome, reason, call_reason, "
                                  "channel, queue, pack, at_ms, agent) VALUES(?,?,?,?,?,?,?,?,?,?)")) ||
        !sql::exec(q, {f.partyId, f.actionId, outcomeName(f.outcome), sql::text(f.reason.trimmed()),
                       sql::text(f.context.reason), sql::text(f.context.channel), sql::text(f.context.queue),
                       sql::text(f.pack), f.atMs, sql::text(f.agent.trimmed())})) {
        return sql::error(q, tr("The feedback could not be stored."));
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<Feedback>> FeedbackRepository::history(qint64 partyId, qint64 sinceMs) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(historySql()) || !sql::exec(q, {partyId, sinceMs})) {
        return sql::error(q, tr("The feedback history could not be read."));
    }
    QList<Feedback> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return out;
}

Result<QList<Feedback>> FeedbackRepository::unpushed(int limit) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM nba_feedback WHERE pushed_ms IS NULL ORDER BY id LIMIT ?")
                       .arg(QLatin1String(kColumns))) ||
        !sql::exec(q, {limit})) {
        return sql::error(q, tr("The feedback could not be read."));
    }
    QList<Feedback> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return out;
}

Status FeedbackRepository::markPushed(const QList<qint64>& ids, qint64 pushedMs) {
    Transaction tx(m_db);
    if (!tx.active()) {
        return sql::error(m_db, tr("The feedback could not be updated."));
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE nba_feedback SET pushed_ms = ? WHERE id = ?"))) {
        return sql::error(q, tr("The feedback could not be updated."));
    }
    for (qint64 id : ids) {
        if (!sql::exec(q, {pushedMs, id})) {
            return sql::error(q, tr("The feedback could not be updated."));
        }
    }
    return tx.commit();
}

} // namespace c360::nba

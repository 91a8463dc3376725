#pragma once

#include "models/Result.h"
#include "models/nba/ContactPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace c360::nba {

// Agents' answers to shown actions, kept in the cache in the nba_feedback table so the contact
// policy can read them and the outbox can push them later (pushed_ms stays NULL until then).
//
// The table (nba_feedback) is created by the cache migrations (schema v4).
class FeedbackRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::nba::FeedbackRepository)

public:
    explicit FeedbackRepository(QSqlDatabase db);

    Status ensureSchema(); // checks that the cache has the table (a clear error otherwise)
    // What record() refuses before it writes: no action, a dismissal without a reason.
    static Status validate(const Feedback& feedback);
    // Stores one answer; a dismissal needs a reason. Returns the new row id.
    Result<qint64> record(const Feedback& feedback);
    // The party's answers since `sinceMs`, oldest first (uses the (party_id, at_ms) index).
    Result<QList<Feedback>> history(qint64 partyId, qint64 sinceMs) const;
    // Answers not pushed yet, oldest first; and marking them pushed.
    Result<QList<Feedback>> unpushed(int limit) const;
    Status markPushed(const QList<qint64>& ids, qint64 pushedMs);

    static QString historySql();

private:
    QSqlDatabase m_db;
};

} // namespace c360::nba

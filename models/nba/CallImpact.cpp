#include "models/nba/CallImpact.h"

#include "models/SqlUtil.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackRepository.h"

#include <QCoreApplication>

namespace c360::nba {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::nba", text);
}
constexpr qint64 kHistoryMs = 400LL * 24 * 3600 * 1000;
} // namespace

CallContext contextOfInteraction(const QString& channel, const QString& queue) {
    const QString c = channel.trimmed().toLower();
    return CallContext{queue, c == QLatin1String("call") ? QStringLiteral("phone") : c, queue};
}

Result<QList<CallImpact>> compareOnCalls(QSqlDatabase db, const NbaEngine& before, const NbaEngine& after,
                                         qint64 fromMs, qint64 toMs, qint64 nowMs, int limit,
                                         const std::atomic<bool>* cancel) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT i.record_id, i.occurred_ms, coalesce(i.channel, ''), coalesce(i.queue, ''), pl.party_id "
            "FROM interaction i CROSS JOIN party_link pl ON pl.record_id = i.record_id "
            "WHERE i.occurred_ms >= ? AND i.occurred_ms < ? ORDER BY i.occurred_ms, i.record_id LIMIT ?")) ||
        !sql::exec(q, {fromMs, toMs, limit})) {
        return sql::error(q, tr("Today's calls could not be read."));
    }
    QList<CallImpact> calls;
    while (q.next()) {
        CallImpact c;
        c.recordId = q.value(0).toLongLong();
        c.occurredMs = q.value(1).toLongLong();
        c.context = contextOfInteraction(q.value(2).toString(), q.value(3).toString());
        c.partyId = q.value(4).toLongLong();
        calls << c;
    }
    q.finish();

    FactsBuilder builder(db);
    FeedbackRepository feedback(db);
    const bool haveFeedback = feedback.ensureSchema().ok();
    EvaluateOptions options;
    options.topK = 1;
    for (CallImpact& c : calls) {
        if (cancel != nullptr && cancel->load()) {
            return Error{tr("Cancelled."), {}};
        }
        auto facts = builder.build(c.partyId, nowMs, c.context);
        if (!facts) {
            return facts.error();
        }
        QList<Feedback> history;
        if (haveFeedback) {
            auto h = feedback.history(c.partyId, nowMs - kHistoryMs);
            if (!h) {
                return h.error();
            }
            history = *h;
        }
        const Evaluation b = before.evaluate(*facts, history, nowMs, options);
        const Evaluation a = after.evaluate(*facts, history, nowMs, options);
        c.before = b.actions.isEmpty() ? QString() : b.actions.constFirst().actionId;
        c.after = a.actions.isEmpty() ? QString() : a.actions.constFirst().actionId;
    }
    return calls;
}

} // namespace c360::nba

#include "models/ReportRepository.h"

#include "models/ReportFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace c360 {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360", text);
}

// The contacts of the period: contact fact c (models/ReportFacts.h), one range of its clustered key.
// Binds filterValues().
QString contactScope(const ReportFilter& f) {
    QString sql = QStringLiteral(" FROM contact_fact c WHERE c.occurred_ms >= ? AND c.occurred_ms < ?");
    if (!f.queue.isEmpty()) {
        sql += QStringLiteral(" AND c.queue = ?");
    }
    if (!f.agent.isEmpty()) {
        sql += QStringLiteral(" AND c.agent = ?");
    }
    return sql;
}

// The contacts of the period summed per day (contact_day, kept from contact_fact by triggers, models/Migrations.cpp
// v11): a 30-day period reads a few thousand rows. Binds filterValues() (days from its UTC midnights).
QString dayScope(const ReportFilter& f) {
    QString sql = QStringLiteral(" FROM contact_day d WHERE d.day >= ? / 86400000 AND d.day < ? / 86400000");
    if (!f.queue.isEmpty()) {
        sql += QStringLiteral(" AND d.queue = ?");
    }
    if (!f.agent.isEmpty()) {
        sql += QStringLiteral(" AND d.agent = ?");
    }
    return sql;
}

// The customers served in the period, each once: their first contact of the period is the one whose previous
// contact (of the same customer, in the same queue / with the same agent when the filter names them) lies before
// it. One range of an index that holds what stages and segments read. Binds filterValues() and fromMs(). Only for a
// queue with an agent since v13 (the others read served_day).
QString servedScope(const ReportFilter& f) {
    QString sql;
    if (f.agent.isEmpty() && f.queue.isEmpty()) {
        sql = QStringLiteral(" FROM contact_fact c INDEXED BY contact_fact_served WHERE c.occurred_ms >= ? AND "
                             "c.occurred_ms < ? AND (c.prev_ms IS NULL OR c.prev_ms < ?)");
    } else if (f.agent.isEmpty()) {
        sql = QStringLiteral(" FROM contact_fact c INDEXED BY contact_fact_queue_served WHERE c.occurred_ms >= ? AND "
                             "c.occurred_ms < ? AND c.queue = ? AND (c.prev_queue_ms IS NULL OR c.prev_queue_ms < ?)");
    } else if (f.queue.isEmpty()) {
        sql = QStringLiteral(" FROM contact_fact c INDEXED BY contact_fact_agent_served WHERE c.occurred_ms >= ? AND "
                             "c.occurred_ms < ? AND c.agent = ? AND (c.prev_agent_ms IS NULL OR c.prev_agent_ms < ?)");
    } else {
        sql = QStringLiteral(" FROM contact_fact c INDEXED BY contact_fact_agent_served WHERE c.occurred_ms >= ? AND "
                             "c.occurred_ms < ? AND c.queue = ? AND c.agent = ? AND (c.prev_queue_agent_ms IS NULL "
                             "OR c.prev_queue_agent_ms < ?)");
    }
    return sql;
}

constexpr qint64 kDayMs = 86'400'000;

// The grouping of served_day (models/Migrations.cpp v13) a filter reads: 0 all queues and agents, 1 one queue,
// 2 one agent; none for a queue with an agent.
std::optional<std::pair<int, QString>> servedGrouping(const ReportFilter& f) {
    if (f.queue.isEmpty() && f.agent.isEmpty()) {
        return std::pair{0, QStringLiteral("")}; // not a null QString: that binds NULL
    }
    if (f.agent.isEmpty()) {
        return std::pair{1, f.queue};
    }
    if (f.queue.isEmpty()) {
        return std::pair{2, f.agent};
    }
    return std::nullopt;
}

// The served_day rows of the period's customers: per day of the period (one step of its key each), the contacts
// whose previous one lies before the period. Binds servedDayValues() around what the select list binds. The days as
// an IN list, not a join: with statistics (ANALYZE) SQLite would build a Bloom filter for the join by reading
// served_day whole.
QString servedDays(const QString& select) {
    return QStringLiteral("WITH RECURSIVE days(d) AS (SELECT ? UNION ALL SELECT d + 1 FROM days WHERE d + 1 < ?) "
                          "SELECT ") +
           select +
           QStringLiteral(" FROM served_day s WHERE s.grouping = ? AND s.value = ? AND s.day IN (SELECT d FROM days) "
                          "AND s.prev_day < ?");
}

Result<ReportTable> select(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QStringList& columns) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return sql::error(q, tr("The report could not be prepared."));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!q.exec()) {
        return sql::error(q, tr("The report could not be read from the local cache."));
    }
    ReportTable table;
    table.columns = columns;
    while (q.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            row << q.value(static_cast<int>(c));
        }
        table.rows << row;
    }
    return table;
}

QString nbaScope(const ReportFilter& f) {
    QString sql = QStringLiteral(" FROM nba_feedback f WHERE f.at_ms >= ? AND f.at_ms < ?");
    if (!f.queue.isEmpty()) {
        sql += QStringLiteral(" AND f.queue = ?");
    }
    if (!f.agent.isEmpty()) {
        sql += QStringLiteral(" AND f.agent = ?");
    }
    return sql;
}

QVariantList nbaValues(const ReportFilter& f) {
    QVariantList v{f.fromMs(), f.untilMs()};
    if (!f.queue.isEmpty()) {
        v << f.queue;
    }
    if (!f.agent.isEmpty()) {
        v << f.agent;
    }
    return v;
}

Status validPeriod(const ReportFilter& f) {
    if (!f.from.isValid() || !f.to.isValid()) {
        return Error{tr("The report needs a period: a first and a last day."), QStringLiteral("invalid dates")};
    }
    if (f.from > f.to) {
        return Error{tr("The period starts (%1) after it ends (%2).")
                         .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)),
                     QStringLiteral("from > to")};
    }
    return {};
}

} // namespace

qint64 ReportFilter::fromMs() const {
    return QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 ReportFilter::untilMs() const {
    return QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QVariant ReportTable::value(int row, const QString& name) const {
    const int c = column(name);
    if (row < 0 || row >= rows.size() || c < 0) {
        return {};
    }
    return rows.at(row).value(c);
}

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString ReportRepository::kindName(ReportKind kind) {
    switch (kind) {
    case ReportKind::Contacts:
        return QStringLiteral("contacts");
    case ReportKind::ContactReasons:
        return QStringLiteral("contact-reasons");
    case ReportKind::Fcr:
        return QStringLiteral("fcr");
    case ReportKind::RepeatContacts:
        return QStringLiteral("repeat-contacts");
    case ReportKind::HandleTime:
        return QStringLiteral("handle-time");
    case ReportKind::Nba:
        return QStringLiteral("nba");
    case ReportKind::NbaReasons:
        return QStringLiteral("nba-reasons");
    case ReportKind::NbaTrend:
        return QStringLiteral("nba-trend");
    case ReportKind::NbaAgents:
        return QStringLiteral("nba-agents");
    case ReportKind::Stages:
        return QStringLiteral("stages");
    case ReportKind::Segments:
        return QStringLiteral("segments");
    }
    return {};
}

std::optional<ReportKind> ReportRepository::kindFromName(const QString& name) {
    for (ReportKind k : {ReportKind::Contacts, ReportKind::ContactReasons, ReportKind::Fcr, ReportKind::RepeatContacts,
                         ReportKind::HandleTime, ReportKind::Nba, ReportKind::NbaReasons, ReportKind::NbaTrend,
                         ReportKind::NbaAgents, ReportKind::Stages, ReportKind::Segments}) {
        if (kindName(k) == name) {
            return k;
        }
    }
    return std::nullopt;
}

QList<ReportKind> ReportRepository::cliKinds() {
    return {ReportKind::Contacts, ReportKind::Fcr,       ReportKind::RepeatContacts, ReportKind::HandleTime,
            ReportKind::Nba,      ReportKind::NbaAgents, ReportKind::Stages};
}

QVariantList ReportRepository::filterValues(const ReportFilter& f) {
    QVariantList v{f.fromMs(), f.untilMs()};
    if (!f.queue.isEmpty()) {
        v << f.queue;
    }
    if (!f.agent.isEmpty()) {
        v << f.agent;
    }
    return v;
}

QVariantList ReportRepository::servedValues(const ReportFilter& f) {
    if (servedByDay(f)) {
        return servedDayValues(f);
    }
    return filterValues(f) << f.fromMs();
}

QVariantList ReportRepository::contactsValues(const ReportFilter& f) {
    QVariantList v;
    if (!f.agent.isEmpty()) {
        v << f.agent;
    }
    return v << f.fromMs() << f.untilMs() << f.fromMs() << filterValues(f);
}

QString ReportRepository::contactsSql(const ReportFilter& f) {
    // Per queue and channel of the period: the contacts from contact_day; the distinct customers, the contacts whose
    // previous one of the same customer in that queue and channel (with that agent) lies before the period, counted
    // in one range of an index.
    const QString customers =
        f.agent.isEmpty()
            ? QStringLiteral("(SELECT count(*) FROM contact_fact c INDEXED BY contact_fact_channel WHERE c.queue = "
                             "d.queue AND c.channel = d.channel AND c.occurred_ms >= ? AND c.occurred_ms < ? AND "
                             "(c.prev_channel_ms IS NULL OR c.prev_channel_ms < ?))")
            : QStringLiteral("(SELECT count(*) FROM contact_fact c INDEXED BY contact_fact_agent WHERE c.agent = ? AND "
                             "c.queue = d.queue AND c.channel = d.channel AND c.occurred_ms >= ? AND c.occurred_ms < ? "
                             "AND (c.prev_channel_agent_ms IS NULL OR c.prev_channel_agent_ms < ?))");
    return QStringLiteral("SELECT d.queue, d.channel, sum(d.contacts), ") + customers + dayScope(f) +
           QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
}

QString ReportRepository::fcrSql(const ReportFilter& f) {
    return QStringLiteral("SELECT d.queue, sum(d.contacts), sum(d.contacts) - sum(d.followed)") + dayScope(f) +
           QStringLiteral(" GROUP BY 1 ORDER BY 1");
}

QString ReportRepository::repeatSql(const ReportFilter& f) {
    return QStringLiteral("SELECT d.queue, sum(d.contacts), sum(d.repeats)") + dayScope(f) +
           QStringLiteral(" GROUP BY 1 ORDER BY 1");
}

QString ReportRepository::handleTimeSql(const ReportFilter& f) {
    // avg() of the contacts' durations as SQLite computes it: the sum as a double over the count of non-null ones.
    return QStringLiteral("SELECT d.queue, d.agent, sum(d.contacts), coalesce(sum(d.handle_sum), 0), "
                          "round(coalesce(sum(d.handle_sum) * 1.0 / nullif(sum(d.handle_count), 0), 0), 1), "
                          "coalesce(max(d.handle_max), 0), "
                          "round(sum(d.wrap_sum) * 1.0 / nullif(sum(d.wrap_count), 0), 1)") +
           dayScope(f) + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
}

QString ReportRepository::reasonsSql(const ReportFilter& f) {
    return QStringLiteral("SELECT d.reason, sum(d.contacts)") + dayScope(f) +
           QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1");
}

QString ReportRepository::segmentsSql(const ReportFilter& f) {
    if (!servedGrouping(f)) {
        return QStringLiteral("SELECT c.segment, count(*)") + servedScope(f) +
               QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1");
    }
    return servedDays(QStringLiteral("s.segment, sum(s.contacts)")) + QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1");
}

bool ReportRepository::servedByDay(const ReportFilter& f) {
    return servedGrouping(f).has_value();
}

QString ReportRepository::stagesDaySql(const ReportFilter& f, int stageCount) {
    Q_UNUSED(f);
    // Per stage, the customers whose schedule reaches it (or a later stage) before the period's end (v14).
    QString sums;
    for (int s = 0; s < stageCount; ++s) {
        sums += (s ? QStringLiteral(", ") : QString()) +
                QStringLiteral("coalesce(sum(CASE WHEN s.reach%1 < ? THEN s.contacts END), 0)").arg(s);
    }
    return servedDays(sums);
}

QVariantList ReportRepository::servedDayValues(const ReportFilter& f) {
    const auto grouping = servedGrouping(f);
    const qint64 fromDay = f.fromMs() / kDayMs;
    return {fromDay, f.untilMs() / kDayMs, grouping ? grouping->first : 0,
            grouping ? grouping->second : QStringLiteral(""), fromDay};
}

QVariantList ReportRepository::stagesDayValues(const ReportFilter& f, int stageCount) {
    QVariantList v = servedDayValues(f);
    for (int s = 0; s < stageCount; ++s) {
        v.insert(2, f.untilMs() / kDayMs);
    }
    return v;
}

QString ReportRepository::stagesSql(const ReportFilter& f, int stageCount) {
    // The stage each served customer had reached by the end of the period: the one at its first contact of the
    // period, unless a transition followed before the end (then from the stage history).
    QString sums;
    for (int s = 0; s < stageCount; ++s) {
        sums += (s ? QStringLiteral(", ") : QString()) + QStringLiteral("coalesce(sum(r.stage >= %1), 0)").arg(s);
    }
    return QStringLiteral("SELECT ") + sums +
           QStringLiteral(" FROM (SELECT CASE WHEN c.next_stage_ms IS NULL OR c.next_stage_ms >= ? THEN c.stage ELSE "
                          "(SELECT max(s.stage) FROM party_stage s WHERE s.party_id = c.party_id AND s.reached_ms < ?) "
                          "END AS stage") +
           servedScope(f) + QStringLiteral(") r");
}

QVariantList ReportRepository::stagesValues(const ReportFilter& f) {
    return QVariantList{f.untilMs(), f.untilMs()} << filterValues(f) << f.fromMs();
}

Result<ReportTable> ReportRepository::run(ReportKind kind, const ReportFilter& f, const JourneyRules& rules) const {
    if (Status s = validPeriod(f); !s) {
        return s.error();
    }
    switch (kind) {
    case ReportKind::Contacts:
        return contacts(f);
    case ReportKind::ContactReasons:
        return contactReasons(f);
    case ReportKind::Fcr:
        return fcr(f);
    case ReportKind::RepeatContacts:
        return repeatContacts(f);
    case ReportKind::HandleTime:
        return handleTime(f);
    case ReportKind::Nba:
        return nba(f);
    case ReportKind::NbaReasons:
        return nbaReasons(f);
    case ReportKind::NbaTrend:
        return nbaTrend(f);
    case ReportKind::NbaAgents:
        return nbaAgents(f);
    case ReportKind::Stages:
        return stages(f, rules);
    case ReportKind::Segments:
        return segments(f);
    }
    return Error{tr("Unknown report."), QStringLiteral("report kind")};
}

Result<ReportTable> ReportRepository::contacts(const ReportFilter& f) const {
    return select(
        m_db, contactsSql(f), contactsValues(f),
        {QStringLiteral("queue"), QStringLiteral("channel"), QStringLiteral("contacts"), QStringLiteral("customers")});
}

Result<ReportTable> ReportRepository::contactReasons(const ReportFilter& f) const {
    return select(m_db, reasonsSql(f), filterValues(f), {QStringLiteral("reason"), QStringLiteral("contacts")});
}

namespace {
// Appends a rate column: numerator / denominator (columns by index), rounded to 4 places.
void addRate(ReportTable& t, const QString& name, int numerator, int denominator) {
    t.columns << name;
    for (QVariantList& row : t.rows) {
        const double d = row.at(denominator).toDouble();
        row << (d > 0 ? std::round(row.at(numerator).toDouble() / d * 10000.0) / 10000.0 : 0.0);
    }
}
} // namespace

Result<ReportTable> ReportRepository::fcr(const ReportFilter& f) const {
    auto t = select(m_db, fcrSql(f), filterValues(f),
                    {QStringLiteral("queue"), QStringLiteral("contacts"), QStringLiteral("resolved_first")});
    if (t) {
        addRate(*t, QStringLiteral("fcr_rate"), 2, 1);
    }
    return t;
}

Result<ReportTable> ReportRepository::repeatContacts(const ReportFilter& f) const {
    auto t = select(m_db, repeatSql(f), filterValues(f),
                    {QStringLiteral("queue"), QStringLiteral("contacts"), QStringLiteral("repeat_contacts")});
    if (t) {
        addRate(*t, QStringLiteral("repeat_rate"), 2, 1);
    }
    return t;
}

Result<ReportTable> ReportRepository::handleTime(const ReportFilter& f) const {
    return select(m_db, handleTimeSql(f), filterValues(f),
                  {QStringLiteral("queue"), QStringLiteral("agent"), QStringLiteral("contacts"),
                   QStringLiteral("total_handle_seconds"), QStringLiteral("avg_handle_seconds"),
                   QStringLiteral("max_handle_seconds"), QStringLiteral("avg_wrap_up_seconds")});
}

Result<ReportTable> ReportRepository::nba(const ReportFilter& f) const {
    auto t = select(m_db,
                    QStringLiteral("SELECT f.action_id, count(*), sum(f.outcome = 'accepted'), "
                                   "sum(f.outcome = 'dismissed'), sum(f.outcome = 'later')") +
                        nbaScope(f) + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                    nbaValues(f),
                    {QStringLiteral("action"), QStringLiteral("answered"), QStringLiteral("accepted"),
                     QStringLiteral("dismissed"), QStringLiteral("later")});
    if (t) {
        addRate(*t, QStringLiteral("acceptance_rate"), 2, 1);
    }
    return t;
}

Result<ReportTable> ReportRepository::nbaAgents(const ReportFilter& f) const {
    auto t = select(m_db,
                    QStringLiteral("SELECT coalesce(f.agent, ''), count(*), sum(f.outcome = 'accepted'), "
                                   "sum(f.outcome = 'dismissed'), sum(f.outcome = 'later')") +
                        nbaScope(f) + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                    nbaValues(f),
                    {QStringLiteral("agent"), QStringLiteral("answered"), QStringLiteral("accepted"),
                     QStringLiteral("dismissed"), QStringLiteral("later")});
    if (t) {
        addRate(*t, QStringLiteral("acceptance_rate"), 2, 1);
    }
    return t;
}

Result<ReportTable> ReportRepository::nbaReasons(const ReportFilter& f) const {
    return select(m_db,
                  QStringLiteral("SELECT coalesce(f.reason, ''), count(*)") + nbaScope(f) +
                      QStringLiteral(" AND f.outcome = 'dismissed' GROUP BY 1 ORDER BY 2 DESC, 1"),
                  nbaValues(f), {QStringLiteral("reason"), QStringLiteral("dismissed")});
}

Result<ReportTable> ReportRepository::nbaTrend(const ReportFilter& f) const {
    auto t = select(m_db,
                    QStringLiteral("SELECT date(f.at_ms / 1000, 'unixepoch'), count(*), sum(f.outcome = 'accepted')") +
                        nbaScope(f) + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                    nbaValues(f), {QStringLiteral("day"), QStringLiteral("answered"), QStringLiteral("accepted")});
    if (t) {
        addRate(*t, QStringLiteral("acceptance_rate"), 2, 1);
    }
    return t;
}

Result<QList<qint64>> ReportRepository::stageReached(const ReportFilter& f, const JourneyRules& rules,
                                                     QList<qint64>* partyIds) const {
    // Other rules than the shipped ones: derived from the timeline (slow on a large cache).
    // The rules' events of the customers served in the period, up to its end, in time order per customer;
    // the stage each customer reached is assigned in code by the same rules as the journey view.
    const QStringList ruleKinds = rules.ruleKinds();
    QString kindList;
    QVariantList values = filterValues(f);
    for (const QString& k : ruleKinds) {
        kindList += kindList.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values << k;
    }
    values << f.untilMs();
    const QString sql =
        QStringLiteral("SELECT t.party_id, t.kind, t.title, coalesce(t.summary, '') FROM timeline_event t "
                       "WHERE t.party_id IN (SELECT c.party_id") +
        contactScope(f) + QStringLiteral(") AND t.kind IN (") + kindList +
        QStringLiteral(") AND t.occurred_ms < ? ORDER BY t.party_id, t.occurred_ms, t.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return sql::error(q, tr("The report could not be prepared."));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!q.exec()) {
        return sql::error(q, tr("The report could not be read from the local cache."));
    }
    QList<qint64> reached; // per customer: the stage index reached (-1: none)
    qint64 party = -1;
    QList<JourneyEventInput> events;
    auto flush = [&] {
        if (party >= 0) {
            const QList<int> stages = rules.assign(events);
            reached << (stages.isEmpty() ? -1 : stages.last());
            if (partyIds) {
                *partyIds << party;
            }
        }
        events.clear();
    };
    while (q.next()) {
        const qint64 p = q.value(0).toLongLong();
        if (p != party) {
            flush();
            party = p;
        }
        events.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    flush();
    return reached;
}

bool ReportRepository::storedStages(const JourneyRules& rules) const {
    return !rules.fingerprint().isEmpty() && ReportFacts::storedStageRules(m_db) == rules.fingerprint();
}

Result<ReportTable> ReportRepository::stages(const ReportFilter& f, const JourneyRules& rules) const {
    const int stageCount = static_cast<int>(rules.stages().size());
    QList<qint64> counts(stageCount, 0); // served customers that reached each stage
    if (storedStages(rules) && stageCount > 0 && stageCount <= ReportFacts::kReachStages && servedByDay(f)) {
        // One range of served_day per day of the period, the stage by its end from the customers' schedules.
        auto sums = select(m_db, stagesDaySql(f, stageCount), stagesDayValues(f, stageCount),
                           QStringList(stageCount, QString()));
        if (!sums) {
            return sums.error();
        }
        for (int s = 0; s < stageCount && !sums->rows.isEmpty(); ++s) {
            counts[s] = sums->rows.first().at(s).toLongLong();
        }
    } else if (storedStages(rules) && stageCount > 0) {
        auto sums = select(m_db, stagesSql(f, stageCount), stagesValues(f), QStringList(stageCount, QString()));
        if (!sums) {
            return sums.error();
        }
        for (int s = 0; s < stageCount && !sums->rows.isEmpty(); ++s) {
            counts[s] = sums->rows.first().at(s).toLongLong();
        }
    } else {
        auto reached = stageReached(f, rules, nullptr);
        if (!reached) {
            return reached.error();
        }
        for (int s = 0; s < stageCount; ++s) {
            counts[s] = std::count_if(reached->begin(), reached->end(), [s](qint64 r) { return r >= s; });
        }
    }
    ReportTable t;
    t.columns = {QStringLiteral("stage"), QStringLiteral("title"), QStringLiteral("customers"),
                 QStringLiteral("conversion")};
    qint64 previous = -1;
    for (qsizetype s = 0; s < rules.stages().size(); ++s) {
        const qint64 n = counts.at(s);
        const double conversion =
            previous < 0 ? 1.0 : (previous > 0 ? std::round(double(n) / double(previous) * 10000.0) / 10000.0 : 0.0);
        t.rows << QVariantList{rules.stages().at(s).id, rules.stages().at(s).titleIn(QStringLiteral("en")), n,
                               conversion};
        previous = n;
    }
    return t;
}

Result<ReportTable> ReportRepository::segments(const ReportFilter& f) const {
    return select(m_db, segmentsSql(f), servedValues(f), {QStringLiteral("segment"), QStringLiteral("customers")});
}

Result<QDate> ReportRepository::newestContactDay() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // interaction_occurred makes this one index step.
    if (!q.exec(QStringLiteral("SELECT max(occurred_ms) FROM interaction")) || !q.next()) {
        return sql::error(q, tr("The newest contact could not be read."));
    }
    if (q.value(0).isNull()) {
        return QDate();
    }
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).date();
}

Result<QList<ReportCustomer>> ReportRepository::customers(const ReportFilter& f, const DrillDown& drill,
                                                          const JourneyRules& rules, int limit) const {
    if (Status s = validPeriod(f); !s) {
        return s.error();
    }
    QVariantList values;
    QString sql;
    const QString value = drill.value.toString();
    switch (drill.kind) {
    case ReportKind::Nba:
    case ReportKind::NbaReasons:
    case ReportKind::NbaTrend:
    case ReportKind::NbaAgents: {
        values = nbaValues(f);
        sql = QStringLiteral("SELECT f.party_id, count(*) AS n, max(f.at_ms) AS last") + nbaScope(f);
        if (drill.column == QLatin1String("action")) {
            sql += QStringLiteral(" AND f.action_id = ?");
            values << value;
        } else if (drill.column == QLatin1String("reason")) {
            sql += QStringLiteral(" AND f.outcome = 'dismissed' AND coalesce(f.reason, '') = ?");
            values << value;
        } else if (drill.column == QLatin1String("agent")) {
            sql += QStringLiteral(" AND coalesce(f.agent, '') = ?");
            values << value;
        } else if (drill.column == QLatin1String("day")) {
            sql += QStringLiteral(" AND date(f.at_ms / 1000, 'unixepoch') = ?");
            values << value;
        }
        sql += QStringLiteral(" GROUP BY f.party_id");
        break;
    }
    case ReportKind::Stages: {
        if (const int stage = rules.stageIndex(value); storedStages(rules) && stage < ReportFacts::kReachStages) {
            // The stage reached by the period's end from the customer's schedule on each contact (v14): at least
            // this one when the customer first reached it (or a later one) before the end.
            values = filterValues(f);
            QString scan = QStringLiteral("SELECT c.party_id, c.occurred_ms") + contactScope(f);
            if (stage >= 0) {
                scan += QStringLiteral(" AND c.reach%1_ms < ?").arg(stage);
                values << f.untilMs();
            }
            return topCustomers(scan, values, limit);
        }
        if (storedStages(rules)) {
            const int stage = rules.stageIndex(value);
            values = filterValues(f);
            sql = QStringLiteral("SELECT c.party_id, count(*) AS n, max(c.occurred_ms) AS last") + contactScope(f) +
                  QStringLiteral(" GROUP BY c.party_id");
            if (stage >= 0) {
                // The stage reached by the period's end: the one at the customer's last contact of the period (the
                // highest: stages only rise) unless a transition follows it before the end (its next transition is
                // the latest; none: no transition after it), then from the stage history.
                sql += QStringLiteral(" HAVING CASE WHEN count(c.next_stage_ms) < count(*) OR max(c.next_stage_ms) "
                                      ">= ? THEN max(c.stage) ELSE (SELECT max(s.stage) FROM party_stage s WHERE "
                                      "s.party_id = c.party_id AND s.reached_ms < ?) END >= ?");
                values << f.untilMs() << f.untilMs() << stage;
            }
            break;
        }
        QList<qint64> ids;
        auto reached = stageReached(f, rules, &ids);
        if (!reached) {
            return reached.error();
        }
        const int stage = rules.stageIndex(value);
        QStringList keep;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (stage < 0 || reached->at(i) >= stage) {
                keep << QString::number(ids.at(i));
            }
        }
        if (keep.isEmpty()) {
            return QList<ReportCustomer>{};
        }
        values = filterValues(f);
        sql = QStringLiteral("SELECT c.party_id, count(*) AS n, max(c.occurred_ms) AS last") + contactScope(f) +
              QStringLiteral(" AND c.party_id IN (") + keep.join(QLatin1Char(',')) +
              QStringLiteral(") GROUP BY c.party_id");
        break;
    }
    default: {
        values = filterValues(f);
        sql = QStringLiteral("SELECT c.party_id, c.occurred_ms") + contactScope(f);
        if (drill.column == QLatin1String("queue")) {
            sql += QStringLiteral(" AND c.queue = ?");
            values << value;
        } else if (drill.column == QLatin1String("channel")) {
            sql += QStringLiteral(" AND c.channel = ?");
            values << value;
        } else if (drill.column == QLatin1String("reason")) {
            sql += QStringLiteral(" AND c.reason = ?");
            values << value;
        } else if (drill.column == QLatin1String("agent")) {
            sql += QStringLiteral(" AND c.agent = ?");
            values << value;
        } else if (drill.column == QLatin1String("segment")) {
            sql += QStringLiteral(" AND c.segment = ?"); // the customer's, kept on each contact (v11)
            values << value;
        }
        if (drill.kind == ReportKind::Fcr) {
            sql += QStringLiteral(" AND c.followed"); // the contacts not resolved first time
        } else if (drill.kind == ReportKind::RepeatContacts) {
            sql += QStringLiteral(" AND c.repeat_before");
        }
        return topCustomers(sql, values, limit);
    }
    }
    const QString full = QStringLiteral("SELECT d.party_id, coalesce(p.display_name, ''), coalesce(p.segment, ''), "
                                        "d.n, d.last FROM (") +
                         sql +
                         QStringLiteral(") d LEFT JOIN party p ON p.id = d.party_id ORDER BY d.n DESC, 2, 1 LIMIT ?");
    values << limit;
    auto t = select(m_db, full, values,
                    {QStringLiteral("party"), QStringLiteral("name"), QStringLiteral("segment"), QStringLiteral("n"),
                     QStringLiteral("last")});
    if (!t) {
        return t.error();
    }
    QList<ReportCustomer> out;
    for (const QVariantList& row : t->rows) {
        out.append({row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toString(), row.at(3).toLongLong(),
                    row.at(4).toLongLong()});
    }
    return out;
}

Status ReportRepository::step(const QString& sql, const QVariantList& values,
                              const std::function<void(sqlite3_stmt*)>& row) const {
    // Qt's SQLite connection stepped directly: QSqlQuery copies each row into QVariants, several times the cost of
    // the scan itself for a month of contacts.
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    sqlite3* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3* const*>(handle.constData())
                          : nullptr;
    if (!sqlite) {
        return Error{tr("The report could not be read from the local cache."),
                     QStringLiteral("not an SQLite connection")};
    }
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(sqlite, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        return Error{tr("The report could not be prepared."), QString::fromUtf8(sqlite3_errmsg(sqlite))};
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(statement, &sqlite3_finalize);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int index = int(i) + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(statement, index);
        } else if (v.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(statement, index, v.toDouble());
        } else if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray) {
            const QByteArray utf8 = v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray();
            rc = sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, index, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            return Error{tr("The report could not be prepared."), QString::fromUtf8(sqlite3_errmsg(sqlite))};
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row(statement);
    }
    if (rc != SQLITE_DONE) {
        return Error{tr("The report could not be read from the local cache."),
                     QString::fromUtf8(sqlite3_errmsg(sqlite))};
    }
    return {};
}

Result<QList<ReportCustomer>> ReportRepository::topCustomers(const QString& scan, const QVariantList& values,
                                                             int limit) const {
    // Both statements in one read transaction (one snapshot), unless the caller holds one already.
    QSqlDatabase db = m_db;
    const bool own = db.transaction();
    const std::unique_ptr<QSqlDatabase, void (*)(QSqlDatabase*)> end(own ? &db : nullptr,
                                                                     [](QSqlDatabase* d) { d->commit(); });
    // Per customer: the contacts and the last one, counted here (SQLite's GROUP BY sorts every contact).
    struct Tally {
        qint64 contacts = 0;
        qint64 last = 0;
    };
    QHash<qint64, Tally> tally;
    if (Status s = step(scan, values,
                        [&tally](sqlite3_stmt* row) {
                            const qint64 at = sqlite3_column_int64(row, 1);
                            Tally& t = tally[sqlite3_column_int64(row, 0)];
                            t.last = t.contacts == 0 ? at : std::max(t.last, at);
                            ++t.contacts;
                        });
        !s) {
        return s.error();
    }
    // The first `limit` by contacts can only be customers with at least the limit-th highest count.
    qint64 threshold = std::numeric_limits<qint64>::min();
    if (limit == 0) {
        return QList<ReportCustomer>{};
    }
    if (limit > 0 && tally.size() > limit) {
        std::vector<qint64> counts;
        counts.reserve(size_t(tally.size()));
        for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
            counts.push_back(it->contacts);
        }
        std::nth_element(counts.begin(), counts.begin() + (limit - 1), counts.end(), std::greater<>());
        threshold = counts[size_t(limit - 1)];
    }
    struct Candidate {
        qint64 party = 0;
        Tally tally;
        QByteArray name, segment;
    };
    std::vector<Candidate> candidates;
    QByteArray ids("[");
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        if (it->contacts >= threshold) {
            ids += (candidates.empty() ? "" : ",") + QByteArray::number(it.key());
            candidates.push_back({it.key(), *it, {}, {}});
        }
    }
    ids += ']';
    // Their names and segments (none without a party row), in the array's order.
    if (Status s = step(QStringLiteral("SELECT j.key, coalesce(p.display_name, ''), coalesce(p.segment, '') FROM "
                                       "json_each(?) j LEFT JOIN party p ON p.id = j.value"),
                        {ids},
                        [&candidates](sqlite3_stmt* row) {
                            const auto i = size_t(sqlite3_column_int64(row, 0));
                            if (i < candidates.size()) {
                                auto text = [row](int column) {
                                    return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                                      sqlite3_column_bytes(row, column));
                                };
                                candidates[i].name = text(1);
                                candidates[i].segment = text(2);
                            }
                        });
        !s) {
        return s.error();
    }
    // As the list was always ordered in SQL: most contacts first, then the name (SQLite's BINARY collation: the
    // UTF-8 bytes), then the id.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.tally.contacts != b.tally.contacts) {
            return a.tally.contacts > b.tally.contacts;
        }
        if (const int c = a.name.compare(b.name); c != 0) {
            return c < 0;
        }
        return a.party < b.party;
    });
    if (limit > 0 && candidates.size() > size_t(limit)) {
        candidates.resize(size_t(limit));
    }
    QList<ReportCustomer> out;
    out.reserve(qsizetype(candidates.size()));
    for (const Candidate& c : candidates) {
        out.append({c.party, QString::fromUtf8(c.name), QString::fromUtf8(c.segment), c.tally.contacts, c.tally.last});
    }
    return out;
}

QByteArray reportToCsv(const ReportTable& table) {
    auto field = [](const QVariant& v) {
        QString s;
        if (v.typeId() == QMetaType::Double) {
            s = QString::number(v.toDouble(), 'g', 12);
        } else {
            s = v.toString();
        }
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
            s.contains(QLatin1Char('\r'))) {
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        return s;
    };
    QString out;
    QStringList header;
    for (const QString& c : table.columns) {
        header << field(c);
    }
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& v : row) {
            cells << field(v);
        }
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace c360

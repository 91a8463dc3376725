#pragma once

#include "models/JourneyRules.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;

namespace c360 {

// Which contacts a report looks at: those that started on a UTC calendar day in [from, to], and
// (when not empty) in this queue and by this agent.
struct ReportFilter {
    QDate from;
    QDate to;
    QString queue;
    QString agent;

    qint64 fromMs() const;  // from 00:00 UTC
    qint64 untilMs() const; // the day after `to`, 00:00 UTC (exclusive)
};

// A report: named columns (machine names, the CSV header) and rows of plain values.
struct ReportTable {
    QStringList columns;
    QList<QVariantList> rows;

    int column(const QString& name) const { return static_cast<int>(columns.indexOf(name)); }
    QVariant value(int row, const QString& name) const;
};

// The reports `c360 report` prints and the dashboards chart.
enum class ReportKind {
    Contacts,
    ContactReasons,
    Fcr,
    RepeatContacts,
    HandleTime,
    Nba,
    NbaReasons,
    NbaTrend,
    NbaAgents,
    Stages,
    Segments
};

// One customer of a drill-down.
struct ReportCustomer {
    qint64 partyId = 0;
    QString name;
    QString segment;
    qint64 contacts = 0;
    qint64 lastContactMs = 0;
};

// A drill-down: the customers behind one bar of a report (a row's value in one column, e.g.
// queue = "billing" of the contacts report, action = "loyalty_upgrade" of the nba report).
struct DrillDown {
    ReportKind kind = ReportKind::Contacts;
    QString column; // "queue", "channel", "reason", "agent", "action", "stage", "segment", "day"; empty: all
    QVariant value;
};

// SQL aggregates over the cache (interactions, timeline events, NBA feedback) for supervisors.
// Definitions (docs/reports.md):
//  - a contact is an interaction (call, chat, WeChat) of the contact center;
//  - it is resolved at first contact when the same customer has no other contact in the 7 days after it;
//  - it is a repeat contact when the same customer had another contact in the 7 days before it;
//  - handle time is the interaction's duration;
//  - NBA figures count the agents' answers (accepted, dismissed, later) recorded in the period;
//  - stages: of the customers served in the period, how many reached each journey stage by its end.
// Reads only; safe on a reader connection of any thread (one repository per connection).
class ReportRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::ReportRepository)

public:
    explicit ReportRepository(QSqlDatabase db);

    static QString kindName(ReportKind kind); // "contacts", "fcr", "repeat-contacts", ...
    static std::optional<ReportKind> kindFromName(const QString& name);
    static QList<ReportKind> cliKinds(); // the kinds `c360 report` takes

    Result<ReportTable> run(ReportKind kind, const ReportFilter& filter, const JourneyRules& stages) const;

    Result<ReportTable> contacts(const ReportFilter& f) const;       // queue, channel, contacts, customers
    Result<ReportTable> contactReasons(const ReportFilter& f) const; // reason, contacts
    Result<ReportTable> fcr(const ReportFilter& f) const;            // queue, contacts, resolved_first, fcr_rate
    Result<ReportTable> repeatContacts(const ReportFilter& f) const; // queue, contacts, repeat_contacts, repeat_rate
    // queue, agent, contacts, total_handle_seconds, avg_handle_seconds, max_handle_seconds, avg_wrap_up_seconds
    // (null when the contact center reported no after-contact work)
    Result<ReportTable> handleTime(const ReportFilter& f) const;
    // action, answered, accepted, dismissed, later, acceptance_rate (answers record the agent who gave them
    // since cache v10; older answers have none and drop out of an agent's figures)
    Result<ReportTable> nba(const ReportFilter& f) const;
    // agent, answered, accepted, dismissed, later, acceptance_rate (the signed-in user who answered)
    Result<ReportTable> nbaAgents(const ReportFilter& f) const;
    Result<ReportTable> nbaReasons(const ReportFilter& f) const; // reason, dismissed
    Result<ReportTable> nbaTrend(const ReportFilter& f) const;   // day, answered, accepted, acceptance_rate
    // stage, title, customers (served customers that reached it), conversion (from the previous stage)
    Result<ReportTable> stages(const ReportFilter& f, const JourneyRules& rules) const;
    Result<ReportTable> segments(const ReportFilter& f) const; // segment, customers (served)
    // The day (local time) of the newest contact in the cache, whatever the filter; null without any.
    Result<QDate> newestContactDay() const;

    // The customers behind a drill-down, most contacts first (at most `limit`).
    Result<QList<ReportCustomer>> customers(const ReportFilter& f, const DrillDown& drill, const JourneyRules& rules,
                                            int limit = 500) const;

    // The SQL of the period queries and the values they bind (for EXPLAIN QUERY PLAN in tests). fcr, repeat,
    // handle time and reasons bind filterValues(); contacts contactsValues(); segments servedValues(); stages (with
    // the stored stage history, up to ReportFacts::kReachStages stages) of all queues and agents, one queue or one
    // agent (servedByDay()) stagesDaySql() with stagesDayValues(); of a queue with an agent stagesSql() with
    // stagesValues().
    static QString contactsSql(const ReportFilter& f);
    static QString fcrSql(const ReportFilter& f);
    static QString repeatSql(const ReportFilter& f);
    static QString handleTimeSql(const ReportFilter& f);
    static QString reasonsSql(const ReportFilter& f);
    static QString segmentsSql(const ReportFilter& f);
    static QString stagesSql(const ReportFilter& f, int stageCount);
    static QString stagesDaySql(const ReportFilter& f, int stageCount);
    // Whether the customers served under this filter are read from served_day (models/Migrations.cpp v13).
    static bool servedByDay(const ReportFilter& f);
    static QVariantList servedDayValues(const ReportFilter& f);
    static QVariantList stagesDayValues(const ReportFilter& f, int stageCount);
    static QVariantList filterValues(const ReportFilter& f);
    static QVariantList contactsValues(const ReportFilter& f);
    static QVariantList servedValues(const ReportFilter& f);
    static QVariantList stagesValues(const ReportFilter& f);

private:
    // Whether the stage history kept in the cache follows these rules (else stages derive from the timeline).
    bool storedStages(const JourneyRules& rules) const;
    // The first `limit` customers (most contacts first, then name and id) of the contacts `scan` selects (party id,
    // time), binding `values`.
    Result<QList<ReportCustomer>> topCustomers(const QString& scan, const QVariantList& values, int limit) const;
    // Runs `sql` on the SQLite connection itself, binding `values`, and hands each result row to `row`.
    Status step(const QString& sql, const QVariantList& values, const std::function<void(sqlite3_stmt*)>& row) const;
    Result<QList<qint64>> stageReached(const ReportFilter& f, const JourneyRules& rules, QList<qint64>* partyIds) const;

    QSqlDatabase m_db;
};

// CSV (RFC 4180, header line, CRLF-free "\n" line ends, UTF-8) and JSON renderings of a table.
QByteArray reportToCsv(const ReportTable& table);

} // namespace c360

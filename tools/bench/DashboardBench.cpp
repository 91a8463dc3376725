// c360-dashboard-bench: p50/p95 (wall and CPU time) of each dashboard query (ReportRepository, as the Dashboards
// window and `c360 report` run them) and of the customer list behind a chart's bar (the drill-down's first page) on a
// synthetic cache of 100,000 customers and 5,000,000 timeline events.
//   c360-dashboard-bench                 100,000 customers / 5,000,000 events in a temporary cache
//   c360-dashboard-bench --smoke         2,000 customers / 100,000 events (CI: ./dev.sh bench --smoke)
//   c360-dashboard-bench --db big.db     keep (or reuse, when it exists) the cache at big.db
//   --lists FILE                         also write the customer list behind every bar of every chart of every
//                                        scope to FILE (to compare two builds' results on the same cache)
// The cache is written with plain SQL (not through the sync path) so that building it takes a minute, then
// its report facts (contact facts, stage history) are derived as the cache writer keeps them:
// 30% of the events are contact-center interactions (with queue, agent and duration), the rest orders
// and campaign events; 3 prompt answers per 10 customers.
#include "models/Database.h"
#include "models/JourneyRules.h"
#include "models/ReportFacts.h"
#include "models/ReportRepository.h"
#include "models/SqlUtil.h"
#include "tools/bench/LatencyStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>

#include <functional>
#include <random>

using namespace c360;

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message) {
    QTextStream(stderr) << "c360-dashboard-bench: " << message << '\n';
    return 1;
}

// CPU time of this process in microseconds: on a shared machine the wall time says as much about the load as about
// the query, so both are printed.
double cpuMicros() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// The machine's load average (1, 5, 15 minutes; /proc/loadavg), printed with the figures: on a shared machine the
// wall times follow it.
QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 2);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// The synthetic year ends here (2026-06-30 00:00 UTC); the dashboards look at its last 30 days.
constexpr qint64 kEndMs = 1'782'777'600'000;
constexpr qint64 kYearMs = 365 * kDayMs;

Status build(QSqlDatabase db, qint64 customers, qint64 events) {
    static const QStringList queues{QStringLiteral("billing"), QStringLiteral("delivery"), QStringLiteral("returns"),
                                    QStringLiteral("sales")};
    static const QStringList agents{QStringLiteral("Lucy Zhao"), QStringLiteral("Mark Chen"),
                                    QStringLiteral("Anna Li"),   QStringLiteral("Tom Baker"),
                                    QStringLiteral("Liu Yang"),  QStringLiteral("Sarah Kim")};
    static const QStringList reasons{QStringLiteral("Asked about delivery date"), QStringLiteral("Billing question"),
                                     QStringLiteral("Requested a refund"), QStringLiteral("Changed delivery address"),
                                     QStringLiteral("Loyalty upgrade")};
    static const QStringList segments{QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("bronze"),
                                      QStringLiteral("vip")};
    static const QStringList channels{QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("wechat")};
    static const QStringList actions{QStringLiteral("loyalty_upgrade"), QStringLiteral("refund_goodwill"),
                                     QStringLiteral("delivery_update"), QStringLiteral("winback_offer")};
    std::mt19937_64 rng(42);
    auto pick = [&rng](const QStringList& list) { return list.at(qsizetype(rng() % quint64(list.size()))); };
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"}) {
        q.exec(QString::fromLatin1(pragma));
    }
    Transaction tx(db);
    QSqlQuery party(db), record(db), link(db), interaction(db), event(db), answer(db);
    party.prepare(
        QStringLiteral("INSERT INTO party(id, display_name, name_key, segment, updated_ms) VALUES(?,?,?,?,0)"));
    record.prepare(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, fetched_at) "
                                  "VALUES(?,?,?,?,?,0)"));
    link.prepare(
        QStringLiteral("INSERT INTO party_link(record_id, party_id, rule, linked_ms, entity) VALUES(?,?,'new',0,?)"));
    interaction.prepare(QStringLiteral("INSERT INTO interaction(record_id, channel, direction, occurred_ms, "
                                       "duration_seconds, agent, queue, summary) VALUES(?,?,'inbound',?,?,?,?,?)"));
    event.prepare(QStringLiteral("INSERT INTO timeline_event(party_id, record_id, occurred_ms, kind, source, title, "
                                 "summary) VALUES(?,?,?,?,?,?,?)"));
    answer.prepare(QStringLiteral("INSERT INTO nba_feedback(party_id, action_id, outcome, reason, queue, at_ms) "
                                  "VALUES(?,?,?,?,?,?)"));
    qint64 recordId = 0;
    const qint64 perParty = std::max<qint64>(1, events / customers);
    for (qint64 p = 1; p <= customers; ++p) {
        const QString name = QStringLiteral("Customer %1").arg(p);
        if (!sql::exec(party, {p, name, name.toLower(), pick(segments)})) {
            return sql::error(party, QStringLiteral("party"));
        }
        const qint64 customerRecord = ++recordId;
        if (!sql::exec(record, {customerRecord, QStringLiteral("crm"), QStringLiteral("customers"),
                                QStringLiteral("C%1").arg(p), QStringLiteral("customer")}) ||
            !sql::exec(link, {customerRecord, p, QStringLiteral("customer")})) {
            return sql::error(record, QStringLiteral("customer record"));
        }
        for (qint64 e = 0; e < perParty; ++e) {
            const qint64 at = kEndMs - qint64(rng() % quint64(kYearMs));
            const int roll = int(rng() % 10);
            if (roll < 3) {
                const qint64 id = ++recordId;
                const QString channel = pick(channels);
                const QString queue = pick(queues);
                if (!sql::exec(record, {id, QStringLiteral("contact"), QStringLiteral("interactions"),
                                        QStringLiteral("I%1").arg(id), QStringLiteral("interaction")}) ||
                    !sql::exec(link, {id, p, QStringLiteral("interaction")}) ||
                    !sql::exec(interaction,
                               {id, channel, at, int(30 + rng() % 1800), pick(agents), queue, pick(reasons)}) ||
                    !sql::exec(event, {p, id, at, channel, QStringLiteral("contact"),
                                       QString(QStringLiteral("Inbound ") + channel), QVariant()})) {
                    return sql::error(interaction, QStringLiteral("interaction"));
                }
            } else if (roll < 4) {
                if (!sql::exec(event, {p, customerRecord, at, QStringLiteral("order"), QStringLiteral("shop"),
                                       QStringLiteral("Order %1").arg(recordId),
                                       rng() % 2 ? QStringLiteral("Delivered") : QStringLiteral("Paid")})) {
                    return sql::error(event, QStringLiteral("order event"));
                }
            } else {
                static const QStringList verbs{QStringLiteral("Sent: "), QStringLiteral("Opened: "),
                                               QStringLiteral("Clicked: ")};
                if (!sql::exec(event, {p, customerRecord, at, QStringLiteral("campaign"), QStringLiteral("marketing"),
                                       QString(pick(verbs) + QStringLiteral("Spring sale")), QVariant()})) {
                    return sql::error(event, QStringLiteral("campaign event"));
                }
            }
        }
        if (p % 10 < 3) {
            static const QStringList outcomes{QStringLiteral("accepted"), QStringLiteral("dismissed"),
                                              QStringLiteral("later")};
            const QString outcome = pick(outcomes);
            if (!sql::exec(answer, {p, pick(actions), outcome,
                                    outcome == QLatin1String("dismissed") ? QVariant(QStringLiteral("Not interested"))
                                                                          : QVariant(),
                                    pick(queues), kEndMs - qint64(rng() % quint64(kYearMs))})) {
                return sql::error(answer, QStringLiteral("nba_feedback"));
            }
        }
    }
    if (Status s = tx.commit(); !s) {
        return s;
    }
    // The contact facts and stage history, as the cache writer keeps them for the customers a sync touches.
    QElapsedTimer timer;
    timer.start();
    Transaction facts(db);
    if (Status s = ReportFacts(db).rebuildAll(); !s) {
        return s;
    }
    if (Status s = facts.commit(); !s) {
        return s;
    }
    out() << QStringLiteral("report facts (contacts, stage history) of %1 customers derived in %2 s\n")
                 .arg(customers)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    q.exec(QStringLiteral("ANALYZE"));
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    qint64 customers = smoke ? 2'000 : 100'000;
    qint64 events = smoke ? 100'000 : 5'000'000;
    int runs = smoke ? 5 : 20;
    QString dbPath;
    QString listsPath;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--customers")) {
            customers = args.at(i + 1).toLongLong();
        } else if (args.at(i) == QLatin1String("--events")) {
            events = args.at(i + 1).toLongLong();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--db")) {
            dbPath = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--lists")) {
            listsPath = args.at(i + 1);
        }
    }
    if (customers <= 0 || events <= 0 || runs <= 0) {
        return fail(QStringLiteral("--customers, --events and --runs take positive numbers"));
    }
    QTemporaryDir dir;
    if (dbPath.isEmpty()) {
        dbPath = dir.filePath(QStringLiteral("dashboard.db"));
    }
    const bool reuse = QFileInfo::exists(dbPath);
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(dbPath, QStringLiteral("dashboard-bench"));
    if (!db) {
        return fail(db.error().message + QStringLiteral(" ") + db.error().detail);
    }
    if (reuse) {
        // An older cache is migrated here (schemas 11 and 13 derive their roll-ups from the contact facts).
        out() << QStringLiteral("cache opened (and migrated) in %1 s\n")
                     .arg(double(openTimer.elapsed()) / 1000.0, 0, 'f', 1);
    }
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = build(db->handle(), customers, events); !s) {
            return fail(s.error().message + QStringLiteral(" ") + s.error().detail);
        }
        out() << QStringLiteral("dashboard cache: %1 customers, %2 events written in %3 s\n")
                     .arg(customers)
                     .arg(customers * std::max<qint64>(1, events / customers))
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    }
    auto rules = JourneyRules::load(JourneyRules::defaultPath());
    if (!rules) {
        return fail(rules.error().message);
    }
    if (reuse && ReportFacts::storedStageRules(db->handle()) != rules->fingerprint()) {
        // A cache from before the report facts (migrated just now) or from other stage rules: derive them once,
        // as the first sync after the upgrade would.
        QElapsedTimer timer;
        timer.start();
        Transaction facts(db->handle());
        if (Status s = ReportFacts(db->handle()).rebuildAll(); !s) {
            return fail(s.error().message + QStringLiteral(" ") + s.error().detail);
        }
        if (Status s = facts.commit(); !s) {
            return fail(s.error().message);
        }
        out() << QStringLiteral("report facts derived for the existing cache in %1 s\n")
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    }
    const ReportRepository reports(db->handle());
    const QDate last = QDateTime::fromMSecsSinceEpoch(kEndMs - 1, Qt::UTC).date();
    // The 30 days the window opens on, of all queues, one queue and one agent: every chart and, behind the first bar
    // of each (first row), the customer list the window loads (its first page, 500 customers). Stages and segments
    // (the customers served) also over a quarter and the year.
    struct Scope {
        QString label;
        ReportFilter filter;
        bool allCharts = true;
    };
    const QList<Scope> scopes{
        {QStringLiteral("30 days"), {last.addDays(-29), last, {}, {}}},
        {QStringLiteral("30 days, queue"), {last.addDays(-29), last, QStringLiteral("billing"), {}}},
        {QStringLiteral("30 days, agent"), {last.addDays(-29), last, {}, QStringLiteral("Lucy Zhao")}},
        {QStringLiteral("90 days"), {last.addDays(-89), last, {}, {}}, false},
        {QStringLiteral("365 days"), {last.addDays(-364), last, {}, {}}, false},
        {QStringLiteral("365 days, queue"), {last.addDays(-364), last, QStringLiteral("billing"), {}}, false}};
    const QList<ReportKind> kinds{ReportKind::Contacts,       ReportKind::ContactReasons, ReportKind::Fcr,
                                  ReportKind::RepeatContacts, ReportKind::HandleTime,     ReportKind::Nba,
                                  ReportKind::NbaReasons,     ReportKind::NbaTrend,       ReportKind::Stages,
                                  ReportKind::Segments};
    // The column a chart's bars stand for (ui/DashboardWindow.cpp).
    auto drillColumn = [](ReportKind kind) {
        switch (kind) {
        case ReportKind::Contacts:
        case ReportKind::Fcr:
        case ReportKind::RepeatContacts:
            return QStringLiteral("queue");
        case ReportKind::ContactReasons:
        case ReportKind::NbaReasons:
            return QStringLiteral("reason");
        case ReportKind::HandleTime:
        case ReportKind::NbaAgents:
            return QStringLiteral("agent");
        case ReportKind::Nba:
            return QStringLiteral("action");
        case ReportKind::NbaTrend:
            return QStringLiteral("day");
        case ReportKind::Stages:
            return QStringLiteral("stage");
        case ReportKind::Segments:
            return QStringLiteral("segment");
        }
        return QString();
    };
    // Runs one query `runs` times and prints its wall and CPU time percentiles.
    auto measure = [&](const QString& label, const std::function<Result<qint64>()>& query) -> Status {
        bench::LatencyStats stats, cpu;
        qint64 rows = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            const double cpuBefore = cpuMicros();
            timer.start();
            auto n = query();
            stats.add(double(timer.nsecsElapsed()) / 1000.0);
            cpu.add(cpuMicros() - cpuBefore);
            if (!n) {
                return n.error();
            }
            rows = *n;
        }
        out() << "  " << stats.line(label.arg(rows))
              << QStringLiteral("  cpu p50 %1 ms p95 %2 ms")
                     .arg(cpu.percentile(50) / 1000.0, 0, 'f', 3)
                     .arg(cpu.percentile(95) / 1000.0, 0, 'f', 3)
              << '\n';
        out().flush();
        return {};
    };
    out() << QStringLiteral("load average %1\n").arg(loadAverage());
    out() << QStringLiteral("dashboard queries (%1 runs each), p50 / p95 in ms:\n").arg(runs);
    for (const Scope& scope : scopes) {
        for (ReportKind kind : kinds) {
            if (!scope.allCharts && kind != ReportKind::Stages && kind != ReportKind::Segments) {
                continue;
            }
            const Status s = measure(QStringLiteral("%1 [%2] (%3 rows)")
                                         .arg(ReportRepository::kindName(kind), scope.label, QStringLiteral("%1")),
                                     [&]() -> Result<qint64> {
                                         auto t = reports.run(kind, scope.filter, *rules);
                                         if (!t) {
                                             return t.error();
                                         }
                                         return qint64(t->rows.size());
                                     });
            if (!s) {
                return fail(s.error().message + QStringLiteral(" ") + s.error().detail);
            }
        }
    }
    out() << QStringLiteral("drill-downs: the customers behind the first bar of each chart, first page (%1 runs "
                            "each), p50 / p95 in ms:\n")
                 .arg(runs);
    for (const Scope& scope : scopes) {
        if (!scope.allCharts) {
            continue;
        }
        for (ReportKind kind : kinds) {
            auto t = reports.run(kind, scope.filter, *rules);
            if (!t) {
                return fail(t.error().message + QStringLiteral(" ") + t.error().detail);
            }
            DrillDown drill{kind, drillColumn(kind), {}};
            if (!t->rows.isEmpty()) {
                drill.value = t->value(0, drill.column);
            }
            const Status s = measure(QStringLiteral("drill %1 %2=%3 [%4] (%5 customers)")
                                         .arg(ReportRepository::kindName(kind), drill.column, drill.value.toString(),
                                              scope.label, QStringLiteral("%1")),
                                     [&]() -> Result<qint64> {
                                         auto c = reports.customers(scope.filter, drill, *rules);
                                         if (!c) {
                                             return c.error();
                                         }
                                         return qint64(c->size());
                                     });
            if (!s) {
                return fail(s.error().message + QStringLiteral(" ") + s.error().detail);
            }
        }
    }
    if (!listsPath.isEmpty()) {
        // Every bar's customers: "scope|kind|column=value" then "party|name|segment|contacts|last" lines.
        QFile file(listsPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(QStringLiteral("cannot write ") + listsPath);
        }
        QTextStream lists(&file);
        for (const Scope& scope : scopes) {
            for (ReportKind kind : kinds) {
                auto t = reports.run(kind, scope.filter, *rules);
                if (!t) {
                    return fail(t.error().message + QStringLiteral(" ") + t.error().detail);
                }
                const QString column = drillColumn(kind);
                for (int row = 0; row < t->rows.size(); ++row) {
                    const DrillDown drill{kind, column, t->value(row, column)};
                    auto c = reports.customers(scope.filter, drill, *rules);
                    if (!c) {
                        return fail(c.error().message + QStringLiteral(" ") + c.error().detail);
                    }
                    lists << "# " << scope.label << '|' << ReportRepository::kindName(kind) << '|' << column << '='
                          << drill.value.toString() << '\n';
                    for (const ReportCustomer& customer : *c) {
                        lists << customer.partyId << '|' << customer.name << '|' << customer.segment << '|'
                              << customer.contacts << '|' << customer.lastContactMs << '\n';
                    }
                }
            }
        }
        out() << QStringLiteral("customer lists written to %1\n").arg(listsPath);
    }
    out() << QStringLiteral("load average %1\n").arg(loadAverage());
    out().flush();
    return 0;
}

// The supervisors' figures (`c360 report`, the dashboards) against a hand-computed dataset
// (SupervisorDataset.h), their query plans, and the command line's output and errors.
#include "SupervisorDataset.h"

#include "app/CliReport.h"
#include "models/CacheWriter.h"
#include "models/JourneyRules.h"
#include "models/ReportFacts.h"
#include "models/ReportRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::supervisortest;

namespace {

ReportFilter march(const QString& queue = {}, const QString& agent = {}) {
    return {QDate(2026, 3, 1), QDate(2026, 3, 31), queue, agent};
}

// "queue=billing;channel=call;contacts=2" lines of a table, one per row, for compact comparisons.
QStringList lines(const ReportTable& t) {
    QStringList out;
    for (const QVariantList& row : t.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const QVariant& v = row.at(c);
            cells << t.columns.at(c) + QLatin1Char('=') +
                         (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 6) : v.toString());
        }
        out << cells.join(QLatin1Char(';'));
    }
    return out;
}

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args) {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CliRun r;
    r.code = app::runCliReport(QStringList{QStringLiteral("c360")} + args, out, err);
    out.flush();
    err.flush();
    r.out = outText;
    r.err = errText;
    return r;
}

// A page of one interaction: Cao calls again (I11) two days after I9, in another queue, for `durationSeconds`.
PageInput caoCallsAgain(int durationSeconds, const QString& checkpoint) {
    PageInput page;
    page.source = QStringLiteral("contact");
    page.stream = QStringLiteral("interactions");
    page.checkpoint = checkpoint;
    CanonicalRecord r;
    r.source = page.source;
    r.stream = page.stream;
    r.entity = EntityKind::Interaction;
    r.sourceId = QStringLiteral("I11");
    r.updatedAt = utc("2026-04-21T00:00:00Z");
    r.fields = {{QStringLiteral("channel"), QStringLiteral("call")},
                {QStringLiteral("direction"), QStringLiteral("inbound")},
                {QStringLiteral("occurred_at"), utc("2026-03-12T10:00:00Z")},
                {QStringLiteral("duration_seconds"), durationSeconds},
                {QStringLiteral("queue"), QStringLiteral("sales")},
                {QStringLiteral("agent"), QStringLiteral("Tom")},
                {QStringLiteral("summary"), QStringLiteral("Return")},
                {QStringLiteral("phone"), QStringLiteral("+8613800000012")}};
    r.raw = QByteArrayLiteral("{\"id\":\"I11\"}");
    page.records = {r};
    return page;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contacts();
    void contactReasons();
    void fcr();
    void repeatContacts();
    void handleTime();
    void filtersByQueueAndAgent();
    void nba();
    void nbaByAgent();
    void stages();
    void segments();
    void stagesOverAYear();
    void drillDownListsTheCustomersBehindABar();
    void drillDownFirstPageKeepsItsOrder();
    void plansUseIndexes_data();
    void plansUseIndexes();
    void cliCsvAndJson();
    void cliRejectsBadInput_data();
    void cliRejectsBadInput();
    void stageRulesRejectBadFiles_data();
    void stageRulesRejectBadFiles();
    void factsFollowNewContacts();
    void unchangedFactsAreNotRewritten();
    void servedDayFollowsWrites();
    void otherStageRulesDeriveTheSameFigures();

private:
    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<ReportRepository> m_reports;
    JourneyRules m_rules;
};

void TestReports::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<Dataset>(QStringLiteral("reports"));
    QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
    m_reports = std::make_unique<ReportRepository>(m_data->db());
    auto rules = JourneyRules::load(JourneyRules::defaultPath());
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    m_rules = *rules;
}

void TestReports::contacts() {
    auto t = m_reports->contacts(march());
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().detail));
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("queue=billing;channel=call;contacts=2;customers=2"),
                            QStringLiteral("queue=billing;channel=chat;contacts=1;customers=1"),
                            QStringLiteral("queue=delivery;channel=call;contacts=2;customers=2"),
                            QStringLiteral("queue=delivery;channel=chat;contacts=1;customers=1"),
                            QStringLiteral("queue=returns;channel=call;contacts=1;customers=1"),
                        }));
}

void TestReports::contactReasons() {
    auto t = m_reports->contactReasons(march());
    QVERIFY(t.ok());
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("reason=Billing question;contacts=3"),
                            QStringLiteral("reason=Where is my order;contacts=3"),
                            QStringLiteral("reason=Return;contacts=1"),
                        }));
}

void TestReports::fcr() {
    auto t = m_reports->fcr(march());
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().detail));
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("queue=billing;contacts=3;resolved_first=2;fcr_rate=0.6667"),
                            QStringLiteral("queue=delivery;contacts=3;resolved_first=2;fcr_rate=0.6667"),
                            QStringLiteral("queue=returns;contacts=1;resolved_first=1;fcr_rate=1"),
                        }));
}

void TestReports::repeatContacts() {
    auto t = m_reports->repeatContacts(march());
    QVERIFY(t.ok());
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("queue=billing;contacts=3;repeat_contacts=2;repeat_rate=0.6667"),
                            QStringLiteral("queue=delivery;contacts=3;repeat_contacts=0;repeat_rate=0"),
                            QStringLiteral("queue=returns;contacts=1;repeat_contacts=0;repeat_rate=0"),
                        }));
}

void TestReports::handleTime() {
    auto t = m_reports->handleTime(march());
    QVERIFY(t.ok());
    QCOMPARE(lines(*t),
             (QStringList{
                 QStringLiteral("queue=billing;agent=Lucy;contacts=1;total_handle_seconds=300;avg_handle_seconds=300;"
                                "max_handle_seconds=300;avg_wrap_up_seconds=60"),
                 QStringLiteral("queue=billing;agent=Mark;contacts=2;total_handle_seconds=320;avg_handle_seconds=160;"
                                "max_handle_seconds=200;avg_wrap_up_seconds=35"),
                 QStringLiteral("queue=delivery;agent=Lucy;contacts=2;total_handle_seconds=1000;avg_handle_seconds=500;"
                                "max_handle_seconds=600;avg_wrap_up_seconds=105"),
                 QStringLiteral("queue=delivery;agent=Mark;contacts=1;total_handle_seconds=60;avg_handle_seconds=60;"
                                "max_handle_seconds=60;avg_wrap_up_seconds="),
                 QStringLiteral("queue=returns;agent=Anna;contacts=1;total_handle_seconds=900;avg_handle_seconds=900;"
                                "max_handle_seconds=900;avg_wrap_up_seconds=200"),
             }));
}

void TestReports::filtersByQueueAndAgent() {
    auto delivery = m_reports->fcr(march(QStringLiteral("delivery")));
    QVERIFY(delivery.ok());
    QCOMPARE(lines(*delivery),
             QStringList{QStringLiteral("queue=delivery;contacts=3;resolved_first=2;fcr_rate=0.6667")});
    auto lucy = m_reports->contacts(march({}, QStringLiteral("Lucy")));
    QVERIFY(lucy.ok());
    QCOMPARE(lines(*lucy), (QStringList{
                               QStringLiteral("queue=billing;channel=call;contacts=1;customers=1"),
                               QStringLiteral("queue=delivery;channel=call;contacts=2;customers=2"),
                           }));
    // A repeat contact counts whichever queue or agent the earlier contact had: I2 (Mark) follows I1 (Lucy).
    auto mark = m_reports->repeatContacts(march({}, QStringLiteral("Mark")));
    QVERIFY(mark.ok());
    QCOMPARE(lines(*mark), (QStringList{
                               QStringLiteral("queue=billing;contacts=2;repeat_contacts=2;repeat_rate=1"),
                               QStringLiteral("queue=delivery;contacts=1;repeat_contacts=0;repeat_rate=0"),
                           }));
    // One day: only I7 (31 March, 23:00 UTC), whose follow-up (I8) is 3 days later.
    auto lastDay = m_reports->fcr({QDate(2026, 3, 31), QDate(2026, 3, 31), {}, {}});
    QVERIFY(lastDay.ok());
    QCOMPARE(lines(*lastDay), QStringList{QStringLiteral("queue=delivery;contacts=1;resolved_first=0;fcr_rate=0")});
}

void TestReports::nba() {
    auto t = m_reports->nba(march());
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().detail));
    QCOMPARE(lines(*t),
             (QStringList{
                 QStringLiteral("action=loyalty;answered=4;accepted=1;dismissed=2;later=1;acceptance_rate=0.25"),
                 QStringLiteral("action=refund;answered=1;accepted=1;dismissed=0;later=0;acceptance_rate=1"),
             }));
    auto billing = m_reports->nba(march(QStringLiteral("billing")));
    QVERIFY(billing.ok());
    QCOMPARE(lines(*billing),
             (QStringList{
                 QStringLiteral("action=loyalty;answered=2;accepted=1;dismissed=1;later=0;acceptance_rate=0.5"),
                 QStringLiteral("action=refund;answered=1;accepted=1;dismissed=0;later=0;acceptance_rate=1"),
             }));
    auto reasons = m_reports->nbaReasons(march());
    QVERIFY(reasons.ok());
    QCOMPARE(lines(*reasons), QStringList{QStringLiteral("reason=Not interested;dismissed=2")});
    auto trend = m_reports->nbaTrend(march());
    QVERIFY(trend.ok());
    QCOMPARE(lines(*trend), (QStringList{
                                QStringLiteral("day=2026-03-01;answered=1;accepted=1;acceptance_rate=1"),
                                QStringLiteral("day=2026-03-02;answered=1;accepted=1;acceptance_rate=1"),
                                QStringLiteral("day=2026-03-05;answered=1;accepted=0;acceptance_rate=0"),
                                QStringLiteral("day=2026-03-09;answered=1;accepted=0;acceptance_rate=0"),
                                QStringLiteral("day=2026-03-10;answered=1;accepted=0;acceptance_rate=0"),
                            }));
}

void TestReports::nbaByAgent() {
    auto mark = m_reports->nba(march({}, QStringLiteral("Mark")));
    QVERIFY2(mark.ok(), qPrintable(mark.ok() ? QString() : mark.error().detail));
    QCOMPARE(lines(*mark),
             (QStringList{
                 QStringLiteral("action=loyalty;answered=1;accepted=0;dismissed=1;later=0;acceptance_rate=0"),
                 QStringLiteral("action=refund;answered=1;accepted=1;dismissed=0;later=0;acceptance_rate=1"),
             }));
    auto agents = m_reports->nbaAgents(march());
    QVERIFY(agents.ok());
    QCOMPARE(lines(*agents),
             (QStringList{
                 QStringLiteral("agent=;answered=1;accepted=0;dismissed=0;later=1;acceptance_rate=0"),
                 QStringLiteral("agent=Anna;answered=1;accepted=0;dismissed=1;later=0;acceptance_rate=0"),
                 QStringLiteral("agent=Lucy;answered=1;accepted=1;dismissed=0;later=0;acceptance_rate=1"),
                 QStringLiteral("agent=Mark;answered=2;accepted=1;dismissed=1;later=0;acceptance_rate=0.5"),
             }));
    // The customers behind an agent's bar.
    auto behind = m_reports->customers(
        march(), {ReportKind::NbaAgents, QStringLiteral("agent"), QStringLiteral("Mark")}, m_rules, 10);
    QVERIFY(behind.ok());
    QStringList names;
    for (const ReportCustomer& c : *behind) {
        names << c.name;
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bob Wu")}));
}

void TestReports::stages() {
    auto t = m_reports->stages(march(), m_rules);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().detail));
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("stage=aware;title=Aware;customers=3;conversion=1"),
                            QStringLiteral("stage=consider;title=Consider;customers=3;conversion=1"),
                            QStringLiteral("stage=purchase;title=Purchase;customers=2;conversion=0.6667"),
                            QStringLiteral("stage=onboard;title=Onboard;customers=1;conversion=0.5"),
                            QStringLiteral("stage=engage;title=Engage;customers=1;conversion=1"),
                            QStringLiteral("stage=retain;title=Retain/expand;customers=1;conversion=1"),
                        }));
    // Served by Anna only: C, who reached "consider" (O4 is after the period).
    auto anna = m_reports->stages(march({}, QStringLiteral("Anna")), m_rules);
    QVERIFY(anna.ok());
    QCOMPARE(anna->value(1, QStringLiteral("customers")).toInt(), 1);
    QCOMPARE(anna->value(2, QStringLiteral("customers")).toInt(), 0);
}

void TestReports::segments() {
    auto t = m_reports->segments(march());
    QVERIFY(t.ok());
    QCOMPARE(lines(*t),
             (QStringList{QStringLiteral("segment=gold;customers=2"), QStringLiteral("segment=silver;customers=1")}));
}

// A year of contacts (2025-04-11 to 2026-04-10): every customer served, most of them changing stage after their
// first contact of the period (read from each contact's stage schedule, cache v14). By hand (SupervisorDataset.h,
// resources/journey/stages.json): A reached onboard by O1 (01-10), engage at I1 (03-02), retain by O2 (03-15); B
// consider at I4 (02-27), purchase by O3 (03-20); C consider at I9 (03-10), purchase by O4 (04-05 10:00); D
// consider at I10 (04-10).
void TestReports::stagesOverAYear() {
    const ReportFilter year{QDate(2025, 4, 11), QDate(2026, 4, 10), {}, {}};
    auto t = m_reports->stages(year, m_rules);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().detail));
    QCOMPARE(lines(*t), (QStringList{
                            QStringLiteral("stage=aware;title=Aware;customers=4;conversion=1"),
                            QStringLiteral("stage=consider;title=Consider;customers=4;conversion=1"),
                            QStringLiteral("stage=purchase;title=Purchase;customers=3;conversion=0.75"),
                            QStringLiteral("stage=onboard;title=Onboard;customers=1;conversion=0.3333"),
                            QStringLiteral("stage=engage;title=Engage;customers=1;conversion=1"),
                            QStringLiteral("stage=retain;title=Retain/expand;customers=1;conversion=1"),
                        }));
    auto customers = [&](const ReportFilter& f) {
        QStringList out;
        auto r = m_reports->stages(f, m_rules);
        if (!r) {
            return QStringList{r.error().detail};
        }
        for (int s = 0; s < r->rows.size(); ++s) {
            out << r->value(s, QStringLiteral("customers")).toString();
        }
        return out;
    };
    // The delivery queue served A (I3) and B (I6, I7, I8).
    QCOMPARE(customers({QDate(2025, 4, 11), QDate(2026, 4, 10), QStringLiteral("delivery"), {}}),
             (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1"),
                          QStringLiteral("1"), QStringLiteral("1")}));
    // Anna served C only: purchase when the period ends after 04-05, not when it ends on 04-04.
    QCOMPARE(customers({QDate(2025, 4, 6), QDate(2026, 4, 5), {}, QStringLiteral("Anna")}),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"),
                          QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(customers({QDate(2025, 4, 5), QDate(2026, 4, 4), {}, QStringLiteral("Anna")}),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("0"), QStringLiteral("0")}));
    // Ending 04-04: D (04-10) not served, C still at consider.
    QCOMPARE(customers({QDate(2025, 4, 5), QDate(2026, 4, 4), {}, {}}),
             (QStringList{QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"),
                          QStringLiteral("1"), QStringLiteral("1")}));
    // The same figures per contact (the query for a queue with an agent, from the stage history).
    for (const ReportFilter& f : {year, ReportFilter{QDate(2025, 4, 5), QDate(2026, 4, 4), {}, {}}}) {
        QSqlQuery old(m_data->db());
        QVERIFY(old.prepare(ReportRepository::stagesSql(f, 6)));
        const QVariantList values = ReportRepository::stagesValues(f);
        for (qsizetype i = 0; i < values.size(); ++i) {
            old.bindValue(static_cast<int>(i), values.at(i));
        }
        QVERIFY(old.exec() && old.next());
        const QStringList fromDays = customers(f);
        for (int s = 0; s < 6; ++s) {
            QCOMPARE(fromDays.value(s), old.value(s).toString());
        }
    }
}

void TestReports::drillDownListsTheCustomersBehindABar() {
    auto names = [this](const DrillDown& d, const ReportFilter& f) {
        QStringList out;
        auto customers = m_reports->customers(f, d, m_rules);
        if (!customers) {
            return QStringList{customers.error().detail};
        }
        for (const ReportCustomer& c : *customers) {
            out << QStringLiteral("%1:%2").arg(c.name).arg(c.contacts);
        }
        return out;
    };
    QCOMPARE(names({ReportKind::Contacts, QStringLiteral("queue"), QStringLiteral("delivery")}, march()),
             (QStringList{QStringLiteral("Bob Wu:2"), QStringLiteral("Ann Lee:1")}));
    QCOMPARE(names({ReportKind::Fcr, QStringLiteral("queue"), QStringLiteral("billing")}, march()),
             QStringList{QStringLiteral("Ann Lee:1")});
    QCOMPARE(names({ReportKind::RepeatContacts, QStringLiteral("queue"), QStringLiteral("billing")}, march()),
             (QStringList{QStringLiteral("Ann Lee:1"), QStringLiteral("Bob Wu:1")}));
    QCOMPARE(names({ReportKind::Nba, QStringLiteral("action"), QStringLiteral("refund")}, march()),
             QStringList{QStringLiteral("Bob Wu:1")});
    QCOMPARE(names({ReportKind::NbaReasons, QStringLiteral("reason"), QStringLiteral("Not interested")}, march()),
             (QStringList{QStringLiteral("Ann Lee:1"), QStringLiteral("Cao Min:1")}));
    QCOMPARE(names({ReportKind::Stages, QStringLiteral("stage"), QStringLiteral("purchase")}, march()),
             (QStringList{QStringLiteral("Ann Lee:3"), QStringLiteral("Bob Wu:3")}));
    QCOMPARE(names({ReportKind::Segments, QStringLiteral("segment"), QStringLiteral("silver")}, march()),
             QStringList{QStringLiteral("Cao Min:1")});
    QCOMPARE(names({ReportKind::ContactReasons, QStringLiteral("reason"), QStringLiteral("Return")}, march()),
             QStringList{QStringLiteral("Cao Min:1")});
}

// The first page of a drill-down: most contacts first, then name and id, cut at the limit among customers with as
// many contacts (counted in code, the names and order from SQL), with each customer's last contact of the period.
void TestReports::drillDownFirstPageKeepsItsOrder() {
    auto page = [this](const DrillDown& d, const ReportFilter& f, int limit) {
        QStringList out;
        auto customers = m_reports->customers(f, d, m_rules, limit);
        if (!customers) {
            return QStringList{customers.error().detail};
        }
        for (const ReportCustomer& c : *customers) {
            out << QStringLiteral("%1:%2:%3:%4")
                       .arg(c.name, c.segment)
                       .arg(c.contacts)
                       .arg(QDateTime::fromMSecsSinceEpoch(c.lastContactMs, Qt::UTC).toString(Qt::ISODate));
        }
        return out;
    };
    // Aware in March: A 3 contacts (last I3 03-20 09:00), B 3 (last I7 03-31 23:00), C 1 (I9).
    const DrillDown aware{ReportKind::Stages, QStringLiteral("stage"), QStringLiteral("aware")};
    const QStringList all{QStringLiteral("Ann Lee:gold:3:2026-03-20T09:00:00Z"),
                          QStringLiteral("Bob Wu:gold:3:2026-03-31T23:00:00Z"),
                          QStringLiteral("Cao Min:silver:1:2026-03-10T10:00:00Z")};
    QCOMPARE(page(aware, march(), 500), all);
    QCOMPARE(page(aware, march(), 3), all);
    QCOMPARE(page(aware, march(), 2), all.mid(0, 2));
    QCOMPARE(page(aware, march(), 1), all.mid(0, 1)); // A before B: same count, name first
    QCOMPARE(page(aware, march(), 0), QStringList{});
    // A stage reached after the customers' first contact of the year: purchase (A by O1, B by O3 03-20, C by O4
    // 04-05), most contacts first: B 5 (I4 .. I8), A 3, C 1; in the year to 04-04 not C.
    const DrillDown purchase{ReportKind::Stages, QStringLiteral("stage"), QStringLiteral("purchase")};
    QCOMPARE(page(purchase, {QDate(2025, 4, 11), QDate(2026, 4, 10), {}, {}}, 500),
             (QStringList{QStringLiteral("Bob Wu:gold:5:2026-04-03T10:00:00Z"),
                          QStringLiteral("Ann Lee:gold:3:2026-03-20T09:00:00Z"),
                          QStringLiteral("Cao Min:silver:1:2026-03-10T10:00:00Z")}));
    QCOMPARE(page(purchase, {QDate(2025, 4, 5), QDate(2026, 4, 4), {}, {}}, 500),
             (QStringList{QStringLiteral("Bob Wu:gold:5:2026-04-03T10:00:00Z"),
                          QStringLiteral("Ann Lee:gold:3:2026-03-20T09:00:00Z")}));
    // Retain of Lucy's customers in March: A only (I1, I3).
    QCOMPARE(page({ReportKind::Stages, QStringLiteral("stage"), QStringLiteral("retain")},
                  march({}, QStringLiteral("Lucy")), 500),
             QStringList{QStringLiteral("Ann Lee:gold:2:2026-03-20T09:00:00Z")});
    // A reason over all queues, and one queue's.
    QCOMPARE(
        page({ReportKind::ContactReasons, QStringLiteral("reason"), QStringLiteral("Where is my order")}, march(), 500),
        (QStringList{QStringLiteral("Bob Wu:gold:2:2026-03-31T23:00:00Z"),
                     QStringLiteral("Ann Lee:gold:1:2026-03-20T09:00:00Z")}));
    QCOMPARE(page({ReportKind::ContactReasons, QStringLiteral("reason"), QStringLiteral("Billing question")},
                  march(QStringLiteral("billing")), 1),
             QStringList{QStringLiteral("Ann Lee:gold:2:2026-03-05T10:00:00Z")});
}

void TestReports::plansUseIndexes_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QStringList>("expected");
    const ReportFilter all = march();
    const ReportFilter queue = march(QStringLiteral("billing"));
    const ReportFilter agent = march({}, QStringLiteral("Lucy"));
    // The period's sums read contact_day by its day key; distinct customers are one range of a contact_fact index
    // per queue and channel; the customers served (stages, segments) one range of the index that holds what they
    // read (models/Migrations.cpp v11). No query reads the period's contacts whole.
    const QString days = QStringLiteral("SEARCH d USING PRIMARY KEY (day>? AND day<?)");
    const QString channel = QStringLiteral("SEARCH c USING COVERING INDEX contact_fact_channel (queue=? AND channel=? "
                                           "AND occurred_ms>? AND occurred_ms<?)");
    const QString agentChannel = QStringLiteral("SEARCH c USING COVERING INDEX contact_fact_agent (agent=? AND "
                                                "queue=? AND channel=? AND occurred_ms>? AND occurred_ms<?)");
    QTest::newRow("contacts") << ReportRepository::contactsSql(all) << ReportRepository::contactsValues(all)
                              << QStringList{days, channel};
    QTest::newRow("contacts of a queue") << ReportRepository::contactsSql(queue)
                                         << ReportRepository::contactsValues(queue) << QStringList{days, channel};
    QTest::newRow("contacts of an agent") << ReportRepository::contactsSql(agent)
                                          << ReportRepository::contactsValues(agent) << QStringList{days, agentChannel};
    QTest::newRow("contact reasons") << ReportRepository::reasonsSql(all) << ReportRepository::filterValues(all)
                                     << QStringList{days};
    QTest::newRow("fcr") << ReportRepository::fcrSql(all) << ReportRepository::filterValues(all) << QStringList{days};
    QTest::newRow("repeat") << ReportRepository::repeatSql(queue) << ReportRepository::filterValues(queue)
                            << QStringList{days};
    QTest::newRow("handle time") << ReportRepository::handleTimeSql(agent) << ReportRepository::filterValues(agent)
                                 << QStringList{days};
    // The customers served (stages, segments) of all queues, a queue or an agent: per day of the period, one range
    // of served_day (models/Migrations.cpp v13); the few whose stage changes within the period per contact, in the
    // range of the contacts whose next transition lies within it.
    const QString servedDays =
        QStringLiteral("SEARCH s USING PRIMARY KEY (grouping=? AND value=? AND day=? AND prev_day<?)");
    QTest::newRow("segments") << ReportRepository::segmentsSql(all) << ReportRepository::servedValues(all)
                              << QStringList{servedDays};
    QTest::newRow("segments of a queue") << ReportRepository::segmentsSql(queue)
                                         << ReportRepository::servedValues(queue) << QStringList{servedDays};
    QTest::newRow("stages") << ReportRepository::stagesDaySql(all, 6) << ReportRepository::stagesDayValues(all, 6)
                            << QStringList{servedDays};
    QTest::newRow("stages of a queue") << ReportRepository::stagesDaySql(queue, 6)
                                       << ReportRepository::stagesDayValues(queue, 6) << QStringList{servedDays};
    // A stage's customers (the drill-down's scan, v14): the period's contacts whose customer reached the stage
    // before its end, one range of contact_fact's clustered key.
    QTest::newRow("stage's customers")
        << QStringLiteral("SELECT c.party_id, c.occurred_ms FROM contact_fact c WHERE c.occurred_ms >= ? AND "
                          "c.occurred_ms < ? AND c.reach2_ms < ?")
        << (ReportRepository::filterValues(all) << all.untilMs())
        << QStringList{QStringLiteral("SEARCH c USING PRIMARY KEY (occurred_ms>? AND occurred_ms<?)")};
    const ReportFilter both = march(QStringLiteral("billing"), QStringLiteral("Lucy"));
    QTest::newRow("stages of an agent in a queue")
        << ReportRepository::stagesSql(both, 6) << ReportRepository::stagesValues(both)
        << QStringList{QStringLiteral("SEARCH c USING COVERING INDEX contact_fact_agent_served (agent=? AND "
                                      "occurred_ms>? AND occurred_ms<?)"),
                       QStringLiteral("SEARCH s USING PRIMARY KEY (party_id=? AND reached_ms<?)")};
    QTest::newRow("stages of an agent") << ReportRepository::stagesDaySql(agent, 6)
                                        << ReportRepository::stagesDayValues(agent, 6) << QStringList{servedDays};
    QTest::newRow("nba") << QStringLiteral("SELECT action_id, count(*) FROM nba_feedback f WHERE f.at_ms >= ? AND "
                                           "f.at_ms < ? GROUP BY 1")
                         << ReportRepository::filterValues(all)
                         << QStringList{QStringLiteral("USING INDEX nba_feedback_at")};
}

void TestReports::plansUseIndexes() {
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QStringList, expected);
    QSqlQuery q(m_data->db());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(static_cast<int>(i), values.at(i));
    }
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next()) {
        plan << q.value(3).toString();
    }
    const QString text = plan.join(QLatin1Char('\n'));
    for (const QString& e : expected) {
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
    }
    // The only scans: the list of the period's days served_day is read by.
    plan.removeAll(QStringLiteral("SCAN days"));
    plan.removeAll(QStringLiteral("SCAN CONSTANT ROW"));
    QVERIFY2(!plan.join(QLatin1Char('\n')).contains(QStringLiteral("SCAN ")), qPrintable(text));
}

void TestReports::cliCsvAndJson() {
    const QStringList period{QStringLiteral("--from"),     QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-31"), QStringLiteral("--db"),       m_data->path()};
    CliRun csv = cli(QStringList{QStringLiteral("fcr")} + period +
                     QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out, QStringLiteral("queue,contacts,resolved_first,fcr_rate\nbilling,3,2,0.6667\n"
                                     "delivery,3,2,0.6667\nreturns,1,1,1\n"));
    CliRun json = cli(QStringList{QStringLiteral("handle-time")} + period +
                      QStringList{QStringLiteral("--queue"), QStringLiteral("delivery"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("report")).toString(), QStringLiteral("handle-time"));
    QCOMPARE(doc.value(QStringLiteral("queue")).toString(), QStringLiteral("delivery"));
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("agent")).toString(), QStringLiteral("Lucy"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("avg_handle_seconds")).toDouble(), 500.0);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("contacts")).toInt(), 2);
    CliRun stages = cli(QStringList{QStringLiteral("stages")} + period);
    QCOMPARE(stages.code, 0);
    QVERIFY2(stages.out.contains(QStringLiteral("\npurchase,Purchase,2,0.6667\n")), qPrintable(stages.out));
    for (const char* name : {"contacts", "repeat-contacts", "nba"}) {
        CliRun r = cli(QStringList{QLatin1String(name)} + period);
        QVERIFY2(r.code == 0 && r.out.count(QLatin1Char('\n')) >= 2, name);
    }
}

void TestReports::cliRejectsBadInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-31")};
    QTest::newRow("unknown report") << (QStringList{QStringLiteral("churn")} + period) << 2
                                    << QStringLiteral("There is no report “churn”");
    QTest::newRow("no report") << period << 2 << QStringLiteral("Name one report");
    QTest::newRow("no period") << QStringList{QStringLiteral("fcr")} << 2 << QStringLiteral("needs --from and --to");
    QTest::newRow("bad day") << QStringList{QStringLiteral("fcr"), QStringLiteral("--from"),
                                            QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                                            QStringLiteral("2026-03-31")}
                             << 2 << QStringLiteral("--from takes a day as YYYY-MM-DD, not “2026-02-30”");
    QTest::newRow("reversed") << QStringList{QStringLiteral("fcr"), QStringLiteral("--from"),
                                             QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                             QStringLiteral("2026-03-31")}
                              << 2 << QStringLiteral("--from (2026-04-01) is after --to (2026-03-31)");
    QTest::newRow("bad format")
        << (QStringList{QStringLiteral("fcr"), QStringLiteral("--format"), QStringLiteral("xml")} + period) << 2
        << QStringLiteral("--format is csv or json");
    QTest::newRow("missing cache") << (QStringList{QStringLiteral("fcr"), QStringLiteral("--db"),
                                                   QStringLiteral("/nonexistent/cache.db")} +
                                       period)
                                   << 1 << QStringLiteral("There is no cache at /nonexistent/cache.db");
}

void TestReports::cliRejectsBadInput() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    if (!args.contains(QStringLiteral("--db"))) {
        args << QStringLiteral("--db") << m_data->path();
    }
    const CliRun r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestReports::stageRulesRejectBadFiles_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArrayLiteral("{") << QStringLiteral("not valid JSON");
    QTest::newRow("no stages") << QByteArrayLiteral("{\"stages\": []}") << QStringLiteral("lists no stage");
    QTest::newRow("unknown stage")
        << QByteArrayLiteral(
               "{\"stages\": [{\"id\": \"aware\"}], \"rules\": [{\"stage\": \"buy\", \"kinds\": [\"order\"]}]}")
        << QStringLiteral("rule 1 moves into the unknown stage \"buy\"");
    QTest::newRow("no kinds") << QByteArrayLiteral(
                                     "{\"stages\": [{\"id\": \"aware\"}], \"rules\": [{\"stage\": \"aware\"}]}")
                              << QStringLiteral("rule 1 names no event kind");
}

void TestReports::stageRulesRejectBadFiles() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto rules = JourneyRules::fromJson(json);
    QVERIFY(!rules.ok());
    QVERIFY2(rules.error().message.contains(message), qPrintable(rules.error().message));
}

// The contact facts are kept by the cache writer: a contact written later changes the flags of the customer's
// earlier one, and every fact equals what the timeline says (derived here independently, per contact).
void TestReports::factsFollowNewContacts() {
    Dataset data(QStringLiteral("reports-facts"));
    QVERIFY2(data.ok(), qPrintable(data.error()));
    CacheWriter writer(data.db(), IdentityConfig{});
    auto outcome = writer.applyPage(caoCallsAgain(30, QStringLiteral("cp2")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().detail));
    if (auto done = writer.recomputeDirtyParties(nullptr, 100); !done) {
        QFAIL(qPrintable(done.error().detail));
    }

    const ReportRepository reports(data.db());
    auto fcr = reports.fcr(march());
    QVERIFY(fcr.ok());
    // I9 (returns) is now followed by I11 within 7 days: not resolved first time; I11 is.
    QCOMPARE(lines(*fcr), (QStringList{
                              QStringLiteral("queue=billing;contacts=3;resolved_first=2;fcr_rate=0.6667"),
                              QStringLiteral("queue=delivery;contacts=3;resolved_first=2;fcr_rate=0.6667"),
                              QStringLiteral("queue=returns;contacts=1;resolved_first=0;fcr_rate=0"),
                              QStringLiteral("queue=sales;contacts=1;resolved_first=1;fcr_rate=1"),
                          }));
    auto repeat = reports.repeatContacts(march(QStringLiteral("sales")));
    QVERIFY(repeat.ok());
    QCOMPARE(lines(*repeat), QStringList{QStringLiteral("queue=sales;contacts=1;repeat_contacts=1;repeat_rate=1")});

    // Every fact against the timeline, derived per contact with SQL of its own.
    QSqlQuery q(data.db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), sum(c.party_id = pl.party_id), "
        "sum(c.repeat_before = EXISTS (SELECT 1 FROM timeline_event t WHERE t.party_id = pl.party_id AND "
        "t.kind IN ('call','chat','wechat') AND t.record_id <> i.record_id AND t.occurred_ms < i.occurred_ms AND "
        "t.occurred_ms >= i.occurred_ms - 604800000)), "
        "sum(c.followed = EXISTS (SELECT 1 FROM timeline_event t WHERE t.party_id = pl.party_id AND "
        "t.kind IN ('call','chat','wechat') AND t.record_id <> i.record_id AND t.occurred_ms > i.occurred_ms AND "
        "t.occurred_ms <= i.occurred_ms + 604800000)), "
        "(SELECT count(*) FROM interaction) "
        "FROM contact_fact c JOIN interaction i ON i.record_id = c.record_id "
        "JOIN party_link pl ON pl.record_id = i.record_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 11);
    QCOMPARE(q.value(1).toInt(), 11);
    QCOMPARE(q.value(2).toInt(), 11);
    QCOMPARE(q.value(3).toInt(), 11);
    QCOMPARE(q.value(4).toInt(), 11);
}

// A customer recomputed without a change to their contacts keeps their contact facts as stored: no row is written
// or removed (each one runs the roll-ups' triggers). A changed contact updates its own row in place, and only that
// one (its changed columns: the roll-ups' update triggers on those alone).
void TestReports::unchangedFactsAreNotRewritten() {
    Dataset data(QStringLiteral("reports-unchanged"));
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QSqlQuery q(data.db());
    // Temporary triggers see the writer's statements on this connection.
    for (const char* sql :
         {"CREATE TEMP TABLE fact_writes(op TEXT, record_id INTEGER)",
          "CREATE TEMP TRIGGER count_fact_insert AFTER INSERT ON contact_fact BEGIN INSERT INTO fact_writes "
          "VALUES('insert', NEW.record_id); END",
          "CREATE TEMP TRIGGER count_fact_delete AFTER DELETE ON contact_fact BEGIN INSERT INTO fact_writes "
          "VALUES('delete', OLD.record_id); END",
          "CREATE TEMP TRIGGER count_fact_update AFTER UPDATE ON contact_fact BEGIN INSERT INTO fact_writes "
          "VALUES('update', NEW.record_id); END",
          "CREATE TEMP TRIGGER count_fact_reason AFTER UPDATE OF reason ON contact_fact BEGIN INSERT INTO fact_writes "
          "VALUES('reason', NEW.record_id); END"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const auto scalar = [&q](const QString& sql) { return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1; };
    CacheWriter writer(data.db(), IdentityConfig{});
    const auto apply = [&](int duration) {
        auto outcome = writer.applyPage(caoCallsAgain(duration, QStringLiteral("cp-%1").arg(duration)));
        if (!outcome) {
            return outcome.error().detail;
        }
        auto done = writer.recomputeDirtyParties(nullptr, 100);
        return done ? QString() : done.error().detail;
    };
    const auto writes = [&](const char* op) {
        return scalar(QStringLiteral("SELECT count(*) FROM fact_writes WHERE op = '%1'").arg(QLatin1String(op)));
    };
    const QString party = QStringLiteral("(SELECT party_id FROM contact_fact c JOIN source_record sr ON sr.id = "
                                         "c.record_id WHERE sr.source_id = 'I11')");

    // A new contact of a customer who has others: its own row is written (and the others' flags where they change).
    QCOMPARE(apply(30), QString());
    QVERIFY(writes("insert") >= 1);
    const qint64 facts = scalar(QStringLiteral("SELECT count(*) FROM contact_fact WHERE party_id = ") + party);
    QVERIFY2(facts >= 2, "the customer has other contacts");
    QVERIFY(q.exec(QStringLiteral("DELETE FROM fact_writes")));

    // The same record again: the customer is recomputed, nothing about the contacts changed.
    QCOMPARE(apply(30), QString());
    QCOMPARE(writes("insert"), 0);
    QCOMPARE(writes("delete"), 0);
    QCOMPARE(writes("update"), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_fact WHERE party_id = ") + party), facts);

    // A longer call: that contact's row alone, updated in place, its duration only (not its reason).
    QCOMPARE(apply(95), QString());
    QCOMPARE(writes("insert"), 0);
    QCOMPARE(writes("delete"), 0);
    QCOMPARE(writes("update"), 1);
    QCOMPARE(writes("reason"), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fact_writes f JOIN source_record sr ON sr.id = f.record_id "
                                   "WHERE sr.source_id <> 'I11'")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT c.duration_seconds FROM contact_fact c JOIN source_record sr ON sr.id = "
                                   "c.record_id WHERE sr.source_id = 'I11'")),
             95);
    QCOMPARE(scalar(QStringLiteral("SELECT handle_max FROM contact_day WHERE queue = 'sales' AND agent = 'Tom' AND "
                                   "day = (SELECT occurred_ms / 86400000 FROM contact_fact c JOIN source_record sr ON "
                                   "sr.id = c.record_id WHERE sr.source_id = 'I11')")),
             95);
}

// served_day (models/Migrations.cpp v13) is kept by contact_fact's triggers: after a contact added, one edited (moved
// to another day and queue), a record deleted (its fact by cascade), a customer's segment changed and two customers
// merged (a contact moving to the surviving party), it equals a GROUP BY of contact_fact computed afresh, and stages
// and segments read from it equal the same figures counted over the contacts themselves, for every filter and
// several periods.
void TestReports::servedDayFollowsWrites() {
    Dataset data(QStringLiteral("reports-served"));
    QVERIFY2(data.ok(), qPrintable(data.error()));
    CacheWriter writer(data.db(), IdentityConfig{});
    auto apply = [&](const char* source, const char* stream, EntityKind entity, const QString& id,
                     const QVariantMap& fields, bool deleted = false) {
        PageInput page;
        page.source = QString::fromLatin1(source);
        page.stream = QString::fromLatin1(stream);
        page.checkpoint = QStringLiteral("cp-") + id;
        CanonicalRecord r;
        r.source = page.source;
        r.stream = page.stream;
        r.entity = entity;
        r.sourceId = id;
        r.deleted = deleted;
        r.updatedAt = utc("2026-04-22T00:00:00Z");
        r.fields = fields;
        r.raw = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
        page.records = {r};
        auto outcome = writer.applyPage(page);
        if (!outcome) {
            return outcome.error().detail;
        }
        auto done = writer.recomputeDirtyParties(nullptr, 100);
        return done ? QString() : done.error().detail;
    };
    auto contact = [](const char* at, const char* queue, const char* agent, const char* phone) {
        return QVariantMap{{QStringLiteral("channel"), QStringLiteral("call")},
                           {QStringLiteral("direction"), QStringLiteral("inbound")},
                           {QStringLiteral("occurred_at"), utc(at)},
                           {QStringLiteral("duration_seconds"), 30},
                           {QStringLiteral("queue"), QString::fromLatin1(queue)},
                           {QStringLiteral("agent"), QString::fromLatin1(agent)},
                           {QStringLiteral("summary"), QStringLiteral("Return")},
                           {QStringLiteral("phone"), QString::fromLatin1(phone)}};
    };
    QSqlQuery q(data.db());
    auto scalar = [&q](const QString& sql) { return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1; };
    // The roll-up against a GROUP BY of contact_fact afresh, both ways.
    // v14: the days the customer first reached each stage or a later one (already by the contact's day: reached;
    // never: none).
    QString reachDays, reachColumns;
    for (int r = 0; r < 6; ++r) {
        reachDays += QStringLiteral(", CASE WHEN r%1 IS NULL THEN 4611686018427387904 WHEN r%1 / 86400000 <= at / "
                                    "86400000 THEN -4611686018427387904 ELSE r%1 / 86400000 END")
                         .arg(r);
        reachColumns += QStringLiteral(", reach%1_ms AS r%1").arg(r);
    }
    const QString fresh =
        QStringLiteral("SELECT grouping, value, at / 86400000, coalesce(prev / 86400000, -4611686018427387904), "
                       "segment") +
        reachDays +
        QStringLiteral(", count(*) FROM (SELECT 0 AS grouping, '' AS value, occurred_ms AS at, prev_ms AS prev, "
                       "segment%1 FROM contact_fact UNION ALL SELECT 1, queue, occurred_ms, prev_queue_ms, segment%1 "
                       "FROM contact_fact UNION ALL SELECT 2, agent, occurred_ms, prev_agent_ms, segment%1 FROM "
                       "contact_fact) WHERE prev IS NULL OR prev / 86400000 < at / 86400000 GROUP BY 1, 2, 3, 4, 5, "
                       "6, 7, 8, 9, 10, 11")
            .arg(reachColumns);
    const QString rollUp = QStringLiteral("SELECT grouping, value, day, prev_day, segment, reach0, reach1, reach2, "
                                          "reach3, reach4, reach5, contacts FROM served_day");
    // Each contact's schedule is its customer's stage history's.
    QString reachWrong;
    for (int r = 0; r < 6; ++r) {
        reachWrong += QStringLiteral("%1c.reach%2_ms IS NOT (SELECT min(s.reached_ms) FROM party_stage s WHERE "
                                     "s.party_id = c.party_id AND s.stage >= %2)")
                          .arg(r ? QStringLiteral(" OR ") : QString())
                          .arg(r);
    }
    const QList<ReportFilter> periods{
        march(),
        {QDate(2026, 3, 5), QDate(2026, 3, 20), {}, {}},
        {QDate(2026, 3, 9), QDate(2026, 3, 9), {}, {}},
        {QDate(2026, 2, 1), QDate(2026, 4, 30), {}, {}},
        {QDate(2026, 4, 1), QDate(2026, 4, 30), {}, {}},
    };
    const QList<QPair<QString, QString>> filters{{{}, {}},
                                                 {QStringLiteral("billing"), {}},
                                                 {QStringLiteral("delivery"), {}},
                                                 {QStringLiteral("sales"), {}},
                                                 {{}, QStringLiteral("Lucy")},
                                                 {{}, QStringLiteral("Tom")},
                                                 {QStringLiteral("delivery"), QStringLiteral("Lucy")}};
    const ReportRepository reports(data.db());
    auto check = [&](const char* step) {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (") + rollUp + QStringLiteral(" EXCEPT ") + fresh +
                        QStringLiteral(")")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (") + fresh + QStringLiteral(" EXCEPT ") + rollUp +
                        QStringLiteral(")")),
                 0);
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM served_day")) > 0, step);
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM contact_fact c WHERE reach0_ms IS NOT NULL")) > 0, step);
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM contact_fact c WHERE ") + reachWrong) == 0, step);
        // No stage history, contact or roll-up source left of a customer that is gone (merged away).
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM party_stage s WHERE NOT EXISTS (SELECT 1 FROM party p "
                                       "WHERE p.id = s.party_id)")) == 0,
                 step);
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM contact_fact c WHERE NOT EXISTS (SELECT 1 FROM party p "
                                       "WHERE p.id = c.party_id)")) == 0,
                 step);
        for (ReportFilter f : periods) {
            for (const auto& [queue, agent] : filters) {
                f.queue = queue;
                f.agent = agent;
                const QString where = QStringLiteral("%1 %2 to %3 queue '%4' agent '%5'")
                                          .arg(QLatin1String(step), f.from.toString(Qt::ISODate),
                                               f.to.toString(Qt::ISODate), queue, agent);
                // Per contact: segments over the period's first contacts, stages by the v11 query (stagesSql).
                const QString prev = queue.isEmpty() && agent.isEmpty() ? QStringLiteral("prev_ms")
                                     : agent.isEmpty()                  ? QStringLiteral("prev_queue_ms")
                                     : queue.isEmpty()                  ? QStringLiteral("prev_agent_ms")
                                                                        : QStringLiteral("prev_queue_agent_ms");
                QSqlQuery direct(data.db());
                QVERIFY(direct.prepare(QStringLiteral("SELECT segment, count(*) FROM contact_fact WHERE occurred_ms "
                                                      ">= ? AND occurred_ms < ? AND (? = '' OR queue = ?) AND (? = '' "
                                                      "OR agent = ?) AND (%1 IS NULL OR %1 < ?) GROUP BY 1 ORDER BY 2 "
                                                      "DESC, 1")
                                           .arg(prev)));
                // Not a null QString: that binds NULL.
                const QString queueValue = queue.isEmpty() ? QStringLiteral("") : queue;
                const QString agentValue = agent.isEmpty() ? QStringLiteral("") : agent;
                for (const QVariant& v :
                     {QVariant(f.fromMs()), QVariant(f.untilMs()), QVariant(queueValue), QVariant(queueValue),
                      QVariant(agentValue), QVariant(agentValue), QVariant(f.fromMs())}) {
                    direct.addBindValue(v);
                }
                QVERIFY2(direct.exec(), qPrintable(direct.lastError().text()));
                QStringList expected;
                while (direct.next()) {
                    expected << QStringLiteral("segment=%1;customers=%2")
                                    .arg(direct.value(0).toString())
                                    .arg(direct.value(1).toLongLong());
                }
                auto segments = reports.segments(f);
                QVERIFY2(segments.ok(), qPrintable(where));
                QVERIFY2(lines(*segments) == expected,
                         qPrintable(where + QStringLiteral(": ") + lines(*segments).join(u' ') +
                                    QStringLiteral(" != ") + expected.join(u' ')));
                QSqlQuery old(data.db());
                QVERIFY(old.prepare(ReportRepository::stagesSql(f, 6)));
                const QVariantList values = ReportRepository::stagesValues(f);
                for (qsizetype i = 0; i < values.size(); ++i) {
                    old.bindValue(static_cast<int>(i), values.at(i));
                }
                QVERIFY(old.exec() && old.next());
                auto stages = reports.stages(f, m_rules);
                QVERIFY2(stages.ok(), qPrintable(where));
                for (int s = 0; s < 6; ++s) {
                    QVERIFY2(stages->value(s, QStringLiteral("customers")).toLongLong() == old.value(s).toLongLong(),
                             qPrintable(where + QStringLiteral(": stage %1").arg(s)));
                }
            }
        }
    };
    check("as written");
    if (QTest::currentTestFailed()) {
        return;
    }
    // A contact added: Cao calls again on 03-12 (sales, Tom).
    QCOMPARE(apply("contact", "interactions", EntityKind::Interaction, QStringLiteral("I11"),
                   contact("2026-03-12T10:00:00Z", "sales", "Tom", "+8613800000012")),
             QString());
    check("added");
    if (QTest::currentTestFailed()) {
        return;
    }
    // One edited: Bob's I6 moves from 03-09 (delivery) to 03-04 in billing, with Lucy.
    QCOMPARE(apply("contact", "interactions", EntityKind::Interaction, QStringLiteral("I6"),
                   contact("2026-03-04T09:00:00Z", "billing", "Lucy", "+8613800000011")),
             QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_fact WHERE queue = 'billing' AND agent = 'Lucy' AND "
                                   "occurred_ms = %1")
                        .arg(utc("2026-03-04T09:00:00Z").toMSecsSinceEpoch())),
             1);
    check("edited");
    if (QTest::currentTestFailed()) {
        return;
    }
    // A record deleted: Ann's I2 goes, its fact by cascade.
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM contact_fact"));
    QCOMPARE(apply("contact", "interactions", EntityKind::Interaction, QStringLiteral("I2"), {}, true), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_fact")), before - 1);
    check("deleted");
    if (QTest::currentTestFailed()) {
        return;
    }
    // A customer's segment changed: Cao becomes vip.
    QCOMPARE(apply("crm", "customers", EntityKind::Customer, QStringLiteral("CRM-C"),
                   {{QStringLiteral("name"), QStringLiteral("Cao Min")},
                    {QStringLiteral("phone"), QStringLiteral("+8613800000012")},
                    {QStringLiteral("segment"), QStringLiteral("vip")},
                    {QStringLiteral("created_at"), utc("2025-01-01T00:00:00Z")}}),
             QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM served_day WHERE segment = 'silver'")), 0);
    check("segment");
    if (QTest::currentTestFailed()) {
        return;
    }
    // Two customers merged: a ticket with Cao's phone and an e-mail address, then one with that address and Dan's
    // phone: Dan's I10 (04-10, sales, Tom) moves to the surviving party.
    const qint64 cao = data.party(QStringLiteral("C"));
    const qint64 dan = data.party(QStringLiteral("D"));
    QVERIFY(cao > 0 && dan > 0 && cao != dan);
    auto ticket = [](const char* number, const char* phone) {
        return QVariantMap{{QStringLiteral("number"), QString::fromLatin1(number)},
                           {QStringLiteral("email"), QStringLiteral("cao.dan@example.com")},
                           {QStringLiteral("phone"), QString::fromLatin1(phone)},
                           {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("created_at"), utc("2026-04-12T10:00:00Z")}};
    };
    QCOMPARE(apply("helpdesk", "tickets", EntityKind::Ticket, QStringLiteral("T-1"), ticket("#1", "+8613800000012")),
             QString());
    QCOMPARE(apply("helpdesk", "tickets", EntityKind::Ticket, QStringLiteral("T-2"), ticket("#2", "+8613800000013")),
             QString());
    QCOMPARE(data.party(QStringLiteral("C")), data.party(QStringLiteral("D")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT party_id) FROM contact_fact WHERE record_id IN (SELECT id "
                                   "FROM source_record WHERE source_id IN ('I9', 'I10', 'I11'))")),
             1);
    check("merged");
    if (QTest::currentTestFailed()) {
        return;
    }
}

// Stage rules other than the shipped ones (a supervisor's edit) have no stored history: the stages are derived
// from the timeline, and for rules that assign the same stages the figures and drill-down are the same.
void TestReports::otherStageRulesDeriveTheSameFigures() {
    QFile file(JourneyRules::defaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("note"), QStringLiteral("edited by a supervisor"));
    auto edited = JourneyRules::fromJson(QJsonDocument(root).toJson());
    QVERIFY(edited.ok());
    QVERIFY(edited->fingerprint() != m_rules.fingerprint());
    QCOMPARE(ReportFacts::storedStageRules(m_data->db()), m_rules.fingerprint());
    for (const ReportFilter& f : {march(), march({}, QStringLiteral("Anna")), march(QStringLiteral("delivery"))}) {
        auto stored = m_reports->stages(f, m_rules);
        auto derived = m_reports->stages(f, *edited);
        QVERIFY(stored.ok() && derived.ok());
        QCOMPARE(lines(*derived), lines(*stored));
    }
    auto names = [this](const JourneyRules& rules) {
        auto list = m_reports->customers(
            march(), {ReportKind::Stages, QStringLiteral("stage"), QStringLiteral("onboard")}, rules, 50);
        QStringList out;
        for (const ReportCustomer& c : list.ok() ? *list : QList<ReportCustomer>{}) {
            out << QStringLiteral("%1:%2").arg(c.name).arg(c.contacts);
        }
        return out;
    };
    QCOMPARE(names(*edited), names(m_rules));
    QVERIFY(!names(m_rules).isEmpty());
}

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"

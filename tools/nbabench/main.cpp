// c360-nba-bench [--db PATH] [--customers N] [--rules N] [--iterations N] [--json]
//
// 1. Evaluation: a pack of N rules (default 200: the retail pack's actions repeated under new ids
//    and categories) ranked for one customer, timed per call (p50/p95/p99).
// 2. Facts: FactsBuilder::build for sampled customers of a real cache (--db; opened without migrating,
//    FactsBuilder only reads), or of a synthetic cache written through CacheWriter.

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/NbaEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace c360;
using namespace c360::nba;

namespace {

struct Stats {
    std::vector<double> micros;
    double pct(double p) const {
        if (micros.empty()) {
            return 0;
        }
        std::vector<double> s = micros;
        std::sort(s.begin(), s.end());
        const auto i = std::size_t(std::clamp(p / 100.0 * double(s.size() - 1), 0.0, double(s.size() - 1)));
        return s[i];
    }
    double mean() const {
        double sum = 0;
        for (double m : micros) {
            sum += m;
        }
        return micros.empty() ? 0 : sum / double(micros.size());
    }
    QJsonObject json() const {
        return {{QStringLiteral("n"), qint64(micros.size())}, {QStringLiteral("p50_us"), pct(50)},
                {QStringLiteral("p95_us"), pct(95)},          {QStringLiteral("p99_us"), pct(99)},
                {QStringLiteral("max_us"), pct(100)},         {QStringLiteral("mean_us"), mean()}};
    }
    QString line(const QString& label) const {
        return QStringLiteral("%1  n=%2  p50 %3 µs  p95 %4 µs  p99 %5 µs  max %6 µs")
            .arg(label.leftJustified(34))
            .arg(micros.size())
            .arg(pct(50), 0, 'f', 1)
            .arg(pct(95), 0, 'f', 1)
            .arg(pct(99), 0, 'f', 1)
            .arg(pct(100), 0, 'f', 1);
    }
};

// The shipped pack's actions, repeated under new ids (and 12 categories) up to `rules`.
Result<RulePack> bigPack(int rules) {
    QFile file(RulePack::defaultPackPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read the shipped pack"), file.errorString()};
    }
    QJsonObject pack = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray base = pack.value(QStringLiteral("actions")).toArray();
    QJsonArray actions;
    for (int i = 0; i < rules; ++i) {
        QJsonObject a = base.at(i % base.size()).toObject();
        a.insert(QStringLiteral("id"),
                 QString(a.value(QStringLiteral("id")).toString() + QStringLiteral("_") + QString::number(i)));
        a.insert(QStringLiteral("category"), QStringLiteral("cat%1").arg(i % 12));
        a.insert(QStringLiteral("allow_with_complaint"), true);
        actions.append(a);
    }
    pack.insert(QStringLiteral("actions"), actions);
    return RulePack::parse(QJsonDocument(pack).toJson(QJsonDocument::Compact));
}

// A customer for whom most rules are eligible (the expensive case: scoring, not early exits).
Facts busyCustomer() {
    Facts f;
    f.setNumber(fact::LifetimeValue, 8200);
    f.setNumber(fact::OrderCount, 9);
    f.setNumber(fact::DaysSinceLastOrder, 12);
    f.setString(fact::LastOrderNumber, QStringLiteral("100231"));
    f.setString(fact::LastOrderStatus, QStringLiteral("shipped"));
    f.setNumber(fact::LastOrderTotal, 480);
    f.setList(fact::LastOrderItems, {QStringLiteral("Trail Running Shoes"), QStringLiteral("Socks")});
    f.setNumber(fact::AbandonedCartValue, 860);
    f.setString(fact::Currency, QStringLiteral("CNY"));
    f.setString(fact::Segment, QStringLiteral("vip"));
    f.setNumber(fact::OpenTickets, 1);
    f.setBool(fact::OpenComplaint, true);
    f.setBool(fact::EscalatedTicketRecent, true);
    f.setNumber(fact::DaysSinceLastContact, 2);
    f.setNumber(fact::LastCsat, 2);
    f.setNumber(fact::DaysSinceLastCsat, 5);
    f.setBool(fact::NegativeSurvey30d, true);
    f.setNumber(fact::Returns14d, 1);
    f.setNumber(fact::DaysSinceLastReturn, 20);
    f.setNumber(fact::CampaignClicks30d, 2);
    f.setBool(fact::ClickWithoutPurchase, true);
    f.setString(fact::LastClickedCampaign, QStringLiteral("Spring Sale"));
    f.setBool(fact::Unsubscribed, false);
    applyContext(f, CallContext{QStringLiteral("delivery"), QStringLiteral("phone"), QStringLiteral("vip")});
    return f;
}

// A synthetic cache: `customers` customers with orders, a return, tickets, campaign events and calls.
Status writeSynthetic(QSqlDatabase db, int customers, qint64 nowMs) {
    CacheWriter writer(db, IdentityConfig{});
    const auto ago = [nowMs](int days) {
        return QDateTime::fromMSecsSinceEpoch(nowMs - qint64(days) * 86'400'000, Qt::UTC);
    };
    const auto rec = [](const char* source, const char* stream, EntityKind e, const QString& id, QVariantMap fields) {
        CanonicalRecord r;
        r.source = QString::fromLatin1(source);
        r.stream = QString::fromLatin1(stream);
        r.entity = e;
        r.sourceId = id;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        r.fields = std::move(fields);
        r.raw = QByteArray("{\"id\":\"") + id.toUtf8() + "\"}";
        return r;
    };
    constexpr int kPage = 500;
    for (int start = 0; start < customers; start += kPage) {
        QList<CanonicalRecord> crm, orders, returns, tickets, events, calls;
        for (int i = start; i < std::min(customers, start + kPage); ++i) {
            const QString mail = QStringLiteral("c%1@example.com").arg(i);
            crm << rec("crm", "customers", EntityKind::Customer, QStringLiteral("CRM-%1").arg(i),
                       {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                        {QStringLiteral("email"), mail},
                        {QStringLiteral("segment"), i % 7 == 0 ? QStringLiteral("vip") : QStringLiteral("silver")}});
            for (int o = 0; o < 6; ++o) {
                CanonicalRecord r = rec("shop", "orders", EntityKind::Order, QStringLiteral("SO-%1-%2").arg(i).arg(o),
                                        {{QStringLiteral("number"), QStringLiteral("%1%2").arg(i).arg(o)},
                                         {QStringLiteral("placed_at"), ago(5 + 37 * o + i % 11)},
                                         {QStringLiteral("status"), o == 0 && i % 5 == 0 ? QStringLiteral("cancelled")
                                                                                         : QStringLiteral("delivered")},
                                         {QStringLiteral("currency"), QStringLiteral("CNY")},
                                         {QStringLiteral("total"), 100.0 + (i * 7 + o * 13) % 900},
                                         {QStringLiteral("email"), mail}});
                r.children.insert(QStringLiteral("lines"),
                                  {QVariantMap{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(o)},
                                               {QStringLiteral("title"), QStringLiteral("Item %1").arg(o)},
                                               {QStringLiteral("quantity"), 1.0},
                                               {QStringLiteral("unit_price"), 100.0}}});
                orders << r;
            }
            returns << rec("shop", "returns", EntityKind::Return, QStringLiteral("RT-%1").arg(i),
                           {{QStringLiteral("number"), QStringLiteral("R%1").arg(i)},
                            {QStringLiteral("created_at"), ago(3 + i % 40)},
                            {QStringLiteral("amount"), 50.0},
                            {QStringLiteral("email"), mail}});
            for (int t = 0; t < 3; ++t) {
                tickets << rec(
                    "helpdesk", "tickets", EntityKind::Ticket, QStringLiteral("T-%1-%2").arg(i).arg(t),
                    {{QStringLiteral("number"), QStringLiteral("4%1%2").arg(i).arg(t)},
                     {QStringLiteral("status"), t == 0 ? QStringLiteral("open") : QStringLiteral("solved")},
                     {QStringLiteral("priority"), t == 1 ? QStringLiteral("high") : QStringLiteral("normal")},
                     {QStringLiteral("created_at"), ago(2 + 20 * t + i % 9)},
                     {QStringLiteral("csat_score"), qint64(1 + (i + t) % 5)},
                     {QStringLiteral("csat_at"), ago(1 + 20 * t + i % 9)},
                     {QStringLiteral("email"), mail}});
            }
            for (int e = 0; e < 8; ++e) {
                static const char* kTypes[] = {"sent", "open", "click", "convert"};
                events << rec("marketing", "events", EntityKind::CampaignEvent,
                              QStringLiteral("ME-%1-%2").arg(i).arg(e),
                              {{QStringLiteral("campaign_id"), QStringLiteral("C%1").arg(e / 4)},
                               {QStringLiteral("campaign_name"), QStringLiteral("Campaign %1").arg(e / 4)},
                               {QStringLiteral("event_type"), QString::fromLatin1(kTypes[e % 4])},
                               {QStringLiteral("occurred_at"), ago(1 + e * 4 + i % 5)},
                               {QStringLiteral("email"), mail}});
            }
            for (int c = 0; c < 4; ++c) {
                calls << rec("contact", "interactions", EntityKind::Interaction,
                             QStringLiteral("IX-%1-%2").arg(i).arg(c),
                             {{QStringLiteral("channel"), QStringLiteral("call")},
                              {QStringLiteral("occurred_at"), ago(c * 30 + i % 13)},
                              {QStringLiteral("queue"), QStringLiteral("delivery")},
                              {QStringLiteral("email"), mail}});
            }
        }
        const std::pair<const char*, QList<CanonicalRecord>*> pages[] = {
            {"customers", &crm},   {"orders", &orders}, {"returns", &returns},
            {"tickets", &tickets}, {"events", &events}, {"interactions", &calls}};
        for (const auto& [stream, records] : pages) {
            PageInput page;
            page.source = records->constFirst().source;
            page.stream = QString::fromLatin1(stream);
            page.records = *records;
            page.checkpoint = QStringLiteral("cp%1").arg(start);
            if (auto r = writer.applyPage(page); !r) {
                return r.error();
            }
        }
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Next-best-action timings: rule evaluation and facts building."));
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("An existing cache to build facts from (read only)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("customers"), QStringLiteral("Synthetic cache size without --db (default 2000)."),
                 QStringLiteral("N"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("rules"), QStringLiteral("Rules in the evaluated pack (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("iterations"), QStringLiteral("Evaluations to time (default 5000)."),
                 QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("samples"), QStringLiteral("Customers whose facts are built (default 500)."),
                 QStringLiteral("N"), QStringLiteral("500")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.process(app);
    const int rules = std::max(1, p.value(QStringLiteral("rules")).toInt());
    const int iterations = std::max(1, p.value(QStringLiteral("iterations")).toInt());
    const int samples = std::max(1, p.value(QStringLiteral("samples")).toInt());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    // ---- 1. evaluation
    auto pack = bigPack(rules);
    if (!pack) {
        err << pack.error().message << '\n';
        return 1;
    }
    const NbaEngine engine(std::move(*pack));
    const Facts facts = busyCustomer();
    QList<Feedback> history;
    for (int i = 0; i < 20; ++i) { // some feedback to check against, as a real customer would have
        history << Feedback{0,
                            1,
                            QStringLiteral("win_back_%1").arg(i * 10),
                            i % 3 == 0 ? Outcome::Accepted : Outcome::Dismissed,
                            QStringLiteral("declined"),
                            nowMs - qint64(i) * 3 * 86'400'000,
                            {},
                            {},
                            {}};
    }
    Stats eval;
    Evaluation last;
    for (int i = 0; i < 200; ++i) { // warm-up
        last = engine.evaluate(facts, history, nowMs);
    }
    QElapsedTimer t;
    for (int i = 0; i < iterations; ++i) {
        t.start();
        last = engine.evaluate(facts, history, nowMs);
        eval.micros.push_back(double(t.nsecsElapsed()) / 1000.0);
    }

    // ---- 2. facts
    QTemporaryDir dir;
    const bool synthetic = !p.isSet(QStringLiteral("db"));
    const QString path = synthetic ? dir.filePath(QStringLiteral("nba-bench.db")) : p.value(QStringLiteral("db"));
    Database::Options options;
    options.migrate = synthetic;
    auto db = Database::open(path, QStringLiteral("nba-bench"), options);
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    double writeSeconds = 0;
    if (synthetic) {
        QElapsedTimer w;
        w.start();
        if (Status s = writeSynthetic(db->handle(), std::max(1, p.value(QStringLiteral("customers")).toInt()), nowMs);
            !s) {
            err << s.error().message << " | " << s.error().detail << '\n';
            return 1;
        }
        writeSeconds = double(w.elapsed()) / 1000.0;
    }
    QList<qint64> parties;
    {
        QSqlQuery q(db->handle());
        if (!q.exec(QStringLiteral("SELECT count(*), max(id) FROM party")) || !q.next()) {
            err << "cannot read the party table\n";
            return 1;
        }
        const qint64 maxId = q.value(1).toLongLong();
        // Evenly spread ids (deterministic); ids without a party are skipped.
        for (qint64 i = 0; i < samples && maxId > 0; ++i) {
            parties << 1 + (i * 7919) % maxId;
        }
    }
    FactsBuilder builder(db->handle());
    Stats factsStats, pipeline;
    int missing = 0;
    for (int pass = 0; pass < 2; ++pass) { // pass 0 warms the page cache
        for (qint64 id : std::as_const(parties)) {
            t.start();
            auto f = builder.build(id, nowMs, CallContext{QStringLiteral("delivery"), QStringLiteral("phone"), {}});
            const double factsUs = double(t.nsecsElapsed()) / 1000.0;
            if (!f) {
                missing += pass;
                continue;
            }
            const Evaluation e = engine.evaluate(*f, {}, nowMs);
            const double allUs = double(t.nsecsElapsed()) / 1000.0;
            if (pass == 1) {
                factsStats.micros.push_back(factsUs);
                pipeline.micros.push_back(allUs);
            }
        }
    }

    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules},
                                         {QStringLiteral("eligible"), last.eligible},
                                         {QStringLiteral("evaluate"), eval.json()},
                                         {QStringLiteral("cache"), synthetic ? QStringLiteral("synthetic") : path},
                                         {QStringLiteral("facts"), factsStats.json()},
                                         {QStringLiteral("facts_and_evaluate"), pipeline.json()}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << QStringLiteral("NBA evaluation: %1 rules, %2 eligible for the customer, top %3 shown, %4 held back")
               .arg(rules)
               .arg(last.eligible)
               .arg(last.actions.size())
               .arg(last.heldBack.size())
        << '\n';
    out << eval.line(QStringLiteral("evaluate (200 rules, 1 customer)")
                         .replace(QStringLiteral("200"), QString::number(rules)))
        << '\n';
    out << QStringLiteral("Facts: %1 cache %2%3")
               .arg(synthetic ? QStringLiteral("synthetic") : QStringLiteral("existing"), path,
                    synthetic ? QStringLiteral(" (written in %1 s)").arg(writeSeconds, 0, 'f', 1) : QString())
        << '\n';
    out << factsStats.line(QStringLiteral("FactsBuilder::build")) << '\n';
    out << pipeline.line(QStringLiteral("facts + evaluate")) << '\n';
    if (missing > 0) {
        out << QStringLiteral("(%1 sampled ids had no party)").arg(missing) << '\n';
    }
    return 0;
}

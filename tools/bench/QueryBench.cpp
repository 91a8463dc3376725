#include "QueryBench.h"

#include "models/Queries.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

#include <random>

namespace c360::bench {

namespace {

struct Sample {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
};

// +8613800138000 -> "138 0013 8000"; +14155550100 -> "(415) 555-0100": the forms agents type.
QString otherForm(const QString& e164) {
    if (e164.startsWith(QLatin1String("+86")) && e164.size() == 14) {
        const QString n = e164.mid(3);
        return n.left(3) + QLatin1Char(' ') + n.mid(3, 4) + QLatin1Char(' ') + n.mid(7);
    }
    if (e164.startsWith(QLatin1String("+1")) && e164.size() == 12) {
        const QString n = e164.mid(2);
        return QStringLiteral("(%1) %2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6));
    }
    return e164;
}

double micros(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1000.0;
}

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (q.exec(sql) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

} // namespace

QueryFigures runQueryBench(QSqlDatabase db, const Normalizer& normalizer, int samples, unsigned seed) {
    QueryFigures f;
    f.parties = scalar(db, QStringLiteral("SELECT count(*) FROM party"));
    f.events = scalar(db, QStringLiteral("SELECT max(id) FROM timeline_event"));
    const qint64 minId = scalar(db, QStringLiteral("SELECT min(id) FROM party"));
    const qint64 maxId = scalar(db, QStringLiteral("SELECT max(id) FROM party"));
    if (f.parties == 0) {
        return f;
    }
    std::mt19937_64 rng(seed);
    QSqlQuery pick(db);
    pick.prepare(QStringLiteral("SELECT id, display_name, primary_phone, primary_email FROM party WHERE id >= ? "
                                "ORDER BY id LIMIT 1"));
    QList<Sample> picked;
    for (int i = 0; i < samples; ++i) {
        pick.addBindValue(minId + qint64(rng() % quint64(maxId - minId + 1)));
        if (pick.exec() && pick.next()) {
            picked.append({pick.value(0).toLongLong(), pick.value(1).toString(), pick.value(2).toString(),
                           pick.value(3).toString()});
        }
    }
    const SearchRepository search(db, normalizer);
    const PartyRepository parties(db);
    const TimelineRepository timeline(db);
    const auto found = [](const Result<QList<PartySummary>>& r, qint64 id) {
        if (!r) {
            return false;
        }
        for (const PartySummary& s : *r) {
            if (s.id == id) {
                return true;
            }
        }
        return false;
    };
    for (const Sample& s : picked) {
        QElapsedTimer t;
        if (!s.phone.isEmpty()) {
            t.start();
            const auto r = search.search(otherForm(s.phone), 20);
            f.searchPhone.add(micros(t));
            f.misses += found(r, s.id) ? 0 : 1;
        }
        if (!s.email.isEmpty()) {
            t.start();
            const auto r = search.search(s.email.toUpper(), 20);
            f.searchEmail.add(micros(t));
            f.misses += found(r, s.id) ? 0 : 1;
        }
        if (!s.name.isEmpty()) {
            t.start();
            const auto r = search.search(s.name.left(2), 20);
            f.searchName.add(micros(t));
        }
        t.start();
        const auto h = parties.header(s.id);
        f.header.add(micros(t));
        t.start();
        const auto page = timeline.page(s.id, TimelineFilter{}, std::nullopt, 200);
        f.timelineFirst.add(micros(t));
    }
    // The busiest customer: the one linked to the first CRM record (backend) or synthetic #1.
    const qint64 heavy = scalar(db, QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON "
                                                   "l.record_id = r.id WHERE r.source = 'crm' AND r.stream = "
                                                   "'customers' AND r.source_id IN ('CRM-000001', 'SYN-C-1') LIMIT 1"));
    if (heavy > 0) {
        TimelineFilter all;
        all.includeSystem = true;
        for (int i = 0; i < std::max(1, samples / 4); ++i) {
            QElapsedTimer t;
            t.start();
            const auto page = timeline.page(heavy, all, std::nullopt, 200);
            f.heavyFirst.add(micros(t));
        }
        std::optional<TimelineKey> after;
        for (;;) {
            QElapsedTimer t;
            t.start();
            const auto page = timeline.page(heavy, all, after, 200);
            if (!page || page->isEmpty()) {
                break;
            }
            f.heavyPages.add(micros(t));
            f.heavyEvents += page->size();
            after = TimelineKey{page->constLast().occurredAt.toMSecsSinceEpoch(), page->constLast().id};
        }
    }
    return f;
}

QJsonObject QueryFigures::toJson() const {
    return {{QStringLiteral("parties"), parties},
            {QStringLiteral("events"), events},
            {QStringLiteral("search_phone"), searchPhone.toJson()},
            {QStringLiteral("search_email"), searchEmail.toJson()},
            {QStringLiteral("search_name"), searchName.toJson()},
            {QStringLiteral("customer_header"), header.toJson()},
            {QStringLiteral("timeline_first_page"), timelineFirst.toJson()},
            {QStringLiteral("heavy_customer_events"), heavyEvents},
            {QStringLiteral("heavy_first_page"), heavyFirst.toJson()},
            {QStringLiteral("heavy_each_next_page"), heavyPages.toJson()},
            {QStringLiteral("lookup_misses"), misses}};
}

QString QueryFigures::report() const {
    QStringList lines;
    lines << QStringLiteral("cache: %1 customers, %2 timeline events").arg(parties).arg(events);
    lines << searchPhone.line(QStringLiteral("search by phone (other form)"));
    lines << searchEmail.line(QStringLiteral("search by e-mail (upper case)"));
    lines << searchName.line(QStringLiteral("search by name prefix"));
    lines << header.line(QStringLiteral("customer header"));
    lines << timelineFirst.line(QStringLiteral("timeline first page (200)"));
    lines << heavyFirst.line(QStringLiteral("busiest customer first page"));
    lines << heavyPages.line(QStringLiteral("busiest customer next pages"));
    lines
        << QStringLiteral("busiest customer: %1 events paged through; lookup misses: %2").arg(heavyEvents).arg(misses);
    return lines.join(QLatin1Char('\n'));
}

} // namespace c360::bench

#include "QueryBench.h"

#include "models/Queries.h"
#include "models/RecordFacts.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackRepository.h"
#include "models/nba/NbaEngine.h"
#include "models/nba/RulePack.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <random>

namespace c360::bench {

namespace {

struct Sample {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString order; // one of its order numbers, if any
};

// The floor of a key search: the one indexed SELECT from the key to its customers' summaries (what the
// search panel lists), through the sqlite3 C API on a read-only connection of its own, the key already
// normalized, the text columns read as UTF-8 without conversion. A number is looked up as each kind of
// key a number typed without context can be (order, ticket, record id) by that one SELECT: a record id (no key since
// cache v21) through source_record's (source, stream, source_id) index in each stream, the streams known beforehand.
class KeyFloor {
public:
    explicit KeyFloor(const QString& path) {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v3(
                m_db,
                "SELECT p.id, p.display_name, p.primary_email, p.primary_phone, p.segment, "
                "p.city, p.last_contact_ms FROM record_key rk JOIN party_link pl ON pl.record_id = "
                "rk.record_id JOIN party p ON p.id = pl.party_id WHERE rk.value = ?1 AND rk.kind IN (?2, ?3, ?4) "
                "UNION ALL SELECT p.id, p.display_name, p.primary_email, p.primary_phone, p.segment, p.city, "
                "p.last_contact_ms FROM source_record sr JOIN party_link pl ON pl.record_id = sr.id JOIN party p ON "
                "p.id = pl.party_id WHERE ?5 IS NOT NULL AND sr.source_id = ?1 AND +sr.deleted = 0 AND (sr.source, "
                "sr.stream) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?5))",
                -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            m_stmt = nullptr;
            return;
        }
        // The streams with live records, once (the floor knows them; the search finds them as it goes).
        sqlite3_stmt* next = nullptr;
        sqlite3_stmt* nextSource = nullptr;
        if (sqlite3_prepare_v2(m_db,
                               "SELECT source, stream FROM source_record WHERE deleted = 0 AND source = ? AND "
                               "stream > ? ORDER BY stream LIMIT 1",
                               -1, &next, nullptr) == SQLITE_OK &&
            sqlite3_prepare_v2(m_db,
                               "SELECT source, stream FROM source_record WHERE deleted = 0 AND source > ? ORDER BY "
                               "source, stream LIMIT 1",
                               -1, &nextSource, nullptr) == SQLITE_OK) {
            QJsonArray streams;
            QByteArray source, stream;
            for (;;) {
                sqlite3_stmt* found = nullptr;
                for (sqlite3_stmt* q : {next, nextSource}) {
                    sqlite3_bind_text(q, 1, source.constData(), int(source.size()), SQLITE_TRANSIENT);
                    if (q == next) {
                        sqlite3_bind_text(q, 2, stream.constData(), int(stream.size()), SQLITE_TRANSIENT);
                    }
                    if (sqlite3_step(q) == SQLITE_ROW) {
                        found = q;
                        break;
                    }
                    sqlite3_reset(q);
                }
                if (found == nullptr) {
                    break;
                }
                source = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(found, 0)));
                stream = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(found, 1)));
                streams.append(QJsonArray{QString::fromUtf8(source), QString::fromUtf8(stream)});
                sqlite3_reset(found);
            }
            m_streams = QJsonDocument(streams).toJson(QJsonDocument::Compact);
        }
        sqlite3_finalize(nextSource);
        sqlite3_finalize(next);
    }
    ~KeyFloor() {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    KeyFloor(const KeyFloor&) = delete;
    KeyFloor& operator=(const KeyFloor&) = delete;

    // One lookup, timed into `stats` (nothing when the statement could not be prepared).
    void time(const QStringList& kinds, const QString& value, LatencyStats& stats) {
        if (m_stmt == nullptr) {
            return;
        }
        QList<QByteArray> k;
        for (const QString& kind : kinds) {
            k << kind.toUtf8();
        }
        const bool recordId = k.removeAll(QByteArrayLiteral("source_id")) > 0;
        const QByteArray v = value.toUtf8();
        const Stopwatch t;
        sqlite3_bind_text(m_stmt, 1, v.constData(), int(v.size()), SQLITE_STATIC);
        if (recordId) {
            sqlite3_bind_text(m_stmt, 5, m_streams.constData(), int(m_streams.size()), SQLITE_STATIC);
        } else {
            sqlite3_bind_null(m_stmt, 5);
        }
        for (int i = 0; i < 3; ++i) {
            if (i < k.size()) {
                sqlite3_bind_text(m_stmt, i + 2, k.at(i).constData(), int(k.at(i).size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(m_stmt, i + 2);
            }
        }
        qint64 found = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            found += sqlite3_column_int64(m_stmt, 0);
            for (int c = 1; c < 7; ++c) {
                found += sqlite3_column_bytes(m_stmt, c) + (sqlite3_column_text(m_stmt, c) != nullptr ? 1 : 0);
            }
        }
        sqlite3_reset(m_stmt);
        t.stopInto(stats);
        m_sink += found;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_streams = QByteArrayLiteral("[]"); // [[source, stream], ...]
    qint64 m_sink = 0;
};

// As many results as the search panel asks for.
constexpr int kPanelLimit = 100;

bool isHan(const QString& name) {
    return !name.isEmpty() && name.at(0).unicode() >= 0x3400 && name.at(0).unicode() < 0xA000;
}

// "Emily Carter 42" -> "Emily Ca": a first name and the start of the surname, as agents type it.
QString latinPrefix(const QString& name) {
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {};
    }
    return words.at(0) + QLatin1Char(' ') + words.at(1).left(2);
}

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

qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (q.exec(sql) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

} // namespace

QueryFigures runQueryBench(QSqlDatabase db, const QString& dbPath, const Normalizer& normalizer, int samples,
                           unsigned seed) {
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
    QSqlQuery orderOf(db);
    orderOf.prepare(QStringLiteral("SELECT rk.value FROM party_link pl CROSS JOIN record_key rk ON rk.record_id = "
                                   "pl.record_id WHERE pl.party_id = ? AND rk.kind = 'order' LIMIT 1"));
    QList<Sample> picked;
    for (int i = 0; i < samples; ++i) {
        pick.addBindValue(minId + qint64(rng() % quint64(maxId - minId + 1)));
        if (pick.exec() && pick.next()) {
            Sample s{pick.value(0).toLongLong(),
                     pick.value(1).toString(),
                     pick.value(2).toString(),
                     pick.value(3).toString(),
                     {}};
            orderOf.addBindValue(s.id);
            if (orderOf.exec() && orderOf.next()) {
                s.order = orderOf.value(0).toString();
            }
            orderOf.finish();
            picked.append(s);
        }
        pick.finish();
    }
    KeyFloor floor(dbPath);
    // Opening a customer as the window does (NbaPanel): facts, the answer history, the shipped pack.
    auto pack = nba::RulePack::load(nba::RulePack::defaultPackPath());
    std::unique_ptr<nba::NbaEngine> engine;
    if (pack) {
        engine = std::make_unique<nba::NbaEngine>(*pack);
    }
    nba::FactsBuilder facts(db);
    const nba::FeedbackRepository feedback(db);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kHistoryMs = 400LL * 24 * 3600 * 1000; // as the prompt panel reads it
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
    const auto open = [&](qint64 id) {
        const auto h = parties.header(id);
        const auto page = timeline.page(id, TimelineFilter{}, std::nullopt, 200);
        auto built = facts.build(id, nowMs);
        if (!built || !engine) {
            return false;
        }
        const auto history = feedback.history(id, nowMs - kHistoryMs);
        const nba::Evaluation e = engine->evaluate(*built, history ? *history : QList<nba::Feedback>{}, nowMs);
        return h && page && !e.actions.isEmpty();
    };
    // A key search and its floor read the same pages: every other sample runs the floor first, so that
    // each pays for reading them from disk in half of the samples.
    bool floorFirst = false;
    const auto keySearch = [&](qint64 id, const QString& typed, const QStringList& kinds, const QString& key,
                               LatencyStats& stats, LatencyStats& floorStats) {
        if (floorFirst) {
            floor.time(kinds, key, floorStats);
        }
        Stopwatch t;
        const auto r = search.search(typed, kPanelLimit);
        t.stopInto(stats);
        f.misses += found(r, id) ? 0 : 1;
        if (!floorFirst) {
            floor.time(kinds, key, floorStats);
        }
    };
    for (const Sample& s : picked) {
        Stopwatch t;
        floorFirst = !floorFirst;
        if (!s.phone.isEmpty()) {
            keySearch(s.id, otherForm(s.phone), {keykinds::Phone}, s.phone, f.searchPhone, f.floorPhone);
        }
        if (!s.email.isEmpty()) {
            keySearch(s.id, s.email.toUpper(), {keykinds::Email}, s.email, f.searchEmail, f.floorEmail);
        }
        if (!s.order.isEmpty()) {
            keySearch(s.id, s.order, {keykinds::Order, keykinds::Ticket, keykinds::SourceId}, s.order, f.searchOrder,
                      f.floorOrder);
        }
        if (!s.name.isEmpty()) {
            t.start();
            const auto r = search.search(s.name.left(2), kPanelLimit);
            t.stopInto(isHan(s.name) ? f.searchCjk : f.searchName);
            if (const QString prefix = latinPrefix(s.name); !isHan(s.name) && !prefix.isEmpty()) {
                t.start();
                const auto r2 = search.search(prefix, kPanelLimit);
                t.stopInto(f.searchLatin);
            }
        }
        t.start();
        const auto h = parties.header(s.id);
        t.stopInto(f.header);
        t.start();
        const auto page = timeline.page(s.id, TimelineFilter{}, std::nullopt, 200);
        t.stopInto(f.timelineFirst);
        t.start();
        const bool prompted = open(s.id);
        t.stopInto(f.openCustomer);
        f.promptsShown += prompted ? 1 : 0;
    }
    // The busiest customer: the one linked to the first CRM record (backend) or synthetic #1.
    const qint64 heavy = scalar(db, QStringLiteral("SELECT l.party_id FROM source_record r JOIN party_link l ON "
                                                   "l.record_id = r.id WHERE r.source = 'crm' AND r.stream = "
                                                   "'customers' AND r.source_id IN ('CRM-000001', 'SYN-C-1') LIMIT 1"));
    if (heavy > 0) {
        TimelineFilter all;
        all.includeSystem = true;
        for (int i = 0; i < std::max(1, samples / 4); ++i) {
            Stopwatch t;
            const auto page = timeline.page(heavy, all, std::nullopt, 200);
            t.stopInto(f.heavyFirst);
            t.start();
            open(heavy);
            t.stopInto(f.openHeavy);
        }
        std::optional<TimelineKey> after;
        for (;;) {
            Stopwatch t;
            const auto page = timeline.page(heavy, all, after, 200);
            if (!page || page->isEmpty()) {
                break;
            }
            t.stopInto(f.heavyPages);
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
            {QStringLiteral("search_order"), searchOrder.toJson()},
            {QStringLiteral("search_name_cjk_2"), searchCjk.toJson()},
            {QStringLiteral("search_name"), searchName.toJson()},
            {QStringLiteral("search_name_latin_prefix"), searchLatin.toJson()},
            {QStringLiteral("floor_phone"), floorPhone.toJson()},
            {QStringLiteral("floor_email"), floorEmail.toJson()},
            {QStringLiteral("floor_order"), floorOrder.toJson()},
            {QStringLiteral("open_customer"), openCustomer.toJson()},
            {QStringLiteral("open_busiest_customer"), openHeavy.toJson()},
            {QStringLiteral("opened_with_prompts"), promptsShown},
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
    const auto ratio = [](const LatencyStats& query, const LatencyStats& floor) {
        if (query.count() == 0 || floor.count() == 0 || floor.percentile(95) <= 0) {
            return QString();
        }
        return QStringLiteral("   p95 / floor p95 = %1 (CPU %2)")
            .arg(query.percentile(95) / floor.percentile(95), 0, 'f', 1)
            .arg(query.cpuPercentile(95) / std::max(1e-3, floor.cpuPercentile(95)), 0, 'f', 1);
    };
    lines << searchPhone.line(QStringLiteral("search by phone (other form)")) + ratio(searchPhone, floorPhone);
    lines << floorPhone.line(QStringLiteral("  floor: indexed SELECT, sqlite3"));
    lines << searchEmail.line(QStringLiteral("search by e-mail (upper case)")) + ratio(searchEmail, floorEmail);
    lines << floorEmail.line(QStringLiteral("  floor: indexed SELECT, sqlite3"));
    if (searchOrder.count() > 0) {
        lines << searchOrder.line(QStringLiteral("search by order number")) + ratio(searchOrder, floorOrder);
        lines << floorOrder.line(QStringLiteral("  floor: indexed SELECT, sqlite3"));
    }
    lines << searchCjk.line(QStringLiteral("search by 2-character Chinese name"));
    lines << searchName.line(QStringLiteral("search by 2-letter Latin name prefix"));
    lines << searchLatin.line(QStringLiteral("search by first name + surname start"));
    lines << header.line(QStringLiteral("customer header"));
    lines << timelineFirst.line(QStringLiteral("timeline first page (200)"));
    lines << heavyFirst.line(QStringLiteral("busiest customer first page"));
    lines << heavyPages.line(QStringLiteral("busiest customer next pages"));
    lines << openCustomer.line(QStringLiteral("open a customer (header+page+prompts)"));
    lines << openHeavy.line(QStringLiteral("open the busiest customer"));
    lines << QStringLiteral("opened customers with prompts: %1 of %2").arg(promptsShown).arg(openCustomer.count());
    lines
        << QStringLiteral("busiest customer: %1 events paged through; lookup misses: %2").arg(heavyEvents).arg(misses);
    return lines.join(QLatin1Char('\n'));
}

} // namespace c360::bench

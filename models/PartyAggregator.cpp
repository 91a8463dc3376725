#include "models/PartyAggregator.h"

#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace c360 {

namespace {
// Values counted in first-seen order, so ties resolve deterministically.
struct Tally {
    QStringList order;
    QHash<QString, int> counts;
    void add(const QString& v, int n = 1) {
        if (v.isEmpty()) {
            return;
        }
        if (!counts.contains(v)) {
            order << v;
        }
        counts[v] += n;
    }
    QString mostCommon() const {
        QString best;
        int bestCount = 0;
        for (const QString& v : order) {
            if (counts.value(v) > bestCount) {
                best = v;
                bestCount = counts.value(v);
            }
        }
        return best;
    }
};

// One value a golden field could take: how many of the party's records carry it, when the latest of them
// was updated, a record carrying it (the most trusted one seen) and that record's source.
struct Candidate {
    QString value;
    int records = 0;
    qint64 lastMs = 0;
    qint64 record = 0;
    QString source;
    int rank = 0; // of `source` in the survivorship order (0: most trusted)
    int seen = 0; // first-seen order: the last tie-break
};

struct Candidates {
    QList<Candidate> list;
    QHash<QString, qsizetype> index;
    // Adds a value or, when it is there already, lets a more trusted record or a later update count.
    void add(const QString& value, int records, qint64 lastMs, qint64 record, const QString& source, int rank) {
        if (value.isEmpty()) {
            return;
        }
        const auto it = index.constFind(value);
        if (it == index.constEnd()) {
            index.insert(value, list.size());
            list.append({value, records, lastMs, record, source, rank, static_cast<int>(list.size())});
            return;
        }
        Candidate& c = list[*it];
        c.lastMs = std::max(c.lastMs, lastMs);
        if (rank < c.rank || c.record <= 0) {
            c.rank = rank;
            c.record = record;
            c.source = source;
        }
    }
};

// Names: more words first, then more letters; other fields: more characters.
int completeness(const QString& field, const QString& value) {
    const QString v = value.simplified();
    return field == QLatin1String("name") ? static_cast<int>(v.count(u' ') + 1) * 1000 + static_cast<int>(v.size())
                                          : static_cast<int>(v.size());
}

const Candidate* choose(const Candidates& c, const QString& field, SurvivorshipPolicy policy) {
    const Candidate* best = nullptr;
    const auto better = [&](const Candidate& a, const Candidate& b) { // a before b?
        const auto recent =
            std::tuple(-a.lastMs, a.rank, -a.records, a.seen) < std::tuple(-b.lastMs, b.rank, -b.records, b.seen);
        switch (policy) {
        case SurvivorshipPolicy::MostRecent:
            return recent;
        case SurvivorshipPolicy::MostComplete: {
            const int ca = completeness(field, a.value), cb = completeness(field, b.value);
            return ca != cb ? ca > cb : a.rank != b.rank ? a.rank < b.rank : recent;
        }
        case SurvivorshipPolicy::SourceOrder:
            break;
        }
        return a.rank != b.rank ? a.rank < b.rank : recent;
    };
    for (const Candidate& x : c.list) {
        if (best == nullptr || better(x, *best)) {
            best = &x;
        }
    }
    return best;
}
} // namespace

PartyAggregator::PartyAggregator(QSqlDatabase db, Survivorship survivorship)
    : m_db(db)
    , m_survivorship(std::move(survivorship))
    , m_facts(std::move(db)) {}

Status PartyAggregator::prepare() {
    struct P {
        QSqlQuery* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_anyLink, "SELECT 1 FROM party_link WHERE party_id = ? LIMIT 1"},
        // Every read below is bounded by what it needs: the party's distinct keys (party_key), its
        // links of one entity (party_link(party_id, entity)), or one index probe — never a walk over
        // all the records of a party (a customer can have 50,000 marketing events).
        {&m_keys,
         "SELECT pk.kind, pk.value, pk.records, pk.last_ms, pk.first_record, sr.source FROM party_key pk LEFT JOIN "
         "source_record sr ON sr.id = pk.first_record WHERE pk.party_id = ? ORDER BY pk.first_record, pk.kind, "
         "pk.value"},
        // The party's customer profiles (a few), most recently updated first.
        {&m_customer,
         "SELECT cp.segment, cp.city, sr.id, sr.source, coalesce(sr.updated_at, 0) FROM party_link pl JOIN "
         "customer_profile cp ON cp.record_id = pl.record_id JOIN source_record sr ON sr.id = pl.record_id WHERE "
         "pl.party_id = ? AND pl.entity = 'customer' ORDER BY sr.updated_at DESC, sr.id DESC LIMIT 20"},
        {&m_crmKeys, "SELECT kind, value FROM record_key WHERE record_id = ? AND kind IN ('name', 'email', 'phone', "
                     "'address', 'birth_date')"},
        {&m_orders, "SELECT count(*), total(CASE WHEN lower(coalesce(o.status, '')) IN ('cancelled', 'canceled') "
                    "THEN 0 ELSE o.total END) FROM party_link pl JOIN orders o ON o.record_id = pl.record_id "
                    "WHERE pl.party_id = ? AND pl.entity = 'order'"},
        {&m_currency, "SELECT o.currency FROM party_link pl JOIN orders o ON o.record_id = pl.record_id "
                      "WHERE pl.party_id = ? AND pl.entity = 'order' AND coalesce(o.currency, '') <> '' "
                      "GROUP BY o.currency ORDER BY count(*) DESC, min(pl.record_id) LIMIT 1"},
        {&m_returns, "SELECT total(r.amount) FROM party_link pl JOIN return_item r ON r.record_id = pl.record_id "
                     "WHERE pl.party_id = ? AND pl.entity = 'return'"},
        {&m_openTickets, "SELECT count(*) FROM party_link pl JOIN ticket t ON t.record_id = pl.record_id "
                         "WHERE pl.party_id = ? AND pl.entity = 'ticket' AND lower(t.status) IN ('new', 'open', "
                         "'pending')"},
        {&m_lastContact, "SELECT occurred_ms FROM timeline_event WHERE party_id = ? AND is_system = 0 "
                         "ORDER BY occurred_ms DESC, id DESC LIMIT 1"},
        {&m_currentFts, "SELECT names, emails, phones, ids FROM party_fts WHERE rowid = ?"},
        {&m_deleteKeys, "DELETE FROM party_key WHERE party_id = ?"},
        {&m_setField, "INSERT INTO party_field(party_id, field, value, source, record_id) VALUES(?,?,?,?,?) "
                      "ON CONFLICT(party_id, field) DO UPDATE SET value = excluded.value, source = excluded.source, "
                      "record_id = excluded.record_id"},
        {&m_deleteFields, "DELETE FROM party_field WHERE party_id = ?"},
        {&m_update, "UPDATE party SET display_name = coalesce(?, ''), name_key = coalesce(?, ''), primary_email = ?, "
                    "primary_phone = ?, "
                    "segment = ?, city = ?, lifetime_value = ?, currency = ?, order_count = ?, open_tickets = ?, "
                    "last_contact_ms = ?, updated_ms = ? WHERE id = ?"},
        {&m_deleteFts, "DELETE FROM party_fts WHERE rowid = ?"},
        {&m_insertFts, "INSERT INTO party_fts(rowid, names, emails, phones, ids) VALUES(?,?,?,?,?)"},
        {&m_deleteEvents, "DELETE FROM timeline_event WHERE party_id = ?"},
        {&m_deleteParty, "DELETE FROM party WHERE id = ?"},
    };
    for (const P& p : statements) {
        *p.q = QSqlQuery(m_db);
        if (!p.q->prepare(QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The local cache could not be prepared."));
        }
    }
    return {};
}

Status PartyAggregator::run(QSqlQuery& q, std::initializer_list<QVariant> values) {
    if (!sql::exec(q, values)) {
        return sql::error(q, tr("A customer could not be updated in the local cache."));
    }
    return {};
}

Result<int> PartyAggregator::recompute(const QSet<qint64>& parties, qint64 nowMs) {
    QList<qint64> ids(parties.begin(), parties.end());
    std::sort(ids.begin(), ids.end());
    int alive = 0;
    for (qint64 id : std::as_const(ids)) {
        if (Status s = run(m_anyLink, {id}); !s) {
            return s.error();
        }
        const bool linked = m_anyLink.next();
        m_anyLink.finish();
        if (Status s = linked ? recomputeOne(id, nowMs) : removeParty(id); !s) {
            return s.error();
        }
        alive += linked ? 1 : 0;
    }
    if (Status s = m_facts.refresh(ids); !s) {
        return s.error();
    }
    return alive;
}

Result<QSet<qint64>> PartyAggregator::computedUnderAnotherPolicy(QSqlDatabase db, const Survivorship& survivorship) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT p.id FROM party p WHERE NOT EXISTS (SELECT 1 FROM party_field f WHERE "
                                  "f.party_id = p.id AND f.field = ? AND f.value = ?)")) ||
        !sql::exec(q, {policyField(), survivorship.fingerprint()})) {
        return sql::error(q, tr("The customers' golden records could not be read."));
    }
    QSet<qint64> out;
    while (q.next()) {
        out.insert(q.value(0).toLongLong());
    }
    return out;
}

Status PartyAggregator::removeParty(qint64 id) {
    for (QSqlQuery* q : {&m_deleteEvents, &m_deleteFts, &m_deleteKeys, &m_deleteFields, &m_deleteParty}) {
        if (Status s = run(*q, {id}); !s) {
            return s;
        }
    }
    return {};
}

Status PartyAggregator::recomputeOne(qint64 id, qint64 nowMs) {
    // The party's distinct keys, in the order they first appeared (lowest record id first), each with the
    // source of its first record: the candidates of the golden fields.
    if (Status s = run(m_keys, {id}); !s) {
        return s;
    }
    QHash<QString, Candidates> candidates; // survivorship field -> values
    const auto fieldOf = [](const QString& kind) {
        return kind == keykinds::Name ? QStringLiteral("name")
               : kind == keykinds::Email || kind == keykinds::Phone || kind == keykinds::Address ||
                       kind == keykinds::BirthDate
                   ? kind
                   : QString();
    };
    Tally emails, phones;
    QStringList names, ids;
    while (m_keys.next()) {
        const QString kind = m_keys.value(0).toString();
        const QString value = m_keys.value(1).toString();
        const int records = m_keys.value(2).toInt();
        const QString source = m_keys.value(5).toString();
        if (const QString field = fieldOf(kind); !field.isEmpty()) {
            candidates[field].add(value, records, m_keys.value(3).toLongLong(), m_keys.value(4).toLongLong(), source,
                                  m_survivorship.rank(source));
        }
        if (kind == keykinds::Name) {
            names << value;
        } else if (kind == keykinds::Email) {
            emails.add(value, records);
        } else if (kind == keykinds::Phone) {
            phones.add(value, records);
        } else if (kind == keykinds::WeChat || kind == keykinds::Order) {
            ids << value;
        } else if (kind == keykinds::Ticket) {
            ids << value << QStringLiteral("#") + value;
        }
    }
    m_keys.finish();

    // The customer profiles: their segment and city, and the values they carry count with their own source.
    if (Status s = run(m_customer, {id}); !s) {
        return s;
    }
    struct Profile {
        qint64 record;
        QString source;
        qint64 updated;
    };
    QList<Profile> profiles;
    while (m_customer.next()) {
        const Profile p{m_customer.value(2).toLongLong(), m_customer.value(3).toString(),
                        m_customer.value(4).toLongLong()};
        const int rank = m_survivorship.rank(p.source);
        candidates[QStringLiteral("segment")].add(m_customer.value(0).toString(), 1, p.updated, p.record, p.source,
                                                  rank);
        candidates[QStringLiteral("city")].add(m_customer.value(1).toString(), 1, p.updated, p.record, p.source, rank);
        profiles << p;
    }
    m_customer.finish();
    for (const Profile& p : std::as_const(profiles)) {
        if (Status s = run(m_crmKeys, {p.record}); !s) {
            return s;
        }
        while (m_crmKeys.next()) {
            const QString field = fieldOf(m_crmKeys.value(0).toString());
            Candidates& c = candidates[field];
            if (const QString value = m_crmKeys.value(1).toString(); c.index.contains(value)) {
                c.add(value, 0, p.updated, p.record, p.source, m_survivorship.rank(p.source));
            }
        }
        m_crmKeys.finish();
    }

    // Golden record: each field by its policy (rules.json "survivorship").
    struct Winner {
        const char* column; // party_field.field
        QString field;      // survivorship field
        Candidate value;
    };
    QList<Winner> winners{{"display_name", QStringLiteral("name"), {}},
                          {"email", QStringLiteral("email"), {}},
                          {"phone", QStringLiteral("phone"), {}},
                          {"segment", QStringLiteral("segment"), {}},
                          {"city", QStringLiteral("city"), {}},
                          {"address", QStringLiteral("address"), {}},
                          {"birth_date", QStringLiteral("birth_date"), {}}};
    for (Winner& w : winners) {
        if (const Candidate* c = choose(candidates[w.field], w.field, m_survivorship.policyFor(w.field))) {
            w.value = *c;
        }
    }
    const QString displayName = winners.at(0).value.value, email = winners.at(1).value.value,
                  phone = winners.at(2).value.value, segment = winners.at(3).value.value,
                  city = winners.at(4).value.value;

    double ltv = 0;
    int orderCount = 0;
    QString currency;
    if (Status s = run(m_orders, {id}); !s) {
        return s;
    }
    if (m_orders.next()) {
        orderCount = m_orders.value(0).toInt();
        ltv = m_orders.value(1).toDouble();
    }
    m_orders.finish();
    if (orderCount > 0) {
        if (Status s = run(m_currency, {id}); !s) {
            return s;
        }
        if (m_currency.next()) {
            currency = m_currency.value(0).toString();
        }
        m_currency.finish();
    }
    if (Status s = run(m_returns, {id}); !s) {
        return s;
    }
    if (m_returns.next()) {
        ltv -= m_returns.value(0).toDouble();
    }
    m_returns.finish();

    int openTickets = 0;
    if (Status s = run(m_openTickets, {id}); !s) {
        return s;
    }
    if (m_openTickets.next()) {
        openTickets = m_openTickets.value(0).toInt();
    }
    m_openTickets.finish();

    QVariant lastContact;
    if (Status s = run(m_lastContact, {id}); !s) {
        return s;
    }
    if (m_lastContact.next()) {
        lastContact = m_lastContact.value(0);
    }
    m_lastContact.finish();

    if (Status s = run(m_update, {displayName, Normalizer::nameKey(displayName), sql::text(email), sql::text(phone),
                                  sql::text(segment), sql::text(city), ltv, sql::text(currency), orderCount,
                                  openTickets, lastContact, nowMs, id});
        !s) {
        return s;
    }

    if (Status s = run(m_setField, {id, policyField(), m_survivorship.fingerprint(), QVariant(), QVariant()}); !s) {
        return s;
    }
    for (const Winner& w : std::as_const(winners)) {
        const bool empty = w.value.value.isEmpty();
        if (Status s = run(m_setField, {id, QString::fromLatin1(w.column), sql::text(w.value.value),
                                        empty ? QVariant() : sql::text(w.value.source),
                                        empty || w.value.record <= 0 ? QVariant() : QVariant(w.value.record)});
            !s) {
            return s;
        }
    }

    // Search row: names as written and folded, emails, phones as E.164 and national digits, WeChat ids,
    // order and ticket numbers. Source ids are found through record_key, not through this row.
    QStringList nameForms;
    for (const QString& n : std::as_const(names)) {
        nameForms << n;
        const QString key = Normalizer::nameKey(n);
        if (key != n && !nameForms.contains(key)) {
            nameForms << key;
        }
    }
    QStringList phoneForms;
    for (const QString& p : std::as_const(phones.order)) {
        phoneForms << p << Normalizer::nationalDigits(p);
    }
    const QString sep = QStringLiteral("\n");
    const QStringList doc{nameForms.join(sep), emails.order.join(sep), phoneForms.join(sep), ids.join(sep)};

    // Unchanged document (the common case for a big party gaining one more event): no FTS write.
    if (Status s = run(m_currentFts, {id}); !s) {
        return s;
    }
    bool same = false;
    if (m_currentFts.next()) {
        same = true;
        for (int i = 0; i < doc.size(); ++i) {
            same = same && m_currentFts.value(i).toString() == doc.at(i);
        }
    }
    m_currentFts.finish();
    if (same) {
        return {};
    }
    if (Status s = run(m_deleteFts, {id}); !s) {
        return s;
    }
    return run(m_insertFts, {id, doc.at(0), doc.at(1), doc.at(2), doc.at(3)});
}

} // namespace c360

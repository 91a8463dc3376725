#include "models/PartyAggregator.h"

#include "models/Log.h"
#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/SqlStatement.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace c360 {

namespace {
// Distinct values in first-seen order (a party's e-mails and numbers for its search row). A party has a few: looked
// through, with a set only once there are many.
struct Distinct {
    QStringList order;
    QSet<QString> seen; // filled once `order` is long
    static constexpr qsizetype kSetFrom = 16;
    void add(const QString& v) {
        if (v.isEmpty()) {
            return;
        }
        if (order.size() > kSetFrom ? seen.contains(v) : order.contains(v)) {
            return;
        }
        order << v;
        if (order.size() == kSetFrom + 1) {
            seen = QSet<QString>(order.cbegin(), order.cend());
        } else if (order.size() > kSetFrom + 1) {
            seen.insert(v);
        }
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
    // value -> its place in `list`, built only once the list is long (a party has a few values per field: a hash
    // per field and party cost more than looking through them).
    QHash<QString, qsizetype> index;
    static constexpr qsizetype kIndexFrom = 16;
    qsizetype find(const QString& value) const {
        if (list.size() > kIndexFrom) {
            return index.value(value, -1);
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).value == value) {
                return i;
            }
        }
        return -1;
    }
    // Adds a value or, when it is there already, lets a more trusted record or a later update count.
    void add(const QString& value, int records, qint64 lastMs, qint64 record, const QString& source, int rank) {
        if (value.isEmpty()) {
            return;
        }
        const qsizetype at = find(value);
        if (at < 0) {
            list.append({value, records, lastMs, record, source, rank, static_cast<int>(list.size())});
            if (list.size() == kIndexFrom + 1) {
                for (qsizetype i = 0; i < list.size(); ++i) {
                    index.insert(list.at(i).value, i);
                }
            } else if (list.size() > kIndexFrom + 1) {
                index.insert(value, list.size() - 1);
            }
            return;
        }
        Candidate& c = list[at];
        c.lastMs = std::max(c.lastMs, lastMs);
        if (rank < c.rank || c.record <= 0) {
            c.rank = rank;
            c.record = record;
            c.source = source;
        }
    }
};

// The party columns golden() computes, as stored (kPartyColumns but updated_ms).
constexpr qsizetype kGoldenColumns = 11;
constexpr qsizetype kSegmentColumn = 4;
constexpr qsizetype kFiguresColumn = 6; // lifetime_value, the first of PartyAggregator::figures()
constexpr int kUpdatedColumn = 11;      // Golden::party: the golden columns, updated_ms, the id
// The parts of the figures (party_change), each with the columns it computes: Value the lifetime value, its currency
// and the order count; Tickets the open tickets; LastContact the last contact.
constexpr int kEveryFigure = party_change::Value | party_change::Tickets | party_change::LastContact;
constexpr qsizetype kValueColumn = kFiguresColumn, kTicketsColumn = kFiguresColumn + 3,
                    kLastContactColumn = kFiguresColumn + 4;
// The parts of the figures a party marked `changes` recomputes: all of them for what is more than figures (and for
// Figures, which a cache stored before the parts meant), the parts marked otherwise.
int figureParts(int changes) {
    return (changes & (party_change::Golden | party_change::Links | party_change::Figures)) != 0
               ? kEveryFigure
               : changes & kEveryFigure;
}
// Golden::party's columns before the id
constexpr const char* kPartyColumns =
    "display_name, name_key, primary_email, primary_phone, segment, city, lifetime_value, currency, order_count, "
    "open_tickets, last_contact_ms, updated_ms";
constexpr const char* kCurrentParty =
    "SELECT display_name, name_key, primary_email, primary_phone, segment, city, lifetime_value, currency, "
    "order_count, open_tickets, last_contact_ms FROM party WHERE id = ?";

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
    , m_fingerprint(m_survivorship.fingerprint())
    , m_updateParty(QStringLiteral("party"), QString::fromLatin1(kPartyColumns).split(QStringLiteral(", ")),
                    QStringLiteral("id = ?"), tr("A customer could not be updated in the local cache."))
    , m_facts(std::move(db)) {}

Status PartyAggregator::updateParty(const QVariantList& stored, const QVariantList& party) {
    quint64 changed = sql::ColumnUpdate::differing(stored, party);
    if (changed == 0) {
        return {};
    }
    m_valuesChanged = m_valuesChanged || (changed & (quint64(1) << kFiguresColumn)) != 0; // lifetime_value
    changed |= quint64(1) << kUpdatedColumn;
    QVariantList row = party;
    for (int c : {0, 1}) { // display_name and name_key: '' rather than NULL, as the insert stores them
        if (row.at(c).isNull() || row.at(c).toString().isNull()) {
            row[c] = QStringLiteral("");
        }
    }
    return m_updateParty.update(m_db, changed, row, {party.at(kUpdatedColumn + 1)});
}

Status PartyAggregator::prepare() {
    struct P {
        QSqlQuery* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_anyLink, "SELECT 1 FROM party_link WHERE party_id = ? LIMIT 1"},
        // The golden values as stored, in kPartyColumns' order: an unchanged golden record is not written again.
        {&m_current, kCurrentParty},
        {&m_currentFields, "SELECT field, value, source, record_id FROM party_field WHERE party_id = ?"},
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
        {&m_dropField, "DELETE FROM party_field WHERE party_id = ? AND field = ?"},
        {&m_deleteFields, "DELETE FROM party_field WHERE party_id = ?"},
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

// What a party's golden record is computed from: its distinct keys, its customer profiles (with the keys each
// carries), its order, return and ticket figures, its last contact and its current search row.
struct PartyAggregator::Inputs {
    struct Key {
        QString kind, value;
        int records = 0;
        qint64 lastMs = 0, firstRecord = 0;
        QString source;
    };
    struct Profile {
        QString segment, city;
        qint64 record = 0;
        QString source;
        qint64 updated = 0;
        QList<std::pair<QString, QString>> keys; // kind, value
    };
    QList<Key> keys;         // first seen first (lowest record id), then kind, value
    QList<Profile> profiles; // most recently updated first, at most kMaxProfiles
    int orderCount = 0;
    double orderTotal = 0;
    QString currency;
    double returns = 0;
    int openTickets = 0;
    QVariant lastContact;
    bool hasFts = false;
    QStringList fts; // names, emails, phones, ids
    // The phone keys' national digits (Normalizer::nationalDigits), where readMany read them: on the read-ahead's
    // thread, a libphonenumber parse per phone the writer no longer makes (0.75 s of a first sync's end at 100,000).
    QList<std::pair<QString, QString>> national;
};

// What recomputation writes for one party.
struct PartyAggregator::Golden {
    QVariantList party;                             // kPartyColumns' values, in its order, the party id last
    QList<std::pair<QString, QVariantList>> fields; // party_field: field -> value, source, record
    QStringList doc;                                // the search row
    bool docChanged = true;
};

namespace {
constexpr int kMaxProfiles = 20; // as m_customer's LIMIT
constexpr int kFieldRows = 8;    // the policy and fieldNames(), as fieldBit() numbers them
} // namespace

// What recomputeMany reads before it writes: each party's inputs, and its rows as stored.
struct PartyAggregator::ManyReads {
    QList<qint64> ids;        // sorted
    std::vector<int> changes; // party_change bits, in the order of ids; empty: everything
    Passes passes = Passes::WholeTables;
    std::vector<Inputs> inputs;
    std::vector<char> linked;              // whether the party has a link left
    bool compare = false;                  // whether the rows as stored are read (and unchanged ones not written)
    std::vector<QVariantList> storedParty; // kCurrentParty's golden columns (compare)
    std::vector<char> figuresOnly;         // a party whose figures alone are recomputed
    std::vector<quint8> hasField;          // the party_field rows it has, by fieldBit()
    std::vector<std::array<QVariantList, kFieldRows>> storedFields; // their value, source, record (compare)
    std::optional<ReportFacts::Prefetch> facts; // what the contact facts and stages read of them (read ahead)
};

namespace {

// A golden field without a value has no party_field row (identity::goldenFields() shows it empty): a first resolution
// of a million records left some 870,000 such rows of 1.7 million.
bool emptyField(const QVariantList& v) {
    return v.at(0).isNull() || v.at(0).toString().isEmpty();
}

// The party_field rows a party has, one bit per row golden() writes: the policy, then fieldNames() (-1: another name).
int fieldBit(const QString& field) {
    if (field == PartyAggregator::policyField()) {
        return 0;
    }
    const qsizetype i = PartyAggregator::fieldNames().indexOf(field);
    return i < 0 ? -1 : static_cast<int>(i) + 1;
}

} // namespace

const QStringList& PartyAggregator::fieldNames() {
    static const QStringList names{QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("phone"),
                                   QStringLiteral("segment"),      QStringLiteral("city"),  QStringLiteral("address"),
                                   QStringLiteral("birth_date")};
    return names;
}

Result<int> PartyAggregator::recompute(const QSet<qint64>& parties, qint64 nowMs) {
    PartyChanges all;
    all.reserve(parties.size());
    for (qint64 id : parties) {
        all.insert(id, party_change::All);
    }
    return recompute(all, nowMs);
}

Result<int> PartyAggregator::recompute(const PartyChanges& parties, qint64 nowMs, std::shared_ptr<ManyReads> ahead) {
    QList<qint64> ids = parties.keys();
    std::sort(ids.begin(), ids.end());
    std::vector<int> changes;
    changes.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        changes.push_back(parties.value(id));
    }
    if (ids.size() >= kManyParties) {
        // Many of the cache's parties (a full resolution, a first sync): a few passes over all of them cost less
        // than some twenty statements for each.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM party")) || !q.next()) {
            return sql::error(q, tr("A customer could not be updated in the local cache."));
        }
        const Passes passes = ids.size() * 4 >= q.value(0).toLongLong() ? Passes::WholeTables : Passes::TheseParties;
        if (ahead && !m_keysKnown && ahead->passes == passes && ahead->ids == ids && ahead->changes == changes) {
            return writeMany(*ahead, nowMs); // read on another connection while the batch before was written
        }
        return recomputeMany(ids, nowMs, passes, changes);
    }
    int alive = 0;
    QSet<qint64> segmentChanged;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        if (Status s = run(m_anyLink, {id}); !s) {
            return s.error();
        }
        const bool linked = m_anyLink.next();
        m_anyLink.finish();
        bool segment = false;
        if (Status s = linked ? recomputeOne(id, nowMs, segment) : removeParty(id); !s) {
            return s.error();
        }
        if (!linked) {
            changes[i] = party_change::All; // its counts and facts go with it
        }
        if (segment) {
            segmentChanged.insert(id);
        }
        alive += linked ? 1 : 0;
    }
    if (Status s = refreshDependents(ids, changes, segmentChanged, false); !s) {
        return s.error();
    }
    return alive;
}

Status PartyAggregator::refreshDependents(const QList<qint64>& ids, const std::vector<int>& changes,
                                          const QSet<qint64>& segmentChanged, bool many,
                                          const ReportFacts::Prefetch* ahead) {
    if (changes.empty()) {
        if (Status s = refreshSources(ids); !s) {
            return s;
        }
        return m_facts.refresh(ids, many, ahead);
    }
    // A record that changed in place (its keys' update time, an order's total) leaves the party's records per source as
    // they were, and its contacts and stage events too unless the writer said otherwise: a sync that changed 1% of the
    // records of 100,000 customers touched 15,965 of them, and re-read every one's whole timeline.
    QList<qint64> relinked, contacts;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int c = i < qsizetype(changes.size()) ? changes.at(i) : party_change::All;
        if ((c & party_change::Links) != 0) {
            relinked.append(ids.at(i));
        }
        if ((c & (party_change::Links | party_change::Contacts)) != 0 || segmentChanged.contains(ids.at(i))) {
            contacts.append(ids.at(i));
        }
    }
    if (m_facts.rebuildDue()) {
        contacts = ids; // the rebuild leaves the marked customers (these among them) to this refresh
    }
    qCDebug(lcStorage) << "of" << ids.size() << "parties," << relinked.size() << "relinked," << contacts.size()
                       << "with contacts or stage events to refresh";
    if (!relinked.isEmpty()) {
        if (Status s = refreshSources(relinked); !s) {
            return s;
        }
    }
    return contacts.isEmpty() ? Status() : m_facts.refresh(contacts, many, ahead);
}

Status PartyAggregator::refreshSources(const QList<qint64>& ids) {
    // The parties' linked records per source, counted again (a party without links keeps no rows).
    const QString list = sql::jsonIds(ids);
    QSqlQuery q(m_db);
    if (m_sourcesKnown) {
        // As the caller counted them: the rows of these parties (both sorted: one pass).
        sql::Statement insert(m_db, "INSERT INTO party_source(party_id, source, records) VALUES(?, ?, ?)",
                              tr("A customer could not be updated in the local cache."));
        if (!q.prepare(QStringLiteral("DELETE FROM party_source WHERE party_id IN (SELECT value FROM json_each(?))")) ||
            !sql::exec(q, {list})) {
            return sql::error(q, tr("A customer could not be updated in the local cache."));
        }
        if (!insert.prepared()) {
            return insert.error();
        }
        auto it = m_knownSources.cbegin();
        for (qint64 id : ids) {
            it = std::lower_bound(it, m_knownSources.cend(), id,
                                  [](const SourceCount& c, qint64 party) { return c.party < party; });
            for (; it != m_knownSources.cend() && it->party == id; ++it) {
                insert.bind(1, it->party);
                insert.bind(2, it->source);
                insert.bind(3, it->records);
                if (Status s = insert.run(); !s) {
                    return s;
                }
            }
        }
        return {};
    }
    for (const char* statement :
         {"DELETE FROM party_source WHERE party_id IN (SELECT value FROM json_each(?))",
          "INSERT INTO party_source(party_id, source, records) SELECT pl.party_id, sr.source, count(*) FROM "
          "json_each(?) j CROSS JOIN party_link pl ON pl.party_id = j.value CROSS JOIN source_record sr ON sr.id = "
          "pl.record_id GROUP BY pl.party_id, sr.source"}) {
        if (!q.prepare(QString::fromLatin1(statement)) || !sql::exec(q, {list})) {
            return sql::error(q, tr("A customer could not be updated in the local cache."));
        }
    }
    return {};
}

Result<int> PartyAggregator::recomputeMany(const QList<qint64>& ids, qint64 nowMs, Passes passes,
                                           const std::vector<int>& changes) {
    ManyReads reads;
    reads.ids = ids;
    reads.changes = changes;
    reads.passes = passes;
    if (Status s = readMany(m_db, m_keysKnown ? &m_knownKeys : nullptr, reads); !s) {
        return s.error();
    }
    return writeMany(reads, nowMs);
}

Result<std::shared_ptr<PartyAggregator::ManyReads>>
PartyAggregator::readAhead(QSqlDatabase db, const PartyChanges& parties, ReportFacts* facts) {
    auto reads = std::make_shared<ManyReads>();
    reads->ids = parties.keys();
    std::sort(reads->ids.begin(), reads->ids.end());
    reads->changes.reserve(reads->ids.size());
    for (qint64 id : std::as_const(reads->ids)) {
        reads->changes.push_back(parties.value(id));
    }
    reads->passes = Passes::WholeTables;
    if (Status s = readMany(std::move(db), nullptr, *reads); !s) {
        return s.error();
    }
    if (facts != nullptr) {
        reads->facts.emplace();
        if (Status s = facts->readAhead(reads->ids, *reads->facts); !s) {
            return s.error();
        }
    }
    return reads;
}

Status PartyAggregator::readMany(QSqlDatabase db, const std::vector<PartyKey>* knownKeys, ManyReads& reads) {
    const QList<qint64>& ids = reads.ids;
    const std::vector<int>& changes = reads.changes;
    const QString failed = tr("A customer could not be updated in the local cache.");
    QElapsedTimer took; // for the debug log: where a large recompute spends its time
    took.start();
    // TheseParties: every read below is limited to the parties' own rows (`column` IN the ids, bound as JSON).
    // WholeTables: to the span of ids they cover (`column` BETWEEN the first and the last), read in one range of each
    // table's party order: a first sync's batches of a quarter of the cache's customers each read their quarter, not
    // every table whole four times over (a full resolution's one batch: every table whole, as before).
    const bool some = reads.passes == Passes::TheseParties;
    const QString idList = sql::jsonIds(ids);
    const auto only = [some](const char* column, const char* glue) -> QString {
        return QLatin1String(glue) + QLatin1String(column) +
               (some ? QLatin1String(" IN (SELECT value FROM json_each(?))") : QLatin1String(" BETWEEN ? AND ?"));
    };
    const QVariantList span = ids.isEmpty() ? QVariantList{1, 0} : QVariantList{ids.constFirst(), ids.constLast()};
    const auto read = [](QSqlQuery& query, const QString& statement, const QVariantList& values) {
        if (!query.prepare(statement)) {
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.bindValue(static_cast<int>(i), values.at(i));
        }
        return query.exec();
    };
    const QVariantList ifSome = some ? QVariantList{idList} : span;
    // ids is sorted: a party's place by binary search, its inputs gathered from passes over whole tables
    // (each in party order, with the order and the reads of the per-party statements).
    const auto place = [&ids](qint64 id) {
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), id);
        return it != ids.cend() && *it == id ? it - ids.cbegin() : qsizetype(-1);
    };
    std::vector<Inputs>& inputs = reads.inputs;
    inputs.assign(ids.size(), Inputs());
    std::vector<char>& linked = reads.linked;
    linked.assign(ids.size(), 0);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A sync's parties (with what changed for each, or a few of the cache's): the rows as stored too, and the golden
    // values of each party, so that what did not change is not written again (most of a sync's customers: an order's
    // status changed, not their golden record) and a changed segment is seen (the contact facts carry it). A full
    // resolution writes every row.
    reads.compare = some || std::any_of(changes.cbegin(), changes.cend(), [](int c) { return c != party_change::All; });
    const bool compare = reads.compare;
    std::vector<QVariantList>& storedParty = reads.storedParty;
    storedParty.assign(compare ? ids.size() : 0, QVariantList());
    if (compare) {
        QString current = QString::fromLatin1(kCurrentParty);
        current.replace(QStringLiteral("SELECT "), QStringLiteral("SELECT id, "));
        current.replace(QStringLiteral(" WHERE id = ?"), only("id", " WHERE "));
        if (!read(q, current, ifSome)) {
            return sql::error(q, failed);
        }
        while (q.next()) {
            if (const qsizetype i = place(q.value(0).toLongLong()); i >= 0) {
                for (int c = 1; c <= kGoldenColumns; ++c) {
                    storedParty[i].append(q.value(c));
                }
            }
        }
    }
    // Parties whose figures alone may have changed (party_change::Figures without Golden or Links) and that have a
    // stored row: their golden fields and search row stay as stored, so their keys, profiles, fields and search row
    // are not read (most of an incremental sync's customers: an order's status, a ticket's, a call's summary).
    std::vector<char>& figuresOnly = reads.figuresOnly;
    figuresOnly.assign(ids.size(), 0);
    QList<qint64> goldenIds;
    if (some && compare) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const int c = i < qsizetype(changes.size()) ? changes.at(i) : party_change::All;
            figuresOnly[i] = (c & (party_change::Golden | party_change::Links)) == 0 && !storedParty[i].isEmpty();
            if (!figuresOnly[i]) {
                goldenIds.append(ids.at(i));
            }
        }
    }
    const bool anyFiguresOnly = goldenIds.size() < ids.size() && some && compare;
    if (anyFiguresOnly) {
        qCDebug(lcStorage) << "of" << ids.size() << "parties," << ids.size() - goldenIds.size()
                           << "with their figures alone to recompute";
    }
    // The figures, each through the very statement recomputeOne runs (as a correlated subquery): the same plan, so the
    // same sums in the same order. Over the ids, not the party table: a full resolution's new parties have no row until
    // the writes below insert it. A party whose figures alone may have changed reads only those that read what changed
    // (a CASE runs its subquery only when taken); the others are as stored.
    QString needs;
    needs.reserve(ids.size() * 12);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int c = i < qsizetype(changes.size()) ? changes.at(i) : party_change::All;
        needs += (i == 0 ? QStringLiteral("[[") : QStringLiteral(",[")) + QString::number(ids.at(i)) + u',' +
                 QString::number(figuresOnly[i] ? figureParts(c) : kEveryFigure) + u']';
    }
    needs += ids.isEmpty() ? QStringLiteral("[]") : QStringLiteral("]");
    if (!read(q,
              QStringLiteral(
                  "SELECT p.id, EXISTS(SELECT 1 FROM party_link WHERE party_id = p.id), "
                  "CASE WHEN p.need & %1 THEN (SELECT count(*) FROM party_link pl JOIN orders o ON o.record_id = "
                  "pl.record_id WHERE pl.party_id = p.id AND pl.entity = 'order') END, "
                  "CASE WHEN p.need & %1 THEN (SELECT total(CASE WHEN lower(coalesce(o.status, '')) IN ('cancelled', "
                  "'canceled') THEN 0 ELSE o.total END) FROM party_link pl JOIN orders o ON o.record_id = pl.record_id "
                  "WHERE pl.party_id = p.id AND pl.entity = 'order') END, "
                  "CASE WHEN p.need & %1 THEN (SELECT o.currency FROM party_link pl JOIN orders o ON o.record_id = "
                  "pl.record_id WHERE pl.party_id = p.id AND pl.entity = 'order' AND coalesce(o.currency, '') <> '' "
                  "GROUP BY o.currency ORDER BY count(*) DESC, min(pl.record_id) LIMIT 1) END, "
                  "CASE WHEN p.need & %1 THEN (SELECT total(r.amount) FROM party_link pl JOIN return_item r ON "
                  "r.record_id = pl.record_id WHERE pl.party_id = p.id AND pl.entity = 'return') END, "
                  "CASE WHEN p.need & %2 THEN (SELECT count(*) FROM party_link pl JOIN ticket t ON t.record_id = "
                  "pl.record_id WHERE pl.party_id = p.id AND pl.entity = 'ticket' AND lower(t.status) IN ('new', "
                  "'open', 'pending')) END, "
                  "CASE WHEN p.need & %3 THEN (SELECT occurred_ms FROM timeline_event WHERE party_id = p.id AND "
                  "is_system = 0 ORDER BY occurred_ms DESC, id DESC LIMIT 1) END "
                  "FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS need FROM "
                  "json_each(?)) p")
                  .arg(party_change::Value)
                  .arg(party_change::Tickets)
                  .arg(party_change::LastContact),
              {needs})) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const qsizetype i = place(q.value(0).toLongLong());
        if (i < 0) {
            continue;
        }
        Inputs& in = inputs[i];
        linked[i] = q.value(1).toInt() != 0;
        in.orderCount = q.value(2).toInt();
        in.orderTotal = q.value(3).toDouble();
        if (in.orderCount > 0) {
            in.currency = q.value(4).toString();
        }
        in.returns = q.value(5).toDouble();
        in.openTickets = q.value(6).toInt();
        if (!q.value(7).isNull()) {
            in.lastContact = q.value(7);
        }
    }
    const QString goldenList = anyFiguresOnly ? sql::jsonIds(goldenIds) : idList;
    const QVariantList ifSomeGolden = some ? QVariantList{goldenList} : span;
    if (knownKeys != nullptr) {
        // As the caller wrote them (both sorted by party: one pass).
        auto it = knownKeys->cbegin();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            it = std::lower_bound(it, knownKeys->cend(), ids.at(i),
                                  [](const PartyKey& k, qint64 party) { return k.party < party; });
            for (; it != knownKeys->cend() && it->party == ids.at(i); ++it) {
                inputs[i].keys.append(
                    {it->kind, it->value, static_cast<int>(it->records), it->lastMs, it->firstRecord, it->source});
            }
        }
    } else {
        // The keys of every party (a million records' worth in a first resolution): through SQLite's own API, the
        // few distinct kinds and sources shared instead of one string per row.
        const QByteArray keysSql =
            (QStringLiteral("SELECT pk.party_id, pk.kind, pk.value, pk.records, pk.last_ms, pk.first_record, sr.source "
                            "FROM party_key pk LEFT JOIN source_record sr ON sr.id = pk.first_record") +
             only("pk.party_id", " WHERE ") +
             QStringLiteral(" ORDER BY pk.party_id, pk.first_record, pk.kind, pk.value"))
                .toUtf8();
        sql::Statement keys(db, keysSql.constData(), failed);
        if (!keys.exec(ifSomeGolden)) {
            return keys.error();
        }
        std::vector<std::pair<QByteArray, QString>> strings;
        const auto shared = [&strings](QByteArrayView utf8) {
            const auto it =
                std::find_if(strings.cbegin(), strings.cend(), [&](const auto& s) { return s.first == utf8; });
            if (it != strings.cend()) {
                return it->second;
            }
            strings.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
            return strings.back().second;
        };
        while (keys.next()) {
            if (const qsizetype i = place(keys.int64(0)); i >= 0) {
                inputs[i].keys.append({shared(keys.utf8(1)), keys.text(2), static_cast<int>(keys.int64(3)),
                                       keys.int64(4), keys.int64(5),
                                       keys.isNull(6) ? QString() : shared(keys.utf8(6))});
            }
        }
        if (keys.failed()) {
            return keys.error();
        }
    }
    if (!read(
            q,
            QStringLiteral("SELECT pl.party_id, cp.segment, cp.city, sr.id, sr.source, coalesce(sr.updated_at, 0) FROM "
                           "party_link pl JOIN customer_profile cp ON cp.record_id = pl.record_id JOIN source_record "
                           "sr ON sr.id = pl.record_id WHERE pl.entity = 'customer'") +
                only("pl.party_id", " AND ") + QStringLiteral(" ORDER BY pl.party_id, sr.updated_at DESC, sr.id DESC"),
            ifSomeGolden)) {
        return sql::error(q, failed);
    }
    QHash<qint64, std::pair<qsizetype, qsizetype>> profileOf; // profile record -> party place, profile index
    while (q.next()) {
        const qsizetype i = place(q.value(0).toLongLong());
        if (i < 0 || inputs[i].profiles.size() >= kMaxProfiles) {
            continue;
        }
        const qint64 record = q.value(3).toLongLong();
        profileOf.insert(record, {i, inputs[i].profiles.size()});
        inputs[i].profiles.append(
            {q.value(1).toString(), q.value(2).toString(), record, q.value(4).toString(), q.value(5).toLongLong(), {}});
    }
    if (!profileOf.isEmpty()) {
        // The profiles' keys, record by record (the same probe per profile as a join from customer_profile, for these
        // profiles only).
        QList<qint64> profiles = profileOf.keys();
        std::sort(profiles.begin(), profiles.end());
        if (!read(q,
                  QStringLiteral("SELECT rk.record_id, rk.kind, rk.value FROM record_key rk WHERE rk.record_id IN "
                                 "(SELECT value FROM json_each(?)) AND rk.kind IN ('name', 'email', 'phone', "
                                 "'address', 'birth_date') ORDER BY rk.record_id, rk.kind, rk.value"),
                  {sql::jsonIds(profiles)})) {
            return sql::error(q, failed);
        }
        while (q.next()) {
            if (const auto it = profileOf.constFind(q.value(0).toLongLong()); it != profileOf.constEnd()) {
                inputs[it->first].profiles[it->second].keys.append({q.value(1).toString(), q.value(2).toString()});
            }
        }
    }
    if (!read(q, QStringLiteral("SELECT rowid, names, emails, phones, ids FROM party_fts") + only("rowid", " WHERE "),
              ifSomeGolden)) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        if (const qsizetype i = place(q.value(0).toLongLong()); i >= 0) {
            inputs[i].hasFts = true;
            inputs[i].fts = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString()};
        }
    }
    // Which fields each party has a row for (none, for the new parties of a first resolution): an empty field's
    // row is deleted only where there is one.
    std::vector<quint8>& hasField = reads.hasField;
    hasField.assign(ids.size(), 0);
    std::vector<std::array<QVariantList, kFieldRows>>& storedFields = reads.storedFields;
    storedFields.assign(compare ? ids.size() : 0, {});
    if (!read(q,
              QStringLiteral("SELECT party_id, field") +
                  (compare ? QStringLiteral(", value, source, record_id") : QString()) +
                  QStringLiteral(" FROM party_field") + only("party_id", " WHERE "),
              ifSomeGolden)) {
        return sql::error(q, failed);
    }
    while (q.next()) {
        const qsizetype i = place(q.value(0).toLongLong());
        const int bit = fieldBit(q.value(1).toString());
        if (i >= 0 && bit >= 0) {
            hasField[i] |= quint8(1U << bit);
            if (compare) {
                storedFields[i][bit] = {q.value(2), q.value(3), q.value(4)};
            }
        }
    }
    q.finish();
    for (Inputs& in : inputs) {
        for (const Inputs::Key& k : std::as_const(in.keys)) {
            if (k.kind == keykinds::Phone) {
                in.national.append({k.value, Normalizer::nationalDigits(k.value)});
            }
        }
    }
    qCDebug(lcStorage) << "the inputs of" << ids.size() << "parties read in" << took.elapsed() << "ms";
    return {};
}

Result<int> PartyAggregator::writeMany(ManyReads& reads, qint64 nowMs) {
    const QList<qint64>& ids = reads.ids;
    const std::vector<int>& changes = reads.changes;
    const bool some = reads.passes == Passes::TheseParties;
    const bool compare = reads.compare;
    std::vector<Inputs>& inputs = reads.inputs;
    const std::vector<char>& linked = reads.linked;
    const std::vector<QVariantList>& storedParty = reads.storedParty;
    const std::vector<char>& figuresOnly = reads.figuresOnly;
    const std::vector<quint8>& hasField = reads.hasField;
    const auto& storedFields = reads.storedFields;
    const QString failed = tr("A customer could not be updated in the local cache.");
    QElapsedTimer took; // for the debug log: where a large recompute spends its time
    took.start();

    // Writes in party order, through prepared statements on SQLite's own API (bound per row: a first resolution
    // writes some 200,000 parties and up to eight fields each).
    sql::Statement party(m_db,
                         "INSERT INTO party(display_name, name_key, primary_email, primary_phone, segment, city, "
                         "lifetime_value, currency, order_count, open_tickets, last_contact_ms, updated_ms, id) "
                         "VALUES(coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, name_key = "
                         "excluded.name_key, primary_email = excluded.primary_email, primary_phone = "
                         "excluded.primary_phone, segment = excluded.segment, city = excluded.city, "
                         "lifetime_value = excluded.lifetime_value, currency = excluded.currency, "
                         "order_count = excluded.order_count, open_tickets = excluded.open_tickets, "
                         "last_contact_ms = excluded.last_contact_ms, updated_ms = excluded.updated_ms",
                         failed);
    sql::Statement fields(m_db,
                          "INSERT INTO party_field(party_id, field, value, source, record_id) VALUES(?, ?, ?, ?, ?) "
                          "ON CONFLICT(party_id, field) DO UPDATE SET value = excluded.value, source = "
                          "excluded.source, record_id = excluded.record_id",
                          failed);
    sql::Statement dropField(m_db, "DELETE FROM party_field WHERE party_id = ? AND field = ?", failed);
    sql::Statement dropFts(m_db, "DELETE FROM party_fts WHERE rowid = ?", failed);
    for (const sql::Statement* st : {&party, &fields, &dropField, &dropFts}) {
        if (!st->prepared()) {
            return st->error();
        }
    }
    QList<std::pair<qint64, QStringList>> docs;
    int alive = 0;
    QSet<qint64> segmentChanged;
    std::vector<int> dependents = changes;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        if (!linked[i]) {
            if (Status s = removeParty(id); !s) {
                return s.error();
            }
            if (i < qsizetype(dependents.size())) {
                dependents[i] = party_change::All; // its counts and facts go with it
            }
            continue;
        }
        ++alive;
        if (figuresOnly[i]) {
            // The parts not marked as they are stored.
            QVariantList row = storedParty[i].mid(0, kFiguresColumn);
            row << figures(inputs[i]) << nowMs << id;
            const int parts = figureParts(i < qsizetype(changes.size()) ? changes.at(i) : party_change::All);
            for (const auto& [part, first, count] :
                 {std::tuple{party_change::Value, kValueColumn, qsizetype(3)},
                  std::tuple{party_change::Tickets, kTicketsColumn, qsizetype(1)},
                  std::tuple{party_change::LastContact, kLastContactColumn, qsizetype(1)}}) {
                if ((parts & part) == 0) {
                    for (qsizetype c = first; c < first + count; ++c) {
                        row[c] = storedParty[i].at(c);
                    }
                }
            }
            inputs[i] = {};
            if (Status s = updateParty(storedParty[i], row); !s) {
                return s.error();
            }
            continue;
        }
        Golden g = golden(id, inputs[i], nowMs);
        const bool hadFts = inputs[i].hasFts;
        inputs[i] = {}; // done with it
        if (compare && !storedParty[i].isEmpty() &&
            !sql::sameValue(storedParty[i].at(kSegmentColumn), g.party.at(kSegmentColumn))) {
            segmentChanged.insert(id);
        }
        if (compare && !storedParty[i].isEmpty()) {
            if (Status s = updateParty(storedParty[i], g.party); !s) {
                return s.error();
            }
        } else {
            for (qsizetype c = 0; c < g.party.size(); ++c) {
                party.bind(static_cast<int>(c) + 1, g.party.at(c));
            }
            if (Status s = party.run(); !s) {
                return s.error();
            }
            m_valuesChanged = true;
        }
        for (const auto& [field, f] : std::as_const(g.fields)) {
            if (const int bit = fieldBit(field); compare && bit >= 0 && sql::sameRow(storedFields[i][bit], f)) {
                continue; // as stored (an empty field has no row, and none is stored)
            }
            if (emptyField(f)) {
                if (const int bit = fieldBit(field); bit < 0 || (hasField[i] & (1U << bit)) != 0) {
                    dropField.bind(1, id);
                    dropField.bind(2, field);
                    if (Status s = dropField.run(); !s) {
                        return s.error();
                    }
                }
                continue;
            }
            fields.bind(1, id);
            fields.bind(2, field);
            for (int c = 0; c < 3; ++c) {
                fields.bind(c + 3, f.at(c));
            }
            if (Status s = fields.run(); !s) {
                return s.error();
            }
        }
        if (g.docChanged) {
            if (hadFts) {
                dropFts.bind(1, id);
                if (Status s = dropFts.run(); !s) {
                    return s.error();
                }
            }
            docs.append({id, std::move(g.doc)});
        }
    }
    sql::Statement fts(m_db, "INSERT INTO party_fts(rowid, names, emails, phones, ids) VALUES(?, ?, ?, ?, ?)", failed);
    if (!fts.prepared()) {
        return fts.error();
    }
    for (const auto& [id, doc] : std::as_const(docs)) {
        fts.bind(1, id);
        for (int c = 0; c < 4; ++c) {
            fts.bind(c + 2, QVariant(doc.at(c)));
        }
        if (Status s = fts.run(); !s) {
            return s.error();
        }
    }
    qCDebug(lcStorage) << "golden records and figures of" << ids.size() << "parties in" << took.restart() << "ms";
    if (Status s = refreshDependents(ids, dependents, segmentChanged, !some, reads.facts ? &*reads.facts : nullptr);
        !s) {
        return s.error();
    }
    qCDebug(lcStorage) << "their records per source, contacts and stages in" << took.elapsed() << "ms";
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
    m_valuesChanged = true;
    for (QSqlQuery* q : {&m_deleteEvents, &m_deleteFts, &m_deleteKeys, &m_deleteFields, &m_deleteParty}) {
        if (Status s = run(*q, {id}); !s) {
            return s;
        }
    }
    return {};
}

Status PartyAggregator::readInputs(qint64 id, Inputs& in) {
    if (Status s = run(m_keys, {id}); !s) {
        return s;
    }
    while (m_keys.next()) {
        in.keys.append({m_keys.value(0).toString(), m_keys.value(1).toString(), m_keys.value(2).toInt(),
                        m_keys.value(3).toLongLong(), m_keys.value(4).toLongLong(), m_keys.value(5).toString()});
    }
    m_keys.finish();
    if (Status s = run(m_customer, {id}); !s) {
        return s;
    }
    while (m_customer.next()) {
        in.profiles.append({m_customer.value(0).toString(),
                            m_customer.value(1).toString(),
                            m_customer.value(2).toLongLong(),
                            m_customer.value(3).toString(),
                            m_customer.value(4).toLongLong(),
                            {}});
    }
    m_customer.finish();
    for (Inputs::Profile& p : in.profiles) {
        if (Status s = run(m_crmKeys, {p.record}); !s) {
            return s;
        }
        while (m_crmKeys.next()) {
            p.keys.append({m_crmKeys.value(0).toString(), m_crmKeys.value(1).toString()});
        }
        m_crmKeys.finish();
    }
    if (Status s = run(m_orders, {id}); !s) {
        return s;
    }
    if (m_orders.next()) {
        in.orderCount = m_orders.value(0).toInt();
        in.orderTotal = m_orders.value(1).toDouble();
    }
    m_orders.finish();
    if (in.orderCount > 0) {
        if (Status s = run(m_currency, {id}); !s) {
            return s;
        }
        if (m_currency.next()) {
            in.currency = m_currency.value(0).toString();
        }
        m_currency.finish();
    }
    if (Status s = run(m_returns, {id}); !s) {
        return s;
    }
    if (m_returns.next()) {
        in.returns = m_returns.value(0).toDouble();
    }
    m_returns.finish();
    if (Status s = run(m_openTickets, {id}); !s) {
        return s;
    }
    if (m_openTickets.next()) {
        in.openTickets = m_openTickets.value(0).toInt();
    }
    m_openTickets.finish();
    if (Status s = run(m_lastContact, {id}); !s) {
        return s;
    }
    if (m_lastContact.next()) {
        in.lastContact = m_lastContact.value(0);
    }
    m_lastContact.finish();
    if (Status s = run(m_currentFts, {id}); !s) {
        return s;
    }
    if (m_currentFts.next()) {
        in.hasFts = true;
        for (int i = 0; i < 4; ++i) {
            in.fts << m_currentFts.value(i).toString();
        }
    }
    m_currentFts.finish();
    return {};
}

QVariantList PartyAggregator::figures(const Inputs& in) {
    const QString currency = in.orderCount > 0 ? in.currency : QString();
    return {in.orderTotal - in.returns, sql::text(currency), in.orderCount, in.openTickets, in.lastContact};
}

PartyAggregator::Golden PartyAggregator::golden(qint64 id, const Inputs& in, qint64 nowMs) const {
    // The party's distinct keys, in the order they first appeared (lowest record id first), each with the
    // source of its first record: the candidates of the golden fields.
    // survivorship field -> values: the seven fields (and "" for a profile's other keys), looked up among themselves
    struct FieldCandidates {
        std::array<std::pair<QString, Candidates>, 8> slots{{{QStringLiteral("name"), {}},
                                                             {keykinds::Email, {}},
                                                             {keykinds::Phone, {}},
                                                             {keykinds::Address, {}},
                                                             {keykinds::BirthDate, {}},
                                                             {QStringLiteral("segment"), {}},
                                                             {QStringLiteral("city"), {}},
                                                             {QString(), {}}}};
        std::vector<std::pair<QString, Candidates>> others; // another field name (none today)
        Candidates& operator[](const QString& field) {
            for (auto& [name, c] : slots) {
                if (name == field) {
                    return c;
                }
            }
            for (auto& [name, c] : others) {
                if (name == field) {
                    return c;
                }
            }
            others.emplace_back(field, Candidates{});
            return others.back().second;
        }
    } candidates;
    const auto fieldOf = [](const QString& kind) {
        return kind == keykinds::Name ? QStringLiteral("name")
               : kind == keykinds::Email || kind == keykinds::Phone || kind == keykinds::Address ||
                       kind == keykinds::BirthDate
                   ? kind
                   : QString();
    };
    Distinct emails, phones;
    QStringList names, ids;
    for (const Inputs::Key& k : in.keys) {
        const QString& kind = k.kind;
        const QString& value = k.value;
        if (const QString field = fieldOf(kind); !field.isEmpty()) {
            candidates[field].add(value, k.records, k.lastMs, k.firstRecord, k.source, m_survivorship.rank(k.source));
        }
        if (kind == keykinds::Name) {
            names << value;
        } else if (kind == keykinds::Email) {
            emails.add(value);
        } else if (kind == keykinds::Phone) {
            phones.add(value);
        } else if (kind == keykinds::WeChat || kind == keykinds::Order) {
            ids << value;
        } else if (kind == keykinds::Ticket) {
            ids << value << QStringLiteral("#") + value;
        }
    }

    // The customer profiles: their segment and city, and the values they carry count with their own source.
    for (const Inputs::Profile& p : in.profiles) {
        const int rank = m_survivorship.rank(p.source);
        candidates[QStringLiteral("segment")].add(p.segment, 1, p.updated, p.record, p.source, rank);
        candidates[QStringLiteral("city")].add(p.city, 1, p.updated, p.record, p.source, rank);
    }
    for (const Inputs::Profile& p : in.profiles) {
        for (const auto& [kind, value] : p.keys) {
            Candidates& c = candidates[fieldOf(kind)];
            if (c.find(value) >= 0) {
                c.add(value, 0, p.updated, p.record, p.source, m_survivorship.rank(p.source));
            }
        }
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

    Golden g;
    g.party = {displayName,    Normalizer::nameKey(displayName), sql::text(email), sql::text(phone), sql::text(segment),
               sql::text(city)};
    g.party << figures(in) << nowMs << id;
    g.fields.append({policyField(), {m_fingerprint, QVariant(), QVariant()}});
    for (const Winner& w : std::as_const(winners)) {
        const bool empty = w.value.value.isEmpty();
        g.fields.append({QString::fromLatin1(w.column),
                         {sql::text(w.value.value), empty ? QVariant() : sql::text(w.value.source),
                          empty || w.value.record <= 0 ? QVariant() : QVariant(w.value.record)}});
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
        const auto known = std::find_if(in.national.cbegin(), in.national.cend(),
                                        [&p](const std::pair<QString, QString>& n) { return n.first == p; });
        phoneForms << p << (known != in.national.cend() ? known->second : Normalizer::nationalDigits(p));
    }
    const QString sep = QStringLiteral("\n");
    g.doc = {nameForms.join(sep), emails.order.join(sep), phoneForms.join(sep), ids.join(sep)};
    // Unchanged document (the common case for a big party gaining one more event): no FTS write.
    g.docChanged = !(in.hasFts && in.fts == g.doc);
    return g;
}

Status PartyAggregator::recomputeOne(qint64 id, qint64 nowMs, bool& segmentChanged) {
    Inputs in;
    if (Status s = readInputs(id, in); !s) {
        return s;
    }
    const Golden g = golden(id, in, nowMs);
    if (Status s = run(m_current, {id}); !s) {
        return s;
    }
    QVariantList stored;
    if (m_current.next()) {
        for (int c = 0; c < kGoldenColumns; ++c) {
            stored.append(m_current.value(c));
        }
    }
    m_current.finish();
    segmentChanged = stored.isEmpty() || !sql::sameValue(stored.at(kSegmentColumn), g.party.at(kSegmentColumn));
    if (!stored.isEmpty()) {
        if (Status s = updateParty(stored, g.party); !s) {
            return s;
        }
    }
    if (Status s = run(m_currentFields, {id}); !s) {
        return s;
    }
    QHash<QString, QVariantList> storedFields;
    while (m_currentFields.next()) {
        storedFields.insert(m_currentFields.value(0).toString(),
                            {m_currentFields.value(1), m_currentFields.value(2), m_currentFields.value(3)});
    }
    m_currentFields.finish();
    for (const auto& [field, v] : g.fields) {
        const auto it = storedFields.constFind(field);
        if (emptyField(v) ? it == storedFields.constEnd() : it != storedFields.constEnd() && sql::sameRow(*it, v)) {
            continue; // as stored
        }
        if (Status s =
                emptyField(v) ? run(m_dropField, {id, field}) : run(m_setField, {id, field, v.at(0), v.at(1), v.at(2)});
            !s) {
            return s;
        }
    }
    if (!g.docChanged) {
        return {};
    }
    if (Status s = run(m_deleteFts, {id}); !s) {
        return s;
    }
    return run(m_insertFts, {id, g.doc.at(0), g.doc.at(1), g.doc.at(2), g.doc.at(3)});
}

} // namespace c360

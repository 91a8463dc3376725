#include "models/PartyAggregator.h"

#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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
} // namespace

PartyAggregator::PartyAggregator(QSqlDatabase db)
    : m_db(db)
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
         "SELECT kind, value, records, last_ms, first_record FROM party_key WHERE party_id = ? ORDER BY first_record, "
         "kind, value"},
        {&m_customer,
         "SELECT cp.segment, cp.city, sr.id, sr.source FROM party_link pl JOIN customer_profile cp ON cp.record_id = "
         "pl.record_id JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = ? "
         "AND pl.entity = 'customer' ORDER BY sr.updated_at DESC, sr.id DESC LIMIT 1"},
        {&m_crmKeys, "SELECT kind, value FROM record_key WHERE record_id = ? AND kind IN ('name', 'email', 'phone')"},
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
        {&m_sourceOf, "SELECT source FROM source_record WHERE id = ?"},
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

Status PartyAggregator::removeParty(qint64 id) {
    for (QSqlQuery* q : {&m_deleteEvents, &m_deleteFts, &m_deleteKeys, &m_deleteFields, &m_deleteParty}) {
        if (Status s = run(*q, {id}); !s) {
            return s;
        }
    }
    return {};
}

Status PartyAggregator::recomputeOne(qint64 id, qint64 nowMs) {
    // The party's distinct keys, in the order they first appeared (lowest record id first).
    if (Status s = run(m_keys, {id}); !s) {
        return s;
    }
    QString latestName;
    qint64 latestUpdated = -1, latestNameRecord = 0;
    Tally emails, phones;
    QHash<QString, qint64> firstRecord; // "kind\x1fvalue" -> a record carrying it
    QStringList names, ids;
    while (m_keys.next()) {
        const QString kind = m_keys.value(0).toString();
        const QString value = m_keys.value(1).toString();
        const int records = m_keys.value(2).toInt();
        const qint64 updated = m_keys.value(3).toLongLong();
        const qint64 first = m_keys.value(4).toLongLong();
        if (kind == keykinds::Name) {
            names << value;
            if (updated > latestUpdated) {
                latestName = value;
                latestUpdated = updated;
                latestNameRecord = first;
            }
        } else if (kind == keykinds::Email) {
            emails.add(value, records);
            firstRecord.insert(kind + u'\x1f' + value, first);
        } else if (kind == keykinds::Phone) {
            phones.add(value, records);
            firstRecord.insert(kind + u'\x1f' + value, first);
        } else if (kind == keykinds::WeChat || kind == keykinds::Order) {
            ids << value;
        } else if (kind == keykinds::Ticket) {
            ids << value << QStringLiteral("#") + value;
        }
    }
    m_keys.finish();

    // The CRM profile (latest updated customer record) wins segment, city, name, email and phone.
    QString segment, city, crmName, crmEmail, crmPhone, crmSource;
    if (Status s = run(m_customer, {id}); !s) {
        return s;
    }
    qint64 crmRecord = 0;
    if (m_customer.next()) {
        segment = m_customer.value(0).toString();
        city = m_customer.value(1).toString();
        crmRecord = m_customer.value(2).toLongLong();
        crmSource = m_customer.value(3).toString();
    }
    m_customer.finish();
    if (crmRecord > 0) {
        if (Status s = run(m_crmKeys, {crmRecord}); !s) {
            return s;
        }
        while (m_crmKeys.next()) {
            const QString kind = m_crmKeys.value(0).toString();
            const QString value = m_crmKeys.value(1).toString();
            (kind == keykinds::Name ? crmName : kind == keykinds::Email ? crmEmail : crmPhone) = value;
        }
        m_crmKeys.finish();
    }

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

    const QString displayName = crmName.isEmpty() ? latestName : crmName;
    const QString email = crmEmail.isEmpty() ? emails.mostCommon() : crmEmail;
    const QString phone = crmPhone.isEmpty() ? phones.mostCommon() : crmPhone;
    if (Status s = run(m_update, {displayName, Normalizer::nameKey(displayName), sql::text(email), sql::text(phone),
                                  sql::text(segment), sql::text(city), ltv, sql::text(currency), orderCount,
                                  openTickets, lastContact, nowMs, id});
        !s) {
        return s;
    }

    // Golden record: each field's value with the record and source it came from (survivorship: the
    // CRM profile first, then the most recent name / the most common address and number).
    struct Winner {
        const char* field;
        QString value;
        qint64 record;
    };
    const Winner winners[] = {
        {"display_name", displayName, crmName.isEmpty() ? latestNameRecord : crmRecord},
        {"email", email, crmEmail.isEmpty() ? firstRecord.value(keykinds::Email + u'\x1f' + email) : crmRecord},
        {"phone", phone, crmPhone.isEmpty() ? firstRecord.value(keykinds::Phone + u'\x1f' + phone) : crmRecord},
        {"segment", segment, crmRecord},
        {"city", city, crmRecord},
    };
    for (const Winner& w : winners) {
        QString source = w.record == crmRecord ? crmSource : QString();
        if (w.value.isEmpty()) {
            source.clear();
        } else if (source.isEmpty() && w.record > 0) {
            if (Status s = run(m_sourceOf, {w.record}); !s) {
                return s;
            }
            if (m_sourceOf.next()) {
                source = m_sourceOf.value(0).toString();
            }
            m_sourceOf.finish();
        }
        if (Status s = run(m_setField, {id, QString::fromLatin1(w.field), sql::text(w.value), sql::text(source),
                                        w.value.isEmpty() || w.record <= 0 ? QVariant() : QVariant(w.record)});
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

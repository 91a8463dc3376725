#include "models/PartyAggregator.h"

#include "models/Normalize.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace c360 {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::CacheWriter", text);
}

// Values counted in first-seen order, so ties resolve deterministically.
struct Tally {
    QStringList order;
    QHash<QString, int> counts;
    void add(const QString& v) {
        if (v.isEmpty()) {
            return;
        }
        if (!counts.contains(v)) {
            order << v;
        }
        ++counts[v];
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
    : m_db(std::move(db)) {}

Status PartyAggregator::prepare() {
    struct P {
        QSqlQuery* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_anyLink, "SELECT 1 FROM party_link WHERE party_id = ? LIMIT 1"},
        {&m_keys, "SELECT rk.kind, rk.value, sr.entity, sr.updated_at, sr.id FROM party_link pl "
                  "JOIN source_record sr ON sr.id = pl.record_id JOIN record_key rk ON rk.record_id = pl.record_id "
                  "WHERE pl.party_id = ? ORDER BY sr.id"},
        {&m_customer, "SELECT cp.segment, cp.city FROM party_link pl JOIN customer_profile cp ON cp.record_id = "
                      "pl.record_id JOIN source_record sr ON sr.id = pl.record_id WHERE pl.party_id = ? "
                      "ORDER BY sr.updated_at DESC, sr.id DESC LIMIT 1"},
        {&m_orders, "SELECT o.total, o.status, o.currency FROM party_link pl JOIN orders o ON o.record_id = "
                    "pl.record_id WHERE pl.party_id = ?"},
        {&m_returns, "SELECT r.amount FROM party_link pl JOIN return_item r ON r.record_id = pl.record_id "
                     "WHERE pl.party_id = ?"},
        {&m_openTickets, "SELECT count(*) FROM party_link pl JOIN ticket t ON t.record_id = pl.record_id "
                         "WHERE pl.party_id = ? AND lower(t.status) IN ('new', 'open', 'pending')"},
        {&m_lastContact, "SELECT max(occurred_ms) FROM timeline_event WHERE party_id = ? AND is_system = 0"},
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
    return alive;
}

Status PartyAggregator::removeParty(qint64 id) {
    for (QSqlQuery* q : {&m_deleteEvents, &m_deleteFts, &m_deleteParty}) {
        if (Status s = run(*q, {id}); !s) {
            return s;
        }
    }
    return {};
}

Status PartyAggregator::recomputeOne(qint64 id, qint64 nowMs) {
    // Keys of every linked record: names, emails, phones, numbers, ids.
    if (Status s = run(m_keys, {id}); !s) {
        return s;
    }
    QString crmName, crmEmail, crmPhone, latestName;
    qint64 crmUpdated = -1, latestUpdated = -1;
    Tally emails, phones;
    QStringList names, ids;
    const QString customer = QStringLiteral("customer");
    while (m_keys.next()) {
        const QString kind = m_keys.value(0).toString();
        const QString value = m_keys.value(1).toString();
        const bool isCustomer = m_keys.value(2).toString() == customer;
        const qint64 updated = m_keys.value(3).toLongLong();
        if (kind == keykinds::Name) {
            if (!names.contains(value)) {
                names << value;
            }
            if (isCustomer && updated >= crmUpdated) {
                crmName = value;
                crmUpdated = updated;
            }
            if (updated >= latestUpdated) {
                latestName = value;
                latestUpdated = updated;
            }
        } else if (kind == keykinds::Email) {
            emails.add(value);
            if (isCustomer) {
                crmEmail = value;
            }
        } else if (kind == keykinds::Phone) {
            phones.add(value);
            if (isCustomer) {
                crmPhone = value;
            }
        } else if (kind == keykinds::WeChat || kind == keykinds::SourceId) {
            ids << value;
        } else if (kind == keykinds::Order) {
            ids << value;
        } else if (kind == keykinds::Ticket) {
            ids << value << QStringLiteral("#") + value;
        }
    }
    m_keys.finish();

    QString segment, city;
    if (Status s = run(m_customer, {id}); !s) {
        return s;
    }
    if (m_customer.next()) {
        segment = m_customer.value(0).toString();
        city = m_customer.value(1).toString();
    }
    m_customer.finish();

    double ltv = 0;
    int orderCount = 0;
    Tally currencies;
    if (Status s = run(m_orders, {id}); !s) {
        return s;
    }
    while (m_orders.next()) {
        ++orderCount;
        if (m_orders.value(1).toString().compare(QLatin1String("cancelled"), Qt::CaseInsensitive) != 0 &&
            m_orders.value(1).toString().compare(QLatin1String("canceled"), Qt::CaseInsensitive) != 0) {
            ltv += m_orders.value(0).toDouble();
        }
        currencies.add(m_orders.value(2).toString());
    }
    m_orders.finish();
    if (Status s = run(m_returns, {id}); !s) {
        return s;
    }
    while (m_returns.next()) {
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
                                  sql::text(segment), sql::text(city), ltv, sql::text(currencies.mostCommon()),
                                  orderCount, openTickets, lastContact, nowMs, id});
        !s) {
        return s;
    }

    // Search row: names as written and folded, emails, phones as E.164 and national digits, numbers and ids.
    QStringList nameForms;
    for (const QString& n : std::as_const(names)) {
        nameForms << n;
        const QString key = Normalizer::nameKey(n);
        if (key != n) {
            nameForms << key;
        }
    }
    QStringList phoneForms;
    for (const QString& p : std::as_const(phones.order)) {
        phoneForms << p << Normalizer::nationalDigits(p);
    }
    if (Status s = run(m_deleteFts, {id}); !s) {
        return s;
    }
    const QString sep = QStringLiteral("\n");
    return run(m_insertFts, {id, nameForms.join(sep), emails.order.join(sep), phoneForms.join(sep), ids.join(sep)});
}

} // namespace c360

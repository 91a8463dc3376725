#include "models/DetailWriter.h"

#include "models/PartyChanges.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

#include <iterator>
#include <tuple>

namespace c360 {

namespace {
QVariant num(const QVariant& v) {
    if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
        return {};
    }
    return v.toDouble();
}
QVariant integer(const QVariant& v) {
    if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
        return {};
    }
    return v.toLongLong();
}
} // namespace

DetailWriter::DetailWriter(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status DetailWriter::prepare() {
    struct P {
        sql::Statement* q;
        const char* sql;
    };
    const P statements[] = {
        {&m_insCustomer, "INSERT INTO customer_profile(record_id, name, first_name, last_name, email, phone, "
                         "wechat_openid, segment, city, country, created_ms, timezone, do_not_contact, "
                         "email_unsubscribed, marketing_consent) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insOrder, "INSERT INTO orders(record_id, number, placed_ms, status, currency, total, customer_id, name, "
                      "email, phone, promised_ms, shipped_ms, delivered_ms, ship_address, refunded) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insLine, "INSERT INTO order_line(record_id, sku, title, quantity, unit_price) VALUES(?,?,?,?,?)"},
        {&m_insReturn, "INSERT INTO return_item(record_id, number, order_number, created_ms, amount, currency, reason, "
                       "status, name, email, phone, refund_status, refund_due_ms, refunded_ms) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insTicket,
         "INSERT INTO ticket(record_id, number, subject, status, priority, channel, created_ms, name, "
         "email, phone, csat_score, csat_comment, csat_ms, category) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insSurvey, "INSERT INTO survey(record_id, survey_type, score, answered_ms, comment, email, phone) "
                       "VALUES(?,?,?,?,?,?,?)"},
        {&m_insCart, "INSERT INTO cart(record_id, created_ms, status, currency, total, items, email, phone) "
                     "VALUES(?,?,?,?,?,?,?,?)"},
        {&m_insComment, "INSERT INTO ticket_comment(record_id, author, body, created_ms, public) VALUES(?,?,?,?,?)"},
        {&m_insCampaign, "INSERT INTO campaign_touch(record_id, campaign_id, campaign_name, event_type, occurred_ms, "
                         "email, phone, url) VALUES(?,?,?,?,?,?,?,?)"},
        {&m_insInteraction, "INSERT INTO interaction(record_id, channel, direction, occurred_ms, duration_seconds, "
                            "agent, queue, summary, name, phone, email, wechat_openid, wrap_up_seconds) "
                            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_delCustomer, "DELETE FROM customer_profile WHERE record_id = ?"},
        {&m_delLines, "DELETE FROM order_line WHERE record_id = ?"},
        {&m_delOrder, "DELETE FROM orders WHERE record_id = ?"},
        {&m_delReturn, "DELETE FROM return_item WHERE record_id = ?"},
        {&m_delComments, "DELETE FROM ticket_comment WHERE record_id = ?"},
        {&m_delTicket, "DELETE FROM ticket WHERE record_id = ?"},
        {&m_delCampaign, "DELETE FROM campaign_touch WHERE record_id = ?"},
        {&m_delInteraction, "DELETE FROM interaction WHERE record_id = ?"},
        {&m_delSurvey, "DELETE FROM survey WHERE record_id = ?"},
        {&m_delCart, "DELETE FROM cart WHERE record_id = ?"},
    };
    for (const P& p : statements) {
        if (!p.q->prepare(m_db, QString::fromLatin1(p.sql))) {
            return sql::error(*p.q, tr("The local cache could not be prepared."));
        }
    }
    // The entities of one detail row: its insert, its delete, and a read of the row as stored in the insert's columns.
    const std::tuple<EntityKind, sql::Statement*, sql::Statement*> single[] = {
        {EntityKind::Customer, &m_insCustomer, &m_delCustomer},
        {EntityKind::Return, &m_insReturn, &m_delReturn},
        {EntityKind::CampaignEvent, &m_insCampaign, &m_delCampaign},
        {EntityKind::Interaction, &m_insInteraction, &m_delInteraction},
        {EntityKind::Survey, &m_insSurvey, &m_delSurvey},
        {EntityKind::Cart, &m_insCart, &m_delCart},
    };
    static_assert(std::size(single) == kSingleRows);
    // "INSERT INTO t(a, b) VALUES(...)" -> its table and its column list
    const auto parts = [](const sql::Statement& insert) {
        const QString into = insert.lastQuery();
        const qsizetype open = into.indexOf(u'('), close = into.indexOf(u')');
        return std::pair(into.mid(12, open - 12).trimmed(), into.mid(open + 1, close - open - 1));
    };
    const std::tuple<EntityKind, sql::Statement*, sql::Statement*> withChildren[] = {
        {EntityKind::Order, &m_insOrder, &m_insLine},
        {EntityKind::Ticket, &m_insTicket, &m_insComment},
    };
    static_assert(std::size(withChildren) == kWithChildren);
    const QString failed = tr("A record could not be stored in the local cache.");
    for (std::size_t k = 0; k < std::size(withChildren); ++k) {
        const auto& [entity, insert, child] = withChildren[k];
        WithChildren& w = m_withChildren[k];
        w.entity = entity;
        w.insert = insert;
        w.insertChild = child;
        const auto [table, columns] = parts(*insert);
        const auto [childTable, childColumns] = parts(*child);
        w.childColumns = int(childColumns.count(u',')) + 1;
        const QString statements[] = {
            QStringLiteral("SELECT %1 FROM %2 WHERE record_id = ?").arg(columns, table),
            QStringLiteral("SELECT id, %1 FROM %2 WHERE record_id = ? ORDER BY id").arg(childColumns, childTable),
            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(childTable),
        };
        sql::Statement* targets[] = {&w.storedMain, &w.storedChildren, &w.deleteChild};
        static_assert(std::size(targets) == std::size(statements));
        for (std::size_t i = 0; i < std::size(targets); ++i) {
            if (!targets[i]->prepare(m_db, statements[i])) {
                return sql::error(*targets[i], tr("The local cache could not be prepared."));
            }
        }
        w.updateMain = std::make_unique<sql::ColumnUpdate>(table, columns.split(QStringLiteral(", ")),
                                                           QStringLiteral("record_id = ?"), failed);
        w.updateChild = std::make_unique<sql::ColumnUpdate>(childTable, childColumns.split(QStringLiteral(", ")),
                                                            QStringLiteral("id = ?"), failed);
    }
    for (std::size_t k = 0; k < std::size(single); ++k) {
        const auto& [entity, insert, remove] = single[k];
        SingleRow& row = m_single[k];
        row.entity = entity;
        row.insert = insert;
        row.remove = remove;
        const auto [table, columns] = parts(*insert);
        if (!row.stored.prepare(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE record_id = ?").arg(columns, table))) {
            return sql::error(row.stored, tr("The local cache could not be prepared."));
        }
        row.changed = std::make_unique<sql::ColumnUpdate>(table, columns.split(QStringLiteral(", ")),
                                                          QStringLiteral("record_id = ?"), failed);
    }
    return {};
}

Status DetailWriter::run(sql::Statement& q, std::initializer_list<QVariant> values) {
    if (!sql::exec(q, values)) {
        return sql::error(q, tr("A record could not be stored in the local cache."));
    }
    return {};
}

Status DetailWriter::remove(qint64 recordId, EntityKind entity) {
    switch (entity) {
    case EntityKind::Customer:
        return run(m_delCustomer, {recordId});
    case EntityKind::Order:
        if (Status s = run(m_delLines, {recordId}); !s) {
            return s;
        }
        return run(m_delOrder, {recordId});
    case EntityKind::Return:
        return run(m_delReturn, {recordId});
    case EntityKind::TicketComment: // no detail row: the comment's timeline entry is its detail
        return {};
    case EntityKind::Ticket:
        if (Status s = run(m_delComments, {recordId}); !s) {
            return s;
        }
        return run(m_delTicket, {recordId});
    case EntityKind::CampaignEvent:
        return run(m_delCampaign, {recordId});
    case EntityKind::Interaction:
        return run(m_delInteraction, {recordId});
    case EntityKind::Survey:
        return run(m_delSurvey, {recordId});
    case EntityKind::Cart:
        return run(m_delCart, {recordId});
    }
    return {};
}

DetailWriter::SingleRow* DetailWriter::single(EntityKind entity) {
    for (SingleRow& row : m_single) {
        if (row.entity == entity && row.insert != nullptr) {
            return &row;
        }
    }
    return nullptr;
}

namespace {
// `v` spelt as one of `words` (lower case), ASCII letters compared without case: SQLite's lower() IN (...).
bool spelt(const QVariant& v, std::initializer_list<QLatin1String> words) {
    if (v.isNull()) {
        return false;
    }
    const QString s = v.toString();
    for (QLatin1String w : words) {
        if (s.size() != w.size()) {
            continue;
        }
        qsizetype i = 0;
        for (; i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            if ((c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) != char16_t(w.at(i).unicode())) {
                break;
            }
        }
        if (i == s.size()) {
            return true;
        }
    }
    return false;
}

// Columns of the rows as DetailWriter writes them (singleRow, mainRow).
constexpr int kOrderStatus = 3, kOrderCurrency = 4, kOrderTotal = 5, kReturnAmount = 4, kTicketStatus = 3;

// The figure bits a row of `entity` reaches when it is added.
int figuresOf(EntityKind entity) {
    switch (entity) {
    case EntityKind::Order:
    case EntityKind::Return:
        return party_change::Value;
    case EntityKind::Ticket:
        return party_change::Tickets;
    default:
        return 0;
    }
}

// The figure bits a row's change reaches, each compared as PartyAggregator's figures read it: an order counts its
// total in its currency unless it is cancelled, a return its amount; a ticket is open when its status is new, open or
// pending.
int figuresChanged(EntityKind entity, const QVariantList& was, const QVariantList& row) {
    const auto cancelled = [](const QVariant& status) {
        return spelt(status, {QLatin1String("cancelled"), QLatin1String("canceled")});
    };
    switch (entity) {
    case EntityKind::Order:
        return cancelled(was.at(kOrderStatus)) != cancelled(row.at(kOrderStatus)) ||
                       !sql::sameValue(was.at(kOrderTotal), row.at(kOrderTotal)) ||
                       !sql::sameValue(was.at(kOrderCurrency), row.at(kOrderCurrency))
                   ? party_change::Value
                   : 0;
    case EntityKind::Return:
        return sql::sameValue(was.at(kReturnAmount), row.at(kReturnAmount)) ? 0 : party_change::Value;
    case EntityKind::Ticket: {
        const auto open = [](const QVariant& status) {
            return spelt(status, {QLatin1String("new"), QLatin1String("open"), QLatin1String("pending")});
        };
        return open(was.at(kTicketStatus)) != open(row.at(kTicketStatus)) ? party_change::Tickets : 0;
    }
    default:
        return 0;
    }
}
} // namespace

Result<DetailWriter::Writes> DetailWriter::update(qint64 id, const CanonicalRecord& r) {
    if (WithChildren* w = withChildren(r.entity)) {
        return updateWithChildren(*w, id, r);
    }
    SingleRow* s = single(r.entity);
    if (s == nullptr) {
        return Writes{}; // a ticket comment has no row
    }
    // One row: kept when a re-delivery leaves it as it was (a campaign event, a survey answer: facts that do not
    // change), its changed columns updated otherwise (an interaction's new summary: not its indexed agent, queue and
    // time), written when there is none.
    return writeRow(s->stored, *s->changed, *s->insert, id, singleRow(id, r), r.entity);
}

Result<DetailWriter::Writes> DetailWriter::writeRow(sql::Statement& stored, sql::ColumnUpdate& update,
                                                    sql::Statement& insert, qint64 id, const QVariantList& row,
                                                    EntityKind entity) {
    const QString failed = tr("A record could not be stored in the local cache.");
    if (Status read = run(stored, {id}); !read) {
        return read.error();
    }
    if (stored.next()) {
        QVariantList was;
        was.reserve(row.size());
        for (int c = 0; c < int(row.size()); ++c) {
            was << stored.value(c);
        }
        stored.finish();
        // Not its record id (column 0), which found it.
        const quint64 changed = sql::ColumnUpdate::differing(was, row, 1);
        if (Status s = update.update(m_db, changed, row, {id}); !s) {
            return s.error();
        }
        return Writes{changed != 0, changed != 0 ? figuresChanged(entity, was, row) : 0};
    }
    stored.finish();
    if (stored.failed()) {
        return sql::error(stored, failed);
    }
    if (!insert.exec(row)) {
        return sql::error(insert, failed);
    }
    return Writes{true, figuresOf(entity)};
}

DetailWriter::WithChildren* DetailWriter::withChildren(EntityKind entity) {
    for (WithChildren& w : m_withChildren) {
        if (w.entity == entity && w.insert != nullptr) {
            return &w;
        }
    }
    return nullptr;
}

Result<DetailWriter::Writes> DetailWriter::updateWithChildren(WithChildren& w, qint64 id, const CanonicalRecord& r) {
    // An order's status or a ticket's new comment: the main row's changed columns are updated in place (deleting it
    // would take its lines or comments with it), and the lines or comments are written only where they changed.
    const QString failed = tr("A record could not be stored in the local cache.");
    auto mainWrote = writeRow(w.storedMain, *w.updateMain, *w.insert, id, mainRow(id, r), w.entity);
    if (!mainWrote) {
        return mainWrote.error();
    }
    // Lines and comments position by position, in the order they were written (their ids): a differing one's changed
    // columns are updated in place, new ones are added after the others, surplus ones removed. A ticket's new comment
    // is one row.
    if (Status read = run(w.storedChildren, {id}); !read) {
        return read.error();
    }
    auto stored = sql::readRowsWithIds(w.storedChildren, w.childColumns, failed);
    if (!stored) {
        return stored.error();
    }
    sql::RowWrites writes;
    writes.update = [&](const sql::StoredRow& was, const QVariantList& row) -> Status {
        // Not its record id (column 0), which found it.
        return w.updateChild->update(m_db, sql::ColumnUpdate::differing(was.values, row, 1), row, {was.id});
    };
    writes.insert = [&](const QVariantList& row) { return insertChildren(w, {row}); };
    writes.remove = [&](qint64 child) { return run(w.deleteChild, {child}); };
    auto wrote = sql::writeByPosition(*stored, childRows(id, r), writes);
    if (!wrote) {
        return wrote.error();
    }
    // The figures read the main row only (not an order's lines or a ticket's comments).
    return Writes{mainWrote->any || *wrote, mainWrote->figures};
}

QVariantList DetailWriter::singleRow(qint64 id, const CanonicalRecord& r) const {
    auto t = [&r](const char* f) { return sql::text(r.text(QString::fromLatin1(f))); };
    auto tm = [&r](const char* f) { return sql::ms(r.time(QString::fromLatin1(f))); };
    auto n = [&r](const char* f) { return num(r.fields.value(QString::fromLatin1(f))); };
    auto i = [&r](const char* f) { return integer(r.fields.value(QString::fromLatin1(f))); };
    // A consent flag: 1/0, NULL when the source does not say.
    auto flag = [&r](const char* f) {
        const QVariant v = r.fields.value(QString::fromLatin1(f));
        if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
            return QVariant();
        }
        const QString s = v.toString().trimmed().toLower();
        return QVariant(s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1") ? 1 : 0);
    };
    switch (r.entity) {
    case EntityKind::Customer:
        return {id,
                t("name"),
                t("first_name"),
                t("last_name"),
                t("email"),
                t("phone"),
                t("wechat_openid"),
                t("segment"),
                t("city"),
                t("country"),
                tm("created_at"),
                t("timezone"),
                flag("do_not_contact"),
                flag("email_unsubscribed"),
                flag("marketing_consent")};
    case EntityKind::Return:
        return {id,
                t("number"),
                sql::text(bareNumber(r.text(QStringLiteral("order_number")))),
                tm("created_at"),
                n("amount"),
                t("currency"),
                t("reason"),
                t("status"),
                t("name"),
                t("email"),
                t("phone"),
                sql::text(r.text(QStringLiteral("refund_status")).trimmed().toLower()),
                tm("refund_due_at"),
                tm("refunded_at")};
    case EntityKind::CampaignEvent:
        return {id,         t("campaign_id"), t("campaign_name"), t("event_type"), tm("occurred_at"), t("email"),
                t("phone"), t("url")};
    case EntityKind::Interaction:
        return {id,         t("channel"),       t("direction"),      tm("occurred_at"), i("duration_seconds"),
                t("agent"), t("queue"),         t("summary"),        t("name"),         t("phone"),
                t("email"), t("wechat_openid"), i("wrap_up_seconds")};
    case EntityKind::Survey:
        return {id,           sql::text(r.text(QStringLiteral("survey_type")).trimmed().toLower()),
                n("score"),   tm("answered_at"),
                t("comment"), t("email"),
                t("phone")};
    case EntityKind::Cart: {
        QStringList items;
        for (const QVariantMap& line : r.children.value(QStringLiteral("lines"))) {
            const QString title = line.value(QStringLiteral("title")).toString().trimmed();
            items << (title.isEmpty() ? line.value(QStringLiteral("sku")).toString().trimmed() : title);
        }
        items.removeAll(QString());
        return {id,
                tm("created_at"),
                sql::text(r.text(QStringLiteral("status")).trimmed().toLower()),
                t("currency"),
                n("total"),
                sql::text(items.join(QLatin1Char('\n'))),
                t("email"),
                t("phone")};
    }
    case EntityKind::Order:
    case EntityKind::Ticket:
    case EntityKind::TicketComment:
        break;
    }
    return {};
}

Status DetailWriter::write(qint64 id, const CanonicalRecord& r) {
    if (SingleRow* s = single(r.entity)) {
        if (!s->insert->exec(singleRow(id, r))) {
            return sql::error(*s->insert, tr("A record could not be stored in the local cache."));
        }
        return {};
    }
    if (WithChildren* w = withChildren(r.entity)) {
        if (!w->insert->exec(mainRow(id, r))) {
            return sql::error(*w->insert, tr("A record could not be stored in the local cache."));
        }
        return insertChildren(*w, childRows(id, r));
    }
    return {}; // a ticket comment: its timeline entry is its detail
}

Status DetailWriter::insertChildren(WithChildren& w, const QList<QVariantList>& rows) {
    for (const QVariantList& row : rows) {
        if (!w.insertChild->exec(row)) {
            return sql::error(*w.insertChild, tr("A record could not be stored in the local cache."));
        }
    }
    return {};
}

QVariantList DetailWriter::mainRow(qint64 id, const CanonicalRecord& r) const {
    auto t = [&r](const char* f) { return sql::text(r.text(QString::fromLatin1(f))); };
    auto tm = [&r](const char* f) { return sql::ms(r.time(QString::fromLatin1(f))); };
    auto n = [&r](const char* f) { return num(r.fields.value(QString::fromLatin1(f))); };
    auto i = [&r](const char* f) { return integer(r.fields.value(QString::fromLatin1(f))); };
    if (r.entity == EntityKind::Order) {
        return {id,
                t("number"),
                tm("placed_at"),
                t("status"),
                t("currency"),
                n("total"),
                t("customer_id"),
                t("name"),
                t("email"),
                t("phone"),
                tm("promised_at"),
                tm("shipped_at"),
                tm("delivered_at"),
                t("ship_address"),
                n("refunded")};
    }
    return {id,
            sql::text(bareNumber(r.text(QStringLiteral("number")))),
            t("subject"),
            t("status"),
            t("priority"),
            t("channel"),
            tm("created_at"),
            t("name"),
            t("email"),
            t("phone"),
            i("csat_score"),
            t("csat_comment"),
            tm("csat_at"),
            sql::text(r.text(QStringLiteral("category")).trimmed().toLower())};
}

QList<QVariantList> DetailWriter::childRows(qint64 id, const CanonicalRecord& r) const {
    QList<QVariantList> rows;
    if (r.entity == EntityKind::Order) {
        for (const QVariantMap& line : r.children.value(QStringLiteral("lines"))) {
            rows.append({id, sql::text(line.value(QStringLiteral("sku")).toString()),
                         sql::text(line.value(QStringLiteral("title")).toString()),
                         num(line.value(QStringLiteral("quantity"))), num(line.value(QStringLiteral("unit_price")))});
        }
        return rows;
    }
    for (const QVariantMap& c : r.children.value(QStringLiteral("comments"))) {
        const QVariant pub = c.value(QStringLiteral("public"));
        rows.append({id, sql::text(c.value(QStringLiteral("author")).toString()),
                     sql::text(c.value(QStringLiteral("body")).toString()),
                     sql::ms(c.value(QStringLiteral("created_at")).toDateTime()),
                     pub.isValid() ? QVariant(pub.toBool() ? 1 : 0) : QVariant()});
    }
    return rows;
}

} // namespace c360

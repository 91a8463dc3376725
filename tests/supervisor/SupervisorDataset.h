#pragma once

// A small company written into a real temporary cache through CacheWriter (as a sync would), with
// figures computed by hand in docs/reports.md's terms. March 2026 is the period of the tests.
//
// Contacts (interactions; wrap-up seconds: I1 60, I2 30, I3 90, I4 20, I5 40, I6 none, I7 120, I8 10, I9 200,
// I10 15):                                                in March?  resolved first?  repeat?
//   A Ann  I1 03-02 10:00 call  billing  Lucy 300s  "Billing question"   yes   no (I2 +3d)    no
//          I2 03-05 10:00 chat  billing  Mark 120s  "Billing question"   yes   yes (I3 +15d)  yes (I1 -3d)
//          I3 03-20 09:00 call  delivery Lucy 600s  "Where is my order"  yes   yes            no
//   B Bob  I4 02-27 12:00 call  billing  Lucy 100s                       no
//          I5 03-01 08:00 call  billing  Mark 200s  "Billing question"   yes   yes (I6 +8d)   yes (I4 -2d)
//          I6 03-09 09:00 chat  delivery Mark  60s  "Where is my order"  yes   yes            no (I5 -8d1h)
//          I7 03-31 23:00 call  delivery Lucy 400s  "Where is my order"  yes   no (I8 +3d)    no
//          I8 04-03 10:00 call  delivery Lucy  50s                       no
//   C Cao  I9 03-10 10:00 call  returns  Anna 900s  "Return"             yes   yes            no
//   D Dan  I10 04-10 call sales Tom (not served in March)
// Orders: A O1 2026-01-10 delivered, O2 2026-03-15 paid; B O3 2026-03-20 paid; C O4 2026-04-05 paid.
// Prompt answers: A loyalty accepted 03-02 billing (Lucy), A loyalty dismissed "Not interested" 03-05 billing
//   (Mark), B refund accepted 03-01 billing (Mark), B loyalty later 03-09 delivery (no agent recorded),
//   C loyalty dismissed "Not interested" 03-10 returns (Anna), C refund dismissed "Already done" 04-01 returns
//   (Anna, outside March).

#include "models/CacheWriter.h"
#include "models/CanonicalRecord.h"
#include "models/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace c360::supervisortest {

inline QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

class Dataset {
public:
    explicit Dataset(const QString& connection) {
        auto db = Database::open(m_dir.filePath(QStringLiteral("cache.db")), connection);
        if (!db) {
            m_error = db.error().message + QStringLiteral(" | ") + db.error().detail;
            return;
        }
        m_db = std::make_unique<Database>(std::move(*db));
        CacheWriter writer(m_db->handle(), IdentityConfig{});
        m_ok = write(writer);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_db->handle(); }
    QString path() const { return m_db->path(); }
    QString dir() const { return m_dir.path(); }

    // The party of a CRM customer ("A", "B", "C", "D").
    qint64 party(const QString& customer) const {
        QSqlQuery q(m_db->handle());
        q.prepare(QStringLiteral("SELECT pl.party_id FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
                                 "WHERE sr.source = 'crm' AND sr.source_id = ?"));
        q.addBindValue(QString(QStringLiteral("CRM-") + customer));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    static QString phoneOf(const QString& customer) {
        return QStringLiteral("+86138000000") + QString::number(customer.at(0).unicode() - 'A' + 10);
    }

    static CanonicalRecord rec(const char* source, const char* stream, EntityKind entity, const QString& id,
                               QVariantMap fields) {
        CanonicalRecord r;
        r.source = QString::fromLatin1(source);
        r.stream = QString::fromLatin1(stream);
        r.entity = entity;
        r.sourceId = id;
        r.updatedAt = utc("2026-04-20T00:00:00Z");
        r.fields = std::move(fields);
        r.raw = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
        return r;
    }

    bool apply(CacheWriter& writer, const char* source, const char* stream, QList<CanonicalRecord> records) {
        PageInput page;
        page.source = QString::fromLatin1(source);
        page.stream = QString::fromLatin1(stream);
        page.records = std::move(records);
        page.checkpoint = QStringLiteral("cp");
        auto outcome = writer.applyPage(page);
        if (!outcome) {
            m_error = outcome.error().message + QStringLiteral(" | ") + outcome.error().detail;
        }
        return outcome.ok();
    }

    bool write(CacheWriter& writer) {
        QList<CanonicalRecord> customers;
        const struct {
            const char* id;
            const char* name;
            const char* segment;
        } people[] = {
            {"A", "Ann Lee", "gold"}, {"B", "Bob Wu", "gold"}, {"C", "Cao Min", "silver"}, {"D", "Dan Ho", "vip"}};
        for (const auto& p : people) {
            const QString id = QString::fromLatin1(p.id);
            customers << rec("crm", "customers", EntityKind::Customer, QStringLiteral("CRM-") + id,
                             {{QStringLiteral("name"), QString::fromLatin1(p.name)},
                              {QStringLiteral("phone"), phoneOf(id)},
                              {QStringLiteral("segment"), QString::fromLatin1(p.segment)},
                              {QStringLiteral("created_at"), utc("2025-01-01T00:00:00Z")}});
        }
        if (!apply(writer, "crm", "customers", customers)) {
            return false;
        }
        const struct {
            const char* id;
            const char* who;
            const char* at;
            const char* channel;
            const char* queue;
            const char* agent;
            int seconds;
            const char* summary;
            int wrapUp; // after-contact work in seconds; -1: not reported
        } contacts[] = {
            {"I1", "A", "2026-03-02T10:00:00Z", "call", "billing", "Lucy", 300, "Billing question", 60},
            {"I2", "A", "2026-03-05T10:00:00Z", "chat", "billing", "Mark", 120, "Billing question", 30},
            {"I3", "A", "2026-03-20T09:00:00Z", "call", "delivery", "Lucy", 600, "Where is my order", 90},
            {"I4", "B", "2026-02-27T12:00:00Z", "call", "billing", "Lucy", 100, "Billing question", 20},
            {"I5", "B", "2026-03-01T08:00:00Z", "call", "billing", "Mark", 200, "Billing question", 40},
            {"I6", "B", "2026-03-09T09:00:00Z", "chat", "delivery", "Mark", 60, "Where is my order", -1},
            {"I7", "B", "2026-03-31T23:00:00Z", "call", "delivery", "Lucy", 400, "Where is my order", 120},
            {"I8", "B", "2026-04-03T10:00:00Z", "call", "delivery", "Lucy", 50, "Where is my order", 10},
            {"I9", "C", "2026-03-10T10:00:00Z", "call", "returns", "Anna", 900, "Return", 200},
            {"I10", "D", "2026-04-10T10:00:00Z", "call", "sales", "Tom", 30, "Upgrade", 15},
        };
        QList<CanonicalRecord> interactions;
        for (const auto& c : contacts) {
            interactions << rec("contact", "interactions", EntityKind::Interaction, QString::fromLatin1(c.id),
                                {{QStringLiteral("channel"), QString::fromLatin1(c.channel)},
                                 {QStringLiteral("direction"), QStringLiteral("inbound")},
                                 {QStringLiteral("occurred_at"), utc(c.at)},
                                 {QStringLiteral("duration_seconds"), c.seconds},
                                 {QStringLiteral("queue"), QString::fromLatin1(c.queue)},
                                 {QStringLiteral("agent"), QString::fromLatin1(c.agent)},
                                 {QStringLiteral("summary"), QString::fromLatin1(c.summary)},
                                 {QStringLiteral("wrap_up_seconds"), c.wrapUp >= 0 ? QVariant(c.wrapUp) : QVariant()},
                                 {QStringLiteral("phone"), phoneOf(QString::fromLatin1(c.who))}});
        }
        if (!apply(writer, "contact", "interactions", interactions)) {
            return false;
        }
        const struct {
            const char* id;
            const char* who;
            const char* at;
            const char* status;
        } orders[] = {{"O1", "A", "2026-01-10T10:00:00Z", "delivered"},
                      {"O2", "A", "2026-03-15T10:00:00Z", "paid"},
                      {"O3", "B", "2026-03-20T10:00:00Z", "paid"},
                      {"O4", "C", "2026-04-05T10:00:00Z", "paid"}};
        QList<CanonicalRecord> shop;
        for (const auto& o : orders) {
            shop << rec("shop", "orders", EntityKind::Order, QString::fromLatin1(o.id),
                        {{QStringLiteral("number"), QString::fromLatin1(o.id).mid(1).prepend(QStringLiteral("10"))},
                         {QStringLiteral("placed_at"), utc(o.at)},
                         {QStringLiteral("status"), QString::fromLatin1(o.status)},
                         {QStringLiteral("total"), 100.0},
                         {QStringLiteral("currency"), QStringLiteral("CNY")},
                         {QStringLiteral("phone"), phoneOf(QString::fromLatin1(o.who))}});
        }
        if (!apply(writer, "shop", "orders", shop)) {
            return false;
        }
        const struct {
            const char* who;
            const char* action;
            const char* outcome;
            const char* reason;
            const char* at;
            const char* queue;
            const char* agent; // who answered; nullptr: an answer older than cache v10 (no agent)
        } answers[] = {
            {"A", "loyalty", "accepted", nullptr, "2026-03-02T10:05:00Z", "billing", "Lucy"},
            {"A", "loyalty", "dismissed", "Not interested", "2026-03-05T10:05:00Z", "billing", "Mark"},
            {"B", "refund", "accepted", nullptr, "2026-03-01T08:05:00Z", "billing", "Mark"},
            {"B", "loyalty", "later", nullptr, "2026-03-09T09:05:00Z", "delivery", nullptr},
            {"C", "loyalty", "dismissed", "Not interested", "2026-03-10T10:05:00Z", "returns", "Anna"},
            {"C", "refund", "dismissed", "Already done", "2026-04-01T10:05:00Z", "returns", "Anna"},
        };
        QSqlQuery q(m_db->handle());
        q.prepare(QStringLiteral(
            "INSERT INTO nba_feedback(party_id, action_id, outcome, reason, channel, queue, at_ms, agent) "
            "VALUES(?,?,?,?,'phone',?,?,?)"));
        for (const auto& a : answers) {
            q.bindValue(0, party(QString::fromLatin1(a.who)));
            q.bindValue(1, QString::fromLatin1(a.action));
            q.bindValue(2, QString::fromLatin1(a.outcome));
            q.bindValue(3, a.reason ? QVariant(QString::fromUtf8(a.reason)) : QVariant());
            q.bindValue(4, QString::fromLatin1(a.queue));
            q.bindValue(5, utc(a.at).toMSecsSinceEpoch());
            q.bindValue(6, a.agent ? QVariant(QString::fromLatin1(a.agent)) : QVariant());
            if (!q.exec()) {
                m_error = QStringLiteral("nba_feedback insert failed");
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
    bool m_ok = false;
};

} // namespace c360::supervisortest

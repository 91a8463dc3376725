#pragma once

// Scenario customers written into a real temporary cache through CacheWriter, as a sync would.

#include "models/CacheWriter.h"
#include "models/CanonicalRecord.h"
#include "models/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace c360::nbatest {

// "Now" of every scenario: 2026-06-15 12:00 UTC.
inline QDateTime now() {
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
}
inline qint64 nowMs() {
    return now().toMSecsSinceEpoch();
}
inline QDateTime daysAgo(double days) {
    return now().addMSecs(-qint64(days * 24 * 3600 * 1000));
}

class ScenarioCache {
public:
    explicit ScenarioCache(const QString& connection) {
        auto db = Database::open(m_dir.filePath(QStringLiteral("cache.db")), connection);
        if (db) {
            m_db = std::make_unique<Database>(std::move(*db));
            m_writer = std::make_unique<CacheWriter>(m_db->handle(), IdentityConfig{});
        } else {
            m_error = db.error().message + QStringLiteral(" | ") + db.error().detail;
        }
    }
    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_db->handle(); }
    QString path() const { return m_db->path(); }

    // Each helper writes one record (one page) and fails the test on error.
    bool customer(const QString& email, const QString& segment, const QJsonObject& extraRaw = {}) {
        QJsonObject raw{{QStringLiteral("id"), QString(QStringLiteral("CRM-") + email)},
                        {QStringLiteral("email"), email}};
        for (auto it = extraRaw.begin(); it != extraRaw.end(); ++it) {
            raw.insert(it.key(), it.value());
        }
        return write(QStringLiteral("crm"), QStringLiteral("customers"), EntityKind::Customer,
                     QString(QStringLiteral("CRM-") + email),
                     {{QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
                      {QStringLiteral("email"), email},
                      {QStringLiteral("segment"), segment},
                      {QStringLiteral("created_at"), daysAgo(900)}},
                     {}, QJsonDocument(raw).toJson(QJsonDocument::Compact));
    }
    bool order(const QString& email, const QString& number, double ago, const QString& status, double total,
               const QString& item = QStringLiteral("Desk Lamp")) {
        QMap<QString, QList<QVariantMap>> children;
        children.insert(QStringLiteral("lines"),
                        {QVariantMap{{QStringLiteral("sku"), QString(QStringLiteral("SKU-") + number)},
                                     {QStringLiteral("title"), item},
                                     {QStringLiteral("quantity"), 1.0},
                                     {QStringLiteral("unit_price"), total}}});
        return write(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order,
                     QString(QStringLiteral("SO-") + number),
                     {{QStringLiteral("number"), number},
                      {QStringLiteral("placed_at"), daysAgo(ago)},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("currency"), QStringLiteral("CNY")},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("email"), email}},
                     children);
    }
    bool returned(const QString& email, const QString& number, const QString& orderNumber, double ago, double amount) {
        return write(QStringLiteral("shop"), QStringLiteral("returns"), EntityKind::Return,
                     QString(QStringLiteral("RT-") + number),
                     {{QStringLiteral("number"), number},
                      {QStringLiteral("order_number"), orderNumber},
                      {QStringLiteral("created_at"), daysAgo(ago)},
                      {QStringLiteral("amount"), amount},
                      {QStringLiteral("currency"), QStringLiteral("CNY")},
                      {QStringLiteral("status"), QStringLiteral("requested")},
                      {QStringLiteral("email"), email}});
    }
    bool ticket(const QString& email, const QString& number, double ago, const QString& status, const QString& priority,
                int csat = 0, double csatAgo = 0) {
        QVariantMap f{{QStringLiteral("number"), QString(QStringLiteral("#") + number)},
                      {QStringLiteral("subject"), QStringLiteral("Where is my parcel?")},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("priority"), priority},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("created_at"), daysAgo(ago)},
                      {QStringLiteral("email"), email}};
        if (csat > 0) {
            f.insert(QStringLiteral("csat_score"), qint64(csat));
            f.insert(QStringLiteral("csat_at"), daysAgo(csatAgo));
            f.insert(QStringLiteral("csat_comment"), QStringLiteral("slow"));
        }
        return write(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket,
                     QString(QStringLiteral("T-") + number), f);
    }
    bool campaign(const QString& email, const QString& id, const QString& campaignId, const QString& name,
                  const QString& type, double ago) {
        return write(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent,
                     QString(QStringLiteral("ME-") + id),
                     {{QStringLiteral("campaign_id"), campaignId},
                      {QStringLiteral("campaign_name"), name},
                      {QStringLiteral("event_type"), type},
                      {QStringLiteral("occurred_at"), daysAgo(ago)},
                      {QStringLiteral("email"), email}});
    }
    bool call(const QString& email, const QString& id, const QDateTime& at, const QString& queue,
              const QString& channel = QStringLiteral("call")) {
        return write(QStringLiteral("contact"), QStringLiteral("interactions"), EntityKind::Interaction,
                     QString(QStringLiteral("IX-") + id),
                     {{QStringLiteral("channel"), channel},
                      {QStringLiteral("direction"), QStringLiteral("inbound")},
                      {QStringLiteral("occurred_at"), at},
                      {QStringLiteral("duration_seconds"), qint64(120)},
                      {QStringLiteral("queue"), queue},
                      {QStringLiteral("email"), email}});
    }

    qint64 partyOf(const QString& email) const {
        QSqlQuery q(m_db->handle());
        q.prepare(QStringLiteral("SELECT pl.party_id FROM record_key rk JOIN party_link pl ON pl.record_id = "
                                 "rk.record_id WHERE rk.kind = 'email' AND rk.value = ? LIMIT 1"));
        q.addBindValue(email);
        if (!q.exec() || !q.next()) {
            return -1;
        }
        return q.value(0).toLongLong();
    }

    // One record of any kind, as a connector would have mapped it (one page).
    bool write(const QString& source, const QString& stream, EntityKind entity, const QString& id, QVariantMap fields,
               QMap<QString, QList<QVariantMap>> children = {}, QByteArray raw = {}) {
        CanonicalRecord r;
        r.source = source;
        r.stream = stream;
        r.entity = entity;
        r.sourceId = id;
        r.updatedAt = now().addSecs(-3600);
        r.fields = std::move(fields);
        r.children = std::move(children);
        r.raw = raw.isEmpty() ? QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}") : raw;
        PageInput page;
        page.source = source;
        page.stream = stream;
        page.records = {r};
        page.checkpoint = QStringLiteral("cp-") + id;
        auto outcome = m_writer->applyPage(page);
        if (!outcome) {
            qWarning("applyPage failed: %s | %s", qPrintable(outcome.error().message),
                     qPrintable(outcome.error().detail));
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheWriter> m_writer;
    QString m_error;
};

} // namespace c360::nbatest

#pragma once

// A scenario file (tests/nba/scenarios/*.json, see its README) written into a real cache.

#include "NbaTestCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace c360::nbatest {

struct Scenario {
    QString id; // the file's base name
    QJsonObject json;
    QDateTime now;
    QTimeZone zone;
    QString email;
    QString language;
    QString currency;
};

inline QTimeZone scenarioZone(const QJsonObject& customer) {
    QString name = customer.value(QStringLiteral("timezone")).toString();
    if (name.isEmpty()) {
        name = customer.value(QStringLiteral("country")).toString() == QLatin1String("US")
                   ? QStringLiteral("America/New_York")
                   : QStringLiteral("Asia/Shanghai");
    }
    return QTimeZone(name.toUtf8());
}

inline std::optional<Scenario> readScenario(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (!doc.isObject()) {
        *error = pe.errorString();
        return std::nullopt;
    }
    Scenario s;
    s.id = QFileInfo(path).completeBaseName();
    s.json = doc.object();
    const QJsonObject customer = s.json.value(QStringLiteral("customer")).toObject();
    s.now = s.json.contains(QStringLiteral("now"))
                ? QDateTime::fromString(s.json.value(QStringLiteral("now")).toString(), Qt::ISODate).toUTC()
                : now();
    s.zone = scenarioZone(customer);
    s.email = s.id + QStringLiteral("@example.com");
    s.language = customer.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    s.currency = customer.value(QStringLiteral("country")).toString() == QLatin1String("US") ? QStringLiteral("USD")
                                                                                             : QStringLiteral("CNY");
    if (!s.now.isValid() || !s.zone.isValid()) {
        *error = QStringLiteral("bad now or time zone");
        return std::nullopt;
    }
    return s;
}

// Writes a scenario's customer, its population and its history into `cache`.
class ScenarioWriter {
public:
    ScenarioWriter(ScenarioCache& cache, const Scenario& s)
        : m_cache(cache)
        , m_s(s) {}

    bool writeAll() {
        const QJsonArray population = m_s.json.value(QStringLiteral("population")).toArray();
        for (qsizetype i = 0; i < population.size(); ++i) {
            const QString email = QStringLiteral("pop%1-%2@example.com").arg(i).arg(m_s.id);
            if (!customer(email, {}) ||
                !order(email, QJsonObject{{QStringLiteral("number"), QStringLiteral("P%1").arg(i)},
                                          {QStringLiteral("days_ago"), 100},
                                          {QStringLiteral("status"), QStringLiteral("delivered")},
                                          {QStringLiteral("total"), population.at(i)}})) {
                return false;
            }
        }
        if (!customer(m_s.email, m_s.json.value(QStringLiteral("customer")).toObject())) {
            return false;
        }
        int n = 0;
        for (const QJsonValue& v : m_s.json.value(QStringLiteral("history")).toArray()) {
            const QJsonObject h = v.toObject();
            const QString kind = h.value(QStringLiteral("kind")).toString();
            ++n;
            bool ok = false;
            if (kind == QLatin1String("order")) {
                ok = order(m_s.email, h);
            } else if (kind == QLatin1String("return")) {
                ok = returned(h, n);
            } else if (kind == QLatin1String("ticket")) {
                ok = ticket(h);
            } else if (kind == QLatin1String("survey")) {
                ok = survey(h, n);
            } else if (kind == QLatin1String("cart")) {
                ok = cart(h, n);
            } else if (kind == QLatin1String("view")) {
                ok = view(h, n);
            } else if (kind == QLatin1String("campaign")) {
                ok = campaign(h, n);
            } else if (kind == QLatin1String("contact")) {
                ok = contact(h, n);
            } else {
                qWarning("%s: unknown history kind %s", qPrintable(m_s.id), qPrintable(kind));
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // "days_ago" (24-hour steps back from now) or "at" (ISO).
    QDateTime at(const QJsonObject& h, const QString& prefix = {}) const {
        const QJsonValue iso = h.value(prefix.isEmpty() ? QStringLiteral("at") : prefix + QStringLiteral("_at"));
        if (iso.isString()) {
            return QDateTime::fromString(iso.toString(), Qt::ISODate).toUTC();
        }
        const QJsonValue ago =
            h.value(prefix.isEmpty() ? QStringLiteral("days_ago") : prefix + QStringLiteral("_days_ago"));
        if (!ago.isDouble()) {
            return {};
        }
        return m_s.now.addMSecs(-qint64(ago.toDouble() * 24 * 3600 * 1000));
    }
    // A calendar date in the customer's zone ("promised": "2026-06-14" or "promised_days_ago": 2),
    // stored as local noon of that date.
    QDateTime date(const QJsonObject& h, const QString& name) const {
        QDate d;
        if (h.value(name).isString()) {
            d = QDate::fromString(h.value(name).toString(), Qt::ISODate);
        } else if (h.value(name + QStringLiteral("_days_ago")).isDouble()) {
            d = m_s.now.toTimeZone(m_s.zone).date().addDays(-h.value(name + QStringLiteral("_days_ago")).toInt());
        }
        return d.isValid() ? QDateTime(d, QTime(12, 0), m_s.zone).toUTC() : QDateTime();
    }

private:
    static void putTime(QVariantMap& f, const QString& name, const QDateTime& t) {
        if (t.isValid()) {
            f.insert(name, t);
        }
    }

    bool customer(const QString& email, const QJsonObject& c) {
        QVariantMap f{
            {QStringLiteral("name"), c.value(QStringLiteral("name")).toString(email.section(QLatin1Char('@'), 0, 0))},
            {QStringLiteral("email"), email},
            {QStringLiteral("segment"), c.value(QStringLiteral("segment")).toString(QStringLiteral("bronze"))},
            {QStringLiteral("country"), c.value(QStringLiteral("country")).toString(QStringLiteral("CN"))},
            {QStringLiteral("timezone"), QString::fromUtf8(scenarioZone(c).id())},
            {QStringLiteral("language"), c.value(QStringLiteral("language")).toString(QStringLiteral("en"))},
            {QStringLiteral("created_at"), m_s.now.addDays(-900)}};
        for (const char* consent : {"do_not_contact", "email_unsubscribed", "marketing_consent"}) {
            const QString key = QString::fromLatin1(consent);
            if (c.value(key).isBool()) {
                f.insert(key, c.value(key).toBool());
            }
        }
        QJsonObject raw = c.value(QStringLiteral("raw")).toObject();
        if (raw.isEmpty()) {
            raw = QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("CRM-") + email)},
                              {QStringLiteral("email"), email}};
        }
        return m_cache.write(QStringLiteral("crm"), QStringLiteral("customers"), EntityKind::Customer,
                             QString(QStringLiteral("CRM-") + email), f, {},
                             QJsonDocument(raw).toJson(QJsonDocument::Compact));
    }

    QList<QVariantMap> lines(const QJsonObject& h, double total) const {
        QList<QVariantMap> out;
        const QJsonArray items = h.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            out << QVariantMap{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(out.size())},
                               {QStringLiteral("title"), item.toString()},
                               {QStringLiteral("quantity"), 1.0},
                               {QStringLiteral("unit_price"), total / double(items.size())}};
        }
        if (out.isEmpty()) {
            out << QVariantMap{{QStringLiteral("sku"), QStringLiteral("SKU-X")},
                               {QStringLiteral("title"), QStringLiteral("Gift Card")},
                               {QStringLiteral("quantity"), 1.0},
                               {QStringLiteral("unit_price"), total}};
        }
        return out;
    }

    bool order(const QString& email, const QJsonObject& h) {
        const QString number = h.value(QStringLiteral("number")).toString();
        const double total = h.value(QStringLiteral("total")).toDouble();
        QVariantMap f{{QStringLiteral("number"), number},
                      {QStringLiteral("placed_at"), at(h)},
                      {QStringLiteral("status"), h.value(QStringLiteral("status")).toString()},
                      {QStringLiteral("currency"), m_s.currency},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("email"), email}};
        putTime(f, QStringLiteral("promised_at"), date(h, QStringLiteral("promised")));
        putTime(f, QStringLiteral("shipped_at"), at(h, QStringLiteral("shipped")));
        putTime(f, QStringLiteral("delivered_at"), at(h, QStringLiteral("delivered")));
        QMap<QString, QList<QVariantMap>> children;
        children.insert(QStringLiteral("lines"), lines(h, total));
        return m_cache.write(QStringLiteral("shop"), QStringLiteral("orders"), EntityKind::Order,
                             QString(QStringLiteral("SO-") + number + QLatin1Char('-') + email), f, children);
    }

    bool returned(const QJsonObject& h, int n) {
        const QString order = h.value(QStringLiteral("order")).toString();
        QVariantMap f{{QStringLiteral("number"), QStringLiteral("R%1").arg(order)},
                      {QStringLiteral("order_number"), order},
                      {QStringLiteral("created_at"), at(h)},
                      {QStringLiteral("amount"), h.value(QStringLiteral("amount")).toDouble()},
                      {QStringLiteral("currency"), m_s.currency},
                      {QStringLiteral("status"), QStringLiteral("received")},
                      {QStringLiteral("refund_status"), h.value(QStringLiteral("refund_status")).toString()},
                      {QStringLiteral("email"), m_s.email}};
        putTime(f, QStringLiteral("refund_due_at"), date(h, QStringLiteral("refund_due")));
        putTime(f, QStringLiteral("refunded_at"), at(h, QStringLiteral("refunded")));
        return m_cache.write(QStringLiteral("shop"), QStringLiteral("returns"), EntityKind::Return,
                             QStringLiteral("RT-%1-%2").arg(n).arg(m_s.id), f);
    }

    bool ticket(const QJsonObject& h) {
        const QString number = h.value(QStringLiteral("number")).toString();
        QVariantMap f{{QStringLiteral("number"), QString(QStringLiteral("#") + number)},
                      {QStringLiteral("subject"), h.value(QStringLiteral("subject")).toString(QStringLiteral("Help"))},
                      {QStringLiteral("status"), h.value(QStringLiteral("status")).toString()},
                      {QStringLiteral("priority"), h.value(QStringLiteral("priority")).toString()},
                      {QStringLiteral("category"), h.value(QStringLiteral("category")).toString()},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("created_at"), at(h)},
                      {QStringLiteral("email"), m_s.email}};
        if (h.contains(QStringLiteral("csat"))) {
            f.insert(QStringLiteral("csat_score"), qint64(h.value(QStringLiteral("csat")).toInt()));
            putTime(f, QStringLiteral("csat_at"), at(h, QStringLiteral("csat")));
        }
        return m_cache.write(QStringLiteral("helpdesk"), QStringLiteral("tickets"), EntityKind::Ticket,
                             QString(QStringLiteral("T-") + number + QLatin1Char('-') + m_s.id), f);
    }

    bool survey(const QJsonObject& h, int n) {
        QVariantMap f{{QStringLiteral("survey_type"), h.value(QStringLiteral("type")).toString()},
                      {QStringLiteral("score"), h.value(QStringLiteral("score")).toDouble()},
                      {QStringLiteral("comment"), h.value(QStringLiteral("comment")).toString()},
                      {QStringLiteral("answered_at"), at(h)},
                      {QStringLiteral("email"), m_s.email}};
        return m_cache.write(QStringLiteral("surveys"), QStringLiteral("responses"), EntityKind::Survey,
                             QStringLiteral("SV-%1-%2").arg(n).arg(m_s.id), f);
    }

    bool cart(const QJsonObject& h, int n) {
        const double total = h.value(QStringLiteral("total")).toDouble();
        QVariantMap f{{QStringLiteral("created_at"), at(h)},
                      {QStringLiteral("status"), QStringLiteral("abandoned")},
                      {QStringLiteral("currency"), m_s.currency},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("email"), m_s.email}};
        QMap<QString, QList<QVariantMap>> children;
        children.insert(QStringLiteral("lines"), lines(h, total));
        return m_cache.write(QStringLiteral("shop"), QStringLiteral("checkouts"), EntityKind::Cart,
                             QStringLiteral("CK-%1-%2").arg(n).arg(m_s.id), f, children);
    }

    bool view(const QJsonObject& h, int n) {
        QVariantMap f{
            {QStringLiteral("campaign_id"), h.value(QStringLiteral("url")).toString()},
            {QStringLiteral("campaign_name"), h.value(QStringLiteral("title")).toString()},
            {QStringLiteral("event_type"), QStringLiteral("view")},
            {QStringLiteral("url"), h.value(QStringLiteral("url")).toString()},
            {QStringLiteral("view_channel"), h.value(QStringLiteral("channel")).toString(QStringLiteral("web"))},
            {QStringLiteral("occurred_at"), at(h)},
            {QStringLiteral("email"), m_s.email}};
        return m_cache.write(QStringLiteral("web"), QStringLiteral("events"), EntityKind::CampaignEvent,
                             QStringLiteral("WV-%1-%2").arg(n).arg(m_s.id), f);
    }

    bool campaign(const QJsonObject& h, int n) {
        QVariantMap f{{QStringLiteral("campaign_id"), h.value(QStringLiteral("campaign")).toString()},
                      {QStringLiteral("campaign_name"), h.value(QStringLiteral("name")).toString()},
                      {QStringLiteral("event_type"), h.value(QStringLiteral("event")).toString()},
                      {QStringLiteral("occurred_at"), at(h)},
                      {QStringLiteral("email"), m_s.email}};
        return m_cache.write(QStringLiteral("marketing"), QStringLiteral("events"), EntityKind::CampaignEvent,
                             QStringLiteral("ME-%1-%2").arg(n).arg(m_s.id), f);
    }

    bool contact(const QJsonObject& h, int n) {
        QVariantMap f{{QStringLiteral("channel"), h.value(QStringLiteral("channel")).toString(QStringLiteral("call"))},
                      {QStringLiteral("direction"), QStringLiteral("inbound")},
                      {QStringLiteral("occurred_at"), at(h)},
                      {QStringLiteral("duration_seconds"), qint64(180)},
                      {QStringLiteral("queue"), QStringLiteral("service")},
                      {QStringLiteral("email"), m_s.email}};
        return m_cache.write(QStringLiteral("contact"), QStringLiteral("interactions"), EntityKind::Interaction,
                             QStringLiteral("IX-%1-%2").arg(n).arg(m_s.id), f);
    }

    ScenarioCache& m_cache;
    const Scenario& m_s;
};

} // namespace c360::nbatest

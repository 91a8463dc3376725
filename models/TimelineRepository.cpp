#include "models/DisplayFormat.h"
#include "models/EventText.h"
#include "models/Queries.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace c360 {

namespace {
const char* const kEventColumns =
    "SELECT te.id, te.party_id, te.record_id, te.occurred_ms, te.kind, te.source, sr.stream, sr.source_id, te.title, "
    "te.summary, te.is_system, "
    // The author given by reference (a Zendesk comment's author_id), by the name of their record.
    "(SELECT cp.name FROM source_record u JOIN customer_profile cp ON cp.record_id = u.id WHERE te.actor_id IS NOT "
    "NULL AND u.source = te.source AND u.stream = te.actor_stream AND u.source_id = te.actor_id AND u.deleted = 0) "
    "FROM timeline_event te JOIN source_record sr ON sr.id = te.record_id ";

TimelineEvent eventFrom(const QSqlQuery& q) {
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.partyId = q.value(1).toLongLong();
    e.recordId = q.value(2).toLongLong();
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    e.kind = q.value(4).toString();
    e.source = q.value(5).toString();
    e.stream = q.value(6).toString();
    e.sourceId = q.value(7).toString();
    e.title = q.value(8).toString();
    e.summary = q.value(9).toString();
    e.system = q.value(10).toInt() != 0;
    // "Comment on #5 (internal)" -> "Comment on #5 by Li Na (internal)"
    if (const QString author = q.value(11).toString().trimmed(); !author.isEmpty()) {
        e.actor = author;
        const QString internal = QStringLiteral(" (internal)");
        const bool isInternal = e.title.endsWith(internal);
        e.title = (isInternal ? e.title.chopped(internal.size()) : e.title) + QStringLiteral(" by ") + author +
                  (isInternal ? internal : QString());
    }
    return e;
}

// " AND te.kind IN (?,?) AND te.source IN (?) AND te.is_system = 0" and its values.
QString filterSql(const TimelineFilter& filter, QVariantList& values) {
    QString sql;
    auto in = [&](const char* column, const QStringList& list) {
        if (list.isEmpty()) {
            return;
        }
        QStringList marks;
        for (const QString& v : list) {
            marks << QStringLiteral("?");
            values << v;
        }
        sql += QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" IN (") + marks.join(u',') +
               QLatin1Char(')');
    };
    in("te.kind", filter.kinds);
    in("te.source", filter.sources);
    if (!filter.includeSystem) {
        sql += QStringLiteral(" AND te.is_system = 0");
    }
    return sql;
}

bool execWith(QSqlQuery& q, const QString& sql, const QVariantList& values) {
    if (!q.prepare(sql)) {
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    return q.exec();
}

} // namespace

TimelineRepository::TimelineRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString TimelineRepository::pageSql(const TimelineFilter& filter, bool keyset) {
    QVariantList ignored;
    QString sql = QLatin1String(kEventColumns) + QStringLiteral("WHERE te.party_id = ?") + filterSql(filter, ignored);
    if (keyset) {
        sql += QStringLiteral(" AND (te.occurred_ms, te.id) < (?, ?)");
    }
    return sql + QStringLiteral(" ORDER BY te.occurred_ms DESC, te.id DESC LIMIT ?");
}

Result<QList<TimelineEvent>> TimelineRepository::page(qint64 partyId, const TimelineFilter& filter,
                                                      std::optional<TimelineKey> after, int limit) const {
    QVariantList values{partyId};
    filterSql(filter, values);
    if (after) {
        values << after->occurredAtMs << after->id;
    }
    values << qMax(limit, 0);
    const QString sql = pageSql(filter, after.has_value());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execWith(q, sql, values)) {
        return sql::error(q, tr("The timeline could not be read."));
    }
    QList<TimelineEvent> out;
    while (q.next()) {
        out.append(eventFrom(q));
    }
    q.finish();
    if (!eventtext::localize(m_db, out)) {
        return Error{tr("The timeline could not be read."), QStringLiteral("event text")};
    }
    return out;
}

Result<qint64> TimelineRepository::count(qint64 partyId, const TimelineFilter& filter) const {
    QVariantList values{partyId};
    const QString sql =
        QStringLiteral("SELECT count(*) FROM timeline_event te WHERE te.party_id = ?") + filterSql(filter, values);
    QSqlQuery q(m_db);
    if (!execWith(q, sql, values) || !q.next()) {
        return sql::error(q, tr("The timeline could not be read."));
    }
    return q.value(0).toLongLong();
}

Result<QStringList> TimelineRepository::kinds(qint64 partyId) const {
    QSqlQuery q(m_db);
    if (!execWith(q, QStringLiteral("SELECT DISTINCT kind FROM timeline_event WHERE party_id = ? ORDER BY kind"),
                  {partyId})) {
        return sql::error(q, tr("The timeline could not be read."));
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<QStringList> TimelineRepository::sources(qint64 partyId) const {
    QSqlQuery q(m_db);
    if (!execWith(q, QStringLiteral("SELECT DISTINCT source FROM timeline_event WHERE party_id = ? ORDER BY source"),
                  {partyId})) {
        return sql::error(q, tr("The timeline could not be read."));
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<EventDetail> TimelineRepository::detail(qint64 eventId) const {
    const QString failed = tr("The event details could not be read.");
    QSqlQuery q(m_db);
    if (!execWith(q, QLatin1String(kEventColumns) + QStringLiteral("WHERE te.id = ?"), {eventId})) {
        return sql::error(q, failed);
    }
    if (!q.next()) {
        return Error{tr("This event is no longer in the local cache."), QStringLiteral("event %1").arg(eventId)};
    }
    EventDetail detail;
    detail.event = eventFrom(q);
    q.finish();
    {
        QList<TimelineEvent> one{detail.event};
        if (!eventtext::localize(m_db, one)) {
            return Error{failed, QStringLiteral("event text")};
        }
        detail.event = one.constFirst();
    }

    if (!execWith(q, QStringLiteral("SELECT entity, payload FROM source_record WHERE id = ?"),
                  {detail.event.recordId}) ||
        !q.next()) {
        return sql::error(q, failed);
    }
    const QString entity = q.value(0).toString();
    const QByteArray payload = q.value(1).toString().toUtf8();
    q.finish();
    const auto parsed =
        nlohmann::json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
    detail.raw = parsed.is_discarded() ? payload : QByteArray::fromStdString(parsed.dump(2));

    // Labelled fields of the typed detail table, written for people: labels translated, times and money in
    // the UI language, source codes as words, empty and zero amounts left out.
    enum class As { Text, Time, Money, Duration, Status, Reason, Priority, Channel, Direction };
    struct Field {
        const char* column;
        const char* label;
        As as;
    };
    auto readRow = [&](const char* table, std::initializer_list<Field> fields) -> Status {
        QStringList cols;
        for (const Field& f : fields) {
            cols << QLatin1String(f.column);
        }
        const bool hasCurrency = cols.contains(QStringLiteral("currency"));
        const QString sql = QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) +
                            (hasCurrency ? QString() : QStringLiteral(", NULL")) + QStringLiteral(" FROM ") +
                            QLatin1String(table) + QStringLiteral(" WHERE record_id = ?");
        if (!execWith(q, sql, {detail.event.recordId})) {
            return sql::error(q, failed);
        }
        if (q.next()) {
            const QString currency =
                hasCurrency ? q.value(int(cols.indexOf(QStringLiteral("currency")))).toString() : QString();
            int i = 0;
            for (const Field& f : fields) {
                const QVariant v = q.value(i++);
                const QString raw = v.isNull() ? QString() : v.toString().trimmed();
                QString text;
                switch (f.as) {
                case As::Text:
                    text = raw;
                    break;
                case As::Time:
                    text = v.isNull() ? QString() : display::when(sql::fromMs(v).toLocalTime());
                    break;
                case As::Money:
                    text = v.isNull() || (QLatin1String(f.column) == QLatin1String("refunded") && v.toDouble() == 0)
                               ? QString()
                               : display::money(v.toDouble(), currency);
                    break;
                case As::Duration:
                    text = v.isNull() ? QString() : display::duration(v.toLongLong());
                    break;
                case As::Status:
                    text = raw.isEmpty() ? raw : eventtext::status(raw);
                    break;
                case As::Reason:
                    text = raw.isEmpty() ? raw : eventtext::reason(raw);
                    break;
                case As::Priority:
                    text = raw.isEmpty() ? raw : eventtext::priority(raw);
                    break;
                case As::Channel:
                    text = raw.isEmpty() ? raw : eventtext::channel(raw);
                    break;
                case As::Direction:
                    text = raw.isEmpty() ? raw : eventtext::direction(raw);
                    break;
                }
                if (!text.isEmpty()) {
                    detail.fields.append({tr(f.label), text});
                }
            }
        }
        q.finish();
        return {};
    };
    detail.fields.append({tr("Source"), detail.event.source + QStringLiteral(" / ") + detail.event.stream});
    detail.fields.append({tr("Record id"), detail.event.sourceId});
    Status s;
    if (entity == QLatin1String("customer")) {
        s = readRow("customer_profile",
                    {{"name", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Name"), As::Text},
                     {"email", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Email"), As::Text},
                     {"phone", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Phone"), As::Text},
                     {"wechat_openid", QT_TRANSLATE_NOOP("c360::TimelineRepository", "WeChat"), As::Text},
                     {"segment", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Segment"), As::Text},
                     {"city", QT_TRANSLATE_NOOP("c360::TimelineRepository", "City"), As::Text},
                     {"country", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Country"), As::Text},
                     {"created_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Created"), As::Time}});
    } else if (entity == QLatin1String("order")) {
        s = readRow("orders",
                    {{"number", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Order number"), As::Text},
                     {"placed_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Placed"), As::Time},
                     {"status", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Status"), As::Status},
                     {"total", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Total"), As::Money},
                     {"currency", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Currency"), As::Text},
                     {"refunded", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Refunded"), As::Money},
                     {"promised_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Promised for"), As::Time},
                     {"shipped_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Shipped"), As::Time},
                     {"delivered_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Delivered"), As::Time},
                     {"ship_address", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Shipping address"), As::Text},
                     {"customer_id", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Customer id"), As::Text}});
        if (s) {
            if (!execWith(
                    q,
                    QStringLiteral("SELECT o.currency, l.sku, l.title, l.quantity, l.unit_price FROM order_line l "
                                   "JOIN orders o ON o.record_id = l.record_id WHERE l.record_id = ? "
                                   "ORDER BY l.id"),
                    {detail.event.recordId})) {
                return sql::error(q, failed);
            }
            while (q.next()) {
                const QString price =
                    q.value(4).isNull() ? QString() : display::money(q.value(4).toDouble(), q.value(0).toString());
                detail.fields.append(
                    {tr("Item %1").arg(q.value(1).toString()),
                     price.isEmpty() ? tr("%1 × %2").arg(q.value(3).toString(), q.value(2).toString())
                                     : tr("%1 × %2 at %3").arg(q.value(3).toString(), q.value(2).toString(), price)});
            }
            q.finish();
        }
    } else if (entity == QLatin1String("return")) {
        s = readRow("return_item",
                    {{"number", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Return number"), As::Text},
                     {"order_number", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Order number"), As::Text},
                     {"created_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Created"), As::Time},
                     {"amount", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Amount"), As::Money},
                     {"currency", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Currency"), As::Text},
                     {"reason", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Reason"), As::Reason},
                     {"status", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Status"), As::Status},
                     {"refund_status", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Refund"), As::Status},
                     {"refund_due_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Refund due"), As::Time},
                     {"refunded_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Refunded on"), As::Time}});
    } else if (entity == QLatin1String("ticket")) {
        s = readRow("ticket",
                    {{"number", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Ticket number"), As::Text},
                     {"subject", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Subject"), As::Text},
                     {"status", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Status"), As::Status},
                     {"priority", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Priority"), As::Priority},
                     {"channel", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Channel"), As::Channel},
                     {"created_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Created"), As::Time},
                     {"csat_score", QT_TRANSLATE_NOOP("c360::TimelineRepository", "CSAT score"), As::Text},
                     {"csat_comment", QT_TRANSLATE_NOOP("c360::TimelineRepository", "CSAT comment"), As::Text}});
    } else if (entity == QLatin1String("campaign_event")) {
        s = readRow("campaign_touch",
                    {{"campaign_name", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Campaign"), As::Text},
                     {"campaign_id", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Campaign id"), As::Text},
                     {"event_type", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Event"), As::Status},
                     {"occurred_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "When"), As::Time},
                     {"url", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Link"), As::Text}});
    } else if (entity == QLatin1String("survey")) {
        s = readRow("survey", {{"survey_type", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Survey"), As::Text},
                               {"score", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Score"), As::Text},
                               {"answered_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Answered"), As::Time},
                               {"comment", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Comment"), As::Text}});
    } else if (entity == QLatin1String("cart")) {
        s = readRow("cart", {{"created_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Created"), As::Time},
                             {"status", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Status"), As::Status},
                             {"total", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Total"), As::Money},
                             {"currency", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Currency"), As::Text},
                             {"items", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Items"), As::Text}});
    } else if (entity == QLatin1String("interaction")) {
        s = readRow("interaction",
                    {{"channel", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Channel"), As::Channel},
                     {"direction", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Direction"), As::Direction},
                     {"occurred_ms", QT_TRANSLATE_NOOP("c360::TimelineRepository", "When"), As::Time},
                     {"duration_seconds", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Duration"), As::Duration},
                     {"wrap_up_seconds", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Wrap-up"), As::Duration},
                     {"agent", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Agent"), As::Text},
                     {"queue", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Queue"), As::Text},
                     {"summary", QT_TRANSLATE_NOOP("c360::TimelineRepository", "Summary"), As::Text}});
    }
    if (!s) {
        return s.error();
    }
    return detail;
}

} // namespace c360

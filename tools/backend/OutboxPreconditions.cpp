#include "tools/backend/OutboxPreconditions.h"

#include "tools/backend/SourceStore.h"
#include "tools/backend/Time.h"

namespace c360::backend::outboxpreconditions {

namespace {

int orderIndex(const SourceStore& store, const QString& number) {
    const int n = store.recordCount(StreamKind::Orders);
    for (int i = 0; i < n && !number.isEmpty(); ++i) {
        if (store.recordJson(StreamKind::Orders, i).value(QStringLiteral("order_number")).toString() == number) {
            return i;
        }
    }
    return -1;
}

// The same instant? Both are ISO 8601 texts; a base that is not one never matches.
bool sameVersion(const QString& base, const QString& current) {
    qint64 a = 0;
    qint64 b = 0;
    if (!parseIsoUtc(base, &a) || !parseIsoUtc(current, &b)) {
        return base == current;
    }
    return a == b;
}

} // namespace

int ticketIndex(const SourceStore& store, const QString& numberOrId) {
    QString t = numberOrId.trimmed();
    if (t.startsWith(QLatin1String("T-"))) {
        bool ok = false;
        const int i = t.mid(2).toInt(&ok) - 1;
        return ok && i >= 0 && i < store.recordCount(StreamKind::Tickets) ? i : -1;
    }
    if (t.startsWith(QLatin1Char('#'))) {
        t.remove(0, 1);
    }
    bool ok = false;
    const int i = t.toInt(&ok) - 40001;
    return ok && i >= 0 && i < store.recordCount(StreamKind::Tickets) ? i : -1;
}

std::optional<Stale> staleBase(const SourceStore& store, const QString& kind, const QJsonObject& body) {
    const QString base = body.value(QStringLiteral("base_version")).toString();
    if (base.isEmpty()) {
        return std::nullopt;
    }
    StreamKind stream = StreamKind::Orders;
    int index = -1;
    QString what;
    if (kind == QLatin1String("order_cancel") || kind == QLatin1String("order_address") ||
        kind == QLatin1String("refund")) {
        const QString number = body.value(QStringLiteral("order_number")).toString();
        index = orderIndex(store, number);
        what = QStringLiteral("order ") + number;
    } else if (kind == QLatin1String("ticket_update")) {
        stream = StreamKind::Tickets;
        QString ref = body.value(QStringLiteral("ticket_number")).toString();
        if (ref.isEmpty()) {
            ref = body.value(QStringLiteral("ticket_id")).toString();
        }
        index = ticketIndex(store, ref);
        what = QStringLiteral("ticket ") + ref;
    }
    if (index < 0) {
        return std::nullopt;
    }
    const QJsonObject current = store.recordJson(stream, index);
    const QString now = current.value(QStringLiteral("updated_at")).toString();
    if (sameVersion(base, now)) {
        return std::nullopt;
    }
    return Stale{what + QStringLiteral(" changed on the server at ") + now +
                     QStringLiteral(" (the change was based on ") + base + QStringLiteral(")"),
                 current};
}

} // namespace c360::backend::outboxpreconditions

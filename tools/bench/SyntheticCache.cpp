#include "SyntheticCache.h"

#include "models/CacheWriter.h"

#include <QElapsedTimer>

namespace c360::bench {

namespace {

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                            QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
                            QStringLiteral("军"), QStringLiteral("洋")};
const QStringList kEnglish = {QStringLiteral("Emily Carter"), QStringLiteral("James Smith"),
                              QStringLiteral("Olivia Brown"), QStringLiteral("Noah Wilson")};

QString nameOf(qint64 i) {
    if (i % 5 == 4) {
        return kEnglish.at(int(i % kEnglish.size())) + QLatin1Char(' ') + QString::number(i);
    }
    return kSurnames.at(int(i % kSurnames.size())) + kGiven.at(int((i / 8) % kGiven.size())) +
           (i % 3 == 0 ? kGiven.at(int((i / 80) % kGiven.size())) : QString());
}

QDateTime at(qint64 i, int k) {
    static const QDateTime base(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    return base.addSecs(i % 86400 * 3 + qint64(k) * 1801); // 50,000 contacts: 2.9 years, all past
}

CanonicalRecord customer(qint64 i) {
    CanonicalRecord r;
    r.source = QStringLiteral("crm");
    r.stream = QStringLiteral("customers");
    r.entity = EntityKind::Customer;
    r.sourceId = QStringLiteral("SYN-C-%1").arg(i);
    r.updatedAt = at(i, 0);
    r.raw = QByteArrayLiteral("{}");
    r.fields = {{QStringLiteral("name"), nameOf(i)},
                {QStringLiteral("email"), syntheticEmail(i)},
                {QStringLiteral("phone"), syntheticPhone(i)},
                {QStringLiteral("segment"), QStringLiteral("Silver")},
                {QStringLiteral("country"), QStringLiteral("CN")},
                {QStringLiteral("created_at"), at(i, 0)}};
    return r;
}

CanonicalRecord interaction(qint64 i, int k) {
    CanonicalRecord r;
    r.source = QStringLiteral("contact");
    r.stream = QStringLiteral("interactions");
    r.entity = EntityKind::Interaction;
    r.sourceId = QStringLiteral("SYN-IX-%1-%2").arg(i).arg(k);
    r.updatedAt = at(i, k + 1);
    r.raw = QByteArrayLiteral("{}");
    r.fields = {{QStringLiteral("channel"), k % 3 == 0 ? QStringLiteral("chat") : QStringLiteral("call")},
                {QStringLiteral("direction"), QStringLiteral("inbound")},
                {QStringLiteral("occurred_at"), at(i, k + 1)},
                {QStringLiteral("duration_seconds"), 60 + k % 600},
                {QStringLiteral("queue"), QStringLiteral("delivery")},
                {QStringLiteral("summary"), QStringLiteral("Asked about delivery")},
                {QStringLiteral("phone"), syntheticPhone(i)}};
    return r;
}

CanonicalRecord order(qint64 i, int k, const QDateTime& until) {
    const int daysAgo = int((i * 7 + qint64(k) * 13) % 40);
    const QDateTime placed = until.addDays(-daysAgo).addSecs(-(i % 36000));
    const bool onItsWay = daysAgo < 4;
    CanonicalRecord r;
    r.source = QStringLiteral("shop");
    r.stream = QStringLiteral("orders");
    r.entity = EntityKind::Order;
    r.sourceId = QStringLiteral("SYN-SO-%1-%2").arg(i).arg(k);
    r.updatedAt = placed.addDays(onItsWay ? 1 : 3);
    r.raw = QByteArrayLiteral("{}");
    r.fields = {{QStringLiteral("number"), QStringLiteral("%1%2").arg(i).arg(k)},
                {QStringLiteral("placed_at"), placed},
                {QStringLiteral("status"), onItsWay ? QStringLiteral("shipped") : QStringLiteral("delivered")},
                {QStringLiteral("currency"), QStringLiteral("CNY")},
                {QStringLiteral("total"), 100 + (i * 37 + k) % 900},
                {QStringLiteral("email"), syntheticEmail(i)},
                {QStringLiteral("phone"), syntheticPhone(i)},
                {QStringLiteral("promised_at"), placed.addDays(3)},
                {QStringLiteral("shipped_at"), placed.addDays(1)}};
    if (!onItsWay) {
        r.fields.insert(QStringLiteral("delivered_at"), placed.addDays(3));
    }
    r.children.insert(QStringLiteral("lines"),
                      {QVariantMap{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(k % 50)},
                                   {QStringLiteral("title"), k % 2 == 0 ? QStringLiteral("Electric Kettle")
                                                                        : QStringLiteral("Longjing Green Tea 250g")},
                                   {QStringLiteral("quantity"), 1},
                                   {QStringLiteral("unit_price"), 100 + (i * 37 + k) % 900}}});
    return r;
}

} // namespace

QString syntheticPhone(qint64 i) {
    return QStringLiteral("+86139%1").arg(i, 8, 10, QLatin1Char('0'));
}
QString syntheticEmail(qint64 i) {
    return QStringLiteral("customer%1@example.com").arg(i);
}

Result<SyntheticFigures> buildSyntheticCache(QSqlDatabase db, const SyntheticSpec& spec,
                                             const std::function<void(qint64, qint64)>& progress) {
    CacheWriter writer(db, IdentityConfig{});
    // As a sync writes: pages mark the customers they touch, each is recomputed once at the end (a customer
    // with 50,000 contacts is not recomputed after each of its pages).
    writer.setDeferPartyRecompute(true);
    QElapsedTimer timer;
    timer.start();
    SyntheticFigures figures;
    const qint64 total = spec.parties * (1 + spec.eventsPerParty + spec.ordersPerParty) + spec.heavyEvents;
    PageInput page;
    const auto flush = [&](const QString& source, const QString& stream) -> Status {
        if (page.records.isEmpty()) {
            return {};
        }
        page.source = source;
        page.stream = stream;
        page.checkpoint = QString::number(figures.records);
        const auto outcome = writer.applyPage(page);
        if (!outcome) {
            return outcome.error();
        }
        figures.records += page.records.size();
        page.records.clear();
        if (progress) {
            progress(figures.records, total);
        }
        return {};
    };
    for (qint64 i = 1; i <= spec.parties; ++i) {
        page.records.append(customer(i));
        if (page.records.size() >= spec.pageSize) {
            if (const Status s = flush(QStringLiteral("crm"), QStringLiteral("customers")); !s) {
                return s.error();
            }
        }
    }
    if (const Status s = flush(QStringLiteral("crm"), QStringLiteral("customers")); !s) {
        return s.error();
    }
    for (qint64 i = 1; i <= spec.parties; ++i) {
        const int n = spec.eventsPerParty + (i == 1 ? spec.heavyEvents : 0);
        for (int k = 0; k < n; ++k) {
            page.records.append(interaction(i, k));
            if (page.records.size() >= spec.pageSize) {
                if (const Status s = flush(QStringLiteral("contact"), QStringLiteral("interactions")); !s) {
                    return s.error();
                }
            }
        }
    }
    if (const Status s = flush(QStringLiteral("contact"), QStringLiteral("interactions")); !s) {
        return s.error();
    }
    const QDateTime until = spec.ordersUntil.isValid() ? spec.ordersUntil : QDateTime::currentDateTimeUtc();
    for (qint64 i = 1; i <= spec.parties && spec.ordersPerParty > 0; ++i) {
        for (int k = 0; k < spec.ordersPerParty; ++k) {
            page.records.append(order(i, k, until));
            if (page.records.size() >= spec.pageSize) {
                if (const Status s = flush(QStringLiteral("shop"), QStringLiteral("orders")); !s) {
                    return s.error();
                }
            }
        }
    }
    if (const Status s = flush(QStringLiteral("shop"), QStringLiteral("orders")); !s) {
        return s.error();
    }
    if (const auto recomputed = writer.recomputeDirtyParties(); !recomputed) {
        return recomputed.error();
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    return figures;
}

} // namespace c360::bench

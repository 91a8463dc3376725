#include "models/RecordFacts.h"

#include "models/EventKinds.h"

#include <QLocale>

namespace c360 {

namespace {

qint64 msOr(const QDateTime& t, const CanonicalRecord& r) {
    if (t.isValid()) {
        return t.toMSecsSinceEpoch();
    }
    return r.updatedAt.isValid() ? r.updatedAt.toMSecsSinceEpoch() : 0;
}

QString money(const QString& currency, double amount) {
    static const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QString n = en.toString(amount, 'f', 2);
    return currency.isEmpty() ? n : currency % QLatin1Char(' ') % n;
}

QString capitalized(const QString& s) {
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

QString duration(qint64 seconds) {
    if (seconds <= 0) {
        return {};
    }
    if (seconds < 60) {
        return QStringLiteral("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    }
    return QStringLiteral("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString campaignVerb(const QString& type) {
    const QString t = type.toLower();
    if (t == QLatin1String("sent")) {
        return QStringLiteral("Sent");
    }
    if (t == QLatin1String("open")) {
        return QStringLiteral("Opened");
    }
    if (t == QLatin1String("click")) {
        return QStringLiteral("Clicked");
    }
    if (t == QLatin1String("convert")) {
        return QStringLiteral("Converted");
    }
    if (t == QLatin1String("unsubscribe")) {
        return QStringLiteral("Unsubscribed");
    }
    return capitalized(t);
}

void customerEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    out.append({msOr(r.time(QStringLiteral("created_at")), r), kinds::Profile,
                QStringLiteral("Customer record created in ") + r.source,
                joinNonEmpty({recordName(r), r.text(QStringLiteral("segment")), r.text(QStringLiteral("city"))}),
                false});
    for (const QVariantMap& change : r.children.value(QStringLiteral("changes"))) {
        const QString field = change.value(QStringLiteral("field")).toString();
        const QString oldValue = change.value(QStringLiteral("old")).toString();
        const QString newValue = change.value(QStringLiteral("new")).toString();
        out.append({msOr(change.value(QStringLiteral("at")).toDateTime(), r), kinds::FieldChange,
                    shorten(field % QStringLiteral(": ") % (oldValue.isEmpty() ? QStringLiteral("(empty)") : oldValue) %
                            QStringLiteral(" → ") % (newValue.isEmpty() ? QStringLiteral("(empty)") : newValue)),
                    QString(), true});
    }
}

void orderEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    const auto lines = r.children.value(QStringLiteral("lines"));
    qint64 items = 0;
    for (const QVariantMap& line : lines) {
        const qint64 q = line.value(QStringLiteral("quantity")).toLongLong();
        items += q > 0 ? q : 1;
    }
    QString title = QStringLiteral("Order ") + r.text(QStringLiteral("number"));
    if (items > 0) {
        title +=
            QStringLiteral(" · %1 %2").arg(items).arg(items == 1 ? QStringLiteral("item") : QStringLiteral("items"));
    }
    if (r.fields.contains(QStringLiteral("total"))) {
        title += QStringLiteral(" · ") +
                 money(r.text(QStringLiteral("currency")), r.fields.value(QStringLiteral("total")).toDouble());
    }
    QStringList titles;
    for (const QVariantMap& line : lines) {
        titles << line.value(QStringLiteral("title")).toString();
    }
    out.append({msOr(r.time(QStringLiteral("placed_at")), r), kinds::Order, title,
                shorten(joinNonEmpty(
                    {capitalized(r.text(QStringLiteral("status"))), joinNonEmpty(titles, QStringLiteral(", "))})),
                false});
}

void returnEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    QString title = QStringLiteral("Return");
    if (!r.text(QStringLiteral("order_number")).isEmpty()) {
        title += QStringLiteral(" for order ") + r.text(QStringLiteral("order_number"));
    }
    if (r.fields.contains(QStringLiteral("amount"))) {
        title += QStringLiteral(" · ") +
                 money(r.text(QStringLiteral("currency")), r.fields.value(QStringLiteral("amount")).toDouble());
    }
    out.append(
        {msOr(r.time(QStringLiteral("created_at")), r), kinds::Return, title,
         shorten(joinNonEmpty({capitalized(r.text(QStringLiteral("status"))), r.text(QStringLiteral("reason"))})),
         false});
}

void ticketEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    const QString number = bareNumber(r.text(QStringLiteral("number")));
    const QString ref = number.isEmpty() ? QString() : QStringLiteral("#") + number;
    const qint64 created = msOr(r.time(QStringLiteral("created_at")), r);
    out.append({created, kinds::Ticket,
                shorten(QStringLiteral("Ticket ") % ref % QStringLiteral(": ") % r.text(QStringLiteral("subject"))),
                joinNonEmpty({capitalized(r.text(QStringLiteral("status"))), r.text(QStringLiteral("priority")),
                              r.text(QStringLiteral("channel"))}),
                false});
    for (const QVariantMap& c : r.children.value(QStringLiteral("comments"))) {
        const QVariant pub = c.value(QStringLiteral("public"));
        const bool isPublic = !pub.isValid() || pub.toBool();
        QString title = QStringLiteral("Comment on ") + ref;
        const QString author = c.value(QStringLiteral("author")).toString();
        if (!author.isEmpty()) {
            title += QStringLiteral(" by ") + author;
        }
        if (!isPublic) {
            title += QStringLiteral(" (internal)");
        }
        out.append({msOr(c.value(QStringLiteral("created_at")).toDateTime(), r), kinds::TicketComment, shorten(title),
                    shorten(c.value(QStringLiteral("body")).toString()), false});
    }
    const QVariant score = r.fields.value(QStringLiteral("csat_score"));
    if (score.isValid() && !score.isNull() && !score.toString().isEmpty()) {
        QDateTime at = r.time(QStringLiteral("csat_at"));
        out.append({at.isValid() ? at.toMSecsSinceEpoch() : created, kinds::Survey,
                    QStringLiteral("CSAT %1/5 · ticket %2").arg(score.toInt()).arg(ref),
                    shorten(r.text(QStringLiteral("csat_comment"))), false});
    }
}

// A comment served as a record of its own (Zendesk's ticket events export): it names its ticket by number.
void ticketCommentEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    const QString number = bareNumber(r.text(QStringLiteral("ticket_number")));
    QString title =
        QStringLiteral("Comment on ") + (number.isEmpty() ? QStringLiteral("a ticket") : QStringLiteral("#") + number);
    const QString author = r.text(QStringLiteral("author"));
    if (!author.isEmpty()) {
        title += QStringLiteral(" by ") + author;
    }
    const QVariant pub = r.fields.value(QStringLiteral("public"));
    if (pub.isValid() && !pub.isNull() && !pub.toBool()) {
        title += QStringLiteral(" (internal)");
    }
    out.append({msOr(r.time(QStringLiteral("created_at")), r), kinds::TicketComment, shorten(title),
                shorten(r.text(QStringLiteral("body"))), false});
}

void campaignEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    QString name = r.text(QStringLiteral("campaign_name"));
    if (name.isEmpty()) {
        name = r.text(QStringLiteral("campaign_id"));
    }
    out.append({msOr(r.time(QStringLiteral("occurred_at")), r), kinds::Campaign,
                shorten(campaignVerb(r.text(QStringLiteral("event_type"))) % QStringLiteral(": ") % name),
                shorten(r.text(QStringLiteral("url"))), false});
}

void interactionEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    const QString channel = r.text(QStringLiteral("channel")).toLower();
    QString kind = kinds::Call;
    QString noun = QStringLiteral("call");
    if (channel == QLatin1String("chat")) {
        kind = kinds::Chat;
        noun = QStringLiteral("chat");
    } else if (channel == QLatin1String("wechat")) {
        kind = kinds::WeChat;
        noun = QStringLiteral("WeChat");
    }
    const QString direction = r.text(QStringLiteral("direction"));
    const QString head = direction.isEmpty() ? capitalized(noun) : capitalized(direction) + QLatin1Char(' ') + noun;
    const QString title = joinNonEmpty({head, duration(r.fields.value(QStringLiteral("duration_seconds")).toLongLong()),
                                        r.text(QStringLiteral("queue"))});
    QString summary = r.text(QStringLiteral("summary"));
    if (!r.text(QStringLiteral("agent")).isEmpty()) {
        summary = joinNonEmpty({summary, QStringLiteral("agent ") + r.text(QStringLiteral("agent"))});
    }
    out.append({msOr(r.time(QStringLiteral("occurred_at")), r), kind, shorten(title), shorten(summary), false});
}

void surveyEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    const QString type = r.text(QStringLiteral("survey_type")).trimmed().toUpper();
    const QVariant score = r.fields.value(QStringLiteral("score"));
    const QString scale = type == QLatin1String("NPS") ? QStringLiteral("/10") : QStringLiteral("/5");
    const QString title = score.isValid() && !score.toString().isEmpty()
                              ? joinNonEmpty({type.isEmpty() ? QStringLiteral("Survey") : type,
                                              QLocale::c().toString(score.toDouble()) + scale},
                                             QStringLiteral(" "))
                              : QStringLiteral("Survey answered");
    out.append({msOr(r.time(QStringLiteral("answered_at")), r), kinds::Survey, shorten(title),
                shorten(r.text(QStringLiteral("comment"))), false});
}

void cartEvents(const CanonicalRecord& r, QList<NewEvent>& out) {
    QStringList items;
    for (const QVariantMap& line : r.children.value(QStringLiteral("lines"))) {
        items << line.value(QStringLiteral("title")).toString();
    }
    out.append({msOr(r.time(QStringLiteral("created_at")), r), kinds::Order,
                shorten(QStringLiteral("Cart left: ") +
                        money(r.text(QStringLiteral("currency")), r.fields.value(QStringLiteral("total")).toDouble())),
                shorten(joinNonEmpty(items, QStringLiteral(", "))), false});
}

} // namespace

QString joinNonEmpty(const QStringList& parts, const QString& sep) {
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p.trimmed();
        }
    }
    return kept.join(sep);
}

QString shorten(const QString& s, int max) {
    const QString t = s.simplified();
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

QString bareNumber(const QString& raw) {
    QString s = raw.trimmed();
    while (s.startsWith(u'#')) {
        s = s.mid(1).trimmed();
    }
    return s;
}

QString recordName(const CanonicalRecord& r) {
    QString name = r.text(QStringLiteral("name")).simplified();
    if (name.isEmpty()) {
        name = QStringList{r.text(QStringLiteral("first_name")), r.text(QStringLiteral("last_name"))}
                   .join(QLatin1Char(' '))
                   .simplified();
    }
    return name;
}

QList<IdentityKey> identityKeys(const CanonicalRecord& r, const Normalizer& normalizer) {
    QList<IdentityKey> keys;
    auto add = [&keys](const QString& kind, const QString& value, bool linking) {
        if (value.isEmpty()) {
            return;
        }
        IdentityKey k{kind, value, linking};
        if (!keys.contains(k)) {
            keys.append(std::move(k));
        }
    };
    if (auto e = Normalizer::email(r.text(QStringLiteral("email")))) {
        add(keykinds::Email, *e, true);
    }
    const PhoneReading phone =
        normalizer.phoneReading(r.text(QStringLiteral("phone")), r.text(QStringLiteral("country")));
    for (const QString& number : phone.numbers) {
        add(keykinds::Phone, number, phone.decided());
    }
    if (phone.isEmpty()) { // a number libphonenumber rejects (never a placeholder): weak evidence
        add(keykinds::PhoneDigits, Normalizer::phoneDigits(r.text(QStringLiteral("phone"))), false);
    }
    add(keykinds::WeChat, r.text(QStringLiteral("wechat_openid")).trimmed(), true);
    switch (r.entity) {
    case EntityKind::Order:
        add(keykinds::Order, bareNumber(r.text(QStringLiteral("number"))), false);
        break;
    case EntityKind::Return:
        add(keykinds::Order, bareNumber(r.text(QStringLiteral("order_number"))), false);
        break;
    case EntityKind::Ticket:
        add(keykinds::Ticket, bareNumber(r.text(QStringLiteral("number"))), false);
        break;
    default:
        break;
    }
    add(keykinds::Name, recordName(r), false);
    if (const QVariant birth = r.fields.value(QStringLiteral("birth_date")); birth.isValid()) {
        const QString text = birth.typeId() == QMetaType::QDateTime ? birth.toDateTime().toUTC().toString(Qt::ISODate)
                             : birth.typeId() == QMetaType::QDate   ? birth.toDate().toString(Qt::ISODate)
                                                                    : birth.toString();
        add(keykinds::BirthDate, Normalizer::birthDate(text).value_or(QString()), false);
    }
    add(keykinds::Address, Normalizer::addressKey(r.text(QStringLiteral("address"))), false);
    return keys;
}

QList<NewEvent> timelineEvents(const CanonicalRecord& record) {
    QList<NewEvent> out;
    switch (record.entity) {
    case EntityKind::Customer:
        customerEvents(record, out);
        break;
    case EntityKind::Order:
        orderEvents(record, out);
        break;
    case EntityKind::Return:
        returnEvents(record, out);
        break;
    case EntityKind::Ticket:
        ticketEvents(record, out);
        break;
    case EntityKind::CampaignEvent:
        campaignEvents(record, out);
        break;
    case EntityKind::Interaction:
        interactionEvents(record, out);
        break;
    case EntityKind::Survey:
        surveyEvents(record, out);
        break;
    case EntityKind::Cart:
        cartEvents(record, out);
        break;
    case EntityKind::TicketComment:
        ticketCommentEvents(record, out);
        break;
    }
    return out;
}

} // namespace c360

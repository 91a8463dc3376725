#include "models/Log.h"
#include "models/Queries.h"
#include "models/RecordFacts.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QMap>

namespace c360 {

namespace {
// An FTS5 string: the whole input as one phrase, double quotes doubled, so no operator,
// column filter or bareword syntax of the user's text reaches the FTS parser.
QString ftsPhrase(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Which field of a party a free-text (trigram) hit was on: digits typed are a phone (or an id), an
// "@" an e-mail; else the name (also for a name found through another record's spelling of it).
QString textMatchField(const QString& query, const PartySummary& p) {
    QString digits;
    for (const QChar c : query) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    const QString trimmed = query.trimmed();
    if (digits.size() >= 3 && digits.size() * 2 >= trimmed.size()) {
        // Digits typed: part of a phone number, else part of an id or number of a record.
        return p.phone.contains(digits) || trimmed.size() == digits.size() ? QStringLiteral("phone")
                                                                           : QStringLiteral("id");
    }
    if (trimmed.contains(u'@') || (!p.email.isEmpty() && p.email.contains(trimmed, Qt::CaseInsensitive) &&
                                   !p.name.contains(trimmed, Qt::CaseInsensitive))) {
        return QStringLiteral("email");
    }
    return QStringLiteral("name");
}

// Text that can only be a key: one word with a digit or an "@" ("SO-1001", "#4711", "wx_ab12").
bool isKeyShaped(const QString& query) {
    if (query.contains(u' ')) {
        return false;
    }
    for (const QChar c : query) {
        if (c.isDigit() || c == u'@') {
            return true;
        }
    }
    return false;
}

// A phone number as people write one: digits with at least one of " +-().", and nothing else.
bool isFormattedPhone(const QString& query) {
    bool punctuated = false;
    for (const QChar c : query) {
        if (c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.') {
            punctuated = true;
        } else if (!c.isDigit()) {
            return false;
        }
    }
    return punctuated;
}

// A WeChat openid: one word of ASCII letters, digits, "_" and "-".
bool isOpenIdShaped(const QString& query) {
    for (const QChar c : query) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'_' || c == u'-')) {
            return false;
        }
    }
    return !query.isEmpty();
}

// How many substring matches are ranked at most (a common name on a big cache has tens of thousands).
constexpr int kFtsCandidates = 1000;

} // namespace

struct SearchRepository::Statements {
    QSqlQuery key, prefix, text, party;
};

SearchRepository::SearchRepository(QSqlDatabase db, const Normalizer& normalizer)
    : m_db(std::move(db))
    , m_normalizer(normalizer) {}

Result<QList<PartySummary>> SearchRepository::search(const QString& rawQuery, int limit) const {
    const QString query = rawQuery.simplified();
    QList<PartySummary> out;
    if (query.isEmpty() || limit <= 0) {
        return out;
    }
    QList<qint64> ids;
    QList<QString> matched;
    QMap<qsizetype, QString> values; // result index -> the order/ticket number or id that matched
    auto collect = [&](QSqlQuery& q, const QString& on) {
        while (q.next() && ids.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (!ids.contains(id)) {
                ids << id;
                matched << on;
            }
        }
        q.finish();
    };
    const QString failed = tr("The search could not be run.");

    // 1. Exact keys through the record_key (kind, value) index, only the kinds the text can be: an
    // e-mail address is no order number, and an openid is one ASCII word.
    QList<QPair<QString, QString>> exact; // (key kind, value) ; matchedOn derives from the kind
    const auto email = Normalizer::email(query);
    const QStringList phones = email ? QStringList() : m_normalizer.phoneCandidates(query);
    for (const QString& phone : phones) {
        exact.append({keykinds::Phone, phone});
    }
    if (email) {
        exact.append({keykinds::Email, *email});
    } else if (!phones.isEmpty() && isFormattedPhone(query)) {
        // "(415) 555-0100", "+86 139 0000 0042": written as a phone, so no order, ticket or record id.
    } else {
        const QString number = bareNumber(query);
        if (!number.isEmpty()) {
            exact.append({keykinds::Order, number});
            exact.append({keykinds::Ticket, number});
        }
        exact.append({keykinds::SourceId, query});
        if (isOpenIdShaped(query)) {
            exact.append({keykinds::WeChat, query});
        }
    }

    if (!m_statements) {
        auto made = std::make_shared<Statements>();
        const struct {
            QSqlQuery* q;
            QString sql;
        } statements[] = {
            {&made->key, QStringLiteral("SELECT DISTINCT pl.party_id FROM record_key rk JOIN party_link pl ON "
                                        "pl.record_id = rk.record_id WHERE rk.kind = ? AND rk.value = ? LIMIT ?")},
            {&made->prefix, QStringLiteral("SELECT id FROM party WHERE name_key >= ? AND name_key < ? || "
                                           "char(1114111) ORDER BY name_key, id LIMIT ?")},
            {&made->text, QStringLiteral("SELECT rowid FROM (SELECT rowid, rank FROM party_fts WHERE party_fts MATCH "
                                         "? LIMIT %1) ORDER BY rank LIMIT ?")
                              .arg(kFtsCandidates)},
            {&made->party, QStringLiteral("SELECT display_name, primary_email, primary_phone, segment, city, "
                                          "last_contact_ms FROM party WHERE id = ?")},
        };
        for (const auto& st : statements) {
            *st.q = QSqlQuery(m_db);
            st.q->setForwardOnly(true);
            if (!st.q->prepare(st.sql)) {
                return sql::error(*st.q, failed);
            }
        }
        m_statements = std::move(made);
    }
    QSqlQuery& keyQuery = m_statements->key;
    for (const auto& [kind, value] : std::as_const(exact)) {
        if (!sql::exec(keyQuery, {kind, value, limit})) {
            return sql::error(keyQuery, failed);
        }
        const QString on = (kind == keykinds::SourceId || kind == keykinds::WeChat) ? QStringLiteral("id") : kind;
        const qsizetype before = ids.size();
        collect(keyQuery, on);
        for (qsizetype i = before; i < ids.size(); ++i) {
            values[i] = (kind == keykinds::Phone || kind == keykinds::Email) ? QString() : value;
        }
    }

    // 2. Names and parts of keys. A whole phone number, e-mail address or number that found its
    // customer is the answer: the substring index would only add noise (and reads long posting
    // lists on a big cache). A name is matched by prefix first (party.name_key, in name order),
    // then anywhere through the FTS5 trigram index (three characters or more), of which at most
    // kFtsCandidates are ranked.
    const bool keyShaped = email || !phones.isEmpty() || isKeyShaped(query);
    if (ids.size() < limit && !(keyShaped && !ids.isEmpty())) {
        const QString key = Normalizer::nameKey(query);
        const bool shortKey = key.toUcs4().size() < 3;
        if (shortKey || !keyShaped) {
            QSqlQuery q(m_db);
            if (!q.prepare(QStringLiteral("SELECT id FROM party WHERE name_key >= ? AND name_key < ? || char(1114111) "
                                          "ORDER BY name_key, id LIMIT ?")) ||
                !sql::exec(q, {key, key, limit})) {
                return sql::error(q, failed);
            }
            collect(q, QStringLiteral("name"));
        }
        if (!shortKey && ids.size() < limit) {
            QSqlQuery q(m_db);
            if (!q.prepare(
                    QStringLiteral("SELECT rowid FROM (SELECT rowid, rank FROM party_fts WHERE party_fts MATCH ? "
                                   "LIMIT %1) ORDER BY rank LIMIT ?")
                        .arg(kFtsCandidates)) ||
                !sql::exec(q, {ftsPhrase(key), limit})) {
                return sql::error(q, failed);
            }
            // The trigram index holds names, e-mails, phones and ids: which field matched is decided
            // per result below ("text" until then).
            collect(q, QStringLiteral("text"));
        }
    }

    // 3. The summaries, in match order.
    QSqlQuery& party = m_statements->party;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!sql::exec(party, {ids.at(i)})) {
            return sql::error(party, failed);
        }
        if (party.next()) {
            PartySummary p{ids.at(i),
                           party.value(0).toString(),
                           party.value(1).toString(),
                           party.value(2).toString(),
                           party.value(3).toString(),
                           matched.at(i),
                           party.value(4).toString(),
                           party.value(5).isNull()
                               ? QDateTime()
                               : QDateTime::fromMSecsSinceEpoch(party.value(5).toLongLong(), Qt::UTC),
                           values.value(i)};
            if (p.matchedOn == QLatin1String("text")) {
                p.matchedOn = textMatchField(query, p);
            }
            out.append(p);
        }
        party.finish();
    }
    qCDebug(lcStorage) << "search returned" << out.size() << "parties"; // never the query text: it is PII
    return out;
}

} // namespace c360

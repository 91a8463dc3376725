#include "models/Log.h"
#include "models/Queries.h"
#include "models/RecordFacts.h"
#include "models/SqlStatement.h"
#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

// A WeChat openid or id: one word of ASCII letters, digits, "_" and "-", with a letter (WeChat ids start with
// one, openids are "o" and 27 more characters; a number is no WeChat key).
bool isOpenIdShaped(const QString& query) {
    bool letter = false;
    for (const QChar c : query) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'_' || c == u'-')) {
            return false;
        }
        letter = letter || c.isLetter();
    }
    return letter;
}

// How many substring matches are ranked at most (a common name on a big cache has tens of thousands).
constexpr int kFtsCandidates = 1000;

} // namespace

struct SearchRepository::Statements {
    // A key's customers with their summaries, in one indexed SELECT (a record id among the kinds: the record with
    // that id in each stream); and one customer's summary by id.
    sql::Statement key, party, prefix, text;
    // The streams that hold live records, walked a probe or two each (the next stream of the same source, else the
    // first of the next source) when the cache changed since the last walk (`version`).
    sql::Statement version, nextStream, nextSource;
    QVariant streams;        // JSON [[source, stream], ...] as last walked; null before the first walk
    QString streamsWalkedAt; // the cache's version then: "data_version/total_changes()"

    // Walks the streams again if the cache changed since the last walk; the statement that failed, else null.
    sql::Statement* refreshStreams();
};

namespace {
constexpr auto kSummaryColumns = "p.id, p.display_name, p.primary_email, p.primary_phone, p.segment, p.city, "
                                 "p.last_contact_ms";

// The summary of the row the statement is on (kSummaryColumns from column `first`), matched on `on`.
PartySummary summaryOf(const sql::Statement& q, int first, const QString& on, const QString& value) {
    const QVariant last = q.value(first + 6);
    return PartySummary{q.value(first).toLongLong(),
                        q.value(first + 1).toString(),
                        q.value(first + 2).toString(),
                        q.value(first + 3).toString(),
                        q.value(first + 4).toString(),
                        on,
                        q.value(first + 5).toString(),
                        last.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(last.toLongLong(), Qt::UTC),
                        value};
}

// How many key kinds one value is looked up as in record_key by one statement ("1001": order, ticket; a record id is
// looked up by the same statement in source_record).
constexpr int kKindsPerValue = 4;

bool contains(const QList<PartySummary>& list, qint64 id) {
    return std::any_of(list.cbegin(), list.cend(), [id](const PartySummary& p) { return p.id == id; });
}
} // namespace

sql::Statement* SearchRepository::Statements::refreshStreams() {
    if (!version.exec({})) {
        return &version;
    }
    const QString now = version.next() ? version.value(0).toString() : QString();
    version.finish();
    if (!streams.isNull() && now == streamsWalkedAt) {
        return nullptr;
    }
    QJsonArray walked;
    QString source = QStringLiteral(""), stream = QStringLiteral(""); // empty, not null: before any stream
    for (;;) {
        bool more = false;
        for (sql::Statement* next : {&nextStream, &nextSource}) {
            if (!(next == &nextStream ? next->exec({source, stream}) : next->exec({source}))) {
                return next;
            }
            more = next->next();
            if (more) {
                source = next->value(0).toString();
                stream = next->value(1).toString();
            }
            next->finish();
            if (more) {
                break;
            }
        }
        if (!more) {
            break;
        }
        walked.append(QJsonArray{source, stream});
    }
    streams = QString::fromUtf8(QJsonDocument(walked).toJson(QJsonDocument::Compact));
    streamsWalkedAt = now;
    return nullptr;
}

QString SearchRepository::keySql() {
    const QString columns = QLatin1String(kSummaryColumns);
    return QStringLiteral("SELECT rk.kind, %1 FROM record_key rk JOIN party_link pl ON pl.record_id = rk.record_id "
                          "JOIN party p ON p.id = pl.party_id WHERE rk.value = ?1 AND rk.kind IN (?2, ?3, ?4, ?5) "
                          "UNION ALL SELECT '%2', %1 FROM source_record sr JOIN party_link pl ON pl.record_id = "
                          "sr.id JOIN party p ON p.id = pl.party_id WHERE sr.source_id = ?1 AND +sr.deleted = 0 AND "
                          "(sr.source, sr.stream) IN (SELECT json_extract(value, '$[0]'), json_extract(value, "
                          "'$[1]') FROM json_each(?6))")
        .arg(columns, keykinds::SourceId);
}

QString SearchRepository::nextStreamSql() {
    return QStringLiteral("SELECT source, stream FROM source_record WHERE deleted = 0 AND source = ? AND stream > ? "
                          "ORDER BY stream LIMIT 1");
}

QString SearchRepository::nextSourceSql() {
    return QStringLiteral("SELECT source, stream FROM source_record WHERE deleted = 0 AND source > ? ORDER BY source, "
                          "stream LIMIT 1");
}

SearchRepository::SearchRepository(QSqlDatabase db, const Normalizer& normalizer)
    : m_db(std::move(db))
    , m_normalizer(normalizer) {}

Result<QList<PartySummary>> SearchRepository::search(const QString& rawQuery, int limit) const {
    const QString query = rawQuery.simplified();
    QList<PartySummary> out;
    if (query.isEmpty() || limit <= 0) {
        return out;
    }
    const auto failed = [] { return tr("The search could not be run."); };

    // 1. Exact keys through the record_key (kind, value) index, only the kinds the text can be: an
    // e-mail address is no order number, and an openid is one ASCII word.
    QList<QPair<QString, QString>> exact; // (key kind, value) ; matchedOn derives from the kind
    const auto email = Normalizer::email(query);
    const QStringList phones = email ? QStringList() : m_normalizer.phoneSearchKeys(query);
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
        const QString columns = QLatin1String(kSummaryColumns);
        const struct {
            sql::Statement* q;
            QString sql;
        } statements[] = {
            {&made->key, keySql()},
            {&made->party, QStringLiteral("SELECT %1 FROM party p WHERE p.id = ?").arg(columns)},
            {&made->prefix, QStringLiteral("SELECT id FROM party WHERE name_key >= ? AND name_key < ? || "
                                           "char(1114111) ORDER BY name_key, id LIMIT ?")},
            {&made->text, QStringLiteral("SELECT rowid FROM (SELECT rowid, rank FROM party_fts WHERE party_fts MATCH "
                                         "? LIMIT %1) ORDER BY rank LIMIT ?")
                              .arg(kFtsCandidates)},
            // A change committed by another connection moves data_version; one of this connection, total_changes().
            {&made->version, QStringLiteral("SELECT data_version || '/' || total_changes() FROM pragma_data_version")},
            // The streams one by one through source_record_live (deleted, source, stream): a probe or two each (a
            // row value's range, (source, stream) > (?, ?), would seek by the source alone and read the rest of its
            // records: 111 ms for a search at 100,000 customers).
            {&made->nextStream, nextStreamSql()},
            {&made->nextSource, nextSourceSql()},
        };
        for (const auto& st : statements) {
            if (!st.q->prepare(m_db, st.sql)) {
                return sql::error(*st.q, failed());
            }
        }
        m_statements = std::move(made);
    }
    Statements& st = *m_statements;
    // The key's customers come with their summaries (a customer with the key on several records once). The kinds
    // a value can be are looked up by one statement (one probe of the index per kind, one of source_record's
    // (source, stream, source_id) index per stream for a record id), and their customers listed in the order of
    // `exact`: phone, e-mail, order, ticket, record id.
    QList<QList<PartySummary>> found(exact.size());
    QList<bool> done(exact.size(), false);
    for (qsizetype first = 0; first < exact.size(); ++first) {
        if (done.at(first)) {
            continue; // looked up with an earlier kind of the same value
        }
        const QString& value = exact.at(first).second;
        QVariantList binds{value};
        QVariant streams;       // null: not looked up as a record id
        QList<qsizetype> bound; // exact's index of each kind bound
        for (qsizetype i = first; i < exact.size(); ++i) {
            if (done.at(i) || exact.at(i).second != value) {
                continue;
            }
            if (exact.at(i).first == keykinds::SourceId) {
                if (sql::Statement* broken = st.refreshStreams()) {
                    return sql::error(*broken, failed());
                }
                streams = st.streams;
            } else if (binds.size() > kKindsPerValue) {
                continue; // looked up by the next statement
            } else {
                binds << exact.at(i).first;
            }
            bound << i;
            done[i] = true;
        }
        while (binds.size() <= kKindsPerValue) {
            binds << QVariant(); // NULL: no such kind
        }
        binds << streams;
        if (!st.key.exec(binds)) {
            return sql::error(st.key, failed());
        }
        const auto full = [&] {
            return std::all_of(bound.cbegin(), bound.cend(), [&](qsizetype i) { return found.at(i).size() >= limit; });
        };
        while (!full() && st.key.next()) {
            const QString kind = st.key.value(0).toString();
            const qint64 id = st.key.value(1).toLongLong();
            for (const qsizetype i : std::as_const(bound)) {
                if (exact.at(i).first == kind && found.at(i).size() < limit && !contains(found.at(i), id)) {
                    const QString on =
                        kind == keykinds::WeChat || kind == keykinds::SourceId ? QStringLiteral("id") : kind;
                    const bool shown = kind != keykinds::Phone && kind != keykinds::Email;
                    found[i].append(summaryOf(st.key, 1, on, shown ? value : QString()));
                }
            }
        }
        st.key.finish();
    }
    for (const QList<PartySummary>& hits : std::as_const(found)) {
        for (const PartySummary& p : hits) {
            if (out.size() < limit && !contains(out, p.id)) {
                out.append(p);
            }
        }
    }

    // 2. Names and parts of keys. A whole phone number, e-mail address or number that found its
    // customer is the answer: the substring index would only add noise (and reads long posting
    // lists on a big cache). A name is matched by prefix first (party.name_key, in name order),
    // then anywhere through the FTS5 trigram index (three characters or more), of which at most
    // kFtsCandidates are ranked.
    QList<qint64> named;
    QList<QString> namedOn;
    const auto collect = [&](sql::Statement& q, const QString& on) {
        while (out.size() + named.size() < limit && q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!contains(out, id) && !named.contains(id)) {
                named << id;
                namedOn << on;
            }
        }
        q.finish();
    };
    const bool keyShaped = email || !phones.isEmpty() || isKeyShaped(query);
    if (out.size() < limit && !(keyShaped && !out.isEmpty())) {
        const QString key = Normalizer::nameKey(query);
        const bool shortKey = key.toUcs4().size() < 3;
        if (shortKey || !keyShaped) {
            if (!sql::exec(st.prefix, {key, key, limit})) {
                return sql::error(st.prefix, failed());
            }
            collect(st.prefix, QStringLiteral("name"));
        }
        if (!shortKey && out.size() + named.size() < limit) {
            if (!sql::exec(st.text, {ftsPhrase(key), limit})) {
                return sql::error(st.text, failed());
            }
            // The trigram index holds names, e-mails, phones and ids: which field matched is decided
            // per result below ("text" until then).
            collect(st.text, QStringLiteral("text"));
        }
    }

    // 3. The summaries of name and text matches, in match order.
    for (qsizetype i = 0; i < named.size(); ++i) {
        if (!sql::exec(st.party, {named.at(i)})) {
            return sql::error(st.party, failed());
        }
        if (st.party.next()) {
            PartySummary p = summaryOf(st.party, 0, namedOn.at(i), QString());
            if (p.matchedOn == QLatin1String("text")) {
                p.matchedOn = textMatchField(query, p);
            }
            out.append(p);
        }
        st.party.finish();
    }
    qCDebug(lcStorage) << "search returned" << out.size() << "parties"; // never the query text: it is PII
    return out;
}

} // namespace c360

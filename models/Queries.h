#pragma once

#include "models/Normalize.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace c360 {

// ---- read side: plain data --------------------------------------------------------------

struct PartySummary {
    qint64 id = 0;
    QString name;
    QString email; // primary
    QString phone; // primary, E.164
    QString segment;
    QString matchedOn; // "phone", "email", "name", "order", "ticket", "id"
    // To tell namesakes apart.
    QString city;
    QDateTime lastContact; // newest non-system event; invalid when none
    QString matchedValue;  // order / ticket number or record id that matched (empty for name, phone, email)
};

struct PartyHeader {
    qint64 id = 0;
    QString name;
    QStringList emails;
    QStringList phones; // E.164
    QStringList wechat; // openids
    QString segment;
    QString city;
    double lifetimeValue = 0; // sum of order totals minus returns, in `currency`
    QString currency;
    int orderCount = 0;
    int openTickets = 0;
    QDateTime lastContact; // newest non-system event
    QStringList sources;   // distinct sources linked
    int linkedRecords = 0;
};

struct TimelineEvent {
    qint64 id = 0;
    qint64 partyId = 0;
    qint64 recordId = 0;
    QDateTime occurredAt; // UTC
    QString kind;         // see models/EventKinds.h
    QString source;
    QString stream;
    QString sourceId;
    QString title;
    QString summary;
    bool system = false; // a system field change, folded away by default
    // The agent's own writes (source "agent"): the record the write became at its source once sent
    // ("helpdesk/comments/8000000123"), when the source's answer named it; "" otherwise.
    QString writtenAs;
    // A comment's author named by reference (a Zendesk comment's author_id), by the name of their record.
    QString actor;
};

struct EventDetail {
    TimelineEvent event;
    QList<QPair<QString, QString>> fields; // label -> value, ready to show
    QByteArray raw;                        // the source record as received (pretty JSON)
};

struct TimelineFilter {
    QStringList kinds;   // empty: all
    QStringList sources; // empty: all
    bool includeSystem = false;
};

struct TimelineKey {
    qint64 occurredAtMs = 0;
    qint64 id = 0;
};

// ---- repositories (any thread, with that thread's connection) ---------------------------

class SearchRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::SearchRepository)

public:
    SearchRepository(QSqlDatabase db, const Normalizer& normalizer);
    // Name (FTS5 trigram; CJK names of one or two characters by prefix), phone in any written
    // form, email, order number, ticket number, source id. Best matches first.
    Result<QList<PartySummary>> search(const QString& query, int limit = 50) const;
    // The SQL search() runs (for EXPLAIN QUERY PLAN checks). A key: binds the value, four key kinds (NULL for none)
    // and the streams a record id is looked up in (JSON [[source, stream], ...]; NULL: no record id). The next
    // stream with live records: binds a source and a stream; the first stream of the next source: binds a source.
    static QString keySql();
    static QString nextStreamSql();
    static QString nextSourceSql();

private:
    struct Statements; // prepared on first use and kept: parsing the SQL cost more than a key lookup
    QSqlDatabase m_db;
    const Normalizer& m_normalizer;
    mutable std::shared_ptr<Statements> m_statements;
};

class PartyRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::PartyRepository) // the context lupdate gives the members' tr() calls

public:
    explicit PartyRepository(QSqlDatabase db);
    Result<std::optional<PartyHeader>> header(qint64 partyId) const;
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

class TimelineRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::TimelineRepository)

public:
    explicit TimelineRepository(QSqlDatabase db);
    // Newest first; keyset paging: pass the last row's key to get the next page.
    Result<QList<TimelineEvent>> page(qint64 partyId, const TimelineFilter& filter, std::optional<TimelineKey> after,
                                      int limit) const;
    Result<EventDetail> detail(qint64 eventId) const;
    // Distinct kinds and sources present for the party (for the filter menus).
    Result<QStringList> kinds(qint64 partyId) const;
    Result<QStringList> sources(qint64 partyId) const;
    Result<qint64> count(qint64 partyId, const TimelineFilter& filter) const;
    // The SQL page() runs (for EXPLAIN QUERY PLAN checks): binds party id, the filter's kinds, then
    // sources, then (with keyset) occurred_ms and id, then the limit.
    static QString pageSql(const TimelineFilter& filter, bool keyset);

private:
    QSqlDatabase m_db;
};

using SourceStreamCounts = QMap<QString, QMap<QString, qint64>>; // source -> stream -> count

class StatsRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::StatsRepository) // the context lupdate gives the members' tr() calls

public:
    explicit StatsRepository(QSqlDatabase db);
    // Live (not deleted) source records per source and stream, the same keys as c360-backend --stats.
    Result<SourceStreamCounts> liveRecordCounts() const;
    Result<qint64> partyCount() const;
    Result<qint64> eventCount() const;
    Result<qint64> quarantineCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace c360

#include "sync/OutboxStore.h"

#include "models/Migrations.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace c360::sync {

namespace {

Error sqlError(const QSqlQuery& q, const QString& message) {
    return Error{message, q.lastError().text()};
}

// Schema steps of the outbox file, each in its own transaction, version in PRAGMA user_version.
// v1: the agent's writes with their idempotency key, per-customer order and retry bookkeeping.
// v2: result_ref (see below).
// This is the only outbox schema: models/Database refuses a file newer than kSchemaVersion (passed
// as Options::newestSchema) before it writes anything, and leaves the migration to migrate() here.
struct Step {
    int version;
    QList<const char*> statements;
};

const QList<Step>& steps() {
    static const QList<Step> all = {
        {1,
         {R"(CREATE TABLE outbox(
                id INTEGER PRIMARY KEY,
                party_id INTEGER,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_ms INTEGER NOT NULL,
                updated_ms INTEGER NOT NULL,
                customer_key TEXT NOT NULL DEFAULT '',
                http_status INTEGER NOT NULL DEFAULT 0,
                next_attempt_ms INTEGER NOT NULL DEFAULT 0))",
          "CREATE INDEX outbox_state ON outbox(state, id)",
          "CREATE INDEX outbox_customer ON outbox(customer_key, id)"}},
        // v2: the record a sent write became at its source ("helpdesk/comments/8000000123"), when the
        // answer named it: the timeline shows that synced record instead of the agent's own copy.
        {2, {"ALTER TABLE outbox ADD COLUMN result_ref TEXT"}},
        // v3: edit conflicts. States 'conflict' (the record changed on the server since the agent saw it;
        // waits for the agent) and 'discarded' (the agent took the server's version); `conflict` holds the
        // server's version. SQLite cannot change a CHECK: the table is rebuilt, rows and ids kept.
        {3,
         {R"(CREATE TABLE outbox_v3(
                id INTEGER PRIMARY KEY,
                party_id INTEGER,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sent', 'failed', 'conflict', 'discarded')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_ms INTEGER NOT NULL,
                updated_ms INTEGER NOT NULL,
                customer_key TEXT NOT NULL DEFAULT '',
                http_status INTEGER NOT NULL DEFAULT 0,
                next_attempt_ms INTEGER NOT NULL DEFAULT 0,
                result_ref TEXT,
                conflict TEXT))",
          "INSERT INTO outbox_v3(id, party_id, kind, payload, idempotency_key, state, attempts, last_error, "
          "created_ms, "
          "updated_ms, customer_key, http_status, next_attempt_ms, result_ref) SELECT id, party_id, kind, payload, "
          "idempotency_key, state, attempts, last_error, created_ms, updated_ms, customer_key, http_status, "
          "next_attempt_ms, result_ref FROM outbox",
          "DROP TABLE outbox", "ALTER TABLE outbox_v3 RENAME TO outbox",
          "CREATE INDEX outbox_state ON outbox(state, id)",
          "CREATE INDEX outbox_customer ON outbox(customer_key, id)"}},
    };
    return all;
}

constexpr const char* kColumns =
    "id, kind, customer_key, party_id, payload, idempotency_key, state, attempts, "
    "last_error, http_status, created_ms, updated_ms, next_attempt_ms, result_ref, conflict";

QDateTime fromMs(const QVariant& v) {
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

OutboxItem readItem(const QSqlQuery& q) {
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString();
    i.customerKey = q.value(2).toString();
    i.partyId = q.value(3).toLongLong();
    i.payload = q.value(4).toByteArray();
    i.idempotencyKey = q.value(5).toString();
    i.state = q.value(6).toString();
    i.attempts = q.value(7).toInt();
    i.lastError = q.value(8).toString();
    i.httpStatus = q.value(9).toInt();
    i.createdAt = fromMs(q.value(10));
    i.updatedAt = fromMs(q.value(11));
    i.nextAttemptAt = fromMs(q.value(12));
    i.resultRef = q.value(13).toString();
    i.serverVersion = q.value(14).toByteArray();
    return i;
}

} // namespace

OutboxStore::OutboxStore(Database db)
    : m_db(std::move(db)) {}

Result<OutboxStore> OutboxStore::open(const QString& path, const QString& connectionName) {
    Database::Options options;
    options.kind = Database::Kind::Outbox; // synchronous=FULL
    options.migrate = false;               // our own steps below
    options.newestSchema = kSchemaVersion;
    auto db = Database::open(path, connectionName, options);
    if (!db) {
        return db.error();
    }
    OutboxStore store(std::move(*db));
    if (Status s = store.migrate(); !s) {
        return s.error();
    }
    return store;
}

Status OutboxStore::migrate() {
    QSqlDatabase db = m_db.handle();
    const int current = Migrations::userVersion(db);
    if (current < 0) { // unreadable (e.g. the file was replaced under a running C360): nothing is written to it
        return Error{tr("The outbox %1 could not be read. Nothing was changed in it; close the other C360 windows "
                        "and try again.")
                         .arg(m_db.path()),
                     db.lastError().text()};
    }
    if (current > kSchemaVersion) {
        return Error{tr("The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.")
                         .arg(m_db.path())
                         .arg(current)
                         .arg(kSchemaVersion),
                     {}};
    }
    for (const Step& step : steps()) {
        if (step.version <= current) {
            continue;
        }
        Transaction tx(db);
        if (!tx.active()) {
            return Error{tr("The outbox could not be upgraded."), db.lastError().text()};
        }
        QSqlQuery q(db);
        for (const char* statement : step.statements) {
            if (!q.exec(QString::fromUtf8(statement))) {
                return sqlError(q, tr("The outbox could not be upgraded to schema %1.").arg(step.version));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            return sqlError(q, tr("The outbox could not be upgraded to schema %1.").arg(step.version));
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
    }
    return {};
}

Result<OutboxItem> OutboxStore::enqueue(const QString& kind, const QString& customerKey, qint64 partyId,
                                        const QByteArray& payload, const QDateTime& now) {
    OutboxItem item;
    item.kind = kind;
    item.customerKey = customerKey;
    item.partyId = partyId;
    item.payload = payload;
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.createdAt = item.updatedAt = item.nextAttemptAt = now.toUTC();
    QSqlQuery q(m_db.handle());
    if (!q.prepare(
            QStringLiteral("INSERT INTO outbox(kind, customer_key, party_id, payload, idempotency_key, state, "
                           "created_ms, updated_ms, next_attempt_ms) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)"))) {
        return sqlError(q, tr("Could not save the change in the outbox."));
    }
    for (const QVariant& v : QVariantList{kind, customerKey, partyId, QString::fromUtf8(payload), item.idempotencyKey,
                                          now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()}) {
        q.addBindValue(v);
    }
    if (!q.exec()) { // autocommit: durable (synchronous=FULL) when exec returns
        return sqlError(q, tr("Could not save the change in the outbox."));
    }
    item.id = q.lastInsertId().toLongLong();
    return item;
}

Result<QList<OutboxItem>> OutboxStore::due(const QDateTime& now, int limit) const {
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                   QStringLiteral(" FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?"))) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    // Oldest first; a customer whose oldest pending item is not due yet waits as a whole (order).
    QList<OutboxItem> out;
    QSet<QString> waiting;
    while (q.next()) {
        OutboxItem i = readItem(q);
        if (waiting.contains(i.customerKey)) {
            continue;
        }
        if (i.nextAttemptAt > now) {
            waiting.insert(i.customerKey);
            continue;
        }
        out.append(std::move(i));
    }
    return out;
}

Result<QList<OutboxItem>> OutboxStore::list(const QString& state, int limit) const {
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    const QString where = state.isEmpty() ? QString() : QStringLiteral(" WHERE state = ?");
    if (!q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM outbox") + where +
                   QStringLiteral(" ORDER BY id DESC LIMIT ?"))) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    if (!state.isEmpty()) {
        q.addBindValue(state);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    QList<OutboxItem> out;
    while (q.next()) {
        out.append(readItem(q));
    }
    return out;
}

Result<std::optional<OutboxItem>> OutboxStore::item(qint64 id) const {
    QSqlQuery q(m_db.handle());
    if (!q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM outbox WHERE id = ?"))) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    if (!q.next()) {
        return std::optional<OutboxItem>();
    }
    return std::optional<OutboxItem>(readItem(q));
}

Result<OutboxCounts> OutboxStore::counts() const {
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"))) {
        return sqlError(q, tr("Could not read the outbox."));
    }
    OutboxCounts c;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (state == QLatin1String("pending")) {
            c.pending = n;
        } else if (state == QLatin1String("sent")) {
            c.sent = n;
        } else if (state == QLatin1String("conflict")) {
            c.conflict = n;
        } else if (state == QLatin1String("discarded")) {
            c.discarded = n;
        } else {
            c.failed = n;
        }
    }
    return c;
}

Status OutboxStore::update(const QString& sql, const QVariantList& values, bool mustChange) {
    QSqlQuery q(m_db.handle());
    if (!q.prepare(sql)) {
        return sqlError(q, tr("Could not update the outbox."));
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return sqlError(q, tr("Could not update the outbox."));
    }
    if (mustChange && q.numRowsAffected() < 1) {
        return Error{tr("This item is no longer in conflict (it was resolved already)."), sql};
    }
    return {};
}

Status OutboxStore::markSent(qint64 id, int httpStatus, const QDateTime& now, const QString& resultRef) {
    return update(QStringLiteral("UPDATE outbox SET state = 'sent', attempts = attempts + 1, http_status = ?, "
                                 "last_error = NULL, updated_ms = ?, result_ref = coalesce(?, result_ref) "
                                 "WHERE id = ?"),
                  {httpStatus, now.toMSecsSinceEpoch(),
                   resultRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(resultRef), id});
}

Status OutboxStore::markFailed(qint64 id, int httpStatus, const QString& reason, const QDateTime& now) {
    return update(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, http_status = ?, "
                                 "last_error = ?, updated_ms = ? WHERE id = ?"),
                  {httpStatus, reason, now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::markRetry(qint64 id, const QString& error, const QDateTime& nextAttempt, const QDateTime& now) {
    return update(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_ms = ?, "
                                 "updated_ms = ? WHERE id = ? AND state = 'pending'"),
                  {error, nextAttempt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::makeDueNow(const QDateTime& now) {
    return update(
        QStringLiteral("UPDATE outbox SET next_attempt_ms = ? WHERE state = 'pending' AND next_attempt_ms > ?"),
        {now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()});
}

Status OutboxStore::retry(qint64 id, const QDateTime& now) {
    return update(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_ms = ?, updated_ms = ? "
                                 "WHERE id = ? AND state = 'failed'"),
                  {now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::markConflict(qint64 id, int httpStatus, const QString& reason, const QByteArray& serverVersion,
                                 const QDateTime& now) {
    return update(QStringLiteral("UPDATE outbox SET state = 'conflict', attempts = attempts + 1, http_status = ?, "
                                 "last_error = ?, conflict = ?, updated_ms = ? WHERE id = ?"),
                  {httpStatus, reason, QString::fromUtf8(serverVersion), now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::keepMine(qint64 id, const QByteArray& payload, const QDateTime& now) {
    return update(
        QStringLiteral("UPDATE outbox SET state = 'pending', payload = ?, idempotency_key = ?, conflict = NULL, "
                       "last_error = NULL, http_status = 0, next_attempt_ms = ?, updated_ms = ? "
                       "WHERE id = ? AND state = 'conflict'"),
        {QString::fromUtf8(payload), QUuid::createUuid().toString(QUuid::WithoutBraces), now.toMSecsSinceEpoch(),
         now.toMSecsSinceEpoch(), id},
        true);
}

Status OutboxStore::discard(qint64 id, const QDateTime& now) {
    return update(
        QStringLiteral("UPDATE outbox SET state = 'discarded', updated_ms = ? WHERE id = ? AND state = 'conflict'"),
        {now.toMSecsSinceEpoch(), id}, true);
}

} // namespace c360::sync

#pragma once

#include "models/Database.h"
#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace c360::sync {

// What the agent asked for; the backend endpoint is /outbox/v1/<kind>.
// note | wrap_up | nba_feedback | ticket_create | order_cancel | order_address
struct OutboxItem {
    qint64 id = 0;
    QString kind;
    QString customerKey; // stable customer identity (e.g. "email:wang@qq.com"): items of one customer go in order
    qint64 partyId = 0;  // the cache's party at the time of writing (may be gone after a cache reset)
    QByteArray payload;  // JSON body sent to the backend
    QString idempotencyKey;
    // pending | sent | failed | conflict (the record changed on the server: waits for the agent) |
    // discarded (a conflict the agent resolved by taking the server's version)
    QString state = QStringLiteral("pending");
    int attempts = 0;
    QString lastError; // the backend's reason for a permanent rejection, or the last transient failure
    int httpStatus = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;  // pending items are not pushed before this
    QString resultRef;        // sent: the record it became at its source ("helpdesk/comments/8000000123"), if named
    QByteArray serverVersion; // conflict: the server's version (WriteOutcome::serverVersion JSON)
};

struct OutboxCounts {
    qint64 pending = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 conflict = 0;  // waiting for the agent to resolve
    qint64 discarded = 0; // conflicts resolved by taking the server's version
};

// The outbox: agent writes kept durably until the backend has them. Its own SQLite file
// (synchronous=FULL, WAL), so it survives a cache reset; opened through models' Database with
// Kind::Outbox and migrate=false, and migrated here by its own user_version steps (schema 3).
// Every method uses this object's connection, i.e. the thread that opened it.
class OutboxStore {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::OutboxStore)

public:
    static Result<OutboxStore> open(const QString& path, const QString& connectionName);

    OutboxStore(OutboxStore&&) noexcept = default;
    OutboxStore& operator=(OutboxStore&&) noexcept = default;

    // Writes the item (new idempotency key, state pending) and returns it with its id. Durable on return.
    Result<OutboxItem> enqueue(const QString& kind, const QString& customerKey, qint64 partyId,
                               const QByteArray& payload, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Pending items due at `now`, oldest first.
    Result<QList<OutboxItem>> due(const QDateTime& now = QDateTime::currentDateTimeUtc(), int limit = 500) const;
    // Items in a state ("" = all), newest first.
    Result<QList<OutboxItem>> list(const QString& state = {}, int limit = 200) const;
    Result<std::optional<OutboxItem>> item(qint64 id) const;
    Result<OutboxCounts> counts() const;

    // `resultRef`: the record the write became at its source ("source/stream/id"), when known.
    Status markSent(qint64 id, int httpStatus, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                    const QString& resultRef = {});
    Status markFailed(qint64 id, int httpStatus, const QString& reason,
                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    Status markRetry(qint64 id, const QString& error, const QDateTime& nextAttempt,
                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The connection is back: every pending item waiting out a backoff is due at `now`.
    Status makeDueNow(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The agent's "retry" on a failed item: pending again, due now, same idempotency key.
    Status retry(qint64 id, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The record changed on the server: kept (never retried by itself, never dropped) with the server's version.
    Status markConflict(qint64 id, int httpStatus, const QString& reason, const QByteArray& serverVersion,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    // "Keep mine": a conflict goes out again with `payload` (rebased on the server's version, maybe edited)
    // under a new idempotency key (the refused request and this one are two requests). Error when the item
    // is not in conflict (any more).
    Status keepMine(qint64 id, const QByteArray& payload, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // "Take the server's": the conflicted write is discarded (kept as a row, never sent).
    Status discard(qint64 id, const QDateTime& now = QDateTime::currentDateTimeUtc());

    QSqlDatabase db() const { return m_db.handle(); }
    QString path() const { return m_db.path(); }

    static constexpr int kSchemaVersion = 3;

private:
    explicit OutboxStore(Database db);
    Status migrate();
    Status update(const QString& sql, const QVariantList& values, bool mustChange = false);

    Database m_db;
};

} // namespace c360::sync

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace c360 {

// Owns one named QSqlDatabase connection (QSQLITE) for the thread that opened it.
// open() sets and verifies the PRAGMA policy (WAL, synchronous, foreign_keys, busy_timeout),
// refuses a database newer than this program and applies the migrations.
class Database {
    Q_DECLARE_TR_FUNCTIONS(c360::Database)

public:
    enum class Kind { Cache, Outbox, Audit };
    struct Options {
        Kind kind = Kind::Cache; // Outbox, Audit: synchronous=FULL, schema migrated by their owner
        bool migrate = true;     // apply pending cache migrations on open (Kind::Cache only)
        // The newest schema this program understands; a newer file is refused before anything is
        // written to it. 0: the cache's or the audit log's own. The outbox's owner
        // (sync::OutboxStore) passes its version: an outbox opened without one is refused.
        int newestSchema = 0;
        int busyTimeoutMs = 5000;
        int cacheSizeKiB = 32 * 1024; // SQLite page cache per connection (PRAGMA cache_size = -KiB)
    };

    static Result<Database> open(const QString& path, const QString& connectionName, Options options);
    static Result<Database> open(const QString& path, const QString& connectionName) {
        return open(path, connectionName, Options{});
    }

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database(); // closes and removes the named connection

    QSqlDatabase handle() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }
    int schemaVersion() const;

private:
    Database(QString path, QString name);
    void close();
    QString m_path;
    QString m_name;
};

// RAII transaction: commit() explicitly; rolls back in the destructor otherwise.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(c360::Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool active() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// While it lives, the connection reads the cache file through a memory map (PRAGMA mmap_size) instead of a read()
// per page: a sync or a resolution probes pages all over a cache of gigabytes, far more than its page cache holds,
// and each page missed cost a system call and a copy (an incremental sync of 100,000 customers read 4.9 GB that
// way). SQLite caps the map at its build's limit (2 GiB on Debian 12) and still writes through the log. The map
// counts in the process's resident size while it lives (file pages the kernel can drop at will); it is released
// when the guard goes. An in-memory database has no file to map: nothing changes.
//
// The first read of each part of the map is a page fault (on this project's 2-core VM some 12 µs each, 40,000 of them
// in an incremental sync of 100,000 customers). On Linux, a thread of the guard's own enters the pages of the file the
// system already holds in memory into the map at once (MADV_POPULATE_READ, a few tens of milliseconds for 2 GiB);
// pages the system does not hold are left to be read when SQLite needs them (no disk read for a page it never does).
class MappedReads {
public:
    explicit MappedReads(QSqlDatabase db, qint64 bytes = kDefaultBytes);
    ~MappedReads();
    MappedReads(const MappedReads&) = delete;
    MappedReads& operator=(const MappedReads&) = delete;
    // The map size in effect (0: none), as PRAGMA mmap_size reports it.
    qint64 bytes() const;
    // Waits for the thread that enters the held pages into the map; the bytes it entered (0: none, or not Linux).
    qint64 waitPrefaulted();

    static constexpr qint64 kDefaultBytes = 2LL * 1024 * 1024 * 1024;

private:
    struct Prefault;
    QSqlDatabase m_db;
    qint64 m_before = -1; // the connection's map size before (-1: unknown, left as it is)
    std::unique_ptr<Prefault> m_prefault;
};

} // namespace c360

#include "models/PartyReadAhead.h"

#include "models/Database.h"
#include "models/Log.h"
#include "models/SqlStatement.h"

#include <QSqlQuery>

namespace c360 {

PartyReadAhead::PartyReadAhead(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_name(std::move(connectionName))
    , m_thread([this] { run(); }) {}

PartyReadAhead::~PartyReadAhead() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PartyReadAhead::request(qint64 after, int batch, qint64 version) {
    {
        const std::lock_guard lock(m_mutex);
        m_request = Request{after, batch};
        m_version = version;
        m_done.reset();
    }
    m_wake.notify_all();
}

std::shared_ptr<PartyAggregator::ManyReads> PartyReadAhead::take(qint64 version) {
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_request && !m_reading; });
    auto done = std::exchange(m_done, nullptr);
    if (done && (version < 0 || version != m_version)) {
        qCDebug(lcStorage) << "read-ahead dropped: another connection committed since it was asked for";
        done.reset();
    }
    m_taken += done ? 1 : 0;
    return done;
}

qint64 PartyReadAhead::dataVersion(const QSqlDatabase& db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

void PartyReadAhead::run() {
    Database::Options options;
    options.migrate = false; // the writer's connection owns the schema
    auto db = Database::open(m_path, m_name, options);
    if (!db) {
        // The writer reads every batch itself, as without this thread.
        qCWarning(lcStorage) << "the recompute's read-ahead could not open the cache:" << db.error().detail;
    }
    sql::Statement marks, parties;
    std::optional<ReportFacts> facts; // what the contact facts and stages read, on this connection
    if (db) {
        facts.emplace(db->handle());
    }
    const bool ready =
        db &&
        marks.prepare(db->handle(), QStringLiteral("SELECT party_id, changes FROM party_dirty WHERE party_id > ? "
                                                   "ORDER BY party_id LIMIT ?")) &&
        parties.prepare(db->handle(), QStringLiteral("SELECT count(*) FROM party"));
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_request; });
        if (m_stop) {
            break;
        }
        const Request request = *m_request;
        m_request.reset();
        m_reading = true;
        lock.unlock();
        std::shared_ptr<PartyAggregator::ManyReads> reads;
        if (ready) {
            // The marks as the writer's next batch will read them (its dirtyBatch), and whether they are a quarter of
            // the cache (PartyAggregator::recompute's choice of passes, made again there).
            PartyChanges batch;
            if (marks.exec({request.after, request.batch})) {
                while (marks.next()) {
                    batch.insert(marks.int64(0), static_cast<int>(marks.int64(1)) & ~int(party_change::Merged));
                }
            }
            const bool marksRead = !marks.failed();
            marks.finish();
            qint64 count = -1;
            if (marksRead && parties.exec({}) && parties.next()) {
                count = parties.int64(0);
            }
            parties.finish();
            if (count >= 0 && batch.size() >= PartyAggregator::kManyParties && batch.size() * 4 >= count) {
                auto read = PartyAggregator::readAhead(db->handle(), batch, &*facts);
                if (read) {
                    reads = std::move(*read);
                } else {
                    qCDebug(lcStorage) << "read-ahead:" << read.error().detail;
                }
            }
        }
        lock.lock();
        m_reading = false;
        if (!m_request) {
            m_done = std::move(reads); // else a newer request replaced this one
        }
        m_wake.notify_all();
    }
}

} // namespace c360

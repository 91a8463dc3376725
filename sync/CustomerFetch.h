#pragma once

#include "models/Result.h"
#include "sync/SourcesFile.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace c360::sync {

// What a chosen list of customers would take before it is read: exact for the customers the cache holds,
// the cache's average per customer (or the reference company's, for an empty cache) for the others.
struct OfflineEstimate {
    int customers = 0;
    int cached = 0;
    qint64 records = 0;
    qint64 events = 0;
    double megabytes = 0.0;
};

struct FetchedCustomer {
    QString key;                 // as asked: an id, an e-mail address, a phone number
    std::optional<qint64> party; // the customer the cache now holds for it; nullopt: no source knows it
    QString name;
    qint64 events = 0; // timeline events readable offline
};

struct CustomerFetchReport {
    QList<FetchedCustomer> customers;
    SyncReport sync;
    int available() const;
    QStringList notFound() const;
};

// Reads chosen customers' full history from every source, off the UI thread (SyncEngine with
// SyncOptions::onlyCustomers: the stream checkpoints stay where they were), and keeps them in every later
// sync (ScopeRepository, reason "opened" or "offline"). Used by "Take offline…", `c360 take-offline`
// and opening a customer the cache does not hold.
class CustomerFetch {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::CustomerFetch)

public:
    explicit CustomerFetch(QSqlDatabase db);

    void setProgressCallback(std::function<void(const SyncProgress&)> callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // The keys of a pasted or loaded list: one per line or separated by commas, semicolons or spaces; '#'
    // starts a comment. Duplicates dropped, order kept.
    static QStringList parseList(const QString& text);
    Result<OfflineEstimate> estimate(const QStringList& keys) const;
    // reason: "offline" (taken offline) or "opened" (opened by the agent).
    Result<CustomerFetchReport> run(const QList<SourceConfig>& sources, const QStringList& keys, const QString& reason,
                                    const SyncOptions& base = {});

private:
    QSqlDatabase m_db;
    std::function<void(const SyncProgress&)> m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace c360::sync

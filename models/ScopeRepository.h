#pragma once

#include "models/Normalize.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace c360 {

// The customers a scoped sync keeps beyond the sources file's scope (opened by the agent, taken offline), as
// the keys a source is asked for — a source id, an e-mail address, an E.164 phone number — and the scope each
// source's checkpoints were read under (schema v12). Written by sync workers and the CLI, never the UI thread.
class ScopeRepository {
    Q_DECLARE_TR_FUNCTIONS(c360::ScopeRepository)

public:
    explicit ScopeRepository(QSqlDatabase db);

    // Every kept key, sorted.
    Result<QStringList> keptKeys() const;
    // Keeps the keys from now on. reason: "opened" or "offline"; "offline" is never downgraded to "opened".
    Status keep(const QStringList& keys, const QString& reason, std::optional<qint64> partyId, qint64 nowMs);
    // The keys that find one cached customer in any source: the ids of its customer records, its primary
    // e-mail address and phone number.
    Result<QStringList> keysOfParty(qint64 partyId) const;

    // The cached customer a key finds (an id of a customer record, an e-mail address, a phone number), if any.
    Result<std::optional<qint64>> partyOfKey(const QString& key, const Normalizer& normalizer) const;
    // Fills in the customer of the kept keys that had none (after their history was read).
    Status attachParties(const Normalizer& normalizer);

    // The scope a source's checkpoints belong to: its fingerprint ("" if none yet) and, while the customers that
    // left an older scope are still to be removed (sync/ScopeSweep.h), when the source began to be read again
    // under this one. Stored as the fingerprint, or "sweep:<ms>:<fingerprint>" while a sweep is due (as a
    // full-refresh checkpoint carries its run's start), so that no schema change is needed.
    struct Stored {
        QString fingerprint;
        std::optional<qint64> sweepSinceMs;
    };
    Result<Stored> stored(const QString& source) const;
    Status setStored(const QString& source, const Stored& stored);
    Result<QString> fingerprint(const QString& source) const;
    Status setFingerprint(const QString& source, const QString& fingerprint);

private:
    QSqlDatabase m_db;
};

} // namespace c360

#pragma once

#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace c360::app {

// Identity work that may take long on a big cache — a supervisor's merge/split (which re-resolves)
// and the data-quality lists — on its own thread with its own connection, so the window never
// waits. The resolver is a writer: the application gives each merge/split/undo its turn on the writer lane
// (models/WriterLane.h), never beside a sync or a load. An exception in a job is reported as a human message,
// never escapes.
class IdentityWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityWorker)
public:
    explicit IdentityWorker(QString dbPath, QObject* parent = nullptr);
    ~IdentityWorker() override; // quit → wait

    struct DataQuality {
        QList<SuspectedDuplicate> duplicates;
        QList<InvalidContact> invalid;
        QList<ConflictingValue> conflicts;
        QList<StoredDecision> decisions; // in force, newest first
        QString error;
    };

    // A merge, split or undo is queued or running (it writes the cache: a sync waits for it).
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    void merge(qint64 partyA, qint64 partyB, const QString& actor, const QString& reason = {});
    void split(qint64 recordId, const QString& actor, const QString& reason = {});
    // Undoes a decision in force (IdentityResolver::undoDecision) and re-resolves.
    void undo(qint64 decisionId, const QString& reason);
    void loadDataQuality();

Q_SIGNALS:
    // ok: the decision is stored and applied; message says what happened (or what went wrong).
    void decided(bool ok, const QString& message, const c360::IdentityDecision& decision, qint64 decisionId);
    // ok: the decision is revoked (kept for the audit) and resolution ran again. `decision` is the one undone.
    void undone(bool ok, const QString& message, qint64 decisionId, const c360::IdentityDecision& decision,
                const QString& reason);
    void dataQualityReady(const c360::app::IdentityWorker::DataQuality& result);

private:
    class Job;
    QThread m_thread;
    Job* m_job = nullptr; // lives on m_thread
    int m_pending = 0;    // merges/splits/undos asked for and not done yet
};

} // namespace c360::app

Q_DECLARE_METATYPE(c360::IdentityDecision)
Q_DECLARE_METATYPE(c360::app::IdentityWorker::DataQuality)

#pragma once

#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace c360::app {

// Identity work that may take long on a big cache — a supervisor's merge/split (which re-resolves)
// and the data-quality lists — on its own thread with its own connection, so the window never
// waits. The application runs it only while no sync writes (the resolver is a writer), and starts no
// sync while it isBusy(). An exception in a job is reported as a human message, never escapes.
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
        QString error;
    };

    // A merge or split is queued or running (it writes the cache: a sync waits for it).
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    void merge(qint64 partyA, qint64 partyB, const QString& actor);
    void split(qint64 recordId, const QString& actor);
    void loadDataQuality();

Q_SIGNALS:
    // ok: the decision is stored and applied; message says what happened (or what went wrong).
    void decided(bool ok, const QString& message, const c360::IdentityDecision& decision);
    void dataQualityReady(const c360::app::IdentityWorker::DataQuality& result);

private:
    class Job;
    QThread m_thread;
    Job* m_job = nullptr; // lives on m_thread
    int m_pending = 0;    // merges/splits asked for and not decided yet
};

} // namespace c360::app

Q_DECLARE_METATYPE(c360::IdentityDecision)
Q_DECLARE_METATYPE(c360::app::IdentityWorker::DataQuality)

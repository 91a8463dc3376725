#include "IdentityWorker.h"

#include "models/Database.h"
#include "models/WorkerGuard.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace c360::app {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("IdentityWorker", text);
}
} // namespace

// Runs on the worker thread; owns that thread's connection.
class IdentityWorker::Job final : public QObject {
    Q_OBJECT
public:
    explicit Job(QString path)
        : m_path(std::move(path)) {}
    ~Job() override { m_db.reset(); }

    Result<QSqlDatabase> db() {
        if (!m_db) {
            auto opened = Database::open(m_path, QStringLiteral("identity-worker"));
            if (!opened) {
                return opened.error();
            }
            m_db.emplace(std::move(*opened));
        }
        return m_db->handle();
    }

    void decide(const std::function<Result<IdentityDecision>(QSqlDatabase)>& make) {
        if (const QString problem = runGuarded(QCoreApplication::translate("IdentityWorker", "The merge or split"),
                                               [&] { decideUnguarded(make); });
            !problem.isEmpty()) {
            Q_EMIT decided(false, problem, {}, 0);
        }
    }

    void undo(qint64 decisionId, const QString& reason) {
        if (const QString problem = runGuarded(QCoreApplication::translate("IdentityWorker", "Undoing the decision"),
                                               [&] { undoUnguarded(decisionId, reason); });
            !problem.isEmpty()) {
            Q_EMIT undone(false, problem, decisionId, {}, reason);
        }
    }

    void dataQuality() {
        if (const QString problem = runGuarded(QCoreApplication::translate("IdentityWorker", "The data-quality lists"),
                                               [&] { dataQualityUnguarded(); });
            !problem.isEmpty()) {
            DataQuality out;
            out.error = problem;
            Q_EMIT dataQualityReady(out);
        }
    }

Q_SIGNALS:
    void decided(bool ok, const QString& message, const c360::IdentityDecision& decision, qint64 decisionId);
    void undone(bool ok, const QString& message, qint64 decisionId, const c360::IdentityDecision& decision,
                const QString& reason);
    void dataQualityReady(const c360::app::IdentityWorker::DataQuality& result);

private:
    void decideUnguarded(const std::function<Result<IdentityDecision>(QSqlDatabase)>& make) {
        auto handle = db();
        if (!handle) {
            Q_EMIT decided(false, handle.error().message, {}, 0);
            return;
        }
        const auto decision = make(*handle);
        if (!decision) {
            Q_EMIT decided(false, decision.error().message, {}, 0);
            return;
        }
        IdentityResolver resolver(*handle);
        const auto id = resolver.decide(*decision, QDateTime::currentMSecsSinceEpoch());
        if (!id) {
            Q_EMIT decided(false, id.error().message, *decision, 0);
            return;
        }
        Q_EMIT decided(true,
                       decision->kind == QLatin1String("merge") ? t("The customers were merged; the decision is kept.")
                                                                : t("The record was split out; the decision is kept."),
                       *decision, *id);
    }

    void undoUnguarded(qint64 decisionId, const QString& reason) {
        auto handle = db();
        if (!handle) {
            Q_EMIT undone(false, handle.error().message, decisionId, {}, reason);
            return;
        }
        IdentityResolver resolver(*handle);
        const auto decision = resolver.storedDecision(decisionId);
        if (!decision) {
            Q_EMIT undone(false, decision.error().message, decisionId, {}, reason);
            return;
        }
        if (auto done = resolver.undoDecision(decisionId, QDateTime::currentMSecsSinceEpoch()); !done) {
            Q_EMIT undone(false, done.error().message, decisionId, decision->decision, reason);
            return;
        }
        Q_EMIT undone(true,
                      decision->decision.kind == QLatin1String("merge")
                          ? t("The merge was undone; the customers are apart again.")
                          : t("The split was undone; the record may rejoin its customer."),
                      decisionId, decision->decision, reason);
    }

    void dataQualityUnguarded() {
        DataQuality out;
        auto handle = db();
        if (!handle) {
            out.error = handle.error().message;
            Q_EMIT dataQualityReady(out);
            return;
        }
        IdentityResolver resolver(*handle);
        if (auto d = resolver.suspectedDuplicates(200)) {
            out.duplicates = *d;
        } else {
            out.error = d.error().message;
        }
        if (auto i = identity::invalidContacts(*handle)) {
            out.invalid = *i;
        }
        if (auto c = identity::conflictingValues(*handle)) {
            out.conflicts = *c;
        }
        if (auto d = resolver.activeDecisions(200)) {
            out.decisions = *d;
        }
        Q_EMIT dataQualityReady(out);
    }

    QString m_path;
    std::optional<Database> m_db;
};

IdentityWorker::IdentityWorker(QString dbPath, QObject* parent)
    : QObject(parent)
    , m_job(new Job(std::move(dbPath))) {
    qRegisterMetaType<c360::IdentityDecision>();
    qRegisterMetaType<c360::app::IdentityWorker::DataQuality>();
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(
        m_job, &Job::decided, this,
        [this](bool ok, const QString& message, const IdentityDecision& decision, qint64 id) {
            m_pending = std::max(0, m_pending - 1);
            Q_EMIT decided(ok, message, decision, id);
        },
        Qt::QueuedConnection);
    connect(
        m_job, &Job::undone, this,
        [this](bool ok, const QString& message, qint64 id, const IdentityDecision& decision, const QString& reason) {
            m_pending = std::max(0, m_pending - 1);
            Q_EMIT undone(ok, message, id, decision, reason);
        },
        Qt::QueuedConnection);
    connect(m_job, &Job::dataQualityReady, this, &IdentityWorker::dataQualityReady, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("c360-identity"));
    m_thread.start();
}

IdentityWorker::~IdentityWorker() {
    m_thread.quit();
    m_thread.wait();
}

void IdentityWorker::merge(qint64 partyA, qint64 partyB, const QString& actor, const QString& reason) {
    ++m_pending;
    QMetaObject::invokeMethod(m_job, [job = m_job, partyA, partyB, actor, reason] {
        job->decide([&](QSqlDatabase db) { return identity::mergeDecision(db, partyA, partyB, actor, reason); });
    });
}

void IdentityWorker::split(qint64 recordId, const QString& actor, const QString& reason) {
    ++m_pending;
    QMetaObject::invokeMethod(m_job, [job = m_job, recordId, actor, reason] {
        job->decide([&](QSqlDatabase db) { return identity::splitDecision(db, recordId, actor, reason); });
    });
}

void IdentityWorker::undo(qint64 decisionId, const QString& reason) {
    ++m_pending;
    QMetaObject::invokeMethod(m_job, [job = m_job, decisionId, reason] { job->undo(decisionId, reason); });
}

void IdentityWorker::loadDataQuality() {
    QMetaObject::invokeMethod(m_job, [job = m_job] { job->dataQuality(); });
}

} // namespace c360::app

#include "IdentityWorker.moc"

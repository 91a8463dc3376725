#include "models/nba/FeedbackWriter.h"

#include "models/Database.h"
#include "models/WorkerGuard.h"
#include "models/nba/FeedbackRepository.h"

#include <QCoreApplication>

#include <optional>

namespace c360::nba {

// Runs on the writer's thread; owns that thread's connection.
class FeedbackWriter::Job final : public QObject {
    Q_OBJECT
public:
    explicit Job(QString path)
        : m_path(std::move(path)) {}
    ~Job() override { m_db.reset(); }

    void record(const Feedback& feedback, const std::optional<ArmKey>& arm) {
        const QString problem =
            runGuarded(QCoreApplication::translate("c360::nba::FeedbackWriter", "Saving the answer to a prompt"),
                       [&] { recordUnguarded(feedback, arm); });
        if (!problem.isEmpty()) {
            Q_EMIT failed(problem);
        }
    }

Q_SIGNALS:
    void recorded(qint64 id, qint64 partyId, const QString& actionId);
    void failed(const QString& message);

private:
    void recordUnguarded(const Feedback& feedback, const std::optional<ArmKey>& arm) {
        if (!m_db) {
            auto opened =
                Database::open(m_path, QStringLiteral("nba-feedback-%1").arg(reinterpret_cast<quintptr>(this), 0, 16));
            if (!opened) {
                Q_EMIT failed(opened.error().message);
                return;
            }
            m_db.emplace(std::move(*opened));
        }
        const auto id = FeedbackRepository(m_db->handle()).record(feedback);
        if (!id) {
            Q_EMIT failed(id.error().message);
            return;
        }
        if (arm) {
            const bool accepted = feedback.outcome == Outcome::Accepted;
            if (Status s = LearningRepository(m_db->handle()).observe(*arm, accepted, feedback.atMs); !s) {
                Q_EMIT failed(s.error().message); // the answer is stored; only the learning missed it
            }
        }
        Q_EMIT recorded(*id, feedback.partyId, feedback.actionId);
    }

    QString m_path;
    std::optional<Database> m_db;
};

FeedbackWriter::FeedbackWriter(QString cachePath, QObject* parent)
    : QObject(parent)
    , m_job(new Job(std::move(cachePath))) {
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::recorded, this, &FeedbackWriter::recorded, Qt::QueuedConnection);
    connect(m_job, &Job::failed, this, &FeedbackWriter::failed, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("c360-nba-feedback"));
    m_thread.start();
}

FeedbackWriter::~FeedbackWriter() {
    drain();
    m_thread.quit();
    m_thread.wait();
}

void FeedbackWriter::record(const Feedback& feedback, const std::optional<ArmKey>& arm) {
    QMetaObject::invokeMethod(m_job, [job = m_job, feedback, arm] { job->record(feedback, arm); });
}

void FeedbackWriter::drain() {
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_job, [] {}, Qt::BlockingQueuedConnection);
    }
}

} // namespace c360::nba

#include "FeedbackWriter.moc"

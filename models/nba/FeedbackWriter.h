#pragma once

#include "models/nba/ContactPolicy.h"
#include "models/nba/Learning.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

namespace c360::nba {

// Stores agents' answers to prompts (nba_feedback) and what the learner takes from them, on its
// own thread with its own cache connection: the UI thread never writes to the cache, so a click
// on Accept never waits behind a sync transaction. Writes run in the order asked; `recorded` or
// `failed` (a human message, also for an exception) follows each. Destruction finishes what was
// asked, then quits and waits.
class FeedbackWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackWriter)
public:
    explicit FeedbackWriter(QString cachePath, QObject* parent = nullptr);
    ~FeedbackWriter() override;

    // Stores `feedback`; with `arm`, counts the answer for that arm of the learner too.
    void record(const Feedback& feedback, const std::optional<ArmKey>& arm);
    // Returns once every write asked so far is done (tests, shutdown).
    void drain();

Q_SIGNALS:
    void recorded(qint64 id, qint64 partyId, const QString& actionId);
    void failed(const QString& message);

private:
    class Job;
    QThread m_thread;
    Job* m_job = nullptr; // lives on m_thread
};

} // namespace c360::nba

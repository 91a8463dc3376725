#pragma once

#include "models/nba/ContactPolicy.h"
#include "models/nba/Facts.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackWriter.h"
#include "models/nba/NbaEngine.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace c360::ui {

// Next-best-action prompts for the customer on the line: a card per action with its title,
// script and why, and Accept / Dismiss (a reason is required, picked inline) / Later.
// Facts are read once per customer (indexed queries on the UI thread's connection); a context
// change only re-ranks (sub-millisecond). Answers are stored in the cache (nba_feedback) for the
// contact policy and the outbox by a nba::FeedbackWriter on its own thread and connection (the UI
// thread only reads the cache); the panel applies an answer at once, before it is stored.
class NbaPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NbaPanel)
public:
    // `db`: the UI thread's cache connection. Loads the shipped retail pack.
    explicit NbaPanel(QSqlDatabase db, QWidget* parent = nullptr);
    ~NbaPanel() override;

    void setRulePack(nba::RulePack pack);            // re-ranks
    void setLanguage(const QString& language);       // en, zh_CN, zh_TW; re-ranks
    void setTopK(int k);                             // default 3
    void setClock(std::function<QDateTime()> clock); // tests; default QDateTime::currentDateTimeUtc

    // The customer on the line (0 clears the panel). Reads the facts and the feedback history.
    void setParty(qint64 partyId);
    // The live call; re-ranks without reading the cache again.
    void setContext(const QString& callReason, const QString& channel, const QString& queue);
    // Who answers the prompts (the signed-in user): recorded with each answer for the dashboards.
    void setAgent(const QString& agent) { m_agent = agent; }
    // Reads the facts again (after a wrap-up was saved or a sync touched the customer).
    void refresh();

    // Keyboard seams for the call flow (the window binds the shortcuts): answer the card at
    // `index` (0 = top) as if its button was pressed; beginDismiss opens its reason picker and
    // focuses it. False when there is no such card.
    bool accept(int index);
    bool later(int index);
    bool beginDismiss(int index);

    qint64 partyId() const { return m_partyId; }
    const nba::Evaluation& evaluation() const { return m_evaluation; }
    QString errorText() const { return m_error; }
    // Returns once every answer given so far is stored (tests).
    void waitForFeedbackWrites();

Q_SIGNALS:
    // outcome: "accepted", "dismissed" or "later"; reason: the dismissal reason code, else empty.
    void feedbackGiven(qint64 partyId, const QString& actionId, const QString& outcome, const QString& reason);
    void feedbackFailed(const QString& message);

private:
    void loadFacts();
    void rank();
    void rebuildCards();
    QWidget* makeCard(const nba::Recommendation& r);
    QWidget* makeNotice(const nba::Notice& n);
    void giveFeedback(const QString& actionId, nba::Outcome outcome, const QString& reason);
    void showStatus(const QString& text);
    QWidget* cardAt(int index) const;
    qint64 nowMs() const;

    QSqlDatabase m_db;
    nba::FactsBuilder m_builder;
    std::unique_ptr<nba::NbaEngine> m_engine;
    std::function<QDateTime()> m_clock;
    QString m_language = QStringLiteral("en");
    int m_topK = 3;
    qint64 m_partyId = 0;
    nba::CallContext m_context;
    QString m_agent;
    std::optional<nba::Facts> m_facts; // without the call context
    QList<nba::Feedback> m_history;
    nba::Evaluation m_evaluation;
    nba::PropensityLearner m_learner;
    QString m_error;
    bool m_feedbackReady = false;
    std::unique_ptr<nba::FeedbackWriter> m_writer; // the cache's writer for answers (own thread)

    QLabel* m_status = nullptr;
    QWidget* m_cards = nullptr;
    QVBoxLayout* m_cardsLayout = nullptr;
};

} // namespace c360::ui

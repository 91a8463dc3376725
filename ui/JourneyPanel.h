#pragma once

#include "models/Journey.h"
#include "models/JourneyRules.h"
#include "models/PiiMask.h"

#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QThread;

namespace c360::ui {

class JourneyView;

// The Journey tab beside the timeline: the open customer's journey (JourneyView) with zoom
// buttons and a line that counts the touchpoints and friction flags. Loads from the cache when a
// customer is shown while the tab is visible, or when the tab is shown; the cache is read on a worker
// thread with its own connection, never on the UI thread.
class JourneyPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyPanel)
public:
    explicit JourneyPanel(QSqlDatabase db, QWidget* parent = nullptr);
    ~JourneyPanel() override;

    void showParty(qint64 partyId);
    void clear();
    void reload();
    JourneyView* view() const { return m_view; }
    // The stage rules (default: the shipped ones); a bad file is reported and the shipped rules stay.
    bool loadRules(const QString& path);
    // What the role may see of personal data in titles and summaries (default: an agent's view).
    void setMasker(const PiiMasker& masker);

Q_SIGNALS:
    void eventActivated(qint64 eventId);
    void message(const QString& text);
    void loaded(); // a journey (or the reason there is none) is shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void present(Result<Journey> journey);

    QSqlDatabase m_db;
    JourneyRules m_rules;
    QString m_language; // of the stage titles: en, zh_CN or zh_TW
    PiiMasker m_masker{AccessRole::Agent};
    qint64 m_partyId = 0;
    qint64 m_loadedParty = -1;
    int m_generation = 0;
    QList<QPointer<QThread>> m_workers;
    JourneyView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace c360::ui

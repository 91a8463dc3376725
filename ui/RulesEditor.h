#pragma once

#include "models/Result.h"
#include "models/nba/CallImpact.h"
#include "models/nba/Learning.h"
#include "models/nba/RulePack.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCloseEvent;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace c360::ui {

// For supervisors: switch a pack's actions on and off and tune their levers, validate the edited
// pack, save it, and preview which of today's calls (interactions in the cache since midnight UTC)
// would get a different top action. The preview runs on a worker thread with its own connection.
class RulesEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesEditor)
public:
    explicit RulesEditor(QWidget* parent = nullptr);
    ~RulesEditor() override; // stops a running preview and waits for it

    // Loads a pack from a file (saved back there) or a resource (then Save asks for setSavePath()).
    bool openPack(const QString& path);
    // Loads a pack's JSON text; `savePath` may be empty (Save is then disabled until setSavePath).
    bool setPackText(const QByteArray& json, const QString& savePath);
    void setSavePath(const QString& path);
    // The cache whose calls the preview ranks (opened read-side on the worker thread).
    void setCachePath(const QString& path);
    void setClock(std::function<QDateTime()> clock); // tests; default QDateTime::currentDateTimeUtc

    // The pack with the edits applied, validated; the error names what is wrong.
    Result<QByteArray> editedPack() const;
    QString statusText() const;
    // Edits not saved yet (closing asks first: save, discard or keep editing).
    bool hasUnsavedChanges() const;
    const QList<nba::CallImpact>& lastImpact() const { return m_impact; }

public Q_SLOTS:
    bool validate(); // shows the result in the status line
    // Forgets what was learned from answers to this action (in the cache) on a worker thread with its
    // own connection; learningReset() follows and the row is refreshed. False: no cache is open.
    bool resetLearning(const QString& actionId);
    bool save(); // validates first; writes atomically
    void previewImpact();

Q_SIGNALS:
    void packSaved(const QString& path);
    void impactReady(int callsCompared, int callsChanged);
    void learningReset(const QString& actionId, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void fillTable();
    void showStatus(const QString& text, bool error);
    void showImpact(const QList<nba::CallImpact>& calls, const QString& error);
    void learningResetDone(const QString& actionId, const Status& result);
    QHash<QString, nba::RulePack::Override> overrides() const;
    nba::PropensityLearner readLearning() const;

    QByteArray m_packText;
    QString m_savePath;
    QString m_cachePath;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<nba::RulePack> m_pack;
    QList<nba::CallImpact> m_impact;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_close = nullptr;
    bool m_discardConfirmed = false;
    QTableWidget* m_impactTable = nullptr;
};

} // namespace c360::ui

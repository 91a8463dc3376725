#pragma once

#include "models/JourneyRules.h"
#include "models/PiiMask.h"
#include "models/ReportRepository.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QThread;

namespace c360::ui {

// The supervisors' team dashboards (Qt Charts) over a period, a queue and an agent: contacts by
// queue and by reason, first-contact resolution, repeat contacts, handle time by agent, prompt
// answers by action, dismissal reasons and the acceptance trend, journey stage conversion and the
// segment mix of the customers served. The figures are ReportRepository's SQL over the cache, run
// on a worker thread with its own connection (the window never waits). A click on a bar (or the
// chart's Customers button) lists the customers behind it, from which one opens; every chart
// exports PNG and CSV; File → Report writes the whole dashboard as a one-page PDF.
class DashboardWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)
public:
    explicit DashboardWindow(QString cachePath, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    static QList<ReportKind> chartKinds();
    static QString chartTitle(ReportKind kind);

    void setPeriod(const QDate& from, const QDate& to);
    void setQueue(const QString& queue); // "" = every queue
    void setAgent(const QString& agent); // "" = every agent
    ReportFilter filter() const;
    // What the role may see of personal data in the drill-down lists (default: an agent's view).
    void setMasker(const PiiMasker& masker) { m_masker = masker; }
    void refresh(); // runs every chart's query off the UI thread; loaded() when done
    bool isLoading() const { return m_loading > 0; }

    QChartView* chartView(ReportKind kind) const;
    ReportTable table(ReportKind kind) const;
    QString chartError(ReportKind kind) const;

    // The customers behind category `category` of a chart (off the UI thread); opens the list.
    void drillDown(ReportKind kind, int category);
    bool exportPng(ReportKind kind, const QString& path) const;
    bool exportCsv(ReportKind kind, const QString& path) const;
    bool exportPdf(const QString& path) const;

Q_SIGNALS:
    void loaded();
    void customerRequested(qint64 partyId);
    void drillDownReady(QWidget* dialog);

private:
    struct Card;
    void buildUi();
    void createMenus();
    void render(Card& card);
    void showCustomers(ReportKind kind, const QString& label, const QList<ReportCustomer>& customers,
                       const QString& error);
    void askExport(ReportKind kind, bool png);
    void askReport();
    // Runs `job` on a worker thread with its own connection to the cache; `done` on the UI thread.
    void runInBackground(std::function<void(const ReportRepository* reports, const QString& openError)> job,
                         std::function<void()> done);

    QString m_cachePath;
    JourneyRules m_rules;
    PiiMasker m_masker{AccessRole::Agent};
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_queue = nullptr;
    QComboBox* m_agent = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_jumpToData = nullptr; // "Show the 30 days up to <newest contact>" on an empty period
    QDate m_newestContact;
    QHash<int, std::shared_ptr<Card>> m_cards; // by ReportKind
    QList<QPointer<QThread>> m_workers;
    int m_generation = 0;
    int m_loading = 0;
};

} // namespace c360::ui

// The Dashboards window, offscreen, on the hand-made dataset: every chart renders with the figures
// of the reports, a bar drills down to the right customers and opens one, PNG/CSV/PDF exports parse,
// the agent filter explains why the prompt charts are empty, and --role supervisor shows the menu.
#include "SupervisorDataset.h"

#include "models/Normalize.h"
#include "ui/DashboardWindow.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace c360;
using namespace c360::supervisortest;

namespace {

QList<double> barValues(QChartView* view) {
    QList<double> out;
    const auto series = view->chart()->series();
    if (series.isEmpty()) {
        return out;
    }
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    if (!bars || bars->barSets().isEmpty()) {
        return out;
    }
    QBarSet* set = bars->barSets().first();
    for (int i = 0; i < set->count(); ++i) {
        out << set->at(i);
    }
    return out;
}

QStringList names(QDialog* dialog) {
    QStringList out;
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("drillDownTable"));
    for (int r = 0; table && r < table->rowCount(); ++r) {
        out << table->item(r, 0)->text();
    }
    return out;
}

} // namespace

class TestDashboards : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyChartRendersTheReportFigures();
    void barDrillsDownToCustomersAndOpensOne();
    void exportsParse();
    void agentFilterAppliesToPromptCharts();
    void supervisorMenuOpensDashboards();
    void emptyPeriodSaysWhereTheDataIs();

private:
    QDialog* waitForDrillDown(const std::function<void()>& trigger);

    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<ui::DashboardWindow> m_window;
    QTemporaryDir m_out;
};

void TestDashboards::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<Dataset>(QStringLiteral("dashboards"));
    QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
}

void TestDashboards::init() {
    m_window = std::make_unique<ui::DashboardWindow>(m_data->path());
    m_window->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &ui::DashboardWindow::loaded);
    m_window->refresh();
    QVERIFY(m_window->isLoading()); // the figures come from a worker thread
    QVERIFY(loaded.wait(20'000));
    QVERIFY(!m_window->isLoading());
}

void TestDashboards::cleanup() {
    m_window.reset();
}

QDialog* TestDashboards::waitForDrillDown(const std::function<void()>& trigger) {
    QSignalSpy ready(m_window.get(), &ui::DashboardWindow::drillDownReady);
    trigger();
    if (!ready.wait(20'000)) {
        return nullptr;
    }
    return qobject_cast<QDialog*>(ready.first().first().value<QWidget*>());
}

void TestDashboards::everyChartRendersTheReportFigures() {
    for (ReportKind kind : ui::DashboardWindow::chartKinds()) {
        QChartView* view = m_window->chartView(kind);
        QVERIFY(view);
        QVERIFY2(m_window->chartError(kind).isEmpty(), qPrintable(m_window->chartError(kind)));
        QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(ReportRepository::kindName(kind)));
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
        // Not a blank picture: some pixels differ from the corner.
        const QColor corner = image.pixelColor(1, 1);
        int differing = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                differing += image.pixelColor(x, y) != corner;
            }
        }
        QVERIFY2(differing > 50, qPrintable(ReportRepository::kindName(kind)));
    }
    QCOMPARE(barValues(m_window->chartView(ReportKind::Contacts)), (QList<double>{3, 3, 1}));
    // Contact reasons are sentences: horizontal bars with the whole reason on the axis beside each, the most
    // frequent on top (a horizontal category axis lists bottom up).
    QChart* reasons = m_window->chartView(ReportKind::ContactReasons)->chart();
    QVERIFY(qobject_cast<QHorizontalBarSeries*>(reasons->series().first()));
    QCOMPARE(barValues(m_window->chartView(ReportKind::ContactReasons)), (QList<double>{1, 3, 3}));
    auto* reasonAxis = qobject_cast<QBarCategoryAxis*>(reasons->axes(Qt::Vertical).value(0));
    QVERIFY(reasonAxis);
    QCOMPARE(reasonAxis->categories(), (QStringList{QStringLiteral("Return"), QStringLiteral("Where is my order"),
                                                    QStringLiteral("Billing question")}));
    QCOMPARE(barValues(m_window->chartView(ReportKind::Fcr)), (QList<double>{66.7, 66.7, 100}));
    // A rate is a share of the contacts: its axis ends at 100 % even with a bar at 100 (not at 115 or 150).
    const auto fcrAxes = m_window->chartView(ReportKind::Fcr)->chart()->axes(Qt::Vertical);
    QVERIFY(!fcrAxes.isEmpty() && qobject_cast<QValueAxis*>(fcrAxes.first()));
    QCOMPARE(qobject_cast<QValueAxis*>(fcrAxes.first())->max(), 100.0);
    QCOMPARE(barValues(m_window->chartView(ReportKind::RepeatContacts)), (QList<double>{66.7, 0, 0}));
    // Average handle time per agent: Lucy (300+600+400)/3, Mark (120+200+60)/3, Anna 900.
    QCOMPARE(barValues(m_window->chartView(ReportKind::HandleTime)), (QList<double>{433, 127, 900}));
    QCOMPARE(barValues(m_window->chartView(ReportKind::Nba)), (QList<double>{1, 1})); // accepted per action
    QCOMPARE(barValues(m_window->chartView(ReportKind::Stages)), (QList<double>{3, 3, 2, 1, 1, 1}));
    auto* pie = qobject_cast<QPieSeries*>(m_window->chartView(ReportKind::Segments)->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    QCOMPARE(pie->sum(), 3.0);
}

void TestDashboards::barDrillsDownToCustomersAndOpensOne() {
    auto* bars =
        qobject_cast<QAbstractBarSeries*>(m_window->chartView(ReportKind::Contacts)->chart()->series().first());
    QVERIFY(bars);
    // A click on the "delivery" bar.
    QDialog* dialog = waitForDrillDown([bars] { Q_EMIT bars->barSets().first()->clicked(1); });
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("drillDownDialog"));
    QCOMPARE(names(dialog), (QStringList{QStringLiteral("Bob Wu"), QStringLiteral("Ann Lee")}));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("drillDownTable"));
    table->selectRow(0);
    QSignalSpy opened(m_window.get(), &ui::DashboardWindow::customerRequested);
    dialog->findChild<QPushButton*>(QStringLiteral("drillDownOpen"))->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_data->party(QStringLiteral("B")));

    // Stage "purchase": A and B; FCR "billing": the customer not resolved at first contact (A).
    QDialog* stages = waitForDrillDown([this] { m_window->drillDown(ReportKind::Stages, 2); });
    QVERIFY(stages);
    QCOMPARE(names(stages), (QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bob Wu")}));
    QDialog* fcr = waitForDrillDown([this] { m_window->drillDown(ReportKind::Fcr, 0); });
    QVERIFY(fcr);
    QCOMPARE(names(fcr), QStringList{QStringLiteral("Ann Lee")});
    // The segment slice "silver": C.
    auto* pie = qobject_cast<QPieSeries*>(m_window->chartView(ReportKind::Segments)->chart()->series().first());
    QDialog* silver = waitForDrillDown([pie] { Q_EMIT pie->slices().at(1)->clicked(); });
    QVERIFY(silver);
    QCOMPARE(names(silver), QStringList{QStringLiteral("Cao Min")});
    // The bottom bar of the reasons (listed bottom up): "Return", C's call.
    QDialog* returned = waitForDrillDown([this] { m_window->drillDown(ReportKind::ContactReasons, 0); });
    QVERIFY(returned);
    QCOMPARE(names(returned), QStringList{QStringLiteral("Cao Min")});
}

void TestDashboards::exportsParse() {
    const QString csvPath = m_out.filePath(QStringLiteral("fcr.csv"));
    QVERIFY(m_window->exportCsv(ReportKind::Fcr, csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QStringLiteral("queue,contacts,resolved_first,fcr_rate"));
    for (const QString& line : lines) {
        QCOMPARE(line.split(QLatin1Char(',')).size(), 4);
    }
    QCOMPARE(lines.at(1), QStringLiteral("billing,3,2,0.6667"));

    const QString pngPath = m_out.filePath(QStringLiteral("contacts.png"));
    QVERIFY(m_window->exportPng(ReportKind::Contacts, pngPath));
    const QImage png(pngPath);
    QVERIFY(!png.isNull());
    QCOMPARE(png.size(), m_window->chartView(ReportKind::Contacts)->grab().size());

    const QString pdfPath = m_out.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY(m_window->exportPdf(pdfPath));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const QString text = QString::fromLatin1(bytes);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1); // one page
    QVERIFY(bytes.size() > 20'000);                                                     // with the charts
}

void TestDashboards::agentFilterAppliesToPromptCharts() {
    // Without a filter: the answers per agent who gave them (accepted: none named, Anna, Lucy, Mark).
    QCOMPARE(barValues(m_window->chartView(ReportKind::NbaAgents)), (QList<double>{0, 0, 1, 1}));
    m_window->setAgent(QStringLiteral("Mark"));
    QSignalSpy loaded(m_window.get(), &ui::DashboardWindow::loaded);
    m_window->refresh();
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(barValues(m_window->chartView(ReportKind::Contacts)), (QList<double>{2, 1})); // billing, delivery
    for (ReportKind kind : {ReportKind::Nba, ReportKind::NbaReasons, ReportKind::NbaTrend, ReportKind::NbaAgents}) {
        QVERIFY2(m_window->chartError(kind).isEmpty(), qPrintable(m_window->chartError(kind)));
    }
    // Mark accepted the refund and dismissed the loyalty offer (accepted per action: loyalty, refund).
    QCOMPARE(barValues(m_window->chartView(ReportKind::Nba)), (QList<double>{0, 1}));
    QVERIFY(m_window->exportPdf(m_out.filePath(QStringLiteral("mark.pdf"))));
}

void TestDashboards::supervisorMenuOpensDashboards() {
    Normalizer normalizer;
    ui::MainWindow window(m_data->db(), normalizer);
    window.setCachePath(m_data->path());
    auto* action = window.findChild<QAction*>(QStringLiteral("dashboardsAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    QVERIFY(window.openDashboards() == nullptr); // agents do not get it
    window.setSupervisor(true);
    QVERIFY(action->isVisible());
    auto* dashboards = qobject_cast<ui::DashboardWindow*>(window.openDashboards());
    QVERIFY(dashboards);
    QSignalSpy loaded(dashboards, &ui::DashboardWindow::loaded);
    QVERIFY(loaded.wait(20'000));
    Q_EMIT dashboards->customerRequested(m_data->party(QStringLiteral("C")));
    QCOMPARE(window.currentParty(), m_data->party(QStringLiteral("C")));
    dashboards->close();
}

// A period after the cache's newest contact is not a blank page: the status says so and a button
// brings the 30 days that have data.
void TestDashboards::emptyPeriodSaysWhereTheDataIs() {
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("dashboardStatus"));
    auto* jump = m_window->findChild<QPushButton*>(QStringLiteral("dashboardJumpToData"));
    QVERIFY(status && jump);
    QVERIFY(!jump->isVisible()); // March has data
    m_window->setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QSignalSpy loaded(m_window.get(), &ui::DashboardWindow::loaded);
    m_window->refresh();
    QVERIFY(loaded.wait(20'000));
    const QDate newest =
        QDateTime::fromString(QStringLiteral("2026-04-10T10:00:00Z"), Qt::ISODate).toLocalTime().date();
    QVERIFY2(status->text().contains(QStringLiteral("newest contact")), qPrintable(status->text()));
    // Dates as the period pickers show them (ISO), not the locale's short form ("10/2/26").
    QVERIFY2(status->text().contains(newest.toString(Qt::ISODate)), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("2026-10-01 to 2026-10-31")), qPrintable(status->text()));
    QVERIFY(jump->isVisible());
    QVERIFY(barValues(m_window->chartView(ReportKind::Contacts)).isEmpty());
    // An empty chart's axis reads 0 and 1, not 0, 0, 1, 1 (whole-number labels of a 0..1 range).
    auto axisOf = [this](ReportKind kind) -> QValueAxis* {
        const auto axes = m_window->chartView(kind)->chart()->axes(Qt::Vertical);
        return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
    };
    QVERIFY(axisOf(ReportKind::Contacts));
    QCOMPARE(axisOf(ReportKind::Contacts)->tickCount(), 2);
    QCOMPARE(axisOf(ReportKind::Contacts)->max(), 1.0);
    QTest::mouseClick(jump, Qt::LeftButton);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(m_window->filter().to, newest);
    QCOMPARE(m_window->filter().from, newest.addDays(-29));
    QVERIFY(!barValues(m_window->chartView(ReportKind::Contacts)).isEmpty());
    QVERIFY(!jump->isVisible());
    // Small counts step by one: every label a different whole number.
    const QValueAxis* counts = axisOf(ReportKind::Contacts);
    QVERIFY(counts && counts->min() == 0 && counts->max() >= 1);
    QCOMPARE(counts->tickCount(), int(counts->max()) + 1);
}

QTEST_MAIN(TestDashboards)
#include "TestDashboards.moc"

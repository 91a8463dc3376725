#include "DashboardWindow.h"

#include "models/Database.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenuBar>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <atomic>
#include <cmath>

namespace c360::ui {

// One chart of the dashboard: its view, its figures and what each category drills down to.
struct DashboardWindow::Card {
    ReportKind kind = ReportKind::Contacts;
    QWidget* frame = nullptr;
    QChartView* view = nullptr;
    QLabel* error = nullptr;
    ReportTable table;
    QString errorText;
    QString drillColumn;        // the column a category stands for
    QList<QVariant> categories; // the value of drillColumn per category
    QStringList categoryLabels; // as shown
};

namespace {

// A value axis from 0 whose labels never repeat: small counts step by one, larger values get nice numbers;
// an empty chart shows 0 and 1 only.
void scaleFromZero(QValueAxis* axis, double peak) {
    if (peak <= 0) {
        axis->setRange(0, 1);
        axis->setTickCount(2);
    } else if (peak < 8) {
        const int top = int(std::ceil(peak * 1.15));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        axis->setRange(0, peak * 1.15);
        axis->applyNiceNumbers();
    }
}

// Sums `value` per distinct `key` of a table, in first-seen order.
QList<QPair<QString, double>> sumBy(const ReportTable& t, const QString& key, const QString& value) {
    QList<QPair<QString, double>> out;
    const int k = t.column(key);
    const int v = t.column(value);
    for (const QVariantList& row : t.rows) {
        const QString name = row.value(k).toString();
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == name; });
        if (it == out.end()) {
            out.append({name, row.value(v).toDouble()});
        } else {
            it->second += row.value(v).toDouble();
        }
    }
    return out;
}

QString shown(const QString& value) {
    return value.isEmpty() ? DashboardWindow::tr("(none)") : value;
}

// Dates as the period pickers show them (ISO 8601), in the status bar, the drill-down and the printed report alike.
QString isoDay(const QDate& day) {
    return day.toString(Qt::ISODate);
}

QString isoMinute(const QDateTime& at) {
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A category label that fits beside a horizontal bar; the whole text is in the bar's tooltip.
QString elided(const QString& label) {
    constexpr qsizetype kMax = 40;
    return label.size() <= kMax ? label : label.left(kMax - 1).trimmed() + QChar(0x2026);
}

} // namespace

DashboardWindow::DashboardWindow(QString cachePath, QWidget* parent)
    : QMainWindow(parent)
    , m_cachePath(std::move(cachePath)) {
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Team dashboards — C360 Workstation"));
    if (auto rules = JourneyRules::load(JourneyRules::defaultPath())) {
        m_rules = std::move(*rules);
    }
    buildUi();
    createMenus();
    // As large as the charts like, but never taller or wider than the screen: the status bar
    // (period, the "no contacts" hint and its button) must stay visible on a 1280×720 display.
    QSize size(1280, 860);
    if (const QScreen* s = screen()) {
        size = size.boundedTo(s->availableGeometry().size());
    }
    resize(size);
}

DashboardWindow::~DashboardWindow() {
    for (const QPointer<QThread>& worker : std::as_const(m_workers)) {
        if (worker) {
            worker->wait();
        }
    }
}

QList<ReportKind> DashboardWindow::chartKinds() {
    return {ReportKind::Contacts,       ReportKind::ContactReasons, ReportKind::Fcr,
            ReportKind::RepeatContacts, ReportKind::HandleTime,     ReportKind::Nba,
            ReportKind::NbaReasons,     ReportKind::NbaTrend,       ReportKind::NbaAgents,
            ReportKind::Stages,         ReportKind::Segments};
}

QString DashboardWindow::chartTitle(ReportKind kind) {
    switch (kind) {
    case ReportKind::Contacts:
        return tr("Contacts by queue");
    case ReportKind::ContactReasons:
        return tr("Contact reasons");
    case ReportKind::Fcr:
        return tr("First-contact resolution (%)");
    case ReportKind::RepeatContacts:
        return tr("Repeat contacts within 7 days (%)");
    case ReportKind::HandleTime:
        return tr("Average handle time by agent (s)");
    case ReportKind::Nba:
        return tr("Prompts: accepted / dismissed / later");
    case ReportKind::NbaReasons:
        return tr("Dismissal reasons");
    case ReportKind::NbaTrend:
        return tr("Prompt acceptance trend (%)");
    case ReportKind::NbaAgents:
        return tr("Prompt answers by agent: accepted / dismissed / later");
    case ReportKind::Stages:
        return tr("Journey stages reached by customers served");
    case ReportKind::Segments:
        return tr("Segment mix of customers served");
    }
    return {};
}

void DashboardWindow::buildUi() {
    auto* filters = new QToolBar(tr("Filters"), this);
    filters->setObjectName(QStringLiteral("dashboardFilters"));
    filters->setMovable(false);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), filters);
    m_to = new QDateEdit(today, filters);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_queue = new QComboBox(filters);
    m_agent = new QComboBox(filters);
    m_queue->setObjectName(QStringLiteral("dashboardQueue"));
    m_agent->setObjectName(QStringLiteral("dashboardAgent"));
    for (QComboBox* c : {m_queue, m_agent}) {
        c->setEditable(true);
        c->setMinimumContentsLength(12);
        c->setInsertPolicy(QComboBox::NoInsert);
    }
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_queue->setAccessibleName(tr("Queue"));
    m_agent->setAccessibleName(tr("Agent"));
    m_queue->lineEdit()->setPlaceholderText(tr("All queues"));
    m_agent->lineEdit()->setPlaceholderText(tr("All agents"));
    // The queues and agents in the cache (a small distinct read; the figures are off the UI thread).
    {
        const QString name = QStringLiteral("dashboard-lists-%1").arg(quintptr(this));
        if (auto db = Database::open(m_cachePath, name)) {
            QSqlQuery q(db->handle());
            for (auto [combo, column] : {std::pair{m_queue, "queue"}, std::pair{m_agent, "agent"}}) {
                combo->addItem(QString());
                if (q.exec(
                        QStringLiteral("SELECT DISTINCT %1 FROM interaction WHERE %1 IS NOT NULL ORDER BY 1 LIMIT 500")
                            .arg(QLatin1String(column)))) {
                    while (q.next()) {
                        combo->addItem(q.value(0).toString());
                    }
                }
            }
        }
    }
    auto* refreshButton = new QPushButton(tr("&Refresh"), filters);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    filters->addWidget(new QLabel(tr("From "), filters));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr(" to "), filters));
    filters->addWidget(m_to);
    filters->addSeparator();
    filters->addWidget(new QLabel(tr("Queue "), filters));
    filters->addWidget(m_queue);
    filters->addWidget(new QLabel(tr(" Agent "), filters));
    filters->addWidget(m_agent);
    filters->addSeparator();
    filters->addWidget(refreshButton);
    addToolBar(filters);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);

    auto* grid = new QGridLayout;
    int index = 0;
    for (ReportKind kind : chartKinds()) {
        auto card = std::make_shared<Card>();
        card->kind = kind;
        card->frame = new QWidget(this);
        card->frame->setObjectName(QStringLiteral("chart-") + ReportRepository::kindName(kind));
        auto* layout = new QVBoxLayout(card->frame);
        layout->setContentsMargins(4, 4, 4, 4);
        auto* chart = new QChart;
        chart->setTitle(chartTitle(kind));
        chart->legend()->setVisible(kind == ReportKind::Nba || kind == ReportKind::Segments);
        chart->setAnimationOptions(QChart::NoAnimation);
        card->view = new QChartView(chart, card->frame);
        card->view->setAccessibleName(chartTitle(kind));
        card->view->setRenderHint(QPainter::Antialiasing);
        card->view->setMinimumSize(380, 260);
        card->error = new QLabel(card->frame);
        card->error->setWordWrap(true);
        card->error->setVisible(false);
        card->error->setObjectName(QStringLiteral("chartError"));
        auto* buttons = new QHBoxLayout;
        auto button = [&](const QString& text, const QString& tip, const QString& name) {
            auto* b = new QToolButton(card->frame);
            b->setText(text);
            b->setToolTip(tip);
            b->setObjectName(name);
            buttons->addWidget(b);
            return b;
        };
        QToolButton* customers =
            button(tr("Customers…"), tr("The customers behind the chart"), QStringLiteral("drillAll"));
        QToolButton* png = button(tr("PNG…"), tr("Save the chart as a picture"), QStringLiteral("exportPng"));
        QToolButton* csv = button(tr("CSV…"), tr("Save the chart's figures as CSV"), QStringLiteral("exportCsv"));
        buttons->addStretch(1);
        connect(customers, &QToolButton::clicked, this, [this, kind] { drillDown(kind, -1); });
        connect(png, &QToolButton::clicked, this, [this, kind] { askExport(kind, true); });
        connect(csv, &QToolButton::clicked, this, [this, kind] { askExport(kind, false); });
        layout->addWidget(card->view, 1);
        layout->addWidget(card->error);
        layout->addLayout(buttons);
        grid->addWidget(card->frame, index / 2, index % 2);
        m_cards.insert(int(kind), card);
        ++index;
    }
    auto* content = new QWidget(this);
    content->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setCentralWidget(scroll);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    statusBar()->addWidget(m_status, 1);
    // An empty period (the cache's data ends before it) says so and offers the period that has data.
    m_jumpToData = new QPushButton(this);
    m_jumpToData->setObjectName(QStringLiteral("dashboardJumpToData"));
    m_jumpToData->setVisible(false);
    statusBar()->addPermanentWidget(m_jumpToData);
    connect(m_jumpToData, &QPushButton::clicked, this, [this] {
        if (m_newestContact.isValid()) {
            setPeriod(m_newestContact.addDays(-29), m_newestContact);
            refresh();
        }
    });
}

void DashboardWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* report = file->addAction(tr("&Report (PDF)…"));
    report->setObjectName(QStringLiteral("dashboardReportAction"));
    report->setShortcut(QKeySequence::Print);
    connect(report, &QAction::triggered, this, &DashboardWindow::askReport);
    QAction* refreshAction = file->addAction(tr("R&efresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &DashboardWindow::refresh);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
}

void DashboardWindow::setPeriod(const QDate& from, const QDate& to) {
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardWindow::setQueue(const QString& queue) {
    m_queue->setCurrentText(queue);
}

void DashboardWindow::setAgent(const QString& agent) {
    m_agent->setCurrentText(agent);
}

ReportFilter DashboardWindow::filter() const {
    return {m_from->date(), m_to->date(), m_queue->currentText().trimmed(), m_agent->currentText().trimmed()};
}

QChartView* DashboardWindow::chartView(ReportKind kind) const {
    const auto card = m_cards.value(int(kind));
    return card ? card->view : nullptr;
}

ReportTable DashboardWindow::table(ReportKind kind) const {
    const auto card = m_cards.value(int(kind));
    return card ? card->table : ReportTable{};
}

QString DashboardWindow::chartError(ReportKind kind) const {
    const auto card = m_cards.value(int(kind));
    return card ? card->errorText : QString();
}

void DashboardWindow::runInBackground(
    std::function<void(const ReportRepository* reports, const QString& openError)> job, std::function<void()> done) {
    const QString path = m_cachePath;
    QThread* worker = QThread::create([path, job = std::move(job)] {
        static std::atomic<int> serial{0};
        const QString name = QStringLiteral("c360-dashboard-%1").arg(++serial);
        auto db = Database::open(path, name);
        if (!db) {
            job(nullptr, db.error().message);
            return;
        }
        const ReportRepository reports(db->handle());
        job(&reports, {});
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, done = std::move(done)] {
        m_workers.removeAll(worker);
        worker->deleteLater();
        done();
    });
    worker->start();
}

void DashboardWindow::refresh() {
    const ReportFilter f = filter();
    if (f.from > f.to) {
        m_status->setText(tr("The period starts after it ends; pick a first day before the last."));
        return;
    }
    const int generation = ++m_generation;
    ++m_loading;
    m_status->setText(tr("Loading…"));
    struct Outcome {
        ReportKind kind;
        ReportTable table;
        QString error;
    };
    auto outcomes = std::make_shared<QList<Outcome>>();
    auto newest = std::make_shared<QDate>();
    m_jumpToData->setVisible(false);
    const JourneyRules rules = m_rules;
    runInBackground(
        [outcomes, newest, f, rules](const ReportRepository* reports, const QString& openError) {
            bool empty = true;
            for (ReportKind kind : chartKinds()) {
                if (!reports) {
                    outcomes->append({kind, {}, openError});
                    continue;
                }
                auto t = reports->run(kind, f, rules);
                outcomes->append({kind, t ? *t : ReportTable{}, t ? QString() : t.error().message});
                if (kind == ReportKind::Contacts) {
                    empty = t && t->rows.isEmpty(); // no contact at all in the period (with its filters)
                }
            }
            if (reports && empty) {
                if (auto day = reports->newestContactDay()) {
                    *newest = *day;
                }
            }
        },
        [this, outcomes, newest, generation, f] {
            --m_loading;
            if (generation != m_generation) {
                return; // a newer refresh is on its way
            }
            for (const Outcome& o : *outcomes) {
                auto card = m_cards.value(int(o.kind));
                card->table = o.table;
                card->errorText = o.error;
                render(*card);
            }
            m_status->setText(tr("%1 to %2").arg(isoDay(f.from), isoDay(f.to)) +
                              (f.queue.isEmpty() ? QString() : QStringLiteral(" · ") + tr("queue %1").arg(f.queue)) +
                              (f.agent.isEmpty() ? QString() : QStringLiteral(" · ") + tr("agent %1").arg(f.agent)));
            m_newestContact = *newest;
            if (newest->isValid()) {
                // Nothing at all in the period: say so, and where the data is.
                const QString day = isoDay(*newest);
                m_status->setText(
                    f.to < *newest || !f.queue.isEmpty() || !f.agent.isEmpty()
                        ? tr("No contacts from %1 to %2 with these filters.").arg(isoDay(f.from), isoDay(f.to))
                        : tr("No contacts from %1 to %2: the newest contact in this cache is from %3 "
                             "(sync to bring newer ones).")
                              .arg(isoDay(f.from), isoDay(f.to), day));
                m_jumpToData->setText(tr("Show the 30 days up to %1").arg(day));
                m_jumpToData->setVisible(f.from > *newest || f.to < newest->addDays(-29));
            }
            Q_EMIT loaded();
        });
}

void DashboardWindow::render(Card& card) {
    QChart* chart = card.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    card.categories.clear();
    card.categoryLabels.clear();
    card.error->setVisible(!card.errorText.isEmpty());
    card.error->setText(card.errorText);
    if (!card.errorText.isEmpty()) {
        return;
    }
    const ReportTable& t = card.table;
    // A bar chart of one value per category.
    auto bars = [&](const QString& column, const QList<QPair<QString, double>>& values, const QString& setName) {
        card.drillColumn = column;
        auto* set = new QBarSet(setName);
        for (const auto& [name, value] : values) {
            card.categories << name;
            card.categoryLabels << shown(name);
            *set << value;
        }
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(card.categoryLabels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        double peak = 0;
        for (const auto& v : values) {
            peak = std::max(peak, v.second);
        }
        scaleFromZero(y, peak);
        const bool rateOfContacts = card.kind == ReportKind::Fcr || card.kind == ReportKind::RepeatContacts;
        if (rateOfContacts && y->max() > 100) { // a share of the contacts never passes 100 %
            y->setRange(0, 100);
            y->setTickCount(6);
        }
        const ReportKind kind = card.kind;
        connect(set, &QBarSet::clicked, this, [this, kind](int index) { drillDown(kind, index); });
    };
    // Contact reasons are sentences: horizontal bars, the most frequent on top, each label on one line at the left
    // (elided past 40 characters, the whole reason in the bar's tooltip).
    auto reasonBars = [&](const QList<QPair<QString, double>>& values) {
        card.drillColumn = QStringLiteral("reason");
        auto* set = new QBarSet(tr("Contacts"));
        QStringList full;
        double peak = 0;
        for (auto it = values.crbegin(); it != values.crend(); ++it) { // a horizontal axis lists bottom up
            card.categories << it->first;
            full << shown(it->first);
            card.categoryLabels << elided(shown(it->first));
            *set << it->second;
            peak = std::max(peak, it->second);
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto* y = new QBarCategoryAxis;
        y->append(card.categoryLabels);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto* x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        scaleFromZero(x, peak);
        // Qt Charts elides a category label to "..." when its band is lower than a line of text: a row per reason.
        const int lineHeight = QFontMetrics(y->labelsFont()).height();
        card.view->setMinimumHeight(std::max(260, 120 + int(values.size()) * (lineHeight + 10)));
        const ReportKind kind = card.kind;
        connect(set, &QBarSet::clicked, this, [this, kind](int index) { drillDown(kind, index); });
        connect(set, &QBarSet::hovered, this, [full](bool over, int index) {
            if (over && index >= 0 && index < full.size()) {
                QToolTip::showText(QCursor::pos(), full.at(index));
            } else {
                QToolTip::hideText();
            }
        });
    };
    auto rate = [&](const QString& key, const QString& numerator, const QString& denominator) {
        QList<QPair<QString, double>> out;
        const auto n = sumBy(t, key, numerator);
        const auto d = sumBy(t, key, denominator);
        for (qsizetype i = 0; i < n.size(); ++i) {
            out.append({n.at(i).first,
                        d.at(i).second > 0 ? std::round(1000.0 * n.at(i).second / d.at(i).second) / 10.0 : 0.0});
        }
        return out;
    };
    switch (card.kind) {
    case ReportKind::Contacts:
        bars(QStringLiteral("queue"), sumBy(t, QStringLiteral("queue"), QStringLiteral("contacts")), tr("Contacts"));
        break;
    case ReportKind::ContactReasons:
        reasonBars(sumBy(t, QStringLiteral("reason"), QStringLiteral("contacts")));
        break;
    case ReportKind::Fcr:
        bars(QStringLiteral("queue"),
             rate(QStringLiteral("queue"), QStringLiteral("resolved_first"), QStringLiteral("contacts")),
             tr("Resolved at first contact"));
        break;
    case ReportKind::RepeatContacts:
        bars(QStringLiteral("queue"),
             rate(QStringLiteral("queue"), QStringLiteral("repeat_contacts"), QStringLiteral("contacts")),
             tr("Repeat contacts"));
        break;
    case ReportKind::HandleTime: {
        QList<QPair<QString, double>> avg;
        const auto total = sumBy(t, QStringLiteral("agent"), QStringLiteral("total_handle_seconds"));
        const auto contacts = sumBy(t, QStringLiteral("agent"), QStringLiteral("contacts"));
        for (qsizetype i = 0; i < total.size(); ++i) {
            avg.append({total.at(i).first,
                        contacts.at(i).second > 0 ? std::round(total.at(i).second / contacts.at(i).second) : 0.0});
        }
        bars(QStringLiteral("agent"), avg, tr("Average handle time (s)"));
        // Beside it, the after-contact (wrap-up) time, where the contact center reports it.
        QHash<QString, QPair<double, double>> wrap; // agent -> (seconds × contacts, contacts)
        for (int r = 0; r < t.rows.size(); ++r) {
            const QVariant v = t.value(r, QStringLiteral("avg_wrap_up_seconds"));
            if (!v.isNull()) {
                const double n = t.value(r, QStringLiteral("contacts")).toDouble();
                auto& w = wrap[t.value(r, QStringLiteral("agent")).toString()];
                w.first += v.toDouble() * n;
                w.second += n;
            }
        }
        auto* series = chart->series().isEmpty() ? nullptr : qobject_cast<QBarSeries*>(chart->series().constLast());
        if (series && !wrap.isEmpty()) {
            auto* set = new QBarSet(tr("Average wrap-up time (s)"));
            for (const auto& a : std::as_const(avg)) {
                const auto w = wrap.value(a.first);
                *set << (w.second > 0 ? std::round(w.first / w.second) : 0.0);
            }
            series->append(set);
            const ReportKind kind = card.kind;
            connect(set, &QBarSet::clicked, this, [this, kind](int index) { drillDown(kind, index); });
        }
        break;
    }
    case ReportKind::Nba:
    case ReportKind::NbaAgents: {
        // Per action, or per agent who answered (answers older than cache v10 name no agent).
        const QString column = card.kind == ReportKind::Nba ? QStringLiteral("action") : QStringLiteral("agent");
        card.drillColumn = column;
        auto* series = new QStackedBarSeries;
        const ReportKind kind = card.kind;
        for (const auto& [column, label] : {std::pair{QStringLiteral("accepted"), tr("Accepted")},
                                            std::pair{QStringLiteral("dismissed"), tr("Dismissed")},
                                            std::pair{QStringLiteral("later"), tr("Later")}}) {
            auto* set = new QBarSet(label);
            for (int r = 0; r < t.rows.size(); ++r) {
                *set << t.value(r, column).toDouble();
            }
            series->append(set);
            connect(set, &QBarSet::clicked, this, [this, kind](int index) { drillDown(kind, index); });
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const QString value = t.value(r, column).toString();
            card.categories << value;
            card.categoryLabels << (value.isEmpty() ? tr("(not recorded)") : value);
        }
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(card.categoryLabels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        double peak = 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            peak = std::max(peak, t.value(r, QStringLiteral("accepted")).toDouble() +
                                      t.value(r, QStringLiteral("dismissed")).toDouble() +
                                      t.value(r, QStringLiteral("later")).toDouble());
        }
        scaleFromZero(y, peak);
        break;
    }
    case ReportKind::NbaReasons:
        bars(QStringLiteral("reason"), sumBy(t, QStringLiteral("reason"), QStringLiteral("dismissed")),
             tr("Dismissed"));
        break;
    case ReportKind::NbaTrend: {
        card.drillColumn = QStringLiteral("day");
        auto* series = new QLineSeries;
        series->setName(tr("Accepted (%)"));
        series->setPointsVisible(true);
        for (int r = 0; r < t.rows.size(); ++r) {
            series->append(r, std::round(t.value(r, QStringLiteral("acceptance_rate")).toDouble() * 1000.0) / 10.0);
            card.categories << t.value(r, QStringLiteral("day"));
            card.categoryLabels << t.value(r, QStringLiteral("day")).toString();
        }
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(card.categoryLabels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        const ReportKind kind = card.kind;
        connect(series, &QLineSeries::clicked, this,
                [this, kind](const QPointF& p) { drillDown(kind, int(std::lround(p.x()))); });
        break;
    }
    case ReportKind::Stages: {
        QList<QPair<QString, double>> values;
        for (int r = 0; r < t.rows.size(); ++r) {
            values.append(
                {t.value(r, QStringLiteral("stage")).toString(), t.value(r, QStringLiteral("customers")).toDouble()});
        }
        bars(QStringLiteral("stage"), values, tr("Customers"));
        // Labels: the stage's title and the conversion from the previous stage.
        card.categoryLabels.clear();
        for (int r = 0; r < t.rows.size(); ++r) {
            const QString id = t.value(r, QStringLiteral("stage")).toString();
            const int stage = m_rules.stageIndex(id);
            const QString title = stage >= 0 ? m_rules.stages().at(stage).titleIn(QLocale().name()) : id;
            card.categoryLabels
                << (r == 0 ? title
                           : tr("%1 (%2%)")
                                 .arg(title)
                                 .arg(std::round(t.value(r, QStringLiteral("conversion")).toDouble() * 1000.0) / 10.0));
        }
        if (auto* x = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).value(0))) {
            x->setCategories(card.categoryLabels);
        }
        break;
    }
    case ReportKind::Segments: {
        card.drillColumn = QStringLiteral("segment");
        auto* pie = new QPieSeries;
        const ReportKind kind = card.kind;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QString segment = t.value(r, QStringLiteral("segment")).toString();
            QPieSlice* slice = pie->append(
                QStringLiteral("%1 (%2)").arg(shown(segment)).arg(t.value(r, QStringLiteral("customers")).toLongLong()),
                t.value(r, QStringLiteral("customers")).toDouble());
            card.categories << segment;
            card.categoryLabels << shown(segment);
            connect(slice, &QPieSlice::clicked, this, [this, kind, r] { drillDown(kind, r); });
        }
        pie->setLabelsVisible(true);
        chart->addSeries(pie);
        break;
    }
    }
}

void DashboardWindow::drillDown(ReportKind kind, int category) {
    const auto card = m_cards.value(int(kind));
    if (!card) {
        return;
    }
    DrillDown drill{kind, {}, {}};
    QString label = chartTitle(kind);
    if (category >= 0 && category < card->categories.size()) {
        drill.column = card->drillColumn;
        drill.value = card->categories.at(category);
        label += QStringLiteral(": ") + card->categoryLabels.value(category);
    }
    const ReportFilter f = filter();
    const JourneyRules rules = m_rules;
    auto customers = std::make_shared<QList<ReportCustomer>>();
    auto error = std::make_shared<QString>();
    runInBackground(
        [f, rules, drill, customers, error](const ReportRepository* reports, const QString& openError) {
            if (!reports) {
                *error = openError;
                return;
            }
            auto found = reports->customers(f, drill, rules);
            if (found) {
                *customers = std::move(*found);
            } else {
                *error = found.error().message;
            }
        },
        [this, kind, label, customers, error] { showCustomers(kind, label, *customers, *error); });
}

void DashboardWindow::showCustomers(ReportKind, const QString& label, const QList<ReportCustomer>& customers,
                                    const QString& error) {
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("drillDownDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Customers — %1").arg(label));
    auto* layout = new QVBoxLayout(dialog);
    auto* heading = new QLabel(error.isEmpty() ? tr("%n customer(s)", nullptr, int(customers.size())) : error, dialog);
    heading->setObjectName(QStringLiteral("drillDownHeading"));
    layout->addWidget(heading);
    auto* table = new QTableWidget(int(customers.size()), 4, dialog);
    table->setObjectName(QStringLiteral("drillDownTable"));
    table->setHorizontalHeaderLabels({tr("Customer"), tr("Segment"), tr("Count"), tr("Last")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < customers.size(); ++r) {
        const ReportCustomer& c = customers.at(r);
        auto* name = new QTableWidgetItem(c.name.isEmpty() ? tr("Customer %1").arg(c.partyId) : m_masker.text(c.name));
        name->setData(Qt::UserRole, c.partyId);
        table->setItem(r, 0, name);
        table->setItem(r, 1, new QTableWidgetItem(m_masker.text(c.segment)));
        table->setItem(r, 2, new QTableWidgetItem(QString::number(c.contacts)));
        table->setItem(
            r, 3,
            new QTableWidgetItem(c.lastContactMs > 0
                                     ? isoMinute(QDateTime::fromMSecsSinceEpoch(c.lastContactMs).toLocalTime())
                                     : QString()));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* open = buttons->addButton(tr("&Open customer"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("drillDownOpen"));
    open->setEnabled(false);
    layout->addWidget(buttons);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, open,
            [open, table] { open->setEnabled(!table->selectedItems().isEmpty()); });
    auto openSelected = [this, table, dialog] {
        const QList<QTableWidgetItem*> selected = table->selectedItems();
        if (selected.isEmpty()) {
            return;
        }
        Q_EMIT customerRequested(table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
        dialog->accept();
    };
    connect(open, &QPushButton::clicked, dialog, openSelected);
    connect(table, &QTableWidget::cellDoubleClicked, dialog, openSelected);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(560, 420);
    dialog->open();
    Q_EMIT drillDownReady(dialog);
}

bool DashboardWindow::exportPng(ReportKind kind, const QString& path) const {
    const auto card = m_cards.value(int(kind));
    return card && card->view->grab().save(path, "PNG");
}

bool DashboardWindow::exportCsv(ReportKind kind, const QString& path) const {
    const auto card = m_cards.value(int(kind));
    if (!card) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return file.write(reportToCsv(card->table)) >= 0 && file.flush();
}

bool DashboardWindow::exportPdf(const QString& path) const {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(tr("Team dashboards"));
    writer.setCreator(QStringLiteral("C360 Workstation"));
    QPainter p;
    if (!p.begin(&writer)) {
        return false;
    }
    const QRect page(0, 0, writer.width(), writer.height());
    QFont title = p.font();
    title.setPointSizeF(14);
    title.setBold(true);
    p.setFont(title);
    const ReportFilter f = filter();
    p.drawText(QRect(page.left(), page.top(), page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Team dashboards"));
    QFont small = p.font();
    small.setPointSizeF(8);
    small.setBold(false);
    p.setFont(small);
    p.drawText(QRect(page.left(), page.top() + 40, page.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 to %2").arg(isoDay(f.from), isoDay(f.to)) + QStringLiteral(" · ") +
                   (f.queue.isEmpty() ? tr("all queues") : tr("queue %1").arg(f.queue)) + QStringLiteral(" · ") +
                   (f.agent.isEmpty() ? tr("all agents") : tr("agent %1").arg(f.agent)) + QStringLiteral(" · ") +
                   tr("printed %1").arg(isoMinute(QDateTime::currentDateTime())));
    const QList<ReportKind> kinds = chartKinds();
    constexpr int columns = 4;
    const int rows = int((kinds.size() + columns - 1) / columns);
    const QRect area = page.adjusted(0, 76, 0, 0);
    const int cellW = area.width() / columns;
    const int cellH = area.height() / rows;
    for (int i = 0; i < kinds.size(); ++i) {
        const auto card = m_cards.value(int(kinds.at(i)));
        const QRect cell(area.left() + (i % columns) * cellW, area.top() + (i / columns) * cellH, cellW - 8, cellH - 8);
        if (!card->errorText.isEmpty()) {
            p.drawRect(cell);
            p.drawText(cell.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                       chartTitle(card->kind) + QStringLiteral("\n\n") + card->errorText);
            continue;
        }
        const QPixmap image = card->view->grab();
        const QSize fitted = image.size().scaled(cell.size(), Qt::KeepAspectRatio);
        p.drawPixmap(QRect(cell.topLeft(), fitted), image);
    }
    return p.end();
}

void DashboardWindow::askExport(ReportKind kind, bool png) {
    const QString base = ReportRepository::kindName(kind) + QLatin1Char('-') + filter().from.toString(Qt::ISODate) +
                         QLatin1Char('-') + filter().to.toString(Qt::ISODate);
    auto* dialog = new QFileDialog(this, png ? tr("Save chart as PNG") : tr("Save figures as CSV"), base,
                                   png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("dashboardExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind, png](const QString& path) {
        const bool ok = png ? exportPng(kind, path) : exportCsv(kind, path);
        m_status->setText(ok ? tr("Saved %1.").arg(path) : tr("%1 could not be written.").arg(path));
    });
    dialog->open();
}

void DashboardWindow::askReport() {
    auto* dialog = new QFileDialog(this, tr("Save the dashboard report"),
                                   QStringLiteral("dashboard-%1.pdf").arg(filter().to.toString(Qt::ISODate)),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("dashboardReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_status->setText(exportPdf(path) ? tr("Saved %1.").arg(path) : tr("%1 could not be written.").arg(path));
    });
    dialog->open();
}

} // namespace c360::ui

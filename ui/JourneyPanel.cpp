#include "JourneyPanel.h"

#include "models/Database.h"
#include "models/Journey.h"
#include "ui/JourneyView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>
#include <optional>

namespace c360::ui {

JourneyPanel::JourneyPanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_view(new JourneyView(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("journeyPanel"));
    m_summary->setObjectName(QStringLiteral("journeySummary"));
    if (auto rules = JourneyRules::load(JourneyRules::defaultPath())) {
        m_rules = std::move(*rules);
    }
    m_view->setRules(m_rules);
    const QString language = QLocale().name();
    m_language =
        language.startsWith(QLatin1String("zh"))
            ? (language == QLatin1String("zh_TW") || language == QLatin1String("zh_HK") ? QStringLiteral("zh_TW")
                                                                                        : QStringLiteral("zh_CN"))
            : QStringLiteral("en");
    m_view->setLanguage(m_language);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    auto button = [this, bar](const QString& text, const QString& tip, const char* name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("−"), tr("Zoom out (-)"), "journeyZoomOut"), &QToolButton::clicked, m_view,
            [this] { m_view->zoom(1 / 1.5); });
    connect(button(QStringLiteral("+"), tr("Zoom in (+)"), "journeyZoomIn"), &QToolButton::clicked, m_view,
            [this] { m_view->zoom(1.5); });
    connect(button(tr("All"), tr("Show the whole journey (Home)"), "journeyFit"), &QToolButton::clicked, m_view,
            &JourneyView::fitAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_view, &JourneyView::eventActivated, this, &JourneyPanel::eventActivated);
}

bool JourneyPanel::loadRules(const QString& path) {
    auto rules = JourneyRules::load(path);
    if (!rules) {
        Q_EMIT message(rules.error().message);
        return false;
    }
    m_rules = std::move(*rules);
    m_view->setRules(m_rules);
    m_loadedParty = -1;
    if (isVisible()) {
        load();
    }
    return true;
}

void JourneyPanel::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    reload();
}

void JourneyPanel::showParty(qint64 partyId) {
    m_partyId = partyId;
    if (isVisible()) {
        load();
    }
}

void JourneyPanel::clear() {
    ++m_generation; // a load under way is not shown
    m_partyId = 0;
    m_loadedParty = 0;
    m_view->clear();
    m_summary->clear();
}

void JourneyPanel::reload() {
    m_loadedParty = -1;
    if (isVisible()) {
        load();
    }
}

void JourneyPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_loadedParty != m_partyId) {
        load();
    }
}

JourneyPanel::~JourneyPanel() {
    for (const QPointer<QThread>& worker : std::as_const(m_workers)) {
        if (worker) {
            worker->wait();
        }
    }
}

void JourneyPanel::load() {
    m_loadedParty = m_partyId;
    if (m_partyId <= 0) {
        m_view->clear();
        m_summary->setText(tr("Open a customer to see the journey."));
        return;
    }
    // Off the UI thread, on a connection of its own: a customer with tens of thousands of events takes a
    // while to read. Only the newest request is shown.
    const int generation = ++m_generation;
    m_summary->setText(tr("Loading the journey…"));
    const QString path = m_db.databaseName();
    auto result = std::make_shared<std::optional<Result<Journey>>>();
    QThread* worker = QThread::create([path, rules = m_rules, party = m_partyId, result] {
        static std::atomic<int> serial{0};
        auto db = Database::open(path, QStringLiteral("c360-journey-%1").arg(++serial));
        if (!db) {
            result->emplace(db.error());
            return;
        }
        result->emplace(JourneyRepository(db->handle()).load(party, rules));
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, result, generation] {
        m_workers.removeAll(worker);
        worker->deleteLater();
        if (generation == m_generation && result->has_value()) {
            present(std::move(**result));
        }
    });
    worker->start();
}

void JourneyPanel::present(Result<Journey> journey) {
    if (!journey) {
        m_view->clear();
        m_summary->setText(journey.error().message);
        Q_EMIT loaded();
        return;
    }
    maskJourney(*journey, m_masker);
    const int touchpoints = static_cast<int>(journey->touchpoints.size());
    const int friction = static_cast<int>(journey->friction.size());
    QString stage;
    for (auto it = journey->touchpoints.crbegin(); it != journey->touchpoints.crend(); ++it) {
        if (it->stage >= 0 && it->stage < m_rules.stages().size()) {
            stage = m_rules.stages().at(it->stage).titleIn(m_language);
            break;
        }
    }
    m_summary->setText(tr("%n touchpoint(s)", nullptr, touchpoints) + QStringLiteral(" · ") +
                       tr("%n friction flag(s)", nullptr, friction) +
                       (stage.isEmpty() ? QString() : QStringLiteral(" · ") + tr("now: %1").arg(stage)));
    m_view->setJourney(std::move(*journey));
    Q_EMIT loaded();
}

} // namespace c360::ui

#include "JourneyPanel.h"

#include "models/Journey.h"
#include "ui/JourneyView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

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

void JourneyPanel::load() {
    m_loadedParty = m_partyId;
    if (m_partyId <= 0) {
        m_view->clear();
        m_summary->setText(tr("Open a customer to see the journey."));
        return;
    }
    auto journey = JourneyRepository(m_db).load(m_partyId, m_rules);
    if (!journey) {
        m_view->clear();
        m_summary->setText(journey.error().message);
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
}

} // namespace c360::ui

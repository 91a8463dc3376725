#include "ui/NbaPanel.h"

#include "models/nba/FeedbackRepository.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

constexpr qint64 kHistoryMs = 400LL * 24 * 3600 * 1000;

struct DismissReason {
    const char* code;
    const char* label;
};

// Codes are stored; labels are shown.
const DismissReason kDismissReasons[] = {
    {"not_relevant", QT_TRANSLATE_NOOP("c360::ui::NbaPanel", "Not relevant to this call")},
    {"declined", QT_TRANSLATE_NOOP("c360::ui::NbaPanel", "Customer declined")},
    {"no_time", QT_TRANSLATE_NOOP("c360::ui::NbaPanel", "No time on this call")},
    {"already_done", QT_TRANSLATE_NOOP("c360::ui::NbaPanel", "Already done")},
    {"inappropriate", QT_TRANSLATE_NOOP("c360::ui::NbaPanel", "Wrong for this customer")},
};

} // namespace

NbaPanel::NbaPanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_builder(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    setObjectName(QStringLiteral("nbaPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Next best actions"), this);
    heading->setObjectName(QStringLiteral("nbaHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("nbaStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("nbaScroll"));
    scroll->setAccessibleName(tr("Next best actions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_cards->setObjectName(QStringLiteral("nbaCards"));
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);

    nba::FeedbackRepository feedback(m_db);
    if (Status s = feedback.ensureSchema(); !s) {
        m_error = s.error().message;
    } else {
        m_feedbackReady = true;
        m_writer = std::make_unique<nba::FeedbackWriter>(m_db.databaseName());
        connect(m_writer.get(), &nba::FeedbackWriter::failed, this, [this](const QString& message) {
            Q_EMIT feedbackFailed(message);
            showStatus(message);
        });
    }
    auto pack = nba::RulePack::load(nba::RulePack::defaultPackPath());
    if (pack) {
        m_engine = std::make_unique<nba::NbaEngine>(std::move(*pack));
    } else {
        m_error = pack.error().message;
    }
    rebuildCards();
}

NbaPanel::~NbaPanel() = default;

void NbaPanel::waitForFeedbackWrites() {
    if (m_writer) {
        m_writer->drain();
    }
}

void NbaPanel::setRulePack(nba::RulePack pack) {
    m_engine = std::make_unique<nba::NbaEngine>(std::move(pack));
    rank();
}

void NbaPanel::setLanguage(const QString& language) {
    m_language = language;
    rank();
}

void NbaPanel::setTopK(int k) {
    m_topK = std::max(1, k);
    rank();
}

void NbaPanel::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

qint64 NbaPanel::nowMs() const {
    return m_clock().toMSecsSinceEpoch();
}

void NbaPanel::setParty(qint64 partyId) {
    m_partyId = partyId;
    loadFacts();
    rank();
}

void NbaPanel::setContext(const QString& callReason, const QString& channel, const QString& queue) {
    m_context = nba::CallContext{callReason, channel, queue};
    rank();
}

void NbaPanel::refresh() {
    loadFacts();
    rank();
}

void NbaPanel::loadFacts() {
    m_facts.reset();
    m_history.clear();
    if (m_partyId <= 0) {
        return;
    }
    const qint64 now = nowMs();
    auto facts = m_builder.build(m_partyId, now);
    if (!facts) {
        m_error = facts.error().message;
        return;
    }
    m_facts = std::move(*facts);
    if (m_feedbackReady) {
        // What was learned from every agent's answers so far (a few rows per action).
        if (auto learned = nba::LearningRepository(m_db).load()) {
            m_learner.setArms(std::move(*learned));
        }
        auto history = nba::FeedbackRepository(m_db).history(m_partyId, now - kHistoryMs);
        if (history) {
            m_history = *history;
        } else {
            m_error = history.error().message;
            return;
        }
    }
    m_error.clear();
}

void NbaPanel::rank() {
    m_evaluation = {};
    if (m_engine && m_facts) {
        nba::Facts facts = *m_facts;
        nba::applyContext(facts, m_context);
        nba::EvaluateOptions options;
        options.topK = m_topK;
        options.language = m_language;
        options.learner = &m_learner;
        m_evaluation = m_engine->evaluate(facts, m_history, nowMs(), options);
    }
    rebuildCards();
}

void NbaPanel::showStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void NbaPanel::rebuildCards() {
    // Cards go at once (detached, so a card's own button may trigger this) and are deleted later.
    QList<QWidget*> old = m_cards->findChildren<QWidget*>(QStringLiteral("nbaCard"), Qt::FindDirectChildrenOnly);
    old << m_cards->findChildren<QWidget*>(QStringLiteral("nbaNotice"), Qt::FindDirectChildrenOnly);
    for (QWidget* card : old) {
        card->hide();
        card->setParent(nullptr);
        card->deleteLater();
    }
    if (!m_error.isEmpty()) {
        showStatus(m_error);
        return;
    }
    if (m_partyId <= 0) {
        showStatus(tr("Open a customer to see suggestions."));
        return;
    }
    int index = 0;
    // Notices first: what the agent must respect on this call (no Accept: nothing to offer).
    for (const nba::Notice& n : std::as_const(m_evaluation.notices)) {
        QWidget* notice = makeNotice(n);
        m_cardsLayout->insertWidget(index++, notice);
        notice->show();
    }
    if (m_evaluation.actions.isEmpty()) {
        showStatus(tr("No suggestion for this customer right now."));
        return;
    }
    showStatus({});
    for (const nba::Recommendation& r : std::as_const(m_evaluation.actions)) {
        QWidget* card = makeCard(r);
        m_cardsLayout->insertWidget(index++, card);
        card->show();
    }
}

QWidget* NbaPanel::makeNotice(const nba::Notice& n) {
    auto* notice = new QFrame(m_cards);
    notice->setObjectName(QStringLiteral("nbaNotice"));
    notice->setProperty("actionId", n.actionId);
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setAccessibleName(tr("Notice: %1").arg(n.title));
    auto* layout = new QVBoxLayout(notice);
    auto* title = new QLabel(QStringLiteral("⚠ ") + n.title, notice);
    title->setObjectName(QStringLiteral("nbaNoticeTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    QStringList lines{n.text};
    for (const QString& line : n.why) {
        lines << QStringLiteral("• ") + line;
    }
    auto* text = new QLabel(lines.join(QLatin1Char('\n')), notice);
    text->setObjectName(QStringLiteral("nbaNoticeText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    return notice;
}

QWidget* NbaPanel::makeCard(const nba::Recommendation& r) {
    auto* card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("nbaCard"));
    card->setProperty("actionId", r.actionId);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);

    auto* title = new QLabel(r.title, card);
    title->setObjectName(QStringLiteral("nbaTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setToolTip(tr("Priority %1 = propensity %2 × context %3 × value %4 × lever %5")
                          .arg(r.priority, 0, 'f', 1)
                          .arg(r.propensity, 0, 'f', 2)
                          .arg(r.contextWeight, 0, 'g', 3)
                          .arg(r.value, 0, 'g', 6)
                          .arg(r.lever, 0, 'g', 3));
    layout->addWidget(title);

    auto* script = new QLabel(r.script, card);
    script->setObjectName(QStringLiteral("nbaScript"));
    script->setWordWrap(true);
    script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(script);

    QStringList lines;
    for (const QString& line : r.why) {
        lines << QStringLiteral("• ") + line;
    }
    auto* why = new QLabel(tr("Why: %1").arg(lines.join(QLatin1Char('\n'))), card);
    why->setObjectName(QStringLiteral("nbaWhy"));
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    QPalette muted = why->palette();
    muted.setColor(QPalette::WindowText, theme::muted(muted));
    why->setPalette(muted);
    layout->addWidget(why);

    // Accept / Dismiss / Later; Dismiss swaps them for an inline reason picker.
    auto* buttons = new QWidget(card);
    buttons->setObjectName(QStringLiteral("nbaButtons"));
    auto* buttonsLayout = new QHBoxLayout(buttons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    auto* accept = new QPushButton(tr("Accept"), buttons);
    accept->setObjectName(QStringLiteral("nbaAccept"));
    auto* dismiss = new QPushButton(tr("Dismiss…"), buttons);
    dismiss->setObjectName(QStringLiteral("nbaDismiss"));
    auto* later = new QPushButton(tr("Later"), buttons);
    later->setObjectName(QStringLiteral("nbaLater"));
    buttonsLayout->addWidget(accept);
    buttonsLayout->addWidget(dismiss);
    buttonsLayout->addWidget(later);
    buttonsLayout->addStretch(1);
    layout->addWidget(buttons);

    auto* picker = new QWidget(card);
    picker->setObjectName(QStringLiteral("nbaDismissPicker"));
    auto* pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto* reason = new QComboBox(picker);
    reason->setObjectName(QStringLiteral("nbaDismissReason"));
    reason->addItem(tr("Choose a reason…"), QString());
    for (const DismissReason& d : kDismissReasons) {
        reason->addItem(tr(d.label), QString::fromLatin1(d.code));
    }
    auto* confirm = new QPushButton(tr("Dismiss"), picker);
    confirm->setObjectName(QStringLiteral("nbaConfirmDismiss"));
    confirm->setEnabled(false);
    auto* cancel = new QPushButton(tr("Cancel"), picker);
    cancel->setObjectName(QStringLiteral("nbaCancelDismiss"));
    pickerLayout->addWidget(reason, 1);
    pickerLayout->addWidget(confirm);
    pickerLayout->addWidget(cancel);
    picker->hide();
    layout->addWidget(picker);

    const QString id = r.actionId;
    connect(accept, &QPushButton::clicked, this, [this, id] { giveFeedback(id, nba::Outcome::Accepted, {}); });
    connect(later, &QPushButton::clicked, this, [this, id] { giveFeedback(id, nba::Outcome::Later, {}); });
    connect(dismiss, &QPushButton::clicked, this, [buttons, picker, reason] {
        buttons->hide();
        picker->show();
        reason->setFocus();
    });
    connect(cancel, &QPushButton::clicked, this, [buttons, picker, reason] {
        picker->hide();
        reason->setCurrentIndex(0);
        buttons->show();
    });
    connect(reason, &QComboBox::currentIndexChanged, this,
            [confirm, reason](int) { confirm->setEnabled(!reason->currentData().toString().isEmpty()); });
    connect(confirm, &QPushButton::clicked, this, [this, id, reason] {
        const QString code = reason->currentData().toString();
        if (!code.isEmpty()) {
            giveFeedback(id, nba::Outcome::Dismissed, code);
        }
    });
    return card;
}

QWidget* NbaPanel::cardAt(int index) const {
    if (index < 0 || index >= m_evaluation.actions.size()) {
        return nullptr;
    }
    const QString id = m_evaluation.actions.at(index).actionId;
    for (QWidget* card : m_cards->findChildren<QWidget*>(QStringLiteral("nbaCard"), Qt::FindDirectChildrenOnly)) {
        if (card->property("actionId").toString() == id) {
            return card;
        }
    }
    return nullptr;
}

bool NbaPanel::accept(int index) {
    QWidget* card = cardAt(index);
    auto* button = card != nullptr ? card->findChild<QPushButton*>(QStringLiteral("nbaAccept")) : nullptr;
    if (button == nullptr) {
        return false;
    }
    button->click();
    return true;
}

bool NbaPanel::later(int index) {
    QWidget* card = cardAt(index);
    auto* button = card != nullptr ? card->findChild<QPushButton*>(QStringLiteral("nbaLater")) : nullptr;
    if (button == nullptr) {
        return false;
    }
    button->click();
    return true;
}

bool NbaPanel::beginDismiss(int index) {
    QWidget* card = cardAt(index);
    auto* button = card != nullptr ? card->findChild<QPushButton*>(QStringLiteral("nbaDismiss")) : nullptr;
    if (button == nullptr) {
        return false;
    }
    button->click();
    return true;
}

void NbaPanel::giveFeedback(const QString& actionId, nba::Outcome outcome, const QString& reason) {
    if (m_partyId <= 0) {
        return;
    }
    nba::Feedback f;
    f.partyId = m_partyId;
    f.actionId = actionId;
    f.outcome = outcome;
    f.reason = reason;
    f.atMs = nowMs();
    f.context = m_context;
    f.pack = m_engine ? m_engine->pack().name() : QString();
    f.agent = m_agent;
    if (!m_writer) {
        const QString message = m_error.isEmpty() ? tr("Answers to prompts cannot be stored in this cache.") : m_error;
        Q_EMIT feedbackFailed(message);
        showStatus(message);
        return;
    }
    if (Status valid = nba::FeedbackRepository::validate(f); !valid) {
        Q_EMIT feedbackFailed(valid.error().message);
        showStatus(valid.error().message);
        return;
    }
    // Applied here at once (contact policy, learner); stored by the writer on its own thread.
    std::optional<nba::ArmKey> arm;
    // Accept and dismiss teach the learner (per action × segment × call reason); later does not.
    if (outcome != nba::Outcome::Later && m_facts) {
        nba::Facts facts = *m_facts;
        nba::applyContext(facts, m_context);
        arm = nba::PropensityLearner::armOf(actionId, facts);
        m_learner.observe(*arm, outcome == nba::Outcome::Accepted);
    }
    m_writer->record(f, arm);
    m_history << f;
    const qint64 party = m_partyId;
    rank();
    Q_EMIT feedbackGiven(party, actionId, nba::outcomeName(outcome), reason);
}

} // namespace c360::ui

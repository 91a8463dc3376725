#include "TimelinePanel.h"

#include "models/Roles.h"
#include "models/TimelineModel.h"
#include "ui/KindStyle.h"
#include "ui/TimelineDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace c360::ui {

TimelinePanel::TimelinePanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_model(new TimelineModel(m_db, this))
    , m_view(new QListView(this))
    , m_kindButton(new QToolButton(this))
    , m_sourceButton(new QToolButton(this))
    , m_kindMenu(new QMenu(this))
    , m_sourceMenu(new QMenu(this))
    , m_systemBox(new QCheckBox(tr("Show system changes"), this))
    , m_count(new QLabel(this)) {
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline, newest first"));
    m_view->setModel(m_model);
    m_delegate = new TimelineDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_kindButton->setObjectName(QStringLiteral("kindFilter"));
    m_kindButton->setText(tr("Kinds"));
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setMenu(m_kindMenu);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sourceButton->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceButton->setText(tr("Sources"));
    m_sourceButton->setPopupMode(QToolButton::InstantPopup);
    m_sourceButton->setMenu(m_sourceMenu);
    m_systemBox->setObjectName(QStringLiteral("systemToggle"));
    m_systemBox->setToolTip(tr("System field changes (segment updates, opt-in flips...) are folded away by default."));
    m_count->setObjectName(QStringLiteral("timelineCount"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Timeline"), this));
    bar->addSpacing(8);
    bar->addWidget(m_kindButton);
    bar->addWidget(m_sourceButton);
    bar->addWidget(m_systemBox);
    bar->addStretch(1);
    bar->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_systemBox, &QCheckBox::toggled, this, &TimelinePanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) {
            return;
        }
        const qint64 id = current.data(IdRole).toLongLong();
        if (id < 0) {
            Q_EMIT localEventSelected(m_model->eventAt(current.row()));
        } else {
            Q_EMIT eventSelected(id);
        }
    });
    connect(m_model, &TimelineModel::errorOccurred, this, &TimelinePanel::message);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateCount);
    clear();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::setMasker(const PiiMasker& masker) {
    m_delegate->setMasker(masker);
    m_view->viewport()->update();
}

void TimelinePanel::showParty(qint64 partyId) {
    m_partyId = partyId;
    const QSignalBlocker block(m_systemBox);
    m_systemBox->setChecked(false);
    rebuildMenus();
    m_model->setParty(partyId);
    m_model->setFilter(TimelineFilter{});
    resetFilterLabels(); // the new customer's menus start with everything shown
    setEnabled(true);
    updateCount();
    Q_EMIT selectionCleared();
}

void TimelinePanel::resetFilterLabels() {
    m_kindButton->setText(tr("Kinds"));
    m_sourceButton->setText(tr("Sources"));
}

void TimelinePanel::clear() {
    m_partyId = 0;
    m_model->setParty(0);
    m_kindMenu->clear();
    m_sourceMenu->clear();
    m_count->clear();
    resetFilterLabels();
    setEnabled(false);
    Q_EMIT selectionCleared();
}

void TimelinePanel::reload() {
    if (m_partyId <= 0) {
        return;
    }
    const TimelineFilter filter = m_model->filter();
    rebuildMenus();
    m_model->setParty(m_partyId);
    m_model->setFilter(filter);
    updateCount();
}

void TimelinePanel::setKindFilter(const QStringList& kinds) {
    for (QAction* a : m_kindMenu->actions()) {
        a->setChecked(kinds.isEmpty() || kinds.contains(a->data().toString()));
    }
    applyFilter();
}

void TimelinePanel::setSourceFilter(const QStringList& sources) {
    for (QAction* a : m_sourceMenu->actions()) {
        a->setChecked(sources.isEmpty() || sources.contains(a->data().toString()));
    }
    applyFilter();
}

void TimelinePanel::setIncludeSystem(bool include) {
    m_systemBox->setChecked(include);
}

void TimelinePanel::rebuildMenus() {
    m_kindMenu->clear();
    m_sourceMenu->clear();
    const TimelineRepository repo(m_db);
    if (const auto kinds = repo.kinds(m_partyId)) {
        for (const QString& kind : *kinds) {
            QAction* a = m_kindMenu->addAction(KindStyle::icon(kind), KindStyle::of(kind).label);
            a->setCheckable(true);
            a->setChecked(true);
            a->setData(kind);
            connect(a, &QAction::toggled, this, &TimelinePanel::applyFilter);
        }
    }
    if (const auto sources = repo.sources(m_partyId)) {
        for (const QString& source : *sources) {
            QAction* a = m_sourceMenu->addAction(KindStyle::sourceLabel(source));
            a->setCheckable(true);
            a->setChecked(true);
            a->setData(source);
            connect(a, &QAction::toggled, this, &TimelinePanel::applyFilter);
        }
    }
}

void TimelinePanel::applyFilter() {
    TimelineFilter filter;
    filter.includeSystem = m_systemBox->isChecked();
    const auto checked = [](QMenu* menu, QString* label, const QString& all) {
        QStringList on;
        const QList<QAction*> actions = menu->actions();
        for (QAction* a : actions) {
            if (a->isChecked()) {
                on << a->data().toString();
            }
        }
        if (on.size() == actions.size()) {
            *label = all;
            return QStringList{};
        }
        *label = all + QStringLiteral(" (%1/%2)").arg(on.size()).arg(actions.size());
        // Nothing checked means nothing to show: keep an impossible value so the filter stays honest.
        return on.isEmpty() ? QStringList{QStringLiteral("\u0001none")} : on;
    };
    QString kindLabel;
    QString sourceLabel;
    filter.kinds = checked(m_kindMenu, &kindLabel, tr("Kinds"));
    filter.sources = checked(m_sourceMenu, &sourceLabel, tr("Sources"));
    m_kindButton->setText(kindLabel);
    m_sourceButton->setText(sourceLabel);
    // The details pane follows the filter: the selected event stays selected if it is still listed,
    // else the pane is cleared rather than showing an event the list no longer has.
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    m_model->setFilter(filter);
    updateCount();
    if (selected != 0) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(IdRole).toLongLong() == selected) {
                m_view->setCurrentIndex(m_model->index(row, 0));
                return;
            }
        }
        Q_EMIT selectionCleared();
    }
}

void TimelinePanel::updateCount() {
    if (m_partyId <= 0) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%1 events").arg(QLocale().toString(m_model->totalCount())));
}

bool TimelinePanel::selectEvent(qint64 eventId) {
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({})) {
                break;
            }
            m_model->fetchMore({});
            if (row >= m_model->rowCount()) {
                break;
            }
        }
        if (m_model->eventAt(row).id == eventId) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    Q_EMIT message(tr("That touchpoint is hidden by the timeline's filters."));
    return false;
}

} // namespace c360::ui

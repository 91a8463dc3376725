#include "ui/DataQualityView.h"

#include "models/DisplayFormat.h"
#include "ui/MergeReviewDialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
constexpr int kPartyRole = Qt::UserRole;
constexpr int kOtherPartyRole = Qt::UserRole + 1;
constexpr int kPairRole = Qt::UserRole + 2;
constexpr int kDecisionRole = Qt::UserRole + 3;

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}
} // namespace

DataQualityView::DataQualityView(QWidget* parent)
    : QWidget(parent) {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dataQualityTabs"));
    m_duplicates =
        table(this, "suspectedDuplicatesTable", {tr("Customer"), tr("Possible duplicate"), tr("Score"), tr("Why")});
    m_invalid = table(this, "invalidContactsTable", {tr("Customer"), tr("Source"), tr("Id"), tr("Field"), tr("Value")});
    m_conflicts = table(this, "conflictingValuesTable", {tr("Customer"), tr("Name"), tr("Field"), tr("Values")});
    m_tabs->addTab(m_duplicates, tr("Suspected duplicates"));
    m_tabs->addTab(m_invalid, tr("Invalid phones and e-mails"));
    m_tabs->addTab(m_conflicts, tr("Conflicting values"));
    m_tabs->addTab(decisionsPage(), tr("Decisions"));

    m_merge = new QPushButton(tr("Merge selected pair"), this);
    m_merge->setObjectName(QStringLiteral("mergeDuplicateButton"));
    m_merge->setEnabled(false);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDataQualityButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_merge);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    for (QTableWidget* t : {m_duplicates, m_invalid, m_conflicts}) {
        connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) { activate(t, row); });
    }
    connect(m_duplicates, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(!m_duplicates->selectedItems().isEmpty()); });
    connect(m_merge, &QPushButton::clicked, this, &DataQualityView::mergeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &DataQualityView::refreshRequested);
}

QWidget* DataQualityView::decisionsPage() {
    auto* page = new QWidget(this);
    m_decisions = table(page, "decisionsTable", {tr("When"), tr("Decision"), tr("Records"), tr("By"), tr("Reason")});
    m_undoReason = new QLineEdit(page);
    m_undoReason->setObjectName(QStringLiteral("undoReason"));
    m_undoReason->setPlaceholderText(tr("Why it is undone (required)"));
    m_undo = new QPushButton(tr("&Undo decision"), page);
    m_undo->setObjectName(QStringLiteral("undoDecisionButton"));
    m_undo->setEnabled(false);
    auto* undoRow = new QHBoxLayout;
    auto* label = new QLabel(tr("Reason:"), page);
    label->setBuddy(m_undoReason);
    undoRow->addWidget(label);
    undoRow->addWidget(m_undoReason, 1);
    undoRow->addWidget(m_undo);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_decisions, 1);
    layout->addLayout(undoRow);
    const auto update = [this] {
        m_undo->setEnabled(!m_decisions->selectedItems().isEmpty() && !m_undoReason->text().trimmed().isEmpty());
    };
    connect(m_decisions, &QTableWidget::itemSelectionChanged, this, update);
    connect(m_undoReason, &QLineEdit::textChanged, this, update);
    connect(m_undo, &QPushButton::clicked, this, &DataQualityView::undoSelected);
    return page;
}

void DataQualityView::setDecisions(const QList<StoredDecision>& decisions) {
    m_decisions->setRowCount(static_cast<int>(decisions.size()));
    const auto ref = [](const QString& source, const QString& stream, const QString& id) {
        return QString(source + u'/' + stream + u'/' + id);
    };
    for (int row = 0; row < decisions.size(); ++row) {
        const StoredDecision& d = decisions.at(row);
        const IdentityDecision& x = d.decision;
        const bool merge = x.kind == QLatin1String("merge");
        auto* when = cell(display::when(QDateTime::fromMSecsSinceEpoch(d.createdMs)));
        when->setData(kDecisionRole, d.id);
        when->setToolTip(tr("Decision %1").arg(d.id));
        m_decisions->setItem(row, 0, when);
        m_decisions->setItem(row, 1, cell(merge ? tr("Merge") : tr("Split")));
        m_decisions->setItem(
            row, 2,
            cell(merge ? tr("%1 with %2")
                             .arg(ref(x.aSource, x.aStream, x.aSourceId), ref(x.bSource, x.bStream, x.bSourceId))
                       : ref(x.aSource, x.aStream, x.aSourceId)));
        m_decisions->setItem(row, 3, cell(x.actor));
        m_decisions->setItem(row, 4, cell(x.reason));
    }
    m_tabs->setTabText(3, tr("Decisions (%1)").arg(decisions.size()));
    m_undo->setEnabled(false);
}

void DataQualityView::undoSelected() {
    const int row = m_decisions->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_decisions->item(row, 0) : nullptr;
    const QString reason = m_undoReason->text().trimmed();
    if (item == nullptr || reason.isEmpty()) {
        return;
    }
    m_undo->setEnabled(false); // until the list comes back
    m_undoReason->clear();
    Q_EMIT undoRequested(item->data(kDecisionRole).toLongLong(), reason);
}

void DataQualityView::setSuspectedDuplicates(const QList<SuspectedDuplicate>& pairs) {
    m_pairs = pairs;
    m_duplicates->setRowCount(static_cast<int>(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        const SuspectedDuplicate& p = pairs.at(row);
        auto* first = partyCell(p.partyA);
        first->setData(kOtherPartyRole, p.partyB);
        first->setData(kPairRole, row);
        m_duplicates->setItem(row, 0, first);
        m_duplicates->setItem(row, 1, partyCell(p.partyB));
        m_duplicates->setItem(row, 2, cell(QString::number(p.score, 'f', 2)));
        m_duplicates->setItem(row, 3, cell(m_masker.text(p.why)));
    }
    m_tabs->setTabText(0, tr("Suspected duplicates (%1)").arg(pairs.size()));
    m_merge->setEnabled(false);
}

void DataQualityView::setInvalidContacts(const QList<InvalidContact>& records) {
    m_invalid->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const InvalidContact& r = records.at(row);
        m_invalid->setItem(row, 0, partyCell(r.partyId));
        m_invalid->setItem(row, 1, cell(r.source));
        m_invalid->setItem(row, 2, cell(m_masker.text(r.sourceId)));
        m_invalid->setItem(row, 3, cell(r.kind == QLatin1String("phone") ? tr("Phone") : tr("E-mail")));
        m_invalid->setItem(row, 4, cell(m_masker.field(r.kind, r.value)));
    }
    m_tabs->setTabText(1, tr("Invalid phones and e-mails (%1)").arg(records.size()));
}

void DataQualityView::setConflictingValues(const QList<ConflictingValue>& values) {
    m_conflicts->setRowCount(static_cast<int>(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const ConflictingValue& v = values.at(row);
        m_conflicts->setItem(row, 0, partyCell(v.partyId));
        m_conflicts->setItem(row, 1, cell(m_masker.text(v.displayName)));
        m_conflicts->setItem(row, 2, cell(v.kind));
        QStringList shown;
        for (const QString& value : v.values) {
            shown << m_masker.field(v.kind, value);
        }
        m_conflicts->setItem(row, 3, cell(shown.join(QStringLiteral(", "))));
    }
    m_tabs->setTabText(2, tr("Conflicting values (%1)").arg(values.size()));
}

QTableWidgetItem* DataQualityView::partyCell(qint64 partyId) const {
    const QString name = m_nameOf ? m_nameOf(partyId) : QString();
    auto* item = cell(name.isEmpty() ? tr("Customer %1").arg(partyId) : m_masker.text(name));
    item->setData(kPartyRole, partyId);
    item->setToolTip(tr("Customer id %1").arg(partyId));
    return item;
}

void DataQualityView::activate(QTableWidget* t, int row) {
    const QTableWidgetItem* item = t->item(row, 0);
    if (item != nullptr && item->data(kPartyRole).toLongLong() > 0) {
        Q_EMIT partyActivated(item->data(kPartyRole).toLongLong());
    }
}

void DataQualityView::mergeSelected() {
    const int row = m_duplicates->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_duplicates->item(row, 0) : nullptr;
    if (item == nullptr) {
        return;
    }
    const qint64 a = item->data(kPartyRole).toLongLong();
    const qint64 b = item->data(kOtherPartyRole).toLongLong();
    const int pair = item->data(kPairRole).toInt();
    const SuspectedDuplicate suspect = pair >= 0 && pair < m_pairs.size() ? m_pairs.at(pair) : SuspectedDuplicate{};
    const auto summaryOf = [this](qint64 party) {
        CustomerSummary summary;
        summary.partyId = party;
        if (m_db.isOpen()) {
            if (auto read = identity::customerSummary(m_db, party)) {
                summary = *read;
            }
        }
        if (!summary.exists && summary.displayName.isEmpty() && m_nameOf) {
            summary.displayName = m_nameOf(party);
            summary.exists = !summary.displayName.isEmpty();
        }
        return summary;
    };
    auto* dialog = new MergeReviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPair(summaryOf(a), summaryOf(b), suspect.score, suspect.why);
    connect(dialog, &MergeReviewDialog::mergeConfirmed, this, &DataQualityView::mergeRequested);
    dialog->open();
}

} // namespace c360::ui

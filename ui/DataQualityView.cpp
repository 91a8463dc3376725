#include "ui/DataQualityView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
constexpr int kPartyRole = Qt::UserRole;
constexpr int kOtherPartyRole = Qt::UserRole + 1;

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

void DataQualityView::setSuspectedDuplicates(const QList<SuspectedDuplicate>& pairs) {
    m_duplicates->setRowCount(static_cast<int>(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        const SuspectedDuplicate& p = pairs.at(row);
        auto* first = partyCell(p.partyA);
        first->setData(kOtherPartyRole, p.partyB);
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
    if (item != nullptr) {
        Q_EMIT mergeRequested(item->data(kPartyRole).toLongLong(), item->data(kOtherPartyRole).toLongLong());
    }
}

} // namespace c360::ui

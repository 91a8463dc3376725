#include "ui/LinkedRecordsDialog.h"

#include "models/IdentityRules.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
QTableWidgetItem* cell(const QString& text, const QVariant& data = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (data.isValid()) {
        item->setData(Qt::UserRole, data);
    }
    return item;
}
} // namespace

LinkedRecordsDialog::LinkedRecordsDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Linked records"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("linkedRecordsTitle"));

    m_records = new QTableWidget(0, 7, this);
    m_records->setObjectName(QStringLiteral("linkedRecordsTable"));
    m_records->setHorizontalHeaderLabels(
        {tr("Source"), tr("Type"), tr("Id"), tr("Rule"), tr("Score"), tr("Why"), tr("Golden values")});
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->horizontalHeader()->setStretchLastSection(true);
    m_records->verticalHeader()->hide();

    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QStringLiteral("goldenFieldsTable"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("From")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setMaximumHeight(170);

    m_split = new QPushButton(tr("Split record out"), this);
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_mergeWith = new QLineEdit(this);
    m_mergeWith->setObjectName(QStringLiteral("mergeWithEdit"));
    m_mergeWith->setPlaceholderText(tr("Customer id to merge with"));
    m_merge = new QPushButton(tr("Merge"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linkedRecordsError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette()))));
    m_error->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_split);
    actions->addStretch();
    actions->addWidget(m_mergeWith);
    actions->addWidget(m_merge);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("linkedRecordsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_records, 1);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_records, &QTableWidget::itemSelectionChanged, this, &LinkedRecordsDialog::updateActions);
    connect(m_mergeWith, &QLineEdit::textChanged, this, &LinkedRecordsDialog::updateActions);
    connect(m_split, &QPushButton::clicked, this, &LinkedRecordsDialog::requestSplit);
    connect(m_merge, &QPushButton::clicked, this, &LinkedRecordsDialog::requestMerge);
    resize(820, 520);
    updateActions();
}

void LinkedRecordsDialog::setRecords(qint64 partyId, const QString& displayName, const QList<LinkedRecord>& records,
                                     qint64 total) {
    m_partyId = partyId;
    m_recordLabels.clear();
    m_error->hide();
    m_title->setText(
        total > records.size()
            ? tr("%1 — %2 linked records (showing %3)").arg(m_masker.text(displayName)).arg(total).arg(records.size())
            : tr("%1 — %2 linked records").arg(m_masker.text(displayName)).arg(total));
    m_records->setRowCount(0);
    m_records->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const LinkedRecord& r = records.at(row);
        m_records->setItem(row, 0, cell(r.source, r.recordId));
        m_records->setItem(row, 1, cell(entityLabel(r.entity)));
        m_records->setItem(row, 2, cell(m_masker.text(r.sourceId)));
        m_records->setItem(row, 3, cell(ruleLabel(r.rule)));
        m_records->setItem(row, 4, cell(QString::number(r.score, 'f', 2)));
        m_records->setItem(row, 5, cell(m_masker.text(r.why)));
        m_records->setItem(row, 6, cell(QString()));
        m_recordLabels.insert(r.recordId, tr("%1 %2").arg(r.source, m_masker.text(r.sourceId)));
    }
    showSuppliers();
    updateActions();
}

QString LinkedRecordsDialog::label(std::span<const std::pair<const char*, const char*>> labels, const QString& name) {
    for (const auto& [stored, text] : labels) {
        if (name == QLatin1String(stored)) {
            return tr(text);
        }
    }
    return name;
}

QString LinkedRecordsDialog::entityLabel(const QString& entity) {
    static const std::pair<const char*, const char*> labels[] = {{"customer", QT_TR_NOOP("Customer")},
                                                                 {"order", QT_TR_NOOP("Order")},
                                                                 {"return", QT_TR_NOOP("Return")},
                                                                 {"ticket", QT_TR_NOOP("Ticket")},
                                                                 {"interaction", QT_TR_NOOP("Call or chat")},
                                                                 {"campaign_event", QT_TR_NOOP("Campaign event")},
                                                                 {"survey", QT_TR_NOOP("Survey")},
                                                                 {"cart", QT_TR_NOOP("Cart")}};
    return label(labels, entity); // a type of another source's, as stored
}

QString LinkedRecordsDialog::ruleLabel(const QString& rule) {
    // The linker's and the shipped identity rules' names (resources/identity/rules.json); a rule of other rules is
    // shown by its own name.
    static const std::pair<const char*, const char*> labels[] = {{"email", QT_TR_NOOP("E-mail")},
                                                                 {"phone", QT_TR_NOOP("Phone")},
                                                                 {"wechat", QT_TR_NOOP("WeChat")},
                                                                 {"crm_id", QT_TR_NOOP("CRM id")},
                                                                 {"phone_digits", QT_TR_NOOP("Phone digits and name")},
                                                                 {"fuzzy_name", QT_TR_NOOP("Similar name")},
                                                                 {"shared_key_name", QT_TR_NOOP("Shared key and name")},
                                                                 {"new", QT_TR_NOOP("No match yet")},
                                                                 {"own", QT_TR_NOOP("No linking key")},
                                                                 {"manual", QT_TR_NOOP("Supervisor's merge")}};
    return label(labels, rule);
}

QString LinkedRecordsDialog::fieldLabel(const QString& field) {
    static const std::pair<const char*, const char*> labels[] = {
        {"display_name", QT_TR_NOOP("Name")},    {"email", QT_TR_NOOP("E-mail")}, {"phone", QT_TR_NOOP("Phone")},
        {"segment", QT_TR_NOOP("Segment")},      {"city", QT_TR_NOOP("City")},    {"address", QT_TR_NOOP("Address")},
        {"birth_date", QT_TR_NOOP("Birth date")}};
    return label(labels, field);
}

void LinkedRecordsDialog::setGoldenFields(const QList<GoldenField>& fields) {
    m_golden.clear();
    for (const GoldenField& f : fields) {
        if (f.field != QLatin1String("survivorship")) { // the policy the record was computed under, not a value
            m_golden << f;
        }
    }
    showSuppliers();
}

void LinkedRecordsDialog::showSuppliers() {
    const Survivorship survivorship = IdentityRules::defaults().survivorship;
    QHash<qint64, QStringList> supplied;
    m_fields->setRowCount(static_cast<int>(m_golden.size()));
    for (int row = 0; row < m_golden.size(); ++row) {
        const GoldenField& f = m_golden.at(row);
        // The record behind the value when it is listed (the list may be a first page), else its source.
        const QString record = m_recordLabels.value(f.recordId);
        const QString from = f.source.isEmpty() ? QString() : record.isEmpty() ? f.source : record;
        const QString why =
            f.source.isEmpty() ? QString() : tr("From %1: %2").arg(from, survivorship.explainGoldenField(f.field));
        m_fields->setItem(row, 0, cell(fieldLabel(f.field)));
        m_fields->setItem(row, 1, cell(m_masker.field(f.field, f.value)));
        m_fields->setItem(row, 2, cell(from, f.recordId));
        for (int column = 0; column < 3; ++column) {
            m_fields->item(row, column)->setToolTip(why);
        }
        if (f.recordId > 0 && !f.value.isEmpty()) {
            supplied[f.recordId] << fieldLabel(f.field);
        }
    }
    m_fields->resizeColumnsToContents();
    for (int row = 0; row < m_records->rowCount(); ++row) {
        QTableWidgetItem* source = m_records->item(row, 0);
        QTableWidgetItem* golden = m_records->item(row, 6);
        if (source == nullptr || golden == nullptr) {
            continue;
        }
        const QStringList fields = supplied.value(source->data(Qt::UserRole).toLongLong());
        golden->setText(fields.join(QStringLiteral(", ")));
        golden->setToolTip(fields.isEmpty() ? QString() : tr("This record supplied the golden %1").arg(golden->text()));
    }
    m_records->resizeColumnsToContents();
}

void LinkedRecordsDialog::setSupervisor(bool supervisor) {
    m_supervisor = supervisor;
    updateActions();
}

void LinkedRecordsDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LinkedRecordsDialog::updateActions() {
    m_split->setVisible(m_supervisor);
    m_mergeWith->setVisible(m_supervisor);
    m_merge->setVisible(m_supervisor);
    // Splitting the only record of a customer changes nothing.
    m_split->setEnabled(m_supervisor && m_records->currentRow() >= 0 && m_records->rowCount() > 1 &&
                        !m_records->selectedItems().isEmpty());
    bool ok = false;
    const qint64 other = m_mergeWith->text().trimmed().toLongLong(&ok);
    m_merge->setEnabled(m_supervisor && ok && other > 0 && other != m_partyId);
}

void LinkedRecordsDialog::requestSplit() {
    const int row = m_records->currentRow();
    if (!m_supervisor || row < 0 || m_records->item(row, 0) == nullptr) {
        return;
    }
    Q_EMIT splitRequested(m_partyId, m_records->item(row, 0)->data(Qt::UserRole).toLongLong());
}

void LinkedRecordsDialog::requestMerge() {
    bool ok = false;
    const qint64 other = m_mergeWith->text().trimmed().toLongLong(&ok);
    if (!m_supervisor || !ok || other <= 0 || other == m_partyId) {
        return;
    }
    Q_EMIT mergeRequested(m_partyId, other);
}

} // namespace c360::ui

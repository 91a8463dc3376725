#include "ui/MergeReviewDialog.h"

#include "models/DisplayFormat.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
// The rows of the comparison, top to bottom.
enum Row { NameRow, OtherNamesRow, EmailsRow, PhonesRow, SourcesRow, LastActivityRow, OrdersRow, TicketsRow, Rows };

QLabel* valueLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

MergeReviewDialog::MergeReviewDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("mergeReviewDialog"));
    setWindowTitle(tr("Merge two customers?"));
    auto* intro = new QLabel(tr("These two customers may be one person. Compare them before merging: every record of "
                                "both will belong to one customer. The merge is recorded with your reason and can "
                                "be undone from Data quality → Decisions."),
                             this);
    intro->setWordWrap(true);

    auto* compare = new QWidget(this);
    m_grid = new QGridLayout(compare);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    const QString heads[Rows] = {tr("Name"),    tr("Also written"),  tr("E-mails"), tr("Phones"),
                                 tr("Sources"), tr("Last activity"), tr("Orders"),  tr("Open tickets")};
    for (int row = 0; row < Rows; ++row) {
        auto* head = new QLabel(heads[row], compare);
        head->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_grid->addWidget(head, row + 1, 0);
        for (int column = 1; column <= 2; ++column) {
            m_grid->addWidget(valueLabel(compare, QStringLiteral("mergeReview_%1_%2").arg(column).arg(row)), row + 1,
                              column);
        }
    }

    auto* evidenceBox = new QGroupBox(tr("Why they look like one customer"), this);
    m_evidence = valueLabel(evidenceBox, QStringLiteral("mergeReviewEvidence"));
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setPlaceholderText(tr("Required, e.g. \"same person: confirmed by phone\""));
    auto* reasonForm = new QFormLayout;
    reasonForm->addRow(tr("&Reason:"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeConfirmButton"));
    m_merge->setEnabled(false);
    m_merge->setDefault(true); // Enter in the reason field merges once there is a reason (disabled until then)

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(compare);
    layout->addWidget(evidenceBox);
    layout->addLayout(reasonForm);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_merge->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeReviewDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

void MergeReviewDialog::setPair(const CustomerSummary& a, const CustomerSummary& b, double score,
                                const QString& evidence) {
    m_a = a;
    m_b = b;
    for (int column = 1; column <= 2; ++column) {
        fillColumn(column, column == 1 ? a : b);
    }
    m_evidence->setText(tr("Score %1 — %2").arg(QString::number(score, 'f', 2), evidence));
    m_reason->clear();
    m_merge->setEnabled(false);
}

void MergeReviewDialog::fillColumn(int column, const CustomerSummary& c) {
    const auto set = [&](int row, const QString& text) {
        qobject_cast<QLabel*>(m_grid->itemAtPosition(row + 1, column)->widget())->setText(text);
    };
    const QString none = tr("—");
    const auto lines = [&](const QStringList& values) { return values.isEmpty() ? none : values.join(u'\n'); };
    if (!c.exists) {
        set(NameRow, tr("Customer %1 no longer exists").arg(c.partyId));
        for (int row = OtherNamesRow; row < Rows; ++row) {
            set(row, none);
        }
        return;
    }
    set(NameRow, c.displayName.isEmpty() ? tr("Customer %1").arg(c.partyId) : c.displayName);
    QStringList others = c.names;
    others.removeAll(c.displayName);
    set(OtherNamesRow, lines(others));
    set(EmailsRow, lines(c.emails));
    set(PhonesRow, lines(c.phones));
    set(SourcesRow,
        tr("%n record(s): %1", nullptr, static_cast<int>(c.records)).arg(c.sources.join(QStringLiteral(", "))));
    set(LastActivityRow,
        c.lastContactMs > 0 ? display::when(QDateTime::fromMSecsSinceEpoch(c.lastContactMs)) : tr("none"));
    set(OrdersRow, QString::number(c.orderCount));
    set(TicketsRow, QString::number(c.openTickets));
}

QString MergeReviewDialog::reason() const {
    return m_reason->text().trimmed();
}

void MergeReviewDialog::confirm() {
    if (reason().isEmpty()) {
        m_reason->setFocus();
        return; // the button is disabled without one; Enter in the field lands here
    }
    Q_EMIT mergeConfirmed(m_a.partyId, m_b.partyId, reason());
    accept();
}

} // namespace c360::ui

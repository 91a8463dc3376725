#include "RefundDialog.h"

#include "models/DisplayFormat.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace c360::ui {

RefundDialog::RefundDialog(QWidget* parent)
    : QDialog(parent)
    , m_for(new QLabel(this))
    , m_paid(new QLabel(this))
    , m_symbol(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund"));
    setWindowModality(Qt::WindowModal);
    m_for->setWordWrap(true);
    m_paid->setObjectName(QStringLiteral("refundPaid"));
    m_symbol->setObjectName(QStringLiteral("refundCurrency"));
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why the customer gets money back"));
    m_error->setObjectName(QStringLiteral("refundError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette()))));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("refundConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::update);

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_symbol);
    amountRow->addWidget(m_amount, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), amountRow);
    form->addRow(tr("&Reason:"), m_reason);
    qobject_cast<QLabel*>(form->labelForField(amountRow))->setBuddy(m_amount);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_for);
    layout->addWidget(m_paid);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, 220);
}

void RefundDialog::start(const QString& customerName, const Order& order) {
    m_order = order;
    m_for->setText(tr("Refund the payment of order %1 for %2.").arg(order.number, customerName));
    m_paid->setText(order.refundedCents > 0
                        ? tr("Paid %1, already refunded %2: %3 left.")
                              .arg(money(order.totalCents), money(order.refundedCents), money(order.leftCents()))
                        : tr("Paid %1.").arg(money(order.totalCents)));
    const QString symbol = display::currencySymbol(order.currency);
    m_symbol->setText(symbol.isEmpty() ? order.currency.toUpper() : symbol);
    m_amount->clear();
    m_amount->setPlaceholderText(tr("Empty: all that is left (%1)").arg(money(order.leftCents())));
    m_reason->clear();
    update();
    m_amount->setFocus();
}

qint64 RefundDialog::parseCents(const QString& text) {
    QString t = text.trimmed();
    // "1,234.56" and "1 234,56": the last separator followed by one or two digits is the decimal point.
    static const QRegularExpression decimal(QStringLiteral(R"([.,](\d{1,2})$)"));
    QString fraction;
    if (const auto m = decimal.match(t); m.hasMatch()) {
        fraction = m.captured(1);
        t.chop(m.capturedLength(0));
    }
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    static const QRegularExpression whole(QStringLiteral(R"(^\d{1,12}$)"));
    if (!whole.match(t).hasMatch()) {
        return -1;
    }
    if (fraction.size() == 1) {
        fraction += QLatin1Char('0');
    }
    return t.toLongLong() * 100 + (fraction.isEmpty() ? 0 : fraction.toLongLong());
}

QString RefundDialog::plainAmount(qint64 cents) {
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString RefundDialog::money(qint64 cents) const {
    return display::money(double(cents) / 100.0, m_order.currency.toUpper());
}

qint64 RefundDialog::validated() {
    const qint64 left = m_order.leftCents();
    if (left <= 0) {
        m_error->setText(tr("Nothing is left to refund on order %1.").arg(m_order.number));
        return -1;
    }
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        m_error->clear();
        return left;
    }
    const qint64 cents = parseCents(text);
    if (cents < 0) {
        m_error->setText(tr("Write the amount as a number with at most two decimals, for example %1.")
                             .arg(plainAmount(std::min<qint64>(left, 1050))));
        return -1;
    }
    if (cents == 0) {
        m_error->setText(tr("A refund must be more than %1.").arg(money(0)));
        return -1;
    }
    if (cents > left) {
        m_error->setText(tr("At most %1 is left to refund.").arg(money(left)));
        return -1;
    }
    m_error->clear();
    return cents;
}

void RefundDialog::update() {
    const qint64 cents = validated();
    m_ok->setText(cents > 0 ? tr("Refund %1").arg(money(cents)) : tr("Refund"));
}

void RefundDialog::confirm() {
    const qint64 cents = validated();
    if (cents <= 0) {
        return; // the error label says why
    }
    const bool all = m_amount->text().trimmed().isEmpty();
    Q_EMIT confirmed(all ? QString() : plainAmount(cents), m_reason->text().trimmed());
    accept();
}

} // namespace c360::ui

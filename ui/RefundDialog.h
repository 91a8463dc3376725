#pragma once

#include <QDialog>
#include <QtGlobal>

class QLabel;
class QLineEdit;
class QPushButton;

namespace c360::ui {

// A refund of the selected order's payment: an amount in the order's currency (empty = all that is
// left), a reason, and a button that names what will be refunded. Opened with open(); the write goes
// to the outbox through `confirmed`.
class RefundDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)
public:
    struct Order {
        QString number;
        QString currency; // ISO 4217 as the source gives it ("usd", "CNY")
        qint64 totalCents = 0;
        qint64 refundedCents = 0;
        qint64 leftCents() const { return totalCents > refundedCents ? totalCents - refundedCents : 0; }
    };

    explicit RefundDialog(QWidget* parent = nullptr);
    void start(const QString& customerName, const Order& order);

    // Cents of a typed amount ("12.5", "12,50", "1,234.56"); -1 when it is not an amount with at most
    // two decimals.
    static qint64 parseCents(const QString& text);
    // 1250 -> "12.50" (what the outbox payload carries: the write's `amount`).
    static QString plainAmount(qint64 cents);

Q_SIGNALS:
    // `amount` "" = all that is left, else "12.50" in the order's currency.
    void confirmed(const QString& amount, const QString& reason);

private:
    QString money(qint64 cents) const;
    // The cents to refund, or -1 with the reason in the error label.
    qint64 validated();
    void update();
    void confirm();

    Order m_order;
    QLabel* m_for = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_symbol = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace c360::ui

#pragma once

#include "models/PiiMask.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace c360 {
class Normalizer;
}

namespace c360::ui {

// What the agent takes down for a caller nobody knew: becomes a new CRM customer through the outbox.
struct NewCustomer {
    QString name;
    QString phone; // E.164, empty when none
    QString email; // lower case, empty when none
    QString city;
    QString country; // "CN", "US" (from the phone) or empty
};

// "New customer…" from the new-caller card. The caller's number is offered (masked as the role
// requires) instead of being typed; a name and a phone or an e-mail are required, and a number or
// address that cannot be read is refused with a message before anything is written.
class NewCustomerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCustomerDialog)
public:
    NewCustomerDialog(const Normalizer& normalizer, QWidget* parent = nullptr);
    // A new form for the caller on `callerNumber` (any written form; may be empty).
    void start(const QString& callerNumber, const PiiMasker& masker);
    // The form as entered, checked; an empty name means the last accept() was refused.
    NewCustomer customer() const { return m_customer; }

Q_SIGNALS:
    void created(const c360::ui::NewCustomer& customer);

private:
    void save();
    const Normalizer& m_normalizer;
    QString m_callerE164;
    NewCustomer m_customer;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_useCaller = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_city = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace c360::ui

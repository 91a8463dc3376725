#include "NewCustomerDialog.h"

#include "models/Normalize.h"
#include "models/PhoneFormat.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace c360::ui {

NewCustomerDialog::NewCustomerDialog(const Normalizer& normalizer, QWidget* parent)
    : QDialog(parent)
    , m_normalizer(normalizer)
    , m_name(new QLineEdit(this))
    , m_useCaller(new QCheckBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("newCustomerDialog"));
    setWindowTitle(tr("New customer"));
    setWindowModality(Qt::WindowModal);
    m_name->setObjectName(QStringLiteral("newCustomerName"));
    m_name->setPlaceholderText(tr("As the caller gives it, e.g. 王伟 or Emily Carter"));
    m_useCaller->setObjectName(QStringLiteral("newCustomerUseCaller"));
    m_phone->setObjectName(QStringLiteral("newCustomerPhone"));
    m_phone->setPlaceholderText(tr("Another number, e.g. +86 138 0013 8000"));
    m_email->setObjectName(QStringLiteral("newCustomerEmail"));
    m_city->setObjectName(QStringLiteral("newCustomerCity"));
    m_error->setObjectName(QStringLiteral("newCustomerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette()))));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Phone:"), m_useCaller);
    form->addRow(tr("&Other phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&City:"), m_city);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("Create customer"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("newCustomerCreate"));
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("The customer is created in the CRM through the outbox (also offline) and opens here "
                               "after the next sync; this call and its wrap-up are filed under them."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 300);
}

void NewCustomerDialog::start(const QString& callerNumber, const PiiMasker& masker) {
    m_customer = {};
    m_callerE164 = callerNumber.isEmpty() ? QString() : m_normalizer.phoneE164(callerNumber).value_or(QString());
    m_useCaller->setVisible(!m_callerE164.isEmpty());
    m_useCaller->setChecked(!m_callerE164.isEmpty());
    m_useCaller->setText(tr("The caller's number, %1").arg(masker.phone(formatPhoneForDisplay(m_callerE164))));
    for (QLineEdit* edit : {m_name, m_phone, m_email, m_city}) {
        edit->clear();
    }
    m_error->clear();
    m_name->setFocus();
}

void NewCustomerDialog::save() {
    NewCustomer c;
    c.name = m_name->text().simplified();
    c.city = m_city->text().simplified();
    const QString otherPhone = m_phone->text().trimmed();
    const QString email = m_email->text().trimmed();
    QStringList problems;
    if (c.name.isEmpty()) {
        problems << tr("Enter the caller's name.");
    }
    if (!otherPhone.isEmpty()) {
        if (const auto e164 = m_normalizer.phoneE164(otherPhone)) {
            c.phone = *e164;
        } else {
            problems
                << tr("“%1” is not a phone number (write it with its country code, e.g. +86 or +1).").arg(otherPhone);
        }
    } else if (m_useCaller->isVisible() && m_useCaller->isChecked()) {
        c.phone = m_callerE164;
    }
    if (!email.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        if (shape.match(email).hasMatch()) {
            c.email = email.toLower();
        } else {
            problems << tr("“%1” is not an e-mail address.").arg(email);
        }
    }
    if (problems.isEmpty() && c.phone.isEmpty() && c.email.isEmpty()) {
        problems << tr("Give a phone number or an e-mail address, so the customer can be found again.");
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    if (c.phone.startsWith(QLatin1String("+86"))) {
        c.country = QStringLiteral("CN");
    } else if (c.phone.startsWith(QLatin1String("+1"))) {
        c.country = QStringLiteral("US");
    }
    m_customer = c;
    m_error->clear();
    Q_EMIT created(c);
    accept();
}

} // namespace c360::ui

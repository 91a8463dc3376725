#include "CredentialsDialog.h"

#include "sync/Keychain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace c360::ui {

CredentialsDialog::CredentialsDialog(const QString& sourcesPath, QWidget* parent)
    : QDialog(parent)
    , m_name(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_store(new QPushButton(tr("&Store in keychain"), this)) {
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Sign in / credentials"));
    m_name->setObjectName(QStringLiteral("credentialName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    QFile file(sourcesPath);
    if (!sourcesPath.isEmpty() && file.open(QIODevice::ReadOnly)) {
        m_name->addItems(sync::Keychain::namesInSourcesFile(file.read(1 << 20)));
    }
    m_name->setToolTip(tr("The name the sources file uses: \"secret\": \"keychain:NAME\"."));
    m_secret->setObjectName(QStringLiteral("credentialSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("The token or password. It goes to the operating system's keychain, never into a file."));
    m_status->setObjectName(QStringLiteral("credentialStatus"));
    m_status->setWordWrap(true);
    m_store->setObjectName(QStringLiteral("credentialStore"));
    m_store->setDefault(true);

    auto* intro = new QLabel(tr("Tokens and passwords of your sources are kept in the operating system's keychain "
                                "(%1). Name one here and use it in the sources file as keychain:NAME.")
                                 .arg(sync::Keychain::serviceName()),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Secret"), m_secret);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_store, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &QPushButton::clicked, this, &CredentialsDialog::store);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QMessageBox* CredentialsDialog::fallbackQuestion() const {
    return m_question;
}

QString CredentialsDialog::statusText() const {
    return m_status->text();
}

void CredentialsDialog::setBusy(bool busy) {
    m_store->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_secret->setEnabled(!busy);
}

void CredentialsDialog::store() {
    const QString name = m_name->currentText().trimmed();
    const QString secret = m_secret->text();
    if (!sync::Keychain::isValidName(name)) {
        m_status->setText(
            tr("Give the secret a name of letters, digits, '.', '_', '-' or '@' (for example crm-token)."));
        return;
    }
    if (secret.isEmpty()) {
        m_status->setText(tr("Type the token or password to store."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Storing %1 in the keychain…").arg(name));
    sync::Keychain::write(name, secret, this, [this, secret](const QString& entry, const sync::Keychain::Failure& f) {
        setBusy(false);
        if (f.problem == sync::Keychain::Problem::None) {
            m_secret->clear();
            m_status->setText(tr("Stored %1 in the keychain. The next sync uses it.").arg(entry));
            Q_EMIT stored(entry, false);
            return;
        }
        if (f.problem == sync::Keychain::Problem::NoService) {
            askForSessionFallback(entry, secret, f.error.message);
            return;
        }
        m_status->setText(f.error.message);
        Q_EMIT storeFailed(f.error.message);
    });
}

void CredentialsDialog::askForSessionFallback(const QString& name, const QString& secret, const QString& why) {
    m_status->setText(why);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("No keychain"),
                                why + QStringLiteral("\n\n") +
                                    tr("Keep %1 in memory for this session only? It is not saved anywhere: you will be "
                                       "asked again after C360 Workstation closes.")
                                        .arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("keychainFallbackQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* keep = box->addButton(tr("Keep for this session"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keychainFallbackKeep"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, keep, name, secret] {
        if (box->clickedButton() == keep) {
            sync::Keychain::keepForSession(name, secret);
            m_secret->clear();
            m_status->setText(tr("%1 is kept for this session only; nothing was saved.").arg(name));
            Q_EMIT stored(name, true);
        } else {
            m_status->setText(tr("Nothing was stored: no keychain service is running."));
            Q_EMIT storeFailed(m_status->text());
        }
    });
    m_question = box;
    box->open();
}

} // namespace c360::ui

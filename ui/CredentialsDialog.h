#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace c360::ui {

// File → Sign in / credentials…: stores a token or password in the operating system's keychain (QtKeychain)
// under a name that a sources file uses as "secret": "keychain:NAME". Never waits for the keychain
// on the UI thread. Where no keychain service runs it says so and asks before the only fallback it
// has: keeping the secret in memory for this session (nothing is written to any file).
class CredentialsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)
public:
    // `sourcesPath`: the keychain names it uses are offered in the name box.
    explicit CredentialsDialog(const QString& sourcesPath, QWidget* parent = nullptr);

    QString statusText() const;
    // The question asked when no keychain service runs (null when none is open).
    QMessageBox* fallbackQuestion() const;

public Q_SLOTS:
    void store();

Q_SIGNALS:
    // The secret can be used now (`sessionOnly`: kept in memory only, not in a keychain).
    void stored(const QString& name, bool sessionOnly);
    void storeFailed(const QString& message);

private:
    void setBusy(bool busy);
    void askForSessionFallback(const QString& name, const QString& secret, const QString& why);

    QComboBox* m_name = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_store = nullptr;
    QPointer<QMessageBox> m_question;
};

} // namespace c360::ui

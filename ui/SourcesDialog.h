#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace c360::ui {

// Settings → Sources: which systems this workstation syncs. Adds a source from a shipped connector
// (Zendesk, Shopify, HubSpot, Salesforce, Stripe, the reference systems), tests the connection
// off the UI thread (first page of each stream, mapped, nothing written), or starts the demo
// company (c360-backend from the c360-demo package) and takes its sources. Writes the sources file
// keeping whatever it does not edit; secrets are named (env:VAR), never typed into the file.
// Opens by itself on the first start, when there is no sources file yet.
class SourcesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)
public:
    explicit SourcesDialog(QString sourcesPath, QWidget* parent = nullptr);
    ~SourcesDialog() override;

    int sourceCount() const;
    QString sourcesPath() const { return m_path; }
    // The demo company's backend process, if this dialog started one (it lives with the app).
    QProcess* demoBackend() const { return m_demo; }
    QString lastTestSummary() const;

public Q_SLOTS:
    void addSource();
    void removeSource();
    void testConnection();
    void startDemoCompany();
    bool save();

Q_SIGNALS:
    void saved(const QString& sourcesPath); // the file was written: sync it
    void testFinished(bool ok);
    void demoStarted(bool ok);

private:
    void load();
    void showSource(int row);
    void storeForm(); // form -> m_sources[current]
    void updateAuthFields();
    QJsonObject currentSource() const;
    void setBusy(bool busy, const QString& status);

    QString m_path;
    QJsonObject m_root;   // the whole file, so keys this dialog does not know survive
    QJsonArray m_sources; // its "sources"
    int m_current = -1;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_manifest = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QComboBox* m_authType = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_header = nullptr;
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_secretVar = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_headerLabel = nullptr;
    QLabel* m_tokenUrlLabel = nullptr;
    QLabel* m_clientIdLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_demoButton = nullptr;
    QPushButton* m_remove = nullptr;
    QPointer<QProcess> m_demo;
    QString m_lastTest;
};

} // namespace c360::ui

#include "SourcesDialog.h"

#include "sync/Manifest.h"
#include "sync/SourceProbe.h"
#include "sync/SourcesFile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace c360::ui {

namespace {

struct AuthKind {
    const char* type;
    const char* label;
};
// In the order a user meets them; labels in words, not the file's codes.
constexpr AuthKind kAuthKinds[] = {
    {"bearer", QT_TRANSLATE_NOOP("c360::ui::SourcesDialog", "API token")},
    {"api_key", QT_TRANSLATE_NOOP("c360::ui::SourcesDialog", "API key in a header")},
    {"basic", QT_TRANSLATE_NOOP("c360::ui::SourcesDialog", "User name and password or token")},
    {"oauth2_client_credentials", QT_TRANSLATE_NOOP("c360::ui::SourcesDialog", "OAuth client credentials")},
    {"none", QT_TRANSLATE_NOOP("c360::ui::SourcesDialog", "No sign-in")},
};

QString demoBackendProgram() {
    QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/c360-backend");
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(QStringLiteral("c360-backend"));
}

// "env:ZENDESK_TOKEN" -> "ZENDESK_TOKEN", "keychain:NAME" as it is; a literal (demo) secret is not shown.
QString secretVariable(const QString& spec) {
    if (spec.startsWith(QLatin1String("keychain:"))) {
        return spec;
    }
    return spec.startsWith(QLatin1String("env:")) ? spec.mid(4) : QString();
}

} // namespace

SourcesDialog::SourcesDialog(QString sourcesPath, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(sourcesPath))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_manifest(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_authType(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_header(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secretVar(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_demoButton(new QPushButton(tr("Start the &demo company"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("sourcesDialog"));
    setWindowTitle(tr("Sources"));
    m_list->setObjectName(QStringLiteral("sourcesList"));
    m_list->setAccessibleName(tr("Sources"));
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("A short name, e.g. helpdesk"));
    m_manifest->setObjectName(QStringLiteral("sourceManifest"));
    for (const QString& name : sync::ManifestRegistry::shippedNames()) {
        const auto manifest = sync::ManifestRegistry::load(name);
        m_manifest->addItem(manifest && !manifest->title.isEmpty() ? manifest->title : name, name);
    }
    m_baseUrl->setObjectName(QStringLiteral("sourceBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://acme.zendesk.com"));
    m_authType->setObjectName(QStringLiteral("sourceAuthType"));
    for (const AuthKind& kind : kAuthKinds) {
        m_authType->addItem(tr(kind.label), QString::fromLatin1(kind.type));
    }
    m_username->setObjectName(QStringLiteral("sourceUsername"));
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setPlaceholderText(QStringLiteral("X-Shopify-Access-Token"));
    m_tokenUrl->setObjectName(QStringLiteral("sourceTokenUrl"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("/services/oauth2/token"));
    m_clientId->setObjectName(QStringLiteral("sourceClientId"));
    m_secretVar->setObjectName(QStringLiteral("sourceSecretVariable"));
    m_secretVar->setPlaceholderText(QStringLiteral("ZENDESK_TOKEN"));
    m_secretVar->setToolTip(tr("The name of the environment variable that holds the token or password, or "
                               "keychain:NAME for a secret stored with File → Sign in / credentials…. "
                               "The secret itself is never written into the sources file."));
    m_status->setObjectName(QStringLiteral("sourcesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("sourcesTest"));
    m_demoButton->setObjectName(QStringLiteral("sourcesDemo"));
    m_demoButton->setToolTip(tr("Starts a generated demo company on this computer (CRM, shop, helpdesk, marketing, "
                                "contact center) and syncs it: to try the workstation without real systems."));
    m_remove->setObjectName(QStringLiteral("sourcesRemove"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("S&ystem"), m_manifest);
    form->addRow(tr("&Address"), m_baseUrl);
    form->addRow(tr("S&ign-in"), m_authType);
    m_usernameLabel = new QLabel(tr("User name"), this);
    m_headerLabel = new QLabel(tr("Header name"), this);
    m_tokenUrlLabel = new QLabel(tr("Token address"), this);
    m_clientIdLabel = new QLabel(tr("Client id"), this);
    m_secretLabel = new QLabel(tr("Secret from environment variable"), this);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_headerLabel, m_header);
    form->addRow(m_tokenUrlLabel, m_tokenUrl);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(m_secretLabel, m_secretVar);

    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("sourcesAdd"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_test, 0, Qt::AlignLeft);
    right->addWidget(m_status, 1, Qt::AlignTop);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(right, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(m_demoButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The systems this workstation syncs customers, orders, tickets, campaigns and calls "
                                "from. Sources file: %1")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(add, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::removeSource);
    connect(m_test, &QPushButton::clicked, this, &SourcesDialog::testConnection);
    connect(m_demoButton, &QPushButton::clicked, this, &SourcesDialog::startDemoCompany);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        showSource(row);
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, &SourcesDialog::updateAuthFields);
    load();
}

SourcesDialog::~SourcesDialog() = default;

int SourcesDialog::sourceCount() const {
    return int(m_sources.size());
}

QString SourcesDialog::lastTestSummary() const {
    return m_lastTest;
}

void SourcesDialog::load() {
    m_root = {};
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            m_status->setText(tr("The sources file %1 could not be read: %2").arg(m_path, file.errorString()));
        } else {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                m_status->setText(tr("The sources file %1 is not valid JSON (%2); saving here replaces it.")
                                      .arg(m_path, error.errorString()));
            } else {
                m_root = doc.object();
            }
        }
    } else {
        m_status->setText(tr("There is no sources file yet. Add the systems to sync, or start the demo company."));
    }
    m_sources = m_root.value(QStringLiteral("sources")).toArray();
    m_list->clear();
    for (const auto& s : std::as_const(m_sources)) {
        m_list->addItem(s.toObject().value(QStringLiteral("name")).toString());
    }
    m_current = -1;
    m_list->setCurrentRow(m_sources.isEmpty() ? -1 : 0);
    showSource(m_list->currentRow());
}

void SourcesDialog::showSource(int row) {
    m_current = row;
    const bool valid = row >= 0 && row < m_sources.size();
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_manifest, m_baseUrl, m_authType, m_username, m_header,
                                                      m_tokenUrl, m_clientId, m_secretVar, m_test, m_remove}) {
        w->setEnabled(valid);
    }
    const QJsonObject s = valid ? m_sources.at(row).toObject() : QJsonObject();
    const QJsonObject auth = s.value(QStringLiteral("auth")).toObject();
    m_name->setText(s.value(QStringLiteral("name")).toString());
    const QString manifest = s.value(QStringLiteral("manifest")).toString();
    int index = m_manifest->findData(manifest);
    if (index < 0 && !manifest.isEmpty()) {
        m_manifest->addItem(manifest, manifest); // a manifest file of the user's own
        index = m_manifest->count() - 1;
    }
    m_manifest->setCurrentIndex(std::max(index, 0));
    m_baseUrl->setText(s.value(QStringLiteral("base_url")).toString());
    const int authIndex = m_authType->findData(auth.value(QStringLiteral("type")).toString(QStringLiteral("bearer")));
    m_authType->setCurrentIndex(std::max(authIndex, 0));
    m_username->setText(auth.value(QStringLiteral("username")).toString());
    m_header->setText(auth.value(QStringLiteral("header")).toString());
    m_tokenUrl->setText(auth.value(QStringLiteral("token_url")).toString());
    m_clientId->setText(auth.value(QStringLiteral("client_id")).toString());
    const QString secret = auth.value(QStringLiteral("secret")).toString();
    m_secretVar->setText(secretVariable(secret));
    m_secretVar->setPlaceholderText(!secret.isEmpty() && secretVariable(secret).isEmpty()
                                        ? tr("(a demo token written in the file)")
                                        : QStringLiteral("ZENDESK_TOKEN"));
    updateAuthFields();
}

void SourcesDialog::updateAuthFields() {
    const QString type = m_authType->currentData().toString();
    const auto show = [](QLabel* label, QWidget* field, bool on) {
        label->setVisible(on);
        field->setVisible(on);
    };
    show(m_usernameLabel, m_username, type == QLatin1String("basic"));
    show(m_headerLabel, m_header, type == QLatin1String("api_key"));
    show(m_tokenUrlLabel, m_tokenUrl, type == QLatin1String("oauth2_client_credentials"));
    show(m_clientIdLabel, m_clientId, type == QLatin1String("oauth2_client_credentials"));
    show(m_secretLabel, m_secretVar, type != QLatin1String("none"));
}

QJsonObject SourcesDialog::currentSource() const {
    QJsonObject s = m_current >= 0 && m_current < m_sources.size() ? m_sources.at(m_current).toObject() : QJsonObject();
    s.insert(QStringLiteral("name"), m_name->text().trimmed());
    s.insert(QStringLiteral("manifest"), m_manifest->currentData().toString());
    s.insert(QStringLiteral("base_url"), m_baseUrl->text().trimmed());
    QJsonObject auth = s.value(QStringLiteral("auth")).toObject();
    const QString type = m_authType->currentData().toString();
    auth.insert(QStringLiteral("type"), type);
    const auto set = [&auth](const char* key, const QString& value, bool used) {
        if (used && !value.trimmed().isEmpty()) {
            auth.insert(QLatin1String(key), value.trimmed());
        } else {
            auth.remove(QLatin1String(key));
        }
    };
    set("username", m_username->text(), type == QLatin1String("basic"));
    set("header", m_header->text(), type == QLatin1String("api_key"));
    set("token_url", m_tokenUrl->text(), type == QLatin1String("oauth2_client_credentials"));
    set("client_id", m_clientId->text(), type == QLatin1String("oauth2_client_credentials"));
    const QString variable = m_secretVar->text().trimmed();
    if (type == QLatin1String("none")) {
        auth.remove(QStringLiteral("secret"));
    } else if (!variable.isEmpty()) {
        const bool named =
            variable.startsWith(QLatin1String("keychain:")) || variable.startsWith(QLatin1String("env:"));
        auth.insert(QStringLiteral("secret"), named ? variable : QString(QStringLiteral("env:") + variable));
    } // else: keep what the file had (a demo literal), or nothing
    s.insert(QStringLiteral("auth"), auth);
    return s;
}

void SourcesDialog::storeForm() {
    if (m_current < 0 || m_current >= m_sources.size()) {
        return;
    }
    const QJsonObject s = currentSource();
    m_sources[m_current] = s;
    if (QListWidgetItem* item = m_list->item(m_current)) {
        item->setText(s.value(QStringLiteral("name")).toString());
    }
}

void SourcesDialog::addSource() {
    storeForm();
    QString name = QStringLiteral("source");
    for (int i = 2;
         std::any_of(m_sources.begin(), m_sources.end(),
                     [&](const QJsonValue& v) { return v.toObject().value(QStringLiteral("name")) == name; });
         ++i) {
        name = QStringLiteral("source%1").arg(i);
    }
    m_sources.append(
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("manifest"), m_manifest->itemData(0).toString()},
                    {QStringLiteral("base_url"), QString()},
                    {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")}}}});
    m_list->addItem(name);
    m_current = -1;
    m_list->setCurrentRow(int(m_sources.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SourcesDialog::removeSource() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sources.size()) {
        return;
    }
    m_current = -1; // nothing to store from the form
    m_sources.removeAt(row);
    delete m_list->takeItem(row);
    showSource(m_list->currentRow());
}

void SourcesDialog::setBusy(bool busy, const QString& status) {
    m_test->setEnabled(!busy && m_current >= 0);
    m_demoButton->setEnabled(!busy);
    m_status->setText(status);
}

void SourcesDialog::testConnection() {
    storeForm();
    if (m_current < 0) {
        return;
    }
    const QJsonObject one{{QStringLiteral("sources"), QJsonArray{m_sources.at(m_current)}}};
    const QString baseDir = QFileInfo(m_path).absolutePath();
    const auto parsed = sync::SourcesFile::parse(QJsonDocument(one).toJson(QJsonDocument::Compact), m_path, baseDir);
    if (!parsed) {
        m_lastTest = parsed.error().message;
        m_status->setText(m_lastTest);
        Q_EMIT testFinished(false);
        return;
    }
    setBusy(true, tr("Testing %1…").arg(parsed->constFirst().name));
    // Blocking HTTP: on a thread of its own, never the UI thread.
    auto results = std::make_shared<QList<sync::ProbeResult>>();
    const sync::SourceConfig source = parsed->constFirst();
    QThread* worker = QThread::create([results, source] { *results = sync::SourceProbe::test(source); });
    connect(worker, &QThread::finished, this, [this, results, worker] {
        worker->deleteLater();
        QStringList lines;
        bool ok = !results->isEmpty();
        for (const sync::ProbeResult& r : std::as_const(*results)) {
            ok = ok && r.ok;
            lines << (r.ok ? tr("✓ %1: connected, %n record(s) on the first page", nullptr, r.records).arg(r.stream)
                           : tr("✗ %1: %2").arg(r.stream, r.error));
        }
        m_lastTest = lines.join(QLatin1Char('\n'));
        setBusy(false, m_lastTest);
        Q_EMIT testFinished(ok);
    });
    worker->start();
}

void SourcesDialog::startDemoCompany() {
    const QString program = demoBackendProgram();
    if (program.isEmpty()) {
        m_status->setText(tr("The demo company is not installed (package c360-demo, program c360-backend)."));
        Q_EMIT demoStarted(false);
        return;
    }
    if (m_demo && m_demo->state() != QProcess::NotRunning) {
        m_status->setText(tr("The demo company is already running."));
        return;
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    const QString demoSources = dir + QStringLiteral("/demo-sources.json");
    QFile::remove(demoSources);
    // Lives as long as the workstation (not the dialog): its parent is the application.
    m_demo = new QProcess(QCoreApplication::instance());
    m_demo->setObjectName(QStringLiteral("demoBackend"));
    m_demo->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_demo->start(program,
                  {QStringLiteral("--customers"), QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7"),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-sources"), demoSources});
    setBusy(true, tr("Starting the demo company…"));
    auto* poll = new QTimer(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(poll, &QTimer::timeout, this, [this, poll, started, demoSources] {
        const bool ready = QFileInfo(demoSources).size() > 0;
        const bool gone = !m_demo || m_demo->state() == QProcess::NotRunning;
        if (!ready && !gone && started->elapsed() < 60'000) {
            return;
        }
        poll->deleteLater();
        QFile file(demoSources);
        const QJsonDocument doc =
            ready && file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
        if (!doc.isObject()) {
            setBusy(false, tr("The demo company did not start."));
            Q_EMIT demoStarted(false);
            return;
        }
        // Its sources replace sources of the same name; its outbox target is taken when there is none.
        const QJsonArray demo = doc.object().value(QStringLiteral("sources")).toArray();
        for (const auto& d : demo) {
            const QString name = d.toObject().value(QStringLiteral("name")).toString();
            bool replaced = false;
            for (qsizetype i = 0; i < m_sources.size(); ++i) {
                if (m_sources.at(i).toObject().value(QStringLiteral("name")).toString() == name) {
                    m_sources[i] = d;
                    replaced = true;
                }
            }
            if (!replaced) {
                m_sources.append(d);
            }
        }
        const QJsonObject demoRoot = doc.object();
        for (auto it = demoRoot.begin(); it != demoRoot.end(); ++it) {
            if (it.key() != QLatin1String("sources") && !m_root.contains(it.key())) {
                m_root.insert(it.key(), it.value());
            }
        }
        m_list->clear();
        for (const auto& s : std::as_const(m_sources)) {
            m_list->addItem(s.toObject().value(QStringLiteral("name")).toString());
        }
        m_current = -1;
        m_list->setCurrentRow(0);
        const bool wrote = save();
        setBusy(false, wrote ? tr("The demo company runs on this computer with %n source(s); syncing it now.", nullptr,
                                  int(demo.size()))
                             : m_status->text());
        Q_EMIT demoStarted(wrote);
    });
    poll->start(100);
}

bool SourcesDialog::save() {
    storeForm();
    m_root.insert(QStringLiteral("sources"), m_sources);
    const QByteArray bytes = QJsonDocument(m_root).toJson(QJsonDocument::Indented);
    // The whole file must read back: a structural mistake is said here, not at the next sync.
    const auto anyValue = [](const QString&) -> std::optional<QByteArray> { return QByteArray("set"); };
    const auto anySecret = [](const QString&) -> Result<QString> { return QStringLiteral("set"); };
    if (const auto check =
            sync::SourcesFile::parse(bytes, m_path, QFileInfo(m_path).absolutePath(), anyValue, anySecret);
        !check) {
        m_status->setText(check.error().message);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_status->setText(tr("The sources file %1 could not be written: %2").arg(m_path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(m_path)));
    Q_EMIT saved(m_path);
    return true;
}

} // namespace c360::ui

// A first run, as a new user meets it: no sources file and an empty cache open Settings → Sources
// by itself; a source is added from a shipped connector with its secret named (env:VAR), tested
// against the real reference backend (a wrong token says so), saved and synced; or the demo
// company is started with one click. Real widgets (offscreen), real processes, real files.
#include "app/Application.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/MainWindow.h"
#include "ui/SourcesDialog.h"
#include "ui/SyncStatusWidget.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

class TestSourcesDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    QTemporaryDir m_dir;

    std::unique_ptr<app::Application> firstRun(const QString& name, std::unique_ptr<testing::TempCache>& cache) {
        cache = std::make_unique<testing::TempCache>(name);
        app::GuiOptions gui;
        gui.dbPath = cache->path();
        gui.sourcesPath = m_dir.filePath(name + QStringLiteral("/sources.json"));
        gui.syncIntervalMinutes = 0;
        gui.singleInstance = false;
        auto app = std::make_unique<app::Application>(gui);
        if (!app->start().ok()) {
            return nullptr;
        }
        return app;
    }

    static void fill(ui::SourcesDialog* dialog, const char* field, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        QVERIFY2(edit, field);
        edit->setText(text);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        testing::BackendProcess::Options options;
        options.customers = 40;
        options.seed = 21;
        options.token = QStringLiteral("s3cret-token-21");
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        qputenv("C360_TEST_CRM_TOKEN", "s3cret-token-21");
        qputenv("C360_TEST_WRONG_TOKEN", "not-the-token");
    }

    void addTestSaveAndSyncASource() {
        std::unique_ptr<testing::TempCache> cache;
        auto app = firstRun(QStringLiteral("first"), cache);
        QVERIFY(app);
        QTRY_VERIFY(app->sourcesDialog() != nullptr && app->sourcesDialog()->isVisible());
        ui::SourcesDialog* dialog = app->sourcesDialog();
        QCOMPARE(dialog->sourceCount(), 0);
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("sourcesStatus"))->text().contains(QStringLiteral("no sources")));

        dialog->addSource();
        QCOMPARE(dialog->sourceCount(), 1);
        fill(dialog, "sourceName", QStringLiteral("crm"));
        auto* manifest = dialog->findChild<QComboBox*>(QStringLiteral("sourceManifest"));
        manifest->setCurrentIndex(manifest->findData(QStringLiteral("c360-crm")));
        QVERIFY(manifest->currentIndex() >= 0);
        fill(dialog, "sourceBaseUrl", m_backend->baseUrl());

        // A wrong secret: the test says so, in words.
        fill(dialog, "sourceSecretVariable", QStringLiteral("C360_TEST_WRONG_TOKEN"));
        QSignalSpy tested(dialog, &ui::SourcesDialog::testFinished);
        dialog->findChild<QPushButton*>(QStringLiteral("sourcesTest"))->click();
        QVERIFY(tested.wait(30'000));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        QVERIFY2(dialog->lastTestSummary().contains(QStringLiteral("✗ customers")),
                 qPrintable(dialog->lastTestSummary()));

        fill(dialog, "sourceSecretVariable", QStringLiteral("C360_TEST_CRM_TOKEN"));
        dialog->findChild<QPushButton*>(QStringLiteral("sourcesTest"))->click();
        QVERIFY(tested.wait(30'000));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(dialog->lastTestSummary().contains(QStringLiteral("✓ customers")),
                 qPrintable(dialog->lastTestSummary()));

        QSignalSpy saved(dialog, &ui::SourcesDialog::saved);
        QVERIFY(dialog->save());
        QCOMPARE(saved.count(), 1);
        QFile file(dialog->sourcesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("s3cret-token-21"), "the secret itself is never written");
        const QJsonObject source =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("sources")).toArray().at(0).toObject();
        QCOMPARE(source.value(QStringLiteral("manifest")).toString(), QStringLiteral("c360-crm"));
        QCOMPARE(source.value(QStringLiteral("auth")).toObject().value(QStringLiteral("secret")).toString(),
                 QStringLiteral("env:C360_TEST_CRM_TOKEN"));
        // Saving syncs: the CRM's customers arrive in the (empty) cache.
        QTRY_VERIFY_WITH_TIMEOUT(cache->scalar(QStringLiteral("SELECT count(*) FROM party")) > 0, 60'000);
    }

    void aMistakeIsSaidBeforeSaving() {
        std::unique_ptr<testing::TempCache> cache;
        auto app = firstRun(QStringLiteral("mistake"), cache);
        QVERIFY(app);
        QTRY_VERIFY(app->sourcesDialog() != nullptr);
        ui::SourcesDialog* dialog = app->sourcesDialog();
        dialog->addSource();
        fill(dialog, "sourceName", QStringLiteral("shop"));
        fill(dialog, "sourceBaseUrl", QString()); // no address
        QVERIFY(!dialog->save());
        QVERIFY(!QFile::exists(dialog->sourcesPath()));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("sourcesStatus"))->text().isEmpty());
    }

    void startTheDemoCompany() {
        std::unique_ptr<testing::TempCache> cache;
        auto app = firstRun(QStringLiteral("demo"), cache);
        QVERIFY(app);
        QTRY_VERIFY(app->sourcesDialog() != nullptr);
        ui::SourcesDialog* dialog = app->sourcesDialog();
        QSignalSpy started(dialog, &ui::SourcesDialog::demoStarted);
        dialog->findChild<QPushButton*>(QStringLiteral("sourcesDemo"))->click();
        QVERIFY(started.wait(60'000));
        QCOMPARE(started.first().first().toBool(), true);
        QCOMPARE(dialog->sourceCount(), 5);
        QFile file(dialog->sourcesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sources")).toArray().size(), 5);
        QPointer<QProcess> demo = dialog->demoBackend();
        QVERIFY(demo && demo->state() == QProcess::Running);
        // The sync of the demo company runs.
        QTRY_VERIFY_WITH_TIMEOUT(cache->scalar(QStringLiteral("SELECT count(*) FROM source_record")) > 0, 60'000);
        demo->kill();
        demo->waitForFinished();
    }
};

QTEST_MAIN(TestSourcesDialog)
#include "TestSourcesDialog.moc"

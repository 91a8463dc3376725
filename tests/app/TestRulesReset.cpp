// The rules editor's "Reset" (what was learned for one action) writes on a worker thread with its
// own connection: while another connection holds the cache's write lock (a sync's transaction), the
// click returns at once and the row is updated when the worker is done.

#include "models/Database.h"
#include "models/nba/Learning.h"
#include "models/nba/RulePack.h"
#include "tests/support/TempCache.h"
#include "ui/RulesEditor.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace c360;

class TestRulesReset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resetRunsOffTheUiThread() {
        testing::TempCache cache;
        QVERIFY(cache.isValid());
        const auto pack = nba::RulePack::load(nba::RulePack::defaultPackPath());
        QVERIFY(pack.ok() && !pack->actions().isEmpty());
        const QString action = pack->actions().first().id;
        nba::LearningRepository learning(cache.db());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(learning.observe({action, QStringLiteral("vip"), {}}, i % 2 == 0, 1000 + i).ok());
        }
        QVERIFY(learning.observe({pack->actions().last().id, {}, {}}, true, 2000).ok());
        const auto armsOf = [&](const QString& id) {
            return cache.scalar(QStringLiteral("SELECT count(*) FROM nba_learning WHERE action_id = '%1'").arg(id));
        };
        QCOMPARE(armsOf(action), 1);

        ui::RulesEditor editor;
        editor.setCachePath(cache.path());
        QVERIFY(editor.openPack(nba::RulePack::defaultPackPath()));
        editor.show();
        auto* reset = editor.findChild<QPushButton*>(QStringLiteral("reset_") + action);
        QVERIFY(reset && reset->isEnabled());

        // A sync's write transaction holds the cache.
        auto writer = Database::open(cache.path(), QStringLiteral("busy-writer"));
        QVERIFY(writer.ok());
        QSqlQuery lock(writer->handle());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy done(&editor, &ui::RulesEditor::learningReset);
        reset->click();
        // The click returned while the lock is held: nothing written yet, the button waits.
        QCOMPARE(done.size(), 0);
        QVERIFY(!reset->isEnabled());
        QVERIFY(editor.statusText().contains(action));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        QVERIFY(done.wait(20'000));
        QCOMPARE(done.first().at(0).toString(), action);
        QVERIFY(done.first().at(1).toBool());
        QCOMPARE(armsOf(action), 0);
        QCOMPARE(armsOf(pack->actions().last().id), 1); // only that action
        QVERIFY2(editor.statusText().contains(QLatin1String("was reset")), qPrintable(editor.statusText()));

        // No cache: refused at once.
        ui::RulesEditor noCache;
        QVERIFY(!noCache.resetLearning(action));
    }
};

QTEST_MAIN(TestRulesReset)
#include "TestRulesReset.moc"

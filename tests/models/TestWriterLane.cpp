// One writer at a time on the cache (models/WriterLane.h): writers asked for while another holds the lane
// wait in line, first come first served, and start by themselves when the one before releases; a second
// release, or one from a writer that no longer holds the lane, changes nothing. Order from the lane's own
// signals and from what the writers did, no sleeps.
#include "models/WriterLane.h"

#include <QSignalSpy>
#include <QTest>

using namespace c360;

class TestWriterLane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writersTakeTurnsInOrder() {
        WriterLane lane;
        QStringList log;
        connect(&lane, &WriterLane::started, this, [&log](const QString& w) { log << QStringLiteral("start ") + w; });
        connect(&lane, &WriterLane::released, this, [&log](const QString& w) { log << QStringLiteral("end ") + w; });
        QSignalSpy waiting(&lane, &WriterLane::waiting);
        QMap<QString, WriterLane::Release> held;
        const auto writer = [&held, &log](const QString& name) {
            return [&held, &log, name](const WriterLane::Release& release) {
                log << name + QStringLiteral(" writes");
                held.insert(name, release);
            };
        };
        lane.run(QStringLiteral("sync"), writer(QStringLiteral("sync")));
        QCOMPARE(lane.holder(), QStringLiteral("sync")); // a free lane starts at once
        lane.run(QStringLiteral("identity"), writer(QStringLiteral("identity")));
        lane.run(QStringLiteral("offline"), writer(QStringLiteral("offline")));
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.at(0).at(1).toString(), QStringLiteral("sync"));
        QVERIFY(lane.has(QStringLiteral("offline")) && !lane.has(QStringLiteral("fetch")));
        QCOMPARE(log, QStringList({QStringLiteral("start sync"), QStringLiteral("sync writes")}));

        held.value(QStringLiteral("sync"))();
        held.value(QStringLiteral("sync"))(); // twice: the second does nothing
        QTRY_COMPARE(lane.holder(), QStringLiteral("identity"));
        held.value(QStringLiteral("sync"))(); // a stale release does not end the next writer's turn
        QTest::qWait(0);
        QCOMPARE(lane.holder(), QStringLiteral("identity"));
        held.value(QStringLiteral("identity"))();
        QTRY_COMPARE(lane.holder(), QStringLiteral("offline"));
        held.value(QStringLiteral("offline"))();
        QTRY_VERIFY(!lane.isBusy());
        QCOMPARE(log,
                 (QStringList{QStringLiteral("start sync"), QStringLiteral("sync writes"), QStringLiteral("end sync"),
                              QStringLiteral("start identity"), QStringLiteral("identity writes"),
                              QStringLiteral("end identity"), QStringLiteral("start offline"),
                              QStringLiteral("offline writes"), QStringLiteral("end offline")}));
    }

    // A writer that cannot start releases at once; the next one still gets its turn.
    void aWriterThatCannotStartPassesItsTurn() {
        WriterLane lane;
        int second = 0;
        lane.run(QStringLiteral("fetch"), [](const WriterLane::Release& release) { release(); });
        lane.run(QStringLiteral("sync"), [&second](const WriterLane::Release&) { ++second; });
        QTRY_COMPARE(second, 1);
        QCOMPARE(lane.holder(), QStringLiteral("sync"));
    }
};

QTEST_GUILESS_MAIN(TestWriterLane)
#include "TestWriterLane.moc"

#include "ModelsTestUtil.h"

#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/EventKinds.h"
#include "models/Roles.h"
#include "models/SearchResultModel.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace c360;
using namespace c360::testutil;

class TestTimelineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesWithFetchMore();
    void filterChangeResets();
    void emptyAndUnknownParty();
    void headersAndRoles();
    void searchResultModel();
    void localEventsComeFirstAndPageOn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_party = 0;
};

void TestTimelineModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("cache.db")), QStringLiteral("model"));
    QVERIFY(db.ok());
    m_db = std::make_unique<Database>(std::move(db.value()));
    CacheWriter writer(m_db->handle(), IdentityConfig{});
    PageInput p;
    p.source = QStringLiteral("contact");
    p.stream = QStringLiteral("interactions");
    p.checkpoint = QStringLiteral("cp");
    // 450 events: 300 calls, 150 chats.
    for (int i = 0; i < 450; ++i) {
        QVariantMap f;
        f.insert(QStringLiteral("channel"), i % 3 == 0 ? QStringLiteral("chat") : QStringLiteral("call"));
        f.insert(QStringLiteral("email"), QStringLiteral("model@x.com"));
        f.insert(QStringLiteral("occurred_at"),
                 QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 60'000, Qt::UTC));
        p.records << record(p.source, p.stream, EntityKind::Interaction, QStringLiteral("IX-%1").arg(i), f);
    }
    auto r = writer.applyPage(p);
    QVERIFY(r.ok());
    m_party = scalar(m_db->handle(), QStringLiteral("SELECT id FROM party"));
    QVERIFY(m_party > 0);
}

void TestTimelineModel::cleanupTestCase() {
    m_db.reset();
    m_dir.reset();
}

void TestTimelineModel::pagesWithFetchMore() {
    TimelineModel model(m_db->handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setParty(m_party);
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 450);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.count(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // no-op at the end
    QCOMPARE(model.rowCount(), 450);
    // Newest first, every event once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TimelineEvent e = model.eventAt(row);
        ids.insert(e.id);
        if (row > 0) {
            QVERIFY(e.occurredAt <= model.eventAt(row - 1).occurredAt);
        }
    }
    QCOMPARE(ids.size(), 450);
    QCOMPARE(model.eventAt(-1).id, 0);
    QCOMPARE(model.eventAt(450).id, 0);
}

void TestTimelineModel::filterChangeResets() {
    TimelineModel model(m_db->handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParty(m_party);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TimelineFilter f;
    f.kinds = {kinds::Chat};
    model.setFilter(f);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.filter().kinds, QStringList{kinds::Chat});
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 150);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), KindRole).toString(), kinds::Chat);
    }
    f.kinds = {QStringLiteral("nothing-like-this")};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setFilter({});
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
}

void TestTimelineModel::emptyAndUnknownParty() {
    TimelineModel model(m_db->handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParty(987654);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 0);
    model.setParty(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::headersAndRoles() {
    TimelineModel model(m_db->handle());
    model.setParty(m_party);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(TimelineModel::WhenColumn, Qt::Horizontal).toString(), QStringLiteral("When"));
    QCOMPARE(model.headerData(TimelineModel::SummaryColumn, Qt::Horizontal).toString(), QStringLiteral("Summary"));
    const QModelIndex first = model.index(0, TimelineModel::TitleColumn);
    const TimelineEvent e = model.eventAt(0);
    QCOMPARE(model.data(first).toString(), e.title);
    QCOMPARE(model.data(first, IdRole).toLongLong(), e.id);
    QCOMPARE(model.data(first, PartyIdRole).toLongLong(), m_party);
    QCOMPARE(model.data(first, OccurredAtRole).toDateTime(), e.occurredAt);
    QCOMPARE(model.data(first, SourceRole).toString(), QStringLiteral("contact"));
    QCOMPARE(model.data(first, SystemRole).toBool(), false);
    QVERIFY(model.data(first, RecordIdRole).toLongLong() > 0);
    QCOMPARE(model.data(model.index(0, TimelineModel::SourceColumn)).toString(), QStringLiteral("contact"));
}

void TestTimelineModel::localEventsComeFirstAndPageOn() {
    TimelineModel model(m_db->handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParty(m_party);
    TimelineEvent note;
    note.id = -7;
    note.partyId = m_party;
    note.kind = QStringLiteral("note");
    note.source = QStringLiteral("agent");
    note.title = QStringLiteral("Note: call back after 10:00");
    note.occurredAt = QDateTime::currentDateTimeUtc();
    model.setLocalEvents({note});
    QCOMPARE(model.localCount(), 1);
    QCOMPARE(model.rowCount(), TimelineModel::pageSize + 1);
    QCOMPARE(model.eventAt(0).id, qint64(-7));
    QCOMPARE(model.totalCount(), 451);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 451); // paging continues after the local row, nothing lost or doubled
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.eventAt(row).id);
    }
    QCOMPARE(ids.size(), 451);
    // The filter applies to local events too.
    TimelineFilter onlyOrders;
    onlyOrders.kinds = {QStringLiteral("order")};
    model.setFilter(onlyOrders);
    QCOMPARE(model.localCount(), 0);
    model.setFilter(TimelineFilter{});
    QCOMPARE(model.localCount(), 1);
    model.setLocalEvents({});
    QCOMPARE(model.totalCount(), 450);
}

void TestTimelineModel::searchResultModel() {
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResults(
        {{1, QStringLiteral("王伟"), QStringLiteral("w@x.cn"), QStringLiteral("+8613800138000"), QStringLiteral("Gold"),
          QStringLiteral("phone"), QStringLiteral("Beijing"), QDateTime(), QString()},
         {2, QString(), QString(), QString(), QString(), QStringLiteral("order"), QString(), QDateTime(),
          QStringLiteral("100234")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.data(model.index(0, SearchResultModel::NameColumn)).toString(), QStringLiteral("王伟"));
    // Written as in its country, with the country code.
    QCOMPARE(model.data(model.index(0, SearchResultModel::PhoneColumn)).toString(),
             QStringLiteral("+86 138 0013 8000"));
    QCOMPARE(SearchResultModel::matchedColumn(QStringLiteral("phone")), int(SearchResultModel::PhoneColumn));
    QCOMPARE(SearchResultModel::matchedColumn(QStringLiteral("order")), int(SearchResultModel::MatchedOnColumn));
    QCOMPARE(model.data(model.index(0, SearchResultModel::MatchedOnColumn)).toString(), QStringLiteral("Phone"));
    QCOMPARE(model.data(model.index(0, 0), MatchedOnRole).toString(), QStringLiteral("phone"));
    QCOMPARE(model.data(model.index(1, 0), PartyIdRole).toLongLong(), 2);
    QCOMPARE(model.data(model.index(0, SearchResultModel::CityColumn)).toString(), QStringLiteral("Beijing"));
    QCOMPARE(model.data(model.index(1, SearchResultModel::MatchedOnColumn)).toString(),
             QStringLiteral("Order number 100234"));
    QCOMPARE(model.headerData(SearchResultModel::MatchedOnColumn, Qt::Horizontal).toString(),
             QStringLiteral("Matched on"));
    QCOMPARE(model.partyAt(1).id, 2);
    QCOMPARE(model.partyAt(5).id, 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"

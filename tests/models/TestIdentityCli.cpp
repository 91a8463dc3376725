#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `c360` binary: the labelled set imported stream by stream through file mappings
// (`c360 import`), then `c360 resolve --report --labels`, `c360 export`, and the import's guarantees
// (a bad row stops the whole file, re-importing changes nothing, a synced stream is not overwritten).
class TestIdentityCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importResolveAndReport();
    void reimportIsIdempotent();
    void badRowsLoadNothing();
    void exportCsv();
    void mappingLanguageV2();
    void mappingThatDoesNotFitIsRefused();

private:
    int run(const QStringList& args, QString* out = nullptr, QString* err = nullptr);
    QString m_bin, m_data, m_db;
    QTemporaryDir m_dir;
};

int TestIdentityCli::run(const QStringList& args, QString* out, QString* err) {
    QProcess p;
    p.start(m_bin, args);
    if (!p.waitForFinished(120000)) {
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(p.readAllStandardOutput());
    }
    if (err) {
        *err = QString::fromUtf8(p.readAllStandardError());
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestIdentityCli::initTestCase() {
    m_bin = qEnvironmentVariable("C360_BIN_DIR") + QStringLiteral("/c360");
    QVERIFY2(QFile::exists(m_bin), qPrintable(m_bin));
    m_data = QStringLiteral(C360_SOURCE_TEST_DATA) + QStringLiteral("/identity/import/");
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
}

void TestIdentityCli::importResolveAndReport() {
    const QList<QStringList> files = {
        {QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("customer")},
        {QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("order")},
        {QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("ticket")},
        {QStringLiteral("contact"), QStringLiteral("interactions"), QStringLiteral("interaction")},
        {QStringLiteral("marketing"), QStringLiteral("events"), QStringLiteral("campaign_event")},
    };
    int total = 0;
    for (const QStringList& f : files) {
        QString out, err;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"), f.at(0),
                      QStringLiteral("--stream"), f.at(1), QStringLiteral("--mapping"),
                      m_data + f.at(2) + QStringLiteral(".mapping.json"),
                      m_data + f.at(0) + u'-' + f.at(1) + QStringLiteral(".jsonl")},
                     &out, &err),
                 0);
        const auto m = QRegularExpression(QStringLiteral("Imported (\\d+) record")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out + err));
        total += m.captured(1).toInt();
    }
    QCOMPARE(total, 283);
    QString out;
    QCOMPARE(run({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--report"),
                  QStringLiteral("--labels"),
                  QStringLiteral(C360_SOURCE_TEST_DATA) + QStringLiteral("/identity/labels.csv")},
                 &out),
             0);
    qInfo().noquote() << out.trimmed();
    const auto m = QRegularExpression(QStringLiteral("Precision ([0-9.]+), recall ([0-9.]+)")).match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    // Measured: precision 1.0000, recall 0.9927.
    QVERIFY2(m.captured(1).toDouble() >= 0.995, qPrintable(out));
    QVERIFY2(m.captured(2).toDouble() >= 0.99, qPrintable(out));
    QVERIFY(out.contains(QLatin1String("283 of 283 found")));
    // --report without --labels is a usage error.
    QCOMPARE(run({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--report")}), 2);
}

void TestIdentityCli::reimportIsIdempotent() {
    QString before, after;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("links"), QStringLiteral("--db"), m_db}, &before), 0);
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"), QStringLiteral("shop"),
             QStringLiteral("--stream"), QStringLiteral("orders"), QStringLiteral("--mapping"),
             m_data + QStringLiteral("order.mapping.json"), m_data + QStringLiteral("shop-orders.jsonl")}),
        0);
    QCOMPARE(run({QStringLiteral("resolve"), QStringLiteral("--db"), m_db}), 0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("links"), QStringLiteral("--db"), m_db}, &after), 0);
    QCOMPARE(after.count(u'\n'), before.count(u'\n'));
    QCOMPARE(after, before);
}

void TestIdentityCli::badRowsLoadNothing() {
    QString out, err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"),
                  QStringLiteral("legacy"), QStringLiteral("--stream"), QStringLiteral("customers"),
                  QStringLiteral("--mapping"), m_data + QStringLiteral("legacy-customers.mapping.json"),
                  m_data + QStringLiteral("legacy-customers-bad.csv")},
                 &out, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("line 3:")) && err.contains(QLatin1String("line 4:")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("nothing was imported")));
    QString links;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("links"), QStringLiteral("--db"), m_db}, &links), 0);
    QVERIFY(!links.contains(QLatin1String("L-9"))); // the good row of the bad file was not loaded either
    // The good file: quoted commas and doubled quotes, full-width names; it links to existing customers.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"),
                  QStringLiteral("legacy"), QStringLiteral("--stream"), QStringLiteral("customers"),
                  QStringLiteral("--mapping"), m_data + QStringLiteral("legacy-customers.mapping.json"),
                  m_data + QStringLiteral("legacy-customers.csv")},
                 &out, &err),
             0);
    QVERIFY(out.contains(QLatin1String("Imported 3 record")));
    // A stream that a sync owns (its checkpoint is not an import's) is refused.
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"), QStringLiteral("shop"),
             QStringLiteral("--stream"), QStringLiteral("orders"), QStringLiteral("--mapping"),
             m_data + QStringLiteral("order.mapping.json"), m_data + QStringLiteral("missing.jsonl")}),
        1);
}

void TestIdentityCli::exportCsv() {
    QString parties, links;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("parties"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--db"), m_db},
                 &parties),
             0);
    QVERIFY(parties.startsWith(QLatin1String("party_id,display_name,primary_email,primary_phone")));
    QVERIFY(parties.contains(QStringLiteral("张伟")));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("links"), QStringLiteral("--db"), m_db}, &links), 0);
    QVERIFY(links.startsWith(QLatin1String("source,stream,source_id,entity,party_id,rule,score,why")));
    // "Zhang, Wei" of the legacy file is quoted in the CSV only where needed; a link says why.
    QVERIFY(links.contains(QLatin1String("legacy,customers,L-1,customer,")));
    QVERIFY(links.contains(QLatin1String(",wechat,1,")));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("things"), QStringLiteral("--db"), m_db}), 2);
}

void TestIdentityCli::mappingLanguageV2() {
    // Conditional fields, a value map, a constant, several columns into one, a date format, a regex
    // capture, and a phone with an extension: one export, three interactions.
    const QString db = m_dir.filePath(QStringLiteral("v2.db"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--source"),
                  QStringLiteral("calls"), QStringLiteral("--stream"), QStringLiteral("interactions"),
                  QStringLiteral("--mapping"), m_data + QStringLiteral("v2-calls.mapping.json"),
                  QStringLiteral("--region"), QStringLiteral("US"), m_data + QStringLiteral("v2-calls.csv")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Imported 3 record")), qPrintable(out + err));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT sr.source_id, i.channel, coalesce(i.phone, ''), "
                                      "coalesce(i.wechat_openid, ''), coalesce(i.name, ''), i.queue, "
                                      "coalesce(i.summary, ''), i.occurred_ms FROM interaction i JOIN source_record sr "
                                      "ON sr.id = i.record_id ORDER BY sr.source_id")));
        QStringList rows;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 7; ++i) {
                cols << q.value(i).toString();
            }
            cols << QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong()).toUTC().toString(Qt::ISODate);
            rows << cols.join(u'|');
        }
        QCOMPARE(
            rows,
            (QStringList{QStringLiteral("K-1|chat|+1 212 754 3758||Ava Stone|imported|AB-123|2025-03-14T09:30:00Z"),
                         QStringLiteral("K-2|wechat||oX_ava_stone_openid_000000001|Ava|imported||2025-03-15T18:05:00Z"),
                         QStringLiteral("K-3|call|646.555.0100 ext. 12||Stone|imported|ZZ-9|2025-12-01T23:59:00Z")}));
        // The extension is dropped from the key; --region US read the number without a country code.
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(value) FROM (SELECT value FROM record_key WHERE kind = "
                                      "'phone' AND linking = 1 ORDER BY value)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+12127543758,+16465550100"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    // A date that does not match its format is a bad row: nothing is imported, the line is named.
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("calls2"),
             QStringLiteral("--stream"), QStringLiteral("interactions"), QStringLiteral("--mapping"),
             m_data + QStringLiteral("v2-calls.mapping.json"), m_data + QStringLiteral("v2-calls-bad-date.csv")},
            &out, &err),
        1);
    QVERIFY2(err.contains(QLatin1String("line 2:")) && err.contains(QLatin1String("MM/dd/yyyy HH:mm")),
             qPrintable(err));
    // --region must be a region.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--source"),
                  QStringLiteral("calls"), QStringLiteral("--stream"), QStringLiteral("interactions"),
                  QStringLiteral("--mapping"), m_data + QStringLiteral("v2-calls.mapping.json"),
                  QStringLiteral("--region"), QStringLiteral("Narnia"), m_data + QStringLiteral("v2-calls.csv")},
                 &out, &err),
             2);
}

void TestIdentityCli::mappingThatDoesNotFitIsRefused() {
    const QString db = m_dir.filePath(QStringLiteral("typo.db"));
    QString out, err;
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("calls"),
             QStringLiteral("--stream"), QStringLiteral("interactions"), QStringLiteral("--mapping"),
             m_data + QStringLiteral("v2-calls-typo.mapping.json"), m_data + QStringLiteral("v2-calls.csv")},
            &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("“phnoe”")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("column “full_name”")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("nothing was imported")));
    QVERIFY(!QFile::exists(db)); // not even created
    // The same for JSON lines: a pointer no row has.
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("shop2"),
             QStringLiteral("--stream"), QStringLiteral("orders"), QStringLiteral("--mapping"),
             m_data + QStringLiteral("v2-calls-typo.mapping.json"), m_data + QStringLiteral("shop-orders.jsonl")},
            &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("column “address”")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestIdentityCli)
#include "TestIdentityCli.moc"

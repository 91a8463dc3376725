#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The held-out labelled set (tools/identity-holdout/generate.py: four systems' own exports, US and
// Chinese customers, every trap of issue 9), imported as a new user would with `c360 import` and measured
// with `c360 resolve --report --labels`. The resolver is never tuned on this set; this test only
// guards the figures it reaches.
class TestIdentityHoldout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importResolveAndMeasure();

private:
    int run(const QStringList& args, QString* out = nullptr, QString* err = nullptr);
    QString m_bin, m_data, m_db;
    QTemporaryDir m_dir;
};

int TestIdentityHoldout::run(const QStringList& args, QString* out, QString* err) {
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

void TestIdentityHoldout::initTestCase() {
    m_bin = qEnvironmentVariable("C360_BIN_DIR") + QStringLiteral("/c360");
    QVERIFY2(QFile::exists(m_bin), qPrintable(m_bin));
    m_data = QStringLiteral(C360_SOURCE_TEST_DATA) + QStringLiteral("/identity-holdout/");
    m_db = m_dir.filePath(QStringLiteral("holdout.db"));
}

void TestIdentityHoldout::importResolveAndMeasure() {
    // source, stream, export file, mapping
    const QList<QStringList> files = {
        {QStringLiteral("crm"), QStringLiteral("customers"), QStringLiteral("crm-customers.csv")},
        {QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("shop-orders.csv")},
        {QStringLiteral("helpdesk"), QStringLiteral("tickets"), QStringLiteral("helpdesk-tickets.jsonl")},
        {QStringLiteral("contact"), QStringLiteral("interactions"), QStringLiteral("contact-interactions.csv")},
    };
    int total = 0;
    for (const QStringList& f : files) {
        QString out, err;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"), f.at(0),
                      QStringLiteral("--stream"), f.at(1), QStringLiteral("--mapping"),
                      m_data + QStringLiteral("import/") + f.at(0) + QStringLiteral(".mapping.json"),
                      m_data + QStringLiteral("import/") + f.at(2)},
                     &out, &err),
                 0);
        const auto m = QRegularExpression(QStringLiteral("Imported (\\d+) record")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out + err));
        total += m.captured(1).toInt();
    }
    QCOMPARE(total, 885);
    QString out;
    QCOMPARE(run({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--report"),
                  QStringLiteral("--labels"), m_data + QStringLiteral("labels.csv")},
                 &out),
             0);
    qInfo().noquote() << out.trimmed();
    QVERIFY(out.contains(QLatin1String("885 of 885 found")));
    const auto m = QRegularExpression(QStringLiteral("Precision ([0-9.]+), recall ([0-9.]+)")).match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    const double precision = m.captured(1).toDouble(), recall = m.captured(2).toDouble();
    // Measured at issue 9's close: precision 1.0000, recall 0.9773; with the weak key for rejected numbers,
    // short forms on shared keys and deferred first names: 1.0000 / 0.9838; with records whose only keys are shared
    // finding the one customer with their full name and nameless calls on one person's number: 1.0000 / 1.0000
    // (goal: 0.995 / 0.99). The bound is what was measured.
    QVERIFY2(precision >= 1.0, qPrintable(out));
    QVERIFY2(recall >= 1.0, qPrintable(out));
}

QTEST_GUILESS_MAIN(TestIdentityHoldout)
#include "TestIdentityHoldout.moc"

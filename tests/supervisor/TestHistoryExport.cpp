// A customer's history exported as filtered on screen: CSV columns and rows, a PDF that opens with
// one page per screenful, and a clear message when there is no customer or the file cannot be written.
#include "SupervisorDataset.h"

#include "models/Normalize.h"
#include "models/TimelineModel.h"
#include "ui/HistoryExport.h"
#include "ui/MainWindow.h"
#include "ui/TimelinePanel.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::supervisortest;

namespace {
int pdfPages(const QString& path) {
    QFile pdf(path);
    if (!pdf.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray bytes = pdf.readAll();
    if (!bytes.startsWith("%PDF-")) {
        return -1;
    }
    return int(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}
} // namespace

class TestHistoryExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_data = std::make_unique<Dataset>(QStringLiteral("history"));
        QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
    }

    void exportsAsFilteredOnScreen() {
        Normalizer normalizer;
        ui::MainWindow window(m_data->db(), normalizer);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportHistoryAction")));
        QVERIFY(!window.exportHistory(m_dir.filePath(QStringLiteral("none.csv"))).ok()); // no customer yet
        QVERIFY(window.openParty(m_data->party(QStringLiteral("B"))));
        // On screen: calls and chats only.
        window.timelinePanel()->setKindFilter({QStringLiteral("call"), QStringLiteral("chat")});
        const QString csvPath = m_dir.filePath(QStringLiteral("b.csv"));
        const Status csv = window.exportHistory(csvPath);
        QVERIFY2(csv.ok(), qPrintable(csv.ok() ? QString() : csv.error().message));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("When,Kind,Source,Title,Details"));
        QCOMPARE(lines.size(), 1 + 5); // I4..I8, newest first; no profile, no order
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-04-03T10:00:00Z,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.last().startsWith(QStringLiteral("2026-02-27T12:00:00Z,")), qPrintable(lines.last()));
        for (const QString& line : lines.mid(1)) {
            QVERIFY2(!line.contains(QStringLiteral("Order")), qPrintable(line));
        }

        const QString pdfPath = m_dir.filePath(QStringLiteral("b.pdf"));
        const Status pdf = window.exportHistory(pdfPath);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message));
        QCOMPARE(pdfPages(pdfPath), 1);

        // Unwritable: a clear message, nothing lost.
        const Status bad = window.exportHistory(QStringLiteral("/nonexistent/dir/b.csv"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("could not be written")), qPrintable(bad.error().message));
    }

    void longHistoryPaginates() {
        QList<TimelineEvent> events;
        for (int i = 0; i < 300; ++i) {
            TimelineEvent e;
            e.id = i + 1;
            e.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3600);
            e.kind = QStringLiteral("call");
            e.source = QStringLiteral("contact");
            e.title = QStringLiteral("Inbound call %1").arg(i);
            e.summary = QStringLiteral("Billing, \"quoted\"");
            events << e;
        }
        const QString pdfPath = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(
            ui::HistoryExport::writePdf(pdfPath, QStringLiteral("Bob Wu"), QStringLiteral("All kinds"), events).ok());
        QVERIFY(pdfPages(pdfPath) > 3);
        const QString csvPath = m_dir.filePath(QStringLiteral("long.csv"));
        QVERIFY(ui::HistoryExport::writeCsv(csvPath, events).ok());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 301);
        QVERIFY(text.contains(QStringLiteral(",\"Billing, \"\"quoted\"\"\"\n")));
    }

private:
    std::unique_ptr<Dataset> m_data;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestHistoryExport)
#include "TestHistoryExport.moc"

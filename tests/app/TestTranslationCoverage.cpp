// The workstation in Chinese, as an agent and a supervisor use it: every string our code asks to
// translate at run time has a translation under the context it asks with (a string recorded by
// lupdate under another context shows in English), and no window or dialog shows an English
// string of ours. Real cache synced from the reference backend, the real Application.
#include "app/Application.h"
#include "models/Roles.h"
#include "models/TimelineModel.h"
#include "sync/SyncEngine.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/TempCache.h"
#include "ui/CallBar.h"
#include "ui/CallTypes.h"
#include "ui/EventDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/TimelinePanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace c360;

namespace {

bool isQtsOwnContext(const char* context) {
    return context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
}

// Installed after the real translators, so it is asked first: it answers nothing (the real ones
// answer) and notes every string of ours that the real catalogue cannot translate.
class RecordingTranslator final : public QTranslator {
public:
    explicit RecordingTranslator(const QString& language) {
        m_loaded =
            m_real.load(QLocale(language), QStringLiteral("c360"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    }
    bool loaded() const { return m_loaded; }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
        if (context == nullptr || source == nullptr || *source == '\0' || isQtsOwnContext(context)) {
            return {};
        }
        const QString text = QString::fromUtf8(source);
        if (!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")))) {
            return {};
        }
        if (m_real.translate(context, source, disambiguation, n).isEmpty()) {
            m_missing.insert(QString::fromUtf8(context) + QStringLiteral(" | ") + text);
        }
        return {};
    }
    QStringList missing() const {
        QStringList list(m_missing.cbegin(), m_missing.cend());
        list.sort();
        return list;
    }

private:
    QTranslator m_real;
    bool m_loaded = false;
    mutable QSet<QString> m_missing;
};

// The English pieces of our catalogue worth looking for on screen: the text between the %1
// placeholders of each source string, two words or more.
QStringList englishFragments(const QString& tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSet<QString> fragments;
    QXmlStreamReader xml(&file);
    static const QRegularExpression split(QStringLiteral("%n|%L?\\d+|&|\\n|…|:"));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source")) {
            const QString source = xml.readElementText();
            for (QString piece : source.split(split)) {
                piece = piece.trimmed();
                if (piece.size() >= 8 && piece.count(QLatin1Char(' ')) >= 1 &&
                    piece.contains(QRegularExpression(QStringLiteral("^[A-Za-z]")))) {
                    fragments.insert(piece);
                }
            }
        }
    }
    return {fragments.cbegin(), fragments.cend()};
}

QString plain(const QString& text) {
    if (!Qt::mightBeRichText(text)) {
        return QString(text).remove(QLatin1Char('&'));
    }
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every text a person reads in `top`: labels, buttons, group and tab titles, placeholders,
// column headers, menus, the window title.
QStringList visibleTexts(QWidget* top) {
    QStringList texts{top->windowTitle()};
    auto visible = [top](QWidget* w) { return w->isVisibleTo(top) && w->window() == top; };
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!visible(w)) {
            continue;
        }
        if (auto* l = qobject_cast<QLabel*>(w)) {
            texts << plain(l->text());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            texts << plain(b->text());
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            texts << plain(g->title());
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            texts << e->placeholderText();
        } else if (auto* t = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                texts << plain(t->tabText(i));
            }
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w); v != nullptr && v->model() != nullptr) {
            for (int c = 0; c < v->model()->columnCount(); ++c) {
                texts << v->model()->headerData(c, Qt::Horizontal).toString();
            }
            // The rows on screen too: timeline titles are ours, rendered in the UI language (summaries are
            // what people wrote: comment bodies, call notes).
            const int titleColumn =
                qobject_cast<TimelineModel*>(v->model()) != nullptr ? TimelineModel::TitleColumn : 0;
            for (int r = 0; r < qMin(v->model()->rowCount(), 40); ++r) {
                texts << v->model()->index(r, titleColumn).data(Qt::DisplayRole).toString();
            }
        } else if (auto* te = qobject_cast<QTextEdit*>(w); te != nullptr && te->isReadOnly()) {
            texts << te->toPlainText(); // the event details pane
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* menu : bar->actions()) {
                texts << plain(menu->text());
                if (menu->menu() != nullptr) {
                    for (QAction* a : menu->menu()->actions()) {
                        texts << plain(a->text());
                    }
                }
            }
        }
    }
    return texts;
}

} // namespace

class TestTranslationCoverage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::BackendProcess> m_backend;
    std::unique_ptr<testing::TempCache> m_cache;
    std::unique_ptr<app::Application> m_app;
    RecordingTranslator* m_recorder = nullptr;
    QStringList m_fragments;
    QStringList m_english; // "where: text" of every English string seen

    ui::MainWindow* window() const { return m_app->window(); }

    void look(const QString& where) {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible()) {
                continue;
            }
            for (const QString& text : visibleTexts(top)) {
                for (const QString& fragment : std::as_const(m_fragments)) {
                    if (text.contains(fragment)) {
                        m_english << QStringLiteral("%1 [%2]: “%3”").arg(where, top->objectName(), text.left(60));
                        break;
                    }
                }
            }
        }
    }

    QAction* actionWithShortcut(const QKeySequence& keys) {
        for (QAction* a : window()->findChildren<QAction*>()) {
            if (a->shortcut() == keys) {
                return a;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_fragments = englishFragments(QStringLiteral(C360_SOURCE_DIR "/resources/i18n/c360_zh_CN.ts"));
        QVERIFY2(m_fragments.size() > 200, "the English source strings of the catalogue");
        testing::BackendProcess::Options options;
        options.customers = 60;
        options.seed = 13;
        m_backend = std::make_unique<testing::BackendProcess>(options);
        const Status started = m_backend->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_cache = std::make_unique<testing::TempCache>(QStringLiteral("fixture"));
        QVERIFY(m_cache->isValid());
        SyncEngine engine(m_cache->db());
        const auto report = engine.runFile(m_backend->sourcesFile());
        QVERIFY(report.ok() && report->ok());

        app::Application::installTranslations(QStringLiteral("zh_CN"));
        m_recorder = new RecordingTranslator(QStringLiteral("zh_CN"));
        QVERIFY(m_recorder->loaded());
        QCoreApplication::installTranslator(m_recorder);

        app::GuiOptions gui;
        gui.dbPath = m_cache->path();
        gui.sourcesPath = m_backend->sourcesFile();
        gui.syncOnStart = false;
        gui.syncIntervalMinutes = 0;
        gui.role = QStringLiteral("supervisor");
        m_app = std::make_unique<app::Application>(gui);
        QVERIFY(m_app->start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void aDayOfWorkInChinese() {
        look(QStringLiteral("start"));
        const qint64 party = m_cache->scalar(
            QStringLiteral("SELECT party_id FROM timeline_event GROUP BY party_id ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(party > 0);
        QVERIFY(window()->openParty(party));
        window()->callBar()->startCall(
            ui::IncomingCall{
                QStringLiteral("+8613800138000"), QStringLiteral("CALL-9"), QStringLiteral("delivery"), {}},
            QStringLiteral("王小明"));
        window()->callBar()->setCaller(party, QStringLiteral("王小明"));
        window()->callBar()->toggleHold();
        QTRY_VERIFY(!window()->findChildren<QWidget*>(QStringLiteral("nbaCard")).isEmpty());
        QTRY_VERIFY(window()->timelinePanel()->model()->rowCount() > 0);
        look(QStringLiteral("during a call"));
        // Each kind of event the customer has, opened in the details pane.
        {
            QSet<QString> seen;
            TimelineModel* model = window()->timelinePanel()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                const QString kind = index.data(c360::KindRole).toString();
                if (seen.contains(kind)) {
                    continue;
                }
                seen.insert(kind);
                window()->timelinePanel()->view()->setCurrentIndex(index);
                QTRY_VERIFY(!window()->detailPane()->plainText().isEmpty());
                look(QStringLiteral("details of a ") + kind);
            }
            QVERIFY2(seen.size() >= 4, qPrintable(QStringList(seen.cbegin(), seen.cend()).join(u',')));
        }

        QAction* keys = actionWithShortcut(QKeySequence(QKeySequence::HelpContents));
        QVERIFY(keys != nullptr);
        keys->trigger();
        look(QStringLiteral("shortcut sheet"));

        window()->showLinkedRecords();
        look(QStringLiteral("linked records"));
        window()->addNote();
        look(QStringLiteral("note"));
        window()->callBar()->endCall();
        look(QStringLiteral("wrap-up"));
        QVERIFY(window()->openDataQuality() != nullptr);
        look(QStringLiteral("data quality"));
        QVERIFY(window()->openRulesEditor() != nullptr);
        look(QStringLiteral("rules editor"));
        Q_EMIT window()->sourcesRequested();
        look(QStringLiteral("sources"));
    }

    void everyStringOfOursIsTranslatedUnderItsContext() {
        const QStringList missing = m_recorder->missing();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) asked for without a translation:\n  %2")
                                                   .arg(missing.size())
                                                   .arg(missing.join(QStringLiteral("\n  ")))));
    }

    void noEnglishOnScreen() {
        m_english.removeDuplicates();
        QVERIFY2(m_english.isEmpty(), qPrintable(m_english.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestTranslationCoverage)
#include "TestTranslationCoverage.moc"

// The shipped pack against the call scenarios of tests/nba/scenarios (one real cache each): the
// category of the first card, the categories that must not be shown, the notice, and a "why" in
// plain words that names the facts that matter.

#include "NbaTestCache.h"
#include "ScenarioFile.h"

#include "models/nba/FactsBuilder.h"
#include "models/nba/NbaEngine.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace c360;
using namespace c360::nba;
using namespace c360::nbatest;

namespace {
// Scenarios the engine does not get right yet: each one is an expected failure (XFAIL); one that
// starts to pass (XPASS) fails the test, so that this list only shrinks.
const QSet<QString> kKnownGaps = {};

QStringList strings(const QJsonValue& v) {
    if (v.isString()) {
        return {v.toString()};
    }
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        out << x.toString();
    }
    return out;
}

bool hasCjk(const QString& s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QStringList noticeCategories(const Evaluation& e) {
    QStringList out;
    for (const Notice& n : e.notices) {
        out << n.category;
    }
    return out;
}

// Empty when the evaluation meets the scenario's expectations, else what is wrong. `decisions`
// gets whether the cards alone (top, also, never, notice) were right, whatever their "why" says.
QString verdict(const Scenario& s, const Evaluation& e, bool* decisions) {
    const QJsonObject expect = s.json.value(QStringLiteral("expect")).toObject();
    QStringList shown;
    for (const Recommendation& r : e.actions) {
        shown << r.category;
    }
    QStringList problems;
    const QString top = e.actions.isEmpty() ? QStringLiteral("none") : e.actions.constFirst().category;
    if (!strings(expect.value(QStringLiteral("top"))).contains(top)) {
        problems << QStringLiteral("top is %1").arg(top);
    }
    for (const QString& c : strings(expect.value(QStringLiteral("also")))) {
        if (!shown.contains(c)) {
            problems << QStringLiteral("%1 not shown").arg(c);
        }
    }
    for (const QString& c : strings(expect.value(QStringLiteral("never")))) {
        if (shown.contains(c)) {
            problems << QStringLiteral("%1 shown").arg(c);
        }
    }
    if (const QString notice = expect.value(QStringLiteral("notice")).toString();
        !notice.isEmpty() && !noticeCategories(e).contains(notice)) {
        problems << QStringLiteral("no %1 notice").arg(notice);
    }
    *decisions = problems.isEmpty();
    if (!e.actions.isEmpty()) {
        const Recommendation& first = e.actions.constFirst();
        const QString why = first.why.join(QStringLiteral(" | "));
        for (const QString& word : strings(expect.value(QStringLiteral("why_mentions")))) {
            if (!why.contains(word, Qt::CaseInsensitive)) {
                problems << QStringLiteral("why lacks \"%1\"").arg(word);
            }
        }
        for (const QString& word : strings(expect.value(QStringLiteral("why_excludes")))) {
            if (why.contains(word, Qt::CaseInsensitive)) {
                problems << QStringLiteral("why says \"%1\"").arg(word);
            }
        }
        for (QChar op : {QChar(u'>'), QChar(u'<'), QChar(u'='), QChar(0x00D7), QChar(0x2265), QChar(0x2264)}) {
            if (why.contains(op)) {
                problems << QStringLiteral("why has operator syntax");
                break;
            }
        }
        if (s.language.startsWith(QLatin1String("zh")) && !hasCjk(first.title)) {
            problems << QStringLiteral("title not in %1").arg(s.language);
        }
        if (!problems.isEmpty()) {
            problems << QStringLiteral("[shown %1; why: %2]").arg(shown.join(QLatin1Char(',')), why);
        }
    }
    return problems.join(QStringLiteral("; "));
}
} // namespace

class TestNbaScenarioFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void cleanupTestCase();

private:
    std::unique_ptr<NbaEngine> m_engine;
    int m_right = 0;
    int m_decisionsRight = 0;
    int m_total = 0;
};

void TestNbaScenarioFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    auto pack = RulePack::load(RulePack::defaultPackPath());
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    m_engine = std::make_unique<NbaEngine>(std::move(*pack));
}

void TestNbaScenarioFiles::scenario_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(C360_SOURCE_DIR "/tests/nba/scenarios"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, qPrintable(dir.path()));
    for (const QString& f : files) {
        QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << dir.filePath(f);
    }
}

void TestNbaScenarioFiles::scenario() {
    QFETCH(QString, path);
    QString error;
    const auto s = readScenario(path, &error);
    QVERIFY2(s, qPrintable(path + QStringLiteral(": ") + error));
    ScenarioCache cache(QStringLiteral("nba-scenario-") + s->id);
    QVERIFY2(cache.ok(), qPrintable(cache.error()));
    ScenarioWriter writer(cache, *s);
    QVERIFY2(writer.writeAll(), qPrintable(s->id));
    const qint64 party = cache.partyOf(s->email);
    QVERIFY(party > 0);

    const QJsonObject call = s->json.value(QStringLiteral("call")).toObject();
    const CallContext context{
        call.value(QStringLiteral("reason")).toString(), call.value(QStringLiteral("channel")).toString(), {}};
    FactsBuilder builder(cache.db());
    const qint64 at = s->now.toMSecsSinceEpoch();
    auto facts = builder.build(party, at, context);
    QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error().message + facts.error().detail));
    EvaluateOptions options;
    options.language = s->language;
    bool decisions = false;
    const QString problems = verdict(*s, m_engine->evaluate(*facts, {}, at, options), &decisions);
    ++m_total;
    m_right += problems.isEmpty() ? 1 : 0;
    m_decisionsRight += decisions ? 1 : 0;
    if (kKnownGaps.contains(s->id)) {
        QEXPECT_FAIL("", "a known gap of the engine", Abort);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestNbaScenarioFiles::cleanupTestCase() {
    qInfo("NBA scenarios right: %d of %d (cards right, whatever the why: %d)", m_right, m_total, m_decisionsRight);
}

QTEST_GUILESS_MAIN(TestNbaScenarioFiles)
#include "TestNbaScenarioFiles.moc"

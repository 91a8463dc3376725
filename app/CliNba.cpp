#include "CliNba.h"

#include "app/Cli.h"
#include "app/CliNbaLearning.h"
#include "models/Database.h"
#include "models/nba/Facts.h"
#include "models/nba/FactsBuilder.h"
#include "models/nba/FeedbackRepository.h"
#include "models/nba/Learning.h"
#include "models/nba/NbaEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

constexpr qint64 kHistoryDays = 400;

int usage(QTextStream& err, const QString& problem) {
    if (!problem.isEmpty()) {
        err << problem << '\n';
    }
    err << tr("Usage: %1").arg(QString::fromUtf8(kCliNbaSynopsis)) << '\n'
        << tr("  --context  the live call: reason=delivery,channel=phone,queue=vip") << '\n'
        << tr("  --pack     a rule pack file (default: the shipped %1)").arg(nba::RulePack::defaultPackPath()) << '\n'
        << tr("  --lang     en, zh_CN or zh_TW (titles and scripts)") << '\n'
        << tr("  --now      evaluate as of this UTC time (ISO 8601), default now") << '\n'
        << tr("  --rules-only  rank by the pack alone, without what was learned from answers") << '\n'
        << tr("  --learned  list what each action learned from answers; --reset-learning ACTION forgets it") << '\n';
    err.flush();
    return 2;
}

std::optional<nba::CallContext> parseContext(const QString& text, QString* problem) {
    nba::CallContext context;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty()) {
            *problem = tr("--context takes key=value pairs separated by commas; “%1” is not one.").arg(part);
            return std::nullopt;
        }
        if (key == QLatin1String("reason")) {
            context.reason = value;
        } else if (key == QLatin1String("channel")) {
            context.channel = value;
        } else if (key == QLatin1String("queue")) {
            context.queue = value;
        } else {
            *problem = tr("--context knows reason, channel and queue, not “%1”.").arg(key);
            return std::nullopt;
        }
    }
    return context;
}

QJsonObject toJson(const nba::Recommendation& r, int rank) {
    return {{QStringLiteral("rank"), rank},
            {QStringLiteral("id"), r.actionId},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("script"), r.script},
            {QStringLiteral("priority"), r.priority},
            {QStringLiteral("propensity"), r.propensity},
            {QStringLiteral("context_weight"), r.contextWeight},
            {QStringLiteral("value"), r.value},
            {QStringLiteral("lever"), r.lever},
            {QStringLiteral("why"), QJsonArray::fromStringList(r.why)}};
}

// A facts file: one JSON object of fact names (of the catalog) to values of their type.
Result<nba::Facts> readFactsFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The facts file %1 could not be read: %2").arg(path, file.errorString()), {}};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (!doc.isObject()) {
        return Error{tr("The facts file %1 is not a JSON object of facts (%2).")
                         .arg(path, pe.error == QJsonParseError::NoError ? tr("not an object") : pe.errorString()),
                     {}};
    }
    nba::Facts facts;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto spec = nba::factSpec(it.key());
        if (!spec) {
            return Error{tr("The facts file %1 names an unknown fact “%2”.").arg(path, it.key()), {}};
        }
        const QJsonValue v = it.value();
        bool fits = true;
        switch (spec->type) {
        case nba::FactType::Number:
            fits = v.isDouble();
            if (fits) {
                facts.setNumber(it.key(), v.toDouble());
            }
            break;
        case nba::FactType::Bool:
            fits = v.isBool();
            if (fits) {
                facts.setBool(it.key(), v.toBool());
            }
            break;
        case nba::FactType::String:
            fits = v.isString();
            if (fits) {
                facts.setString(it.key(), v.toString());
            }
            break;
        case nba::FactType::List: {
            fits = v.isArray();
            QStringList items;
            for (const QJsonValue& x : v.toArray()) {
                fits = fits && x.isString();
                items << x.toString();
            }
            if (fits) {
                facts.setList(it.key(), items);
            }
            break;
        }
        }
        if (!fits) {
            return Error{
                tr("In the facts file %1, “%2” must be a %3.").arg(path, it.key(), nba::factTypeName(spec->type)), {}};
        }
    }
    return facts;
}

QJsonValue toJson(const nba::FactValue& v) {
    if (const double* d = std::get_if<double>(&v)) {
        return *d;
    }
    if (const bool* b = std::get_if<bool>(&v)) {
        return *b;
    }
    if (const QString* s = std::get_if<QString>(&v)) {
        return *s;
    }
    return QJsonArray::fromStringList(std::get<QStringList>(v));
}

int printEvaluation(const QCommandLineParser& p, const nba::Facts& facts, const QList<nba::Feedback>& history,
                    nba::RulePack pack, qint64 partyId, qint64 nowMs, const nba::CallContext& context, int top,
                    const QString& language, const nba::PropensityLearner* learner, QTextStream& out);

// --learned / --reset-learning ACTION on the cache's learning table.
int runLearning(const QCommandLineParser& p, QTextStream& out, QTextStream& err) {
    const QString packPath =
        p.isSet(QStringLiteral("pack")) ? p.value(QStringLiteral("pack")) : nba::RulePack::defaultPackPath();
    auto pack = nba::RulePack::load(packPath);
    if (!pack) {
        err << pack.error().message << '\n';
        return 1;
    }
    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(dbPath)) {
        err << tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(dbPath) << '\n';
        return 1;
    }
    auto db = Database::open(dbPath, QStringLiteral("cli-nba"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("reset-learning"))) {
        return resetLearning(db->handle(), *pack, p.value(QStringLiteral("reset-learning")), out, err);
    }
    return printLearned(db->handle(), *pack, p.isSet(QStringLiteral("json")), out, err);
}

} // namespace

int runCliNba(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    p.addOption(
        {QStringLiteral("context"), tr("The live call: reason=R,channel=C,queue=Q."), QStringLiteral("K=V,..")});
    p.addOption({QStringLiteral("pack"), tr("A rule pack file."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("top"), tr("At most K actions (default 3)."), QStringLiteral("K"), QStringLiteral("3")});
    p.addOption(
        {QStringLiteral("lang"), tr("Language of titles and scripts."), QStringLiteral("LANG"), QStringLiteral("en")});
    p.addOption({QStringLiteral("now"),
                 tr("Evaluate as of this time (ISO 8601, e.g. 2026-06-15T12:00:00Z): the facts' days and the "
                    "contact policy's windows count from it. Default: now."),
                 QStringLiteral("ISO8601")});
    p.addOption({QStringLiteral("facts"),
                 tr("Evaluate the facts of this JSON file ({\"fact\": value, ...}) instead of a customer."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("rules-only"), tr("Rank by the pack alone, without what was learned from answers.")});
    p.addOption({QStringLiteral("learned"), tr("List what each action of the pack learned from answers.")});
    p.addOption(
        {QStringLiteral("reset-learning"), tr("Forget what was learned for this action."), QStringLiteral("ACTION")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliNbaSynopsis), out, err)) {
        return *done;
    }
    if (p.isSet(QStringLiteral("learned")) || p.isSet(QStringLiteral("reset-learning"))) {
        return runLearning(p, out, err);
    }
    const bool fromFile = p.isSet(QStringLiteral("facts"));
    if (fromFile && !p.positionalArguments().isEmpty()) {
        return usage(err, tr("nba takes either a PARTY or --facts FILE, not both."));
    }
    if (!fromFile && p.positionalArguments().size() != 1) {
        return usage(err, tr("nba needs one PARTY (a party id, see c360 search) or --facts FILE."));
    }
    bool okParty = fromFile;
    const qint64 partyId = fromFile ? 0 : p.positionalArguments().constFirst().toLongLong(&okParty);
    if (!okParty || (!fromFile && partyId <= 0)) {
        return usage(err, tr("PARTY must be a party id (a positive number), see c360 search."));
    }
    bool okTop = false;
    const int top = p.value(QStringLiteral("top")).toInt(&okTop);
    if (!okTop || top <= 0) {
        return usage(err, tr("--top takes a positive number."));
    }
    const QString language = p.value(QStringLiteral("lang"));
    if (!nba::RulePack::languages().contains(language)) {
        return usage(err, tr("--lang takes en, zh_CN or zh_TW."));
    }
    QString problem;
    const auto context = parseContext(p.value(QStringLiteral("context")), &problem);
    if (!context) {
        return usage(err, problem);
    }
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (p.isSet(QStringLiteral("now"))) {
        const QDateTime now = QDateTime::fromString(p.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!now.isValid()) {
            return usage(err, tr("--now takes an ISO 8601 time such as 2026-11-27T15:00:00Z."));
        }
        nowMs = now.toMSecsSinceEpoch();
    }

    const QString packPath =
        p.isSet(QStringLiteral("pack")) ? p.value(QStringLiteral("pack")) : nba::RulePack::defaultPackPath();
    auto pack = nba::RulePack::load(packPath);
    if (!pack) {
        err << pack.error().message << '\n';
        return 1;
    }
    if (fromFile) {
        auto facts = readFactsFile(p.value(QStringLiteral("facts")));
        if (!facts) {
            err << facts.error().message << '\n';
            return 1;
        }
        nba::applyContext(*facts, *context);
        return printEvaluation(p, *facts, {}, std::move(*pack), partyId, nowMs, *context, top, language, nullptr, out);
    }
    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(dbPath)) {
        err << tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(dbPath) << '\n';
        return 1;
    }
    auto db = Database::open(dbPath, QStringLiteral("cli-nba"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    nba::FactsBuilder builder(db->handle());
    const auto facts = builder.build(partyId, nowMs, *context);
    if (!facts) {
        err << facts.error().message << '\n';
        return 1;
    }
    nba::FeedbackRepository feedback(db->handle());
    if (Status s = feedback.ensureSchema(); !s) {
        err << s.error().message << '\n';
        return 1;
    }
    const auto history = feedback.history(partyId, nowMs - kHistoryDays * 24 * 3600 * 1000);
    if (!history) {
        err << history.error().message << '\n';
        return 1;
    }
    // Ranked as the window ranks: with what the prompts learned from earlier answers.
    nba::PropensityLearner learner;
    if (!p.isSet(QStringLiteral("rules-only"))) {
        auto learned = nba::LearningRepository(db->handle()).load();
        if (!learned) {
            err << learned.error().message << '\n';
            return 1;
        }
        learner.setArms(std::move(*learned));
    }
    return printEvaluation(p, *facts, *history, std::move(*pack), partyId, nowMs, *context, top, language,
                           p.isSet(QStringLiteral("rules-only")) ? nullptr : &learner, out);
}

namespace {
int printEvaluation(const QCommandLineParser& p, const nba::Facts& facts, const QList<nba::Feedback>& history,
                    nba::RulePack pack, qint64 partyId, qint64 nowMs, const nba::CallContext& context, int top,
                    const QString& language, const nba::PropensityLearner* learner, QTextStream& out) {
    const nba::NbaEngine engine(std::move(pack));
    nba::EvaluateOptions options;
    options.topK = top;
    options.language = language;
    options.learner = learner;
    const nba::Evaluation result = engine.evaluate(facts, history, nowMs, options);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray actions;
        int rank = 0;
        for (const nba::Recommendation& r : result.actions) {
            actions.append(toJson(r, ++rank));
        }
        QJsonArray held;
        for (const nba::HeldBack& h : result.heldBack) {
            held.append(QJsonObject{{QStringLiteral("id"), h.actionId}, {QStringLiteral("reason"), h.reason}});
        }
        QJsonArray notices;
        for (const nba::Notice& n : result.notices) {
            notices.append(QJsonObject{{QStringLiteral("id"), n.actionId},
                                       {QStringLiteral("category"), n.category},
                                       {QStringLiteral("title"), n.title},
                                       {QStringLiteral("text"), n.text},
                                       {QStringLiteral("why"), QJsonArray::fromStringList(n.why)}});
        }
        QJsonObject factsJson;
        for (const QString& name : facts.names()) {
            factsJson.insert(name, toJson(*facts.find(name)));
        }
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("party"), partyId},
                               {QStringLiteral("pack"), engine.pack().name()},
                               {QStringLiteral("now"),
                                QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("context"), QJsonObject{{QStringLiteral("reason"), context.reason},
                                                                       {QStringLiteral("channel"), context.channel},
                                                                       {QStringLiteral("queue"), context.queue}}},
                               {QStringLiteral("eligible"), result.eligible},
                               {QStringLiteral("actions"), actions},
                               {QStringLiteral("held_back"), held},
                               {QStringLiteral("notices"), notices},
                               {QStringLiteral("facts"), factsJson}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << (partyId > 0 ? tr("Customer %1 · pack %2 · %3 eligible, %4 held back").arg(partyId)
                        : tr("Facts file · pack %2 · %3 eligible, %4 held back"))
               .arg(engine.pack().name())
               .arg(result.eligible)
               .arg(result.heldBack.size())
        << '\n';
    for (const nba::Notice& n : result.notices) {
        out << tr("notice: %1").arg(n.title) << '\n' << QStringLiteral("   ") << n.text << '\n';
        for (const QString& line : n.why) {
            out << QStringLiteral("   · ") << line << '\n';
        }
    }
    if (result.actions.isEmpty()) {
        out << tr("No action to suggest.") << '\n';
    }
    int rank = 0;
    for (const nba::Recommendation& r : result.actions) {
        out << QStringLiteral("%1. %2  [%3]  priority %4  (propensity %5 × context %6 × value %7 × lever %8)")
                   .arg(++rank)
                   .arg(r.title, r.actionId)
                   .arg(r.priority, 0, 'f', 2)
                   .arg(r.propensity, 0, 'f', 3)
                   .arg(r.contextWeight, 0, 'g', 3)
                   .arg(r.value, 0, 'g', 6)
                   .arg(r.lever, 0, 'g', 3)
            << '\n';
        out << QStringLiteral("   ") << r.script << '\n';
        for (const QString& line : r.why) {
            out << QStringLiteral("   · ") << line << '\n';
        }
    }
    for (const nba::HeldBack& h : result.heldBack) {
        out << tr("held back: %1 — %2").arg(h.actionId, h.reason) << '\n';
    }
    return 0;
}

} // namespace

} // namespace c360::app

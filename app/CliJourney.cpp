#include "CliJourney.h"

#include "app/Cli.h"
#include "app/CliPii.h"
#include "models/Database.h"
#include "models/Journey.h"
#include "models/JourneyRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString stageId(const JourneyRules& rules, int stage) {
    return stage >= 0 && stage < rules.stages().size() ? rules.stages().at(stage).id : QString();
}

QJsonObject toJson(const Journey& j, const JourneyRules& rules) {
    QJsonArray touchpoints;
    for (const Touchpoint& t : j.touchpoints) {
        QJsonObject o{{QStringLiteral("event_id"), t.eventId},
                      {QStringLiteral("occurred_at"), iso(t.occurredMs)},
                      {QStringLiteral("kind"), t.kind},
                      {QStringLiteral("channel"), t.channel},
                      {QStringLiteral("stage"), t.stage >= 0 ? QJsonValue(stageId(rules, t.stage)) : QJsonValue()},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("friction"), t.friction}};
        if (!t.reference.isEmpty()) {
            o.insert(QStringLiteral("reference"), t.reference);
        }
        touchpoints.append(o);
    }
    QJsonArray friction;
    for (const Friction& f : j.friction) {
        friction.append(QJsonObject{
            {QStringLiteral("type"), Friction::kindName(f.kind)},
            {QStringLiteral("event_id"), f.eventId},
            {QStringLiteral("related_event_id"), f.relatedEventId ? QJsonValue(f.relatedEventId) : QJsonValue()},
            {QStringLiteral("occurred_at"), iso(f.occurredMs)},
            {QStringLiteral("detail"), f.detail}});
    }
    QJsonArray stages;
    for (const StagePeriod& s : j.stages) {
        stages.append(QJsonObject{{QStringLiteral("stage"), stageId(rules, s.stage)},
                                  {QStringLiteral("from"), iso(s.fromMs)},
                                  {QStringLiteral("until"), iso(s.untilMs)}});
    }
    return {{QStringLiteral("party"), j.partyId},
            {QStringLiteral("touchpoints"), touchpoints},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("friction"), friction}};
}

} // namespace

int runCliJourney(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    p.addOption({QStringLiteral("stages"),
                 tr("Journey stage rules (default: the shipped %1).").arg(JourneyRules::defaultPath()),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption(cliRoleOption());
    p.addPositionalArgument(QStringLiteral("PARTY"), tr("The customer's id (as `c360 search` prints it)."));
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliJourneySynopsis), out, err)) {
        return *done;
    }
    const QStringList positional = p.positionalArguments();
    bool ok = false;
    const qint64 party = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || party <= 0) {
        err << tr("journey takes one customer id, a positive number.") << '\n'
            << tr("Usage: %1").arg(QString::fromUtf8(kCliJourneySynopsis)) << '\n';
        return 2;
    }
    auto rules = JourneyRules::load(p.isSet(QStringLiteral("stages")) ? p.value(QStringLiteral("stages"))
                                                                      : JourneyRules::defaultPath());
    if (!rules) {
        err << rules.error().message << '\n';
        return 1;
    }
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(path)) {
        err << tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(path) << '\n';
        return 1;
    }
    auto db = Database::open(path, QStringLiteral("cli-journey"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    {
        QSqlQuery q(db->handle());
        q.prepare(QStringLiteral("SELECT 1 FROM party WHERE id = ?"));
        q.addBindValue(party);
        if (!q.exec() || !q.next()) {
            err << tr("There is no customer %1 in the cache.").arg(party) << '\n';
            return 1;
        }
    }
    auto journey = JourneyRepository(db->handle()).load(party, *rules);
    if (!journey) {
        err << journey.error().message << '\n';
        return 1;
    }
    maskJourney(*journey, cliMasker(db->handle(), p, err));
    if (p.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(toJson(*journey, *rules)).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }
    for (const Touchpoint& t : journey->touchpoints) {
        out << QDateTime::fromMSecsSinceEpoch(t.occurredMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << "  " << t.channel.leftJustified(9) << "  "
            << (t.stage >= 0 ? rules->stages().at(t.stage).titleIn(QStringLiteral("en")) : QStringLiteral("-"))
                   .leftJustified(13)
            << "  " << t.title << (t.friction ? QStringLiteral("  [!]") : QString()) << '\n';
    }
    out << QCoreApplication::translate("c360::app", "%n friction flag(s)", nullptr,
                                       static_cast<int>(journey->friction.size()))
        << '\n';
    for (const Friction& f : journey->friction) {
        out << "  "
            << QDateTime::fromMSecsSinceEpoch(f.occurredMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << "  " << Friction::kindName(f.kind) << "  " << f.detail << '\n';
    }
    out.flush();
    return 0;
}

} // namespace c360::app

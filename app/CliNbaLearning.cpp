#include "CliNbaLearning.h"

#include "models/nba/Learning.h"
#include "models/nba/RulePack.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("c360::app", text, disambiguation, n);
}

QString percent(double v) {
    return QString::number(100.0 * v, 'f', 1) + QLatin1Char('%');
}
} // namespace

int printLearned(QSqlDatabase db, const nba::RulePack& pack, bool json, QTextStream& out, QTextStream& err) {
    auto arms = nba::LearningRepository(db).load();
    if (!arms) {
        err << arms.error().message << '\n';
        return 1;
    }
    nba::PropensityLearner learner;
    learner.setArms(*arms);
    QJsonArray rows;
    QStringList lines;
    for (const nba::Action& a : pack.actions()) {
        const nba::ArmCounts pooled = learner.pooled(a.id);
        int armCount = 0;
        for (auto it = arms->cbegin(); it != arms->cend(); ++it) {
            armCount += it.key().actionId == a.id ? 1 : 0;
        }
        const double prior = a.propensity.score(nba::Facts{}); // the pack's base propensity (no facts)
        const double k = learner.config().priorStrength;
        const double learned = (prior * k + pooled.accepted) / (k + pooled.shown());
        if (json) {
            rows.append(QJsonObject{
                {QStringLiteral("action"), a.id},
                {QStringLiteral("accepted"), pooled.accepted},
                {QStringLiteral("dismissed"), pooled.dismissed},
                {QStringLiteral("acceptance_rate"),
                 pooled.shown() > 0 ? QJsonValue(pooled.accepted / pooled.shown()) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("prior"), prior},
                {QStringLiteral("learned"), learned},
                {QStringLiteral("arms"), armCount}});
            continue;
        }
        const QString rate = pooled.shown() > 0 ? percent(pooled.accepted / pooled.shown()) : tr("no answers yet");
        lines << tr("%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combination(s)", nullptr,
                    armCount)
                     .arg(a.id)
                     .arg(pooled.accepted)
                     .arg(pooled.shown())
                     .arg(rate, percent(prior), percent(learned));
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("pack"), pack.name()}, {QStringLiteral("actions"), rows}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << tr("What the prompts learned from answers (pack %1):").arg(pack.name()) << '\n';
        for (const QString& line : std::as_const(lines)) {
            out << "  " << line << '\n';
        }
    }
    out.flush();
    return 0;
}

int resetLearning(QSqlDatabase db, const nba::RulePack& pack, const QString& actionId, QTextStream& out,
                  QTextStream& err) {
    QStringList ids;
    for (const nba::Action& a : pack.actions()) {
        ids << a.id;
    }
    if (!ids.contains(actionId)) {
        err << tr("The pack %1 has no action \"%2\". Its actions: %3.")
                   .arg(pack.name(), actionId, ids.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (Status s = nba::LearningRepository(db).reset(actionId); !s) {
        err << s.error().message << '\n';
        return 1;
    }
    out << tr("Forgot what was learned for %1: it ranks by the pack's prior again.").arg(actionId) << '\n';
    out.flush();
    return 0;
}

} // namespace c360::app

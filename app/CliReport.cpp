#include "CliReport.h"

#include "app/Cli.h"
#include "app/CliPii.h"
#include "models/Database.h"
#include "models/JourneyRules.h"
#include "models/ReportRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliReportSynopsis)) << '\n';
    err.flush();
    return 2;
}

std::optional<QDate> parseDay(const QString& text) {
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

QJsonValue jsonValue(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    }
}

} // namespace

QByteArray reportToJson(const QString& name, const ReportFilter& f, const ReportTable& table) {
    QJsonArray rows;
    for (const QVariantList& row : table.rows) {
        QJsonObject o;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            o.insert(table.columns.at(c), jsonValue(row.value(c)));
        }
        rows.append(o);
    }
    const QJsonObject doc{{QStringLiteral("report"), name},
                          {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
                          {QStringLiteral("queue"), f.queue.isEmpty() ? QJsonValue() : QJsonValue(f.queue)},
                          {QStringLiteral("agent"), f.agent.isEmpty() ? QJsonValue() : QJsonValue(f.agent)},
                          {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                          {QStringLiteral("rows"), rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

int runCliReport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), tr("The first day of the period (YYYY-MM-DD, UTC)."), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("to"), tr("The last day of the period (YYYY-MM-DD, UTC), included."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("queue"), tr("Only the contacts of this queue."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("agent"),
                 tr("Only the contacts this agent handled and the prompts this agent answered."), QStringLiteral("A")});
    p.addOption(
        {QStringLiteral("format"), tr("csv (default) or json."), QStringLiteral("csv|json"), QStringLiteral("csv")});
    p.addOption({QStringLiteral("stages"),
                 tr("Journey stage rules (default: the shipped %1).").arg(JourneyRules::defaultPath()),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption(cliRoleOption());
    p.addPositionalArgument(QStringLiteral("report"), tr("contacts, fcr, repeat-contacts, handle-time, nba or stages"));
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliReportSynopsis), out, err)) {
        return *done;
    }
    const QStringList positional = p.positionalArguments();
    QStringList names;
    for (ReportKind k : ReportRepository::cliKinds()) {
        names << ReportRepository::kindName(k);
    }
    if (positional.size() != 1) {
        return usage(err, tr("Name one report: %1.").arg(names.join(QStringLiteral(", "))));
    }
    const auto kind = ReportRepository::kindFromName(positional.first());
    if (!kind || !ReportRepository::cliKinds().contains(*kind)) {
        return usage(err, tr("There is no report “%1”; the reports are %2.")
                              .arg(positional.first(), names.join(QStringLiteral(", "))));
    }
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
        return usage(err, tr("A report needs --from and --to (days as YYYY-MM-DD)."));
    }
    ReportFilter filter;
    for (const char* option : {"from", "to"}) {
        const QString text = p.value(QLatin1String(option));
        const auto day = parseDay(text);
        if (!day) {
            return usage(err, tr("--%1 takes a day as YYYY-MM-DD, not “%2”.").arg(QLatin1String(option), text));
        }
        (qstrcmp(option, "from") == 0 ? filter.from : filter.to) = *day;
    }
    if (filter.from > filter.to) {
        return usage(err, tr("--from (%1) is after --to (%2).")
                              .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    }
    filter.queue = p.value(QStringLiteral("queue")).trimmed();
    filter.agent = p.value(QStringLiteral("agent")).trimmed();
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usage(err, tr("--format is csv or json, not “%1”.").arg(format));
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
    auto db = Database::open(path, QStringLiteral("cli-report"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    const ReportRepository reports(db->handle());
    auto table = reports.run(*kind, filter, *rules);
    if (!table) {
        err << table.error().message << '\n';
        return 1;
    }
    // Free-text columns (a contact's reason, a queue, an agent) may name a customer's contacts.
    const PiiMasker masker = cliMasker(db->handle(), p, err);
    for (QVariantList& row : table->rows) {
        for (QVariant& v : row) {
            if (v.typeId() == QMetaType::QString) {
                v = masker.text(v.toString());
            }
        }
    }
    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(reportToJson(positional.first(), filter, *table));
    } else {
        out << QString::fromUtf8(reportToCsv(*table));
    }
    out.flush();
    return 0;
}

} // namespace c360::app

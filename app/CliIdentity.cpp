#include "app/CliIdentity.h"

#include "app/Cli.h"
#include "models/Database.h"
#include "models/IdentityResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Cli", text);
}

int usage(QTextStream& err, const char* synopsis, const QString& problem) {
    if (!problem.isEmpty()) {
        err << problem << '\n';
    }
    err << tr("Usage: %1").arg(QLatin1String(synopsis)) << '\n';
    err.flush();
    return 2;
}

std::optional<Database> openCache(const QCommandLineParser& p, const QString& connection, QTextStream& err) {
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(path)) {
        err << tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(path) << '\n';
        return std::nullopt;
    }
    auto db = Database::open(path, connection);
    if (!db) {
        err << db.error().message << '\n';
        return std::nullopt;
    }
    return std::move(db.value());
}

QString csvField(const QVariant& v) {
    QString s = v.isNull() ? QString() : v.toString();
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s = u'"' + s + u'"';
    }
    return s;
}

} // namespace

int runCliResolve(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption(
        {QStringLiteral("rules"), tr("Identity rules file (default: the shipped rules)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("report"), tr("Print pairwise precision and recall against --labels.")});
    p.addOption({QStringLiteral("labels"), tr("CSV with columns source, source_id, person."), QStringLiteral("CSV")});
    if (!p.parse(arguments)) {
        return usage(err, kCliResolveSynopsis, p.errorText());
    }
    if (!p.positionalArguments().isEmpty()) {
        return usage(err, kCliResolveSynopsis, tr("resolve takes no positional arguments."));
    }
    if (p.isSet(QStringLiteral("report")) != p.isSet(QStringLiteral("labels"))) {
        return usage(err, kCliResolveSynopsis, tr("--report and --labels go together."));
    }
    IdentityRules rules = IdentityRules::defaults();
    if (p.isSet(QStringLiteral("rules"))) {
        auto loaded = IdentityRules::fromFile(p.value(QStringLiteral("rules")));
        if (!loaded) {
            err << loaded.error().message << '\n';
            return 1;
        }
        rules = std::move(*loaded);
    }
    std::optional<QList<IdentityLabel>> labels;
    if (p.isSet(QStringLiteral("labels"))) {
        auto read = IdentityResolver::readLabels(p.value(QStringLiteral("labels")));
        if (!read) {
            err << read.error().message << '\n';
            return 1;
        }
        labels = std::move(*read);
    }
    auto db = openCache(p, QStringLiteral("cli-resolve"), err);
    if (!db) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    IdentityResolver resolver(db->handle(), rules);
    auto summary = resolver.resolveAll(QDateTime::currentMSecsSinceEpoch());
    if (!summary) {
        err << summary.error().message << '\n';
        return 1;
    }
    out << tr("Resolved %1 record(s) into %2 customer(s) in %3 s: %4 record(s) moved, %5 customer(s) changed, "
              "%6 key(s) not used for linking, %7 merge(s) refused, %8 suspected duplicate(s) to review.")
               .arg(summary->records)
               .arg(summary->parties)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(summary->recordsMoved)
               .arg(summary->partiesChanged)
               .arg(summary->blockedKeys)
               .arg(summary->refusedMerges)
               .arg(summary->suspectedDuplicates)
        << '\n';
    QStringList rulesSeen = summary->linksByRule.keys();
    std::sort(rulesSeen.begin(), rulesSeen.end());
    for (const QString& rule : std::as_const(rulesSeen)) {
        out << tr("  links by %1: %2").arg(rule).arg(summary->linksByRule.value(rule)) << '\n';
    }
    if (labels) {
        auto report = IdentityResolver::report(db->handle(), *labels);
        if (!report) {
            err << report.error().message << '\n';
            return 1;
        }
        out << tr("Labelled records: %1 of %2 found; pairs: %3 true, %4 linked, %5 correct.")
                   .arg(report->found)
                   .arg(report->labelled)
                   .arg(report->truePairs)
                   .arg(report->predictedPairs)
                   .arg(report->correctPairs)
            << '\n'
            << tr("Precision %1, recall %2").arg(report->precision(), 0, 'f', 4).arg(report->recall(), 0, 'f', 4)
            << '\n';
    }
    return 0;
}

int runCliExport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption(
        {QStringLiteral("format"), tr("Output format (csv)."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    if (!p.parse(arguments)) {
        return usage(err, kCliExportSynopsis, p.errorText());
    }
    const QStringList what = p.positionalArguments();
    if (what.size() != 1 || (what.first() != QLatin1String("parties") && what.first() != QLatin1String("links"))) {
        return usage(err, kCliExportSynopsis, tr("export needs what to export: parties or links."));
    }
    if (p.value(QStringLiteral("format")) != QLatin1String("csv")) {
        return usage(err, kCliExportSynopsis, tr("--format knows csv only."));
    }
    auto db = openCache(p, QStringLiteral("cli-export"), err);
    if (!db) {
        return 1;
    }
    const QString sql =
        what.first() == QLatin1String("parties")
            ? QStringLiteral("SELECT p.id AS party_id, p.display_name, p.primary_email, p.primary_phone, p.segment, "
                             "p.city, p.lifetime_value, p.currency, p.order_count, p.open_tickets, "
                             "(SELECT count(*) FROM party_link pl WHERE pl.party_id = p.id) AS records "
                             "FROM party p ORDER BY p.id")
            : QStringLiteral("SELECT sr.source, sr.stream, sr.source_id, sr.entity, pl.party_id, pl.rule, pl.score, "
                             "pl.evidence AS why FROM party_link pl JOIN source_record sr ON sr.id = pl.record_id "
                             "ORDER BY pl.party_id, sr.id");
    QSqlQuery q(db->handle());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        err << tr("The cache could not be read.") << '\n';
        return 1;
    }
    const QSqlRecord header = q.record();
    QStringList names;
    for (int i = 0; i < header.count(); ++i) {
        names << header.fieldName(i);
    }
    out << names.join(u',') << '\n';
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < header.count(); ++i) {
            row << csvField(q.value(i));
        }
        out << row.join(u',') << '\n';
    }
    return 0;
}

} // namespace c360::app

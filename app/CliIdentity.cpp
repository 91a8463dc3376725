#include "app/CliIdentity.h"

#include "app/Cli.h"
#include "app/CliPii.h"
#include "models/CacheWriter.h"
#include "models/Database.h"
#include "models/IdentityResolver.h"
#include "models/SyncStateRepository.h"
#include "sync/Manifest.h"
#include "sync/RecordMapper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

int usage(QTextStream& err, const char* synopsis, const QString& problem) {
    if (!problem.isEmpty()) {
        err << problem << '\n';
    }
    err << tr("Usage: %1").arg(QString::fromUtf8(synopsis)) << '\n';
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

// One CSV record per call (RFC 4180: quoted fields may hold commas, quotes and newlines).
// `line` advances by the physical lines consumed. Returns false at the end of the data.
bool readCsvRecord(const QString& text, qsizetype& pos, int& line, QStringList& fields, QString* problem) {
    fields.clear();
    if (pos >= text.size()) {
        return false;
    }
    ++line;
    QString field;
    bool quoted = false, wasQuoted = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == u'"') {
                if (pos < text.size() && text.at(pos) == u'"') {
                    field += u'"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n') {
            break;
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted) {
        *problem = tr("a quoted field is not closed");
        return true;
    }
    fields << field;
    return true;
}

// The stream to map with: the named stream of a connector manifest, or a mapping file holding just
// one stream's {"entity", "map", "children"} (wrapped into a manifest here).
Result<sync::Manifest> loadMapping(const QString& path, const QString& stream) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{tr("The mapping file %1 could not be read.").arg(path), f.errorString()};
    }
    nlohmann::json doc = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return Error{tr("The mapping file %1 is not valid JSON.").arg(path), QStringLiteral("parse error")};
    }
    if (!doc.contains("streams")) {
        nlohmann::json s = doc;
        s.emplace("path", "/import");
        s.emplace("records", "/data");
        doc = nlohmann::json{{"name", "import"}, {"streams", {{stream.toStdString(), s}}}};
    }
    return sync::Manifest::parse(QByteArray::fromStdString(doc.dump()), path);
}

// Every field a mapping may produce (docs/architecture.md, "Canonical fields", any entity), and the
// fields of the children.
bool isCanonicalField(const QString& name) {
    static const QSet<QString> fields = [] {
        QSet<QString> out;
        for (const char* f :
             {"source_id",     "updated_at",    "name",         "first_name",   "last_name", "email",
              "phone",         "wechat_openid", "segment",      "city",         "country",   "created_at",
              "birth_date",    "address",       "number",       "placed_at",    "status",    "currency",
              "total",         "customer_id",   "order_number", "amount",       "reason",    "subject",
              "priority",      "channel",       "csat_score",   "csat_comment", "csat_at",   "campaign_id",
              "campaign_name", "event_type",    "occurred_at",  "url",          "direction", "duration_seconds",
              "agent",         "queue",         "summary"}) {
            out.insert(QString::fromLatin1(f));
        }
        return out;
    }();
    return fields.contains(name);
}

// The column (first reference token) a JSON pointer reads: "/Full Name" -> "Full Name", "/a~1b/c" -> "a/b".
QString columnOf(const QString& path) {
    if (!path.startsWith(u'/')) {
        return {};
    }
    QString first = path.mid(1).section(u'/', 0, 0);
    first.replace(QStringLiteral("~1"), QStringLiteral("/"));
    first.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return first;
}

// A mapping that names a field we do not have, or reads a column the file does not have, is refused
// before anything is read into the cache (it would import records with no keys).
QStringList mappingProblems(const sync::StreamManifest& spec, const QSet<QString>& columns) {
    QStringList problems;
    for (const sync::FieldSpec& f : spec.fields) {
        if (!isCanonicalField(f.name)) {
            problems << tr("the mapping fills “%1”, which is not a field C360 knows (see the canonical fields in "
                           "resources/connectors/README.md)")
                            .arg(f.name);
        }
        QStringList paths;
        if (!f.path.isEmpty()) {
            paths << f.path;
        }
        if (f.rules) {
            paths << f.rules->paths;
            if (f.rules->when) {
                paths << f.rules->when->path;
            }
        }
        for (const QString& path : std::as_const(paths)) {
            const QString column = columnOf(path);
            if (!column.isEmpty() && !columns.contains(column)) {
                problems << tr("field “%1” reads column “%2”, which the file does not have").arg(f.name, column);
            }
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

int runCliImport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), tr("The cache file."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("source"), tr("The source name the records belong to."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("stream"), tr("The stream (customers, orders, tickets, ...)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("mapping"), tr("Connector manifest or stream mapping."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("region"),
                 tr("The source's region (ISO code such as US or CN): phone numbers without a country code that "
                    "are valid there are read there."),
                 QStringLiteral("CC")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliImportSynopsis), out, err)) {
        return *done;
    }
    IdentityConfig identity;
    if (p.isSet(QStringLiteral("region"))) {
        identity.sourceRegion = p.value(QStringLiteral("region")).trimmed().toUpper();
        if (!Normalizer::isKnownRegion(identity.sourceRegion)) {
            return usage(err, kCliImportSynopsis,
                         tr("--region needs a two-letter region code such as US or CN, not “%1”.")
                             .arg(p.value(QStringLiteral("region"))));
        }
    }
    for (const char* required : {"db", "source", "stream", "mapping"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            return usage(err, kCliImportSynopsis, tr("import needs --%1.").arg(QString::fromLatin1(required)));
        }
    }
    if (p.positionalArguments().size() != 1) {
        return usage(err, kCliImportSynopsis, tr("import needs one data file (.csv or .jsonl)."));
    }
    const QString source = p.value(QStringLiteral("source")).trimmed();
    const QString stream = p.value(QStringLiteral("stream")).trimmed();
    const QString dataPath = p.positionalArguments().constFirst();
    const bool csv = dataPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !dataPath.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) &&
        !dataPath.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive)) {
        return usage(err, kCliImportSynopsis, tr("The data file must be .csv or .jsonl."));
    }
    auto manifest = loadMapping(p.value(QStringLiteral("mapping")), stream);
    if (!manifest) {
        err << manifest.error().message << '\n' << manifest.error().detail << '\n';
        return 1;
    }
    const sync::StreamManifest* spec = manifest->stream(stream);
    if (spec == nullptr) {
        err << tr("The mapping has no stream “%1” (it has: %2).").arg(stream, manifest->streamNames().join(u','))
            << '\n';
        return 1;
    }
    QFile data(dataPath);
    if (!data.open(QIODevice::ReadOnly)) {
        err << tr("The data file %1 could not be read: %2").arg(dataPath, data.errorString()) << '\n';
        return 1;
    }
    const QByteArray bytes = data.readAll();

    // Every row becomes a JSON object and goes through the stream's mapping; any bad row stops the import.
    const sync::RecordMapper mapper(source, *spec);
    PageInput page;
    page.source = source;
    page.stream = stream;
    page.checkpoint = QStringLiteral("import:") +
                      QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QStringList problems;
    auto mapRow = [&](const nlohmann::json& row, int line) {
        const auto outcome = mapper.map(row);
        if (const auto* q = std::get_if<QuarantineEntry>(&outcome)) {
            problems << tr("line %1: %2").arg(line).arg(q->error);
        } else {
            page.records.append(std::get<CanonicalRecord>(outcome));
        }
    };
    if (csv) {
        const QString text = QString::fromUtf8(bytes);
        qsizetype pos = 0;
        int line = 0;
        QStringList header, fields;
        QString problem;
        if (!readCsvRecord(text, pos, line, header, &problem) || !problem.isEmpty() || header.isEmpty()) {
            err << tr("%1: line 1 must be a header of column names.").arg(dataPath) << '\n';
            return 1;
        }
        QSet<QString> columns;
        for (const QString& h : std::as_const(header)) {
            columns.insert(h.trimmed());
        }
        if (const QStringList bad = mappingProblems(*spec, columns); !bad.isEmpty()) {
            err << tr("%1: the mapping does not fit the file; nothing was imported.").arg(dataPath) << '\n';
            for (const QString& b : bad) {
                err << "  " << b << '\n';
            }
            err << tr("  the file's columns: %1").arg(header.join(QStringLiteral(", "))) << '\n';
            return 1;
        }
        int startLine = line + 1;
        while (readCsvRecord(text, pos, line, fields, &problem)) {
            if (!problem.isEmpty()) {
                problems << tr("line %1: %2").arg(startLine).arg(problem);
                break;
            }
            if (fields.size() == 1 && fields.first().trimmed().isEmpty()) {
                startLine = line + 1;
                continue; // blank line
            }
            if (fields.size() != header.size()) {
                problems << tr("line %1: %2 column(s), the header has %3")
                                .arg(startLine)
                                .arg(fields.size())
                                .arg(header.size());
            } else {
                nlohmann::json row = nlohmann::json::object();
                for (qsizetype i = 0; i < header.size(); ++i) {
                    if (!fields.at(i).isEmpty()) {
                        row[header.at(i).trimmed().toStdString()] = fields.at(i).toStdString();
                    }
                }
                mapRow(row, startLine);
            }
            startLine = line + 1;
        }
    } else {
        // JSON lines: the columns are the top-level keys any row has.
        QSet<QString> columns;
        QList<std::pair<int, nlohmann::json>> rows;
        int line = 0;
        for (const QByteArray& raw : bytes.split('\n')) {
            ++line;
            if (raw.trimmed().isEmpty()) {
                continue;
            }
            nlohmann::json row = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
            if (row.is_discarded() || !row.is_object()) {
                problems << tr("line %1: not a JSON object").arg(line);
                continue;
            }
            for (const auto& [key, unused] : row.items()) {
                columns.insert(QString::fromStdString(key));
            }
            rows.append(std::pair(line, std::move(row)));
        }
        if (const QStringList bad = mappingProblems(*spec, columns); !bad.isEmpty() && !rows.isEmpty()) {
            err << tr("%1: the mapping does not fit the file; nothing was imported.").arg(dataPath) << '\n';
            for (const QString& b : bad) {
                err << "  " << b << '\n';
            }
            return 1;
        }
        for (const auto& [at, row] : std::as_const(rows)) {
            mapRow(row, at);
        }
    }
    if (!problems.isEmpty()) {
        err << tr("%1: %2 bad row(s); nothing was imported.").arg(dataPath).arg(problems.size()) << '\n';
        for (const QString& problem : std::as_const(problems)) {
            err << "  " << problem << '\n';
        }
        return 1;
    }

    auto db = Database::open(p.value(QStringLiteral("db")), QStringLiteral("cli-import"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    {
        // A synced stream's checkpoint must never be replaced by an import's.
        QSqlQuery q(db->handle());
        q.prepare(QStringLiteral("SELECT checkpoint FROM sync_state WHERE source = ? AND stream = ?"));
        q.addBindValue(source);
        q.addBindValue(stream);
        if (q.exec() && q.next() && !q.value(0).toString().startsWith(QLatin1String("import:"))) {
            err << tr("%1/%2 is a synced stream; import into another source name.").arg(source, stream) << '\n';
            return 1;
        }
    }
    CacheWriter writer(db->handle(), identity);
    auto outcome = writer.applyPage(page);
    if (!outcome) {
        err << outcome.error().message << '\n';
        return 1;
    }
    out << tr("Imported %1 record(s) into %2/%3 (%4 deleted); %5 customer(s) updated.")
               .arg(outcome->upserted)
               .arg(source, stream)
               .arg(outcome->deleted)
               .arg(outcome->partiesTouched)
        << '\n';
    return 0;
}

int runCliResolve(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption(
        {QStringLiteral("rules"), tr("Identity rules file (default: the shipped rules)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("report"), tr("Print pairwise precision and recall against --labels.")});
    p.addOption({QStringLiteral("labels"), tr("CSV with columns source, source_id, person."), QStringLiteral("CSV")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliResolveSynopsis), out, err)) {
        return *done;
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
    p.addOption(cliRoleOption());
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliExportSynopsis), out, err)) {
        return *done;
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
    const PiiMasker masker = cliMasker(db->handle(), p, err);
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
            const QVariant v = q.value(i);
            row << csvField(v.typeId() == QMetaType::QString ? QVariant(masker.field(names.at(i), v.toString())) : v);
        }
        out << row.join(u',') << '\n';
    }
    return 0;
}

} // namespace c360::app

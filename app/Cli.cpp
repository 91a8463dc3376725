#include "Cli.h"

#include "app/CliIdentity.h"
#include "app/CliNba.h"
#include "app/CliPop.h"
#include "app/CliSources.h"
#include "app/CliSync.h"
#include "models/Database.h"
#include "models/Normalize.h"
#include "models/Queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace c360::app {

namespace {

const QStringList kCommands = {QStringLiteral("sync"), QStringLiteral("search"), QStringLiteral("timeline"),
                               QStringLiteral("stats"), QStringLiteral("help")};

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

QCommandLineOption dbOption() {
    return {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")};
}
QCommandLineOption jsonOption() {
    return {QStringLiteral("json"), tr("Print JSON instead of text.")};
}
QCommandLineOption regionOption() {
    return {QStringLiteral("region"), tr("Default phone region for numbers without a country code (default CN)."),
            QStringLiteral("CC"), QStringLiteral("CN")};
}

// --limit as a positive number; 0 when it is not one.
int positiveLimit(const QCommandLineParser& p) {
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? limit : 0;
}

Normalizer normalizerFor(const QCommandLineParser& p) {
    return Normalizer(IdentityConfig{p.value(QStringLiteral("region")).toUpper(), {QStringLiteral("US")}});
}

QString dbPath(const QCommandLineParser& p) {
    return p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
}

// Opening an existing cache for reading: a missing file is an error, not a fresh empty cache.
Result<Database> openExisting(const QString& path, const QString& connection) {
    if (!QFileInfo::exists(path)) {
        return Error{tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(path), {}};
    }
    return Database::open(path, connection);
}

QString isoUtc(const QDateTime& dt) {
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const PartySummary& p) {
    return {{QStringLiteral("id"), p.id},           {QStringLiteral("name"), p.name},
            {QStringLiteral("email"), p.email},     {QStringLiteral("phone"), p.phone},
            {QStringLiteral("segment"), p.segment}, {QStringLiteral("matched_on"), p.matchedOn}};
}

QJsonObject toJson(const TimelineEvent& e) {
    return {{QStringLiteral("id"), e.id},         {QStringLiteral("occurred_at"), isoUtc(e.occurredAt)},
            {QStringLiteral("kind"), e.kind},     {QStringLiteral("source"), e.source},
            {QStringLiteral("stream"), e.stream}, {QStringLiteral("source_id"), e.sourceId},
            {QStringLiteral("title"), e.title},   {QStringLiteral("summary"), e.summary},
            {QStringLiteral("system"), e.system}};
}

QJsonObject toJson(const PartyHeader& h) {
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("emails"), QJsonArray::fromStringList(h.emails)},
            {QStringLiteral("phones"), QJsonArray::fromStringList(h.phones)},
            {QStringLiteral("segment"), h.segment},
            {QStringLiteral("city"), h.city},
            {QStringLiteral("lifetime_value"), h.lifetimeValue},
            {QStringLiteral("currency"), h.currency},
            {QStringLiteral("order_count"), h.orderCount},
            {QStringLiteral("open_tickets"), h.openTickets},
            {QStringLiteral("last_contact"), h.lastContact.isValid() ? isoUtc(h.lastContact) : QString()},
            {QStringLiteral("sources"), QJsonArray::fromStringList(h.sources)},
            {QStringLiteral("linked_records"), h.linkedRecords}};
}

} // namespace

QString defaultCachePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache.db");
}

QString defaultSourcesPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/sources.json");
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

QList<CliCommand> extraCommands() {
    // One line per command file: {name, synopsis, function}.
    return {
        {QStringLiteral("nba"), QLatin1String(kCliNbaSynopsis), runCliNba},
        {QStringLiteral("resolve"), QLatin1String(kCliResolveSynopsis), runCliResolve},
        {QStringLiteral("export"), QLatin1String(kCliExportSynopsis), runCliExport},
        {QStringLiteral("import"), QLatin1String(kCliImportSynopsis), runCliImport},
        {QStringLiteral("sources"), QLatin1String(kCliSourcesSynopsis), runCliSources},
        {QStringLiteral("quarantine"), QLatin1String(kCliQuarantineSynopsis), runCliQuarantine},
        {QStringLiteral("pop"),
         QStringLiteral("c360 pop --ani NUMBER [--call-id X] [--queue Q] [--dnis D] [--db PATH] [--sources FILE]"),
         runPop},
    };
}

bool Cli::isCommand(const QStringList& arguments) {
    if (arguments.size() < 2) {
        return false;
    }
    if (kCommands.contains(arguments.at(1))) {
        return true;
    }
    const QList<CliCommand> extra = extraCommands();
    return std::any_of(extra.begin(), extra.end(), [&](const CliCommand& c) { return c.name == arguments.at(1); });
}

int Cli::run(const QStringList& arguments) {
    if (arguments.size() < 2) {
        return usage({});
    }
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("sync")) {
        return sync(rest);
    }
    if (command == QLatin1String("search")) {
        return search(rest);
    }
    if (command == QLatin1String("timeline")) {
        return timeline(rest);
    }
    if (command == QLatin1String("stats")) {
        return stats(rest);
    }
    if (command == QLatin1String("help")) {
        usage({});
        return 0;
    }
    for (const CliCommand& extra : extraCommands()) {
        if (extra.name == command) {
            return extra.run(rest, m_out, m_err);
        }
    }
    return usage(tr("Unknown command “%1”.").arg(command));
}

int Cli::usage(const QString& problem) {
    if (!problem.isEmpty()) {
        m_err << problem << '\n';
    }
    m_err << tr("Usage:\n"
                "  c360 [--db PATH] [--sources FILE] [--lang en|zh_CN|zh_TW]   open the workstation\n"
                "  c360 sync --sources FILE [--source NAME] [--stream NAME] [--db PATH] [--json]\n"
                "  c360 search QUERY [--limit N] [--db PATH] [--json]\n"
                "  c360 timeline PARTY [--limit N] [--kind K,..] [--source S,..] [--system] [--db PATH] [--json]\n"
                "  c360 stats [--db PATH] [--json]\n");
    for (const CliCommand& extra : extraCommands()) {
        m_err << "  " << extra.synopsis << '\n';
    }
    m_err.flush();
    return 2;
}

int Cli::sync(const QStringList& args) {
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    p.addOption({QStringLiteral("sources"), tr("The sources file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("source"), tr("Only this source."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("stream"), tr("Only this stream."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("quiet"), tr("No progress lines.")});
    if (!p.parse(args)) {
        return usage(p.errorText());
    }
    if (!p.positionalArguments().isEmpty()) {
        return usage(tr("sync takes no positional arguments."));
    }
    CliSyncRequest request;
    request.dbPath = dbPath(p);
    request.sourcesPath =
        p.isSet(QStringLiteral("sources")) ? p.value(QStringLiteral("sources")) : defaultSourcesPath();
    request.source = p.value(QStringLiteral("source"));
    request.stream = p.value(QStringLiteral("stream"));
    request.json = p.isSet(QStringLiteral("json"));
    request.quiet = p.isSet(QStringLiteral("quiet"));
    return runCliSync(request, m_out, m_err);
}

int Cli::search(const QStringList& args) {
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    p.addOption(regionOption());
    p.addOption(
        {QStringLiteral("limit"), tr("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    if (!p.parse(args)) {
        return usage(p.errorText());
    }
    const QString query = p.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        return usage(tr("search needs a QUERY."));
    }
    const int limit = positiveLimit(p);
    if (limit <= 0) {
        return usage(tr("--limit takes a positive number."));
    }
    auto db = openExisting(dbPath(p), QStringLiteral("cli"));
    if (!db) {
        m_err << db.error().message << '\n';
        return 1;
    }
    const Normalizer normalizer = normalizerFor(p);
    const auto results = SearchRepository(db->handle(), normalizer).search(query, limit);
    if (!results) {
        m_err << results.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const PartySummary& r : *results) {
            arr.append(toJson(r));
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("results"), arr}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return 0;
    }
    if (results->isEmpty()) {
        m_out << tr("No customer matches “%1”.").arg(query) << '\n';
        return 0;
    }
    for (const PartySummary& r : *results) {
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t(%6)")
                     .arg(r.id)
                     .arg(r.name, r.phone, r.email, r.segment, r.matchedOn)
              << '\n';
    }
    return 0;
}

int Cli::timeline(const QStringList& args) {
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    p.addOption(regionOption());
    p.addOption(
        {QStringLiteral("limit"), tr("At most N events (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("kind"), tr("Only these kinds (comma separated)."), QStringLiteral("K")});
    p.addOption({QStringLiteral("source"), tr("Only these sources (comma separated)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("system"), tr("Include system field changes.")});
    if (!p.parse(args)) {
        return usage(p.errorText());
    }
    if (p.positionalArguments().size() != 1) {
        return usage(tr("timeline needs one PARTY (a party id, or a query that finds exactly one customer)."));
    }
    const int limit = positiveLimit(p);
    if (limit <= 0) {
        return usage(tr("--limit takes a positive number."));
    }
    auto db = openExisting(dbPath(p), QStringLiteral("cli"));
    if (!db) {
        m_err << db.error().message << '\n';
        return 1;
    }
    const QString partyArg = p.positionalArguments().constFirst();
    bool numeric = false;
    qint64 partyId = partyArg.toLongLong(&numeric);
    if (!numeric) {
        const Normalizer normalizer = normalizerFor(p);
        const auto found = SearchRepository(db->handle(), normalizer).search(partyArg, 2);
        if (!found) {
            m_err << found.error().message << '\n';
            return 1;
        }
        if (found->size() != 1) {
            m_err << (found->isEmpty()
                          ? tr("No customer matches “%1”.").arg(partyArg)
                          : tr("“%1” matches several customers; give a party id (see c360 search).").arg(partyArg))
                  << '\n';
            return 1;
        }
        partyId = found->constFirst().id;
    }
    const auto header = PartyRepository(db->handle()).header(partyId);
    if (!header) {
        m_err << header.error().message << '\n';
        return 1;
    }
    if (!header->has_value()) {
        m_err << tr("There is no customer %1 in the cache.").arg(partyId) << '\n';
        return 1;
    }
    TimelineFilter filter;
    filter.includeSystem = p.isSet(QStringLiteral("system"));
    if (p.isSet(QStringLiteral("kind"))) {
        filter.kinds = p.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (p.isSet(QStringLiteral("source"))) {
        filter.sources = p.value(QStringLiteral("source")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    const TimelineRepository repo(db->handle());
    const auto events = repo.page(partyId, filter, std::nullopt, limit);
    const auto total = repo.count(partyId, filter);
    if (!events || !total) {
        m_err << (!events ? events.error().message : total.error().message) << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const TimelineEvent& e : *events) {
            arr.append(toJson(e));
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("party"), toJson(**header)},
                                           {QStringLiteral("total"), *total},
                                           {QStringLiteral("events"), arr}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return 0;
    }
    const PartyHeader& h = **header;
    m_out << QStringLiteral("%1 (#%2)  %3  %4")
                 .arg(h.name)
                 .arg(h.id)
                 .arg(h.phones.join(QStringLiteral(", ")), h.emails.join(QStringLiteral(", ")))
          << '\n';
    m_out << tr("%1 events, newest first; showing %2").arg(*total).arg(events->size()) << '\n';
    for (const TimelineEvent& e : *events) {
        m_out << QStringLiteral("%1  %2  %3  %4")
                     .arg(e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.kind.leftJustified(14),
                          e.source.leftJustified(10), e.title)
              << '\n';
    }
    return 0;
}

int Cli::stats(const QStringList& args) {
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    if (!p.parse(args)) {
        return usage(p.errorText());
    }
    auto db = openExisting(dbPath(p), QStringLiteral("cli"));
    if (!db) {
        m_err << db.error().message << '\n';
        return 1;
    }
    const StatsRepository repo(db->handle());
    const auto counts = repo.liveRecordCounts();
    if (!counts) {
        m_err << counts.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        // Same keys and shape as `c360-backend --stats`: {"source":{"stream":count}}.
        QJsonObject root;
        for (auto s = counts->cbegin(); s != counts->cend(); ++s) {
            QJsonObject streams;
            for (auto t = s.value().cbegin(); t != s.value().cend(); ++t) {
                streams.insert(t.key(), t.value());
            }
            root.insert(s.key(), streams);
        }
        m_out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    m_out << tr("Cache %1").arg(QDir::toNativeSeparators(db->path())) << '\n';
    qint64 total = 0;
    for (auto s = counts->cbegin(); s != counts->cend(); ++s) {
        for (auto t = s.value().cbegin(); t != s.value().cend(); ++t) {
            m_out << QStringLiteral("  %1 %2 %3")
                         .arg(s.key().leftJustified(12), t.key().leftJustified(14))
                         .arg(t.value(), 10)
                  << '\n';
            total += t.value();
        }
    }
    m_out << tr("  %1 records in all").arg(total) << '\n';
    if (const auto parties = repo.partyCount()) {
        m_out << tr("  %1 customers (golden records)").arg(*parties) << '\n';
    }
    if (const auto events = repo.eventCount()) {
        m_out << tr("  %1 timeline events").arg(*events) << '\n';
    }
    if (const auto q = repo.quarantineCount(); q && *q > 0) {
        m_out << tr("  %1 records in quarantine").arg(*q) << '\n';
    }
    return 0;
}

} // namespace c360::app

#include "Cli.h"

#include "app/Application.h"
#include "app/CliAudit.h"
#include "app/CliForget.h"
#include "app/CliIdentity.h"
#include "app/CliJourney.h"
#include "app/CliNba.h"
#include "app/CliOutbox.h"
#include "app/CliPii.h"
#include "app/CliPop.h"
#include "app/CliReport.h"
#include "app/CliSignOut.h"
#include "app/CliSources.h"
#include "app/CliSync.h"
#include "app/CliTakeOffline.h"
#include "app/CliWrite.h"
#include "models/Database.h"
#include "models/Normalize.h"
#include "models/PhoneFormat.h"
#include "models/Queries.h"
#include "models/SearchResultModel.h"

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

constexpr const char* kSyncSynopsis = "c360 sync --sources FILE [--source NAME] [--stream NAME] [--db PATH] [--json]";
constexpr const char* kSearchSynopsis = "c360 search QUERY [--limit N] [--region CC] [--role R] [--db PATH] [--json]";
constexpr const char* kTimelineSynopsis =
    "c360 timeline PARTY [--limit N] [--kind K,..] [--source S,..] [--system] [--role R] [--db PATH] [--json]";
constexpr const char* kStatsSynopsis = "c360 stats [--db PATH] [--json]";

// Options of the window that may also come before a command word, and take a value.
const QStringList kGlobalValueOptions = {QStringLiteral("db"),     QStringLiteral("sources"), QStringLiteral("lang"),
                                         QStringLiteral("region"), QStringLiteral("outbox"),  QStringLiteral("role")};
// Commands whose own parser takes --lang (the others get the language through the translator).
const QStringList kCommandsWithLang = {QStringLiteral("nba")};

bool isHelp(const QString& a) {
    return a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-?") ||
           a == QLatin1String("--help-all");
}
bool isVersion(const QString& a) {
    return a == QLatin1String("-v") || a == QLatin1String("--version");
}

// argv split into the command word (empty when there is none), the options that came before it and
// the arguments after it.
struct SplitArguments {
    QString command;
    QStringList before;
    QStringList after;
};

SplitArguments splitArguments(const QStringList& arguments) {
    SplitArguments split;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            split.before << a;
            const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
            if (!a.contains(QLatin1Char('=')) && kGlobalValueOptions.contains(name) && i + 1 < arguments.size()) {
                split.before << arguments.at(++i);
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            split.before << a;
            continue;
        }
        split.command = a;
        split.after = arguments.mid(i + 1);
        break;
    }
    return split;
}

// Removes --lang X / --lang=X from `args`.
QStringList withoutLanguage(const QStringList& args) {
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            continue;
        }
        out << a;
    }
    return out;
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
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("segment"), p.segment},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("last_contact"), p.lastContact.isValid() ? isoUtc(p.lastContact) : QString()},
            {QStringLiteral("matched_on"), p.matchedOn}};
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
        {QStringLiteral("nba"), QString::fromUtf8(kCliNbaSynopsis), runCliNba},
        {QStringLiteral("resolve"), QString::fromUtf8(kCliResolveSynopsis), runCliResolve},
        {QStringLiteral("export"), QString::fromUtf8(kCliExportSynopsis), runCliExport},
        {QStringLiteral("import"), QString::fromUtf8(kCliImportSynopsis), runCliImport},
        {QStringLiteral("sources"), QString::fromUtf8(kCliSourcesSynopsis), runCliSources},
        {QStringLiteral("quarantine"), QString::fromUtf8(kCliQuarantineSynopsis), runCliQuarantine},
        {QStringLiteral("report"), QString::fromUtf8(kCliReportSynopsis), runCliReport},
        {QStringLiteral("journey"), QString::fromUtf8(kCliJourneySynopsis), runCliJourney},
        {QStringLiteral("audit"), QString::fromUtf8(kCliAuditSynopsis), runCliAudit},
        {QStringLiteral("write"), QString::fromUtf8(kCliWriteSynopsis), runCliWrite},
        {QStringLiteral("outbox"), QString::fromUtf8(kCliOutboxSynopsis), runCliOutbox},
        {QStringLiteral("forget"), QString::fromUtf8(kCliForgetSynopsis), runCliForget},
        {QStringLiteral("take-offline"), QString::fromUtf8(kCliTakeOfflineSynopsis), runCliTakeOffline},
        {QStringLiteral("sign-out"), QString::fromUtf8(kCliSignOutSynopsis), runCliSignOut},
        {QStringLiteral("pop"), QString::fromUtf8(kCliPopSynopsis), runPop},
    };
}

bool Cli::isCommand(const QStringList& arguments) {
    const SplitArguments split = splitArguments(arguments);
    if (split.command.isEmpty()) {
        return std::any_of(split.before.begin(), split.before.end(),
                           [](const QString& a) { return isHelp(a) || isVersion(a); });
    }
    if (kCommands.contains(split.command)) {
        return true;
    }
    const QList<CliCommand> extra = extraCommands();
    return std::any_of(extra.begin(), extra.end(), [&](const CliCommand& c) { return c.name == split.command; });
}

bool Cli::isBulkCommand(const QStringList& arguments) {
    static const QStringList bulk = {QStringLiteral("resolve"), QStringLiteral("import"), QStringLiteral("sync")};
    return bulk.contains(splitArguments(arguments).command);
}

QString Cli::languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            return a.mid(7);
        }
    }
    return {};
}

int Cli::run(const QStringList& arguments) {
    const SplitArguments split = splitArguments(arguments);
    const QString command = split.command;
    if (command.isEmpty()) {
        if (std::any_of(split.before.begin(), split.before.end(), isVersion)) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (std::any_of(split.before.begin(), split.before.end(), isHelp)) {
            return help();
        }
        return usage({});
    }
    // The command's parser sees its arguments and the global options given before it.
    QStringList rest{arguments.value(0)};
    rest << split.before << split.after;
    if (!kCommandsWithLang.contains(command)) {
        rest = withoutLanguage(rest);
    }
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
        return help();
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
    m_err << commandSynopses();
    m_err.flush();
    return 2;
}

int Cli::help() {
    QCommandLineParser window;
    Application::describeOptions(window);
    m_out << tr("C360 Workstation %1: one view of the customer for contact-center agents.")
                 .arg(QCoreApplication::applicationVersion())
          << "\n\n"
          << commandSynopses() << '\n'
          << tr("Global options (before or after the command): --db PATH, --sources FILE, --lang en|zh_CN|zh_TW.\n"
                "`c360 COMMAND --help` describes a command's options.")
          << "\n\n"
          << tr("Options of the window:") << '\n'
          << window.helpText().section(QStringLiteral("\n\n"), 1);
    m_out.flush();
    return 0;
}

QString Cli::commandSynopses() {
    QString text = tr("Usage:") + QLatin1Char('\n');
    text += QStringLiteral("  c360 [--db PATH] [--sources FILE] [--lang en|zh_CN|zh_TW]   ") +
            tr("open the workstation") + QLatin1Char('\n');
    text += QStringLiteral("  c360 --help | --version\n");
    for (const char* synopsis : {kSyncSynopsis, kSearchSynopsis, kTimelineSynopsis, kStatsSynopsis}) {
        text += QStringLiteral("  ") + QString::fromUtf8(synopsis) + QLatin1Char('\n');
    }
    for (const CliCommand& extra : extraCommands()) {
        text += QStringLiteral("  ") + extra.synopsis + QLatin1Char('\n');
    }
    return text;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis,
                                    QTextStream& out, QTextStream& err) {
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << tr("Usage: %1").arg(synopsis) << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << tr("Usage: %1").arg(synopsis) << "\n\n" << parser.helpText().section(QStringLiteral("\n\n"), 1);
        return 0;
    }
    return std::nullopt;
}

int Cli::sync(const QStringList& args) {
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    p.addOption({QStringLiteral("sources"), tr("The sources file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("source"), tr("Only this source."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("stream"), tr("Only this stream."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("quiet"), tr("No progress lines.")});
    if (const auto done = parseCommandLine(p, args, QString::fromUtf8(kSyncSynopsis), m_out, m_err)) {
        return *done;
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
    p.addOption(cliRoleOption());
    if (const auto done = parseCommandLine(p, args, QString::fromUtf8(kSearchSynopsis), m_out, m_err)) {
        return *done;
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
    auto results = SearchRepository(db->handle(), normalizer).search(query, limit);
    if (!results) {
        m_err << results.error().message << '\n';
        return 1;
    }
    const PiiMasker masker = cliMasker(db->handle(), p, m_err);
    for (PartySummary& r : *results) {
        maskForRole(r, masker);
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
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t(%7)")
                     .arg(r.id)
                     .arg(r.name, r.phone.contains(QLatin1Char('*')) ? r.phone : formatPhoneForDisplay(r.phone),
                          r.email, r.city, r.segment, SearchResultModel::matchedOnLabel(r.matchedOn))
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
    p.addOption(cliRoleOption());
    if (const auto done = parseCommandLine(p, args, QString::fromUtf8(kTimelineSynopsis), m_out, m_err)) {
        return *done;
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
    auto header = PartyRepository(db->handle()).header(partyId);
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
    auto events = repo.page(partyId, filter, std::nullopt, limit);
    const auto total = repo.count(partyId, filter);
    if (!events || !total) {
        m_err << (!events ? events.error().message : total.error().message) << '\n';
        return 1;
    }
    const PiiMasker masker = cliMasker(db->handle(), p, m_err);
    maskForRole(**header, masker);
    for (TimelineEvent& e : *events) {
        maskForRole(e, masker);
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
    if (const auto done = parseCommandLine(p, args, QString::fromUtf8(kStatsSynopsis), m_out, m_err)) {
        return *done;
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

#include "app/CliSources.h"

#include "app/Cli.h"
#include "app/CliSecrets.h"
#include "models/Database.h"
#include "models/SyncStateRepository.h"
#include "sync/Manifest.h"
#include "sync/QuarantineStore.h"
#include "sync/SourceProbe.h"
#include "sync/SourcesFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

QString iso(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int fail(QTextStream& err, const QString& message, int code = 1) {
    err << message << '\n';
    err.flush();
    return code;
}

struct Common {
    QString sourcesPath;
    QString dbPath;
    bool json = false;
};

// Parses the options shared by the commands; returns the positional arguments, or the exit code of --help or of a
// usage error (both printed).
std::variant<QStringList, int> parse(const QStringList& arguments, QCommandLineParser& p, Common& c,
                                     const char* synopsis, QTextStream& out, QTextStream& err,
                                     const QList<QCommandLineOption>& extra = {}) {
    p.addOption({QStringLiteral("sources"), tr("The sources file (default: %1).").arg(defaultSourcesPath()),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    p.addOptions(extra);
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(synopsis), out, err)) {
        return *done;
    }
    c.sourcesPath = p.isSet(QStringLiteral("sources")) ? p.value(QStringLiteral("sources")) : defaultSourcesPath();
    c.dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    c.json = p.isSet(QStringLiteral("json"));
    return p.positionalArguments();
}

int list(const Common& c, QTextStream& out, QTextStream& err) {
    auto sources = sync::SourcesFile::load(c.sourcesPath);
    if (!sources) {
        return fail(err, sources.error().message);
    }
    QList<StreamState> states;
    std::optional<Database> db;
    if (QFileInfo::exists(c.dbPath)) {
        auto opened = Database::open(c.dbPath, QStringLiteral("cli-sources"));
        if (!opened) {
            return fail(err, opened.error().message);
        }
        db.emplace(std::move(*opened));
        auto all = SyncStateRepository(db->handle()).all();
        if (all) {
            states = *all;
        }
    }
    const auto stateOf = [&](const QString& source, const QString& stream) -> const StreamState* {
        for (const StreamState& s : std::as_const(states)) {
            if (s.source == source && s.stream == stream) {
                return &s;
            }
        }
        return nullptr;
    };
    QJsonArray array;
    for (const sync::SourceConfig& s : std::as_const(*sources)) {
        auto manifest = sync::ManifestRegistry::load(s.manifest);
        const QStringList streams =
            !s.streams.isEmpty() ? s.streams : (manifest ? manifest->streamNames() : QStringList());
        QJsonArray streamArray;
        if (!c.json) {
            out << s.name << "  " << s.baseUrl << "  " << tr("connector %1").arg(s.manifest) << "  "
                << tr("auth %1").arg(s.auth.type) << '\n';
            if (!manifest) {
                out << "    " << tr("ERROR: %1").arg(manifest.error().message) << '\n';
            }
        }
        for (const QString& stream : streams) {
            const StreamState* st = stateOf(s.name, stream);
            QJsonObject so{{QStringLiteral("name"), stream}};
            if (st != nullptr) {
                so.insert(QStringLiteral("last_success"), iso(st->lastSuccess));
                so.insert(QStringLiteral("last_attempt"), iso(st->lastAttempt));
                so.insert(QStringLiteral("last_error"), st->lastError);
                so.insert(QStringLiteral("records"), st->records);
                so.insert(QStringLiteral("quarantined"), st->quarantined);
            }
            streamArray.append(so);
            if (!c.json) {
                out << "    " << stream.leftJustified(14) << ' ';
                if (st == nullptr) {
                    out << tr("never synced");
                } else {
                    out << tr("%1 records, %2 quarantined, last success %3")
                               .arg(st->records)
                               .arg(st->quarantined)
                               .arg(st->lastSuccess.isValid() ? iso(st->lastSuccess) : tr("never"));
                    if (!st->lastError.isEmpty()) {
                        out << ", " << tr("last error: %1").arg(st->lastError);
                    }
                }
                out << '\n';
            }
        }
        QJsonObject so{{QStringLiteral("name"), s.name},
                       {QStringLiteral("manifest"), s.manifest},
                       {QStringLiteral("title"), manifest ? manifest->title : QString()},
                       {QStringLiteral("base_url"), s.baseUrl},
                       {QStringLiteral("auth"), s.auth.type},
                       {QStringLiteral("streams"), streamArray}};
        if (!manifest) {
            so.insert(QStringLiteral("error"), manifest.error().message);
        }
        array.append(so);
    }
    if (c.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("sources"), array}}).toJson(QJsonDocument::Compact) << '\n';
    }
    out.flush();
    return 0;
}

int test(const Common& c, const QString& name, const QStringList& streams, QTextStream& out, QTextStream& err) {
    auto sources = sync::SourcesFile::load(c.sourcesPath);
    if (!sources) {
        return fail(err, sources.error().message);
    }
    const auto it =
        std::find_if(sources->cbegin(), sources->cend(), [&](const sync::SourceConfig& s) { return s.name == name; });
    if (it == sources->cend()) {
        QStringList names;
        for (const auto& s : std::as_const(*sources)) {
            names << s.name;
        }
        return fail(err, tr("The sources file has no source named \"%1\" (it has: %2).")
                             .arg(name, names.join(QStringLiteral(", "))));
    }
    const QList<sync::ProbeResult> results = sync::SourceProbe::test(*it, streams);
    bool ok = !results.isEmpty();
    QJsonArray array;
    for (const sync::ProbeResult& r : results) {
        ok = ok && r.ok;
        if (c.json) {
            QJsonObject o{{QStringLiteral("source"), r.source},
                          {QStringLiteral("stream"), r.stream},
                          {QStringLiteral("ok"), r.ok},
                          {QStringLiteral("records"), r.records},
                          {QStringLiteral("quarantined"), r.quarantined},
                          {QStringLiteral("has_more"), r.hasMore},
                          {QStringLiteral("elapsed_ms"), r.elapsedMs}};
            if (!r.ok) {
                o.insert(QStringLiteral("error"), r.error);
            }
            if (!r.firstRecord.isEmpty()) {
                o.insert(QStringLiteral("first_record"), QJsonDocument::fromJson(r.firstRecord.toUtf8()).object());
            }
            if (!r.firstQuarantine.isEmpty()) {
                o.insert(QStringLiteral("first_quarantine"), r.firstQuarantine);
            }
            array.append(o);
            continue;
        }
        if (!r.ok) {
            out << tr("%1/%2: FAILED: %3").arg(r.source, r.stream, r.error) << '\n';
            continue;
        }
        out << tr("%1/%2: OK in %3 ms — %4 record(s) on the first page, %5 quarantined%6")
                   .arg(r.source, r.stream)
                   .arg(r.elapsedMs)
                   .arg(r.records)
                   .arg(r.quarantined)
                   .arg(r.hasMore ? tr(", more pages follow") : QString())
            << '\n';
        if (!r.firstRecord.isEmpty()) {
            out << "    " << tr("first record: %1").arg(r.firstRecord) << '\n';
        }
        if (!r.firstQuarantine.isEmpty()) {
            out << "    " << tr("first quarantined: %1").arg(r.firstQuarantine) << '\n';
        }
    }
    if (c.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("streams"), array}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    out.flush();
    return ok ? 0 : 1;
}

// Forgets the stored cursors of a source's streams: the next sync reads them again from the start
// (the source's start date). The records already in the cache stay; the re-read updates them.
int reset(const Common& c, const QString& name, const QStringList& wanted, QTextStream& out, QTextStream& err) {
    auto sources = sync::SourcesFile::load(c.sourcesPath);
    if (!sources) {
        return fail(err, sources.error().message);
    }
    const auto it =
        std::find_if(sources->cbegin(), sources->cend(), [&](const sync::SourceConfig& s) { return s.name == name; });
    if (it == sources->cend()) {
        QStringList names;
        for (const auto& s : std::as_const(*sources)) {
            names << s.name;
        }
        return fail(err, tr("The sources file has no source named \"%1\" (it has: %2).")
                             .arg(name, names.join(QStringLiteral(", "))));
    }
    auto manifest = sync::ManifestRegistry::load(it->manifest);
    if (!manifest) {
        return fail(err, manifest.error().message);
    }
    const QStringList known = manifest->streamNames();
    for (const QString& stream : wanted) {
        if (!known.contains(stream)) {
            return fail(err, tr("The connector %1 has no stream \"%2\" (it has: %3).")
                                 .arg(manifest->name, stream, known.join(QStringLiteral(", "))));
        }
    }
    if (!QFileInfo::exists(c.dbPath)) {
        return fail(err, tr("There is no cache at %1 yet: nothing to reset.").arg(c.dbPath));
    }
    auto db = Database::open(c.dbPath, QStringLiteral("cli-sources-reset"));
    if (!db) {
        return fail(err, db.error().message);
    }
    const QStringList streams = wanted.isEmpty() ? known : wanted;
    SyncStateRepository state(db->handle());
    for (const QString& stream : streams) {
        if (Status s = state.resetCheckpoint(name, stream); !s) {
            return fail(err, s.error().message);
        }
    }
    if (c.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("source"), name},
                                         {QStringLiteral("reset"), QJsonArray::fromStringList(streams)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << tr("Reset %1 of source %2: the next sync reads them again from the start.")
                   .arg(streams.join(QStringLiteral(", ")), name)
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace

int runCliSources(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    Common c;
    const QCommandLineOption streamOption(QStringLiteral("stream"), tr("Only this stream (repeatable)."),
                                          QStringLiteral("NAME"));
    const auto parsed = parse(arguments, p, c, kCliSourcesSynopsis, out, err, {streamOption});
    if (const int* done = std::get_if<int>(&parsed)) {
        return *done;
    }
    const QStringList* args = std::get_if<QStringList>(&parsed);
    if (args->value(0) == QLatin1String("list") && args->size() == 1) {
        return list(c, out, err);
    }
    if (args->value(0) == QLatin1String("test") && args->size() == 2) {
        return test(c, args->at(1), p.values(streamOption), out, err);
    }
    if (args->value(0) == QLatin1String("reset") && args->size() == 2) {
        return reset(c, args->at(1), p.values(streamOption), out, err);
    }
    if (args->value(0) == QLatin1String("set-secret") && args->size() == 2) {
        return runCliSetSecret(args->at(1), stdin, out, err);
    }
    if (args->value(0) == QLatin1String("delete-secret") && args->size() == 2) {
        return runCliDeleteSecret(args->at(1), out, err);
    }
    return fail(err, tr("Usage: %1").arg(QString::fromUtf8(kCliSourcesSynopsis)), 2);
}

int runCliQuarantine(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    Common c;
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Only this source."), QStringLiteral("NAME"));
    const QCommandLineOption streamOption(QStringLiteral("stream"), tr("Only this stream."), QStringLiteral("NAME"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N records (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const auto parsed =
        parse(arguments, p, c, kCliQuarantineSynopsis, out, err, {sourceOption, streamOption, limitOption});
    if (const int* done = std::get_if<int>(&parsed)) {
        return *done;
    }
    bool limitOk = false;
    const int limit = p.value(limitOption).toInt(&limitOk);
    if (!std::get<QStringList>(parsed).isEmpty() || !limitOk || limit < 1) {
        return fail(err, tr("Usage: %1").arg(QString::fromUtf8(kCliQuarantineSynopsis)), 2);
    }
    if (!QFileInfo::exists(c.dbPath)) {
        return fail(err,
                    tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(c.dbPath));
    }
    auto db = Database::open(c.dbPath, QStringLiteral("cli-quarantine"));
    if (!db) {
        return fail(err, db.error().message);
    }
    sync::QuarantineStore store(db->handle());
    const QString source = p.value(sourceOption);
    const QString stream = p.value(streamOption);
    auto total = store.count(source, stream);
    auto rows = store.list(source, stream, limit);
    if (!total || !rows) {
        const Error& e = !total ? total.error() : rows.error();
        return fail(err, e.message + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
    }
    if (c.json) {
        QJsonArray array;
        for (const sync::QuarantinedRecord& r : std::as_const(*rows)) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("source"), r.source},
                                     {QStringLiteral("stream"), r.stream},
                                     {QStringLiteral("source_id"), r.sourceId},
                                     {QStringLiteral("error"), r.error},
                                     {QStringLiteral("at"), iso(r.at)},
                                     {QStringLiteral("payload"), QString::fromUtf8(r.payload)}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("records"), array}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << tr("%1 quarantined record(s)").arg(*total) << '\n';
        for (const sync::QuarantinedRecord& r : std::as_const(*rows)) {
            out << iso(r.at) << "  " << r.source << '/' << r.stream << "  "
                << (r.sourceId.isEmpty() ? tr("(no id)") : r.sourceId) << "  " << r.error << '\n';
        }
    }
    out.flush();
    return 0;
}

} // namespace c360::app

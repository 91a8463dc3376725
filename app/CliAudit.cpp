#include "CliAudit.h"

#include "app/Cli.h"
#include "models/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("c360::app", text, disambiguation, n);
}

QJsonObject toJson(const AuditEntry& e) {
    return {{QStringLiteral("id"), e.id},           {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor},     {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subject}, {QStringLiteral("detail"), e.detail},
            {QStringLiteral("hash"), e.hash}};
}

int verify(const AuditLog& log, bool json, QTextStream& out, QTextStream& err) {
    const auto v = log.verify();
    if (!v) {
        err << v.error().message << '\n';
        return 1;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), v->intact},
                                         {QStringLiteral("entries"), v->entries},
                                         {QStringLiteral("first_bad"), v->firstBad},
                                         {QStringLiteral("problem"), v->problem},
                                         {QStringLiteral("file"), log.path()}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else if (v->intact) {
        out << tr("The audit log is intact: %n entry(ies), every hash verified.", nullptr, int(v->entries)) << '\n';
    } else {
        err << tr("The audit log %1 was tampered with: %2.").arg(QDir::toNativeSeparators(log.path()), v->problem)
            << '\n';
    }
    return v->intact ? 0 : 1;
}

} // namespace

int runCliAudit(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"),
                 tr("The cache file; the audit log is audit.db beside it (default: %1).").arg(defaultCachePath()),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("audit"), tr("The audit log file (default: audit.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("verify"), tr("Check the hash chain; exit 1 when an entry was changed or removed.")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    p.addOption(
        {QStringLiteral("party"), tr("Only the entries about this customer (party id)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("action"),
                 tr("Only this action: open, reveal, export, merge, split, rules_changed, forget, purge, undo."),
                 QStringLiteral("A")});
    p.addOption(
        {QStringLiteral("limit"), tr("At most N entries (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliAuditSynopsis), out, err)) {
        return *done;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << tr("audit takes no positional arguments.") << '\n'
            << tr("Usage: %1").arg(QString::fromUtf8(kCliAuditSynopsis)) << '\n';
        return 2;
    }
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0) {
        err << tr("--limit takes a positive number.") << '\n';
        return 2;
    }
    const QString action = p.value(QStringLiteral("action"));
    if (!action.isEmpty() && !auditActionFromName(action)) {
        err << tr("--action is one of open, reveal, export, merge, split, rules_changed, forget, purge, undo.") << '\n';
        return 2;
    }
    AuditFilter filter;
    filter.action = action;
    filter.limit = limit;
    if (p.isSet(QStringLiteral("party"))) {
        const qint64 party = p.value(QStringLiteral("party")).toLongLong(&ok);
        if (!ok || party <= 0) {
            err << tr("--party takes a party id (see c360 search).") << '\n';
            return 2;
        }
        filter.subject = QStringLiteral("party:") + QString::number(party);
    }
    const QString cache = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    const QString path =
        p.isSet(QStringLiteral("audit")) ? p.value(QStringLiteral("audit")) : AuditLog::pathBeside(cache);
    if (!QFileInfo::exists(path)) {
        err << tr("There is no audit log at %1 yet: nothing was recorded on this workstation.")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
        return 1;
    }
    auto log = AuditLog::open(path, QStringLiteral("cli-audit"));
    if (!log) {
        err << log.error().message << '\n';
        return 1;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("verify"))) {
        return verify(*log, json, out, err);
    }
    const auto entries = log->list(filter);
    if (!entries) {
        err << entries.error().message << '\n';
        return 1;
    }
    if (json) {
        QJsonArray arr;
        for (const AuditEntry& e : *entries) {
            arr.append(toJson(e));
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("entries"), arr}}).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (entries->isEmpty()) {
        out << tr("The audit log has no matching entries.") << '\n';
        return 0;
    }
    for (const AuditEntry& e : *entries) {
        const QString detail =
            e.detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(QString::number(e.id).rightJustified(6),
                        e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor.leftJustified(12),
                        e.action.leftJustified(13), e.subject, detail)
                   .trimmed()
            << '\n';
    }
    return 0;
}

} // namespace c360::app

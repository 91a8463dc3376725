#include "app/CliSignOut.h"

#include "app/Cli.h"
#include "app/SignOut.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("c360::app", text, nullptr, n);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliSignOutSynopsis)) << '\n';
    return 2;
}

} // namespace

int runCliSignOut(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("outbox"), tr("The outbox file (default: outbox.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("purge"),
                 tr("Also remove every local trace of customer data: the cache, its search index, the outbox items "
                    "already sent, the recent calls.")});
    p.addOption({QStringLiteral("keep-unsent"),
                 tr("With --purge: keep the outbox items not sent yet (they are sent at the next sign-in).")});
    p.addOption({QStringLiteral("force-discard-unsent"),
                 tr("With --purge: delete the outbox items not sent yet too; they are lost.")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliSignOutSynopsis), out, err)) {
        return *done;
    }
    if (!p.positionalArguments().isEmpty()) {
        return usage(err, tr("sign-out takes no positional arguments."));
    }
    const bool keep = p.isSet(QStringLiteral("keep-unsent"));
    const bool discard = p.isSet(QStringLiteral("force-discard-unsent"));
    if (keep && discard) {
        return usage(err, tr("--keep-unsent and --force-discard-unsent exclude each other."));
    }
    if ((keep || discard) && !p.isSet(QStringLiteral("purge"))) {
        return usage(err, tr("--keep-unsent and --force-discard-unsent go with --purge."));
    }
    SignOutRequest request;
    request.cachePath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    request.outboxPath = p.value(QStringLiteral("outbox"));
    request.purge = p.isSet(QStringLiteral("purge"));
    request.unsent = keep      ? SignOutRequest::Unsent::Keep
                     : discard ? SignOutRequest::Unsent::Discard
                               : SignOutRequest::Unsent::Refuse;
    const auto report = SignOut::run(request);
    if (!report) {
        err << report.error().message << '\n';
        return 1;
    }
    if (report->refused) {
        err << tr("Not signed out: the outbox holds %n item(s) not sent yet (notes, wrap-ups, answers). Send them "
                  "first (c360 outbox push), or add --keep-unsent to keep them, or --force-discard-unsent to lose "
                  "them. Nothing was changed.",
                  int(report->unsent))
            << '\n';
        return 3;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("user"), report->user},
                                         {QStringLiteral("purged"), report->purged},
                                         {QStringLiteral("cache_rows"), report->cacheRows},
                                         {QStringLiteral("outbox_items"), report->outboxRows},
                                         {QStringLiteral("unsent"), report->unsent},
                                         {QStringLiteral("files"), int(report->filesRemoved.size())}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    const QString who = report->user.isEmpty() ? tr("Signed out (nobody had signed in).")
                                               : tr("Signed out %1: the role is forgotten.").arg(report->user);
    out << who << '\n';
    if (report->purged) {
        out << tr("Customer data removed: %1 rows from the cache, %2 outbox item(s), %3 other file(s).")
                   .arg(report->cacheRows)
                   .arg(report->outboxRows)
                   .arg(report->filesRemoved.size())
            << '\n';
        if (request.unsent == SignOutRequest::Unsent::Keep && report->unsent > 0) {
            out << tr("%n item(s) not sent yet kept in the outbox.", int(report->unsent)) << '\n';
        }
    }
    return 0;
}

} // namespace c360::app

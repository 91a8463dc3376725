#include "CliForget.h"

#include "app/Cli.h"
#include "models/AuditLog.h"
#include "models/CustomerEraser.h"
#include "models/Database.h"
#include "sync/OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliForgetSynopsis)) << '\n';
    return 2;
}

} // namespace

int runCliForget(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("outbox"), tr("The outbox file (default: outbox.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("yes"), tr("Erase without asking (the erasure cannot be undone).")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliForgetSynopsis), out, err)) {
        return *done;
    }
    if (p.positionalArguments().size() != 1) {
        return usage(err, tr("forget needs one PARTY (a party id, see c360 search)."));
    }
    bool ok = false;
    const qint64 party = p.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || party <= 0) {
        return usage(err, tr("forget needs one PARTY (a party id, see c360 search)."));
    }
    if (!p.isSet(QStringLiteral("yes"))) {
        return usage(err, tr("Forgetting a customer erases their local data for good; add --yes to go ahead."));
    }
    const QString cachePath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(cachePath)) {
        err << tr("There is no cache at %1.").arg(QDir::toNativeSeparators(cachePath)) << '\n';
        return 1;
    }
    ForgetReport report;
    {
        auto cache = Database::open(cachePath, QStringLiteral("cli-forget"));
        if (!cache) {
            err << cache.error().message << '\n';
            return 1;
        }
        QSqlQuery exists(cache->handle());
        exists.prepare(QStringLiteral("SELECT 1 FROM party WHERE id = ?"));
        exists.addBindValue(party);
        if (!exists.exec() || !exists.next()) {
            err << tr("There is no customer %1 in the cache.").arg(party) << '\n';
            return 1;
        }
        exists.finish();
        auto erased = CustomerEraser(cache->handle()).forget(party);
        if (!erased) {
            err << erased.error().message << '\n';
            return 1;
        }
        report = std::move(*erased);
    }
    const QString outboxPath = p.isSet(QStringLiteral("outbox"))
                                   ? p.value(QStringLiteral("outbox"))
                                   : QFileInfo(cachePath).absolutePath() + QStringLiteral("/outbox.db");
    qint64 outboxRows = 0;
    if (QFileInfo::exists(outboxPath)) {
        auto outbox = sync::OutboxStore::open(outboxPath, QStringLiteral("cli-forget-outbox"));
        if (!outbox) {
            err << outbox.error().message << '\n';
            return 1;
        }
        const auto rows = CustomerEraser::forgetInOutbox(outbox->db(), report);
        if (!rows) {
            err << rows.error().message << '\n';
            return 1;
        }
        outboxRows = *rows;
    }
    const QJsonObject detail{{QStringLiteral("records"), report.records},
                             {QStringLiteral("rows"), report.rows},
                             {QStringLiteral("outbox_items"), outboxRows}};
    if (auto audit = AuditLog::open(AuditLog::pathBeside(cachePath), QStringLiteral("cli-forget-audit")); audit) {
        if (const auto entry = audit->append(AuditLog::currentActor(), AuditAction::Forget,
                                             QStringLiteral("party:") + QString::number(party), detail);
            !entry) {
            err << entry.error().message << '\n';
        }
    } else {
        err << audit.error().message << '\n';
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = detail;
        o.insert(QStringLiteral("party"), party);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << tr("Customer %1 forgotten: %2 records (%3 rows) and %4 outbox items erased.")
                   .arg(party)
                   .arg(report.records)
                   .arg(report.rows)
                   .arg(outboxRows)
            << '\n';
    }
    return 0;
}

} // namespace c360::app

#include "CliOutbox.h"

#include "app/Cli.h"
#include "app/CliWrite.h"
#include "app/OutboxTarget.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliOutboxSynopsis)) << '\n';
    return 2;
}

QJsonObject itemJson(const sync::OutboxItem& i) {
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("kind"), i.kind},
                  {QStringLiteral("customer"), i.customerKey},
                  {QStringLiteral("party"), i.partyId},
                  {QStringLiteral("state"), i.state},
                  {QStringLiteral("attempts"), i.attempts},
                  {QStringLiteral("http_status"), i.httpStatus},
                  {QStringLiteral("error"), i.lastError},
                  {QStringLiteral("idempotency_key"), i.idempotencyKey},
                  {QStringLiteral("created_at"), i.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("payload"), QJsonDocument::fromJson(i.payload).object()}};
    if (!i.serverVersion.isEmpty()) { // conflict: the server's version of what the write changes
        o.insert(QStringLiteral("server"), QJsonDocument::fromJson(i.serverVersion).object());
    }
    return o;
}

QJsonObject countsJson(const sync::OutboxCounts& c) {
    return {{QStringLiteral("pending"), c.pending},
            {QStringLiteral("sent"), c.sent},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("conflict"), c.conflict},
            {QStringLiteral("discarded"), c.discarded}};
}

int list(sync::OutboxStore& store, const QCommandLineParser& p, QTextStream& out, QTextStream& err) {
    const QString state = p.value(QStringLiteral("state"));
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    auto items = store.list(state, ok && limit > 0 ? limit : 200);
    if (!items) {
        err << items.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const sync::OutboxItem& i : std::as_const(*items)) {
            array.append(itemJson(i));
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (items->isEmpty()) {
        out << tr("The outbox holds no writes%1.").arg(state.isEmpty() ? QString() : tr(" in state %1").arg(state))
            << '\n';
        return 0;
    }
    for (const sync::OutboxItem& i : std::as_const(*items)) {
        out << QStringLiteral("#%1  %2  %3  %4  %5")
                   .arg(i.id)
                   .arg(i.state, -7)
                   .arg(i.kind, -13)
                   .arg(i.customerKey, i.createdAt.toString(Qt::ISODate));
        if (!i.lastError.isEmpty()) {
            out << QStringLiteral("  ") << i.lastError;
        }
        out << '\n';
    }
    return 0;
}

int push(sync::OutboxStore& store, const QCommandLineParser& p, QTextStream& out, QTextStream& err) {
    const QString sourcesPath =
        p.isSet(QStringLiteral("sources")) ? p.value(QStringLiteral("sources")) : defaultSourcesPath();
    if (!QFileInfo::exists(sourcesPath)) {
        err << tr("There is no sources file at %1: writes wait in the outbox until one names where they go.")
                   .arg(sourcesPath)
            << '\n';
        return 1;
    }
    const auto target = outboxTarget(sourcesPath);
    if (!target) {
        err << target.error().message << '\n';
        return 1;
    }
    if (!target->has_value()) {
        err << tr("No source in %1 takes writes and it names no \"outbox\": writes wait in the outbox.")
                   .arg(sourcesPath)
            << '\n';
        return 1;
    }
    bool okWait = false;
    const int waitSeconds = p.value(QStringLiteral("wait")).toInt(&okWait);
    if (!okWait || waitSeconds < 0) {
        return usage(err, tr("--wait takes a number of seconds (0 or more)."));
    }
    sync::OutboxPusher pusher(store, **target);
    sync::PushReport total;
    QElapsedTimer clock;
    clock.start();
    // Pass after pass while anything is due; writes that wait for a retry are waited for up to --wait.
    for (;;) {
        const sync::PushReport r = pusher.pushDue();
        total.sent += r.sent;
        total.rejected += r.rejected;
        total.conflicts += r.conflicts;
        total.offline = r.offline;
        auto counts = store.counts();
        if (!counts) {
            err << counts.error().message << '\n';
            return 1;
        }
        if (counts->pending == 0 || r.offline || clock.elapsed() >= qint64(waitSeconds) * 1000) {
            break;
        }
        if (r.sent == 0 && r.rejected == 0 && r.conflicts == 0) {
            QThread::msleep(200); // everything left waits for its next attempt
        }
    }
    auto counts = store.counts();
    if (!counts) {
        err << counts.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("sent"), total.sent},
                      {QStringLiteral("rejected"), total.rejected},
                      {QStringLiteral("conflicts"), total.conflicts},
                      {QStringLiteral("offline"), total.offline},
                      {QStringLiteral("outbox"), countsJson(*counts)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << tr("Sent %1, rejected %2; the outbox now holds %3 pending, %4 failed.")
                   .arg(total.sent)
                   .arg(total.rejected)
                   .arg(counts->pending)
                   .arg(counts->failed)
            << '\n';
        if (total.offline) {
            out << tr("A server could not be reached; its writes wait.") << '\n';
        }
        if (total.rejected > 0) {
            out << tr("See why with `c360 outbox list --state failed`.") << '\n';
        }
        if (counts->conflict > 0) {
            out << QCoreApplication::translate(
                       "c360::app",
                       "%n write(s) in conflict: the record changed on the server since it was "
                       "seen; nothing was overwritten. See `c360 outbox list --state conflict`.",
                       nullptr, int(counts->conflict))
                << '\n';
        }
    }
    return total.rejected == 0 && total.conflicts == 0 && counts->pending == 0 ? 0 : 1;
}

int retry(sync::OutboxStore& store, const QCommandLineParser& p, QTextStream& out, QTextStream& err) {
    QList<qint64> ids;
    for (const QString& a : p.positionalArguments().mid(1)) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            return usage(err, tr("“%1” is not an outbox item number (see c360 outbox list).").arg(a));
        }
        ids << id;
    }
    if (p.isSet(QStringLiteral("failed"))) {
        auto failed = store.list(QStringLiteral("failed"), 100000);
        if (!failed) {
            err << failed.error().message << '\n';
            return 1;
        }
        for (const sync::OutboxItem& i : std::as_const(*failed)) {
            ids << i.id;
        }
    } else if (ids.isEmpty()) {
        return usage(err, tr("retry needs the numbers of failed writes, or --failed for all of them."));
    }
    QJsonArray done;
    for (const qint64 id : std::as_const(ids)) {
        auto item = store.item(id);
        if (!item) {
            err << item.error().message << '\n';
            return 1;
        }
        if (!item->has_value()) {
            err << tr("The outbox has no write #%1 (see c360 outbox list).").arg(id) << '\n';
            return 1;
        }
        if ((*item)->state != QLatin1String("failed")) {
            err << tr("Write #%1 is %2, not failed: there is nothing to retry.").arg(id).arg((*item)->state) << '\n';
            return 1;
        }
        if (Status s = store.retry(id); !s) {
            err << s.error().message << '\n';
            return 1;
        }
        done.append(id);
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("pending_again"), done}}).toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << QCoreApplication::translate(
                   "c360::app",
                   "%n write(s) pending again with the same idempotency key; `c360 outbox push` sends them.", nullptr,
                   int(done.size()))
            << '\n';
    }
    return 0;
}

} // namespace

int runCliOutbox(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), tr("list, push or retry (then the write numbers)."));
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("outbox"), tr("The outbox file (default: outbox.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("sources"), tr("push: the sources file (default: %1).").arg(defaultSourcesPath()),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("state"),
                 tr("list: only writes in this state (pending, sent, failed, conflict, discarded)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("limit"), tr("list: at most N writes (default 200)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("wait"),
                 tr("push: wait up to this many seconds for writes whose retry is due later (default 30)."),
                 QStringLiteral("SECONDS"), QStringLiteral("30")});
    p.addOption({QStringLiteral("failed"), tr("retry: every failed write.")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    if (auto code = parseCommandLine(p, arguments, QString::fromUtf8(kCliOutboxSynopsis), out, err)) {
        return *code;
    }
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("push"), QStringLiteral("retry")};
    if (!actions.contains(action)) {
        return usage(err, action.isEmpty() ? tr("Say list, push or retry.")
                                           : tr("“%1” is not an outbox action (use list, push or retry).").arg(action));
    }
    if (action != QLatin1String("retry") && positional.size() > 1) {
        return usage(err, tr("%1 takes no further arguments.").arg(action));
    }
    const QString state = p.value(QStringLiteral("state"));
    static const QStringList states{QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("failed"),
                                    QStringLiteral("conflict"), QStringLiteral("discarded")};
    if (!state.isEmpty() && !states.contains(state)) {
        return usage(err, tr("--state takes pending, sent, failed, conflict or discarded."));
    }
    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    const QString outboxPath =
        p.isSet(QStringLiteral("outbox")) ? p.value(QStringLiteral("outbox")) : defaultOutboxPath(dbPath);
    if (!QFileInfo::exists(outboxPath)) {
        if (action == QLatin1String("list")) { // nothing written yet
            out << (p.isSet(QStringLiteral("json")) ? QStringLiteral("[]") : tr("The outbox holds no writes.")) << '\n';
            return 0;
        }
        err << tr("There is no outbox at %1 (nothing was written yet).").arg(outboxPath) << '\n';
        return 1;
    }
    auto store = sync::OutboxStore::open(outboxPath, QStringLiteral("cli-outbox"));
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    if (action == QLatin1String("list")) {
        return list(*store, p, out, err);
    }
    if (action == QLatin1String("push")) {
        return push(*store, p, out, err);
    }
    return retry(*store, p, out, err);
}

} // namespace c360::app

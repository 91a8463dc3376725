#include "CliWrite.h"

#include "app/Cli.h"
#include "models/Database.h"
#include "models/Queries.h"
#include "sync/OutboxStore.h"
#include "ui/AgentWrites.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

int usage(QTextStream& err, const QString& problem) {
    err << problem << '\n' << tr("Usage: %1").arg(QString::fromUtf8(kCliWriteSynopsis)) << '\n';
    return 2;
}

// What each write takes. `order`: needs --order; `required`/`optional`: its own --FIELD=VALUE.
struct WriteKind {
    QString word; // on the command line
    QString kind; // in the outbox
    bool order = false;
    QStringList required;
    QStringList optional;
};

const QList<WriteKind>& writeKinds() {
    static const QList<WriteKind> kinds = {
        {QStringLiteral("note"), QStringLiteral("note"), false, {QStringLiteral("text")}, {QStringLiteral("pinned")}},
        {QStringLiteral("ticket"), QStringLiteral("ticket_create"), false, {QStringLiteral("subject")}, {}},
        {QStringLiteral("cancel-order"), QStringLiteral("order_cancel"), true, {}, {}},
        {QStringLiteral("change-address"), QStringLiteral("order_address"), true, {QStringLiteral("address")}, {}},
        {QStringLiteral("refund"),
         QStringLiteral("refund"),
         true,
         {},
         {QStringLiteral("amount"), QStringLiteral("reason")}},
        {QStringLiteral("ticket-status"),
         QStringLiteral("ticket_update"),
         false,
         {QStringLiteral("ticket")},
         {QStringLiteral("status"), QStringLiteral("priority")}},
    };
    return kinds;
}

const QStringList kOwnOptions = {QStringLiteral("party"),  QStringLiteral("order"), QStringLiteral("db"),
                                 QStringLiteral("outbox"), QStringLiteral("json"),  QStringLiteral("help"),
                                 QStringLiteral("h")};

QString fieldList(const WriteKind& k) {
    QStringList fields;
    for (const QString& f : k.required + k.optional) {
        fields << QStringLiteral("--") + f;
    }
    return fields.isEmpty() ? tr("none") : fields.join(QStringLiteral(", "));
}

} // namespace

QString defaultOutboxPath(const QString& dbPath) {
    return QFileInfo(dbPath).absolutePath() + QStringLiteral("/outbox.db");
}

int runCliWrite(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    // The kind decides which --FIELD options exist: find it first, then parse with exactly those.
    const WriteKind* kind = nullptr;
    for (const QString& a : arguments.mid(1)) {
        if (a.startsWith(QLatin1Char('-'))) {
            continue;
        }
        for (const WriteKind& k : writeKinds()) {
            if (k.word == a) {
                kind = &k;
            }
        }
        break;
    }
    QCommandLineParser p;
    p.addOption({QStringLiteral("party"), tr("The customer (a party id, see c360 search)."), QStringLiteral("P")});
    p.addOption(
        {QStringLiteral("order"), tr("The order number (cancel-order, change-address, refund)."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("db"), tr("The cache file (default: %1).").arg(defaultCachePath()), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("outbox"), tr("The outbox file (default: outbox.db beside the cache)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    QStringList added;
    for (const WriteKind& k : writeKinds()) {
        for (const QString& f : k.required + k.optional) {
            if (added.contains(f)) {
                continue;
            }
            added << f;
            QCommandLineOption o(f, tr("A field of the write (see below)."), QStringLiteral("VALUE"));
            o.setFlags(QCommandLineOption::HiddenFromHelp);
            p.addOption(o);
        }
    }
    p.addPositionalArgument(QStringLiteral("what"), tr("note --text=…, ticket --subject=…, cancel-order, "
                                                       "change-address --address=…, refund [--amount=…] [--reason=…]"));
    // Fields that do not belong to this kind are named before the parser sees them.
    if (kind != nullptr) {
        for (const QString& a : arguments.mid(1)) {
            if (!a.startsWith(QLatin1String("--")) || a.size() < 3) {
                continue;
            }
            const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
            if (!kOwnOptions.contains(name) && !kind->required.contains(name) && !kind->optional.contains(name)) {
                return usage(
                    err, tr("“--%1” is not a field of %2 (its fields: %3).").arg(name, kind->word, fieldList(*kind)));
            }
        }
    }
    if (auto code = parseCommandLine(p, arguments, QString::fromUtf8(kCliWriteSynopsis), out, err)) {
        return *code;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1 || kind == nullptr) {
        return usage(err, tr("Say what to write: note, ticket, cancel-order, change-address or refund."));
    }
    if (!p.isSet(QStringLiteral("party"))) {
        return usage(err, tr("%1 needs --party P (a party id, see c360 search).").arg(kind->word));
    }
    bool okParty = false;
    const qint64 partyId = p.value(QStringLiteral("party")).toLongLong(&okParty);
    if (!okParty || partyId <= 0) {
        return usage(err, tr("--party must be a party id (a positive number), see c360 search."));
    }
    const QString order = p.value(QStringLiteral("order")).trimmed();
    if (kind->order && order.isEmpty()) {
        return usage(err, tr("%1 needs --order N (the order number).").arg(kind->word));
    }
    if (!kind->order && p.isSet(QStringLiteral("order"))) {
        return usage(err, tr("%1 takes no --order.").arg(kind->word));
    }
    for (const QString& f : kind->required) {
        if (p.value(f).trimmed().isEmpty()) {
            return usage(err, tr("%1 needs --%2=….").arg(kind->word, f));
        }
    }
    const QString amount = p.value(QStringLiteral("amount")).trimmed();
    if (!amount.isEmpty()) {
        bool ok = false;
        const double value = amount.toDouble(&ok);
        if (!ok || value <= 0) {
            return usage(err, tr("--amount takes a positive number such as 12.50."));
        }
    }
    const QString pinned = p.value(QStringLiteral("pinned"));
    if (!pinned.isEmpty() && pinned != QLatin1String("true") && pinned != QLatin1String("false")) {
        return usage(err, tr("--pinned takes true or false."));
    }

    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : defaultCachePath();
    if (!QFileInfo::exists(dbPath)) {
        err << tr("There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.").arg(dbPath) << '\n';
        return 1;
    }
    auto db = Database::open(dbPath, QStringLiteral("cli-write"));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    auto header = PartyRepository(db->handle()).header(partyId);
    if (!header) {
        err << header.error().message << '\n';
        return 1;
    }
    if (!header->has_value()) {
        err << tr("There is no customer with party id %1 in %2 (see c360 search); nothing was queued.")
                   .arg(partyId)
                   .arg(dbPath)
            << '\n';
        return 1;
    }
    const PartyHeader& party = **header;
    const QString outboxPath =
        p.isSet(QStringLiteral("outbox")) ? p.value(QStringLiteral("outbox")) : defaultOutboxPath(dbPath);
    auto store = sync::OutboxStore::open(outboxPath, QStringLiteral("cli-write-outbox"));
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    ui::AgentWrites writes(*store);
    writes.setCache(db->handle()); // order and ticket changes carry the version the cache has (conflicts)
    Result<sync::OutboxItem> item = Error{};
    if (kind->kind == QLatin1String("note")) {
        item = writes.note(party, p.value(QStringLiteral("text")), pinned == QLatin1String("true"));
    } else if (kind->kind == QLatin1String("ticket_create")) {
        item = writes.createTicket(party, p.value(QStringLiteral("subject")));
    } else if (kind->kind == QLatin1String("ticket_update")) {
        item = writes.ticketUpdate(party, p.value(QStringLiteral("ticket")).trimmed(),
                                   p.value(QStringLiteral("status")).trimmed(),
                                   p.value(QStringLiteral("priority")).trimmed());
    } else if (kind->kind == QLatin1String("refund")) {
        item = writes.refund(party, order, amount, p.value(QStringLiteral("reason")));
    } else {
        item = writes.orderAction(party, kind->kind, order, p.value(QStringLiteral("address")));
    }
    if (!item) {
        err << item.error().message << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("id"), item->id},
                                         {QStringLiteral("kind"), item->kind},
                                         {QStringLiteral("party"), partyId},
                                         {QStringLiteral("customer"), item->customerKey},
                                         {QStringLiteral("state"), item->state},
                                         {QStringLiteral("idempotency_key"), item->idempotencyKey},
                                         {QStringLiteral("payload"), QJsonDocument::fromJson(item->payload).object()},
                                         {QStringLiteral("outbox"), outboxPath}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << tr("Queued %1 #%2 for %3 (%4). `c360 outbox push` sends it.")
                   .arg(item->kind)
                   .arg(item->id)
                   .arg(party.name.isEmpty() ? QString::number(partyId) : party.name, item->customerKey)
            << '\n';
    }
    return 0;
}

} // namespace c360::app

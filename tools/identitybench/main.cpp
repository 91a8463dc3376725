// c360-identity-bench [--records N] [--smoke] [--db PATH] [--input PATH] [--shared-keys]
// (dump-identity.sh next to this file prints a resolved cache as sorted text, to compare two builds' results.)
//
// Full identity resolution (what `c360 resolve` runs) on a synthetic cache of N source records
// (default 1,000,000; --smoke: 20,000): people with a CRM profile, an order, a ticket, a call and a
// campaign event each, linked by e-mail and phone, some names in Han characters, some nicknames, a
// family landline now and then. The cache is written straight into the schema (record keys as the cache
// writer stores them); then resolution is timed twice: the first run (every record new: parties created,
// every link written, every golden record computed) and a re-run on the resolved cache. Like `c360 resolve`, the
// bench runs with glibc's allocator on transparent huge pages (app/Platform.h, preferHugePages; it prints the
// GLIBC_TUNABLES it ran with; C360_HUGE_PAGES=0 measures without).
// --input PATH keeps the unresolved cache there (written on the first use, copied for every later run),
// so the 1,000,000-record input is generated once.
// --shared-keys: one person in 20 also has a ticket the shop forwarded, carrying only the shop's own support
// address and line and the person's name (the records the shared-key name rule looks up among all customers).

#include "app/Platform.h"
#include "models/Database.h"
#include "models/IdentityResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace c360;

namespace {

const char* const kFirst[] = {"Olivia", "Ethan", "Ava",    "Mason", "Sophia",  "Logan",     "Chloe",  "Owen",
                              "Grace",  "Caleb", "Hannah", "Isaac", "Natalie", "Wyatt",     "Audrey", "Gavin",
                              "Claire", "Colin", "Lucy",   "Miles", "William", "Elizabeth", "Robert", "Margaret"};
const char* const kNick[] = {"Liv",    "E",   "Ava",    "Mase",  "Sophie", "Logan", "Chloe",  "Owen",
                             "Gracie", "Cal", "Hannah", "Ike",   "Nat",    "Wyatt", "Audrey", "Gav",
                             "Claire", "Col", "Lu",     "Miles", "Bill",   "Liz",   "Bob",    "Peggy"};
const char* const kSyllables[] = {"ha",  "ri",  "son", "wel",  "ton", "mar", "ley", "ford", "ber", "ing",
                                  "ash", "dal", "ker", "lin",  "mor", "ven", "tor", "wick", "hal", "ster",
                                  "gan", "bro", "cot", "den",  "fer", "gil", "hol", "jen",  "kin", "lay",
                                  "mon", "nor", "pel", "quin", "ros", "sel", "tam", "urb",  "vin", "wes"};
const char* const kHanSur[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
const char* const kHanGiven[] = {"晓东", "丽华", "建国", "秀英", "志强", "海燕", "文博", "雪梅",
                                 "子涵", "浩然", "思雨", "俊杰", "欣怡", "宇航", "佳琪", "明轩"};

QString nameOf(qint64 p, bool nickname) {
    if (p % 20 == 7) { // 5% written in Han characters
        return QString::fromUtf8(kHanSur[p % 10]) + QString::fromUtf8(kHanGiven[(p / 10) % 16]);
    }
    const qint64 f = p % 24;
    const qint64 s = p / 24;
    QString last = QString::fromLatin1(kSyllables[s % 40]) + QString::fromLatin1(kSyllables[(s / 40) % 40]) +
                   QString::fromLatin1(kSyllables[(s / 1600) % 40]);
    last[0] = last[0].toUpper();
    return QString::fromLatin1(nickname ? kNick[f] : kFirst[f]) + u' ' + last;
}

struct Writer {
    QSqlQuery record, key;
    qint64 nextId = 1;
    qint64 add(const char* source, const char* stream, const char* entity, const QString& sourceId) {
        record.bindValue(0, nextId);
        record.bindValue(1, QString::fromLatin1(source));
        record.bindValue(2, QString::fromLatin1(stream));
        record.bindValue(3, sourceId);
        record.bindValue(4, QString::fromLatin1(entity));
        record.bindValue(5, 1700000000000 + nextId);
        record.exec();
        return nextId++;
    }
    void addKey(qint64 id, const QString& kind, const QString& value, bool linking) {
        key.bindValue(0, id);
        key.bindValue(1, kind);
        key.bindValue(2, value);
        key.bindValue(3, linking ? 1 : 0);
        key.exec();
    }
};

bool fill(QSqlDatabase db, qint64 records, bool sharedKeys, QTextStream& out) {
    QSqlQuery begin(db);
    begin.exec(QStringLiteral("BEGIN"));
    Writer w{QSqlQuery(db), QSqlQuery(db)};
    if (!w.record.prepare(QStringLiteral("INSERT INTO source_record(id, source, stream, source_id, entity, updated_at, "
                                         "deleted, payload, fetched_at) VALUES(?,?,?,?,?,?,0,'{}',0)")) ||
        !w.key.prepare(QStringLiteral("INSERT OR IGNORE INTO record_key(record_id, kind, value, linking) "
                                      "VALUES(?,?,?,?)"))) {
        out << "prepare failed\n";
        return false;
    }
    const qint64 people = std::max<qint64>(1, records / 5);
    for (qint64 p = 0; w.nextId <= records; p = (p + 1) % people) {
        const QString id = QString::number(p);
        const QString email = QStringLiteral("u%1@example.com").arg(p);
        // A family landline: three people of one household share the home number on their calls.
        const QString phone = QStringLiteral("+1%1").arg(2125550000LL + (p % 30 == 0 ? p / 3 * 3 : p) % 7000000000LL);
        const qint64 crm = w.add("crm", "customers", "customer", QStringLiteral("C") + id);
        w.addKey(crm, QStringLiteral("email"), email, true);
        w.addKey(crm, QStringLiteral("phone"), phone, true);
        w.addKey(crm, QStringLiteral("name"), nameOf(p, false), false);
        const qint64 order = w.add("shop", "orders", "order", QStringLiteral("O") + id);
        w.addKey(order, QStringLiteral("email"), email, true);
        w.addKey(order, QStringLiteral("name"), nameOf(p, p % 4 == 1), false);
        const qint64 ticket = w.add("helpdesk", "tickets", "ticket", QStringLiteral("T") + id);
        w.addKey(ticket, QStringLiteral("phone"), phone, true);
        w.addKey(ticket, QStringLiteral("name"), nameOf(p, false), false);
        const qint64 call = w.add("contact", "interactions", "interaction", QStringLiteral("X") + id);
        w.addKey(call, QStringLiteral("phone"), phone, true);
        const qint64 event = w.add("marketing", "events", "campaign_event", QStringLiteral("E") + id);
        w.addKey(event, QStringLiteral("email"), email, true);
        if (sharedKeys && p % 20 == 3 && w.nextId <= records) {
            const qint64 forwarded = w.add("helpdesk", "tickets", "ticket", QStringLiteral("F") + id);
            w.addKey(forwarded, QStringLiteral("email"), QStringLiteral("help@shop.example"), true);
            w.addKey(forwarded, QStringLiteral("phone"), QStringLiteral("+18884127730"), true);
            w.addKey(forwarded, QStringLiteral("name"), nameOf(p, false), false);
        }
    }
    QSqlQuery commit(db);
    return commit.exec(QStringLiteral("COMMIT"));
}

} // namespace

int main(int argc, char** argv) {
    app::platform::preferHugePages(argv); // as `c360 resolve` starts
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("records"), QStringLiteral("Source records (default 1000000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("smoke"), QStringLiteral("Small scale (20000 records).")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Write the cache here (default: a temporary file)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("input"),
                 QStringLiteral("Keep the unresolved cache here: written when missing, else copied and reused."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("shared-keys"),
                 QStringLiteral("Also tickets forwarded by the shop: only its support address and line, and a name.")});
    p.process(app);
    QTextStream out(stdout);
    qint64 records = p.isSet(QStringLiteral("smoke")) ? 20000 : 1000000;
    if (p.isSet(QStringLiteral("records"))) {
        records = p.value(QStringLiteral("records")).toLongLong();
    }
    QTemporaryDir dir;
    const QString path =
        p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : dir.filePath(QStringLiteral("identity.db"));
    const QString input = p.value(QStringLiteral("input"));
    QElapsedTimer timer;
    timer.start();
    if (!input.isEmpty() && QFile::exists(input)) {
        // The input of an earlier run (closed cleanly: no WAL left), copied so that it stays unresolved.
        QFile::remove(path);
        if (!QFile::copy(input, path)) {
            out << "cannot copy " << input << " to " << path << '\n';
            return 1;
        }
        out << QStringLiteral("identity bench: input %1 reused (copied in %2 s)\n")
                   .arg(input)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    } else {
        const QString target = input.isEmpty() ? path : input;
        {
            auto db = Database::open(target, QStringLiteral("identity-bench-fill"));
            if (!db) {
                out << db.error().message << '\n';
                return 1;
            }
            if (!fill(db->handle(), records, p.isSet(QStringLiteral("shared-keys")), out)) {
                return 1;
            }
        }
        out << QStringLiteral("identity bench: %1 source records written in %2 s\n")
                   .arg(records)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        if (!input.isEmpty() && !QFile::copy(input, path)) {
            out << "cannot copy " << input << " to " << path << '\n';
            return 1;
        }
    }
    // Whether glibc's allocator takes huge pages (preferHugePages), as `c360 resolve` does.
    out << "allocator: GLIBC_TUNABLES=" << qEnvironmentVariable("GLIBC_TUNABLES", QStringLiteral("(unset)")) << '\n';
    out.flush();
    auto db = Database::open(path, QStringLiteral("identity-bench"));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    for (const char* run : {"first resolve (all new)", "re-resolve (resolved cache)"}) {
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        IdentityResolver resolver(db->handle());
        auto summary = resolver.resolveAll(QDateTime::currentMSecsSinceEpoch());
        if (!summary) {
            out << summary.error().message << ' ' << summary.error().detail << '\n';
            return 1;
        }
        const double s = double(timer.elapsed()) / 1000.0;
        // CPU time too: the machine is shared, and wall time grows with the load of the others.
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        out << QStringLiteral("%1  %2 records -> %3 customers in %4 s (%5 records/s), %6 moved, %7 keys blocked\n")
                   .arg(QString::fromLatin1(run).leftJustified(30))
                   .arg(summary->records)
                   .arg(summary->parties)
                   .arg(s, 0, 'f', 2)
                   .arg(qint64(double(summary->records) / std::max(s, 0.001)))
                   .arg(summary->recordsMoved)
                   .arg(summary->blockedKeys);
        out << QStringLiteral("    total: wall %1 s, cpu %2 s\n").arg(s, 0, 'f', 2).arg(cpu, 0, 'f', 2);
        QStringList phases;
        for (const ResolvePhase& phase : std::as_const(summary->phases)) {
            phases << QStringLiteral("%1 %2/%3")
                          .arg(phase.name)
                          .arg(double(phase.ms) / 1000.0, 0, 'f', 2)
                          .arg(double(phase.cpuMs) / 1000.0, 0, 'f', 2);
        }
        out << QStringLiteral("    phases (wall/cpu s): ") << phases.join(QStringLiteral(", ")) << '\n';
        out.flush();
    }
    return 0;
}

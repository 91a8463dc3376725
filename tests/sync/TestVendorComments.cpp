// Zendesk ticket comments, read as Zendesk serves them to an incremental sync (the ticket events export
// with the comment_events side-load: each comment inside its audit's child_events, naming its ticket and
// author by id only), over real loopback HTTP into a real cache: every comment ends on its customer's
// timeline through its ticket, whichever arrives first; and what our own writes do at the vendor (a
// private note, a new ticket, a cancelled order) comes back with the next sync, exactly once.

#include "models/Queries.h"
#include "models/TimelineModel.h"
#include "sync/CurlHttpClient.h"
#include "sync/Manifest.h"
#include "sync/OutboxPusher.h"
#include "sync/OutboxStore.h"
#include "sync/SourcesFile.h"
#include "sync/SyncEngine.h"
#include "sync/WriteActions.h"
#include "tests/support/BackendProcess.h"
#include "tests/support/SyncHelpers.h"
#include "tests/support/TempCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using namespace c360::sync;
using namespace c360::testing;
using namespace std::chrono_literals;

namespace {

BackendProcess::Options flavorOptions(const QString& flavor, int customers = 60) {
    BackendProcess::Options options;
    options.customers = customers;
    options.extraArgs = {QStringLiteral("--flavor"), flavor};
    return options;
}

// The comments the export holds, counted straight from its pages (not through the connector).
Result<qint64> exportedComments(const BackendProcess& backend) {
    CurlHttpClient http;
    QString url = backend.baseUrl() +
                  QStringLiteral("/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events");
    qint64 comments = 0;
    for (int page = 0; page < 1000; ++page) {
        HttpRequest r;
        r.url = url;
        const QByteArray credentials = QByteArray("agent@example.com/token:") + backend.token().toUtf8();
        r.headers = {{QByteArray("Authorization"), QByteArray("Basic ") + credentials.toBase64()}};
        auto response = http.send(r);
        if (!response) {
            return response.error();
        }
        if (response->status != 200) {
            return Error{QStringLiteral("HTTP %1").arg(response->status), QString::fromUtf8(response->body)};
        }
        const QJsonObject body = QJsonDocument::fromJson(response->body).object();
        for (const QJsonValue& audit : body.value(QStringLiteral("ticket_events")).toArray()) {
            for (const QJsonValue& child : audit.toObject().value(QStringLiteral("child_events")).toArray()) {
                if (child.toObject().value(QStringLiteral("event_type")).toString() == QLatin1String("Comment")) {
                    ++comments;
                }
            }
        }
        if (body.value(QStringLiteral("end_of_stream")).toBool()) {
            return comments;
        }
        url = body.value(QStringLiteral("next_page")).toString();
    }
    return Error{QStringLiteral("the export never ended"), {}};
}

struct CommentFigures {
    qint64 comments = 0;    // live comment records
    qint64 linked = 0;      // ... on the party of their ticket's requester (the Zendesk end user)
    qint64 onTimeline = 0;  // ... with exactly one ticket_comment event, on that party
    qint64 contactKeys = 0; // ... carrying an e-mail or phone key (must be 0: the export has none)
};

CommentFigures commentFigures(const TempCache& cache) {
    CommentFigures f;
    QSqlQuery q(cache.db());
    const bool ok = q.exec(QStringLiteral(
        "SELECT pl.party_id, "
        " (SELECT plu.party_id FROM source_record t "
        "   JOIN source_record u ON u.source = t.source AND u.stream = 'users' AND u.deleted = 0 "
        "    AND u.source_id = CAST(json_extract(t.payload, '$.requester_id') AS TEXT) "
        "   JOIN party_link plu ON plu.record_id = u.id "
        "  WHERE t.source = c.source AND t.stream = 'tickets' AND t.deleted = 0 "
        "    AND t.source_id = CAST(json_extract(c.payload, '$.audit.ticket_id') AS TEXT)), "
        " (SELECT count(*) FROM timeline_event e WHERE e.record_id = c.id AND e.kind = 'ticket_comment' "
        "   AND e.party_id = pl.party_id), "
        " (SELECT count(*) FROM timeline_event e WHERE e.record_id = c.id), "
        " (SELECT count(*) FROM record_key rk WHERE rk.record_id = c.id AND rk.kind IN ('email', 'phone')) "
        "FROM source_record c LEFT JOIN party_link pl ON pl.record_id = c.id "
        "WHERE c.source = 'zendesk' AND c.stream = 'comments' AND c.deleted = 0"));
    if (!ok) {
        qWarning() << q.lastError().text();
        return f;
    }
    while (q.next()) {
        ++f.comments;
        const bool linked = !q.value(0).isNull() && q.value(0) == q.value(1);
        f.linked += linked ? 1 : 0;
        f.onTimeline += linked && q.value(2).toLongLong() == 1 && q.value(3).toLongLong() == 1 ? 1 : 0;
        f.contactKeys += q.value(4).toLongLong() > 0 ? 1 : 0;
    }
    return f;
}

// Comment authors as the timeline shows them: the comments written by a Zendesk user the source syncs
// (the export names them by author_id only), and those whose shown title names that user.
struct AuthorFigures {
    qint64 byKnownUser = 0;   // comments whose author_id is a synced user record
    qint64 named = 0;         // ... shown as "Comment on #N by <that user's name>"
    qint64 authorLinks = 0;   // reference keys of comments to a user (must be 0: display only, never a link)
    qint64 onAuthorParty = 0; // comments on a ticket whose requester is not the author, on the author's party
};

AuthorFigures authorFigures(const TempCache& cache) {
    AuthorFigures f;
    QSqlQuery q(cache.db());
    if (!q.exec(QStringLiteral("SELECT e.id, cp.name FROM source_record c "
                               "JOIN timeline_event e ON e.record_id = c.id AND e.kind = 'ticket_comment' "
                               "JOIN source_record u ON u.source = c.source AND u.stream = 'users' AND u.deleted = 0 "
                               " AND u.source_id = CAST(json_extract(c.payload, '$.author_id') AS TEXT) "
                               "JOIN customer_profile cp ON cp.record_id = u.id "
                               "WHERE c.source = 'zendesk' AND c.stream = 'comments' AND c.deleted = 0"))) {
        qWarning() << q.lastError().text();
        return f;
    }
    const TimelineRepository repo(cache.db());
    while (q.next()) {
        ++f.byKnownUser;
        const auto detail = repo.detail(q.value(0).toLongLong());
        if (detail && detail->event.title.contains(QStringLiteral(" by ") + q.value(1).toString())) {
            ++f.named;
        }
    }
    f.authorLinks = cache.scalar(QStringLiteral(
        "SELECT count(*) FROM record_key rk JOIN source_record c ON c.id = rk.record_id WHERE c.stream = 'comments' "
        "AND rk.kind = 'reference' AND rk.value LIKE '%/users/%'"));
    return f;
}

const StreamReport* streamReport(const SyncReport& report, const QString& stream) {
    const auto it = std::find_if(report.streams.cbegin(), report.streams.cend(),
                                 [&](const StreamReport& r) { return r.stream == stream; });
    return it == report.streams.cend() ? nullptr : &*it;
}

QByteArray payload(QJsonObject fields, const QString& customer) {
    fields.insert(QStringLiteral("customer"), customer);
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

// Pushes the items until none is pending; every one must be sent.
void pushAll(OutboxStore& store, const OutboxPusher::Target& target) {
    OutboxPusher pusher(store, target, {}, RetryPolicy::Options{4, 5ms, 20ms, 1s});
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            pusher.pushDue();
            auto counts = store.counts();
            return counts.ok() && counts->pending == 0;
        }(),
        30000);
    QCOMPARE(store.counts()->failed, 0);
}

qint64 scalar(const TempCache& cache, const QString& sql, const QVariantList& binds) {
    QSqlQuery q(cache.db());
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return -1;
    }
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestVendorComments final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unnestIsDeclarative() {
        const QByteArray bad = R"({"name":"x","streams":{"a":{"path":"/a","entity":"ticket_comment","records":"/r",
            "unnest":{"path":"/kids","wher":{"path":"/t","equals":"C"}},"map":{"source_id":"/id"}}}})";
        auto m = Manifest::parse(bad, QStringLiteral("x.json"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QLatin1String("unnest")) &&
                     m.error().message.contains(QLatin1String("\"wher\"")),
                 qPrintable(m.error().message));
        auto zendesk = ManifestRegistry::load(QStringLiteral("zendesk"));
        QVERIFY2(zendesk.ok(), zendesk.ok() ? "" : qPrintable(zendesk.error().message));
        const StreamManifest* comments = zendesk->stream(QStringLiteral("comments"));
        QVERIFY(comments != nullptr && comments->unnest.has_value());
        QCOMPARE(comments->entity, EntityKind::TicketComment);
        QVERIFY(zendesk->stream(QStringLiteral("tickets"))->referenced);

        // Two audits: one with a comment among its child events, one with a status change only.
        const auto page = nlohmann::json::parse(R"([
            {"id": 1, "ticket_id": 40001, "child_events": [
                {"id": 11, "event_type": "Comment", "body": "Where is my parcel?", "author_id": 7},
                {"id": 12, "event_type": "Change", "field_name": "status", "value": "open"}]},
            {"id": 2, "ticket_id": 40002, "child_events": [{"id": 21, "event_type": "Change"}]},
            {"id": 3, "ticket_id": 40003}])");
        const nlohmann::json records = unnestRecords(page, *comments->unnest);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].at("id").get<int>(), 11);
        QCOMPARE(records[0].at("audit").at("ticket_id").get<int>(), 40001);
        QVERIFY(!records[0].at("audit").contains("child_events")); // no copies of its siblings
    }

    // Every comment of the export lands on the customer who asked, through its ticket: comments first
    // (their ticket and user come later), or tickets and users first.
    void everyCommentLandsOnItsCustomer() {
        BackendProcess backend(flavorOptions(QStringLiteral("zendesk")));
        QVERIFY(backend.start().ok());
        auto exported = exportedComments(backend);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        QVERIFY(*exported > 60);
        for (const bool commentsFirst : {true, false}) {
            TempCache cache;
            const QList<QStringList> order =
                commentsFirst ? QList<QStringList>{{QStringLiteral("comments")},
                                                   {QStringLiteral("tickets"), QStringLiteral("users")}}
                              : QList<QStringList>{{QStringLiteral("tickets"), QStringLiteral("users")},
                                                   {QStringLiteral("comments")}};
            for (const QStringList& streams : order) {
                SyncOptions options;
                options.pageSize = 25; // several pages of the export
                options.streamFilter = streams;
                auto report = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
                QVERIFY(report.ok());
                QVERIFY2(report->ok(), qPrintable(report->summary));
                QCOMPARE(report->quarantined, 0);
                if (streams.contains(QStringLiteral("comments"))) {
                    QVERIFY(streamReport(*report, QStringLiteral("comments"))->pages > 2);
                }
            }
            const CommentFigures f = commentFigures(cache);
            qInfo().noquote() << "zendesk comments" << (commentsFirst ? "(comments first):" : "(tickets first):")
                              << f.linked << "/" << f.comments << "linked," << f.onTimeline
                              << "once on their customer's timeline; export holds" << *exported;
            QCOMPARE(f.comments, *exported);
            QCOMPARE(f.linked, f.comments);
            QCOMPARE(f.onTimeline, f.comments);
            QCOMPARE(f.contactKeys, 0);
            // Authors by name, resolved from the users the source syncs, whichever stream came first.
            const AuthorFigures a = authorFigures(cache);
            qInfo().noquote() << "zendesk comment authors" << (commentsFirst ? "(comments first):" : "(tickets first):")
                              << a.named << "/" << a.byKnownUser << "by a synced user shown by name;" << a.authorLinks
                              << "author links";
            QVERIFY(a.byKnownUser > 10);
            QCOMPARE(a.named, a.byKnownUser);
            QCOMPARE(a.authorLinks, 0);
        }
    }

    // A private note written through the zendesk write action, and a new ticket, come back with the
    // next incremental sync once each, on the customer who has them; later syncs add nothing twice.
    void ourWritesComeBackOnce() {
        BackendProcess backend(flavorOptions(QStringLiteral("zendesk")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 25;
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok());
        QVERIFY2(first->ok(), qPrintable(first->summary));
        const qint64 commentsBefore = commentFigures(cache).comments;

        // A customer with an open ticket (the note goes on it) and an e-mail.
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT json_extract(u.payload, '$.email'), pl.party_id FROM source_record t "
            "JOIN source_record u ON u.stream = 'users' AND u.source_id = CAST(json_extract(t.payload, "
            "'$.requester_id') AS TEXT) JOIN party_link pl ON pl.record_id = u.id "
            "WHERE t.stream = 'tickets' AND t.deleted = 0 AND json_extract(t.payload, '$.status') IN ('new', 'open', "
            "'pending') AND json_extract(u.payload, '$.email') IS NOT NULL ORDER BY t.id LIMIT 1")));
        QVERIFY(q.next());
        const QString email = q.value(0).toString();
        const qint64 party = q.value(1).toLongLong();
        q.finish();

        QTemporaryDir dir;
        auto outbox = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("comments"));
        QVERIFY(outbox.ok());
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        const QString customer = QStringLiteral("email:") + email;
        const QString note = QStringLiteral("Promised a call back on Friday (c360 test)");
        const QString subject = QStringLiteral("Parcel never arrived (c360 test)");
        auto noteItem = outbox->enqueue(QStringLiteral("note"), customer, party,
                                        payload({{QStringLiteral("text"), note}}, customer));
        QVERIFY(noteItem.ok());
        QVERIFY(outbox
                    ->enqueue(QStringLiteral("ticket_create"), customer, party,
                              payload({{QStringLiteral("subject"), subject}}, customer))
                    .ok());
        pushAll(*outbox, *target);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Zendesk's answer names the comment the note became (its audit's Comment event).
        const QString resultRef = (**outbox->item(noteItem->id)).resultRef;
        QVERIFY2(resultRef.startsWith(QLatin1String("zendesk/comments/")), qPrintable(resultRef));
        // The agent's own copy, as the window gives it to the timeline.
        TimelineEvent own;
        own.id = -noteItem->id;
        own.partyId = party;
        own.occurredAt = QDateTime::currentDateTimeUtc();
        own.kind = QStringLiteral("note");
        own.source = QStringLiteral("agent");
        own.stream = QStringLiteral("outbox");
        own.title = QStringLiteral("Note: ") + note;
        own.writtenAs = resultRef;
        const auto shownNote = [&](TimelineModel& model) {
            while (model.canFetchMore({})) {
                model.fetchMore({});
            }
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row) {
                const TimelineEvent e = model.eventAt(row);
                if (e.summary.contains(note) || e.title.contains(note)) {
                    out << e.source + QLatin1Char('|') + e.summary;
                }
            }
            return out;
        };
        {
            TimelineModel model(cache.db());
            model.setParty(party);
            model.setLocalEvents({own});
            QCOMPARE(shownNote(model), QStringList{QStringLiteral("agent|")}); // not synced yet: our copy
        }

        for (int run = 0; run < 2; ++run) { // the second run re-reads the export's last second: still once
            auto again = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
            QVERIFY(again.ok());
            QVERIFY2(again->ok(), qPrintable(again->summary));
            const StreamReport* comments = streamReport(*again, QStringLiteral("comments"));
            QVERIFY(comments != nullptr);
            QVERIFY2(comments->fetched < commentsBefore / 2,
                     qPrintable(QStringLiteral("fetched %1 of %2").arg(comments->fetched).arg(commentsBefore)));

            const CommentFigures f = commentFigures(cache);
            QCOMPARE(f.comments, commentsBefore + 2); // the note, and the new ticket's first comment
            QCOMPARE(f.linked, f.comments);
            QCOMPARE(f.onTimeline, f.comments);
            const QString events = QStringLiteral("SELECT count(*) FROM timeline_event WHERE party_id = ? AND ");
            QCOMPARE(scalar(cache,
                            events + QStringLiteral("kind = 'ticket_comment' AND summary = ? AND title LIKE "
                                                    "'%(internal)'"),
                            {party, note}),
                     1);
            QCOMPARE(scalar(cache, events + QStringLiteral("kind = 'ticket' AND title LIKE ?"),
                            {party, QString(QStringLiteral("%: ") + subject)}),
                     1);
            QCOMPARE(scalar(cache,
                            QStringLiteral("SELECT count(*) FROM timeline_event WHERE summary = ? OR title LIKE ?"),
                            {note, QString(QStringLiteral("%: ") + subject)}),
                     2);
        }
        // Synced: one entry, the Zendesk comment, marked as written by you; our copy is not shown twice.
        TimelineModel model(cache.db());
        model.setParty(party);
        model.setLocalEvents({own});
        const QStringList shown = shownNote(model);
        QCOMPARE(shown, QStringList{QStringLiteral("zendesk|Written by you · ") + note});
        QCOMPARE(model.localCount(), 0);
        qInfo().noquote() << "zendesk writes read back: note 1/1, ticket 1/1, comments" << commentsBefore << "->"
                          << commentsBefore + 2 << "; the note shown once, as" << resultRef;
    }

    // A cancel accepted by the shopify flavor shows in its order list (cancelled_at, voided): the next
    // sync brings the order once, cancelled, on the same customer.
    void cancelledOrderComesBack() {
        BackendProcess::Options shop = flavorOptions(QStringLiteral("shopify"));
        shop.seed = 8; // a world with unfulfilled orders (they can be cancelled)
        BackendProcess backend(shop);
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 25;
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok());
        QVERIFY2(first->ok(), qPrintable(first->summary));
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sr.id, json_extract(sr.payload, '$.order_number'), pl.party_id FROM source_record sr "
            "JOIN party_link pl ON pl.record_id = sr.id WHERE sr.stream = 'orders' AND json_extract(sr.payload, "
            "'$.financial_status') = 'paid' AND json_extract(sr.payload, '$.fulfillment_status') IS NULL "
            "ORDER BY sr.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 record = q.value(0).toLongLong();
        const QString number = q.value(1).toString();
        const qint64 party = q.value(2).toLongLong();
        const QString customer = QStringLiteral("party:%1").arg(party);
        q.finish();

        QTemporaryDir dir;
        auto outbox = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("cancel"));
        QVERIFY(outbox.ok());
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        QVERIFY(outbox
                    ->enqueue(QStringLiteral("order_cancel"), customer, party,
                              payload({{QStringLiteral("order_number"), number}}, customer))
                    .ok());
        pushAll(*outbox, *target);
        if (QTest::currentTestFailed()) {
            return;
        }

        auto again = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(again.ok());
        QVERIFY2(again->ok(), qPrintable(again->summary));
        QVERIFY(streamReport(*again, QStringLiteral("orders"))->fetched >= 1);
        QCOMPARE(scalar(cache,
                        QStringLiteral("SELECT count(*) FROM source_record WHERE stream = 'orders' AND id = ? AND "
                                       "json_extract(payload, '$.cancelled_at') IS NOT NULL"),
                        {record}),
                 1);
        QCOMPARE(scalar(cache, QStringLiteral("SELECT count(*) FROM orders WHERE record_id = ? AND status = 'voided'"),
                        {record}),
                 1);
        QCOMPARE(scalar(cache,
                        QStringLiteral("SELECT count(*) FROM timeline_event WHERE record_id = ? AND kind = 'order' "
                                       "AND party_id = ?"),
                        {record, party}),
                 1);
        qInfo().noquote() << "shopify writes read back: order" << number << "cancelled 1/1";
    }

    // Refunds accepted by the stripe flavor show on the charge (amount_refunded; refunded once all is
    // back): the next full read brings the charge once, refunded, on the same customer.
    void refundComesBack() {
        BackendProcess backend(flavorOptions(QStringLiteral("stripe")));
        QVERIFY(backend.start().ok());
        TempCache cache;
        SyncOptions options;
        options.pageSize = 50;
        auto first = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(first.ok());
        QVERIFY2(first->ok(), qPrintable(first->summary));
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sr.id, json_extract(sr.payload, '$.metadata.order_number'), pl.party_id, "
            "json_extract(sr.payload, '$.amount') FROM source_record sr JOIN party_link pl ON pl.record_id = sr.id "
            "WHERE sr.stream = 'charges' AND json_extract(sr.payload, '$.refunded') = 0 AND "
            "json_extract(sr.payload, '$.amount') > 500 ORDER BY sr.id LIMIT 2")));
        QList<std::tuple<qint64, QString, qint64, qint64>> charges;
        while (q.next()) {
            charges.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
        }
        q.finish();
        QCOMPARE(charges.size(), 2);
        QTemporaryDir dir;
        auto outbox = OutboxStore::open(dir.filePath(QStringLiteral("outbox.db")), QStringLiteral("refund"));
        QVERIFY(outbox.ok());
        auto target = vendorTarget(backend);
        QVERIFY(target.ok());
        const auto& [fullRecord, fullNumber, fullParty, fullAmount] = charges.at(0);
        const auto& [partRecord, partNumber, partParty, partAmount] = charges.at(1);
        const QString fullKey = QStringLiteral("party:%1").arg(fullParty);
        const QString partKey = QStringLiteral("party:%1").arg(partParty);
        QVERIFY(outbox
                    ->enqueue(QStringLiteral("refund"), fullKey, fullParty,
                              payload({{QStringLiteral("order_number"), fullNumber}}, fullKey))
                    .ok());
        QVERIFY(outbox
                    ->enqueue(QStringLiteral("refund"), partKey, partParty,
                              payload({{QStringLiteral("order_number"), partNumber},
                                       {QStringLiteral("amount"), QStringLiteral("1.50")}},
                                      partKey))
                    .ok());
        pushAll(*outbox, *target);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto again = SyncEngine(cache.db()).runFile(backend.sourcesFile(), options);
        QVERIFY(again.ok());
        QVERIFY2(again->ok(), qPrintable(again->summary));
        const QString charge = QStringLiteral("SELECT %1 FROM source_record WHERE id = ?");
        QCOMPARE(scalar(cache, charge.arg(QStringLiteral("json_extract(payload, '$.amount_refunded')")), {fullRecord}),
                 fullAmount);
        QCOMPARE(scalar(cache, charge.arg(QStringLiteral("json_extract(payload, '$.amount_refunded')")), {partRecord}),
                 150);
        QCOMPARE(scalar(cache,
                        QStringLiteral("SELECT count(*) FROM orders WHERE record_id = ? AND status = 'refunded'"),
                        {fullRecord}),
                 1);
        QCOMPARE(scalar(cache, QStringLiteral("SELECT count(*) FROM orders WHERE record_id = ? AND status = 'paid'"),
                        {partRecord}),
                 1);
        for (const auto& [record, party] : {std::pair{fullRecord, fullParty}, std::pair{partRecord, partParty}}) {
            QCOMPARE(scalar(cache,
                            QStringLiteral("SELECT count(*) FROM timeline_event WHERE record_id = ? AND kind = 'order' "
                                           "AND party_id = ?"),
                            {record, party}),
                     1);
        }
        qInfo().noquote() << "stripe writes read back: full refund of" << fullNumber << "1/1, partial refund of"
                          << partNumber << "1/1";
    }
};

QTEST_GUILESS_MAIN(TestVendorComments)
#include "TestVendorComments.moc"

#pragma once

#include "sync/HttpClient.h"
#include "sync/OutboxStore.h"
#include "sync/WriteActions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <chrono>
#include <optional>

namespace c360::sync {

// What became of one attempt at a write.
struct WriteOutcome {
    enum class Kind {
        Applied,        // the vendor took it now
        AlreadyApplied, // an earlier attempt had (its answer was lost): nothing sent again
        Rejected,       // refused for good (4xx, no credential, nothing to act on): `message` says why
        Transient,      // try again later (5xx, 408, 429, transport)
        Offline,        // nobody listens at the source's address
        Cancelled,
        Conflict, // the record changed on the server since the agent saw it: nothing applied
    };
    Kind kind = Kind::Transient;
    int status = 0;
    QString message;
    std::optional<std::chrono::milliseconds> retryAfter; // 429/503 Retry-After as sent
    QString remoteId;                                    // the vendor's id of what was written, when known
    QString resultId; // the id of the record the write created in the action's result stream, when answered
    // Conflict: the server's version, {"version", "fields": {name: value}, "source", "checked_at", "method"}
    // (only the fields the action names, never the whole record).
    QByteArray serverVersion;
};

// Carries out one outbox item through one source's write action: authenticates with the source's
// own credential (bearer, API key in a header or the query, basic, OAuth2 client credentials),
// runs the lookups, asks the idempotency check, then sends the request. Blocking; one per thread.
class WriteExecutor {
    Q_DECLARE_TR_FUNCTIONS(c360::sync::WriteExecutor)

public:
    explicit WriteExecutor(HttpClient& http);

    WriteOutcome run(const WriteSource& source, const WriteAction& action, const OutboxItem& item,
                     const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The variables an item offers its action's templates (payload fields, key, kind, customer,
    // email/phone from the customer key, now).
    static WriteVariables variables(const OutboxItem& item, const QDateTime& now);
    // The vendor's own words for a refusal ({"message"}, {"error":{"message"}}, {"errors":…},
    // Salesforce's [{"message"}], Zendesk's {"description"}), else the start of the body.
    static QString vendorMessage(const QByteArray& body);

private:
    struct Sent {
        std::optional<HttpResponse> response;
        WriteOutcome failure;       // when !response, or when the status is not 2xx
        bool templateError = false; // a variable the request needs is missing: nothing was sent
    };
    Sent send(const WriteSource& source, const WriteRequest& request, const WriteVariables& vars,
              const HttpHeaders& extraHeaders, bool fresh = false);
    Sent sendOnce(const WriteSource& source, const HttpRequest& request, bool newToken);
    Result<HttpHeaders> authHeaders(const WriteSource& source, bool newToken);
    // Conflict handling (action.conflict, item with a base_version): reads the record now; nullopt and
    // `failure` set when it could not be read.
    std::optional<nlohmann::json> readRecord(const WriteSource& source, const ConflictCheck& check,
                                             const WriteVariables& vars, WriteOutcome& failure);
    // The record is `record`, the item was based on `base`: Conflict, or AlreadyApplied when the record
    // holds the item's changes already (an earlier attempt whose answer was lost).
    static WriteOutcome conflictWith(const WriteSource& source, const ConflictCheck& check, const OutboxItem& item,
                                     const nlohmann::json& record, int status);
    Status fetchToken(const WriteSource& source);

    struct Token {
        QString value;
        QDateTime expiry;
    };
    HttpClient& m_http;
    QHash<QString, Token> m_tokens; // per source name; never logged
};

} // namespace c360::sync

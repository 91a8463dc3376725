#pragma once

#include "models/CanonicalRecord.h"
#include "models/Normalize.h"

#include <QList>
#include <QString>

namespace c360 {

// What the cache derives from one canonical record, without touching the database:
// its identity/lookup keys and its timeline events.

namespace keykinds {
inline const QString Email = QStringLiteral("email");          // linking
inline const QString Phone = QStringLiteral("phone");          // linking, E.164
inline const QString WeChat = QStringLiteral("wechat");        // linking, openid
inline const QString Order = QStringLiteral("order");          // lookup only: order number
inline const QString Ticket = QStringLiteral("ticket");        // lookup only: ticket number without '#'
inline const QString SourceId = QStringLiteral("source_id");   // searched in source_record; no key (cache v21)
inline const QString Name = QStringLiteral("name");            // lookup only: a name as written
inline const QString BirthDate = QStringLiteral("birth_date"); // evidence only: YYYY-MM-DD
inline const QString Address = QStringLiteral("address");      // evidence only: Normalizer::addressKey
// Evidence only: the national digits of a number no region finds valid (Normalizer::phoneDigits); links
// records whose names agree, never by itself.
inline const QString PhoneDigits = QStringLiteral("phone_digits");
} // namespace keykinds

struct IdentityKey {
    QString kind;
    QString value;
    bool linking = false;
    friend bool operator==(const IdentityKey&, const IdentityKey&) = default;
};

struct NewEvent {
    qint64 occurredMs = 0;
    QString kind;
    QString title;
    QString summary;
    bool system = false;
};

// Keys of a live record, de-duplicated, linking keys first (email, phone, wechat). A phone number that
// reads two ways (no country code, valid in two regions) gives each reading as a non-linking phone key:
// a candidate that full resolution links only where another record confirms it.
QList<IdentityKey> identityKeys(const CanonicalRecord& record, const Normalizer& normalizer);

// The record's name as written (name, else "first last").
QString recordName(const CanonicalRecord& record);

// "a · b": the parts that are not blank, trimmed, joined by `sep`.
QString joinNonEmpty(const QStringList& parts, const QString& sep = QStringLiteral(" · "));
// The text with its whitespace simplified, cut to `max` characters with "…".
QString shorten(const QString& s, int max = 200);

// "#40001" / " 40001 " -> "40001".
QString bareNumber(const QString& raw);

// Timeline events of a live record (see docs/architecture.md and models/EventKinds.h).
QList<NewEvent> timelineEvents(const CanonicalRecord& record);

} // namespace c360

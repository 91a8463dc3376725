#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace c360 {

// Where phone numbers without a country code are assumed to be, in order: the record's
// own country (when the source tells it), then defaultRegion, then each fallback region.
// The first region under which libphonenumber calls the number valid wins.
struct IdentityConfig {
    QString defaultRegion = QStringLiteral("CN");
    QStringList fallbackRegions = {QStringLiteral("US")};
    // The region the source is configured for (`c360 import --region`, a source's "default_region"):
    // a number without a country code that is valid there is read there, whatever else it could be.
    QString sourceRegion = {};
};

// How a phone number was read. One number: the reading is decided (a country code, the record's
// country, the number's shape or the source's region decided it). Several: every region tried finds
// it valid ("212 754 3758" is New York and a Shanghai landline); these are candidate keys that link
// only where another record confirms one of them. None: not a phone number (empty, a placeholder
// such as "anonymous" or "0000000000", impossible).
struct PhoneReading {
    QStringList numbers; // E.164, the decided one or the candidates (default region's first)
    bool decided() const { return numbers.size() == 1; }
    bool isEmpty() const { return numbers.isEmpty(); }
};

// Normalization of identity data. Stateless apart from the config; thread-safe.
class Normalizer {
public:
    explicit Normalizer(IdentityConfig config = {});

    // "+86 138-0013-8000", "13800138000", "0086 13800138000" -> "+8613800138000".
    // Returns nullopt for empty, impossible or invalid numbers.
    std::optional<QString> phoneE164(const QString& raw, const QString& regionHint = {}) const;
    // Every valid reading of a number typed without a country code, one per configured region
    // (default first): "(415) 555-0100" is a Chinese landline under CN and a US number under US.
    // Search looks for all of them; identity linking uses phoneE164 only.
    QStringList phoneCandidates(const QString& raw) const;
    // The phone keys a number typed into search can be: every reading phoneCandidates gives, found without
    // libphonenumber where the typed shape decides the E.164 string (a North American or Chinese number under the
    // regions US, CA and CN), and possibly a reading libphonenumber would call invalid, which no phone key in the
    // cache is. Other shapes and regions: phoneCandidates. libphonenumber costs ~0.1 ms per region tried, most of a
    // search by phone on a big cache.
    QStringList phoneSearchKeys(const QString& raw) const;
    // The reading of a number for identity keys: `country` is the record's own country (ISO code).
    // Extensions ("646.555.0100 ext. 12", "x204") are dropped; placeholders read as nothing.
    PhoneReading phoneReading(const QString& raw, const QString& country = {}) const;
    // The digits of a number as dialled within its country, for a number that reads as no valid number
    // ("0755 852 1088": a 7-digit subscriber number under a 4-digit area code): the trunk '0' or the
    // country code dropped, so "0755-8521088" and "+86 755 852 1088" give "7558521088". Empty for
    // placeholders, letters and fewer than 7 digits. Weak evidence: the caller decides it is invalid.
    static QString phoneDigits(const QString& raw);
    // "anonymous", "Restricted", "0000000000", "PRIVATE", "+1 000 000 0000": a caller id that is no number.
    static bool isPlaceholderPhone(const QString& raw);
    // A region libphonenumber knows ("US", "CN"; upper case).
    static bool isKnownRegion(const QString& region);
    // A birth date as YYYY-MM-DD from ISO (with or without time), YYYY/MM/DD, YYYYMMDD, MM/DD/YYYY
    // (US order) or 1985年3月14日; nullopt when it is none of these or not a real date.
    static std::optional<QString> birthDate(const QString& raw);
    // An address folded for comparison: NFKC, case folded, punctuation dropped, common street words
    // abbreviated ("12 Maple Avenue, Austin" == "12 maple ave austin").
    static QString addressKey(const QString& raw);
    // " ZW@Example.COM " -> "zw@example.com"; nullopt when it is not an address.
    static std::optional<QString> email(const QString& raw);
    // NFKC, trimmed, inner whitespace folded to one space, case folded (for comparisons/search).
    static QString nameKey(const QString& raw);
    // "+8613800138000" -> "13800138000" (the national significant number, digits only), for search.
    static QString nationalDigits(const QString& e164);
    // The E.164 form of `dial` (a canonical dial string: digits, '+' first when it carries its country code) when
    // libphonenumber finds it a valid number read in `region` ("ZZ": by its country code). What readings are made of.
    static std::optional<QString> validIn(const QString& dial, const QString& region);

    const IdentityConfig& config() const { return m_config; }

private:
    std::optional<QString> parsePhone(const QString& raw, const QString& regionHint) const;
    PhoneReading readPhone(const QString& raw, const QString& country) const;
    struct PhoneMemo;
    IdentityConfig m_config;
    // Results of phoneE164 by (raw, hint) and of phoneReading by (raw, country): a sync sees the same few numbers again
    // and again (one customer can have 50,000 events), and libphonenumber parses with ICU regular expressions. Shared
    // by copies, guarded by a mutex, bounded.
    std::shared_ptr<PhoneMemo> m_memo;
};

} // namespace c360

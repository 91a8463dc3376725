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
    // " ZW@Example.COM " -> "zw@example.com"; nullopt when it is not an address.
    static std::optional<QString> email(const QString& raw);
    // NFKC, trimmed, inner whitespace folded to one space, case folded (for comparisons/search).
    static QString nameKey(const QString& raw);
    // "+8613800138000" -> "13800138000" (the national significant number, digits only), for search.
    static QString nationalDigits(const QString& e164);

    const IdentityConfig& config() const { return m_config; }

private:
    std::optional<QString> parsePhone(const QString& raw, const QString& regionHint) const;
    struct PhoneMemo;
    IdentityConfig m_config;
    // Results of phoneE164 by (raw, hint): a sync sees the same few numbers again and again (one customer
    // can have 50,000 events), and libphonenumber parses with ICU regular expressions. Shared by copies,
    // guarded by a mutex, bounded.
    std::shared_ptr<PhoneMemo> m_memo;
};

} // namespace c360

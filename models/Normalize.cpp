#include "models/Normalize.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <string>
#include <utility>

namespace c360 {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// "646.555.0100 ext. 12", "(212) 754-3758 x204", "+1 212 754 3758;ext=12" -> the number without
// its extension (an extension reaches a desk behind the line: the line is the identity key).
QString withoutExtension(const QString& raw) {
    static const QRegularExpression ext(QStringLiteral("(?:[\\s,;]*(?:ext\\.?|extension|x|#|;ext=)\\s*\\d{1,7})\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Plain ASCII digits and punctuation ("(415) 555-0100"): nothing to fold and no extension marker (search reads
    // every number typed).
    if (std::all_of(raw.cbegin(), raw.cend(), [](QChar c) {
            return c.unicode() < 0x80 && !(c.isLetter() || c == u'#' || c == u';' || c == u',');
        })) {
        return raw;
    }
    QString s = raw.normalized(QString::NormalizationForm_KC);
    const auto m = ext.match(s);
    if (m.hasMatch() && m.capturedStart() > 0) {
        s.truncate(m.capturedStart());
    }
    return s;
}

// Digits and a leading '+' only; a leading "00" is the international prefix used across most
// of the world (and in CN), so it becomes '+'.
QString canonicalDialString(const QString& input) {
    const QString raw = withoutExtension(input);
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isDigit()) {
            out.append(QChar(u'0' + c.digitValue())); // also folds full-width digits
        } else if (c == u'+' && out.isEmpty()) {
            out.append(c);
        } else if (c.isLetter()) {
            return {}; // "ext", vanity letters and garbage are not identity keys
        }
    }
    if (out.startsWith(QStringLiteral("00"))) {
        out = QLatin1Char('+') + out.mid(2);
    }
    return out;
}
} // namespace

// A bounded memo that keeps what was used lately: two generations of at most `capacity` entries each. When the
// newer one is full it becomes the older one (the older one is dropped); an entry found in the older one moves to
// the newer. Cleared outright when full instead, a memo of 50,000 numbers forgot all of them twice in a stream of
// 100,000 customers, and a customer's number came back (its orders, its tickets) after it was gone. The caller locks.
template <typename V> class RecentMemo {
public:
    explicit RecentMemo(qsizetype capacity)
        : m_capacity(capacity) {}
    const V* find(const QString& key) {
        if (const auto it = m_newer.constFind(key); it != m_newer.constEnd()) {
            return &*it;
        }
        const auto old = m_older.constFind(key);
        if (old == m_older.constEnd()) {
            return nullptr;
        }
        const V value = *old; // insert() may drop the older generation
        return &*insert(key, value);
    }
    typename QHash<QString, V>::const_iterator insert(const QString& key, const V& value) {
        if (m_newer.size() >= m_capacity) {
            m_older = std::exchange(m_newer, {});
        }
        return m_newer.insert(key, value);
    }

private:
    qsizetype m_capacity;
    QHash<QString, V> m_newer, m_older;
};

struct Normalizer::PhoneMemo {
    static constexpr qsizetype capacity = 50000; // per generation (RecentMemo)
    QMutex mutex;
    RecentMemo<std::optional<QString>> results{capacity};
    RecentMemo<PhoneReading> readings{capacity};
};

namespace {
// validIn by (dial string, region): what libphonenumber makes of a number does not depend on a source's settings, so
// one memo serves every normalizer of the process (a sync's streams each have their own; a customer's number comes
// again in the next stream, with their orders, tickets and calls).
struct ParsedMemo {
    QMutex mutex;
    RecentMemo<std::optional<QString>> parsed{65536};
};
ParsedMemo& parsedMemo() {
    static ParsedMemo memo;
    return memo;
}
} // namespace

Normalizer::Normalizer(IdentityConfig config)
    : m_config(std::move(config))
    , m_memo(std::make_shared<PhoneMemo>()) {}

std::optional<QString> Normalizer::phoneE164(const QString& raw, const QString& regionHint) const {
    if (raw.isEmpty() || isPlaceholderPhone(raw)) {
        return std::nullopt;
    }
    const QString memoKey = raw % QChar(u'\x1f') % regionHint;
    {
        QMutexLocker lock(&m_memo->mutex);
        if (const auto* known = m_memo->results.find(memoKey)) {
            return *known;
        }
    }
    std::optional<QString> result = parsePhone(raw, regionHint);
    QMutexLocker lock(&m_memo->mutex);
    m_memo->results.insert(memoKey, result);
    return result;
}

QStringList Normalizer::phoneCandidates(const QString& raw) const {
    QStringList out;
    QStringList regions{m_config.defaultRegion};
    regions << m_config.fallbackRegions;
    for (const QString& region : std::as_const(regions)) {
        if (const auto e164 = phoneE164(raw, region); e164 && !out.contains(*e164)) {
            out << *e164;
        }
    }
    return out;
}

namespace {
bool allDigits(QStringView s) {
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Whether libphonenumber calls the national number `nsn` of country `code` valid: the digits are known, so the
// parse (most of libphonenumber's cost) is skipped.
bool validNational(int code, QStringView nsn) {
    if (nsn.isEmpty() || nsn.size() > 17 || nsn.at(0) == u'0') {
        return false;
    }
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(nsn.toULongLong());
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

// The national number `n` (digits typed without '+') reads as under the North American plan: ten digits, the first
// 2-9, after the only prefixes the plan strips (the country code '1', then the trunk '1'). Empty: no valid reading.
// nullopt:
// "011", the international prefix, which libphonenumber must read.
std::optional<QString> nanpNational(const QString& n) {
    if (n.startsWith(QLatin1String("011"))) {
        return std::nullopt;
    }
    if (n.size() == 10 && n.at(0) >= u'2') {
        return n;
    }
    if (n.size() == 11 && n.at(0) == u'1' && n.at(1) >= u'2') {
        return n.mid(1);
    }
    if (n.size() == 12 && n.startsWith(QLatin1String("11")) && n.at(2) >= u'2') {
        return n.mid(2); // the country code and the trunk '1'
    }
    return QString();
}

// The same under the Chinese plan, whose parsing strips the trunk '0' or a carrier code (1[12]xxx, 179xx) before
// the national number. Mobiles (1[3-9], eleven digits) and numbers starting 2-9 of 9 to 11 digits are their own
// national number and are looked up without asking whether they are valid; a trunk '0' before an area code is
// dropped. Other shapes are decided with libphonenumber's validity test on the national number, without its parse:
// a valid stripped number is what the parse gives. nullopt (libphonenumber parses): "86..." may carry the country
// code, "1[12]xxx00" and "179xx00" are international prefixes, and a valid number whose stripped form is not.
std::optional<QString> chinaNational(const QString& n) {
    const auto startsCarrier = [](const QString& d) {
        return d.size() >= 5 && d.at(0) == u'1' &&
               (d.at(1) == u'1' || d.at(1) == u'2' || (d.at(1) == u'7' && d.at(2) == u'9'));
    };
    if (n.startsWith(QLatin1String("86")) || (startsCarrier(n) && n.mid(5).startsWith(QLatin1String("00")))) {
        return std::nullopt;
    }
    if (n.size() >= 9 && n.size() <= 11 && n.at(0) >= u'2') {
        return n;
    }
    if (n.size() == 11 && n.at(0) == u'1' && n.at(1) >= u'3' && !startsCarrier(n)) {
        return n;
    }
    if (n.size() >= 10 && n.size() <= 12 && n.at(0) == u'0' && n.at(1) != u'0') {
        return n.mid(1);
    }
    const qsizetype strip = n.startsWith(u'0') ? 1 : (startsCarrier(n) ? 5 : 0);
    if (strip == 0) {
        return validNational(86, n) ? n : QString();
    }
    const QString rest = n.mid(strip);
    if (validNational(86, rest)) {
        return rest;
    }
    if (validNational(86, n)) {
        return std::nullopt; // kept or stripped, as the plan's patterns decide
    }
    return QString();
}

// The country code and national number libphonenumber's parse of `dial` (a canonical dial string) in `region` keeps,
// for the shapes whose reading the North American and the Chinese plans leave no doubt about (nanpNational() and
// chinaNational() read more shapes, for search, where a reading too many does no harm): "+1" and ten digits 2-9...,
// or those ten digits in US or CA, with the trunk '1' or not; "+86" and a mobile (1[3-9], eleven digits, no carrier
// code) or a number of 9 to 11 digits starting 2-9, or those in CN, or in CN after the trunk '0' before an area code.
// nullopt: another shape, which the parse must read.
std::optional<std::pair<int, QString>> planNational(const QString& dial, const QString& region) {
    const bool international = dial.startsWith(u'+');
    const QString digits = international ? dial.mid(1) : dial;
    if (digits.isEmpty() || !allDigits(digits)) {
        return std::nullopt;
    }
    const auto nanpTen = [](QStringView n) { return n.size() == 10 && n.at(0) >= u'2'; };
    const auto china = [](QStringView n) {
        const bool carrier = n.size() >= 5 && n.at(0) == u'1' &&
                             (n.at(1) == u'1' || n.at(1) == u'2' || (n.at(1) == u'7' && n.at(2) == u'9'));
        return (n.size() >= 9 && n.size() <= 11 && n.at(0) >= u'2') ||
               (n.size() == 11 && n.at(0) == u'1' && n.at(1) >= u'3' && !carrier);
    };
    if (international) {
        if (digits.startsWith(u'1') && nanpTen(QStringView(digits).mid(1))) {
            return std::pair{1, digits.mid(1)};
        }
        if (digits.startsWith(QLatin1String("86")) && china(QStringView(digits).mid(2))) {
            return std::pair{86, digits.mid(2)};
        }
        return std::nullopt;
    }
    if (region == QLatin1String("US") || region == QLatin1String("CA")) {
        if (nanpTen(digits)) {
            return std::pair{1, digits};
        }
        if (digits.startsWith(u'1') && nanpTen(QStringView(digits).mid(1))) {
            return std::pair{1, digits.mid(1)};
        }
    } else if (region == QLatin1String("CN") && !digits.startsWith(QLatin1String("86"))) {
        if (china(digits)) {
            return std::pair{86, digits};
        }
        if (digits.size() >= 10 && digits.size() <= 12 && digits.at(0) == u'0' && digits.at(1) != u'0' &&
            china(QStringView(digits).mid(1))) {
            return std::pair{86, digits.mid(1)};
        }
    }
    return std::nullopt;
}

} // namespace

QStringList Normalizer::phoneSearchKeys(const QString& raw) const {
    if (raw.isEmpty() || isPlaceholderPhone(raw)) {
        return {};
    }
    const QString dial = canonicalDialString(raw);
    if (dial.isEmpty()) {
        return {};
    }
    const bool international = dial.startsWith(u'+');
    const QString digits = international ? dial.mid(1) : dial;
    if (!allDigits(digits)) {
        return phoneCandidates(raw);
    }
    QStringList out;
    const auto add = [&out](const QString& e164) {
        if (!out.contains(e164)) {
            out << e164;
        }
    };
    if (international) {
        if (digits.startsWith(u'1')) {
            const auto national = nanpNational(digits.mid(1));
            if (!national || national->isEmpty() || digits.size() != 11) {
                return phoneCandidates(raw);
            }
            add(QLatin1String("+1") + *national);
        } else if (digits.startsWith(QLatin1String("86")) && digits.size() > 2 && digits.at(2) != u'0') {
            const auto national = chinaNational(digits.mid(2));
            if (!national) {
                return phoneCandidates(raw);
            }
            add(QLatin1String("+86") + *national);
        } else {
            return phoneCandidates(raw);
        }
        return out;
    }
    QStringList regions{m_config.defaultRegion};
    regions << m_config.fallbackRegions;
    for (QString& r : regions) {
        r = r.trimmed().toUpper();
    }
    for (const QString& region : std::as_const(regions)) {
        std::optional<QString> national;
        QLatin1String code;
        if (region == QLatin1String("US") || region == QLatin1String("CA")) {
            national = nanpNational(digits);
            code = QLatin1String("+1");
        } else if (region == QLatin1String("CN")) {
            national = chinaNational(digits);
            code = QLatin1String("+86");
        }
        if (!national) {
            return phoneCandidates(raw); // a region or a shape only libphonenumber decides
        }
        if (!national->isEmpty()) {
            add(code + *national);
        }
    }
    return out;
}

std::optional<QString> Normalizer::parsePhone(const QString& raw, const QString& regionHint) const {
    const QString dial = canonicalDialString(raw);
    const qsizetype digits = dial.startsWith(u'+') ? dial.size() - 1 : dial.size();
    if (digits < 5 || digits > 17) {
        return std::nullopt;
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const std::string number = dial.toStdString();

    QStringList regions;
    if (dial.startsWith(u'+')) {
        regions << QStringLiteral("ZZ"); // the number carries its country code
    } else {
        for (const QString& r :
             QStringList{regionHint} + QStringList{m_config.defaultRegion} + m_config.fallbackRegions) {
            const QString region = r.trimmed().toUpper();
            if (region.size() == 2 && !regions.contains(region)) {
                regions << region;
            }
        }
    }
    for (const QString& region : std::as_const(regions)) {
        PhoneNumber parsed;
        if (util->Parse(number, region.toStdString(), &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
            continue;
        }
        if (!util->IsValidNumber(parsed)) {
            continue;
        }
        std::string e164;
        util->Format(parsed, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    return std::nullopt;
}

std::optional<QString> Normalizer::validIn(const QString& dial, const QString& region) {
    // By the canonical dial string: the same number written in different ways parses once.
    const QString memoKey = dial % QChar(u'\x1f') % region;
    ParsedMemo& memo = parsedMemo();
    {
        QMutexLocker lock(&memo.mutex);
        if (const auto* known = memo.parsed.find(memoKey)) {
            return *known;
        }
    }
    std::optional<QString> result;
    if (const auto known = planNational(dial, region)) {
        // A shape of the North American or the Chinese plan: the national number is the one the parse keeps, and only
        // its validity is asked (the parse was some 60% of the cost of a customer's number in a first sync).
        if (validNational(known->first, known->second)) {
            result = QLatin1Char('+') + QString::number(known->first) + known->second;
        }
    } else {
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        PhoneNumber parsed;
        if (util->Parse(dial.toStdString(), region.toStdString(), &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
            util->IsValidNumber(parsed)) {
            std::string e164;
            util->Format(parsed, PhoneNumberUtil::E164, &e164);
            result = QString::fromStdString(e164);
        }
    }
    QMutexLocker lock(&memo.mutex);
    memo.parsed.insert(memoKey, result);
    return result;
}

bool Normalizer::isKnownRegion(const QString& region) {
    return region.size() == 2 && PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString()) != 0;
}

bool Normalizer::isPlaceholderPhone(const QString& raw) {
    const bool ascii = std::all_of(raw.cbegin(), raw.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString s = (ascii ? raw : raw.normalized(QString::NormalizationForm_KC)).trimmed().toCaseFolded();
    static const QStringList words{QStringLiteral("anonymous"),   QStringLiteral("restricted"),
                                   QStringLiteral("private"),     QStringLiteral("unknown"),
                                   QStringLiteral("unavailable"), QStringLiteral("withheld"),
                                   QStringLiteral("blocked"),     QStringLiteral("no caller id"),
                                   QStringLiteral("n/a"),         QStringLiteral("none")};
    if (words.contains(s)) {
        return true;
    }
    QString digits;
    for (const QChar c : s) {
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        }
    }
    if (digits.isEmpty()) {
        return false;
    }
    // The subscriber part all one digit ("0000000000", "+1 000 000 0000", "999-9999") or a keyboard run.
    const QString tail = digits.right(7);
    return tail.count(tail.at(0)) == tail.size() || digits.endsWith(QLatin1String("1234567890")) ||
           digits.endsWith(QLatin1String("0123456789"));
}

QString Normalizer::phoneDigits(const QString& raw) {
    if (raw.trimmed().isEmpty() || isPlaceholderPhone(raw)) {
        return {};
    }
    const QString dial = canonicalDialString(raw);
    QString national;
    if (dial.startsWith(u'+')) {
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        PhoneNumber parsed;
        if (util->Parse(dial.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
            return {};
        }
        std::string nsn;
        util->GetNationalSignificantNumber(parsed, &nsn);
        national = QString::fromStdString(nsn);
    } else {
        national = dial.startsWith(u'0') ? dial.mid(1) : dial; // the trunk prefix
    }
    if (national.size() < 7 || national.size() > 15 || isPlaceholderPhone(national)) {
        return {};
    }
    return national;
}

PhoneReading Normalizer::phoneReading(const QString& raw, const QString& country) const {
    if (raw.isEmpty()) {
        return {};
    }
    const QString memoKey = raw % QChar(u'\x1f') % country;
    {
        QMutexLocker lock(&m_memo->mutex);
        if (const auto* known = m_memo->readings.find(memoKey)) {
            return *known;
        }
    }
    PhoneReading result = readPhone(raw, country);
    QMutexLocker lock(&m_memo->mutex);
    m_memo->readings.insert(memoKey, result);
    return result;
}

PhoneReading Normalizer::readPhone(const QString& raw, const QString& country) const {
    PhoneReading out;
    if (raw.trimmed().isEmpty() || isPlaceholderPhone(raw)) {
        return out;
    }
    const QString dial = canonicalDialString(raw);
    const QString digits = dial.startsWith(u'+') ? dial.mid(1) : dial;
    if (digits.size() < 5 || digits.size() > 17) {
        return out;
    }
    const auto decided = [&out](const std::optional<QString>& e164) {
        if (e164) {
            out.numbers = {*e164};
        }
        return out;
    };
    if (dial.startsWith(u'+')) { // the number carries its country code
        return decided(validIn(dial, QStringLiteral("ZZ")));
    }
    // 1. The record's own country.
    const QString own = country.trimmed().toUpper();
    if (own.size() == 2) {
        if (const auto e = validIn(dial, own)) {
            return decided(e);
        }
    }
    // 2. The number's shape. 11 digits 1[3-9]... are Chinese mobiles unless written in NANP groups
    // ("1-312-754-3758", "1 (312) 754 3758"); a leading 0 is a trunk prefix, never a NANP number.
    static const QRegularExpression nanpGroups(
        QStringLiteral("^\\s*\\+?1[\\s.-]*\\(?\\d{3}\\)?[\\s.-]*\\d{3}[\\s.-]*\\d{4}\\s*$"));
    static const QRegularExpression cnMobile(QStringLiteral("^1[3-9]\\d{9}$"));
    const QString plain = withoutExtension(raw);
    if (cnMobile.match(digits).hasMatch()) {
        const bool nanp = plain.contains(QRegularExpression(QStringLiteral("[\\s.()-]"))) &&
                          nanpGroups.match(plain).hasMatch() &&
                          !QRegularExpression(QStringLiteral("^\\s*1\\d{2}[\\s.-]*\\d{4}[\\s.-]*\\d{4}\\s*$"))
                               .match(plain)
                               .hasMatch();
        if (const auto e = validIn(dial, nanp ? QStringLiteral("US") : QStringLiteral("CN"))) {
            return decided(e);
        }
    } else if (digits.size() == 11 && digits.startsWith(u'1')) { // NANP with its trunk 1
        if (const auto e = validIn(dial, QStringLiteral("US"))) {
            return decided(e);
        }
    }
    // 3. The source's configured region.
    const QString source = m_config.sourceRegion.trimmed().toUpper();
    if (source.size() == 2) {
        if (const auto e = validIn(dial, source)) {
            return decided(e);
        }
    }
    // 4. Every configured region that finds it valid: one decides, several are candidates.
    QStringList regions{m_config.defaultRegion};
    regions << m_config.fallbackRegions;
    static const QStringList nanpRegions{QStringLiteral("US"), QStringLiteral("CA")};
    for (const QString& r : std::as_const(regions)) {
        const QString region = r.trimmed().toUpper();
        if (region.size() != 2 || (digits.startsWith(u'0') && nanpRegions.contains(region))) {
            continue;
        }
        if (const auto e = validIn(dial, region); e && !out.numbers.contains(*e)) {
            out.numbers << *e;
        }
    }
    return out;
}

std::optional<QString> Normalizer::birthDate(const QString& raw) {
    const QString s = raw.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})日?(?:[T ].*)?$"));
    static const QRegularExpression mdy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    int y = 0, m = 0, d = 0;
    if (const auto x = ymd.match(s); x.hasMatch()) {
        y = x.captured(1).toInt();
        m = x.captured(2).toInt();
        d = x.captured(3).toInt();
    } else if (const auto u = mdy.match(s); u.hasMatch()) {
        m = u.captured(1).toInt();
        d = u.captured(2).toInt();
        y = u.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1880) {
        return std::nullopt;
    }
    return date.toString(Qt::ISODate);
}

QString Normalizer::addressKey(const QString& raw) {
    QString s = raw.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar& c : s) {
        if (c.isPunct() || c.isSymbol()) {
            c = u' ';
        }
    }
    static const QHash<QString, QString> words{
        {QStringLiteral("street"), QStringLiteral("st")},     {QStringLiteral("avenue"), QStringLiteral("ave")},
        {QStringLiteral("road"), QStringLiteral("rd")},       {QStringLiteral("drive"), QStringLiteral("dr")},
        {QStringLiteral("lane"), QStringLiteral("ln")},       {QStringLiteral("boulevard"), QStringLiteral("blvd")},
        {QStringLiteral("court"), QStringLiteral("ct")},      {QStringLiteral("place"), QStringLiteral("pl")},
        {QStringLiteral("apartment"), QStringLiteral("apt")}, {QStringLiteral("suite"), QStringLiteral("ste")},
        {QStringLiteral("north"), QStringLiteral("n")},       {QStringLiteral("south"), QStringLiteral("s")},
        {QStringLiteral("east"), QStringLiteral("e")},        {QStringLiteral("west"), QStringLiteral("w")}};
    QStringList parts = s.split(u' ', Qt::SkipEmptyParts);
    for (QString& p : parts) {
        p = words.value(p, p);
    }
    return parts.join(u' ');
}

QString Normalizer::nationalDigits(const QString& e164) {
    // "+1" and ten digits, the first 2-9 (a North American number as E.164 writes it): libphonenumber strips no
    // national prefix ("1") or carrier code from it, so its national significant number is those ten digits. Read
    // without parsing: a first resolution builds the search rows of hundreds of thousands of customers.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1")) && e164.at(2) >= u'2' && e164.at(2) <= u'9' &&
        std::all_of(e164.cbegin() + 2, e164.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return e164.mid(2);
    }
    // Memoized like phoneE164: a sync builds the search row of a customer again each time it changes.
    static QMutex mutex;
    static RecentMemo<QString> memo(PhoneMemo::capacity);
    {
        QMutexLocker lock(&mutex);
        if (const auto* known = memo.find(e164)) {
            return *known;
        }
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    QString digits;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR) {
        std::string national;
        util->GetNationalSignificantNumber(parsed, &national);
        digits = QString::fromStdString(national);
    }
    QMutexLocker lock(&mutex);
    memo.insert(e164, digits);
    return digits;
}

std::optional<QString> Normalizer::email(const QString& raw) {
    // NFKC first: an address typed on a Chinese keyboard may be full-width ("ｌｉｈｕａ＠qq.com").
    const QString e = raw.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || at == e.size() - 1) {
        return std::nullopt;
    }
    for (const QChar c : e) {
        if (c.isSpace() || c == u'<' || c == u'>' || c == u',' || c == u';') {
            return std::nullopt;
        }
    }
    const QString domain = e.mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') ||
        domain.contains(QStringLiteral(".."))) {
        return std::nullopt;
    }
    return e;
}

QString Normalizer::nameKey(const QString& raw) {
    return raw.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

} // namespace c360

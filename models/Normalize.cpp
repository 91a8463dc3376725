#include "models/Normalize.h"

#include <QHash>
#include <QMutex>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace c360 {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Digits and a leading '+' only; a leading "00" is the international prefix used across most
// of the world (and in CN), so it becomes '+'.
QString canonicalDialString(const QString& raw) {
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

struct Normalizer::PhoneMemo {
    static constexpr qsizetype capacity = 50000;
    QMutex mutex;
    QHash<QString, std::optional<QString>> results;
};

Normalizer::Normalizer(IdentityConfig config)
    : m_config(std::move(config))
    , m_memo(std::make_shared<PhoneMemo>()) {}

std::optional<QString> Normalizer::phoneE164(const QString& raw, const QString& regionHint) const {
    if (raw.isEmpty()) {
        return std::nullopt;
    }
    const QString memoKey = raw % QChar(u'\x1f') % regionHint;
    {
        QMutexLocker lock(&m_memo->mutex);
        const auto it = m_memo->results.constFind(memoKey);
        if (it != m_memo->results.constEnd()) {
            return *it;
        }
    }
    std::optional<QString> result = parsePhone(raw, regionHint);
    QMutexLocker lock(&m_memo->mutex);
    if (m_memo->results.size() >= PhoneMemo::capacity) {
        m_memo->results.clear();
    }
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

QString Normalizer::nationalDigits(const QString& e164) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return {};
    }
    std::string national;
    util->GetNationalSignificantNumber(parsed, &national);
    return QString::fromStdString(national);
}

std::optional<QString> Normalizer::email(const QString& raw) {
    const QString e = raw.trimmed().toLower();
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

#include "PersonFactory.h"

#include "tools/backend/Catalog.h"
#include "tools/backend/Time.h"

namespace c360::backend {

namespace {
constexpr qint64 kThreeYearsMs = 3 * 365 * kDayMs;

QString digits(Rng& rng, int count) {
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(QChar(u'0' + static_cast<char16_t>(rng.between(0, 9))));
    }
    return out;
}
} // namespace

Person PersonFactory::make(Rng& rng, bool full) {
    Person p;
    const bool chinese = full || rng.chance(0.6);
    p.country = chinese ? Country::CN : Country::US;
    if (chinese) {
        makeChineseName(p, rng);
    } else {
        makeEnglishName(p, rng);
    }
    std::vector<const City*> cities;
    for (const City& c : Catalog::cities()) {
        if (c.chinese == chinese) {
            cities.push_back(&c);
        }
    }
    const City& city = *rng.pick(cities);
    p.city = city.name;
    static const double kSegmentWeights[] = {0.45, 0.3, 0.18, 0.07};
    double r = rng.unit();
    int segment = 0;
    while (segment < 3 && r >= kSegmentWeights[segment]) {
        r -= kSegmentWeights[segment];
        ++segment;
    }
    p.segment = Catalog::segments().at(segment);
    p.createdMs = m_nowMs - rng.between(30 * kDayMs, kThreeYearsMs);

    const bool hasEmail = full || rng.chance(0.92);
    const bool hasPhone = full || !hasEmail || rng.chance(0.93);
    if (hasEmail) {
        QString base = chinese ? p.latinName.toLower().remove(u' ') : (p.firstName % u'.' % p.lastName).toLower();
        const QStringList& domains = chinese ? Catalog::cnEmailDomains() : Catalog::usEmailDomains();
        p.email = uniqueEmail(base, rng.pick(domains), rng);
    }
    if (hasPhone) {
        if (chinese) {
            p.phoneDigits = uniquePhone(p, rng);
        } else {
            QString area = rng.pick(city.areaCodes);
            p.phoneDigits = area; // uniquePhone appends the rest
            p.phoneDigits = uniquePhone(p, rng);
        }
    }
    if (chinese && (full || rng.chance(0.5))) {
        p.wechatOpenid = uniqueOpenid(rng);
    }
    return p;
}

void PersonFactory::reserve(const Person& p) {
    m_emails.insert(p.email);
    m_phones.insert(p.phoneDigits);
    m_openids.insert(p.wechatOpenid);
}

void PersonFactory::makeChineseName(Person& p, Rng& rng) {
    const double shape = rng.unit();
    NamePart surname;
    NamePart given;
    if (shape < 0.05) { // 欧阳娜娜 / 欧阳娜
        surname = rng.pick(Catalog::compoundSurnames());
        given = rng.chance(0.5) ? rng.pick(Catalog::givenNames2()) : rng.pick(Catalog::givenNames1());
    } else if (shape < 0.5) { // 王伟
        surname = rng.pick(Catalog::surnames());
        given = rng.pick(Catalog::givenNames1());
    } else { // 张家豪
        surname = rng.pick(Catalog::surnames());
        given = rng.pick(Catalog::givenNames2());
    }
    p.lastName = surname.hanzi;
    p.firstName = given.hanzi;
    p.fullName = surname.hanzi % given.hanzi;
    p.latinName = surname.latin % u' ' % given.latin;
}

void PersonFactory::makeEnglishName(Person& p, Rng& rng) {
    p.firstName = rng.pick(Catalog::englishFirstNames());
    p.lastName = rng.pick(Catalog::englishLastNames());
    p.fullName = p.firstName % u' ' % p.lastName;
}

QString PersonFactory::uniqueEmail(const QString& base, const QString& domain, Rng& rng) {
    QString email = base % u'@' % domain;
    while (m_emails.contains(email)) {
        email = base % QString::number(rng.between(1, 9999)) % u'@' % domain;
    }
    m_emails.insert(email);
    return email;
}

QString PersonFactory::uniquePhone(const Person& p, Rng& rng) {
    // Prefixes that libphonenumber accepts as valid mobiles / US exchanges (no 555, no N11).
    static const char* const kCnPrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                              "151", "152", "153", "155", "156", "157", "158", "159", "176", "177",
                                              "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};
    for (;;) {
        QString number;
        if (p.country == Country::CN) {
            number = QLatin1String(kCnPrefixes[rng.index(std::size(kCnPrefixes))]) % digits(rng, 8);
        } else {
            QString exchange;
            do {
                exchange = QString::number(rng.between(2, 9)) % digits(rng, 2);
            } while (exchange == QLatin1String("555") || exchange.mid(1) == QLatin1String("11"));
            number = p.phoneDigits.left(3) % exchange % digits(rng, 4);
        }
        if (!m_phones.contains(number)) {
            m_phones.insert(number);
            return number;
        }
    }
}

QString PersonFactory::uniqueOpenid(Rng& rng) {
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (;;) {
        QString id = QStringLiteral("oX");
        for (int i = 0; i < 26; ++i) {
            id.append(QLatin1Char(kAlphabet[rng.index(64)]));
        }
        if (!m_openids.contains(id)) {
            m_openids.insert(id);
            return id;
        }
    }
}

} // namespace c360::backend

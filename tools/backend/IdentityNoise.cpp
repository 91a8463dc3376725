#include "IdentityNoise.h"

namespace c360::backend {

QString IdentityNoise::noisyEmail(const QString& email, Rng& rng) {
    if (email.isEmpty() || rng.chance(0.6)) {
        return email;
    }
    QString out = email;
    const bool upperAll = rng.chance(0.2);
    for (QChar& c : out) {
        if (upperAll || rng.chance(0.3)) {
            c = c.toUpper();
        }
    }
    if (rng.chance(0.4)) {
        out = QStringLiteral("  ") % out % QLatin1Char(' ');
    }
    return out;
}

QString IdentityNoise::phoneForm(const Person& person, int form) {
    const QString& d = person.phoneDigits;
    if (d.isEmpty()) {
        return {};
    }
    if (person.country == Country::CN) { // 11 digits: 138 0013 8000
        const QString a = d.left(3);
        const QString b = d.mid(3, 4);
        const QString c = d.mid(7);
        switch (form) {
        case 0:
            return QStringLiteral("+86 ") % a % u'-' % b % u'-' % c;
        case 1:
            return d;
        case 2:
            return QStringLiteral("+86") % d;
        case 3:
            return QStringLiteral("0086 ") % a % u' ' % b % u' ' % c;
        case 4:
            return a % u' ' % b % u' ' % c;
        default:
            return QStringLiteral("+86 ") % a % u' ' % b % u' ' % c;
        }
    }
    const QString a = d.left(3); // 10 digits: 415 800 1234
    const QString b = d.mid(3, 3);
    const QString c = d.mid(6);
    switch (form) {
    case 0:
        return u'(' % a % QStringLiteral(") ") % b % u'-' % c;
    case 1:
        return a % u'-' % b % u'-' % c;
    case 2:
        return QStringLiteral("+1 ") % a % u' ' % b % u' ' % c;
    case 3:
        return d;
    case 4:
        return QStringLiteral("+1") % d;
    default:
        return QStringLiteral("1-") % a % u'-' % b % u'-' % c;
    }
}

} // namespace c360::backend

#include "Format.h"

#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace c360::ui {

QString formatWhen(const QDateTime& local) {
    return display::when(local);
}

QString formatAge(const QDateTime& then, const QDateTime& now) {
    if (!then.isValid()) {
        return QCoreApplication::translate("Format", "never");
    }
    const qint64 secs = then.secsTo(now);
    if (secs < 60) {
        return QCoreApplication::translate("Format", "just now");
    }
    // Plain variables as the count: lupdate 6.4 loops forever on an expression there.
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 3600) {
        return QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, minutes);
    }
    if (secs < 86400) {
        return QCoreApplication::translate("Format", "%n hour(s) ago", nullptr, hours);
    }
    return QCoreApplication::translate("Format", "%n day(s) ago", nullptr, days);
}

QString formatMoney(double amount, const QString& currency) {
    return display::money(amount, currency);
}

QString maskPhone(const QString& e164) {
    if (e164.size() <= 4) {
        return e164;
    }
    return QString(e164.size() - 4, QLatin1Char('*')) + e164.right(4);
}

QString maskEmail(const QString& email) {
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 1) {
        return email;
    }
    return email.left(1) + QString(at - 1, QLatin1Char('*')) + email.mid(at);
}

} // namespace c360::ui

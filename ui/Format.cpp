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

} // namespace c360::ui

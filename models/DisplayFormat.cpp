#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace c360::display {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("c360::display", text, comment, n);
}

QString clock(const QTime& time) {
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

} // namespace

QString when(const QDateTime& moment, const QDateTime& now) {
    if (!moment.isValid()) {
        return {};
    }
    const QDateTime local = moment.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QDate day = local.date();
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0) {
        return tr("Today %1").arg(clock(local.time()));
    }
    if (daysAgo == 1) {
        return tr("Yesterday %1").arg(clock(local.time()));
    }
    if (daysAgo == -1) {
        return tr("Tomorrow %1").arg(clock(local.time()));
    }
    const QLocale locale;
    if (daysAgo > 1 && daysAgo < 7) {
        return locale.toString(day, QStringLiteral("ddd")) + QLatin1Char(' ') + clock(local.time());
    }
    if (day.year() == today.year()) {
        //: Date and time in this year, QDateTime format (8 Mar 14:05); Chinese: M月d日 HH:mm
        return locale.toString(local, tr("d MMM HH:mm", "date format"));
    }
    return date(day);
}

QString date(const QDate& day) {
    if (!day.isValid()) {
        return {};
    }
    //: A calendar date, QDate format (8 Mar 2025); Chinese: yyyy年M月d日
    return QLocale().toString(day, tr("d MMM yyyy", "date format"));
}

QString duration(qint64 seconds) {
    if (seconds < 0) {
        seconds = 0;
    }
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    }
    if (m > 0) {
        return tr("%1 min %2 s").arg(m).arg(s);
    }
    return tr("%1 s").arg(s);
}

QString currencySymbol(const QString& currencyCode) {
    QString code = currencyCode.trimmed().toUpper();
    struct Known {
        const char* code;
        const char16_t* symbol;
    };
    // Symbols that name one currency without doubt (¥ is the yuan here; the yen is written JP¥).
    static constexpr Known known[] = {{"CNY", u"¥"},   {"RMB", u"¥"},   {"USD", u"$"},   {"EUR", u"€"},   {"GBP", u"£"},
                                      {"JPY", u"JP¥"}, {"HKD", u"HK$"}, {"TWD", u"NT$"}, {"KRW", u"₩"},   {"INR", u"₹"},
                                      {"SGD", u"S$"},  {"AUD", u"A$"},  {"CAD", u"CA$"}, {"MOP", u"MOP$"}};
    for (const Known& k : known) {
        if (code == QLatin1String(k.code)) {
            return QString::fromUtf16(k.symbol);
        }
    }
    return code;
}

QString money(double amount, const QString& currencyCode) {
    const QLocale locale;
    const QString number = locale.toString(std::abs(amount), 'f', 2);
    const QString sign = amount < 0 ? QStringLiteral("−") : QString();
    const QString symbol = currencySymbol(currencyCode);
    if (symbol.isEmpty()) {
        return sign + number;
    }
    // A code (CHF) stands apart from the number; a symbol sits against it.
    const bool isCode = symbol.size() == 3 && symbol.at(0).isLetter() && symbol.at(2).isLetter();
    return sign + symbol + (isCode ? QStringLiteral(" ") : QString()) + number;
}

} // namespace c360::display

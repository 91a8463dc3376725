#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How the workstation writes times, dates, durations, money and phone numbers for people: one
// place, so that every view says it the same way, in the UI language (translated patterns).
namespace c360::display {

// A moment, relative where that is clearer, in local time: "Today 14:05", "Yesterday 18:03",
// "Tomorrow 09:00", "Mon 14:05" (within the last week), "8 Mar 14:05" (this year),
// "8 Mar 2025" (other years). `now` is injectable for tests.
QString when(const QDateTime& moment, const QDateTime& now = QDateTime::currentDateTime());
// A calendar date: "8 Mar 2025" (Chinese: "2025年3月8日").
QString date(const QDate& day);
// A length of time: "45 s", "14 min 46 s", "1 h 05 min".
QString duration(qint64 seconds);
// An amount in its own currency: "¥7,157.00" for CNY, "$1,234.50" for USD, "€9.99", else
// "CHF 12.00"; the number in the UI locale's grouping.
QString money(double amount, const QString& currencyCode);
// The symbol money() puts before an amount of that currency ("¥", "$", "€", … or the code).
QString currencySymbol(const QString& currencyCode);

} // namespace c360::display

#pragma once

#include <QDateTime>
#include <QString>

namespace c360::ui {

// "14:05" today, "Mon 14:05" this week, "2025-03-04 14:05" otherwise (local time, locale-aware).
QString formatWhen(const QDateTime& local);
// "3 minutes ago", "yesterday", ... for status texts.
QString formatAge(const QDateTime& then, const QDateTime& now);
// "CNY 1,234.50" in the UI locale.
QString formatMoney(double amount, const QString& currency);
// Masks all but the last digits of a phone number / the local part of an email for roles that
// do not need the full value.
QString maskPhone(const QString& e164);
QString maskEmail(const QString& email);

} // namespace c360::ui

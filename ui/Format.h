#pragma once

#include <QDateTime>
#include <QString>

namespace c360::ui {

// "Today 14:05", "Yesterday 18:03", "Mon 14:05", "8 Mar 2025": display::when (models/DisplayFormat.h).
QString formatWhen(const QDateTime& local);
// "3 minutes ago", "yesterday", ... for status texts.
QString formatAge(const QDateTime& then, const QDateTime& now);
// "¥1,234.50" for CNY, "$1,234.50" for USD: display::money.
QString formatMoney(double amount, const QString& currency);

} // namespace c360::ui

#pragma once

#include <QLoggingCategory>

namespace c360 {

// c360.storage: the cache, migrations and queries. Never log PII values at info level.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace c360

#pragma once

#include <QLoggingCategory>

namespace c360::sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace c360::sync

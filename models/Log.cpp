#include "models/Log.h"

namespace c360 {

Q_LOGGING_CATEGORY(lcStorage, "c360.storage", QtInfoMsg)

} // namespace c360

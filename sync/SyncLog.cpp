#include "sync/SyncLog.h"

namespace c360::sync {

Q_LOGGING_CATEGORY(lcSync, "c360.sync", QtInfoMsg)

} // namespace c360::sync

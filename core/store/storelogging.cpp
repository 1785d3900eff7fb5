#include "storelogging.h"

namespace sa::core {

Q_LOGGING_CATEGORY(lcStore, "sa.store", QtInfoMsg)

} // namespace sa::core

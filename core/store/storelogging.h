#pragma once

#include <QLoggingCategory>

namespace sa::core {

// "sa.store": connections, migrations and snapshot operations. Never logs a password.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace sa::core

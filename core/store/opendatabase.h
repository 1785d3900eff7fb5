#pragma once

#include "../result.h"
#include "databaseconfig.h"
#include "migrator.h"

#include <memory>

namespace sa::core {

class ConnectionProvider;

// An opened snapshot database: the connections, and what its schema was found to be.
struct OpenedDatabase
{
    std::shared_ptr<ConnectionProvider> connections;
    SchemaState schema;
};

enum class SchemaPolicy {
    Migrate, // bring an empty or older schema up to date (refuses newer and legacy ones)
    LeaveAsIs, // look only: a legacy or outdated database is opened without changes
};

// Connects and checks (or upgrades) the schema: the one way the GUI and snapshotctl open a
// database. Blocks on I/O: call it from a worker thread. Errors: DATABASE_UNAVAILABLE,
// SCHEMA_TOO_NEW, LEGACY_SCHEMA (with Migrate), each with a message a user can act on.
[[nodiscard]] Result<OpenedDatabase> openDatabase(const DatabaseConfig &config, const QString &password,
                                                  SchemaPolicy policy);

} // namespace sa::core

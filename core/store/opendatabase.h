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
    Migrate, // bring an empty or older schema up to date (refuses newer ones)
    LeaveAsIs, // look only: an outdated database is opened without changes
};

// Connects and checks (or upgrades) the schema: the one way the GUI and snapshotctl open a
// database. A CCP-04 database (schema.status Legacy) is never upgraded here, whatever the
// policy: it is opened for reading only, its connections read-only (see
// ConnectionProvider::Schema::LegacyCcp04); upgrading it is an explicit admin action.
// Blocks on I/O: call it from a worker thread. Errors: DATABASE_UNAVAILABLE, SCHEMA_TOO_NEW,
// LEGACY_SCHEMA (an SQLite file that looks like CCP-04), each with a message a user can act on.
[[nodiscard]] Result<OpenedDatabase> openDatabase(const DatabaseConfig &config, const QString &password,
                                                  SchemaPolicy policy);

// The explicit admin upgrade of an opened CCP-04 database (Migrator::upgradeLegacy), on a
// connection of its own (the session's connections are read-only). Returns the database as
// it is then, with ordinary connections. INVALID_ARGUMENT when `legacy` is not a CCP-04
// database; any failure changes nothing. Blocks on I/O: call it from a worker thread.
[[nodiscard]] Result<OpenedDatabase> upgradeCcp04Database(const OpenedDatabase &legacy);

} // namespace sa::core

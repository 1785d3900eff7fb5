#pragma once

#include "../result.h"
#include "databaseconfig.h"

#include <QString>

namespace sa::core {

// What a test connection found out.
struct ConnectionCheck
{
    QString serverVersion; // "PostgreSQL 15.18 ..." or "SQLite 3.40.1"
    QString user; // the role the server sees (PostgreSQL), or empty
};

// Opens the database once with `password` (empty: libpq's own sources) and asks for its
// version: the "Test connection" of the GUI and `snapshotctl` alike. Blocks on the network:
// call it from a worker thread. Errors are DATABASE_UNAVAILABLE with the reason.
[[nodiscard]] Result<ConnectionCheck> checkConnection(const DatabaseConfig &config, const QString &password);

class ConnectionProvider;

// Asks the calling thread's connection of `provider` for "SELECT 1", reconnecting first if
// an earlier call found the connection gone: how a client learns that a lost database is
// back. DATABASE_UNAVAILABLE while it is not. Blocks: call it from a worker thread.
[[nodiscard]] Status<> pingDatabase(ConnectionProvider &provider);

} // namespace sa::core

#pragma once

#include "../error.h"
#include "databaseconfig.h"

class QSqlError;

namespace sa::core {

// What a failed statement means to the store, on either engine.
enum class SqlFailure {
    ImmutableRule,   // one of the schema's guard triggers refused the change
    UniqueViolation, // e.g. unique_report_version or the one-active-version index
    Busy,            // lock timeout, deadlock or serialization failure: retrying can succeed
    ConnectionLost,  // the connection is gone; the next call reconnects
    PermissionDenied, // the role lacks a privilege (PostgreSQL insufficient_privilege)
    Other,
};

SqlFailure classifySqlError(const QSqlError &error, DatabaseConfig::Engine engine);

// An Error users can read: `what` says what was being done ("reading version 3 of
// report r-1"), followed by the database's own explanation. Immutability refusals map to
// IMMUTABLE, lost connections and lock timeouts to DATABASE_UNAVAILABLE, a missing privilege
// to PERMISSION_DENIED, the rest to INTERNAL_ERROR.
Error errorFromSql(const QSqlError &error, DatabaseConfig::Engine engine, const QString &what);

} // namespace sa::core

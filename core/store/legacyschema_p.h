#pragma once

#include "../result.h"

#include <QSqlDatabase>

namespace sa::core::Internal {

// Makes a connection to a CCP-04 database (PostgreSQL) read it as this product's schema,
// without changing the database: session-local views (in pg_temp, which PostgreSQL searches
// before any schema) present the CCP-04 tables under this schema's names and columns, then
// the session turns read-only so that nothing can be written through it, by any statement.
// - report_snapshots: timestamps read as UTC (CCP-04 stored them without a time zone), no
//   chain_hash (CCP-04 has none);
// - users: the name stands in for the login;
// - activity_logs: CCP-04 logged rollbacks only ("snapshot_rollback", versions in metadata);
//   each version's creation, which activated it, is derived from its snapshot row, marked as
//   derived in `reason`.
// Call once per connection, right after it opened.
[[nodiscard]] Status<> prepareLegacyReadSession(QSqlDatabase &db);

} // namespace sa::core::Internal

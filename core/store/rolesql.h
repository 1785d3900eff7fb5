#pragma once

#include "../result.h"

#include <QString>
#include <QStringList>

namespace sa::core {

// The three group roles (NOLOGIN) of a snapshot database, named <prefix>_auditor,
// <prefix>_writer and <prefix>_admin.
struct SnapshotRoles
{
    QString auditor; // CONNECT, USAGE on the schema, SELECT on every table
    QString writer; // + what a create needs: INSERT on the four tables, UPDATE (id) on reports
    QString admin; // + UPDATE (is_active, deprecated_at, deprecated_reason) on report_snapshots
};

// The role names for `prefix` ("snapshot" gives snapshot_auditor, ...). INVALID_ARGUMENT
// unless the prefix is a plain lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 40
// characters), which the statements then use unquoted.
[[nodiscard]] Result<SnapshotRoles> snapshotRoles(const QString &prefix);

// `name` as a PostgreSQL identifier in double quotes, inner quotes doubled (quote_ident).
QString quotedIdentifier(const QString &name);

// The statements that set the roles up for the store's tables in `schema` of the database
// they run in, without comments or a transaction around them: idempotent (a role is
// created only when missing; the tables' grants to PUBLIC and to the three roles are
// revoked, then granted again), so they can run again after a schema upgrade. No DELETE,
// TRUNCATE or other UPDATE is granted to anyone. Run as the tables' owner or a superuser.
// INVALID_ARGUMENT for an empty schema name or an invalid prefix. DDL cannot bind values:
// the schema goes in through quotedIdentifier(), role names are validated.
[[nodiscard]] Result<QStringList> roleSetupStatements(const QString &schema, const QString &prefix);

class ConnectionProvider;

// Runs roleSetupStatements() in one transaction on the calling thread's connection of
// `provider` (PostgreSQL only: INVALID_ARGUMENT on SQLite, which has no roles). A role that
// may not grant on the tables or create roles gets PERMISSION_DENIED and nothing changes.
// Blocks on I/O: call it from a worker thread.
[[nodiscard]] Status<> applyRoleSetup(ConnectionProvider &provider, const QString &schema, const QString &prefix);

} // namespace sa::core

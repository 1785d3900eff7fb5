#pragma once

#include "../result.h"
#include "databaseconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sa::core {

class ConnectionProvider;

// What the connected database role may write, as the server says (PostgreSQL privileges)
// or the file system (SQLite: a read-only file takes no writes), so that the GUI and
// snapshotctl can say "you may not" before a confirmation rather than after it. A plain
// value, safe to copy between threads; query() blocks on I/O: call it from a worker.
// The server stays the authority: a write it refuses is PERMISSION_DENIED all the same.
struct AccessRights
{
    Q_DECLARE_TR_FUNCTIONS(AccessRights)

public:
    enum class Action { Create, Rollback, Deprecate, Repair, RecordChecksum };

    DatabaseConfig::Engine engine = DatabaseConfig::Engine::Sqlite;
    QString role; // PostgreSQL: current_user; SQLite: empty
    // PostgreSQL: the roles `role` is a direct member of (the groups it has its privileges
    // through, such as snapshot_auditor), sorted; named in whyNot().
    QStringList memberOf;
    QString sqlitePath; // SQLite: the file, for messages
    // False when the store's tables are not there, or not visible to the role (no USAGE
    // on the schema): nothing can be written then.
    bool initialised = true;
    bool fileWritable = true; // SQLite

    // PostgreSQL privileges (all true on SQLite). What each action needs: create INSERTs
    // into reports, report_snapshots, activity_logs and users (the acting user is added on
    // first use) and locks the report row (SELECT ... FOR UPDATE, which needs UPDATE on
    // one column of reports); rollback and deprecation lock the row, log (activity_logs,
    // users) and UPDATE is_active, or deprecated_at and deprecated_reason; a repair locks the
    // row, logs and INSERTs into snapshot_repairs; recording a checksum likewise into
    // recorded_checksums.
    bool insertReports = true;
    bool insertSnapshots = true;
    bool insertActivity = true;
    bool insertUsers = true;
    bool lockReports = true;
    bool updateIsActive = true;
    bool updateDeprecatedAt = true;
    bool updateDeprecatedReason = true;
    bool insertRepairs = true;
    bool insertRecordedChecksums = true;

    bool may(Action action) const { return whyNot(action).isEmpty(); }
    // Empty when `action` is allowed; otherwise the first reason it is not, for people
    // (naming the role, the roles it is a member of and the missing privilege).
    QString whyNot(Action action) const;

    // What a SQLite file allows: everything, or nothing when it is not writable.
    static AccessRights forSqliteFile(const QString &path, bool writable);
    // Asks the calling thread's connection: one query on PostgreSQL (has_table_privilege
    // and has_column_privilege for the tables the search_path finds), QFileInfo on SQLite.
    // Errors: those of the connection and the query (DATABASE_UNAVAILABLE, ...).
    [[nodiscard]] static Result<AccessRights> query(ConnectionProvider &provider);

private:
    QString whyNotForPrivileges(Action action) const;
};

} // namespace sa::core

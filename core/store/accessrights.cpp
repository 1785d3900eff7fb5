#include "accessrights.h"

#include "connectionprovider.h"
#include "storequery_p.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// One row: who the role is, whether the tables resolve through the search_path, and each
// privilege. to_regclass() is NULL for a missing table, and the privilege functions are
// strict, so a schema without tables answers NULLs instead of failing.
const QString kPrivilegeQuery = uR"(SELECT current_user,
       to_regclass('reports') IS NOT NULL AND to_regclass('report_snapshots') IS NOT NULL
           AND to_regclass('activity_logs') IS NOT NULL AND to_regclass('users') IS NOT NULL,
       has_table_privilege(to_regclass('reports'), 'INSERT'),
       has_table_privilege(to_regclass('report_snapshots'), 'INSERT'),
       has_table_privilege(to_regclass('activity_logs'), 'INSERT'),
       has_table_privilege(to_regclass('users'), 'INSERT'),
       has_any_column_privilege(to_regclass('reports'), 'UPDATE'),
       has_column_privilege(to_regclass('report_snapshots'), 'is_active', 'UPDATE'),
       has_column_privilege(to_regclass('report_snapshots'), 'deprecated_at', 'UPDATE'),
       has_column_privilege(to_regclass('report_snapshots'), 'deprecated_reason', 'UPDATE'),
       has_table_privilege(to_regclass('snapshot_repairs'), 'INSERT'),
       has_table_privilege(to_regclass('recorded_checksums'), 'INSERT'),
       (SELECT string_agg(groups.rolname, ',' ORDER BY groups.rolname)
          FROM pg_auth_members JOIN pg_roles groups ON groups.oid = pg_auth_members.roleid
         WHERE pg_auth_members.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)))"_s;

} // namespace

QString AccessRights::whyNot(Action action) const
{
    const QString why = whyNotForPrivileges(action);
    if (why.isEmpty() || memberOf.isEmpty())
        return why;
    //: Follows a reason why the PostgreSQL role may not do something;
    //: %1: the roles it is a member of
    return why + u' ' + tr("The role is a member of %1.").arg(memberOf.join(u", "_s));
}

QString AccessRights::whyNotForPrivileges(Action action) const
{
    if (engine == DatabaseConfig::Engine::Sqlite) {
        if (fileWritable)
            return {};
        //: %1: a file path
        return tr("The database file %1 is read-only, so nothing can be written to it.").arg(sqlitePath);
    }
    if (!initialised) {
        //: %1: a PostgreSQL role name
        return tr("The snapshot tables are not there or your PostgreSQL role \"%1\" may not see them "
                  "(the schema is not initialised, or the role has no USAGE on it).")
            .arg(role);
    }
    QString needs;
    switch (action) {
    case Action::Create:
        needs = tr("creating a version");
        break;
    case Action::Rollback:
        needs = tr("a rollback");
        break;
    case Action::Deprecate:
        needs = tr("a deprecation");
        break;
    case Action::Repair:
        needs = tr("recording a repair");
        break;
    case Action::RecordChecksum:
        needs = tr("recording a checksum");
        break;
    }
    const auto cannotInsert = [&](const QString &table) {
        //: %1: a role name, %2: a table name, %3: what needs it ("a rollback")
        return tr("Your PostgreSQL role \"%1\" may not insert into %2, which %3 needs.").arg(role, table, needs);
    };
    const auto cannotUpdate = [&](const QString &column) {
        //: %1: a role name, %2: a table's column, %3: what needs it ("a rollback")
        return tr("Your PostgreSQL role \"%1\" may not update %2, which %3 needs.").arg(role, column, needs);
    };
    if (action == Action::Create) {
        if (!insertSnapshots)
            return cannotInsert(u"report_snapshots"_s);
        if (!insertReports)
            return cannotInsert(u"reports"_s);
    }
    if (action == Action::Repair && !insertRepairs)
        return cannotInsert(u"snapshot_repairs"_s);
    if (action == Action::RecordChecksum && !insertRecordedChecksums)
        return cannotInsert(u"recorded_checksums"_s);
    if (action == Action::Rollback && !updateIsActive)
        return cannotUpdate(u"report_snapshots.is_active"_s);
    if (action == Action::Deprecate && !updateDeprecatedAt)
        return cannotUpdate(u"report_snapshots.deprecated_at"_s);
    if (action == Action::Deprecate && !updateDeprecatedReason)
        return cannotUpdate(u"report_snapshots.deprecated_reason"_s);
    if (!insertActivity)
        return cannotInsert(u"activity_logs"_s);
    if (!insertUsers)
        return cannotInsert(u"users"_s);
    if (!lockReports) {
        //: %1: a role name, %2: what needs it ("a rollback")
        return tr("Your PostgreSQL role \"%1\" may not lock rows of reports (SELECT … FOR UPDATE needs an "
                  "UPDATE privilege on one of its columns), which %2 needs.")
            .arg(role, needs);
    }
    return {};
}

AccessRights AccessRights::forSqliteFile(const QString &path, bool writable)
{
    AccessRights rights;
    rights.engine = DatabaseConfig::Engine::Sqlite;
    rights.sqlitePath = path;
    rights.fileWritable = writable;
    return rights;
}

Result<AccessRights> AccessRights::query(ConnectionProvider &provider)
{
    const DatabaseConfig &config = provider.config();
    if (config.engine == DatabaseConfig::Engine::Sqlite) {
        // As root every file is writable, which is then also the truth.
        return forSqliteFile(config.sqlitePath, QFileInfo(config.sqlitePath).isWritable());
    }
    auto db = provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (auto ran = Internal::execPrepared(provider, query, kPrivilegeQuery, {}, tr("Reading your database privileges"));
        !ran) {
        return ran.error();
    }
    if (!query.next())
        return Error{ErrorCode::Internal, tr("Reading your database privileges failed: the server gave no answer")};
    AccessRights rights;
    rights.engine = DatabaseConfig::Engine::PostgreSql;
    rights.role = query.value(0).toString();
    rights.initialised = query.value(1).toBool();
    // NULL (no such table) reads as false.
    rights.insertReports = query.value(2).toBool();
    rights.insertSnapshots = query.value(3).toBool();
    rights.insertActivity = query.value(4).toBool();
    rights.insertUsers = query.value(5).toBool();
    rights.lockReports = query.value(6).toBool();
    rights.updateIsActive = query.value(7).toBool();
    rights.updateDeprecatedAt = query.value(8).toBool();
    rights.updateDeprecatedReason = query.value(9).toBool();
    rights.insertRepairs = query.value(10).toBool();
    rights.insertRecordedChecksums = query.value(11).toBool();
    if (const QString groups = query.value(12).toString(); !groups.isEmpty())
        rights.memberOf = groups.split(u',');
    return rights;
}

} // namespace sa::core

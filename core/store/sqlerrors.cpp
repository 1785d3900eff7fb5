#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
};

// SQLite extended result codes (the Qt driver reports them as the native code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteConstraintPrimaryKey = 1555;
constexpr int kSqliteConstraintTrigger = 1811;
constexpr int kSqliteConstraintUnique = 2067;

SqlFailure classifySqlite(int code)
{
    switch (code) {
    case kSqliteConstraintTrigger:
        return SqlFailure::ImmutableRule;
    case kSqliteConstraintUnique:
    case kSqliteConstraintPrimaryKey:
        return SqlFailure::UniqueViolation;
    default:
        break;
    }
    // The primary code is the low byte: SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE...
    const int primary = code & 0xff;
    if (primary == kSqliteBusy || primary == kSqliteLocked)
        return SqlFailure::Busy;
    return SqlFailure::Other;
}

SqlFailure classifySqlState(const QString &state)
{
    if (state == u"P0001") // RAISE EXCEPTION: only the schema's guard triggers raise
        return SqlFailure::ImmutableRule;
    if (state == u"23505")
        return SqlFailure::UniqueViolation;
    if (state == u"42501") // insufficient_privilege
        return SqlFailure::PermissionDenied;
    // serialization_failure, deadlock_detected, lock_not_available
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return SqlFailure::Busy;
    // connection_exception class, admin/crash shutdown, cannot_connect_now
    if (state.startsWith(u"08") || state.startsWith(u"57P"))
        return SqlFailure::ConnectionLost;
    return SqlFailure::Other;
}

} // namespace

SqlFailure classifySqlError(const QSqlError &error, DatabaseConfig::Engine engine)
{
    const QString code = error.nativeErrorCode();
    if (engine == DatabaseConfig::Engine::Sqlite) {
        // Every failed step is labelled a ConnectionError by the SQLite driver: only the
        // (extended) result code means anything.
        return classifySqlite(code.toInt());
    }
    if (!code.isEmpty())
        return classifySqlState(code);
    if (error.type() == QSqlError::ConnectionError)
        return SqlFailure::ConnectionLost;
    // libpq reports a dropped socket without an SQLSTATE.
    const QString text = error.databaseText();
    if (text.contains(u"server closed the connection"_s)
        || text.contains(u"no connection to the server"_s)
        || text.contains(u"terminating connection"_s)) {
        return SqlFailure::ConnectionLost;
    }
    return SqlFailure::Other;
}

Error errorFromSql(const QSqlError &error, DatabaseConfig::Engine engine, const QString &what)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    switch (classifySqlError(error, engine)) {
    case SqlFailure::ImmutableRule:
        //: %1: what was being done, %2: the database's explanation
        return {ErrorCode::Immutable, Tr::tr("%1 was refused: %2").arg(what, detail)};
    case SqlFailure::ConnectionLost:
        //: %1: what was being done, %2: the database's explanation
        return {ErrorCode::DatabaseUnavailable,
                Tr::tr("%1 failed: the connection to the database was lost (%2)").arg(what, detail)};
    case SqlFailure::Busy:
        //: %1: what was being done, %2: the database's explanation
        return {ErrorCode::DatabaseUnavailable,
                Tr::tr("%1 failed: the database is busy (%2); try again").arg(what, detail)};
    case SqlFailure::PermissionDenied:
        //: %1: what was being done, %2: the database's explanation (e.g. "permission denied for table reports")
        return {ErrorCode::PermissionDenied,
                Tr::tr("%1 was refused: your database role lacks the privilege (%2)").arg(what, detail)};
    case SqlFailure::UniqueViolation:
    case SqlFailure::Other:
        break;
    }
    //: %1: what was being done (e.g. "Reading version 3 of report "r1""), %2: the database's explanation
    return {ErrorCode::Internal, Tr::tr("%1 failed: %2").arg(what, detail)};
}

} // namespace sa::core

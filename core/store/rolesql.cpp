#include "rolesql.h"

#include "connectionprovider.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoleSql)
};

// Leaves room for "_auditor" within PostgreSQL's 63-byte identifiers.
constexpr qsizetype kMaxPrefixLength = 40;

// Creates `role` (NOLOGIN) when it is missing. The name is a validated plain identifier,
// so it is safe both as an identifier and inside the string literal.
QString createRole(const QString &role)
{
    return u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '%1') THEN "
           "CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(role);
}

} // namespace

Result<SnapshotRoles> snapshotRoles(const QString &prefix)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
    if (prefix.size() > kMaxPrefixLength || !plain.match(prefix).hasMatch()) {
        //: %1: what the user gave, %2: a number
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("The role prefix \"%1\" is not a plain lower-case SQL name (letters a-z, digits and _, "
                            "not starting with a digit, at most %2 characters)")
                         .arg(prefix)
                         .arg(kMaxPrefixLength)};
    }
    return SnapshotRoles{prefix + u"_auditor"_s, prefix + u"_writer"_s, prefix + u"_admin"_s};
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<QStringList> roleSetupStatements(const QString &schema, const QString &prefix)
{
    if (schema.isEmpty() || schema.contains(QChar(0)))
        return Error{ErrorCode::InvalidArgument, Tr::tr("The schema name must not be empty")};
    const auto roles = snapshotRoles(prefix);
    if (!roles)
        return roles.error();
    const QString s = quotedIdentifier(schema);
    const QString all = u"%1, %2, %3"_s.arg(roles->auditor, roles->writer, roles->admin);
    const auto table = [&](const char *name) -> QString { return s + u'.' + QLatin1StringView(name); };
    const QString writerTables = QStringList{table("reports"), table("report_snapshots"), table("users"),
                                             table("activity_logs")}
                                     .join(u", "_s);
    return QStringList{
        createRole(roles->auditor),
        createRole(roles->writer),
        createRole(roles->admin),
        // Each role has the rights of the one before it.
        u"GRANT %1 TO %2"_s.arg(roles->auditor, roles->writer),
        u"GRANT %1 TO %2"_s.arg(roles->writer, roles->admin),
        // The database's name is not known here: the server quotes it.
        u"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', current_database(), '"_s
            + roles->auditor + u"'); END $$"_s,
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(s, roles->auditor),
        // Start from nothing: what PUBLIC or an older version of these roles had goes (a
        // table-level REVOKE takes the column privileges with it).
        u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2"_s.arg(s, all),
        u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2"_s.arg(s, all),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(s, roles->auditor),
        // Creating a version: the rows it adds (the acting user on first use), and the lock
        // on the report row (SELECT ... FOR UPDATE needs UPDATE on one of its columns; id
        // cannot change once a snapshot or log entry refers to it). The identity columns of
        // users and activity_logs draw from their sequences without a grant, and the
        // replaced version is deactivated by the schema's own trigger (migration 0002).
        u"GRANT INSERT ON %1 TO %2"_s.arg(writerTables, roles->writer),
        u"GRANT UPDATE (id) ON %1 TO %2"_s.arg(table("reports"), roles->writer),
        // Rollback and deprecation: the three columns they set, nothing else.
        u"GRANT UPDATE (is_active, deprecated_at, deprecated_reason) ON %1 TO %2"_s.arg(table("report_snapshots"),
                                                                                       roles->admin),
        // Recording a repair (the damaged row itself is never written) or a CCP-04 version's
        // RFC 8785 checksum (its legacy checksum stays as it is).
        u"GRANT INSERT ON %1, %2 TO %3"_s.arg(table("snapshot_repairs"), table("recorded_checksums"), roles->admin),
    };
}

Status<> applyRoleSetup(ConnectionProvider &provider, const QString &schema, const QString &prefix)
{
    if (provider.config().engine != DatabaseConfig::Engine::PostgreSql)
        return Error{ErrorCode::InvalidArgument, Tr::tr("Only PostgreSQL databases have roles")};
    const auto statements = roleSetupStatements(schema, prefix);
    if (!statements)
        return statements.error();
    auto db = provider.database();
    if (!db)
        return db.error();
    const QString what = Tr::tr("Setting up the roles of schema \"%1\"").arg(schema);
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return provider.failure(transaction.error(), what);
    for (const QString &statement : *statements) {
        // DDL: nothing to bind, every name in it was validated or quoted above.
        QSqlQuery query(*db);
        if (!query.exec(statement))
            return provider.failure(query.lastError(), what);
    }
    if (auto committed = transaction->commit(); !committed)
        return provider.failure(committed.error(), what);
    return Done{};
}

} // namespace sa::core

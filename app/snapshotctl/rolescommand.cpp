// The admin verb: `admin roles` prints (or applies) the SQL of the three group roles of a
// PostgreSQL snapshot database.
#include "storecommands.h"

#include "cliio.h"
#include "storeaccess.h"

#include "core/store/connectionprovider.h"
#include "core/store/databaseconfig.h"
#include "core/store/rolesql.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kApply(u"apply"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Run the statements in one transaction on the --db database (as the owner of its tables or a superuser) instead of printing them.")));
const QCommandLineOption kSchema(u"schema"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The schema of the snapshot tables (default: the schema= of --db, else public).")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "NAME")));
const QCommandLineOption kRolePrefix(u"role-prefix"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Name the roles PREFIX_auditor, PREFIX_writer and PREFIX_admin (default: snapshot); roles are shared by every database of a server.")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "PREFIX")), u"snapshot"_s);

// The script as a DBA reads it: what it does, the statements in a transaction, and how
// people become members.
QString script(const QStringList &statements, const QString &schema, const SnapshotRoles &roles)
{
    QString text = Cli::tr("-- Snapshot Auditor roles for the tables in schema %1, in the database this runs in.\n"
                           "-- %2: read only; %3: also creates versions; %4: also rolls back and deprecates.\n"
                           "-- Run as the owner of the tables or a superuser; safe to run again, and again after "
                           "a schema upgrade.\n")
                       .arg(quotedIdentifier(schema), roles.auditor, roles.writer, roles.admin);
    text += u"BEGIN;\n"_s;
    for (const QString &statement : statements)
        text += statement + u";\n"_s;
    text += u"COMMIT;\n"_s;
    text += Cli::tr("-- Members are added by a DBA, one role per person or service, e.g.:\n"
                    "--   GRANT %1 TO alice;\n--   GRANT %2 TO importer;\n--   GRANT %3 TO dmitri;\n")
                .arg(roles.auditor, roles.writer, roles.admin);
    return text;
}

int runRoles(const QCommandLineParser &parser)
{
    const auto roles = snapshotRoles(parser.value(kRolePrefix));
    if (!roles)
        return failWithCode(roles.error());
    QString schema = parser.value(kSchema);
    const QString url = parser.value(databaseOption());
    std::optional<DatabaseConfig> config;
    if (!url.isEmpty()) {
        auto parsed = parseDatabaseUrl(url);
        if (!parsed)
            return failWithCode(parsed.error());
        config = *parsed;
    }
    if (schema.isEmpty())
        schema = config && !config->schema.isEmpty() ? config->schema : u"public"_s;
    const auto statements = roleSetupStatements(schema, parser.value(kRolePrefix));
    if (!statements)
        return failWithCode(statements.error());
    if (!parser.isSet(kApply)) {
        writeOutput(script(*statements, schema, *roles).toUtf8());
        return kExitOk;
    }
    if (!config) {
        return failWithCode({ErrorCode::InvalidArgument,
                             Cli::tr("--apply needs the database: pass --db postgresql://USER@HOST/DATABASE")});
    }
    if (config->engine != DatabaseConfig::Engine::PostgreSql)
        return failWithCode({ErrorCode::InvalidArgument, Cli::tr("--apply works on PostgreSQL only: SQLite has no roles")});
    // The tables must exist (and be this build's): an older schema is upgraded first.
    auto opened = openStore(parser, StoreAccess::Update);
    if (!opened)
        return failWithCode(opened.error());
    if (auto applied = applyRoleSetup(*opened->connections, schema, parser.value(kRolePrefix)); !applied)
        return failWithCode(applied.error());
    writeOutput(Cli::tr("%1: roles %2, %3 and %4 are set up for schema %5\n")
                    .arg(config->id(), roles->auditor, roles->writer, roles->admin, quotedIdentifier(schema))
                    .toUtf8());
    return kExitOk;
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Database administration. 'admin roles' prints the SQL that sets up three group roles (NOLOGIN) "
                "for a PostgreSQL snapshot database: PREFIX_auditor may connect and read every table; "
                "PREFIX_writer may also create versions (INSERT); PREFIX_admin may also roll back and deprecate "
                "(UPDATE of is_active, deprecated_at and deprecated_reason only). Nobody may DELETE, TRUNCATE or "
                "UPDATE anything else. With --apply it runs the SQL on the --db database."));
    parser.addPositionalArgument(u"roles"_s, Cli::tr("The sub-command: roles."));
    parser.addOptions(translated({kApply, kSchema, kRolePrefix}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    const QString command = parser.positionalArguments().constFirst();
    if (command != u"roles"_s) {
        return failWithCode({ErrorCode::InvalidArgument,
                             Cli::tr("unknown admin command '%1'; run 'snapshotctl admin --help'").arg(command)});
    }
    return runRoles(parser);
}

} // namespace sa::cli

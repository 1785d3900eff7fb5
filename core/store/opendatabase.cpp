#include "opendatabase.h"

#include "connectionprovider.h"

#include <QCoreApplication>

namespace sa::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenDatabase)
};

Result<OpenedDatabase> openLegacy(const DatabaseConfig &config, const QString &password, const SchemaState &schema)
{
    if (config.engine != DatabaseConfig::Engine::PostgreSql) {
        //: report_snapshots and schema_migrations are names of database tables: keep them as they are
        return Error{ErrorCode::LegacySchema,
                     Tr::tr("This SQLite database has report_snapshots but no schema_migrations table. CCP-04 "
                            "databases are PostgreSQL ones; this file is neither a CCP-04 nor a Snapshot Auditor "
                            "database, and was left as it is.")};
    }
    auto connections
        = std::make_shared<ConnectionProvider>(config, password, ConnectionProvider::Schema::LegacyCcp04);
    if (auto db = connections->database(); !db)
        return db.error();
    return OpenedDatabase{std::move(connections), schema};
}

} // namespace

Result<OpenedDatabase> openDatabase(const DatabaseConfig &config, const QString &password, SchemaPolicy policy)
{
    auto connections = std::make_shared<ConnectionProvider>(config, password);
    auto db = connections->database();
    if (!db)
        return db.error();
    Migrator migrator(*db);
    auto schema = migrator.inspect();
    if (schema && schema->status == SchemaStatus::Legacy)
        return openLegacy(config, password, *schema);
    if (schema && policy == SchemaPolicy::Migrate)
        schema = migrator.migrate();
    if (!schema)
        return schema.error();
    return OpenedDatabase{std::move(connections), *schema};
}

Result<OpenedDatabase> upgradeCcp04Database(const OpenedDatabase &legacy)
{
    auto connections = legacy.connections->withSchema(ConnectionProvider::Schema::Current);
    auto db = connections->database();
    if (!db)
        return db.error();
    auto schema = Migrator(*db).upgradeLegacy();
    if (!schema)
        return schema.error();
    return OpenedDatabase{std::move(connections), *schema};
}

} // namespace sa::core

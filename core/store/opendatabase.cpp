#include "opendatabase.h"

#include "connectionprovider.h"

namespace sa::core {

Result<OpenedDatabase> openDatabase(const DatabaseConfig &config, const QString &password, SchemaPolicy policy)
{
    auto connections = std::make_shared<ConnectionProvider>(config, password);
    auto db = connections->database();
    if (!db)
        return db.error();
    Migrator migrator(*db);
    auto schema = policy == SchemaPolicy::Migrate ? migrator.migrate() : migrator.inspect();
    if (!schema)
        return schema.error();
    return OpenedDatabase{std::move(connections), *schema};
}

} // namespace sa::core

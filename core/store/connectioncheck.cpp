#include "connectioncheck.h"

#include "connectionprovider.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
};

} // namespace

Result<ConnectionCheck> checkConnection(const DatabaseConfig &config, const QString &password)
{
    ConnectionProvider provider(config, password);
    auto db = provider.database();
    if (!db)
        return db.error();
    const bool isPostgres = config.engine == DatabaseConfig::Engine::PostgreSql;
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    const QString sql = isPostgres ? u"SELECT version(), current_user"_s : u"SELECT 'SQLite ' || sqlite_version(), ''"_s;
    if (!query.prepare(sql) || !query.exec() || !query.next())
        //: Followed by " failed: ..."; %1: a database URL
        return provider.failure(query.lastError(), Tr::tr("asking %1 for its version").arg(config.id()));
    return ConnectionCheck{query.value(0).toString(), query.value(1).toString()};
}

Status<> pingDatabase(ConnectionProvider &provider)
{
    auto db = provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.prepare(u"SELECT 1"_s) || !query.exec())
        //: Followed by " failed: ..."; %1: a database URL
        return provider.failure(query.lastError(), Tr::tr("checking the connection to %1").arg(provider.config().id()));
    return Done{};
}

} // namespace sa::core

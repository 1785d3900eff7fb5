#include "storetestsupport.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"
#include "core/store/connectionprovider.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using sa::core::DatabaseConfig;
using sa::core::Error;
using sa::core::ErrorCode;
using sa::core::Result;

namespace sa::tests {

QByteArray canonicalOf(const QByteArray &json)
{
    const auto parsed = core::parseJson(json);
    Q_ASSERT(parsed.hasValue());
    return core::canonicalJson(parsed->document->root());
}

namespace {

// Reads the KEY=VALUE lines scripts/pg-test-server.sh writes (no secrets in there).
Result<QHash<QString, QString>> readPgEnv()
{
    const QString path = qEnvironmentVariable("SA_PG_ENV");
    if (path.isEmpty()) {
        return Error{ErrorCode::DatabaseUnavailable,
                     u"SA_PG_ENV is not set: run the store tests through ctest, whose "
                     "'postgres' fixture starts the PostgreSQL test server"_s};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{
            ErrorCode::DatabaseUnavailable,
            u"The PostgreSQL test server is not running (%1: %2); did pg_server_start fail?"_s.arg(
                path, file.errorString())};
    }
    QHash<QString, QString> values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

// Runs one statement of the test harness itself (schema set-up and tear-down).
core::Status<> execAdmin(const DatabaseConfig &config, const QString &sql)
{
    core::ConnectionProvider provider(config);
    auto db = provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.exec(sql))
        return provider.failure(query.lastError(), sql);
    return core::Done{};
}

} // namespace

QStringList storeEngines()
{
    return {u"sqlite"_s, u"postgresql"_s};
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : storeEngines())
        QTest::newRow(qPrintable(engine)) << engine;
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(const QString &engine)
{
    std::unique_ptr<TestDatabase> database(new TestDatabase);
    if (engine == u"sqlite") {
        database->m_sqliteDir = std::make_unique<QTemporaryDir>();
        if (!database->m_sqliteDir->isValid())
            return Error{ErrorCode::IoError, u"Cannot create a temporary folder"_s};
        database->m_config.sqlitePath = database->m_sqliteDir->filePath(u"store.db"_s);
        return database;
    }
    Q_ASSERT(engine == u"postgresql");
    const auto env = readPgEnv();
    if (!env)
        return env.error();
    DatabaseConfig &config = database->m_config;
    config.engine = DatabaseConfig::Engine::PostgreSql;
    config.host = env->value(u"PGHOST"_s);
    config.port = env->value(u"PGPORT"_s).toInt();
    config.database = env->value(u"PGDATABASE"_s);
    config.user = env->value(u"PGUSER"_s);
    database->m_superuser = env->value(u"SA_PG_SUPERUSER"_s);
    // The test server is local; TLS would only slow the suite down.
    config.sslMode = u"disable"_s;
    // A generated identifier, not input: DDL cannot bind names.
    const QString schema
        = u"t_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    if (auto created = execAdmin(config, u"CREATE SCHEMA "_s + schema); !created)
        return created.error();
    config.schema = schema;
    return database;
}

TestDatabase::~TestDatabase()
{
    if (m_config.engine != DatabaseConfig::Engine::PostgreSql || m_config.schema.isEmpty())
        return;
    DatabaseConfig unscoped = m_config;
    unscoped.schema.clear();
    if (auto dropped = execAdmin(unscoped, u"DROP SCHEMA "_s + m_config.schema + u" CASCADE"_s);
        !dropped)
        qWarning().noquote() << "could not drop test schema:" << dropped.error().toString();
}

DatabaseConfig TestDatabase::superuserConfig() const
{
    DatabaseConfig config = m_config;
    if (config.engine == DatabaseConfig::Engine::PostgreSql)
        config.user = m_superuser;
    return config;
}

core::Status<> loadCcp04Fixture(const DatabaseConfig &config)
{
    QFile dump(QStringLiteral(SA_FIXTURES_DIR) + u"/ccp04/ccp04.sql"_s);
    if (!dump.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, u"cannot read %1"_s.arg(dump.fileName())};
    // The dump names the public schema; a test owns only its own.
    const QByteArray script = dump.readAll().replace("public.", QByteArray(config.schema.toUtf8() + '.'));
    QProcess psql;
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, config.host, u"-p"_s,
                           QString::number(config.port), u"-U"_s, config.user, u"-d"_s, config.database});
    if (!psql.waitForStarted())
        return Error{ErrorCode::Internal, u"psql: %1"_s.arg(psql.errorString())};
    psql.write(script);
    psql.closeWriteChannel();
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
        return Error{ErrorCode::Internal, u"psql failed: %1"_s.arg(QString::fromUtf8(psql.readAllStandardError()))};
    return core::Done{};
}

QString ccp04ContentDigest(const DatabaseConfig &config, const QString &prefix)
{
    core::ConnectionProvider provider(config);
    auto db = provider.database();
    if (!db)
        return {};
    QStringList parts;
    for (const char *table : {"report_snapshots", "activity_logs", "users", "reports"})
        parts.append(u"(SELECT string_agg(t::text, ',' ORDER BY t.id) FROM %1%2 t)"_s.arg(prefix, QLatin1String(table)));
    QSqlQuery query(*db);
    if (!query.exec(u"SELECT md5(concat_ws('|', %1))"_s.arg(parts.join(u", "_s))) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace sa::tests

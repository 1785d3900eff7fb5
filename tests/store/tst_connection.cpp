// Database URLs and per-thread connections, on both engines.
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;
using sa::tests::TestDatabase;

class tst_Connection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDatabaseUrls_data();
    void parsesDatabaseUrls();
    void refusesPasswordsInUrls_data();
    void refusesPasswordsInUrls();
    void refusesMalformedUrls_data();
    void refusesMalformedUrls();

    void sqliteConnectionsUseWalAndForeignKeys();
    void missingSqliteFolderIsDatabaseUnavailable();
    void wrongPostgresPasswordIsDatabaseUnavailable();
    void postgresSslModeIsHonoured();

    void eachThreadGetsItsOwnConnection_data() { sa::tests::addEngineRows(); }
    void eachThreadGetsItsOwnConnection();
    void destroyingTheProviderRemovesItsConnections_data() { sa::tests::addEngineRows(); }
    void destroyingTheProviderRemovesItsConnections();
    void lostPostgresConnectionIsReopened();
};

void tst_Connection::parsesDatabaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("sslRootCert");
    QTest::addColumn<QString>("schema");

    QTest::newRow("sqlite relative")
        << u"sqlite:data/audit.db"_s << u"QSQLITE"_s << u"data/audit.db"_s << QString() << 5432
        << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite absolute")
        << u"sqlite:/var/lib/sa/audit.db"_s << u"QSQLITE"_s << u"/var/lib/sa/audit.db"_s
        << QString() << 5432 << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("postgresql full")
        << u"postgresql://auditor@db.example.com:6543/parcels?sslmode=verify-full&sslrootcert=/etc/ssl/ca%20root.pem&schema=audit"_s
        << u"QPSQL"_s << QString() << u"db.example.com"_s << 6543 << u"parcels"_s << u"auditor"_s
        << u"verify-full"_s << u"/etc/ssl/ca root.pem"_s << u"audit"_s;
    QTest::newRow("postgres scheme, default port, no user")
        << u"postgres://10.0.0.5/parcels"_s << u"QPSQL"_s << QString() << u"10.0.0.5"_s << 5432
        << u"parcels"_s << QString() << QString() << QString() << QString();
}

void tst_Connection::parsesDatabaseUrls()
{
    QFETCH(QString, url);
    const auto config = parseDatabaseUrl(url);
    QVERIFY2(config, errorText(config).constData());
    QTEST(config->driverName(), "driver");
    QTEST(config->sqlitePath, "path");
    QTEST(config->host, "host");
    QTEST(config->port, "port");
    QTEST(config->database, "database");
    QTEST(config->user, "user");
    QTEST(config->sslMode, "sslMode");
    QTEST(config->sslRootCert, "sslRootCert");
    QTEST(config->schema, "schema");

    const auto again = parseDatabaseUrl(config->toUrl());
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(*again, *config);
    QVERIFY(!config->id().contains(u'?'));
}

void tst_Connection::refusesPasswordsInUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("user:password") << u"postgresql://auditor:s3cr3t-pw@db.example.com/parcels"_s;
    QTest::newRow("empty password") << u"postgresql://auditor:@db.example.com/parcels"_s;
    QTest::newRow("password parameter")
        << u"postgresql://auditor@db.example.com/parcels?password=s3cr3t-pw"_s;
}

void tst_Connection::refusesPasswordsInUrls()
{
    QFETCH(QString, url);
    const auto config = parseDatabaseUrl(url);
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(config.error().message.contains(u"password"_s), qPrintable(config.error().message));
    QVERIFY2(config.error().message.contains(u"pgpass"_s), qPrintable(config.error().message));
    QVERIFY2(!config.error().message.contains(u"s3cr3t"_s), "the message repeats the password");
}

void tst_Connection::refusesMalformedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("other engine") << u"mysql://u@h/db"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s;
    QTest::newRow("no database") << u"postgresql://u@h:5432"_s;
    QTest::newRow("no host") << u"postgresql:///db"_s;
    QTest::newRow("bad sslmode") << u"postgresql://u@h/db?sslmode=sometimes"_s;
    QTest::newRow("unknown parameter") << u"postgresql://u@h/db?sslmod=require"_s;
    QTest::newRow("schema not an identifier") << u"postgresql://u@h/db?schema=a;drop"_s;
}

void tst_Connection::refusesMalformedUrls()
{
    QFETCH(QString, url);
    const auto config = parseDatabaseUrl(url);
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::InvalidArgument);
}

void tst_Connection::sqliteConnectionsUseWalAndForeignKeys()
{
    auto database = TestDatabase::create(u"sqlite"_s);
    QVERIFY2(database, errorText(database).constData());
    ConnectionProvider provider((*database)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    QSqlQuery query(*db);
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_Connection::missingSqliteFolderIsDatabaseUnavailable()
{
    DatabaseConfig config;
    config.sqlitePath = u"/nonexistent-folder-for-a-test/audit.db"_s;
    ConnectionProvider provider(config);
    const auto db = provider.database();
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
    QVERIFY2(db.error().message.contains(u"/nonexistent-folder-for-a-test"_s),
             qPrintable(db.error().message));
}

void tst_Connection::wrongPostgresPasswordIsDatabaseUnavailable()
{
    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    const QString wrongPassword = u"not-the-password-4711"_s;
    ConnectionProvider provider((*database)->config(), wrongPassword);
    const auto db = provider.database();
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
    const QString message = db.error().message;
    QVERIFY2(message.contains(u"snapshot_test"_s) && message.contains(u"password"_s),
             qPrintable(message));
    QVERIFY2(!message.contains(wrongPassword), "the message repeats the password");
}

void tst_Connection::postgresSslModeIsHonoured()
{
    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    // The test server has no certificate: requiring TLS must fail, not fall back.
    DatabaseConfig config = (*database)->config();
    config.sslMode = u"require"_s;
    ConnectionProvider provider(config);
    const auto db = provider.database();
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
    QVERIFY2(db.error().message.contains(u"SSL"_s), qPrintable(db.error().message));
}

void tst_Connection::eachThreadGetsItsOwnConnection()
{
    QFETCH(QString, engine);
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    ConnectionProvider provider((*database)->config());
    QString mainName;
    {
        auto db = provider.database();
        QVERIFY2(db, errorText(db).constData());
        mainName = db->connectionName();
        QCOMPARE(mainName, provider.threadConnectionName());
        QVERIFY2(mainName.contains((*database)->config().id()), qPrintable(mainName));
    }

    QString workerName;
    QByteArray workerError;
    bool workerRan = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = provider.database();
        workerError = errorText(db);
        if (!db)
            return;
        workerName = db->connectionName();
        QSqlQuery query(*db);
        workerRan = query.exec(u"SELECT 1"_s) && query.next() && query.value(0).toInt() == 1;
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(workerError.isEmpty(), workerError.constData());
    QVERIFY(workerRan);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection went with its thread; the main thread's stays.
    QVERIFY(!QSqlDatabase::contains(workerName));
    QVERIFY(QSqlDatabase::contains(mainName));
    auto again = provider.database();
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(again->connectionName(), mainName);
}

void tst_Connection::destroyingTheProviderRemovesItsConnections()
{
    QFETCH(QString, engine);
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    QString name;
    {
        ConnectionProvider provider((*database)->config());
        ConnectionProvider second((*database)->config());
        auto db = provider.database();
        QVERIFY2(db, errorText(db).constData());
        name = db->connectionName();
        QVERIFY(second.threadConnectionName() != name);
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

void tst_Connection::lostPostgresConnectionIsReopened()
{
    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    ConnectionProvider provider((*database)->config());
    ConnectionProvider killer((*database)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    QSqlQuery pid(*db);
    QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    const int backend = pid.value(0).toInt();

    // A role may end its own sessions: this is what a server restart looks like to a client.
    auto killerDb = killer.database();
    QVERIFY2(killerDb, errorText(killerDb).constData());
    QSqlQuery kill(*killerDb);
    QVERIFY(kill.prepare(u"SELECT pg_terminate_backend(?)"_s));
    kill.addBindValue(backend);
    QVERIFY2(kill.exec() && kill.next() && kill.value(0).toBool(),
             qPrintable(kill.lastError().text()));

    QSqlQuery dead(*db);
    QVERIFY(!dead.exec(u"SELECT 1"_s));
    const Error error = provider.failure(dead.lastError(), u"Reading the history of r1"_s);
    QCOMPARE(error.code, ErrorCode::DatabaseUnavailable);
    QVERIFY2(error.message.startsWith(u"Reading the history of r1"_s), qPrintable(error.message));

    auto reopened = provider.database();
    QVERIFY2(reopened, errorText(reopened).constData());
    QSqlQuery alive(*reopened);
    QVERIFY(alive.exec(u"SELECT pg_backend_pid()"_s) && alive.next());
    QVERIFY(alive.value(0).toInt() != backend);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"

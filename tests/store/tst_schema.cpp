// The schema enforces the data contract by itself: these tests change the database with
// raw SQL, bypassing every piece of store code, on both engines.
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/migrator.h"
#include "core/store/sqlerrors.h"
#include "core/store/sqlscript_p.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::TestDatabase;

namespace {

// A migrated fresh database and this thread's connection to it. Members are destroyed
// in reverse order: the connection handle goes before the provider that removes it.
struct MigratedDatabase
{
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<ConnectionProvider> provider;
    QSqlDatabase db;

    DatabaseConfig::Engine engine() const { return database->config().engine; }
};

// Runs `sql` with `values` bound in order; on failure returns the error.
std::optional<QSqlError> execSql(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values = {})
{
    QSqlQuery query(db);
    // PostgreSQL prepares only plain DML; DDL, SET and TRUNCATE run unprepared.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return query.lastError();
        return std::nullopt;
    }
    if (!query.prepare(sql))
        return query.lastError();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

// The payload column holds zlib bytes on SQLite and jsonb on PostgreSQL.
QVariant payload(DatabaseConfig::Engine engine, const QByteArray &json)
{
    if (engine == DatabaseConfig::Engine::Sqlite)
        return qCompress(json).mid(4); // a zlib stream, as the store writes it
    return QString::fromUtf8(json);
}

QString checksumOf(char digit)
{
    return QString(64, QChar::fromLatin1(digit));
}

} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT

private:
    // Opens a fresh database for the row's engine and migrates it; returns what failed.
    QByteArray open(MigratedDatabase &fixture, bool migrate = true);
    bool insertSnapshot(MigratedDatabase &fixture, const QString &id, const QString &reportId,
                        int version, bool active, QSqlError *error = nullptr);
    bool seed(MigratedDatabase &fixture);

private Q_SLOTS:
    void bothEnginesShipTheSameMigrations();

    void migrationsApplyAndAreIdempotent_data() { sa::tests::addEngineRows(); }
    void migrationsApplyAndAreIdempotent();
    void newerSchemaIsRefused_data() { sa::tests::addEngineRows(); }
    void newerSchemaIsRefused();
    void legacyDatabaseIsNotMigrated_data() { sa::tests::addEngineRows(); }
    void legacyDatabaseIsNotMigrated();
    void ccp04DeploymentIsReportedAsLegacy();

    void frozenColumnsCannotBeUpdated_data();
    void frozenColumnsCannotBeUpdated();
    void chainHashIsRequired_data() { sa::tests::addEngineRows(); }
    void chainHashIsRequired();
    void snapshotsCannotBeDeleted_data() { sa::tests::addEngineRows(); }
    void snapshotsCannotBeDeleted();
    void isActiveCanBeToggled_data() { sa::tests::addEngineRows(); }
    void isActiveCanBeToggled();
    void deprecationIsSetOnce_data() { sa::tests::addEngineRows(); }
    void deprecationIsSetOnce();
    void activityLogIsAppendOnly_data() { sa::tests::addEngineRows(); }
    void activityLogIsAppendOnly();
    void activityLogTakesRepairActions_data() { sa::tests::addEngineRows(); }
    void activityLogTakesRepairActions();
    void upgradeKeepsTheActivityLog_data() { sa::tests::addEngineRows(); }
    void upgradeKeepsTheActivityLog();
    void repairsAreAppendOnly_data() { sa::tests::addEngineRows(); }
    void repairsAreAppendOnly();

    void atMostOneActiveVersionPerReport_data() { sa::tests::addEngineRows(); }
    void atMostOneActiveVersionPerReport();
    void versionIsUniquePerReport_data() { sa::tests::addEngineRows(); }
    void versionIsUniquePerReport();
    void asOfQueryUsesTheActivationIndex_data() { sa::tests::addEngineRows(); }
    void asOfQueryUsesTheActivationIndex();
};

QByteArray tst_Schema::open(MigratedDatabase &fixture, bool migrate)
{
    QFETCH(QString, engine);
    auto database = TestDatabase::create(engine);
    if (!database)
        return sa::tests::errorText(database);
    fixture.database = std::move(*database);
    fixture.provider = std::make_unique<ConnectionProvider>(fixture.database->config());
    auto db = fixture.provider->database();
    if (!db)
        return sa::tests::errorText(db);
    fixture.db = *db;
    return migrate ? sa::tests::errorText(Migrator(fixture.db).migrate()) : QByteArray();
}

bool tst_Schema::insertSnapshot(MigratedDatabase &fixture, const QString &id,
                                const QString &reportId, int version, bool active, QSqlError *error)
{
    const auto failed = execSql(
        fixture.db,
        u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, "
        u"snapshot_metadata, "
        "checksum, data_size, created_by, is_active, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {id, reportId, version, payload(fixture.engine(), R"({"v":1})"),
         uR"({"source":"manual"})"_s, checksumOf('a'), 7, 1, active, checksumOf('c')});
    if (failed && error)
        *error = *failed;
    return !failed;
}

// One user, reports r1 and r2, and snapshot s1 = version 1 of r1, active.
bool tst_Schema::seed(MigratedDatabase &fixture)
{
    for (const auto &[sql, values] : std::initializer_list<std::pair<QString, QVariantList>>{
             {u"INSERT INTO users (id, login, name) VALUES (?, ?, ?)"_s,
              {1, u"alice"_s, u"Alice"_s}},
             {u"INSERT INTO reports (id) VALUES (?)"_s, {u"r1"_s}},
             {u"INSERT INTO reports (id) VALUES (?)"_s, {u"r2"_s}}}) {
        if (const auto failed = execSql(fixture.db, sql, values)) {
            qWarning().noquote() << sql << failed->text();
            return false;
        }
    }
    QSqlError error;
    if (!insertSnapshot(fixture, u"s1"_s, u"r1"_s, 1, true, &error)) {
        qWarning().noquote() << error.text();
        return false;
    }
    return true;
}

void tst_Schema::bothEnginesShipTheSameMigrations()
{
    const QStringList sqlite = QDir(u":/sa/migrations/sqlite"_s).entryList(QDir::Files, QDir::Name);
    const QStringList postgresql
        = QDir(u":/sa/migrations/postgresql"_s).entryList(QDir::Files, QDir::Name);
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(sqlite, postgresql);
}

void tst_Schema::migrationsApplyAndAreIdempotent()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture, false);
    QVERIFY2(opened.isEmpty(), opened.constData());
    Migrator migrator(fixture.db);
    const int latest = migrator.latestVersion();
    QVERIFY(latest >= 1);

    auto before = migrator.inspect();
    QVERIFY2(before, sa::tests::errorText(before).constData());
    QCOMPARE(before->status, SchemaStatus::Empty);

    auto migrated = migrator.migrate();
    QVERIFY2(migrated, sa::tests::errorText(migrated).constData());
    QCOMPARE(migrated->status, SchemaStatus::Current);
    QCOMPARE(migrated->version, latest);
    QCOMPARE(scalar(fixture.db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), latest);
    for (const QString &table :
         {u"users"_s, u"reports"_s, u"report_snapshots"_s, u"activity_logs"_s})
        QVERIFY2(!execSql(fixture.db, u"SELECT count(*) FROM "_s + table), qPrintable(table));

    // Again, and from a second connection: nothing to do, nothing recorded twice.
    auto again = migrator.migrate();
    QVERIFY2(again, sa::tests::errorText(again).constData());
    QCOMPARE(again->status, SchemaStatus::Current);
    ConnectionProvider other(fixture.database->config());
    auto otherDb = other.database();
    QVERIFY2(otherDb, sa::tests::errorText(otherDb).constData());
    auto fromOther = Migrator(*otherDb).migrate();
    QVERIFY2(fromOther, sa::tests::errorText(fromOther).constData());
    QCOMPARE(fromOther->status, SchemaStatus::Current);
    QCOMPARE(scalar(fixture.db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), latest);
}

void tst_Schema::newerSchemaIsRefused()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    Migrator migrator(fixture.db);
    const int future = migrator.latestVersion() + 1;
    QVERIFY(!execSql(fixture.db, u"INSERT INTO schema_migrations (version, name) VALUES (?, ?)"_s,
                     {future, u"from_a_newer_release"_s}));

    const auto state = migrator.inspect();
    QVERIFY(state);
    QCOMPARE(state->status, SchemaStatus::TooNew);
    const auto refused = migrator.migrate();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(refused.error().message.contains(QString::number(future)),
             sa::tests::errorText(refused).constData());
    QCOMPARE(scalar(fixture.db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), future);
}

void tst_Schema::legacyDatabaseIsNotMigrated()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture, false);
    QVERIFY2(opened.isEmpty(), opened.constData());
    // What a CCP-04 deployment has: its tables, no schema_migrations.
    QVERIFY(!execSql(fixture.db, u"CREATE TABLE report_snapshots (id varchar(64) PRIMARY KEY, "
                                 "report_id varchar(64) NOT NULL, version integer NOT NULL)"_s));
    Migrator migrator(fixture.db);
    const auto state = migrator.inspect();
    QVERIFY(state);
    QCOMPARE(state->status, SchemaStatus::Legacy);
    const auto refused = migrator.migrate();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::LegacySchema);
    QVERIFY(execSql(fixture.db, u"SELECT count(*) FROM schema_migrations"_s).has_value());
}

// The real thing: the dump of a database the CCP-04 service wrote, loaded with psql.
void tst_Schema::ccp04DeploymentIsReportedAsLegacy()
{
    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, sa::tests::errorText(database).constData());
    const DatabaseConfig &config = (*database)->config();
    const auto loaded = sa::tests::loadCcp04Fixture(config);
    QVERIFY2(loaded, sa::tests::errorText(loaded).constData());

    ConnectionProvider provider(config);
    auto db = provider.database();
    QVERIFY2(db, sa::tests::errorText(db).constData());
    Migrator migrator(*db);
    const auto state = migrator.inspect();
    QVERIFY2(state, sa::tests::errorText(state).constData());
    QCOMPARE(state->status, SchemaStatus::Legacy);
    const auto refused = migrator.migrate();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::LegacySchema);
    // Untouched: the 18 snapshots, no schema_migrations, none of our triggers.
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM report_snapshots"_s).toInt(), 18);
    QVERIFY(execSql(*db, u"SELECT count(*) FROM schema_migrations"_s).has_value());
    QCOMPARE(
        scalar(*db,
               u"SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass('report_snapshots') "
               "AND NOT tgisinternal"_s)
            .toInt(),
        0);
}

void tst_Schema::frozenColumnsCannotBeUpdated_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QVariant>("value");
    const std::initializer_list<std::pair<const char *, QVariant>> changes = {
        {"id = ?", u"s1-renamed"_s},
        {"report_id = ?", u"r2"_s},
        {"version = ?", 2},
        {"parcel_snapshot = ?", QVariant()}, // engine-specific, filled in below
        {"snapshot_metadata = ?", uR"({"source":"api"})"_s},
        {"checksum = ?", checksumOf('b')},
        {"data_size = ?", 8},
        {"parent_snapshot_id = ?", u"s1"_s},
        {"changes_summary = ?", uR"({"added":[]})"_s},
        {"created_by = ?", 1},
        {"created_at = ?", u"2001-01-01T00:00:00.000Z"_s},
        // The hash chain (migration 0003) is set once, with the row.
        {"chain_hash = ?", checksumOf('d')},
        {"chain_hash = NULL", QVariant()},
        // Naming a frozen column is refused even when the value stays the same.
        {"checksum = checksum", QVariant()},
    };
    for (const QString &engine : sa::tests::storeEngines()) {
        for (const auto &[assignment, value] : changes) {
            QVariant bound = value;
            if (QByteArrayView(assignment) == "parcel_snapshot = ?") {
                bound = payload(engine == u"sqlite" ? DatabaseConfig::Engine::Sqlite
                                                    : DatabaseConfig::Engine::PostgreSql,
                                R"({"v":"tampered"})");
            }
            QTest::addRow("%s: %s", qPrintable(engine), assignment)
                << engine << QString::fromLatin1(assignment) << bound;
        }
    }
}

void tst_Schema::frozenColumnsCannotBeUpdated()
{
    QFETCH(QString, assignment);
    QFETCH(QVariant, value);
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    const QString selectRow
        = u"SELECT checksum || ':' || version || ':' || report_id || ':' || created_at "
          "FROM report_snapshots WHERE id = 's1'"_s;
    const QString before = scalar(fixture.db, selectRow).toString();
    QVERIFY(!before.isEmpty());

    const auto failed
        = execSql(fixture.db, u"UPDATE report_snapshots SET "_s + assignment + u" WHERE id = ?"_s,
                  value.isValid() ? QVariantList{value, u"s1"_s} : QVariantList{u"s1"_s});
    QVERIFY2(failed, "the update went through");
    QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
    const Error error = errorFromSql(*failed, fixture.engine(), u"Updating a snapshot"_s);
    QCOMPARE(error.code, ErrorCode::Immutable);
    QVERIFY2(error.message.contains(u"immutable"_s), qPrintable(error.message));
    QCOMPARE(scalar(fixture.db, selectRow).toString(), before);
}

void tst_Schema::chainHashIsRequired()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    const QString insert
        = u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, "
          "data_size, created_by, is_active, chain_hash) VALUES ('s2', 'r2', 1, ?, '{}', ?, 7, 1, ?, ?)"_s;
    const QVariant payloadValue = payload(fixture.engine(), R"({"v":1})");
    // Without a chain hash, or with one that is not 64 lowercase hex digits: refused.
    for (const QVariant &chain : {QVariant(QMetaType::fromType<QString>()), QVariant(checksumOf('A')),
                                  QVariant(u"abc"_s)}) {
        QVERIFY2(execSql(fixture.db, insert, {payloadValue, checksumOf('a'), true, chain}),
                 qPrintable(chain.toString()));
    }
    const auto failed = execSql(fixture.db, insert, {payloadValue, checksumOf('a'), true, checksumOf('c')});
    QVERIFY2(!failed, qPrintable(failed ? failed->text() : QString()));
}

void tst_Schema::snapshotsCannotBeDeleted()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));

    auto failed = execSql(fixture.db, u"DELETE FROM report_snapshots WHERE id = ?"_s, {u"s1"_s});
    QVERIFY2(failed, "the delete went through");
    QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
    QVERIFY2(failed->databaseText().contains(u"never be deleted"_s),
             qPrintable(failed->databaseText()));

    // Deleting the report would take its snapshots with it: refused too.
    QVERIFY(execSql(fixture.db, u"DELETE FROM reports WHERE id = ?"_s, {u"r1"_s}));

    if (fixture.engine() == DatabaseConfig::Engine::PostgreSql) {
        for (const QString &truncate :
             {u"TRUNCATE report_snapshots CASCADE"_s, u"TRUNCATE reports CASCADE"_s}) {
            failed = execSql(fixture.db, truncate);
            QVERIFY2(failed, qPrintable(truncate));
            QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
        }
    }
    QCOMPARE(scalar(fixture.db, u"SELECT count(*) FROM report_snapshots"_s).toInt(), 1);
}

void tst_Schema::isActiveCanBeToggled()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    for (const bool active : {false, true, false}) {
        const auto failed
            = execSql(fixture.db, u"UPDATE report_snapshots SET is_active = ? WHERE id = ?"_s,
                      {active, u"s1"_s});
        QVERIFY2(!failed, qPrintable(failed ? failed->text() : QString()));
        QCOMPARE(scalar(fixture.db, u"SELECT is_active FROM report_snapshots WHERE id = 's1'"_s)
                     .toBool(),
                 active);
    }
}

void tst_Schema::deprecationIsSetOnce()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    const QString update
        = u"UPDATE report_snapshots SET deprecated_at = ?, deprecated_reason = ? WHERE id = ?"_s;

    // A deprecation says why: a time without a reason is refused by a constraint.
    QVERIFY(execSql(fixture.db, u"UPDATE report_snapshots SET deprecated_at = ? WHERE id = ?"_s,
                    {u"2026-01-02T03:04:05.000Z"_s, u"s1"_s}));

    auto failed
        = execSql(fixture.db, update, {u"2026-01-02T03:04:05.000Z"_s, u"wrong parcel"_s, u"s1"_s});
    QVERIFY2(!failed, qPrintable(failed ? failed->text() : QString()));

    const std::initializer_list<QVariantList> changes = {
        {u"2026-01-02T03:04:05.000Z"_s, u"another reason"_s, u"s1"_s},
        {u"2027-01-01T00:00:00.000Z"_s, u"wrong parcel"_s, u"s1"_s},
        {QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
         u"s1"_s},
    };
    for (const QVariantList &change : changes) {
        failed = execSql(fixture.db, update, change);
        QVERIFY2(failed, "a deprecation was changed");
        QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
        QVERIFY2(failed->databaseText().contains(u"set once"_s),
                 qPrintable(failed->databaseText()));
    }
    QCOMPARE(scalar(fixture.db, u"SELECT deprecated_reason FROM report_snapshots WHERE id = 's1'"_s)
                 .toString(),
             u"wrong parcel"_s);
    // Deprecated or not, the active flag still moves.
    QVERIFY(!execSql(fixture.db, u"UPDATE report_snapshots SET is_active = ? WHERE id = ?"_s,
                     {false, u"s1"_s}));
}

void tst_Schema::activityLogIsAppendOnly()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    auto failed
        = execSql(fixture.db,
                  u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  {1, u"create"_s, u"r1"_s, 1, u"first import"_s});
    QVERIFY2(!failed, qPrintable(failed ? failed->text() : QString()));
    // A log entry for a version that does not exist is refused.
    QVERIFY(execSql(
        fixture.db,
        u"INSERT INTO activity_logs (user_id, action, report_id, version) VALUES (?, ?, ?, ?)"_s,
        {1, u"rollback"_s, u"r1"_s, 9}));

    for (const QString &sql :
         {u"UPDATE activity_logs SET reason = 'edited'"_s, u"DELETE FROM activity_logs"_s}) {
        failed = execSql(fixture.db, sql);
        QVERIFY2(failed, qPrintable(sql));
        QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
    }
    QCOMPARE(scalar(fixture.db, u"SELECT reason FROM activity_logs"_s).toString(),
             u"first import"_s);
}

void tst_Schema::activityLogTakesRepairActions()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    const QString insert = u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                           "VALUES (?, ?, ?, ?, ?)"_s;
    for (const QString &action : {u"repair"_s, u"record_checksum"_s}) {
        const auto failed = execSql(fixture.db, insert, {1, action, u"r1"_s, 1, u"why"_s});
        QVERIFY2(!failed, qPrintable(failed ? failed->text() : action));
    }
    QVERIFY(execSql(fixture.db, insert, {1, u"edit"_s, u"r1"_s, 1, u"why"_s}));
    QCOMPARE(scalar(fixture.db, u"SELECT count(*) FROM activity_logs"_s).toInt(), 2);
}

// Migration 0005 rebuilds activity_logs on SQLite: rows, ids, the id sequence, the index and
// the append-only triggers survive the upgrade from schema 4.
void tst_Schema::upgradeKeepsTheActivityLog()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture, false);
    QVERIFY2(opened.isEmpty(), opened.constData());
    const QString folder = fixture.engine() == DatabaseConfig::Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s;
    const QDir dir(u":/sa/migrations/"_s + folder);
    const QStringList files = dir.entryList({u"000[1-4]_*.sql"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 4);
    for (const QString &file : files) {
        QFile script(dir.filePath(file));
        QVERIFY(script.open(QIODevice::ReadOnly));
        for (const QString &statement : Internal::splitSqlScript(QString::fromUtf8(script.readAll()))) {
            const auto failed = execSql(fixture.db, statement);
            QVERIFY2(!failed, qPrintable(file + u": "_s + (failed ? failed->text() : QString())));
        }
        QVERIFY(!execSql(fixture.db, u"INSERT INTO schema_migrations (version, name) VALUES (?, ?)"_s,
                         {file.left(4).toInt(), file.mid(5).chopped(4)}));
    }
    QVERIFY(seed(fixture));
    const QString insert = u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                           "VALUES (?, ?, ?, ?, ?)"_s;
    for (const QString &reason : {u"first"_s, u"second"_s, u"third"_s})
        QVERIFY(!execSql(fixture.db, insert, {1, u"create"_s, u"r1"_s, 1, reason}));
    const auto entries = [&fixture] {
        QStringList rows;
        QSqlQuery query(fixture.db);
        query.exec(u"SELECT id, action, reason, created_at FROM activity_logs ORDER BY id"_s);
        while (query.next())
            rows.append(u"%1 %2 %3 %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString()));
        return rows;
    };
    const QStringList before = entries();
    QCOMPARE(before.size(), 3);

    const auto migrated = Migrator(fixture.db).migrate();
    QVERIFY2(migrated, sa::tests::errorText(migrated).constData());
    QCOMPARE(migrated->version, Migrator(fixture.db).latestVersion());
    QCOMPARE(entries(), before);
    QCOMPARE(scalar(fixture.db, u"SELECT max(id) FROM activity_logs"_s).toInt(), 3);
    // New entries continue after the old ids, and the triggers still refuse changes.
    QVERIFY(!execSql(fixture.db, insert, {1, u"repair"_s, u"r1"_s, 1, u"fourth"_s}));
    QCOMPARE(scalar(fixture.db, u"SELECT id FROM activity_logs WHERE reason = 'fourth'"_s).toInt(), 4);
    for (const QString &sql : {u"UPDATE activity_logs SET reason = 'edited'"_s, u"DELETE FROM activity_logs"_s}) {
        const auto failed = execSql(fixture.db, sql);
        QVERIFY2(failed, qPrintable(sql));
        QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
    }
    QCOMPARE(scalar(fixture.db, fixture.engine() == DatabaseConfig::Engine::Sqlite
                                    ? u"SELECT count(*) FROM sqlite_master WHERE name = 'idx_activity_activation'"_s
                                    : u"SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_activity_activation' "
                                      "AND schemaname = current_schema()"_s)
                 .toInt(),
             1);
}

void tst_Schema::repairsAreAppendOnly()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    const QString insert = u"INSERT INTO snapshot_repairs (snapshot_id, parcel_snapshot, data_size, repaired_by, "
                           "reason, altered_paths) VALUES (?, ?, ?, ?, ?, ?)"_s;
    const QVariant document = payload(fixture.engine(), R"({"v":1})");
    // A repair says why, names its paths as a JSON array, and repairs a stored snapshot.
    QVERIFY(execSql(fixture.db, insert, {u"s1"_s, document, 7, 1, u"  "_s, uR"(["/v"])"_s}));
    QVERIFY(execSql(fixture.db, insert, {u"s1"_s, document, 7, 1, u"why"_s, uR"({"/v":1})"_s}));
    QVERIFY(execSql(fixture.db, insert, {u"nope"_s, document, 7, 1, u"why"_s, uR"(["/v"])"_s}));
    auto failed = execSql(fixture.db, insert, {u"s1"_s, document, 7, 1, u"why"_s, uR"(["/v"])"_s});
    QVERIFY2(!failed, qPrintable(failed ? failed->text() : QString()));
    // One repair per snapshot.
    failed = execSql(fixture.db, insert, {u"s1"_s, document, 7, 1, u"again"_s, uR"(["/v"])"_s});
    QVERIFY(failed);
    QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::UniqueViolation);

    QStringList changes{u"UPDATE snapshot_repairs SET reason = 'edited'"_s, u"DELETE FROM snapshot_repairs"_s};
    if (fixture.engine() == DatabaseConfig::Engine::PostgreSql)
        changes.append(u"TRUNCATE snapshot_repairs"_s);
    for (const QString &sql : std::as_const(changes)) {
        failed = execSql(fixture.db, sql);
        QVERIFY2(failed, qPrintable(sql));
        QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::ImmutableRule);
        QVERIFY2(failed->databaseText().contains(u"append-only"_s), qPrintable(failed->databaseText()));
    }
    QCOMPARE(scalar(fixture.db, u"SELECT reason FROM snapshot_repairs"_s).toString(), u"why"_s);
}

void tst_Schema::atMostOneActiveVersionPerReport()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    QSqlError error;
    QVERIFY(!insertSnapshot(fixture, u"s2"_s, u"r1"_s, 2, true, &error));
    QCOMPARE(classifySqlError(error, fixture.engine()), SqlFailure::UniqueViolation);

    QVERIFY(insertSnapshot(fixture, u"s2"_s, u"r1"_s, 2, false));
    auto failed = execSql(fixture.db, u"UPDATE report_snapshots SET is_active = ? WHERE id = ?"_s,
                          {true, u"s2"_s});
    QVERIFY2(failed, "a second version became active");
    QCOMPARE(classifySqlError(*failed, fixture.engine()), SqlFailure::UniqueViolation);

    // Another report has its own active version.
    QVERIFY(insertSnapshot(fixture, u"t1"_s, u"r2"_s, 1, true));
    QCOMPARE(
        scalar(fixture.db, u"SELECT count(*) FROM report_snapshots WHERE is_active = ?"_s, {true})
            .toInt(),
        2);
}

void tst_Schema::versionIsUniquePerReport()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(seed(fixture));
    QSqlError error;
    QVERIFY(!insertSnapshot(fixture, u"s1-again"_s, u"r1"_s, 1, false, &error));
    QCOMPARE(classifySqlError(error, fixture.engine()), SqlFailure::UniqueViolation);
    QVERIFY(insertSnapshot(fixture, u"t1"_s, u"r2"_s, 1, true));
    // A snapshot id is unique across reports.
    QVERIFY(!insertSnapshot(fixture, u"t1"_s, u"r2"_s, 2, false, &error));
    QCOMPARE(classifySqlError(error, fixture.engine()), SqlFailure::UniqueViolation);
}

void tst_Schema::asOfQueryUsesTheActivationIndex()
{
    MigratedDatabase fixture;
    const QByteArray opened = open(fixture);
    QVERIFY2(opened.isEmpty(), opened.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    if (!sqlite) {
        // The planner would scan a table this small anyway; the question is whether the
        // index can serve the query.
        QVERIFY(!execSql(fixture.db, u"SET enable_seqscan = off"_s));
    }
    const QString asOf
        = u"SELECT version FROM activity_logs WHERE report_id = 'r1' "
          "AND action IN ('create', 'rollback') AND created_at <= '2030-01-01T00:00:00Z' "
          "ORDER BY created_at DESC, id DESC LIMIT 1"_s;
    QSqlQuery plan(fixture.db);
    QVERIFY(plan.exec((sqlite ? u"EXPLAIN QUERY PLAN "_s : u"EXPLAIN "_s) + asOf));
    QString text;
    while (plan.next())
        text += plan.value(sqlite ? 3 : 0).toString() + u'\n';
    QVERIFY2(text.contains(u"idx_activity_activation"_s), qPrintable(text));
    // One descent, already in order: no sort step.
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s) && !text.contains(u"Sort"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"

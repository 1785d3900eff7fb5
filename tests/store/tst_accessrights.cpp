// Roles and privileges against the real PostgreSQL test server: the SQL of
// `snapshotctl admin roles`, what each group may do with raw SQL and through the store, and
// what AccessRights reports for it; on SQLite, what a writable or read-only file allows.
#include "snapshotctlrunner.h"
#include "storetestsupport.h"

#include "core/store/accessrights.h"
#include "core/store/connectionprovider.h"
#include "core/store/migrator.h"
#include "core/store/rolesql.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::CliRun;
using sa::tests::TestDatabase;
using sa::tests::errorText;
using sa::tests::runSnapshotctl;

namespace {

// Cluster-wide names must not meet another run's (or another test's) roles.
QString uniquePrefix()
{
    return u"t%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
}

// 256 random bits as hex: nothing SQL quoting or .pgpass treats specially. Kept in memory,
// never printed.
QString randomPassword()
{
    QString password;
    for (int i = 0; i < 4; ++i)
        password += u"%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    return password;
}

CreateSnapshotRequest request(const QString &reportId, int value)
{
    CreateSnapshotRequest request;
    request.reportId = reportId;
    request.json = QByteArray(R"({"parcel":"P-1","value":)") + QByteArray::number(value) + '}';
    return request;
}

// The SQLSTATE of a failed statement, or empty when it ran.
QString sqlState(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    bool ran = false;
    if (values.isEmpty()) {
        ran = query.exec(sql); // TRUNCATE cannot be prepared
    } else {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ran = query.exec();
    }
    if (ran)
        return {};
    const QString state = query.lastError().nativeErrorCode();
    return state.isEmpty() ? u"(no SQLSTATE: %1)"_s.arg(query.lastError().text()) : state;
}

const QString kInsufficientPrivilege = u"42501"_s;

// A repair written by hand, without a proof: only the server's grants stand in the way.
const QString kInsertRepair = u"INSERT INTO snapshot_repairs (snapshot_id, parcel_snapshot, data_size, repaired_by, "
                              "reason, altered_paths) SELECT id, parcel_snapshot, data_size, created_by, 'by hand', "
                              "'[]' FROM report_snapshots LIMIT 1"_s;

// A checksum recorded by hand, for a version of any kind.
const QString kInsertRecordedChecksum = u"INSERT INTO recorded_checksums (snapshot_id, checksum, recorded_by) "
                                        "SELECT id, checksum, created_by FROM report_snapshots LIMIT 1"_s;

} // namespace

class tst_AccessRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void roleSqlQuotesTheSchema();
    void rolePrefixMustBePlain_data();
    void rolePrefixMustBePlain();

    void accessRightsMatchTheRole_data();
    void accessRightsMatchTheRole();
    void uninitialisedSchemaIsNotAnError();
    void sqliteFileDecidesWrites_data();
    void sqliteFileDecidesWrites();
    void sqliteReadOnlyFile();

    void auditorReadsButCannotWrite_data();
    void auditorReadsButCannotWrite();
    void writerCreatesButCannotRollBack();
    void writerCannotUpdateOrDelete_data();
    void writerCannotUpdateOrDelete();
    void adminRollsBackAndDeprecates();
    void adminCannotChangePayloadOrDelete_data();
    void adminCannotChangePayloadOrDelete();
    void adminMayRecordRepairs();
    void refusedWriteIsPermissionDenied();

    void snapshotctlPrintsTheRoles();
    void snapshotctlAppliesTheRoles();
    void snapshotctlRefusesBeforeAsking_data();
    void snapshotctlRefusesBeforeAsking();

private:
    struct Login
    {
        QString name;
        QString password;
        std::unique_ptr<ConnectionProvider> provider;
    };

    QSqlDatabase as(const QString &group);
    [[nodiscard]] QByteArray execAsSuperuser(const QString &sql);
    [[nodiscard]] QByteArray dropRoles(const QStringList &roles);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ConnectionProvider> m_owner; // the app role, which migrated the schema
    std::unique_ptr<ConnectionProvider> m_superuser;
    QString m_prefix;
    SnapshotRoles m_roles;
    std::map<QString, Login> m_logins; // by group: "auditor", "writer", "admin"
    QStringList m_createdRoles; // dropped at the end, logins first
};

QByteArray tst_AccessRights::execAsSuperuser(const QString &sql)
{
    auto db = m_superuser->database();
    if (!db)
        return db.error().toString().toUtf8();
    QSqlQuery query(*db);
    // The error text only: a statement may carry a password.
    return query.exec(sql) ? QByteArray() : query.lastError().text().toUtf8();
}

QByteArray tst_AccessRights::dropRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        return {};
    const QString list = roles.join(u", "_s);
    for (const QString &sql : {u"REASSIGN OWNED BY %1 TO CURRENT_USER"_s.arg(list), u"DROP OWNED BY %1"_s.arg(list),
                               u"DROP ROLE IF EXISTS %1"_s.arg(list)}) {
        if (QByteArray failed = execAsSuperuser(sql); !failed.isEmpty())
            return failed;
    }
    return {};
}

QSqlDatabase tst_AccessRights::as(const QString &group)
{
    auto db = m_logins.at(group).provider->database();
    if (!db)
        qWarning().noquote() << "cannot connect as the" << group << "login:" << db.error().toString();
    return db ? *db : QSqlDatabase();
}

void tst_AccessRights::initTestCase()
{
    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    m_database = std::move(database).value();
    m_owner = std::make_unique<ConnectionProvider>(m_database->config());
    m_superuser = std::make_unique<ConnectionProvider>(m_database->superuserConfig());
    auto ownerDb = m_owner->database();
    QVERIFY2(ownerDb, errorText(ownerDb).constData());
    const auto migrated = Migrator(*ownerDb).migrate();
    QVERIFY2(migrated, errorText(migrated).constData());

    // History the roles work on, written by the owner.
    SnapshotStore store(*m_owner);
    for (const auto &[report, versions] : std::map<QString, int>{{u"r-read"_s, 2}, {u"r-writer"_s, 1}, {u"r-admin"_s, 3}}) {
        for (int version = 1; version <= versions; ++version) {
            const auto created = store.create(request(report, version));
            QVERIFY2(created, errorText(created).constData());
        }
    }

    m_prefix = uniquePrefix();
    const auto roles = snapshotRoles(m_prefix);
    QVERIFY2(roles, errorText(roles).constData());
    m_roles = *roles;
    // Groups are recorded for clean-up before they exist: a half-applied set-up is undone.
    m_createdRoles = {m_roles.auditor, m_roles.writer, m_roles.admin};
    const auto applied = applyRoleSetup(*m_superuser, m_database->config().schema, m_prefix);
    QVERIFY2(applied, errorText(applied).constData());
    // Twice: the SQL is idempotent.
    const auto again = applyRoleSetup(*m_superuser, m_database->config().schema, m_prefix);
    QVERIFY2(again, errorText(again).constData());

    const std::map<QString, QString> groups{
        {u"auditor"_s, m_roles.auditor}, {u"writer"_s, m_roles.writer}, {u"admin"_s, m_roles.admin}};
    for (const auto &[group, groupRole] : groups) {
        Login login{m_prefix + u"_login_"_s + group, randomPassword(), nullptr};
        m_createdRoles.prepend(login.name);
        const QByteArray failed = execAsSuperuser(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(
            login.name, login.password, groupRole));
        QVERIFY2(failed.isEmpty(), failed.constData());
        DatabaseConfig config = m_database->config();
        config.user = login.name;
        login.provider = std::make_unique<ConnectionProvider>(config, login.password);
        m_logins.emplace(group, std::move(login));
    }
}

void tst_AccessRights::cleanupTestCase()
{
    m_logins.clear(); // their connections first: a role with a session cannot be dropped
    if (m_superuser) {
        const QByteArray failed = dropRoles(m_createdRoles);
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    m_superuser.reset();
    m_owner.reset();
    m_database.reset();
}

void tst_AccessRights::roleSqlQuotesTheSchema()
{
    const auto statements = roleSetupStatements(u"odd \"name\"; DROP"_s, u"snapshot"_s);
    QVERIFY2(statements, errorText(statements).constData());
    const QString sql = statements->join(u";\n"_s);
    QVERIFY2(sql.contains(u"GRANT USAGE ON SCHEMA \"odd \"\"name\"\"; DROP\" TO snapshot_auditor"_s), qPrintable(sql));
    QVERIFY(sql.contains(
        u"GRANT UPDATE (is_active, deprecated_at, deprecated_reason) ON \"odd \"\"name\"\"; DROP\".report_snapshots "
        "TO snapshot_admin"_s));
    for (const QString &forbidden : {u"DELETE"_s, u"TRUNCATE"_s, u"GRANT ALL"_s, u"GRANT UPDATE ON"_s})
        QVERIFY2(!sql.contains(forbidden), qPrintable(forbidden));
    QVERIFY(!roleSetupStatements(QString(), u"snapshot"_s));
}

void tst_AccessRights::rolePrefixMustBePlain_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"snapshot"_s << true;
    QTest::newRow("underscore and digits") << u"_team_2"_s << true;
    QTest::newRow("quote") << u"x'y"_s << false;
    QTest::newRow("statement") << u"x; DROP ROLE postgres"_s << false;
    QTest::newRow("upper case") << u"Snapshot"_s << false;
    QTest::newRow("leading digit") << u"2team"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << QString(41, u'a') << false;
}

void tst_AccessRights::rolePrefixMustBePlain()
{
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    const auto roles = snapshotRoles(prefix);
    QCOMPARE(roles.hasValue(), valid);
    if (!valid)
        QCOMPARE(roles.error().code, ErrorCode::InvalidArgument);
}

void tst_AccessRights::accessRightsMatchTheRole_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("rollback");
    QTest::addColumn<bool>("deprecate");
    QTest::addColumn<QString>("rollbackReason"); // what whyNot(Rollback) names
    QTest::addColumn<bool>("repair");
    QTest::newRow("owner") << u"owner"_s << true << true << true << QString() << true;
    QTest::newRow("auditor") << u"auditor"_s << false << false << false << u"report_snapshots.is_active"_s << false;
    QTest::newRow("writer") << u"writer"_s << true << false << false << u"report_snapshots.is_active"_s << false;
    QTest::newRow("admin") << u"admin"_s << true << true << true << QString() << true;
}

void tst_AccessRights::accessRightsMatchTheRole()
{
    QFETCH(QString, group);
    QFETCH(bool, create);
    QFETCH(bool, rollback);
    QFETCH(bool, deprecate);
    QFETCH(QString, rollbackReason);
    QFETCH(bool, repair);
    ConnectionProvider &provider = group == u"owner" ? *m_owner : *m_logins.at(group).provider;
    const auto rights = AccessRights::query(provider);
    QVERIFY2(rights, errorText(rights).constData());
    QVERIFY(rights->initialised);
    QCOMPARE(rights->role, group == u"owner" ? m_database->config().user : m_logins.at(group).name);
    QCOMPARE(rights->may(AccessRights::Action::Create), create);
    QCOMPARE(rights->may(AccessRights::Action::Rollback), rollback);
    QCOMPARE(rights->may(AccessRights::Action::Deprecate), deprecate);
    // Exactly the privileges granted, column by column.
    QCOMPARE(rights->insertSnapshots, create);
    QCOMPARE(rights->insertReports, create);
    QCOMPARE(rights->insertActivity, create);
    QCOMPARE(rights->insertUsers, create);
    QCOMPARE(rights->lockReports, create);
    QCOMPARE(rights->updateIsActive, rollback);
    QCOMPARE(rights->updateDeprecatedAt, deprecate);
    QCOMPARE(rights->updateDeprecatedReason, deprecate);
    QCOMPARE(rights->insertRepairs, repair);
    QCOMPARE(rights->may(AccessRights::Action::Repair), repair);
    // Recording a checksum is an admin's, as a repair is.
    QCOMPARE(rights->insertRecordedChecksums, repair);
    QCOMPARE(rights->may(AccessRights::Action::RecordChecksum), repair);
    if (!repair)
        QVERIFY(rights->whyNot(AccessRights::Action::Repair).contains(u"snapshot_repairs"_s));
    const QString why = rights->whyNot(AccessRights::Action::Rollback);
    if (rollbackReason.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
    } else {
        QVERIFY2(why.contains(rollbackReason), qPrintable(why));
        QVERIFY2(why.contains(u'"' + rights->role + u'"'), qPrintable(why));
        // And the group it has its privileges through.
        const QString groupRole = group == u"auditor" ? m_roles.auditor : m_roles.writer;
        QCOMPARE(rights->memberOf, QStringList { groupRole });
        QVERIFY2(why.contains(u"member of "_s + groupRole), qPrintable(why));
    }
    if (!create)
        QVERIFY(rights->whyNot(AccessRights::Action::Create).contains(u"report_snapshots"_s));
}

void tst_AccessRights::uninitialisedSchemaIsNotAnError()
{
    auto empty = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(empty, errorText(empty).constData());
    ConnectionProvider provider((*empty)->config());
    const auto rights = AccessRights::query(provider);
    QVERIFY2(rights, errorText(rights).constData());
    QVERIFY(!rights->initialised);
    QVERIFY(!rights->may(AccessRights::Action::Create));
    QVERIFY(rights->whyNot(AccessRights::Action::Rollback).contains(u"not initialised"_s));
}

// The decision, as a value: root (which runs these tests in CI) may write any file, so a
// read-only file cannot be made here for every user; sqliteReadOnlyFile() does what it can.
void tst_AccessRights::sqliteFileDecidesWrites_data()
{
    QTest::addColumn<bool>("writable");
    QTest::newRow("writable file") << true;
    QTest::newRow("read-only file") << false;
}

void tst_AccessRights::sqliteFileDecidesWrites()
{
    QFETCH(bool, writable);
    const AccessRights rights = AccessRights::forSqliteFile(u"/data/store.db"_s, writable);
    for (const auto action : {AccessRights::Action::Create, AccessRights::Action::Rollback, AccessRights::Action::Deprecate}) {
        QCOMPARE(rights.may(action), writable);
        if (!writable)
            QVERIFY(rights.whyNot(action).contains(u"/data/store.db"_s));
    }
}

void tst_AccessRights::sqliteReadOnlyFile()
{
    auto database = TestDatabase::create(u"sqlite"_s);
    QVERIFY2(database, errorText(database).constData());
    ConnectionProvider provider((*database)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    const auto migrated = Migrator(*db).migrate();
    QVERIFY2(migrated, errorText(migrated).constData());
    const auto created = SnapshotStore(provider).create(request(u"r1"_s, 1));
    QVERIFY2(created, errorText(created).constData());
    auto rights = AccessRights::query(provider);
    QVERIFY2(rights, errorText(rights).constData());
    QVERIFY(rights->may(AccessRights::Action::Create));
    QVERIFY(rights->may(AccessRights::Action::Rollback));

    const QString path = (*database)->config().sqlitePath;
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
    rights = AccessRights::query(provider);
    QVERIFY2(rights, errorText(rights).constData());
    if (geteuid() == 0) {
        // Root writes to a 0444 file all the same, and QFileInfo says so: still the truth.
        QVERIFY(rights->may(AccessRights::Action::Create));
    } else {
        QVERIFY(!rights->may(AccessRights::Action::Create));
        QVERIFY(!rights->may(AccessRights::Action::Deprecate));
        QVERIFY(rights->whyNot(AccessRights::Action::Rollback).contains(u"read-only"_s));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void tst_AccessRights::auditorReadsButCannotWrite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("insert report") << u"INSERT INTO reports (id) VALUES ('r-new')"_s;
    QTest::newRow("insert user") << u"INSERT INTO users (login) VALUES ('mallory')"_s;
    QTest::newRow("insert snapshot")
        << u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, "
           "data_size, created_by, is_active) SELECT 'x', report_id, 9, parcel_snapshot, snapshot_metadata, checksum, "
           "data_size, created_by, false FROM report_snapshots LIMIT 1"_s;
    QTest::newRow("insert activity")
        << u"INSERT INTO activity_logs (user_id, action, report_id, version) VALUES (1, 'create', 'r-read', 1)"_s;
    QTest::newRow("insert repair") << kInsertRepair;
    QTest::newRow("insert recorded checksum") << kInsertRecordedChecksum;
    QTest::newRow("update is_active") << u"UPDATE report_snapshots SET is_active = NOT is_active"_s;
    QTest::newRow("update deprecated") << u"UPDATE report_snapshots SET deprecated_at = now(), deprecated_reason = 'x'"_s;
    QTest::newRow("update payload") << u"UPDATE report_snapshots SET parcel_snapshot = '{}'"_s;
    QTest::newRow("update report") << u"UPDATE reports SET id = 'r-moved' WHERE id = 'r-read'"_s;
    QTest::newRow("update user") << u"UPDATE users SET name = 'someone else'"_s;
    QTest::newRow("delete snapshots") << u"DELETE FROM report_snapshots"_s;
    QTest::newRow("delete activity") << u"DELETE FROM activity_logs"_s;
    QTest::newRow("delete users") << u"DELETE FROM users"_s;
    QTest::newRow("truncate") << u"TRUNCATE activity_logs"_s;
}

void tst_AccessRights::auditorReadsButCannotWrite()
{
    QFETCH(QString, sql);
    QSqlDatabase db = as(u"auditor"_s);
    QVERIFY(db.isOpen());
    for (const QString &table : {u"reports"_s, u"report_snapshots"_s, u"activity_logs"_s, u"users"_s, u"schema_migrations"_s,
                                 u"snapshot_repairs"_s, u"recorded_checksums"_s})
        QVERIFY2(sqlState(db, u"SELECT count(*) FROM "_s + table).isEmpty(), qPrintable(table));
    QCOMPARE(sqlState(db, sql), kInsufficientPrivilege);
}

void tst_AccessRights::writerCreatesButCannotRollBack()
{
    ConnectionProvider &provider = *m_logins.at(u"writer"_s).provider;
    SnapshotStore store(provider);
    // A new report, and the next version of one the owner started: the version it replaces
    // is deactivated without the writer's UPDATE of is_active.
    const auto first = store.create(request(u"r-new-by-writer"_s, 1));
    QVERIFY2(first, errorText(first).constData());
    const auto next = store.create(request(u"r-writer"_s, 2));
    QVERIFY2(next, errorText(next).constData());
    QCOMPARE(next->snapshot.version, 2);
    QVERIFY(next->snapshot.isActive);
    const auto active = store.get(u"r-writer"_s, std::nullopt);
    QVERIFY2(active, errorText(active).constData());
    QCOMPARE(active->summary.version, 2);
    QCOMPARE(active->summary.createdBy, m_logins.at(u"writer"_s).name);

    SnapshotAdmin admin(provider);
    const auto rolledBack = admin.rollback(u"r-writer"_s, 1, 2, u"not mine to do"_s);
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(sqlState(as(u"writer"_s), u"UPDATE report_snapshots SET is_active = false WHERE report_id = ?"_s,
                      {u"r-writer"_s}),
             kInsufficientPrivilege);
    const auto still = store.get(u"r-writer"_s, std::nullopt);
    QVERIFY2(still, errorText(still).constData());
    QCOMPARE(still->summary.version, 2);
}

void tst_AccessRights::writerCannotUpdateOrDelete_data()
{
    QTest::addColumn<QString>("sql");
    for (const char *column : {"is_active", "parcel_snapshot", "checksum", "snapshot_metadata", "data_size",
                               "created_by", "deprecated_reason"}) {
        QTest::addRow("update %s", column) << u"UPDATE report_snapshots SET %1 = %1"_s.arg(QLatin1StringView(column));
    }
    QTest::newRow("update activity") << u"UPDATE activity_logs SET reason = 'edited'"_s;
    QTest::newRow("insert repair") << kInsertRepair;
    QTest::newRow("delete repairs") << u"DELETE FROM snapshot_repairs"_s;
    QTest::newRow("insert recorded checksum") << kInsertRecordedChecksum;
    QTest::newRow("delete snapshots") << u"DELETE FROM report_snapshots"_s;
    QTest::newRow("delete activity") << u"DELETE FROM activity_logs"_s;
    QTest::newRow("truncate") << u"TRUNCATE report_snapshots"_s;
}

void tst_AccessRights::writerCannotUpdateOrDelete()
{
    QFETCH(QString, sql);
    QCOMPARE(sqlState(as(u"writer"_s), sql), kInsufficientPrivilege);
}

void tst_AccessRights::adminRollsBackAndDeprecates()
{
    ConnectionProvider &provider = *m_logins.at(u"admin"_s).provider;
    SnapshotAdmin admin(provider);
    const auto rolledBack = admin.rollback(u"r-admin"_s, 1, 3, u"the county feed was wrong"_s);
    QVERIFY2(rolledBack, errorText(rolledBack).constData());
    QCOMPARE(rolledBack->version, 1);
    QVERIFY(rolledBack->isActive);
    const auto deprecated = admin.deprecate(u"r-admin"_s, 2, u"bad parcel geometry"_s);
    QVERIFY2(deprecated, errorText(deprecated).constData());
    QVERIFY(deprecated->deprecatedAt.isValid());
    QCOMPARE(deprecated->deprecatedReason, u"bad parcel geometry"_s);
    // And it can create, as a writer can.
    const auto created = SnapshotStore(provider).create(request(u"r-admin"_s, 4));
    QVERIFY2(created, errorText(created).constData());
    QCOMPARE(created->snapshot.version, 4);
}

void tst_AccessRights::adminCannotChangePayloadOrDelete_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("state");
    for (const char *column : {"parcel_snapshot", "checksum", "snapshot_metadata", "version", "created_at"}) {
        QTest::addRow("update %s", column) << u"UPDATE report_snapshots SET %1 = %1"_s.arg(QLatin1StringView(column))
                                           << kInsufficientPrivilege;
    }
    QTest::newRow("delete snapshots") << u"DELETE FROM report_snapshots"_s << kInsufficientPrivilege;
    QTest::newRow("delete activity") << u"DELETE FROM activity_logs"_s << kInsufficientPrivilege;
    QTest::newRow("update activity") << u"UPDATE activity_logs SET reason = 'edited'"_s << kInsufficientPrivilege;
    QTest::newRow("truncate") << u"TRUNCATE report_snapshots"_s << kInsufficientPrivilege;
    QTest::newRow("update repairs") << u"UPDATE snapshot_repairs SET reason = 'edited'"_s << kInsufficientPrivilege;
    QTest::newRow("delete repairs") << u"DELETE FROM snapshot_repairs"_s << kInsufficientPrivilege;
    QTest::newRow("update recorded checksums") << u"UPDATE recorded_checksums SET checksum = checksum"_s
                                               << kInsufficientPrivilege;
    QTest::newRow("delete recorded checksums") << u"DELETE FROM recorded_checksums"_s << kInsufficientPrivilege;
    // Granted, but set once: the immutability trigger has the last word.
    QTest::newRow("deprecation rewritten")
        << u"UPDATE report_snapshots SET deprecated_reason = 'rewritten' WHERE deprecated_at IS NOT NULL"_s
        << u"P0001"_s;
}

void tst_AccessRights::adminCannotChangePayloadOrDelete()
{
    QFETCH(QString, sql);
    QFETCH(QString, state);
    // Needs a deprecated version: adminRollsBackAndDeprecates ran first (slots run in order).
    QCOMPARE(sqlState(as(u"admin"_s), sql), state);
}

void tst_AccessRights::adminMayRecordRepairs()
{
    // Granted: the insert goes through (and is rolled back, leaving no repair behind).
    QSqlDatabase db = as(u"admin"_s);
    for (const QString &insert : {kInsertRepair, kInsertRecordedChecksum}) {
        QVERIFY(db.transaction());
        const QString state = sqlState(db, insert, {});
        QVERIFY(db.rollback());
        QVERIFY2(state.isEmpty(), qPrintable(state));
    }
}

void tst_AccessRights::refusedWriteIsPermissionDenied()
{
    // The server's refusal itself (SQLSTATE 42501), without asking AccessRights first.
    const auto created = SnapshotStore(*m_logins.at(u"auditor"_s).provider).create(request(u"r-read"_s, 3));
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(created.error().toString().startsWith(u"PERMISSION_DENIED: "_s), qPrintable(created.error().toString()));
    const auto deprecated = SnapshotAdmin(*m_logins.at(u"writer"_s).provider).deprecate(u"r-read"_s, 1, u"x"_s);
    QVERIFY(!deprecated);
    QCOMPARE(deprecated.error().code, ErrorCode::PermissionDenied);
}

void tst_AccessRights::snapshotctlPrintsTheRoles()
{
    const CliRun run = runSnapshotctl({u"admin"_s, u"roles"_s, u"--schema"_s, u"audit"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    for (const QString &expected :
         {u"CREATE ROLE snapshot_auditor NOLOGIN"_s, u"CREATE ROLE snapshot_writer NOLOGIN"_s,
          u"CREATE ROLE snapshot_admin NOLOGIN"_s, u"GRANT SELECT ON ALL TABLES IN SCHEMA \"audit\" TO snapshot_auditor;"_s,
          u"GRANT UPDATE (is_active, deprecated_at, deprecated_reason) ON \"audit\".report_snapshots TO snapshot_admin;"_s,
          u"REVOKE ALL ON ALL TABLES IN SCHEMA \"audit\" FROM PUBLIC"_s, u"--   GRANT snapshot_auditor TO alice;"_s,
          u"BEGIN;"_s, u"COMMIT;"_s}) {
        QVERIFY2(out.contains(expected), qPrintable(expected + u"\n---\n"_s + out));
    }
    QVERIFY(!out.contains(u"DELETE"_s));
    QVERIFY(!out.contains(u"TRUNCATE"_s));

    const CliRun invalid = runSnapshotctl({u"admin"_s, u"roles"_s, u"--role-prefix"_s, u"x;y"_s});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains("INVALID_ARGUMENT"), invalid.err.constData());
    const CliRun unknown = runSnapshotctl({u"admin"_s, u"users"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void tst_AccessRights::snapshotctlAppliesTheRoles()
{
    const QString prefix = uniquePrefix();
    const auto roles = snapshotRoles(prefix);
    QVERIFY2(roles, errorText(roles).constData());
    const QStringList names{roles->auditor, roles->writer, roles->admin};
    const CliRun run = runSnapshotctl({u"admin"_s, u"roles"_s, u"--apply"_s, u"--role-prefix"_s, prefix, u"--db"_s,
                                       m_database->superuserConfig().toUrl()});
    const QByteArray dropped = dropRoles(names); // whatever happened
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(roles->admin.toUtf8()), run.out.constData());
    QVERIFY2(dropped.isEmpty(), dropped.constData());

    // The app role owns the tables but may not create roles: nothing is applied, and it says why.
    const CliRun refused = runSnapshotctl({u"admin"_s, u"roles"_s, u"--apply"_s, u"--role-prefix"_s,
                                           uniquePrefix(), u"--db"_s, m_database->config().toUrl()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("PERMISSION_DENIED"), refused.err.constData());
}

void tst_AccessRights::snapshotctlRefusesBeforeAsking_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("missing");
    QTest::newRow("auditor creates") << u"auditor"_s << QStringList{u"create"_s, u"r-read"_s, u"-"_s}
                                     << u"report_snapshots"_s;
    QTest::newRow("auditor imports") << u"auditor"_s << QStringList{u"import"_s, u"-"_s, u"--report"_s, u"r-read"_s}
                                     << u"report_snapshots"_s;
    QTest::newRow("writer rolls back")
        << u"writer"_s << QStringList{u"rollback"_s, u"r-read"_s, u"--to"_s, u"1"_s, u"--reason"_s, u"x"_s}
        << u"report_snapshots.is_active"_s;
    QTest::newRow("writer deprecates")
        << u"writer"_s << QStringList{u"deprecate"_s, u"r-read"_s, u"--version"_s, u"1"_s, u"--reason"_s, u"x"_s}
        << u"report_snapshots.deprecated_at"_s;
}

void tst_AccessRights::snapshotctlRefusesBeforeAsking()
{
    QFETCH(QString, group);
    QFETCH(QStringList, arguments);
    QFETCH(QString, missing);
    const Login &login = m_logins.at(group);
    DatabaseConfig config = m_database->config();
    config.user = login.name;
    // The child's password through its environment, for this one run (no --yes: without the
    // early refusal it would fail for want of a terminal instead).
    qputenv("PGPASSWORD", login.password.toUtf8());
    const CliRun run = runSnapshotctl(arguments + QStringList{u"--db"_s, config.toUrl()}, R"({"value":3})" "\n");
    qunsetenv("PGPASSWORD");
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"PERMISSION_DENIED"_s), qPrintable(err));
    QVERIFY2(err.contains(u'"' + login.name + u'"'), qPrintable(err));
    QVERIFY2(err.contains(missing), qPrintable(err));
    QVERIFY(!err.contains(login.password));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AccessRights)
#include "tst_accessrights.moc"

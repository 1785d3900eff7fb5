#include "snapshotctlrunner.h"
#include "storetestsupport.h"

#include "core/json/sha256.h"
#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/integrityaudit.h"
#include "core/store/migrator.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;

// The explicit upgrade of a CCP-04 database (fixtures/ccp04 in the throwaway PostgreSQL):
// asked for, complete, keeping every row of the original, and, once done, the full checksum
// an admin records beside a legacy one.
class tst_Ccp04Upgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migrateAsksFirstAndKeepsEveryRow();
    void upgradedDatabaseVerifiesWithItsNewChain();
    void recordedChecksumCoversEveryValue();
    void failedUpgradeChangesNothing();
    void onlyCcp04DatabasesAreUpgraded();

private:
    Result<OpenedDatabase> upgraded();
    // The first value `sql` gives on a connection of its own, after `setup` ran on it.
    QVariant scalar(const QString &sql, const DatabaseConfig &config, const QString &setup = {}) const;

    std::unique_ptr<sa::tests::TestDatabase> m_database;
    QString m_digest; // of the CCP-04 tables as loaded
};

void tst_Ccp04Upgrade::init()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    m_database = std::move(*database);
    const auto loaded = sa::tests::loadCcp04Fixture(m_database->config());
    QVERIFY2(loaded, errorText(loaded).constData());
    m_digest = sa::tests::ccp04ContentDigest(m_database->config());
    QVERIFY(!m_digest.isEmpty());
}

void tst_Ccp04Upgrade::cleanup()
{
    m_database.reset();
}

Result<OpenedDatabase> tst_Ccp04Upgrade::upgraded()
{
    auto opened = openDatabase(m_database->config(), {}, SchemaPolicy::LeaveAsIs);
    if (!opened)
        return opened.error();
    return upgradeCcp04Database(*opened);
}

QVariant tst_Ccp04Upgrade::scalar(const QString &sql, const DatabaseConfig &config, const QString &setup) const
{
    ConnectionProvider provider(config);
    auto db = provider.database();
    if (!db)
        return {};
    QSqlQuery query(*db);
    if (!setup.isEmpty() && !query.exec(setup))
        return QVariant(u"failed: "_s + query.lastError().text());
    if (!query.exec(sql) || !query.next())
        return QVariant(u"failed: "_s + query.lastError().text());
    return query.value(0);
}

void tst_Ccp04Upgrade::migrateAsksFirstAndKeepsEveryRow()
{
    const QStringList db = sa::tests::dbArguments(m_database->config());
    // Without a terminal and without --yes nobody can confirm: nothing happens.
    const auto refused = sa::tests::runSnapshotctl(QStringList{u"migrate"_s} + db);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("ccp04_report_snapshots"), refused.err.constData()); // what it would do
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(sa::tests::ccp04ContentDigest(m_database->config()), m_digest);

    const auto done = sa::tests::runSnapshotctl(QStringList{u"migrate"_s, u"--yes"_s, u"--json"_s} + db);
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY2(done.out.contains("\"upgradedFromCcp04\":true"), done.out.constData());
    // The originals, set aside: every row and value as the service wrote it.
    QCOMPARE(sa::tests::ccp04ContentDigest(m_database->config(), u"ccp04_"_s), m_digest);
    QCOMPARE(scalar(u"SELECT name FROM schema_migrations WHERE version = 0"_s, m_database->config()).toString(),
             u"ccp04_upgrade"_s);
    // Every row copied, values unchanged.
    for (const char *table : {"report_snapshots", "users", "reports"}) {
        const QString same = u"SELECT count(*) FROM ccp04_%1 c JOIN %1 n ON n.id = c.id"_s.arg(QLatin1String(table));
        QCOMPARE(scalar(same, m_database->config()).toInt(),
                 scalar(u"SELECT count(*) FROM ccp04_%1"_s.arg(QLatin1String(table)), m_database->config()).toInt());
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM ccp04_report_snapshots c JOIN report_snapshots n USING (id) "
                    "WHERE n.parcel_snapshot = c.parcel_snapshot AND n.checksum = c.checksum AND n.version = c.version "
                    "AND n.is_active = c.is_active AND n.data_size = c.data_size AND n.created_by = c.created_by "
                    "AND n.created_at = c.created_at AT TIME ZONE 'UTC' "
                    "AND n.parent_snapshot_id IS NOT DISTINCT FROM c.parent_snapshot_id"_s,
                    m_database->config())
                 .toInt(),
             18);
    // A second run finds nothing left to upgrade.
    const auto again = sa::tests::runSnapshotctl(QStringList{u"migrate"_s, u"--yes"_s} + db);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("ready"), again.out.constData());
}

void tst_Ccp04Upgrade::upgradedDatabaseVerifiesWithItsNewChain()
{
    auto opened = upgraded();
    QVERIFY2(opened, errorText(opened).constData());
    QCOMPARE(opened->schema.status, SchemaStatus::Current);
    QCOMPARE(opened->connections->schema(), ConnectionProvider::Schema::Current);
    IntegrityAudit audit(*opened->connections);
    const auto report = audit.verifyAll();
    QVERIFY2(report, errorText(report).constData());
    // The chain is there now, and the derived creations agree with parents and active flags.
    QVERIFY(report->limits.isEmpty());
    QVERIFY2(report->isClean(), qPrintable(report->problems.empty() ? QString() : report->problems.front().description()));
    QCOMPARE(report->noticeCount(), 18);
    // The sequence after the rollback, as it was.
    const auto history = SnapshotStore(*opened->connections).history(u"rpt-wa-033-7781"_s, 20, 0);
    QVERIFY2(history, errorText(history).constData());
    QCOMPARE(history->total, 6);
    const auto active = std::find_if(history->snapshots.begin(), history->snapshots.end(),
                                     [](const SnapshotSummary &summary) { return summary.isActive; });
    QVERIFY(active != history->snapshots.end());
    QCOMPARE(active->version, 3);
    const auto activity = HistoryQueries(*opened->connections).activity(u"rpt-wa-033-7781"_s, 20, 0);
    QVERIFY2(activity, errorText(activity).constData());
    QCOMPARE(activity->entries.front().action, ActivityAction::Rollback);
    QCOMPARE(int(activity->entries.size()), 7);
}

void tst_Ccp04Upgrade::recordedChecksumCoversEveryValue()
{
    auto opened = upgraded();
    QVERIFY2(opened, errorText(opened).constData());
    SnapshotAdmin admin(*opened->connections);
    const QString reportId = u"rpt-or-051-0187"_s;
    QCOMPARE(admin.recordChecksum(reportId, 2, u" "_s).error().code, ErrorCode::ValidationFailed);
    const auto recorded = admin.recordChecksum(reportId, 2, u"document checked against the county record"_s);
    QVERIFY2(recorded, errorText(recorded).constData());
    QCOMPARE(recorded->coveredValues, 14);
    QCOMPARE(recorded->totalValues, 123);
    QCOMPARE(recorded->version.checksum, u"c5f7976b8e547bbbe6cafce1f8af8ea759a7c0756dc600c6632375b84d72773b"_s);
    QCOMPARE(admin.recordChecksum(reportId, 2, u"again"_s).error().code, ErrorCode::Immutable);

    const auto snapshot = SnapshotStore(*opened->connections).get(reportId, 2);
    QVERIFY2(snapshot, errorText(snapshot).constData());
    QCOMPARE(snapshot->proof.kind, PayloadProof::Kind::RecordedChecksum);
    QCOMPARE(sha256Hex(snapshot->canonicalJson), recorded->checksum);
    QCOMPARE(snapshot->summary.checksum, recorded->version.checksum); // the legacy one, untouched
    const auto log = HistoryQueries(*opened->connections).activity(reportId, 1, 0);
    QVERIFY2(log, errorText(log).constData());
    QCOMPARE(log->entries.front().action, ActivityAction::RecordChecksum);
    QCOMPARE(log->entries.front().version, 2);

    // A value the legacy checksum never covered (nested "city" is not a top-level key) is
    // now covered: changing it behind the database's back is found.
    // As a superuser with the immutability triggers off, as a tamperer would; same length, so
    // that only the checksum can tell.
    const auto tampered = scalar(u"UPDATE report_snapshots SET parcel_snapshot = jsonb_set(parcel_snapshot, "
                                 "'{owners,0,address,city}', '\"Lakeview\"') WHERE report_id = '%1' "
                                 "AND version = 2 RETURNING 1"_s.arg(reportId),
                                 m_database->superuserConfig(), u"SET session_replication_role = replica"_s);
    QCOMPARE(tampered.toInt(), 1);
    const auto report = IntegrityAudit(*opened->connections).verifyReport(reportId);
    QVERIFY2(report, errorText(report).constData());
    QCOMPARE(report->problemCount(), 1);
    const auto problem = std::find_if(report->problems.begin(), report->problems.end(),
                                      [](const IntegrityProblem &p) { return !isNotice(p.kind); });
    QCOMPARE(problem->kind, IntegrityProblemKind::ChecksumMismatch);
    QCOMPARE(problem->version, 2);
    QCOMPARE(problem->expected, recorded->checksum);
    QCOMPARE(SnapshotStore(*opened->connections).get(reportId, 2).error().code, ErrorCode::IntegrityCheckFailed);
}

void tst_Ccp04Upgrade::failedUpgradeChangesNothing()
{
    // Two active versions of one report, which CCP-04's concurrent creates could leave behind
    // and this schema refuses: the upgrade fails as a whole.
    const auto broken = scalar(u"UPDATE report_snapshots SET is_active = true WHERE report_id = 'rpt-or-051-0187' "
                               "AND version = 5 RETURNING 1"_s,
                               m_database->superuserConfig());
    QCOMPARE(broken.toInt(), 1);
    const QString digest = sa::tests::ccp04ContentDigest(m_database->config());
    const auto failed = upgraded();
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(failed.error().message.contains(u"\"rpt-or-051-0187\" (versions 5, 6)"_s), errorText(failed).constData());
    QCOMPARE(sa::tests::ccp04ContentDigest(m_database->config()), digest);
    QVERIFY(scalar(u"SELECT to_regclass('schema_migrations') IS NULL AND to_regclass('ccp04_reports') IS NULL"_s,
                   m_database->config())
                .toBool());
}

void tst_Ccp04Upgrade::onlyCcp04DatabasesAreUpgraded()
{
    auto opened = upgraded();
    QVERIFY2(opened, errorText(opened).constData());
    // Upgraded already: an ordinary database of this product now.
    const auto again = upgradeCcp04Database(*opened);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    // And a CCP-04 database is never upgraded by the ordinary migration.
    auto other = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(other, errorText(other).constData());
    QVERIFY(sa::tests::loadCcp04Fixture((*other)->config()));
    ConnectionProvider provider((*other)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    QCOMPARE(Migrator(*db).migrate().error().code, ErrorCode::LegacySchema);
}

QTEST_GUILESS_MAIN(tst_Ccp04Upgrade)
#include "tst_ccp04upgrade.moc"

// IntegrityAudit (verify-all): a clean database verifies, and every kind of damage done
// behind the store's back, as the database owner with the guards off, is named precisely,
// on both engines.
#include "operationsfixture.h"
#include "storetestsupport.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"
#include "core/json/sha256.h"
#include "core/store/integrityaudit.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::describeProblems;
using sa::tests::canonicalOf;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

// r1: versions 1..4 created in a row (4 active). r2: versions 1..2. r3: versions 1..3,
// rolled back to 1, then version 4 created from it, and version 3 deprecated.
QByteArray seed(OperationsFixture &fixture)
{
    for (int value = 1; value <= 4; ++value) {
        if (const auto created = fixture.create(u"r1"_s, parcelDocument(value)); !created)
            return errorText(created);
    }
    for (int value = 1; value <= 2; ++value) {
        if (const auto created = fixture.create(u"r2"_s, parcelDocument(value, u"second report"_s)); !created)
            return errorText(created);
    }
    for (int value = 1; value <= 3; ++value) {
        if (const auto created = fixture.create(u"r3"_s, parcelDocument(value * 10)); !created)
            return errorText(created);
    }
    SnapshotAdmin admin(fixture.provider());
    if (const auto rolledBack = admin.rollback(u"r3"_s, 1, 3, u"bad survey"_s); !rolledBack)
        return errorText(rolledBack);
    if (const auto created = fixture.create(u"r3"_s, parcelDocument(15)); !created)
        return errorText(created);
    if (const auto deprecated = admin.deprecate(u"r3"_s, 3, u"bad survey"_s); !deprecated)
        return errorText(deprecated);
    return {};
}

// "KIND@report/version" for every problem, in report order.
QStringList kindsOf(const IntegrityReport &report)
{
    QStringList kinds;
    for (const IntegrityProblem &problem : report.problems)
        kinds.append(u"%1@%2/%3"_s.arg(integrityProblemKindName(problem.kind), problem.reportId).arg(problem.version));
    return kinds;
}

} // namespace

class tst_IntegrityAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanDatabaseVerifies_data() { sa::tests::addEngineRows(); }
    void cleanDatabaseVerifies();
    void unknownReportIsNotFound_data() { sa::tests::addEngineRows(); }
    void unknownReportIsNotFound();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void everyProblemIsReported_data() { sa::tests::addEngineRows(); }
    void everyProblemIsReported();
    void verificationCanBeCancelled_data() { sa::tests::addEngineRows(); }
    void verificationCanBeCancelled();
    void problemKindsHaveStableNames();
};

void tst_IntegrityAudit::cleanDatabaseVerifies()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const qint64 canonicalBytes = fixture.scalar(u"SELECT sum(data_size) FROM report_snapshots"_s).toLongLong();

    // A pool of the caller's choosing is used as it is.
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    IntegrityAudit audit(fixture.provider(), &pool);
    std::vector<IntegrityProgress> progress;
    const auto report = audit.verifyAll([&progress](const IntegrityProgress &step) { progress.push_back(step); });
    QVERIFY2(report, errorText(report).constData());
    QVERIFY2(report->isClean(), describeProblems(*report).constData());
    QCOMPARE(report->reportsChecked, 3);
    QCOMPARE(report->snapshotsChecked, 10);
    QCOMPARE(report->bytesVerified, canonicalBytes);

    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.front().reportsDone, 0);
    QCOMPARE(progress.back().reportsDone, 3);
    QCOMPARE(progress.back().reportsTotal, 3);
    QCOMPARE(progress.back().bytesVerified, canonicalBytes);
    QCOMPARE(progress.back().bytesTotal, canonicalBytes);
    for (std::size_t i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].reportsDone >= progress[i - 1].reportsDone);

    const auto one = IntegrityAudit(fixture.provider()).verifyReport(u"r3"_s);
    QVERIFY2(one, errorText(one).constData());
    QVERIFY2(one->isClean(), describeProblems(*one).constData());
    QCOMPARE(one->reportsChecked, 1);
    QCOMPARE(one->snapshotsChecked, 4);
}

void tst_IntegrityAudit::unknownReportIsNotFound()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    IntegrityAudit audit(fixture.provider());
    const auto missing = audit.verifyReport(u"nope"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    // An empty database is a clean one.
    const auto empty = audit.verifyAll();
    QVERIFY2(empty, errorText(empty).constData());
    QVERIFY(empty->isClean());
    QCOMPARE(empty->snapshotsChecked, 0);
}

void tst_IntegrityAudit::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QStringList>("expected");
    for (const QString &engine : sa::tests::storeEngines()) {
        const auto row = [&engine](const char *tamper, const QStringList &expected) {
            QTest::addRow("%s: %s", qPrintable(engine), tamper) << engine << QString::fromLatin1(tamper) << expected;
        };
        // Version 1 with version 2's stored diff applied hashes to version 2's checksum: that
        // proves the original, and names where the stored document was altered.
        row("payload byte changed", {u"CHECKSUM_MISMATCH@r1/2"_s, u"TAMPERED_PATHS@r1/2"_s});
        row("payload owner renamed", {u"CHECKSUM_MISMATCH@r1/2"_s, u"TAMPERED_PATHS@r1/2"_s});
        // No parent to prove the original from.
        row("payload of first version changed", {u"CHECKSUM_MISMATCH@r1/1"_s});
        row("stored diff changed", {u"DIFF_MISMATCH@r1/3"_s});
        row("payload undecodable", {u"PAYLOAD_UNREADABLE@r1/2"_s});
        row("data_size changed", {u"DATA_SIZE_MISMATCH@r1/3"_s});
        row("middle version deleted", {u"VERSION_MISSING@r1/2"_s, u"PARENT_MISSING@r1/3"_s});
        row("two active versions", {u"MULTIPLE_ACTIVE_VERSIONS@r1/0"_s});
        row("no active version", {u"NO_ACTIVE_VERSION@r1/0"_s});
        row("active flag moved without a log entry", {u"ACTIVE_VERSION_MISMATCH@r1/2"_s});
        // The hash chain follows the parent pointer: chained to another parent, version 3's
        // chain hash no longer verifies.
        row("parent rewired", {u"PARENT_MISMATCH@r1/3"_s, u"CHAIN_MISMATCH@r1/3"_s});
        row("create not logged", {u"CREATE_NOT_LOGGED@r1/3"_s});
    }
}

void tst_IntegrityAudit::tamperingIsNamed()
{
    QFETCH(QString, engine);
    QFETCH(QString, tamper);
    QFETCH(QStringList, expected);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    const QString r1 = u" WHERE report_id = 'r1' AND version = "_s;

    QStringList statements;
    QVariantList values;
    if (tamper == u"payload byte changed") {
        // Same length, one digit different.
        statements = {u"UPDATE report_snapshots SET parcel_snapshot = ?"_s + r1 + u'2'};
        values = {fixture.storedPayload(canonicalOf(parcelDocument(3)))};
    } else if (tamper == u"payload owner renamed") {
        // Still valid canonical JSON of the same length, one value different.
        statements = {u"UPDATE report_snapshots SET parcel_snapshot = ?"_s + r1 + u'2'};
        values = {fixture.storedPayload(canonicalOf(parcelDocument(2)).replace("\"Ana\"", "\"Eve\""))};
    } else if (tamper == u"payload of first version changed") {
        statements = {u"UPDATE report_snapshots SET parcel_snapshot = ?"_s + r1 + u'1'};
        values = {fixture.storedPayload(canonicalOf(parcelDocument(7)))};
    } else if (tamper == u"stored diff changed") {
        // The patch from version 2 to 3 sets /assessment/value to 3; make it say 33.
        statements = {sqlite ? u"UPDATE report_snapshots SET changes_summary = "
                               "json_set(changes_summary, '$.patch[0].value', 33)"_s + r1 + u'3'
                             : u"UPDATE report_snapshots SET changes_summary = "
                               "jsonb_set(changes_summary, '{patch,0,value}', '33')"_s + r1 + u'3'};
    } else if (tamper == u"payload undecodable") {
        // SQLite: a zlib stream cut short. PostgreSQL: a number no double can hold (jsonb's
        // numeric takes it; the I-JSON reader does not).
        statements = {sqlite ? u"UPDATE report_snapshots SET parcel_snapshot = substr(parcel_snapshot, 1, 10)"_s + r1 + u'2'
                             : u"UPDATE report_snapshots SET parcel_snapshot = '{\"value\":1e400}'"_s + r1 + u'2'};
    } else if (tamper == u"data_size changed") {
        statements = {u"UPDATE report_snapshots SET data_size = data_size + 1"_s + r1 + u'3'};
    } else if (tamper == u"middle version deleted") {
        statements = {u"DELETE FROM report_snapshots"_s + r1 + u'2'};
    } else if (tamper == u"two active versions") {
        statements = {u"DROP INDEX idx_snapshots_one_active"_s,
                      u"UPDATE report_snapshots SET is_active = "_s + (sqlite ? u"1"_s : u"true"_s) + r1 + u'2'};
    } else if (tamper == u"no active version") {
        statements = {u"UPDATE report_snapshots SET is_active = "_s + (sqlite ? u"0"_s : u"false"_s) + r1 + u'4'};
    } else if (tamper == u"active flag moved without a log entry") {
        statements = {u"UPDATE report_snapshots SET is_active = "_s + (sqlite ? u"0"_s : u"false"_s) + r1 + u'4',
                      u"UPDATE report_snapshots SET is_active = "_s + (sqlite ? u"1"_s : u"true"_s) + r1 + u'2'};
    } else if (tamper == u"parent rewired") {
        statements = {u"UPDATE report_snapshots SET parent_snapshot_id = (SELECT id FROM report_snapshots"_s + r1
                      + u"1)"_s + r1 + u'3'};
    } else if (tamper == u"create not logged") {
        statements = {sqlite ? u"DROP TRIGGER activity_logs_no_delete"_s
                             : u"ALTER TABLE activity_logs DISABLE TRIGGER activity_logs_no_delete"_s,
                      u"DELETE FROM activity_logs WHERE report_id = 'r1' AND version = 3"_s};
    } else {
        QFAIL("unknown tamper case");
    }
    for (const QString &sql : std::as_const(statements)) {
        failed = fixture.execAsOwner(sql, sql.contains(u'?') ? values : QVariantList());
        QVERIFY2(failed.isEmpty(), failed.constData());
    }

    const auto report = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    QVERIFY2(kindsOf(*report) == expected, describeProblems(*report).constData());
    QCOMPARE(report->snapshotsChecked, tamper == u"middle version deleted" ? 9 : 10);
    for (const IntegrityProblem &problem : report->problems)
        QVERIFY(problem.description().contains(u"\"r1\""_s));

    const IntegrityProblem &problem = report->problems.front();
    if (tamper == u"payload byte changed") {
        QCOMPARE(problem.found, sha256Hex(canonicalOf(parcelDocument(3))));
        QCOMPARE(problem.expected, sha256Hex(canonicalOf(parcelDocument(2))));
        const IntegrityProblem &paths = report->problems.back();
        QCOMPARE(paths.expected, u"/assessment/value = 2"_s);
        QCOMPARE(paths.found, u"/assessment/value = 3"_s);
    } else if (tamper == u"payload owner renamed") {
        const IntegrityProblem &paths = report->problems.back();
        QCOMPARE(paths.snapshotId, problem.snapshotId);
        QCOMPARE(paths.expected, u"/owners/0 = \"Ana\""_s);
        QCOMPARE(paths.found, u"/owners/0 = \"Eve\""_s);
        QVERIFY2(paths.description().contains(u"/owners/0 = \"Eve\""_s), qPrintable(paths.description()));
    } else if (tamper == u"stored diff changed") {
        QCOMPARE(problem.expected, sha256Hex(canonicalOf(parcelDocument(3))));
        QCOMPARE(problem.found, sha256Hex(canonicalOf(parcelDocument(33))));
    } else if (tamper == u"data_size changed") {
        const qint64 size = canonicalOf(parcelDocument(3)).size();
        QCOMPARE(problem.expected, u"%1 bytes"_s.arg(size + 1));
        QCOMPARE(problem.found, u"%1 bytes"_s.arg(size));
    } else if (tamper == u"middle version deleted") {
        QCOMPARE(problem.expected, u"version 2"_s);
        QCOMPARE(problem.found, u"next stored version 3"_s);
    } else if (tamper == u"two active versions") {
        QCOMPARE(problem.found, u"versions 2, 4"_s);
    } else if (tamper == u"active flag moved without a log entry") {
        QCOMPARE(problem.expected, u"version 4"_s);
        QCOMPARE(problem.found, u"version 2"_s);
    }
    if (tamper.startsWith(u"payload")) {
        // Readers refuse the damaged version too.
        const auto read = fixture.store().get(u"r1"_s, problem.version);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::IntegrityCheckFailed);
    }

    // Only r1 was touched.
    for (const QString &reportId : {u"r2"_s, u"r3"_s}) {
        const auto other = IntegrityAudit(fixture.provider()).verifyReport(reportId);
        QVERIFY2(other, errorText(other).constData());
        QVERIFY2(other->isClean(), describeProblems(*other).constData());
    }
}

void tst_IntegrityAudit::everyProblemIsReported()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    failed = fixture.execAsOwner(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = 'r1' AND version = 1"_s,
                                 {fixture.storedPayload(canonicalOf(parcelDocument(7)))});
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (const QString &sql : QStringList{
             u"UPDATE report_snapshots SET data_size = 1 WHERE report_id = 'r1' AND version = 3"_s,
          u"UPDATE report_snapshots SET data_size = data_size - 1 WHERE report_id = 'r2'"_s,
          u"UPDATE report_snapshots SET is_active = "_s + (sqlite ? u"0"_s : u"false"_s) + u" WHERE report_id = 'r3'"_s}) {
        failed = fixture.execAsOwner(sql);
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    const auto report = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    const QStringList expected = {u"CHECKSUM_MISMATCH@r1/1"_s, u"DATA_SIZE_MISMATCH@r1/3"_s, u"DATA_SIZE_MISMATCH@r2/1"_s,
                                  u"DATA_SIZE_MISMATCH@r2/2"_s, u"NO_ACTIVE_VERSION@r3/0"_s};
    QVERIFY2(kindsOf(*report) == expected, describeProblems(*report).constData());
}

void tst_IntegrityAudit::verificationCanBeCancelled()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    int checks = 0;
    const auto cancelled = IntegrityAudit(fixture.provider()).verifyAll({}, [&checks] { return ++checks > 3; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(checks, 4);
}

void tst_IntegrityAudit::problemKindsHaveStableNames()
{
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::ChecksumMismatch), u"CHECKSUM_MISMATCH"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::VersionMissing), u"VERSION_MISSING"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::MultipleActiveVersions), u"MULTIPLE_ACTIVE_VERSIONS"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::TamperedPaths), u"TAMPERED_PATHS"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::DiffMismatch), u"DIFF_MISMATCH"_s);
    const IntegrityProblem problem{IntegrityProblemKind::ChecksumMismatch, u"r1"_s, 2, u"abc"_s, u"e"_s, u"f"_s};
    QCOMPARE(problem.description(),
             u"Version 2 of report \"r1\" (snapshot abc): the payload hashes to f, but the stored checksum is e"_s);
}

QTEST_GUILESS_MAIN(tst_IntegrityAudit)
#include "tst_integrityaudit.moc"

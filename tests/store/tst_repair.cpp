// Repairs: a version whose payload was altered is proven from its parent and its stored diff,
// recorded by an admin (logged, the damaged row kept as evidence) and then served as repaired;
// on both engines, the rows tampered with as the database owner.
#include "operationsfixture.h"
#include "storetestsupport.h"

#include "core/store/historyqueries.h"
#include "core/store/integrityaudit.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::canonicalOf;
using sa::tests::describeProblems;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

const QString kReport = u"r1"_s;

// Versions 1..3 of r1, and version 2's stored owner renamed from "Ana" to "Eve".
QByteArray seedAndTamper(OperationsFixture &fixture)
{
    return fixture.createAndAlterOwner(kReport, 3, 2);
}

// The stored payload of a version, as the engine returns it (bytes or jsonb text).
QVariant storedRow(OperationsFixture &fixture, int version)
{
    return fixture.scalar(
        u"SELECT parcel_snapshot FROM report_snapshots WHERE report_id = ? AND version = ?"_s,
        { kReport, version });
}

int count(OperationsFixture &fixture, const QString &sql)
{
    return fixture.scalar(sql).toInt();
}

const IntegrityProblem *problemOf(const IntegrityReport &report, IntegrityProblemKind kind)
{
    for (const IntegrityProblem &problem : report.problems) {
        if (problem.kind == kind)
            return &problem;
    }
    return nullptr;
}

} // namespace

class tst_Repair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alteredVersionIsRepaired_data() { sa::tests::addEngineRows(); }
    void alteredVersionIsRepaired();
    void unprovableDamageIsRefused_data();
    void unprovableDamageIsRefused();
    void repairThatIsNotTheOriginalIsReported_data() { sa::tests::addEngineRows(); }
    void repairThatIsNotTheOriginalIsReported();
};

void tst_Repair::alteredVersionIsRepaired()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedAndTamper(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const QVariant damaged = storedRow(fixture, 2);
    SnapshotAdmin admin(fixture.provider());

    const auto plan = admin.planRepair(kReport, 2);
    QVERIFY2(plan, errorText(plan).constData());
    QCOMPARE(plan->version.version, 2);
    QCOMPARE(plan->parent.version, 1);
    QCOMPARE(plan->canonicalJson, canonicalOf(parcelDocument(2)));
    QCOMPARE(plan->alteredPaths.size(), std::size_t(1));
    QCOMPARE(plan->alteredPaths[0].path, u"/owners/0"_s);
    QCOMPARE(plan->alteredPaths[0].stored, std::optional<QByteArray>("\"Eve\""));
    QCOMPARE(plan->alteredPaths[0].original, std::optional<QByteArray>("\"Ana\""));
    QCOMPARE(count(fixture, u"SELECT count(*) FROM snapshot_repairs"_s),
             0); // a plan writes nothing

    const auto recorded
        = admin.recordRepair(kReport, 2, u"restored from version 1 and the stored diff"_s);
    QVERIFY2(recorded, errorText(recorded).constData());
    QCOMPARE(recorded->canonicalJson, plan->canonicalJson);
    QCOMPARE(
        fixture
            .scalar(
                u"SELECT reason FROM activity_logs WHERE action = 'repair' AND report_id = ? AND "
                "version = ?"_s,
                { kReport, 2 })
            .toString(),
        u"restored from version 1 and the stored diff"_s);
    QCOMPARE(
        fixture.scalar(u"SELECT altered_paths FROM snapshot_repairs"_s).toString().remove(u' '),
        uR"(["/owners/0"])"_s);

    // Reads serve the proven original, marked as repaired; the damaged row stays as it was.
    const auto read = fixture.store().get(kReport, 2);
    QVERIFY2(read, errorText(read).constData());
    QCOMPARE(read->canonicalJson, canonicalOf(parcelDocument(2)));
    QCOMPARE(read->proof.kind, PayloadProof::Kind::Repaired);
    QVERIFY(!read->proof.recordedBy.isEmpty());
    QVERIFY(read->proof.recordedAt.isValid());
    QCOMPARE(storedRow(fixture, 2), damaged);
    const auto traced = HistoryQueries(fixture.provider()).fieldHistory(kReport, u"/owners/0"_s);
    QVERIFY2(traced, errorText(traced).constData());
    QCOMPARE(traced->size(), std::size_t(1)); // "Ana" from version 1 on: the repair is read

    // Once only.
    for (const auto &again :
         { admin.recordRepair(kReport, 2, u"again"_s), admin.planRepair(kReport, 2) }) {
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Immutable);
        QVERIFY2(again.error().message.contains(u"already repaired"_s),
                 qPrintable(again.error().message));
    }
    QCOMPARE(count(fixture, u"SELECT count(*) FROM snapshot_repairs"_s), 1);
    QCOMPARE(count(fixture, u"SELECT count(*) FROM activity_logs WHERE action = 'repair'"_s), 1);

    // The audit still shows the damage, and says it was repaired.
    const auto report = IntegrityAudit(fixture.provider()).verifyReport(kReport);
    QVERIFY2(report, errorText(report).constData());
    const IntegrityProblem *mismatch = problemOf(*report, IntegrityProblemKind::ChecksumMismatch);
    QVERIFY2(mismatch, describeProblems(*report).constData());
    QVERIFY2(mismatch->found.contains(u"a repair was recorded"_s), qPrintable(mismatch->found));
    QVERIFY(problemOf(*report, IntegrityProblemKind::TamperedPaths));
    QVERIFY2(!problemOf(*report, IntegrityProblemKind::RepairMismatch),
             describeProblems(*report).constData());
}

void tst_Repair::unprovableDamageIsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    for (const QString &engine : sa::tests::storeEngines()) {
        const auto row = [&engine](const char *damage, int version, const QString &reason,
                                   ErrorCode code, const QString &message) {
            QTest::addRow("%s: %s", qPrintable(engine), damage)
                << engine << QString::fromLatin1(damage) << version << reason << code << message;
        };
        row("intact version", 3, u"why"_s, ErrorCode::ValidationFailed, u"nothing to repair"_s);
        row("empty reason", 2, u"  "_s, ErrorCode::ValidationFailed, u"needs a reason"_s);
        row("first version", 1, u"why"_s, ErrorCode::IntegrityCheckFailed, u"first version"_s);
        row("parent damaged too", 2, u"why"_s, ErrorCode::IntegrityCheckFailed,
            u"its parent, version 1"_s);
        row("no stored diff", 2, u"why"_s, ErrorCode::IntegrityCheckFailed, u"no stored diff"_s);
        row("stored diff changed", 2, u"why"_s, ErrorCode::IntegrityCheckFailed, u"hashes to"_s);
    }
}

void tst_Repair::unprovableDamageIsRefused()
{
    QFETCH(QString, engine);
    QFETCH(QString, damage);
    QFETCH(int, version);
    QFETCH(QString, reason);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedAndTamper(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    QString sql;
    QVariantList values;
    if (damage == u"first version" || damage == u"parent damaged too") {
        sql = u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = 'r1' AND version = 1"_s;
        values = { fixture.storedPayload(canonicalOf(parcelDocument(7))) };
    } else if (damage == u"no stored diff") {
        sql = u"UPDATE report_snapshots SET changes_summary = NULL WHERE report_id = 'r1' AND version = 2"_s;
    } else if (damage == u"stored diff changed") {
        // The patch from version 1 to 2 sets /assessment/value to 2; make it say 22.
        sql = sqlite ? u"UPDATE report_snapshots SET changes_summary = json_set(changes_summary, "
                       "'$.patch[0].value', 22) WHERE report_id = 'r1' AND version = 2"_s
                     : u"UPDATE report_snapshots SET changes_summary = jsonb_set(changes_summary, "
                       "'{patch,0,value}', '22') WHERE report_id = 'r1' AND version = 2"_s;
    }
    if (!sql.isEmpty()) {
        failed = fixture.execAsOwner(sql, values);
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    SnapshotAdmin admin(fixture.provider());
    if (!reason.trimmed().isEmpty()) {
        const auto plan = admin.planRepair(kReport, version);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, code);
        QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().message));
    }
    const auto recorded = admin.recordRepair(kReport, version, reason);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, code);
    QVERIFY2(recorded.error().message.contains(message), qPrintable(recorded.error().message));
    QCOMPARE(count(fixture, u"SELECT count(*) FROM snapshot_repairs"_s), 0);
    QCOMPARE(count(fixture, u"SELECT count(*) FROM activity_logs WHERE action = 'repair'"_s), 0);
}

void tst_Repair::repairThatIsNotTheOriginalIsReported()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedAndTamper(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const auto recorded = SnapshotAdmin(fixture.provider()).recordRepair(kReport, 2, u"why"_s);
    QVERIFY2(recorded, errorText(recorded).constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    failed = fixture.execAsOwner(sqlite ? u"DROP TRIGGER snapshot_repairs_no_update"_s
                                        : u"ALTER TABLE snapshot_repairs DISABLE TRIGGER USER"_s);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = fixture.execAsOwner(u"UPDATE snapshot_repairs SET parcel_snapshot = ?"_s,
                                 { fixture.storedPayload(canonicalOf(parcelDocument(9))) });
    QVERIFY2(failed.isEmpty(), failed.constData());

    const auto report = IntegrityAudit(fixture.provider()).verifyReport(kReport);
    QVERIFY2(report, errorText(report).constData());
    const IntegrityProblem *mismatch = problemOf(*report, IntegrityProblemKind::RepairMismatch);
    QVERIFY2(mismatch, describeProblems(*report).constData());
    QCOMPARE(mismatch->version, 2);
    QCOMPARE(integrityProblemKindName(mismatch->kind), u"REPAIR_MISMATCH"_s);
    const auto read = fixture.store().get(kReport, 2);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::IntegrityCheckFailed);
    QVERIFY2(read.error().message.contains(u"recorded repair"_s), qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(tst_Repair)
#include "tst_repair.moc"

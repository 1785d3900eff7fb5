// SnapshotAdmin: rollback (with its plan) and deprecation, with the same expectations on
// both engines.
#include "operationsfixture.h"
#include "storetestsupport.h"

#include "core/store/actinguser.h"
#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/integrityaudit.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

const QString kReport = u"parcel-report-7"_s;

// Versions 1..3 of kReport (3 active): the value grows, the note changes once, and
// version 3 adds an owner.
QByteArray seedThreeVersions(OperationsFixture &fixture)
{
    const QByteArray documents[] = {
        parcelDocument(100),
        parcelDocument(120, u"reassessed"_s),
        R"({"parcelId":"P-0001","assessment":{"year":2024,"value":150},"note":"reassessed","owners":["Ana","Ben","Cy"]})",
    };
    for (const QByteArray &json : documents) {
        if (const auto created = fixture.create(kReport, json); !created)
            return errorText(created);
    }
    return {};
}

qint64 activityRows(OperationsFixture &fixture)
{
    return fixture.scalar(u"SELECT count(*) FROM activity_logs"_s).toLongLong();
}

int activeVersion(OperationsFixture &fixture)
{
    return fixture.scalar(u"SELECT version FROM report_snapshots WHERE report_id = ? AND is_active = ?"_s,
                          {kReport, true})
        .toInt();
}

// SQL that makes every statement matching `condition` on `table` fail, as the owner.
QStringList failureInjection(DatabaseConfig::Engine engine, const QString &event, const QString &table,
                             const QString &condition)
{
    if (engine == DatabaseConfig::Engine::Sqlite) {
        return {u"CREATE TRIGGER test_injected_failure BEFORE %1 ON %2 WHEN %3 "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s.arg(event, table, condition)};
    }
    return {u"CREATE FUNCTION test_injected_failure() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$"_s,
            u"CREATE TRIGGER test_injected_failure BEFORE %1 ON %2 FOR EACH ROW WHEN (%3) "
            "EXECUTE FUNCTION test_injected_failure()"_s.arg(event, table, condition)};
}

QString dropInjection(DatabaseConfig::Engine engine, const QString &table)
{
    return engine == DatabaseConfig::Engine::Sqlite ? u"DROP TRIGGER test_injected_failure"_s
                                                    : u"DROP TRIGGER test_injected_failure ON "_s + table;
}

} // namespace

class tst_SnapshotAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planShowsBothVersionsAndTheChange_data() { sa::tests::addEngineRows(); }
    void planShowsBothVersionsAndTheChange();
    void rollbackReactivatesTheTargetAndLogsIt_data() { sa::tests::addEngineRows(); }
    void rollbackReactivatesTheTargetAndLogsIt();
    void rollbackRefusesAStaleActiveVersion_data() { sa::tests::addEngineRows(); }
    void rollbackRefusesAStaleActiveVersion();
    void rollbackNeedsAReason_data() { sa::tests::addEngineRows(); }
    void rollbackNeedsAReason();
    void rollbackToTheActiveVersionIsRefused_data() { sa::tests::addEngineRows(); }
    void rollbackToTheActiveVersionIsRefused();
    void unknownReportsAndVersionsAreNamed_data() { sa::tests::addEngineRows(); }
    void unknownReportsAndVersionsAreNamed();
    void createAfterRollbackContinuesFromMaxAndChainsToTheTarget_data() { sa::tests::addEngineRows(); }
    void createAfterRollbackContinuesFromMaxAndChainsToTheTarget();
    void damagedTargetIsNeverReactivated_data() { sa::tests::addEngineRows(); }
    void damagedTargetIsNeverReactivated();

    void deprecationIsSetOnceWithAReason_data() { sa::tests::addEngineRows(); }
    void deprecationIsSetOnceWithAReason();
    void activeVersionCannotBeDeprecated_data() { sa::tests::addEngineRows(); }
    void activeVersionCannotBeDeprecated();
    void deprecatedTargetNeedsExplicitConsent_data() { sa::tests::addEngineRows(); }
    void deprecatedTargetNeedsExplicitConsent();

    void rollbacksRacingCreatesKeepTheInvariants_data() { sa::tests::addEngineRows(); }
    void rollbacksRacingCreatesKeepTheInvariants();

    void failedRollbackLeavesNoTrace_data();
    void failedRollbackLeavesNoTrace();
    void failedDeprecationLeavesNoTrace_data() { sa::tests::addEngineRows(); }
    void failedDeprecationLeavesNoTrace();
};

void tst_SnapshotAdmin::planShowsBothVersionsAndTheChange()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    const auto plan = admin.planRollback(kReport, 1);
    QVERIFY2(plan, errorText(plan).constData());
    QCOMPARE(plan->current.version, 3);
    QVERIFY(plan->current.isActive);
    QCOMPARE(plan->target.version, 1);
    QVERIFY(!plan->target.isActive);
    QVERIFY(!plan->targetDeprecated);
    // From version 3 back to 1: the value and the note change, the third owner goes.
    QCOMPARE(plan->changes.modified, 2);
    QCOMPARE(plan->changes.deleted, 1);
    QCOMPARE(plan->changes.added, 0);
    // A plan changes nothing.
    QCOMPARE(activeVersion(fixture), 3);
}

void tst_SnapshotAdmin::rollbackReactivatesTheTargetAndLogsIt()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    const QString reason = u"Reassessment withdrawn; see ticket \"PR-17\"; ünïcode ✓"_s;
    const auto rolledBack = admin.rollback(kReport, 1, 3, reason);
    QVERIFY2(rolledBack, errorText(rolledBack).constData());
    QCOMPARE(rolledBack->version, 1);
    QVERIFY(rolledBack->isActive);
    QCOMPARE(activeVersion(fixture), 1);

    const auto active = fixture.store().get(kReport);
    QVERIFY2(active, errorText(active).constData());
    QCOMPARE(active->summary.version, 1);

    const auto page = HistoryQueries(fixture.provider()).activity(kReport, 1, 0);
    QVERIFY2(page, errorText(page).constData());
    QCOMPARE(page->entries.size(), 1u);
    const ActivityEntry &entry = page->entries.front();
    QCOMPARE(entry.action, ActivityAction::Rollback);
    QCOMPARE(entry.version, 1);
    QCOMPARE(entry.fromVersion, 3);
    QCOMPARE(entry.reason, reason);
    auto db = fixture.provider().database();
    QVERIFY(db);
    const auto login = actingLogin(fixture.provider(), *db, u"test"_s);
    QVERIFY2(login, errorText(login).constData());
    QCOMPARE(entry.user, *login);
}

void tst_SnapshotAdmin::rollbackRefusesAStaleActiveVersion()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const qint64 rowsBefore = activityRows(fixture);

    // The admin looked while version 2 was active; version 3 was created since.
    const auto stale = SnapshotAdmin(fixture.provider()).rollback(kReport, 1, 2, u"undo"_s);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::VersionConflict);
    QVERIFY2(stale.error().message.contains(u"expected active version 2, actual 3"_s),
             qPrintable(stale.error().message));
    QCOMPARE(activeVersion(fixture), 3);
    QCOMPARE(activityRows(fixture), rowsBefore);
}

void tst_SnapshotAdmin::rollbackNeedsAReason()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    for (const QString &reason : {QString(), u"   \t"_s}) {
        const auto refused = admin.rollback(kReport, 1, 3, reason);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ValidationFailed);
        QVERIFY2(refused.error().message.contains(u"reason"_s), qPrintable(refused.error().message));
    }
    QCOMPARE(activeVersion(fixture), 3);
}

void tst_SnapshotAdmin::rollbackToTheActiveVersionIsRefused()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const qint64 rowsBefore = activityRows(fixture);

    SnapshotAdmin admin(fixture.provider());
    const auto rolledBack = admin.rollback(kReport, 3, 3, u"no-op"_s);
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(rolledBack.error().message.contains(u"already the active version"_s),
             qPrintable(rolledBack.error().message));
    const auto plan = admin.planRollback(kReport, 3);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(activityRows(fixture), rowsBefore);
}

void tst_SnapshotAdmin::unknownReportsAndVersionsAreNamed()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    const auto noVersion = admin.rollback(kReport, 9, 3, u"why"_s);
    QVERIFY(!noVersion);
    QCOMPARE(noVersion.error().code, ErrorCode::VersionNotFound);
    QVERIFY2(noVersion.error().message.contains(u"no version 9"_s), qPrintable(noVersion.error().message));
    const auto noReport = admin.planRollback(u"nope"_s, 1);
    QVERIFY(!noReport);
    QCOMPARE(noReport.error().code, ErrorCode::NotFound);
    const auto noReportDeprecation = admin.deprecate(u"nope"_s, 1, u"why"_s);
    QVERIFY(!noReportDeprecation);
    QCOMPARE(noReportDeprecation.error().code, ErrorCode::NotFound);
}

void tst_SnapshotAdmin::createAfterRollbackContinuesFromMaxAndChainsToTheTarget()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    const auto target = SnapshotAdmin(fixture.provider()).rollback(kReport, 1, 3, u"back to the import"_s);
    QVERIFY2(target, errorText(target).constData());
    const auto created = fixture.create(kReport, parcelDocument(105, u"corrected"_s));
    QVERIFY2(created, errorText(created).constData());
    QCOMPARE(created->version, 4);
    QVERIFY(created->isActive);
    // Its parent is the version it was based on: the rolled-back-to version 1, not 3.
    QCOMPARE(created->parentId, target->id);
    QCOMPARE(activeVersion(fixture), 4);

    const auto audit = IntegrityAudit(fixture.provider()).verifyReport(kReport);
    QVERIFY2(audit, errorText(audit).constData());
    QVERIFY2(audit->isClean(), sa::tests::describeProblems(*audit).constData());
}

void tst_SnapshotAdmin::damagedTargetIsNeverReactivated()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    // Same length, one character different: only the checksum can tell.
    failed = fixture.execAsOwner(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = ? AND version = 1"_s,
                                 {fixture.storedPayload(parcelDocument(101)), kReport});
    QVERIFY2(failed.isEmpty(), failed.constData());
    const qint64 rowsBefore = activityRows(fixture);

    SnapshotAdmin admin(fixture.provider());
    const auto plan = admin.planRollback(kReport, 1);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::IntegrityCheckFailed);
    const auto rolledBack = admin.rollback(kReport, 1, 3, u"restore"_s);
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error().code, ErrorCode::IntegrityCheckFailed);
    QVERIFY2(rolledBack.error().message.contains(u"Version 1 of report"_s), qPrintable(rolledBack.error().message));
    QCOMPARE(activeVersion(fixture), 3);
    QCOMPARE(activityRows(fixture), rowsBefore);
}

void tst_SnapshotAdmin::deprecationIsSetOnceWithAReason()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    const auto noReason = admin.deprecate(kReport, 2, u" "_s);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, ErrorCode::ValidationFailed);

    const QString reason = QString(10 * 1024, u'x') + u"'; DROP TABLE report_snapshots; --"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto deprecated = admin.deprecate(kReport, 2, reason);
    QVERIFY2(deprecated, errorText(deprecated).constData());
    QCOMPARE(deprecated->version, 2);
    QCOMPARE(deprecated->deprecatedReason, reason);
    QVERIFY(deprecated->deprecatedAt >= before && deprecated->deprecatedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    const auto again = admin.deprecate(kReport, 2, u"second thoughts"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Immutable);
    QVERIFY2(again.error().message.contains(u"already deprecated"_s), qPrintable(again.error().message));

    const auto page = HistoryQueries(fixture.provider()).activity(kReport, 10, 0);
    QVERIFY2(page, errorText(page).constData());
    const ActivityEntry &entry = page->entries.front();
    QCOMPARE(entry.action, ActivityAction::Deprecate);
    QCOMPARE(entry.version, 2);
    QCOMPARE(entry.reason, reason);
    QCOMPARE(page->entries.size(), 4u); // three creates and one deprecation
}

void tst_SnapshotAdmin::activeVersionCannotBeDeprecated()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    const auto refused = SnapshotAdmin(fixture.provider()).deprecate(kReport, 3, u"bad import"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(refused.error().message.contains(u"roll back to another version first"_s),
             qPrintable(refused.error().message));
    QVERIFY(fixture.scalar(u"SELECT deprecated_at FROM report_snapshots WHERE report_id = ? AND version = 3"_s, {kReport})
                .isNull());
}

void tst_SnapshotAdmin::deprecatedTargetNeedsExplicitConsent()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    SnapshotAdmin admin(fixture.provider());
    const auto deprecated = admin.deprecate(kReport, 1, u"superseded by the 2024 survey"_s);
    QVERIFY2(deprecated, errorText(deprecated).constData());

    const auto plan = admin.planRollback(kReport, 1);
    QVERIFY2(plan, errorText(plan).constData());
    QVERIFY(plan->targetDeprecated);
    QCOMPARE(plan->target.deprecatedReason, u"superseded by the 2024 survey"_s);

    const auto refused = admin.rollback(kReport, 1, 3, u"restore"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(refused.error().message.contains(u"superseded by the 2024 survey"_s), qPrintable(refused.error().message));
    QCOMPARE(activeVersion(fixture), 3);

    const auto allowed = admin.rollback(kReport, 1, 3, u"restore anyway"_s, DeprecatedTarget::Allow);
    QVERIFY2(allowed, errorText(allowed).constData());
    QVERIFY(allowed->isActive);
    QVERIFY(allowed->deprecatedAt.isValid());
}

void tst_SnapshotAdmin::rollbacksRacingCreatesKeepTheInvariants()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    QVERIFY(fixture.create(kReport, parcelDocument(0)));

    constexpr int kCreators = 2;
    constexpr int kCreatesEach = 12;
    SnapshotAdmin admin(fixture.provider());
    QMutex mutex;
    QStringList unexpected;
    std::atomic<int> created{0};
    std::atomic<int> creatorsDone{0};
    std::atomic<int> rolledBack{0};
    // A conflict or a busy database is a clean, retryable refusal; anything else is a bug.
    const auto check = [&](const Error &error) {
        if (error.code == ErrorCode::VersionConflict || error.code == ErrorCode::DatabaseUnavailable)
            return;
        QMutexLocker lock(&mutex);
        unexpected.append(error.toString());
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int creator = 0; creator < kCreators; ++creator) {
        threads.emplace_back(QThread::create([&, creator] {
            for (int i = 1; i <= kCreatesEach; ++i) {
                if (const auto result = fixture.create(kReport, parcelDocument(creator * 1000 + i)); result)
                    ++created;
                else
                    check(result.error());
                // Room for the admin between two creates, as between two imports.
                QThread::msleep(10);
            }
            ++creatorsDone;
        }));
    }
    threads.emplace_back(QThread::create([&] {
        while (creatorsDone.load() < kCreators) {
            // What an admin sees, then acts on a moment later: the version before the
            // active one, or the newest when the first is active.
            const auto page = fixture.store().history(kReport, 1000, 0);
            if (!page) {
                check(page.error());
                continue;
            }
            const auto active = std::find_if(page->snapshots.begin(), page->snapshots.end(),
                                             [](const SnapshotSummary &summary) { return summary.isActive; });
            const int newest = page->snapshots.front().version;
            if (active != page->snapshots.end() && newest > 1) {
                const int target = active->version > 1 ? active->version - 1 : newest;
                if (const auto result = admin.rollback(kReport, target, active->version, u"race"_s); result)
                    ++rolledBack;
                else
                    check(result.error());
            }
            QThread::msleep(2);
        }
    }));
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    // The race was run: some rollbacks got through between the creates.
    QVERIFY(rolledBack.load() > 0);

    const int versions = 1 + created.load();
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM report_snapshots"_s).toInt(), versions);
    QCOMPARE(fixture.scalar(u"SELECT max(version) FROM report_snapshots"_s).toInt(), versions);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM report_snapshots WHERE is_active = ?"_s, {true}).toInt(), 1);
    QCOMPARE(activityRows(fixture), qint64(versions + rolledBack.load()));
    const auto audit = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(audit, errorText(audit).constData());
    QVERIFY2(audit->isClean(), sa::tests::describeProblems(*audit).constData());
}

void tst_SnapshotAdmin::failedRollbackLeavesNoTrace_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("condition");
    for (const QString &engine : sa::tests::storeEngines()) {
        const QString activating = engine == u"sqlite" ? u"NEW.is_active = 1"_s : u"NEW.is_active"_s;
        // After the deactivation: the report must not be left without an active version.
        QTest::addRow("%s: activation fails", qPrintable(engine))
            << engine << u"UPDATE OF is_active"_s << u"report_snapshots"_s << activating;
        // After both flags changed: they must be restored.
        QTest::addRow("%s: activity row fails", qPrintable(engine))
            << engine << u"INSERT"_s << u"activity_logs"_s << u"NEW.action = 'rollback'"_s;
    }
}

void tst_SnapshotAdmin::failedRollbackLeavesNoTrace()
{
    QFETCH(QString, engine);
    QFETCH(QString, event);
    QFETCH(QString, table);
    QFETCH(QString, condition);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (const QString &sql : failureInjection(fixture.engine(), event, table, condition)) {
        failed = fixture.execAsOwner(sql);
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    const qint64 rowsBefore = activityRows(fixture);

    SnapshotAdmin admin(fixture.provider());
    const auto rolledBack = admin.rollback(kReport, 1, 3, u"restore"_s);
    QVERIFY(!rolledBack);
    QVERIFY2(rolledBack.error().message.contains(u"injected failure"_s), qPrintable(rolledBack.error().message));
    QCOMPARE(activeVersion(fixture), 3);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM report_snapshots WHERE is_active = ?"_s, {true}).toInt(), 1);
    QCOMPARE(activityRows(fixture), rowsBefore);

    // The same rollback goes through once the failure is gone: nothing was left half-done.
    failed = fixture.execAsOwner(dropInjection(fixture.engine(), table));
    QVERIFY2(failed.isEmpty(), failed.constData());
    const auto retried = admin.rollback(kReport, 1, 3, u"restore"_s);
    QVERIFY2(retried, errorText(retried).constData());
    QCOMPARE(activityRows(fixture), rowsBefore + 1);
}

void tst_SnapshotAdmin::failedDeprecationLeavesNoTrace()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seedThreeVersions(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (const QString &sql :
         failureInjection(fixture.engine(), u"INSERT"_s, u"activity_logs"_s, u"NEW.action = 'deprecate'"_s)) {
        failed = fixture.execAsOwner(sql);
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    const qint64 rowsBefore = activityRows(fixture);

    const auto deprecated = SnapshotAdmin(fixture.provider()).deprecate(kReport, 1, u"wrong parcel"_s);
    QVERIFY(!deprecated);
    QVERIFY(fixture.scalar(u"SELECT deprecated_at FROM report_snapshots WHERE report_id = ? AND version = 1"_s, {kReport})
                .isNull());
    QCOMPARE(activityRows(fixture), rowsBefore);
}

QTEST_GUILESS_MAIN(tst_SnapshotAdmin)
#include "tst_snapshotadmin.moc"

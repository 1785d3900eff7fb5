// Several processes creating versions of one report at once, on both engines: afterwards
// exactly versions 1..N, no gaps, no duplicates, one active version, every payload verifies.
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/migrator.h"
#include "core/store/snapshotstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;
using sa::tests::TestDatabase;

namespace {

struct WriterRun
{
    QByteArray failure;        // the first writer's error output, empty when all succeeded
    std::vector<int> versions; // every version a writer reported, in no particular order
};

// Starts `writers` processes at once on a database none has opened yet (so they also race
// to migrate it), each creating `creates` versions of one report, and waits for all.
WriterRun runWriters(const DatabaseConfig &config, int writers, int creates)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(SA_STORE_WRITER));
        process->setArguments({u"--url"_s, config.toUrl(), u"--report"_s, u"contended"_s,
                               u"--count"_s, QString::number(creates), u"--writer"_s,
                               QString::number(w)});
        process->start();
        processes.push_back(std::move(process));
    }
    WriterRun run;
    for (auto &process : processes) {
        if (!process->waitForFinished(240000)) {
            process->kill();
            process->waitForFinished();
            run.failure = "a writer did not finish in time";
            continue;
        }
        const QByteArray errors = process->readAllStandardError();
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            if (run.failure.isEmpty())
                run.failure = errors.isEmpty() ? process->errorString().toUtf8() : errors;
        }
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                run.versions.push_back(line.toInt());
        }
    }
    return run;
}

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processesCreateDistinctConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void processesCreateDistinctConsecutiveVersions();
    void concurrentFirstOpensAllSucceed_data() { sa::tests::addEngineRows(); }
    void concurrentFirstOpensAllSucceed();
};

void tst_Concurrency::processesCreateDistinctConsecutiveVersions()
{
    QFETCH(QString, engine);
    constexpr int kWriters = 4;
    constexpr int kCreatesPerWriter = 100;
    constexpr int kTotal = kWriters * kCreatesPerWriter;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());

    const WriterRun run = runWriters((*database)->config(), kWriters, kCreatesPerWriter);
    QVERIFY2(run.failure.isEmpty(), run.failure.constData());
    const std::set<int> reported(run.versions.begin(), run.versions.end());
    QCOMPARE(run.versions.size(), reported.size()); // no version handed out twice
    QCOMPARE(reported.size(), size_t(kTotal));
    QCOMPARE(*reported.begin(), 1);
    QCOMPARE(*reported.rbegin(), kTotal);

    ConnectionProvider provider((*database)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    const auto state = Migrator(*db).inspect();
    QVERIFY(state && state->status == SchemaStatus::Current);
    QSqlQuery query(*db);
    QVERIFY(query.exec(
        u"SELECT count(*), count(DISTINCT version), min(version), max(version) FROM report_snapshots"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), kTotal);
    QCOMPARE(query.value(1).toInt(), kTotal);
    QCOMPARE(query.value(2).toInt(), 1);
    QCOMPARE(query.value(3).toInt(), kTotal);
    QVERIFY(query.exec(u"SELECT count(*) FROM schema_migrations"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Migrator(*db).latestVersion());
    // Each version's parent is the one before it: the creators were serialised.
    QVERIFY(query.exec(u"SELECT count(*) FROM report_snapshots c JOIN report_snapshots p "
                       "ON p.id = c.parent_snapshot_id WHERE p.version = c.version - 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), kTotal - 1);
    QVERIFY(query.exec(u"SELECT count(*) FROM activity_logs WHERE action = 'create'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), kTotal);

    SnapshotStore store(provider);
    const auto history = store.history(u"contended"_s, 1000, 0);
    QVERIFY2(history, errorText(history).constData());
    int active = 0;
    for (const SnapshotSummary &summary : history->snapshots) {
        active += summary.isActive ? 1 : 0;
        const auto snapshot = store.get(u"contended"_s, summary.version);
        QVERIFY2(snapshot, errorText(snapshot).constData());
    }
    QCOMPARE(active, 1);
    QVERIFY(history->snapshots.front().isActive);
}

// The first open of a new database by several processes at once: one migrates, the others
// wait and find it migrated (this once failed as "relation already exists", as a CCP-04
// database seen half-way, and as SQLite's WAL switch being busy).
void tst_Concurrency::concurrentFirstOpensAllSucceed()
{
    QFETCH(QString, engine);
    constexpr int kRounds = 6;
    constexpr int kWriters = 6;
    for (int round = 0; round < kRounds; ++round) {
        auto database = TestDatabase::create(engine);
        QVERIFY2(database, errorText(database).constData());
        const WriterRun run = runWriters((*database)->config(), kWriters, 1);
        QVERIFY2(run.failure.isEmpty(), run.failure.constData());
        const std::set<int> versions(run.versions.begin(), run.versions.end());
        QCOMPARE(versions.size(), size_t(kWriters));
        QCOMPARE(*versions.rbegin(), kWriters);
    }
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"

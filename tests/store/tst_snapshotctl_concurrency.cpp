// Many writers on one report at once, on both engines: snapshotctl processes, threads of one
// process, and rollbacks racing creates. Afterwards: versions exactly 1..N with no gaps and
// no duplicates, exactly one active version, every payload verifies. A writer may fail only
// with a retryable error (a lock timeout, or the optimistic lock of a rollback), which the
// test retries.
#include "snapshotctlrunner.h"
#include "storeinvariants.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::CliRun;
using sa::tests::TestDatabase;
using sa::tests::errorText;

namespace {

constexpr int kWriters = 4;
constexpr int kCreatesPerWriter = 100;

bool isRetryable(ErrorCode code)
{
    return code == ErrorCode::DatabaseUnavailable || code == ErrorCode::VersionConflict;
}

// The errors snapshotctl may print when it lost a race: each line names a retryable code.
bool onlyRetryableErrors(const QByteArray &errors)
{
    for (const QByteArray &line : errors.split('\n')) {
        if (!line.isEmpty() && !line.contains("DATABASE_UNAVAILABLE") && !line.contains("VERSION_CONFLICT"))
            return false;
    }
    return true;
}

QByteArray document(int writer, int sequence)
{
    return u"{\"writer\":%1,\"sequence\":%2,\"parcel\":{\"area\":%3,\"owners\":[\"Ana\",\"Ben\"]}}"_s
        .arg(writer).arg(sequence).arg(1000 + writer * kCreatesPerWriter + sequence).toUtf8();
}

// Runs `work` on `count` threads at once and collects what they report as failures.
// Each thread gets its own connection from the provider, as in the GUI's workers.
QStringList runThreads(int count, const std::function<void(int, QStringList &)> &work)
{
    QMutex mutex;
    QStringList failures;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int index = 0; index < count; ++index) {
        threads.emplace_back(QThread::create([&, index] {
            QStringList mine;
            work(index, mine);
            const QMutexLocker locker(&mutex);
            failures += mine;
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    return failures;
}

// Creates one version, retrying what the store calls retryable (a bounded number of times,
// so that a persistent failure fails the test instead of hanging it).
Status<> createRetrying(SnapshotStore &store, const QString &reportId, const QByteArray &json)
{
    constexpr int kAttempts = 50;
    CreateSnapshotRequest request;
    request.reportId = reportId;
    request.json = json;
    Error last;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const auto created = store.create(request);
        if (created)
            return Done{};
        if (!isRetryable(created.error().code))
            return created.error();
        last = created.error();
    }
    return last;
}

} // namespace

class tst_SnapshotctlConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processesCreateConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void processesCreateConsecutiveVersions();
    void threadsCreateConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void threadsCreateConsecutiveVersions();
    void rollbacksRaceCreates_data() { sa::tests::addEngineRows(); }
    void rollbacksRaceCreates();
};

// 4 snapshotctl processes import 100 documents each into one report at the same time.
void tst_SnapshotctlConcurrency::processesCreateConsecutiveVersions()
{
    QFETCH(QString, engine);
    const QString reportId = u"contended"_s;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    const QStringList db = sa::tests::dbArguments((*database)->config());
    const CliRun init = sa::tests::runSnapshotctl(QStringList{u"init"_s} + db);
    QVERIFY2(init.exitCode == 0, init.err.constData());

    std::vector<QList<QByteArray>> pending(kWriters);
    for (int writer = 0; writer < kWriters; ++writer) {
        for (int sequence = 0; sequence < kCreatesPerWriter; ++sequence)
            pending[std::size_t(writer)].append(document(writer, sequence));
    }
    // Each document is its own transaction and a lock timeout stops an import where it
    // was: the documents after the last one created go again in the next round.
    int created = 0;
    for (int round = 0; round < 10 && created < kWriters * kCreatesPerWriter; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int writer = 0; writer < kWriters; ++writer) {
            processes.push_back(sa::tests::startSnapshotctl(QStringList{u"import"_s, u"-"_s, u"--report"_s, reportId,
                                                                        u"--json"_s} + db));
            processes.back()->write(pending[std::size_t(writer)].join('\n'));
        }
        for (int writer = 0; writer < kWriters; ++writer) {
            const CliRun run = sa::tests::finishSnapshotctl(*processes[std::size_t(writer)]);
            QVERIFY2(run.exitCode == 0 || (run.exitCode == 2 && onlyRetryableErrors(run.err)), run.err.constData());
            const int done = int(run.out.count('\n'));
            created += done;
            pending[std::size_t(writer)].remove(0, done);
        }
    }
    QCOMPARE(created, kWriters * kCreatesPerWriter);
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::LeaveAsIs);
    QVERIFY2(opened, errorText(opened).constData());
    const auto versions = sa::tests::checkReportInvariants(*opened->connections, reportId, kWriters * kCreatesPerWriter);
    QVERIFY2(versions, errorText(versions).constData());
}

// The same inside one process: 4 threads, each on its own connection.
void tst_SnapshotctlConcurrency::threadsCreateConsecutiveVersions()
{
    QFETCH(QString, engine);
    const QString reportId = u"threads"_s;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened, errorText(opened).constData());
    SnapshotStore store(*opened->connections);

    const QStringList failures = runThreads(kWriters, [&](int writer, QStringList &failed) {
        for (int sequence = 0; sequence < kCreatesPerWriter; ++sequence) {
            if (auto created = createRetrying(store, reportId, document(writer, sequence)); !created)
                failed.append(created.error().toString());
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    const auto versions = sa::tests::checkReportInvariants(*opened->connections, reportId, kWriters * kCreatesPerWriter);
    QVERIFY2(versions, errorText(versions).constData());
}

// Three threads create versions while snapshotctl rolls the report back to random earlier
// versions, using the active version it showed as the optimistic lock. A rollback that
// loses the race fails with VERSION_CONFLICT and is tried again; never two active versions,
// never a duplicate.
void tst_SnapshotctlConcurrency::rollbacksRaceCreates()
{
    QFETCH(QString, engine);
    constexpr int kCreators = 3;
    constexpr int kCreatesEach = 40;
    constexpr int kRollbacks = 15;
    const QString reportId = u"raced"_s;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened, errorText(opened).constData());
    SnapshotStore store(*opened->connections);
    // Something to roll back to before the race starts.
    for (int sequence = 0; sequence < 3; ++sequence)
        QVERIFY(createRetrying(store, reportId, document(9, sequence)));
    const QStringList db = sa::tests::dbArguments((*database)->config());

    int conflicts = 0;
    const QStringList failures = runThreads(kCreators + 1, [&](int index, QStringList &failed) {
        if (index < kCreators) {
            for (int sequence = 0; sequence < kCreatesEach; ++sequence) {
                if (auto created = createRetrying(store, reportId, document(index, sequence)); !created)
                    failed.append(created.error().toString());
            }
            return;
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int done = 0; done < kRollbacks;) {
            const auto active = store.get(reportId);
            const auto newest = store.history(reportId, 1);
            if (!active || !newest) {
                const Error &error = active ? newest.error() : active.error();
                if (isRetryable(error.code))
                    continue;
                failed.append(error.toString());
                return;
            }
            int target = 1 + int(random.bounded(newest->snapshots.front().version));
            if (target == active->summary.version)
                continue;
            const CliRun run = sa::tests::runSnapshotctl(QStringList{u"rollback"_s, reportId, u"--to"_s, QString::number(target),
                                                                     u"--reason"_s, u"race"_s, u"--yes"_s} + db);
            if (run.exitCode == 0) {
                ++done;
            } else if (run.exitCode == 2 && onlyRetryableErrors(run.err)) {
                ++conflicts;
            } else {
                failed.append(QString::fromUtf8(run.err));
                return;
            }
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    const auto versions = sa::tests::checkReportInvariants(*opened->connections, reportId, 3 + kCreators * kCreatesEach);
    QVERIFY2(versions, errorText(versions).constData());

    auto connection = opened->connections->database();
    QVERIFY(connection);
    QSqlQuery query(*connection);
    QVERIFY(query.exec(u"SELECT count(*) FROM activity_logs WHERE action = 'rollback'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), kRollbacks);
    qInfo("%d rollbacks lost the race and were retried", conflicts);
}

QTEST_GUILESS_MAIN(tst_SnapshotctlConcurrency)
#include "tst_snapshotctl_concurrency.moc"

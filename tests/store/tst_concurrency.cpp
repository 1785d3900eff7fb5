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

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processesCreateDistinctConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void processesCreateDistinctConsecutiveVersions();
};

void tst_Concurrency::processesCreateDistinctConsecutiveVersions()
{
    QFETCH(QString, engine);
    constexpr int kWriters = 4;
    constexpr int kCreatesPerWriter = 100;
    constexpr int kTotal = kWriters * kCreatesPerWriter;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());

    // The writers also race to migrate the fresh database.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w) {
        auto writer = std::make_unique<QProcess>();
        writer->setProgram(QStringLiteral(SA_STORE_WRITER));
        writer->setArguments({u"--url"_s, (*database)->config().toUrl(), u"--report"_s,
                              u"contended"_s, u"--count"_s, QString::number(kCreatesPerWriter),
                              u"--writer"_s, QString::number(w)});
        writer->start();
        QVERIFY2(writer->waitForStarted(), qPrintable(writer->errorString()));
        writers.push_back(std::move(writer));
    }
    std::set<int> reported;
    for (auto &writer : writers) {
        QVERIFY(writer->waitForFinished(240000));
        const QByteArray errors = writer->readAllStandardError();
        QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                 errors.constData());
        const QList<QByteArray> lines = writer->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                QVERIFY2(reported.insert(line.toInt()).second, "a version was handed out twice");
        }
    }
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

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"

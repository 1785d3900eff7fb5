// A writer killed with SIGKILL in the middle of creates and rollbacks, again and again: each
// time the database opens, the invariants hold and verify-all is clean. Every transaction
// either happened completely or not at all.
#include "storeinvariants.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::TestDatabase;
using sa::tests::errorText;

namespace {

// A COMMIT already sent when the client died still completes on the server; look only after
// the writer's session is gone, or the check races that commit.
// Empty when the backend is gone; otherwise why the wait failed.
QString waitForBackendToEnd(ConnectionProvider &connections, qint64 backend)
{
    auto db = connections.database();
    if (!db)
        return db.error().toString();
    QSqlQuery query(*db);
    QElapsedTimer waited;
    waited.start();
    for (; waited.elapsed() < 30'000; QTest::qSleep(5)) {
        query.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ?"_s);
        query.addBindValue(backend);
        if (!query.exec() || !query.next())
            return u"pg_stat_activity: "_s + query.lastError().text();
        if (query.value(0).toInt() == 0)
            return {};
    }
    return u"still there after 30 s"_s;
}

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesConsistentData_data() { sa::tests::addEngineRows(); }
    void killedWriterLeavesConsistentData();
};

void tst_Crash::killedWriterLeavesConsistentData()
{
    QFETCH(QString, engine);
    constexpr int kKills = 50;
    // Long enough for a few dozen transactions, short enough for CI.
    constexpr int kMaxRunMs = 250;
    const QString reportId = u"crash-report"_s;
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened, errorText(opened).constData());

    QRandomGenerator random(QRandomGenerator::global()->generate());
    int previousVersions = 0;
    int grew = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER_PATH), {(*database)->config().toUrl(), reportId});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (!writer.canReadLine() && waited.elapsed() < 30'000 && writer.state() == QProcess::Running)
            writer.waitForReadyRead(100);
        const QByteArray ready = writer.readLine().trimmed();
        QVERIFY2(ready.startsWith("ready "), writer.readAllStandardError().constData());
        const qint64 backend = ready.mid(6).toLongLong();
        // Random points: sometimes before the first write, mostly somewhere inside one.
        QTest::qSleep(int(random.bounded(kMaxRunMs)));
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL: no cleanup, no rollback by the writer
        QVERIFY(writer.waitForFinished());
        if (backend != 0) {
            const QString notEnded = waitForBackendToEnd(*opened->connections, backend);
            QVERIFY2(notEnded.isEmpty(), qPrintable(u"the killed writer's session did not end: "_s + notEnded));
        }

        const auto versions = sa::tests::checkReportInvariants(*opened->connections, reportId);
        QVERIFY2(versions, qPrintable(u"after kill %1: %2"_s.arg(kill + 1).arg(versions ? QString() : versions.error().toString())));
        if (*versions > previousVersions)
            ++grew;
        previousVersions = *versions;
    }
    // The kills must have landed among writes, not only before the first one.
    QVERIFY2(grew > kKills / 2, qPrintable(u"only %1 runs wrote anything"_s.arg(grew)));
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"

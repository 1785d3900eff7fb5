// The demo database a new user gets: realistic history (several people, months, rollbacks
// and deprecations), verify-all clean, the same documents on every run, and atomic: a
// cancelled or refused run leaves no file behind.
#include "storetestsupport.h"

#include "core/demo/demodatabase.h"
#include "core/store/connectionprovider.h"
#include "core/store/integrityaudit.h"
#include "core/store/opendatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;

namespace {

QStringList column(ConnectionProvider &connections, const QString &sql)
{
    QStringList values;
    auto db = connections.database();
    if (!db)
        return values;
    QSqlQuery query(*db);
    if (!query.exec(sql))
        return {u"query failed: "_s + sql};
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

class tst_DemoDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRealisticHistory();
    void contentIsTheSameOnEveryRun();
    void cancelledRunLeavesNothing();
    void refusesAnExistingFile();

private:
    QTemporaryDir m_dir;
    QString m_first; // written by writesRealisticHistory, compared by contentIsTheSameOnEveryRun
};

void tst_DemoDatabase::writesRealisticHistory()
{
    QVERIFY(m_dir.isValid());
    m_first = m_dir.filePath(u"first.db"_s);
    int lastDone = 0;
    int lastTotal = 0;
    bool monotonic = true;
    const auto summary = createDemoDatabase(m_first, [&](int done, int total) {
        monotonic = monotonic && done == lastDone + 1;
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(summary, errorText(summary).constData());
    QVERIFY(monotonic);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(summary->reports >= 24);
    QVERIFY(summary->snapshots >= summary->reports * 12);
    QVERIFY(summary->rollbacks >= 1);
    QVERIFY(summary->deprecations >= 1);
    QCOMPARE(summary->users, 4);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"first.db"_s});

    DatabaseConfig config;
    config.sqlitePath = m_first;
    const auto opened = openDatabase(config, {}, SchemaPolicy::LeaveAsIs);
    QVERIFY2(opened, errorText(opened).constData());
    QCOMPARE(opened->schema.status, SchemaStatus::Current);
    ConnectionProvider &connections = *opened->connections;
    const auto audit = IntegrityAudit(connections).verifyAll();
    QVERIFY2(audit, errorText(audit).constData());
    QVERIFY(audit->isClean());
    QCOMPARE(audit->snapshotsChecked, qint64(summary->snapshots));

    QCOMPARE(column(connections, u"SELECT login FROM users ORDER BY login"_s),
             (QStringList{u"alice"_s, u"bob"_s, u"carol"_s, u"dmitri"_s}));
    QCOMPARE(column(connections, u"SELECT DISTINCT u.login FROM activity_logs a JOIN users u ON u.id = a.user_id "
                                 "WHERE a.action <> 'create'"_s),
             QStringList{u"dmitri"_s});
    const QStringList span = column(connections, u"SELECT min(created_at) FROM activity_logs UNION ALL "
                                                 "SELECT max(created_at) FROM activity_logs"_s);
    const QDateTime oldest = QDateTime::fromString(span.value(0), Qt::ISODateWithMs);
    const QDateTime newest = QDateTime::fromString(span.value(1), Qt::ISODateWithMs);
    QVERIFY2(oldest.daysTo(newest) > 90, qPrintable(span.join(u" to "_s)));
    QVERIFY(newest < QDateTime::currentDateTimeUtc());
    // People work on weekdays, in office hours.
    for (const QString &text : column(connections, u"SELECT created_at FROM activity_logs"_s)) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY2(at.date().dayOfWeek() <= 5 && at.time().hour() >= 8 && at.time().hour() < 18, qPrintable(text));
    }
    // A snapshot was created when its "create" entry says.
    QCOMPARE(column(connections, u"SELECT count(*) FROM report_snapshots s JOIN activity_logs a ON a.report_id = s.report_id "
                                 "AND a.version = s.version AND a.action = 'create' WHERE a.created_at <> s.created_at"_s),
             QStringList{u"0"_s});
}

void tst_DemoDatabase::contentIsTheSameOnEveryRun()
{
    QVERIFY(!m_first.isEmpty());
    const QString second = m_dir.filePath(u"second.db"_s);
    const auto summary = createDemoDatabase(second);
    QVERIFY2(summary, errorText(summary).constData());
    QStringList checksums[2];
    int index = 0;
    for (const QString &path : {m_first, second}) {
        DatabaseConfig config;
        config.sqlitePath = path;
        ConnectionProvider connections(config);
        checksums[index++] = column(connections, u"SELECT report_id || ' ' || version || ' ' || checksum FROM "
                                                 "report_snapshots ORDER BY report_id, version"_s);
    }
    QCOMPARE(checksums[0].size(), summary->snapshots);
    QCOMPARE(checksums[1], checksums[0]);
}

void tst_DemoDatabase::cancelledRunLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.db"_s);
    int steps = 0;
    const auto summary = createDemoDatabase(path, [&](int, int) { ++steps; }, [&] { return steps >= 100; });
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_DemoDatabase::refusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("someone's data");
    file.close();
    const auto summary = createDemoDatabase(path);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::IoError);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone's data"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"taken.db"_s});

    const auto missingFolder = createDemoDatabase(dir.filePath(u"no/such/folder/demo.db"_s));
    QVERIFY(!missingFolder);
    QCOMPARE(missingFolder.error().code, ErrorCode::IoError);
}

QTEST_GUILESS_MAIN(tst_DemoDatabase)
#include "tst_demodatabase.moc"

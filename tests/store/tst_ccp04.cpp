#include "storetestsupport.h"

#include "core/json/sha256.h"
#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/integrityaudit.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;

// A database the CCP-04 service wrote (fixtures/ccp04), loaded into the throwaway PostgreSQL:
// opened as it is, every row of expected.json read back as the service stored it, its legacy
// checksums recognised, and the database left exactly as it was.
class tst_Ccp04 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithoutMigrating();
    void everyExpectedRowReadsAsStored();
    void auditRecognisesLegacyChecksums();
    void defectiveSequenceIsShownAsItIs();
    void nothingCanBeWritten();
    void databaseIsUnchanged();

private:
    QString contentDigest() const;

    std::unique_ptr<sa::tests::TestDatabase> m_database;
    OpenedDatabase m_opened;
    QJsonObject m_expected;
    QString m_digestBefore;
};

void tst_Ccp04::initTestCase()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    m_database = std::move(*database);
    const auto loaded = sa::tests::loadCcp04Fixture(m_database->config());
    QVERIFY2(loaded, errorText(loaded).constData());
    QFile expected(QStringLiteral(SA_FIXTURES_DIR) + u"/ccp04/expected.json"_s);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    QCOMPARE(m_expected[u"rows"_s].toArray().size(), 18);
    m_digestBefore = contentDigest();
    QVERIFY(!m_digestBefore.isEmpty());
}

// The CCP-04 tables' rows, and that nothing of this product's schema was added.
QString tst_Ccp04::contentDigest() const
{
    const QString rows = sa::tests::ccp04ContentDigest(m_database->config());
    ConnectionProvider provider(m_database->config());
    auto db = provider.database();
    if (!db || rows.isEmpty())
        return {};
    QSqlQuery query(*db);
    if (!query.exec(u"SELECT string_agg(relname, ',' ORDER BY relname) || ' triggers:' || "
                    "(SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass('report_snapshots') "
                    "AND NOT tgisinternal) FROM pg_class WHERE relnamespace = current_schema()::regnamespace"_s)
        || !query.next()) {
        return {};
    }
    return rows + u' ' + query.value(0).toString();
}

void tst_Ccp04::opensWithoutMigrating()
{
    // The policy the GUI uses for a writable session: a CCP-04 database is still not upgraded.
    auto opened = openDatabase(m_database->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened, errorText(opened).constData());
    QCOMPARE(opened->schema.status, SchemaStatus::Legacy);
    QCOMPARE(opened->connections->schema(), ConnectionProvider::Schema::LegacyCcp04);
    m_opened = std::move(*opened);
    QCOMPARE(contentDigest(), m_digestBefore);
}

void tst_Ccp04::everyExpectedRowReadsAsStored()
{
    QVERIFY(m_opened.connections);
    SnapshotStore store(*m_opened.connections);
    const QJsonArray coverage
        = m_expected[u"observations"_s][u"legacy_leaf_coverage"_s][u"per_row"_s].toArray();
    for (const QJsonValue row : m_expected[u"rows"_s].toArray()) {
        const QString reportId = row[u"report_id"_s].toString();
        const int version = row[u"version"_s].toInt();
        const QByteArray where = reportId.toUtf8() + " v" + QByteArray::number(version);
        const auto snapshot = store.get(reportId, version);
        QVERIFY2(snapshot, QByteArray(where + ": " + errorText(snapshot)).constData());
        QCOMPARE(snapshot->summary.id, row[u"id"_s].toString());
        QCOMPARE(snapshot->summary.isActive, row[u"is_active"_s].toBool());
        QCOMPARE(snapshot->summary.checksum, row[u"checksum"_s].toString());
        QCOMPARE(sha256Hex(snapshot->canonicalJson), row[u"jcs_sha256"_s].toString());
        // Recognised by the legacy algorithm, with the coverage the fixture measured.
        QVERIFY2(snapshot->proof.kind == PayloadProof::Kind::LegacyChecksum, where.constData());
        const auto measured
            = std::find_if(coverage.begin(), coverage.end(), [&](const QJsonValue &entry) {
                  return entry[u"report_id"_s].toString() == reportId
                      && entry[u"version"_s].toInt() == version;
              });
        QVERIFY2(measured != coverage.end(), where.constData());
        QCOMPARE(snapshot->proof.coveredValues, (*measured)[u"covered"_s].toInt());
        QCOMPARE(snapshot->proof.totalValues, (*measured)[u"total"_s].toInt());
    }
}

void tst_Ccp04::auditRecognisesLegacyChecksums()
{
    QVERIFY(m_opened.connections);
    IntegrityAudit audit(*m_opened.connections);
    const auto report = audit.verifyAll();
    QVERIFY2(report, errorText(report).constData());
    QCOMPARE(report->snapshotsChecked, 18);
    // Nothing called corrupt: one notice per row, each naming its coverage.
    QVERIFY2(report->isClean(), qPrintable(report->problems.front().description()));
    QCOMPARE(report->noticeCount(), 18);
    for (const IntegrityProblem &notice : report->problems) {
        QCOMPARE(notice.kind, IntegrityProblemKind::LegacyChecksum);
        QVERIFY2(notice.found.startsWith(u"covers "_s) && notice.found.endsWith(u" values"_s),
                 qPrintable(notice.found));
    }
    const QJsonValue totals = m_expected[u"observations"_s][u"legacy_leaf_coverage"_s];
    int covered = 0;
    int total = 0;
    for (const IntegrityProblem &notice : report->problems) {
        const QStringList words = notice.found.split(u' ');
        covered += words.at(1).toInt();
        total += words.at(3).toInt();
    }
    QCOMPARE(covered, totals[u"covered_scalars"_s].toInt());
    QCOMPARE(total, totals[u"total_scalars"_s].toInt());
    // What a CCP-04 database cannot show is said, not silently skipped.
    QCOMPARE(report->limits.size(), 4);
}

void tst_Ccp04::defectiveSequenceIsShownAsItIs()
{
    QVERIFY(m_opened.connections);
    // After the rollback from 6 to 3 the service's next create collided with version 4
    // (events[1] of expected.json): versions 1 to 6 stay, 3 is active, nothing was added.
    const QJsonObject event = m_expected[u"events"_s].toArray().at(0).toObject();
    const QString reportId = event[u"report_id"_s].toString();
    QCOMPARE(event[u"type"_s].toString(), u"rollback"_s);
    SnapshotStore store(*m_opened.connections);
    const auto history = store.history(reportId, 20, 0);
    QVERIFY2(history, errorText(history).constData());
    QCOMPARE(history->total, 6);
    QCOMPARE(int(history->snapshots.size()), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(history->snapshots[std::size_t(i)].version, 6 - i);
        QCOMPARE(history->snapshots[std::size_t(i)].isActive,
                 6 - i == event[u"to_version"_s].toInt());
    }
    HistoryQueries queries(*m_opened.connections);
    const auto activity = queries.activity(reportId, 20, 0);
    QVERIFY2(activity, errorText(activity).constData());
    QCOMPARE(int(activity->entries.size()), 7); // six derived creations and the logged rollback
    const ActivityEntry &rollback = activity->entries.front();
    QCOMPARE(rollback.action, ActivityAction::Rollback);
    QCOMPARE(rollback.version, event[u"to_version"_s].toInt());
    QCOMPARE(rollback.fromVersion, event[u"from_version"_s].toInt());
    QCOMPARE(
        rollback.user,
        m_expected[u"users"_s].toArray().at(event[u"by_user"_s].toInt() - 1)[u"name"_s].toString());
    // Before the rollback, the last version created was the active one.
    const auto before = queries.activeVersionAsOf(reportId, rollback.at.addMSecs(-1));
    QVERIFY2(before, errorText(before).constData());
    QVERIFY(before->has_value());
    QCOMPARE((*before)->version, 6);
}

void tst_Ccp04::nothingCanBeWritten()
{
    QVERIFY(m_opened.connections);
    SnapshotStore store(*m_opened.connections);
    CreateSnapshotRequest request;
    request.reportId = u"rpt-or-051-0187"_s;
    request.json = R"({"parcelId":"new"})";
    const auto created = store.create(request);
    QVERIFY(!created);
    // Not even raw SQL on the session's own connection.
    auto db = m_opened.connections->database();
    QVERIFY2(db, errorText(db).constData());
    const QString schema = m_database->config().schema;
    for (const QString &sql :
         { u"INSERT INTO %1.reports (id) VALUES ('x')"_s.arg(schema),
           u"UPDATE %1.report_snapshots SET is_active = true"_s.arg(schema) }) {
        QSqlQuery query(*db);
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().databaseText().contains(u"read-only"_s)
                     || query.lastError().databaseText().contains(u"cannot"_s),
                 qPrintable(query.lastError().databaseText()));
    }
}

void tst_Ccp04::databaseIsUnchanged()
{
    m_opened = {};
    QCOMPARE(contentDigest(), m_digestBefore);
}

QTEST_GUILESS_MAIN(tst_Ccp04)
#include "tst_ccp04.moc"

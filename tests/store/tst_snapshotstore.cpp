// SnapshotStore create, get and history, with the same expectations on both engines.
#include "storetestsupport.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"
#include "core/json/sha256.h"
#include "core/store/connectionprovider.h"
#include "core/store/migrator.h"
#include "core/store/payloadcache.h"
#include "core/store/snapshotstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <set>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::canonicalOf;
using sa::tests::errorText;
using sa::tests::TestDatabase;

namespace {

QByteArray parcel(int assessedValue, const QByteArray &extra = {})
{
    return R"({"parcelId":"R-2024-000187","owners":[{"name":"José Núñez-García","share":0.5},)"
           R"({"name":"Zoë Ødegaard","share":0.5}],"assessment":{"year":2024,"totalValue":)"
           + QByteArray::number(assessedValue) + R"(,"ratio":1.0,"tolerance":1e-7,"scale":1e21})"
           + extra + "}";
}

// A migrated fresh database of the row's engine with a store on this thread.
class StoreFixture
{
public:
    // `cached`: the store keeps verified payloads in a cache of its own.
    QByteArray open(const QString &engine, bool cached = false)
    {
        auto database = TestDatabase::create(engine);
        if (!database)
            return errorText(database);
        m_database = std::move(*database);
        m_provider = std::make_unique<ConnectionProvider>(m_database->config());
        auto db = m_provider->database();
        if (!db)
            return errorText(db);
        const auto migrated = Migrator(*db).migrate();
        if (cached)
            m_cache = std::make_unique<PayloadCache>();
        m_store = std::make_unique<SnapshotStore>(*m_provider, m_cache.get());
        return errorText(migrated);
    }

    SnapshotStore &store() { return *m_store; }
    PayloadCache *cache() { return m_cache.get(); }
    ConnectionProvider &provider() { return *m_provider; }
    const TestDatabase &database() const { return *m_database; }

    qint64 count(const QString &table)
    {
        auto db = m_provider->database();
        QSqlQuery query(*db);
        return query.exec(u"SELECT count(*) FROM "_s + table) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    // Raw SQL on this thread's connection, for set-ups the store must not be able to do.
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        auto db = m_provider->database();
        QSqlQuery query(*db);
        // PostgreSQL prepares only plain DML; SET and the like run unprepared.
        bool ran = false;
        if (values.isEmpty()) {
            ran = query.exec(sql);
        } else {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ran = query.exec();
        }
        if (!ran) {
            qWarning().noquote() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ConnectionProvider> m_provider;
    std::unique_ptr<PayloadCache> m_cache;
    std::unique_ptr<SnapshotStore> m_store;
};

CreateSnapshotRequest request(const QString &reportId, const QByteArray &json)
{
    CreateSnapshotRequest request;
    request.reportId = reportId;
    request.json = json;
    request.metadata.source = u"import"_s;
    request.metadata.confidence = 0.93;
    return request;
}

} // namespace

class tst_SnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAssignsConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void createAssignsConsecutiveVersions();
    void createAfterRollbackUsesMaxPlusOne_data() { sa::tests::addEngineRows(); }
    void createAfterRollbackUsesMaxPlusOne();
    void changesSummaryRecordsDeletions_data() { sa::tests::addEngineRows(); }
    void changesSummaryRecordsDeletions();
    void expectedVersionConflictWritesNothing_data() { sa::tests::addEngineRows(); }
    void expectedVersionConflictWritesNothing();
    void skipUnchangedReturnsTheActiveVersion_data() { sa::tests::addEngineRows(); }
    void skipUnchangedReturnsTheActiveVersion();
    void invalidInputIsRejectedAndNothingWritten_data();
    void invalidInputIsRejectedAndNothingWritten();
    void roundedNumbersAreListedInTheWarnings_data() { sa::tests::addEngineRows(); }
    void roundedNumbersAreListedInTheWarnings();
    void awkwardReportIdsRoundTrip_data() { sa::tests::addEngineRows(); }
    void awkwardReportIdsRoundTrip();

    void getReturnsVerifiedCanonicalBytes_data() { sa::tests::addEngineRows(); }
    void getReturnsVerifiedCanonicalBytes();
    void getOfMissingVersionsSaysWhat_data() { sa::tests::addEngineRows(); }
    void getOfMissingVersionsSaysWhat();
    void tamperedPayloadFailsTheIntegrityCheck_data() { sa::tests::addEngineRows(); }
    void tamperedPayloadFailsTheIntegrityCheck();

    void cachedPayloadsMatchTheDatabase_data() { sa::tests::addEngineRows(); }
    void cachedPayloadsMatchTheDatabase();

    void historyPagesNewestFirst_data() { sa::tests::addEngineRows(); }
    void historyPagesNewestFirst();

    void lockTimeoutIsRetryableAndWritesNothing_data() { sa::tests::addEngineRows(); }
    void lockTimeoutIsRetryableAndWritesNothing();
    void concurrentCreatorsGetDistinctConsecutiveVersions_data() { sa::tests::addEngineRows(); }
    void concurrentCreatorsGetDistinctConsecutiveVersions();
};

void tst_SnapshotStore::createAssignsConsecutiveVersions()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());

    QString previousId;
    for (int version = 1; version <= 3; ++version) {
        const QByteArray json = parcel(700000 + version);
        const auto created = fixture.store().create(request(u"r1"_s, json));
        QVERIFY2(created, errorText(created).constData());
        const SnapshotSummary &snapshot = created->snapshot;
        QVERIFY(created->created);
        QCOMPARE(snapshot.version, version);
        QCOMPARE(snapshot.reportId, u"r1"_s);
        QVERIFY(snapshot.isActive);
        QCOMPARE(snapshot.parentId, previousId);
        QCOMPARE(snapshot.checksum, sha256Hex(canonicalOf(json)));
        QCOMPARE(snapshot.dataSize, canonicalOf(json).size());
        QVERIFY(!snapshot.createdBy.isEmpty());
        QVERIFY(snapshot.createdAt.isValid());
        QVERIFY(qAbs(snapshot.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        previousId = snapshot.id;
    }
    QCOMPARE(fixture.count(u"report_snapshots"_s), 3);
    QCOMPARE(fixture.count(u"activity_logs"_s), 3);
    const auto history = fixture.store().history(u"r1"_s);
    QVERIFY2(history, errorText(history).constData());
    int active = 0;
    for (const SnapshotSummary &summary : history->snapshots)
        active += summary.isActive ? 1 : 0;
    QCOMPARE(active, 1);
    QVERIFY(history->snapshots.front().isActive);
}

void tst_SnapshotStore::createAfterRollbackUsesMaxPlusOne()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    for (int version = 1; version <= 3; ++version)
        QVERIFY(fixture.store().create(request(u"r1"_s, parcel(version))));
    // Version 1 re-activated, as a rollback leaves it (CCP-04 then computed 1 + 1 = 2 and
    // collided with the existing version 2).
    QVERIFY(fixture.exec(
        u"UPDATE report_snapshots SET is_active = ? WHERE report_id = ? AND version = ?"_s,
        {false, u"r1"_s, 3}));
    QVERIFY(fixture.exec(
        u"UPDATE report_snapshots SET is_active = ? WHERE report_id = ? AND version = ?"_s,
        {true, u"r1"_s, 1}));

    const auto created = fixture.store().create(request(u"r1"_s, parcel(4)));
    QVERIFY2(created, errorText(created).constData());
    QCOMPARE(created->snapshot.version, 4);
    const auto first = fixture.store().get(u"r1"_s, 1);
    QVERIFY2(first, errorText(first).constData());
    QCOMPARE(created->snapshot.parentId, first->summary.id);
    QVERIFY(!first->summary.isActive);
}

void tst_SnapshotStore::changesSummaryRecordsDeletions()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1, R"(,"zoning":"R2.5")"))));
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(2))));
    const auto second = fixture.store().get(u"r1"_s);
    QVERIFY2(second, errorText(second).constData());
    const auto summary = parseJson(second->changesSummaryJson);
    QVERIFY2(summary, second->changesSummaryJson.constData());
    const JsonValue &root = summary->document->root();
    QCOMPARE(root.find("deleted")->toNumber(), 1.0);
    QCOMPARE(root.find("modified")->toNumber(), 1.0);
    QVERIFY2(second->changesSummaryJson.contains(R"("op":"remove","path":"/zoning")"),
             second->changesSummaryJson.constData());
    const auto first = fixture.store().get(u"r1"_s, 1);
    QVERIFY(first);
    QVERIFY(first->changesSummaryJson.isEmpty());
}

void tst_SnapshotStore::expectedVersionConflictWritesNothing()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(2))));

    auto stale = request(u"r1"_s, parcel(3));
    stale.expectedVersion = 1;
    const auto refused = fixture.store().create(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::VersionConflict);
    QVERIFY2(refused.error().message.contains(u"expected active version 1, actual 2"_s),
             qPrintable(refused.error().message));
    QCOMPARE(fixture.count(u"report_snapshots"_s), 2);
    QCOMPARE(fixture.count(u"activity_logs"_s), 2);

    stale.expectedVersion = 2;
    const auto accepted = fixture.store().create(stale);
    QVERIFY2(accepted, errorText(accepted).constData());
    QCOMPARE(accepted->snapshot.version, 3);

    // A first version expects none.
    auto first = request(u"r2"_s, parcel(1));
    first.expectedVersion = 0;
    QVERIFY(fixture.store().create(first));
}

void tst_SnapshotStore::skipUnchangedReturnsTheActiveVersion()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    const auto first = fixture.store().create(request(u"r1"_s, parcel(1)));
    QVERIFY(first);

    // The same document spelled differently: other member order, whitespace, 1.0e0.
    auto same = request(u"r1"_s,
                        R"({ "assessment": {"scale": 1000000000000000000000, "tolerance": 0.0000001,
        "ratio": 1.0e0, "totalValue": 1, "year": 2024},
        "owners": [{"share": 0.5, "name": "José Núñez-García"}, {"share": 0.5, "name": "Zoë Ødegaard"}],
        "parcelId": "R-2024-000187" })");
    same.skipUnchanged = true;
    const auto skipped = fixture.store().create(same);
    QVERIFY2(skipped, errorText(skipped).constData());
    QVERIFY(!skipped->created);
    QCOMPARE(skipped->snapshot.id, first->snapshot.id);
    QCOMPARE(fixture.count(u"report_snapshots"_s), 1);

    same.skipUnchanged = false;
    const auto forced = fixture.store().create(same);
    QVERIFY(forced);
    QCOMPARE(forced->snapshot.version, 2);
    QCOMPARE(forced->snapshot.checksum, first->snapshot.checksum);
}

void tst_SnapshotStore::invalidInputIsRejectedAndNothingWritten_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("reportId");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("expectedText");
    const std::initializer_list<std::tuple<const char *, QString, QByteArray, double, QString>>
        cases = {
            {"duplicate member", u"r1"_s, R"({"a":1,"a":2})", 1.0, u"duplicate"_s},
            {"syntax error", u"r1"_s, "{\"a\":\n  [1,}", 1.0, u":2:"_s},
            {"integer beyond 2^53", u"r1"_s, R"({"id":9007199254740993})", 1.0, u"/id"_s},
            {"lone surrogate", u"r1"_s, R"({"s":"\ud800"})", 1.0, u"/s"_s},
            {"empty report id", QString(), "{}", 1.0, u"report id"_s},
            {"report id too long", QString(65, u'x'), "{}", 1.0, u"report id"_s},
            {"confidence above 1", u"r1"_s, "{}", 1.5, u"confidence"_s},
        };
    for (const QString &engine : sa::tests::storeEngines()) {
        for (const auto &[name, reportId, json, confidence, text] : cases)
            QTest::addRow("%s: %s", qPrintable(engine), name)
                << engine << reportId << json << confidence << text;
    }
}

void tst_SnapshotStore::invalidInputIsRejectedAndNothingWritten()
{
    QFETCH(QString, engine);
    QFETCH(QString, reportId);
    QFETCH(QByteArray, json);
    QFETCH(double, confidence);
    QFETCH(QString, expectedText);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());

    auto bad = request(reportId, json);
    bad.metadata.confidence = confidence;
    const auto refused = fixture.store().create(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(refused.error().message.contains(expectedText), qPrintable(refused.error().message));
    for (const QString &table :
         {u"reports"_s, u"users"_s, u"report_snapshots"_s, u"activity_logs"_s})
        QCOMPARE(fixture.count(table), 0);
}

void tst_SnapshotStore::roundedNumbersAreListedInTheWarnings()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    auto rounded = request(u"r1"_s, R"({"id":9007199254740993})");
    rounded.acceptRounding = true;
    const auto created = fixture.store().create(rounded);
    QVERIFY2(created, errorText(created).constData());
    const auto snapshot = fixture.store().get(u"r1"_s);
    QVERIFY2(snapshot, errorText(snapshot).constData());
    QCOMPARE(snapshot->canonicalJson, R"({"id":9007199254740992})");
    QVERIFY2(snapshot->metadataJson.contains("9007199254740993"),
             snapshot->metadataJson.constData());
}

void tst_SnapshotStore::awkwardReportIdsRoundTrip()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    const QStringList ids = {u"r'; DROP TABLE reports; --"_s, u"\"quoted\" \\ back"_s,
                             u"Zoë 株式会社 🌾"_s, QString(64, QChar(0x00e9))};
    for (const QString &id : ids) {
        const auto created = fixture.store().create(request(id, parcel(1)));
        QVERIFY2(created, errorText(created).constData());
        const auto snapshot = fixture.store().get(id);
        QVERIFY2(snapshot, errorText(snapshot).constData());
        QCOMPARE(snapshot->summary.reportId, id);
    }
    QCOMPARE(fixture.count(u"reports"_s), ids.size());
}

void tst_SnapshotStore::getReturnsVerifiedCanonicalBytes()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(2))));

    const auto active = fixture.store().get(u"r1"_s);
    QVERIFY2(active, errorText(active).constData());
    QCOMPARE(active->summary.version, 2);
    QCOMPARE(active->canonicalJson, canonicalOf(parcel(2)));
    // 1e21 and 1e-7 come back in ECMAScript spelling even through jsonb.
    QVERIFY2(active->canonicalJson.contains(R"("scale":1e+21,"tolerance":1e-7)"),
             active->canonicalJson.constData());

    const auto first = fixture.store().get(u"r1"_s, 1);
    QVERIFY2(first, errorText(first).constData());
    QCOMPARE(first->canonicalJson, canonicalOf(parcel(1)));
    QVERIFY(!first->summary.isActive);
    const auto metadata = parseJson(first->metadataJson);
    QVERIFY2(metadata, first->metadataJson.constData());
    const std::string_view source = metadata->document->root().find("source")->toString();
    QCOMPARE(QByteArrayView(source.data(), qsizetype(source.size())), "import");
}

void tst_SnapshotStore::getOfMissingVersionsSaysWhat()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));

    const auto noReport = fixture.store().get(u"nope"_s);
    QVERIFY(!noReport);
    QCOMPARE(noReport.error().code, ErrorCode::NotFound);
    const auto noVersion = fixture.store().get(u"r1"_s, 7);
    QVERIFY(!noVersion);
    QCOMPARE(noVersion.error().code, ErrorCode::VersionNotFound);
    QVERIFY2(noVersion.error().message.contains(u"no version 7"_s),
             qPrintable(noVersion.error().message));
    const auto noHistory = fixture.store().history(u"nope"_s);
    QVERIFY(!noHistory);
    QCOMPARE(noHistory.error().code, ErrorCode::NotFound);
}

void tst_SnapshotStore::tamperedPayloadFailsTheIntegrityCheck()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(2))));

    // Tampering takes the owner's powers: switching the guard triggers off.
    ConnectionProvider owner(fixture.database().superuserConfig());
    auto db = owner.database();
    QVERIFY2(db, errorText(db).constData());
    QSqlQuery query(*db);
    const bool sqlite = engine == u"sqlite";
    QVERIFY2(query.exec(sqlite ? u"DROP TRIGGER report_snapshots_content_immutable"_s
                               : u"ALTER TABLE report_snapshots DISABLE TRIGGER USER"_s),
             qPrintable(query.lastError().text()));
    query.prepare(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE version = ?"_s);
    // Same length, one digit different: only the checksum can tell.
    const QByteArray tampered
        = canonicalOf(parcel(1)).replace("\"totalValue\":1", "\"totalValue\":7");
    query.addBindValue(sqlite ? QVariant(qCompress(tampered).mid(4))
                              : QVariant(QString::fromUtf8(tampered)));
    query.addBindValue(1);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    const auto broken = fixture.store().get(u"r1"_s, 1);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::IntegrityCheckFailed);
    QVERIFY2(broken.error().message.contains(u"Version 1 of report \"r1\""_s),
             qPrintable(broken.error().message));
    // The untouched version still reads.
    QVERIFY(fixture.store().get(u"r1"_s, 2));
}

void tst_SnapshotStore::cachedPayloadsMatchTheDatabase()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine, true);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(2, R"(,"zoning":"R2.5")"))));
    QCOMPARE(fixture.cache()->count(), 2);

    // A second store on a cold cache reads and verifies the same bytes from the database.
    SnapshotStore uncached(fixture.provider());
    for (const int version : {1, 2}) {
        const auto cached = fixture.store().get(u"r1"_s, version);
        const auto stored = uncached.get(u"r1"_s, version);
        QVERIFY2(cached, errorText(cached).constData());
        QVERIFY2(stored, errorText(stored).constData());
        QCOMPARE(cached->canonicalJson, stored->canonicalJson);
        QCOMPARE(cached->changesSummaryJson, stored->changesSummaryJson);
    }
}

void tst_SnapshotStore::historyPagesNewestFirst()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    for (int version = 1; version <= 5; ++version)
        QVERIFY(fixture.store().create(request(u"r1"_s, parcel(version))));
    QVERIFY(fixture.store().create(request(u"r2"_s, parcel(1))));

    const auto first = fixture.store().history(u"r1"_s, 2, 0);
    QVERIFY2(first, errorText(first).constData());
    QCOMPARE(first->total, 5);
    QCOMPARE(first->snapshots.size(), size_t(2));
    QCOMPARE(first->snapshots[0].version, 5);
    QCOMPARE(first->snapshots[1].version, 4);
    QVERIFY(first->snapshots[0].isActive);
    const auto last = fixture.store().history(u"r1"_s, 2, 4);
    QVERIFY2(last, errorText(last).constData());
    QCOMPARE(last->snapshots.size(), size_t(1));
    QCOMPARE(last->snapshots[0].version, 1);
    QVERIFY(last->snapshots[0].parentId.isEmpty());

    const auto invalid = fixture.store().history(u"r1"_s, 0, 0);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::InvalidArgument);
}

void tst_SnapshotStore::lockTimeoutIsRetryableAndWritesNothing()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine);
    QVERIFY2(opened.isEmpty(), opened.constData());
    QVERIFY(fixture.store().create(request(u"r1"_s, parcel(1))));
    const bool sqlite = engine == u"sqlite";
    // Wait 0.2 s instead of the 10 s the provider configures.
    QVERIFY(fixture.exec(sqlite ? u"PRAGMA busy_timeout = 200"_s : u"SET lock_timeout = 200"_s));

    // Another writer holds the lock a create needs.
    ConnectionProvider holderProvider(fixture.database().config());
    auto holder = holderProvider.database();
    QVERIFY2(holder, errorText(holder).constData());
    QSqlQuery hold(*holder);
    QVERIFY(hold.exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s));
    if (!sqlite)
        QVERIFY(hold.exec(u"SELECT id FROM reports WHERE id = 'r1' FOR UPDATE"_s));

    const auto blocked = fixture.store().create(request(u"r1"_s, parcel(2)));
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, ErrorCode::DatabaseUnavailable);
    QVERIFY2(blocked.error().message.contains(u"try again"_s), qPrintable(blocked.error().message));

    QVERIFY(hold.exec(u"ROLLBACK"_s));
    QCOMPARE(fixture.count(u"report_snapshots"_s), 1);
    const auto retried = fixture.store().create(request(u"r1"_s, parcel(2)));
    QVERIFY2(retried, errorText(retried).constData());
    QCOMPARE(retried->snapshot.version, 2);
}

void tst_SnapshotStore::concurrentCreatorsGetDistinctConsecutiveVersions()
{
    QFETCH(QString, engine);
    StoreFixture fixture;
    const QByteArray opened = fixture.open(engine, true);
    QVERIFY2(opened.isEmpty(), opened.constData());
    constexpr int kThreads = 4;
    constexpr int kCreatesPerThread = 15;

    std::vector<std::vector<int>> versions(kThreads);
    std::vector<QByteArray> errors(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&fixture, &versions, &errors, t] {
            for (int i = 0; i < kCreatesPerThread; ++i) {
                const auto created
                    = fixture.store().create(request(u"shared"_s, parcel(t * 1000 + i)));
                if (!created) {
                    errors[t] = errorText(created);
                    return;
                }
                versions[t].push_back(created->snapshot.version);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    std::set<int> all;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(errors[t].isEmpty(), errors[t].constData());
        all.insert(versions[t].begin(), versions[t].end());
    }
    QCOMPARE(all.size(), size_t(kThreads * kCreatesPerThread));
    QCOMPARE(*all.begin(), 1);
    QCOMPARE(*all.rbegin(), kThreads * kCreatesPerThread);
    const auto history = fixture.store().history(u"shared"_s, 1, 0);
    QVERIFY(history);
    QCOMPARE(history->total, kThreads * kCreatesPerThread);
    QVERIFY(history->snapshots[0].isActive);
    QCOMPARE(history->snapshots[0].version, kThreads * kCreatesPerThread);
}

QTEST_GUILESS_MAIN(tst_SnapshotStore)
#include "tst_snapshotstore.moc"

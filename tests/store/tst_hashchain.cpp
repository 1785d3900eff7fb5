// The tamper-evident hash chain (migration 0003): new versions are chained to their parent,
// verify-all names a changed identity or a broken link, the migration chains an older
// database, and anchors prove history unchanged even when the whole chain was recomputed.
// On both engines.
#include "operationsfixture.h"
#include "storetestsupport.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"
#include "core/json/sha256.h"
#include "core/store/chainanchor.h"
#include "core/store/chainhash.h"
#include "core/store/connectionprovider.h"
#include "core/store/integrityaudit.h"
#include "core/store/migrator.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"
#include "core/store/sqlscript_p.h"
#include "core/store/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::describeProblems;
using sa::tests::canonicalOf;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

// r1: versions 1..4 in a row. r2: versions 1..3, rolled back to 1, then version 4 from it.
QByteArray seed(OperationsFixture &fixture)
{
    for (int value = 1; value <= 4; ++value) {
        if (const auto created = fixture.create(u"r1"_s, parcelDocument(value)); !created)
            return errorText(created);
    }
    for (int value = 1; value <= 3; ++value) {
        if (const auto created = fixture.create(u"r2"_s, parcelDocument(value * 10)); !created)
            return errorText(created);
    }
    if (const auto rolledBack = SnapshotAdmin(fixture.provider()).rollback(u"r2"_s, 1, 3, u"bad survey"_s); !rolledBack)
        return errorText(rolledBack);
    if (const auto created = fixture.create(u"r2"_s, parcelDocument(15)); !created)
        return errorText(created);
    return {};
}

struct StoredChain
{
    QString id;
    QString parentId;
    QString chainHash;
    ChainFields fields; // parentChainHash empty
};

// Every version of `reportId` with what its chain hash covers, read with raw SQL.
std::vector<StoredChain> storedChain(OperationsFixture &fixture, const QString &reportId)
{
    std::vector<StoredChain> rows;
    auto db = fixture.provider().database();
    if (!db)
        return rows;
    QSqlQuery query(*db);
    query.prepare(u"SELECT s.id, s.parent_snapshot_id, s.chain_hash, s.version, s.checksum, u.login, "_s
                  + Internal::chainCreatedAtColumn(fixture.engine(), u"s.created_at"_s)
                  + u", s.snapshot_metadata FROM report_snapshots s JOIN users u ON u.id = s.created_by "
                    "WHERE s.report_id = ? ORDER BY s.version"_s);
    query.addBindValue(reportId);
    if (!query.exec())
        qWarning() << query.lastError().text();
    while (query.next()) {
        rows.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        {{}, reportId, query.value(3).toInt(), query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), query.value(7).toString().toUtf8()}});
    }
    return rows;
}

QStringList kindsOf(const std::vector<IntegrityProblem> &problems)
{
    QStringList kinds;
    for (const IntegrityProblem &problem : problems)
        kinds.append(u"%1@%2/%3"_s.arg(integrityProblemKindName(problem.kind), problem.reportId).arg(problem.version));
    return kinds;
}

QByteArray runAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return (sql.left(200) + u": "_s + query.lastError().text()).toUtf8();
    }
    return {};
}

QByteArray execBound(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? QByteArray() : (sql + u": "_s + query.lastError().text()).toUtf8();
}

} // namespace

class tst_HashChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingIsDocumented();
    void newVersionsAreChained_data() { sa::tests::addEngineRows(); }
    void newVersionsAreChained();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void migrationChainsAnOlderDatabase_data() { sa::tests::addEngineRows(); }
    void migrationChainsAnOlderDatabase();
    void anchorProvesHistoryUnchanged_data() { sa::tests::addEngineRows(); }
    void anchorProvesHistoryUnchanged();
    void anchorFileRoundTrips();
    void problemKindsHaveStableNames();
};

// The test vector of docs/store-operations.md, computed there with Python's json and hashlib.
void tst_HashChain::encodingIsDocumented()
{
    const ChainFields fields{chainStart(),
                             u"r1"_s,
                             1,
                             u"015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"_s,
                             u"alice"_s,
                             u"2026-11-27T17:03:09.529Z"_s,
                             R"({ "source": "manual", "confidence": 1.0, "retrievedAt": "2026-11-27T17:03:09.529Z" })"};
    QCOMPARE(chainEncoding(fields),
             QByteArray(R"({"checksum":"015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",)"
                        R"("createdAt":"2026-11-27T17:03:09.529Z","createdBy":"alice",)"
                        R"("metadata":{"confidence":1,"retrievedAt":"2026-11-27T17:03:09.529Z","source":"manual"},)"
                        R"("parentChainHash":"0000000000000000000000000000000000000000000000000000000000000000",)"
                        R"("reportId":"r1","version":1})"));
    QCOMPARE(chainHash(fields), u"e14898a86d6ff70a5c0b738b2b9e4851cbd403cfec83fdcc3d4bf7cb70b7ed81"_s);
}

void tst_HashChain::newVersionsAreChained()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    for (const QString &reportId : {u"r1"_s, u"r2"_s}) {
        const auto rows = storedChain(fixture, reportId);
        QCOMPARE(rows.size(), std::size_t(4));
        QHash<QString, QString> chainOfId;
        for (const StoredChain &row : rows) {
            ChainFields fields = row.fields;
            fields.parentChainHash = row.parentId.isEmpty() ? chainStart() : chainOfId.value(row.parentId);
            QVERIFY(!fields.parentChainHash.isEmpty());
            QCOMPARE(row.chainHash, chainHash(fields));
            QVERIFY(row.fields.createdAt.endsWith(u'Z') && row.fields.createdAt.size() == 24);
            chainOfId.insert(row.id, row.chainHash);
        }
        QCOMPARE(rows.front().parentId, QString());
    }
    // After the rollback the parent of r2's version 4 is version 1, and so is its chain.
    const auto r2 = storedChain(fixture, u"r2"_s);
    QCOMPARE(r2[3].parentId, r2[0].id);
    ChainFields fields = r2[3].fields;
    fields.parentChainHash = r2[0].chainHash;
    QCOMPARE(r2[3].chainHash, chainHash(fields));

    const auto report = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    QVERIFY2(report->isClean(), describeProblems(*report).constData());
}

void tst_HashChain::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QStringList>("expected");
    for (const QString &engine : sa::tests::storeEngines()) {
        const auto row = [&engine](const char *tamper, const QStringList &expected) {
            QTest::addRow("%s: %s", qPrintable(engine), tamper) << engine << QString::fromLatin1(tamper) << expected;
        };
        row("created_at back-dated", {u"CHAIN_MISMATCH@r1/2"_s});
        row("created_by changed", {u"CHAIN_MISMATCH@r1/2"_s});
        row("metadata changed", {u"CHAIN_MISMATCH@r1/2"_s});
        row("chain_hash rewritten", {u"CHAIN_MISMATCH@r1/2"_s, u"CHAIN_BROKEN@r1/3"_s});
        row("middle version deleted", {u"VERSION_MISSING@r1/2"_s, u"PARENT_MISSING@r1/3"_s});
        row("versions swapped", {});
    }
}

void tst_HashChain::tamperingIsNamed()
{
    QFETCH(QString, engine);
    QFETCH(QString, tamper);
    QFETCH(QStringList, expected);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const auto before = storedChain(fixture, u"r1"_s);
    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    const QString r1 = u" WHERE report_id = 'r1' AND version = "_s;

    QStringList statements;
    QVariantList values;
    if (tamper == u"created_at back-dated") {
        statements = {sqlite ? u"UPDATE report_snapshots SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, "
                               "'-3 days')"_s + r1 + u'2'
                             : u"UPDATE report_snapshots SET created_at = created_at - interval '3 days'"_s + r1 + u'2'};
    } else if (tamper == u"created_by changed") {
        statements = {u"INSERT INTO users (login, name) VALUES ('mallory', 'Mallory')"_s,
                      u"UPDATE report_snapshots SET created_by = (SELECT id FROM users WHERE login = 'mallory')"_s + r1
                          + u'2'};
    } else if (tamper == u"metadata changed") {
        statements = {u"UPDATE report_snapshots SET snapshot_metadata = ?"_s + r1 + u'2'};
        values = {uR"({"source":"api"})"_s};
    } else if (tamper == u"chain_hash rewritten") {
        statements = {u"UPDATE report_snapshots SET chain_hash = ?"_s + r1 + u'2'};
        values = {QString(64, u'e')};
    } else if (tamper == u"middle version deleted") {
        statements = {u"DELETE FROM report_snapshots"_s + r1 + u'2'};
    } else if (tamper == u"versions swapped") {
        statements = {u"UPDATE report_snapshots SET version = 100"_s + r1 + u'2',
                      u"UPDATE report_snapshots SET version = 2"_s + r1 + u'3',
                      u"UPDATE report_snapshots SET version = 3"_s + r1 + u"100"_s};
    } else {
        QFAIL("unknown tamper case");
    }
    for (const QString &sql : std::as_const(statements)) {
        failed = fixture.execAsOwner(sql, sql.contains(u'?') ? values : QVariantList());
        QVERIFY2(failed.isEmpty(), failed.constData());
    }

    const auto report = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    if (tamper == u"versions swapped") {
        // Re-ordering changes what the chain hashes seal: the old version 2, now numbered 3, no
        // longer verifies (the new version 2 names a parent that now comes after it).
        const QStringList kinds = kindsOf(report->problems);
        QVERIFY2(kinds.contains(u"CHAIN_MISMATCH@r1/3"_s) && kinds.contains(u"PARENT_MISSING@r1/2"_s),
                 describeProblems(*report).constData());
    } else {
        QVERIFY2(kindsOf(report->problems) == expected, describeProblems(*report).constData());
    }
    for (const IntegrityProblem &problem : report->problems)
        QCOMPARE(problem.reportId, u"r1"_s);

    const IntegrityProblem &first = report->problems.front();
    if (tamper == u"chain_hash rewritten") {
        QCOMPARE(first.expected, before[1].chainHash);
        QCOMPARE(first.found, QString(64, u'e'));
        const IntegrityProblem &broken = report->problems.back();
        QCOMPARE(broken.snapshotId, before[2].id);
        QCOMPARE(broken.expected, before[1].chainHash);
        QCOMPARE(broken.found, QString(64, u'e'));
        QVERIFY2(broken.description().contains(u"chain stops verifying"_s), qPrintable(broken.description()));
    } else if (tamper != u"middle version deleted" && tamper != u"versions swapped") {
        QCOMPARE(first.snapshotId, before[1].id);
        QCOMPARE(first.found, before[1].chainHash);
        QVERIFY(first.expected != first.found);
    }
    if (tamper == u"middle version deleted") {
        // The child's chain still names the deleted parent: chained to its hash, it verifies.
        const auto after = storedChain(fixture, u"r1"_s);
        QCOMPARE(after.size(), std::size_t(3));
        ChainFields fields = after[1].fields;
        QCOMPARE(fields.version, 3);
        fields.parentChainHash = before[1].chainHash;
        QCOMPARE(after[1].chainHash, chainHash(fields));
    }

    const auto other = IntegrityAudit(fixture.provider()).verifyReport(u"r2"_s);
    QVERIFY2(other, errorText(other).constData());
    QVERIFY2(other->isClean(), describeProblems(*other).constData());
}

// A database at schema 2 (migrations 0001 and 0002 run by hand, versions written with raw
// SQL, a rollback among them) opened by this build: chained, clean, recorded.
void tst_HashChain::migrationChainsAnOlderDatabase()
{
    QFETCH(QString, engine);
    auto database = sa::tests::TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    ConnectionProvider provider((*database)->config());
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    const bool sqlite = engineOf(*db) == DatabaseConfig::Engine::Sqlite;
    const QString folder = sqlite ? u"sqlite"_s : u"postgresql"_s;
    for (const QString &file : {u"0001_initial.sql"_s, u"0002_successor_activation.sql"_s}) {
        QFile script(u":/sa/migrations/"_s + folder + u'/' + file);
        QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.fileName()));
        const QByteArray failed = runAll(*db, Internal::splitSqlScript(QString::fromUtf8(script.readAll())));
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    QByteArray failed = runAll(*db, {u"INSERT INTO schema_migrations (version, name) VALUES (1, 'initial')"_s,
                                     u"INSERT INTO schema_migrations (version, name) VALUES (2, 'successor_activation')"_s,
                                     u"INSERT INTO users (id, login, name) VALUES (7, 'alice', 'Alice')"_s,
                                     u"INSERT INTO reports (id) VALUES ('r1')"_s,
                                     u"INSERT INTO reports (id) VALUES ('r2')"_s});
    QVERIFY2(failed.isEmpty(), failed.constData());
    QCOMPARE(Migrator(*db).inspect()->version, 2);

    // r1: 1, 2, rolled back to 1, 3 from 1. r2: 1.
    struct Version
    {
        const char *report;
        const char *id;
        int version;
        const char *parent;
        bool active;
        const char *createdAt;
    };
    const Version versions[] = {{"r1", "a1", 1, nullptr, false, "2026-01-02T10:00:00.125Z"},
                                {"r1", "a2", 2, "a1", false, "2026-01-03T10:00:00.250Z"},
                                {"r1", "a3", 3, "a1", true, "2026-01-05T10:00:00.375Z"},
                                {"r2", "b1", 1, nullptr, true, "2026-01-04T10:00:00.000Z"}};
    for (const Version &v : versions) {
        const QByteArray canonical = canonicalOf(parcelDocument(v.version));
        const QVariant payload = sqlite ? QVariant(qCompress(canonical).mid(4)) : QVariant(QString::fromUtf8(canonical));
        failed = execBound(*db,
                           u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, snapshot_metadata, "
                           "checksum, data_size, parent_snapshot_id, created_by, created_at, is_active) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 7, ?, ?)"_s,
                           {QString::fromLatin1(v.id), QString::fromLatin1(v.report), v.version, payload,
                            uR"({"source":"import","confidence":1})"_s, sha256Hex(canonical), qint64(canonical.size()),
                            v.parent ? QVariant(QString::fromLatin1(v.parent)) : QVariant(QMetaType::fromType<QString>()),
                            QString::fromLatin1(v.createdAt), v.active});
        QVERIFY2(failed.isEmpty(), failed.constData());
    }
    const QString log = u"INSERT INTO activity_logs (user_id, action, report_id, version, from_version) VALUES "_s;
    failed = runAll(*db, {log + u"(7, 'create', 'r1', 1, NULL)"_s, log + u"(7, 'create', 'r1', 2, 1)"_s,
                          log + u"(7, 'rollback', 'r1', 1, 2)"_s, log + u"(7, 'create', 'r1', 3, 1)"_s,
                          log + u"(7, 'create', 'r2', 1, NULL)"_s});
    QVERIFY2(failed.isEmpty(), failed.constData());

    const auto migrated = Migrator(*db).migrate();
    QVERIFY2(migrated, errorText(migrated).constData());
    QCOMPARE(migrated->status, SchemaStatus::Current);
    QVERIFY(migrated->version >= 3);

    QSqlQuery query(*db);
    QVERIFY(query.exec(u"SELECT count(*) FROM report_snapshots WHERE chain_hash IS NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT report_id, snapshots, computed_at FROM chain_backfills ORDER BY report_id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"r1"_s);
    QCOMPARE(query.value(1).toInt(), 3);
    QVERIFY(!query.value(2).isNull());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"r2"_s);
    QCOMPARE(query.value(1).toInt(), 1);
    QVERIFY(!query.next());

    // Chained along the parent pointers, with the creation times as written.
    QVERIFY(query.exec(u"SELECT id, chain_hash FROM report_snapshots WHERE report_id = 'r1' ORDER BY version"_s));
    QStringList hashes;
    while (query.next())
        hashes.append(query.value(1).toString());
    QCOMPARE(hashes.size(), 3);
    const ChainFields first{chainStart(), u"r1"_s, 1, sha256Hex(canonicalOf(parcelDocument(1))), u"alice"_s,
                            u"2026-01-02T10:00:00.125Z"_s, R"({"source":"import","confidence":1})"};
    QCOMPARE(hashes[0], chainHash(first));
    const ChainFields third{hashes[0], u"r1"_s, 3, sha256Hex(canonicalOf(parcelDocument(3))), u"alice"_s,
                            u"2026-01-05T10:00:00.375Z"_s, R"({"source":"import","confidence":1})"};
    QCOMPARE(hashes[2], chainHash(third));
    query.finish();

    const auto report = IntegrityAudit(provider).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    QVERIFY2(report->isClean(), describeProblems(*report).constData());

    // From now on the hashes are frozen, and the store chains new versions onto them.
    failed = execBound(*db, u"UPDATE report_snapshots SET chain_hash = ? WHERE id = 'a1'"_s, {QString(64, u'f')});
    QVERIFY2(!failed.isEmpty() && failed.contains("immutable"), failed.constData());
    CreateSnapshotRequest request;
    request.reportId = u"r1"_s;
    request.json = parcelDocument(4);
    const auto created = SnapshotStore(provider).create(request);
    QVERIFY2(created, errorText(created).constData());
    const auto again = IntegrityAudit(provider).verifyAll();
    QVERIFY2(again, errorText(again).constData());
    QVERIFY2(again->isClean(), describeProblems(*again).constData());
}

void tst_HashChain::anchorProvesHistoryUnchanged()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = seed(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());

    auto anchor = ChainAnchor::capture(fixture.provider());
    QVERIFY2(anchor, errorText(anchor).constData());
    QCOMPARE(anchor->reports.size(), std::size_t(2));
    QCOMPARE(anchor->reports.at(u"r1"_s).version, 4);
    QCOMPARE(anchor->reports.at(u"r1"_s).chainHash, storedChain(fixture, u"r1"_s).back().chainHash);
    auto problems = anchor->check(fixture.provider());
    QVERIFY2(problems, errorText(problems).constData());
    QVERIFY(problems->empty());

    // Newer versions after the anchor are fine.
    QVERIFY(fixture.create(u"r1"_s, parcelDocument(99)));
    problems = anchor->check(fixture.provider());
    QVERIFY2(problems, errorText(problems).constData());
    QVERIFY2(problems->empty(), qPrintable(kindsOf(*problems).join(u", "_s)));

    // A report or version the anchor knows and the database does not.
    ChainAnchor withGhost = *anchor;
    withGhost.reports[u"ghost"_s] = {2, QString(64, u'a')};
    withGhost.reports[u"r2"_s].version = 9;
    problems = withGhost.check(fixture.provider());
    QVERIFY2(problems, errorText(problems).constData());
    QCOMPARE(kindsOf(*problems), (QStringList{u"ANCHOR_MISSING@ghost/2"_s, u"ANCHOR_MISSING@r2/9"_s}));

    // Version 2 back-dated and the chain from it recomputed, as a careful forger would:
    // verify-all is clean, the anchor is not.
    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    const bool sqlite = fixture.engine() == DatabaseConfig::Engine::Sqlite;
    failed = fixture.execAsOwner(
        sqlite ? u"UPDATE report_snapshots SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '-3 days') "
                 "WHERE report_id = 'r1' AND version = 2"_s
               : u"UPDATE report_snapshots SET created_at = created_at - interval '3 days' "
                 "WHERE report_id = 'r1' AND version = 2"_s);
    QVERIFY2(failed.isEmpty(), failed.constData());
    auto owner = fixture.ownerProvider().database();
    QVERIFY2(owner, errorText(owner).constData());
    {
        auto transaction = Transaction::begin(*owner);
        QVERIFY(transaction);
        const auto resealed = Internal::computeChainHashes(*owner, Internal::ChainRewrite::All);
        QVERIFY2(resealed, errorText(resealed).constData());
        QVERIFY(transaction->commit());
    }
    const auto report = IntegrityAudit(fixture.provider()).verifyAll();
    QVERIFY2(report, errorText(report).constData());
    QVERIFY2(report->isClean(), describeProblems(*report).constData());
    problems = anchor->check(fixture.provider());
    QVERIFY2(problems, errorText(problems).constData());
    QCOMPARE(kindsOf(*problems), QStringList{u"ANCHOR_MISMATCH@r1/4"_s});
    QCOMPARE(problems->front().expected, anchor->reports.at(u"r1"_s).chainHash);
    QCOMPARE(problems->front().found, storedChain(fixture, u"r1"_s)[3].chainHash);
}

void tst_HashChain::anchorFileRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChainAnchor anchor;
    anchor.database = u"sqlite:/tmp/x.db"_s;
    anchor.createdAt = QDateTime::fromString(u"2026-11-27T10:00:00.123Z"_s, Qt::ISODateWithMs);
    anchor.reports[u"r1"_s] = {4, QString(64, u'b')};
    const QString path = dir.filePath(u"anchor.json"_s);
    QVERIFY(anchor.write(path));
    const auto read = ChainAnchor::read(path);
    QVERIFY2(read, errorText(read).constData());
    QCOMPARE(read->database, anchor.database);
    QCOMPARE(read->createdAt, anchor.createdAt);
    QVERIFY(read->reports == anchor.reports);

    QCOMPARE(ChainAnchor::read(dir.filePath(u"none.json"_s)).error().code, ErrorCode::NotFound);
    QCOMPARE(ChainAnchor::fromJson(R"({"reports":{"r1":{"version":0,"chainHash":"x"}}})").error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(ChainAnchor::fromJson("[1]").error().code, ErrorCode::InvalidArgument);
}

void tst_HashChain::problemKindsHaveStableNames()
{
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::ChainMismatch), u"CHAIN_MISMATCH"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::ChainBroken), u"CHAIN_BROKEN"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::AnchorMismatch), u"ANCHOR_MISMATCH"_s);
    QCOMPARE(integrityProblemKindName(IntegrityProblemKind::AnchorMissing), u"ANCHOR_MISSING"_s);
}

QTEST_GUILESS_MAIN(tst_HashChain)
#include "tst_hashchain.moc"

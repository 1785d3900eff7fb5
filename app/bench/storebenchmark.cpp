#include "storebenchmark.h"

#include "reportformat.h"

#include <core/demo/parcelgenerator.h>
#include <core/store/connectionprovider.h>
#include <core/store/historyqueries.h>
#include <core/store/integrityaudit.h>
#include <core/store/opendatabase.h>
#include <core/store/snapshotstore.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::bench {
namespace {

// The report the create/get documents are generated from; a fixed one keeps runs comparable.
constexpr int kReportIndex = 1;
constexpr int kHistoryPageSize = 20;
// verify-all reads the whole 1 MB database per run: a few runs give a stable median.
constexpr int kAuditVersions = 200;
constexpr qsizetype kAuditDocumentBytes = 1'000'000;
constexpr int kAuditRuns = 5;
// The history report is filled until --versions or this budget, whichever comes first, so
// a slow disk shortens the history (the report says so) instead of the run never ending.
constexpr qint64 kHistorySetupBudgetMs = 15 * 60 * 1000;

struct DocumentSize
{
    QString label;
    qsizetype bytes;
    bool sqliteOnly; // the 10 MB targets are stated for SQLite only
};

const DocumentSize kSizes[] = { { u"10k"_s, 10'000, false },
                                { u"1m"_s, 1'000'000, false },
                                { u"10m"_s, 10'000'000, true } };

bool isSqlite(const QString &engine)
{
    return engine == u"sqlite";
}

QString engineTitle(const QString &engine)
{
    return isSqlite(engine) ? u"SQLite"_s : u"PostgreSQL"_s;
}

// Reads the KEY=VALUE lines scripts/pg-test-server.sh writes (no secrets in there).
Result<QHash<QString, QString>, QString> readPgEnv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"cannot read %1: %2"_s.arg(path, file.errorString());
    QHash<QString, QString> values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

Result<QSqlDatabase, QString> connection(ConnectionProvider &provider)
{
    auto db = provider.database();
    if (!db)
        return db.error().toString();
    return *db;
}

Status<QString> exec(ConnectionProvider &provider, const QString &sql)
{
    auto db = connection(provider);
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.exec(sql))
        return u"%1: %2"_s.arg(sql, query.lastError().text());
    return Done {};
}

// Where one engine's databases live: files in a temporary folder, or schemas of the test
// server, each dropped again when the engine is done.
class Databases
{
public:
    Databases(QString engine, DatabaseConfig server)
        : m_engine(std::move(engine))
        , m_server(std::move(server))
    {
    }
    ~Databases()
    {
        for (const QString &schema : m_schemas) {
            ConnectionProvider provider(m_server);
            if (auto dropped = exec(provider, u"DROP SCHEMA "_s + schema + u" CASCADE"_s); !dropped)
                qWarning().noquote() << "could not drop benchmark schema:" << dropped.error();
        }
    }

    Result<DatabaseConfig, QString> add(const QString &name)
    {
        if (isSqlite(m_engine)) {
            if (!m_folder.isValid())
                return u"cannot create a temporary folder"_s;
            DatabaseConfig config;
            config.sqlitePath = m_folder.filePath(name + u".db"_s);
            return config;
        }
        // A generated identifier, not input: DDL cannot bind names.
        const QString schema = u"bench_%1_%2"_s.arg(name).arg(
            QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        {
            ConnectionProvider provider(m_server);
            if (auto created = exec(provider, u"CREATE SCHEMA "_s + schema); !created)
                return created.error();
        }
        m_schemas << schema;
        DatabaseConfig config = m_server;
        config.schema = schema;
        return config;
    }

private:
    QString m_engine;
    DatabaseConfig m_server;
    QTemporaryDir m_folder;
    QStringList m_schemas;
};

// The floor: a plain table with one BLOB / bytea column written and read by prepared
// statements, with no checksum, diff or compression (PostgreSQL's TOAST compression is
// switched off with STORAGE EXTERNAL; the bytes still go out of line, as the store's do).
class FloorTable
{
public:
    static Result<std::unique_ptr<FloorTable>, QString> create(const QString &engine,
                                                               const DatabaseConfig &config)
    {
        std::unique_ptr<FloorTable> table(new FloorTable(config));
        const QStringList ddl = isSqlite(engine)
            ? QStringList { u"CREATE TABLE floor_payloads (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"_s }
            : QStringList {
                  u"CREATE TABLE floor_payloads (id bigserial PRIMARY KEY, payload bytea NOT NULL)"_s,
                  u"ALTER TABLE floor_payloads ALTER COLUMN payload SET STORAGE EXTERNAL"_s
              };
        for (const QString &sql : ddl) {
            if (auto done = exec(table->m_provider, sql); !done)
                return done.error();
        }
        auto db = connection(table->m_provider);
        if (!db)
            return db.error();
        table->m_insert = QSqlQuery(*db);
        table->m_select = QSqlQuery(*db);
        table->m_selectAll = QSqlQuery(*db);
        table->m_selectAll.setForwardOnly(true);
        if (!table->m_insert.prepare(
                u"INSERT INTO floor_payloads (payload) VALUES (?) RETURNING id"_s)
            || !table->m_select.prepare(u"SELECT payload FROM floor_payloads WHERE id = ?"_s)
            || !table->m_selectAll.prepare(u"SELECT payload FROM floor_payloads"_s))
            return QString(u"preparing the floor statements: "_s + db->lastError().text());
        return table;
    }

    ConnectionProvider &provider() { return m_provider; }

    Status<QString> insert(const QByteArray &payload)
    {
        m_insert.addBindValue(payload);
        if (!m_insert.exec() || !m_insert.next())
            return QString(u"floor insert: "_s + m_insert.lastError().text());
        m_lastId = m_insert.value(0).toLongLong();
        m_insert.finish();
        return Done {};
    }

    // The last inserted payload's size.
    Result<qsizetype, QString> selectLast()
    {
        m_select.addBindValue(m_lastId);
        if (!m_select.exec() || !m_select.next())
            return QString(u"floor select: "_s + m_select.lastError().text());
        const qsizetype size = m_select.value(0).toByteArray().size();
        m_select.finish();
        return size;
    }

    // Bytes of every payload, read in one forward-only pass as verify-all reads.
    Result<qint64, QString> selectAll()
    {
        if (!m_selectAll.exec())
            return QString(u"floor select all: "_s + m_selectAll.lastError().text());
        qint64 bytes = 0;
        while (m_selectAll.next())
            bytes += m_selectAll.value(0).toByteArray().size();
        m_selectAll.finish();
        return bytes;
    }

private:
    explicit FloorTable(const DatabaseConfig &config)
        : m_provider(config)
    {
    }

    ConnectionProvider m_provider;
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QSqlQuery m_selectAll;
    qint64 m_lastId = 0;
};

// Runs `work` as SampleSet::collect does and keeps the first failure it reports, so that a
// broken store stops the benchmark instead of timing error paths.
Result<Timing, QString> timed(int runs, const std::function<std::optional<QString>()> &work)
{
    std::optional<QString> failure;
    const SampleSet samples = SampleSet::collect(runs, [&] {
        if (failure)
            return;
        failure = work();
    });
    if (failure)
        return *failure;
    return samples.timing();
}

CreateSnapshotRequest createRequest(const QString &reportId, const QByteArray &json)
{
    CreateSnapshotRequest request;
    request.reportId = reportId;
    request.json = json;
    request.metadata.source = u"import"_s;
    return request;
}

// A ~200-byte document per version of the history report: small, so that 100,000 versions
// insert in minutes and the figures measure the index descents, not payload transfer.
QByteArray smallDocument(int version)
{
    return R"({"reportId":"RPT-HISTORY","version":)" + QByteArray::number(version)
        + R"(,"parcel":{"apn":"APN-)" + QByteArray::number(version * 7919 % 1000003)
        + R"(","zoning":"R-1","assessedValue":)" + QByteArray::number(version * 31 % 900001)
        + R"(,"notes":"quarterly refresh from the county feed, no change of owner"}})";
}

// On-disk bytes of the payload table (PostgreSQL) or the whole file after a checkpoint
// (SQLite, which keeps everything in one file).
Result<qint64, QString> onDiskBytes(ConnectionProvider &provider, const QString &table)
{
    auto db = connection(provider);
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (provider.config().engine == DatabaseConfig::Engine::Sqlite) {
        if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            return QString(u"checkpoint: "_s + query.lastError().text());
        return QFileInfo(provider.config().sqlitePath).size();
    }
    query.prepare(u"SELECT pg_total_relation_size(?::regclass)"_s);
    query.addBindValue(table);
    if (!query.exec() || !query.next())
        return QString(u"pg_total_relation_size: "_s + query.lastError().text());
    return query.value(0).toLongLong();
}

Result<OpenedDatabase, QString> openStore(Databases &databases, const QString &name)
{
    auto config = databases.add(name);
    if (!config)
        return config.error();
    auto opened = openDatabase(*config, {}, SchemaPolicy::Migrate);
    if (!opened)
        return opened.error().toString();
    return std::move(*opened);
}

Result<std::unique_ptr<FloorTable>, QString> openFloor(const QString &engine, Databases &databases,
                                                       const QString &name)
{
    auto config = databases.add(name);
    if (!config)
        return config.error();
    return FloorTable::create(engine, *config);
}

// create and get of each document size, each against the floor table.
Status<QString> measureCreateGet(const QString &engine, Databases &databases,
                                 const StoreBenchmarkOptions &options, QTextStream &progress,
                                 EngineReport &report)
{
    auto opened = openStore(databases, u"ops"_s);
    if (!opened)
        return opened.error();
    auto floor = openFloor(engine, databases, u"floor"_s);
    if (!floor)
        return floor.error();
    // No PayloadCache: every get reads, decodes and verifies the payload.
    SnapshotStore store(*opened->connections);

    for (const DocumentSize &size : kSizes) {
        if (size.sqliteOnly && !isSqlite(engine))
            continue;
        progress << engineTitle(engine) << ": create and get " << size.label << " ..." << Qt::endl;
        ParcelGenerator generator(options.seed, kReportIndex, size.bytes);
        // Alternating two consecutive versions makes every create diff against a real
        // previous version, as an import of a changed report does.
        QByteArray versions[2];
        versions[0] = generator.toJson();
        generator.advance();
        versions[1] = generator.toJson();
        const QString reportId = u"RPT-BENCH-"_s + size.label.toUpper();
        int turn = 0;

        auto create = timed(options.runs, [&]() -> std::optional<QString> {
            auto created = store.create(createRequest(reportId, versions[turn++ % 2]));
            return created ? std::nullopt : std::optional(created.error().toString());
        });
        auto get = timed(options.runs, [&]() -> std::optional<QString> {
            auto snapshot = store.get(reportId);
            return snapshot ? std::nullopt : std::optional(snapshot.error().toString());
        });
        turn = 0;
        auto floorInsert = timed(options.runs, [&]() -> std::optional<QString> {
            auto inserted = (*floor)->insert(versions[turn++ % 2]);
            return inserted ? std::nullopt : std::optional(inserted.error());
        });
        auto floorSelect = timed(options.runs, [&]() -> std::optional<QString> {
            auto selected = (*floor)->selectLast();
            return selected ? std::nullopt : std::optional(selected.error());
        });
        for (const auto *result : { &create, &get, &floorInsert, &floorSelect }) {
            if (!*result)
                return result->error();
        }
        report.timings.push_back({ u"create "_s + size.label, *create, *floorInsert });
        report.timings.push_back({ u"get (verified) "_s + size.label, *get, *floorSelect });
    }
    return Done {};
}

// History first page and as-of on one report with many small versions.
Status<QString> measureHistory(Databases &databases, const StoreBenchmarkOptions &options,
                               QTextStream &progress, EngineReport &report)
{
    auto opened = openStore(databases, u"history"_s);
    if (!opened)
        return opened.error();
    ConnectionProvider &provider = *opened->connections;
    SnapshotStore store(provider);
    const QString reportId = u"RPT-HISTORY"_s;

    progress << engineTitle(report.engine) << ": inserting up to " << options.historyVersions
             << " versions of one report ..." << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    int reached = 0;
    while (reached < options.historyVersions && clock.elapsed() < kHistorySetupBudgetMs) {
        if (auto created = store.create(createRequest(reportId, smallDocument(reached + 1)));
            !created)
            return created.error().toString();
        ++reached;
        if (reached % 10'000 == 0)
            progress << "  " << reached << " versions, " << clock.elapsed() / 1000 << " s"
                     << Qt::endl;
    }
    report.historyVersions = reached;
    report.historySetupSeconds = double(clock.elapsed()) / 1000;

    // As of the moment the middle version was created: the descent lands mid-history.
    const auto middle = store.history(reportId, 1, reached - reached / 2);
    if (!middle || middle->snapshots.empty())
        return QString(u"reading the middle version: "_s
                       + (middle ? u"none"_s : middle.error().toString()));
    const QDateTime middleAt = middle->snapshots.front().createdAt;

    auto firstPage = timed(options.runs, [&]() -> std::optional<QString> {
        auto page = store.history(reportId, kHistoryPageSize, 0);
        return page ? std::nullopt : std::optional(page.error().toString());
    });
    HistoryQueries queries(provider);
    auto asOf = timed(options.runs, [&]() -> std::optional<QString> {
        auto activation = queries.activeVersionAsOf(reportId, middleAt);
        return activation ? std::nullopt : std::optional(activation.error().toString());
    });
    if (!firstPage)
        return firstPage.error();
    if (!asOf)
        return asOf.error();
    const QString at = u" (%L1 versions)"_s.arg(reached);
    report.timings.push_back(
        { u"history first page of %1"_s.arg(kHistoryPageSize) + at, *firstPage, std::nullopt });
    report.timings.push_back({ u"as-of"_s + at, *asOf, std::nullopt });

    auto bytes = onDiskBytes(provider, u"report_snapshots"_s);
    if (!bytes)
        return bytes.error();
    report.bytesPerSmallVersion = double(*bytes) / reached;
    return Done {};
}

// verify-all over kAuditVersions versions of a 1 MB report, its space, and the floor.
Status<QString> measureAudit(const QString &engine, Databases &databases,
                             const StoreBenchmarkOptions &options, QTextStream &progress,
                             EngineReport &report)
{
    auto opened = openStore(databases, u"audit"_s);
    if (!opened)
        return opened.error();
    auto floor = openFloor(engine, databases, u"floor_audit"_s);
    if (!floor)
        return floor.error();
    ConnectionProvider &provider = *opened->connections;
    SnapshotStore store(provider);

    progress << engineTitle(engine) << ": inserting " << kAuditVersions
             << " versions of a 1 MB report ..." << Qt::endl;
    ParcelGenerator generator(options.seed, kReportIndex, kAuditDocumentBytes);
    for (int version = 1; version <= kAuditVersions; ++version) {
        const QByteArray json = generator.toJson();
        if (auto created = store.create(createRequest(u"RPT-AUDIT"_s, json)); !created)
            return created.error().toString();
        if (auto inserted = (*floor)->insert(json); !inserted)
            return inserted.error();
        generator.advance();
    }

    progress << engineTitle(engine) << ": verify-all ..." << Qt::endl;
    // The default pool: QThread::idealThreadCount() threads decode and hash.
    IntegrityAudit audit(provider);
    const auto verifyAll = [&](bool checkStoredDiffs) {
        audit.setCheckStoredDiffs(checkStoredDiffs);
        return timed(kAuditRuns, [&]() -> std::optional<QString> {
            auto verified = audit.verifyAll();
            if (!verified)
                return verified.error().toString();
            if (!verified->isClean())
                return u"verify-all found problems: "_s + verified->problems.front().description();
            report.verifiedBytes = verified->bytesVerified;
            report.verifiedSnapshots = verified->snapshotsChecked;
            return std::nullopt;
        });
    };
    // `verify --quick` (checksums, sizes, chain, structure), then the full audit that also
    // round-trips every stored diff.
    auto verify = verifyAll(false);
    auto verifyWithDiffs = verifyAll(true);
    if (!verifyWithDiffs)
        return verifyWithDiffs.error();
    report.verifyAllWithDiffs = *verifyWithDiffs;
    auto selectAll = timed(kAuditRuns, [&]() -> std::optional<QString> {
        auto selected = (*floor)->selectAll();
        return selected ? std::nullopt : std::optional(selected.error());
    });
    if (!verify)
        return verify.error();
    if (!selectAll)
        return selectAll.error();
    report.verifyAll = *verify;
    report.floorSelectAll = *selectAll;

    auto bytes = onDiskBytes(provider, u"report_snapshots"_s);
    auto floorBytes = onDiskBytes((*floor)->provider(), u"floor_payloads"_s);
    if (!bytes)
        return bytes.error();
    if (!floorBytes)
        return floorBytes.error();
    report.bytesPerLargeVersion = double(*bytes) / kAuditVersions;
    report.floorBytesPerLargeRow = double(*floorBytes) / kAuditVersions;
    return Done {};
}

double megabytesPerSecond(qint64 bytes, const Timing &timing)
{
    return double(bytes) / 1000.0 / timing.p50Ms;
}

const StoreTiming *findTiming(const EngineReport &report, const QString &what)
{
    for (const StoreTiming &timing : report.timings) {
        if (timing.what.startsWith(what))
            return &timing;
    }
    return nullptr;
}

// The targets of issue 3, section 6, for one engine.
std::vector<TargetResult> checkTargets(const EngineReport &report)
{
    const bool sqlite = isSqlite(report.engine);
    const QString engine = engineTitle(report.engine);
    std::vector<TargetResult> targets;
    const auto budget = [&](const QString &what, double maxMs, bool needsFullHistory) {
        TargetResult target;
        target.target = u"%1 %2 p95 ≤ %3 ms"_s.arg(engine, what).arg(maxMs);
        const StoreTiming *timing = findTiming(report, what);
        if (!timing) {
            target.detail = u"not in this run"_s;
            targets.push_back(target);
            return;
        }
        target.measured = formatMilliseconds(timing->ours.p95Ms) + u" ms"_s;
        if (needsFullHistory && report.historyVersions < 100'000) {
            target.detail = u"at %L1 versions, not 100,000"_s.arg(report.historyVersions);
        } else {
            target.verdict = timing->ours.p95Ms <= maxMs ? Verdict::Pass : Verdict::Miss;
            if (target.verdict == Verdict::Miss)
                target.detail = u"%1x the budget"_s.arg(timing->ours.p95Ms / maxMs, 0, 'f', 1);
        }
        targets.push_back(target);
    };
    budget(u"get (verified) 1m"_s, sqlite ? 5 : 15, false);
    budget(u"create 1m"_s, sqlite ? 25 : 60, false);
    if (sqlite) {
        budget(u"get (verified) 10m"_s, 40, false);
        budget(u"create 10m"_s, 250, false);
    }
    budget(u"history first page"_s, 5, true);
    budget(u"as-of"_s, 5, true);
    if (sqlite) {
        TargetResult target;
        target.target = u"SQLite verify-all --quick ≥ 500 MB/s of canonical JSON"_s;
        const double speed = megabytesPerSecond(report.verifiedBytes, report.verifyAll);
        target.measured = u"%1 MB/s"_s.arg(speed, 0, 'f', 0);
        target.verdict = speed >= 500 ? Verdict::Pass : Verdict::Miss;
        targets.push_back(target);
    }
    return targets;
}

QString ratio(const Timing &ours, const Timing &floor)
{
    return u"%1x"_s.arg(ours.p50Ms / floor.p50Ms, 0, 'f', 1);
}

void printEngine(QTextStream &out, const EngineReport &report)
{
    out << "\n### " << engineTitle(report.engine) << "\n\n";
    if (!report.skipped.isEmpty()) {
        out << "Skipped: " << report.skipped << "\n";
        return;
    }
    out << "| operation | ours p50 ms | ours p95 ms | floor p50 ms | floor p95 ms | ours / floor "
           "(p50) |\n"
        << "|---|--:|--:|--:|--:|--:|\n";
    for (const StoreTiming &timing : report.timings) {
        out << "| " << timing.what << " | " << formatMilliseconds(timing.ours.p50Ms) << " | "
            << formatMilliseconds(timing.ours.p95Ms) << " | ";
        if (timing.floor) {
            out << formatMilliseconds(timing.floor->p50Ms) << " | "
                << formatMilliseconds(timing.floor->p95Ms) << " | "
                << ratio(timing.ours, *timing.floor);
        } else {
            out << "| | ";
        }
        out << " |\n";
    }
    const double verifySpeed = megabytesPerSecond(report.verifiedBytes, report.verifyAll);
    const double floorSpeed = megabytesPerSecond(report.verifiedBytes, report.floorSelectAll);
    out << "\n- History setup: " << QString(u"%L1"_s).arg(report.historyVersions)
        << " versions of ~200 B in " << QString::number(report.historySetupSeconds, 'f', 0)
        << " s (SnapshotStore::create, one process).\n"
        << "- verify-all (`--quick`): " << report.verifiedSnapshots << " snapshots, "
        << report.verifiedBytes << " B of canonical JSON, p50 "
        << formatMilliseconds(report.verifyAll.p50Ms) << " ms = **"
        << QString::number(verifySpeed, 'f', 0)
        << " MB/s**; floor (bare forward-only select of the "
        << "same documents) " << formatMilliseconds(report.floorSelectAll.p50Ms)
        << " ms = " << QString::number(floorSpeed, 'f', 0) << " MB/s; ratio "
        << ratio(report.verifyAll, report.floorSelectAll)
        << "; with the stored diffs round-tripped "
        << formatMilliseconds(report.verifyAllWithDiffs.p50Ms) << " ms = "
        << QString::number(megabytesPerSecond(report.verifiedBytes, report.verifyAllWithDiffs), 'f',
                           0)
        << " MB/s.\n"
        << "- On disk per version: " << QString::number(report.bytesPerLargeVersion, 'f', 0)
        << " B for the ~1 MB report (floor "
        << QString::number(report.floorBytesPerLargeRow, 'f', 0) << " B, ratio "
        << QString::number(report.bytesPerLargeVersion / report.floorBytesPerLargeRow, 'f', 2)
        << "), " << QString::number(report.bytesPerSmallVersion, 'f', 0)
        << " B for the ~200 B history report ("
        << (isSqlite(report.engine) ? u"whole database file / versions"_s
                                    : u"pg_total_relation_size('report_snapshots') / versions"_s)
        << ").\n";

    out << "\n| target | measured | result |\n|---|---|---|\n";
    for (const TargetResult &target : report.targets) {
        out << "| " << target.target << " | " << target.measured << " | "
            << verdictName(target.verdict);
        if (!target.detail.isEmpty())
            out << " (" << target.detail << ")";
        out << " |\n";
    }
}

} // namespace

StoreBenchmark::StoreBenchmark(StoreBenchmarkOptions options)
    : m_options(std::move(options))
{
}

Result<std::vector<EngineReport>, QString> StoreBenchmark::run(QTextStream &progress)
{
    std::vector<EngineReport> reports;
    for (const QString &engine : m_options.engines) {
        EngineReport &report = reports.emplace_back();
        report.engine = engine;
        DatabaseConfig server;
        if (!isSqlite(engine)) {
            if (m_options.pgEnvPath.isEmpty()) {
                report.skipped
                    = u"no --pg-env given (scripts/bench.sh store starts a throwaway server)"_s;
                continue;
            }
            const auto env = readPgEnv(m_options.pgEnvPath);
            if (!env) {
                report.skipped = env.error();
                continue;
            }
            // The password file the server script wrote next to pg.env, unless the caller
            // named one: libpq reads it, so no password is ever on a command line.
            if (qEnvironmentVariableIsEmpty("PGPASSFILE"))
                qputenv("PGPASSFILE",
                        QFileInfo(m_options.pgEnvPath).dir().filePath(u"pgpass"_s).toLocal8Bit());
            server.engine = DatabaseConfig::Engine::PostgreSql;
            server.host = env->value(u"PGHOST"_s);
            server.port = env->value(u"PGPORT"_s).toInt();
            server.database = env->value(u"PGDATABASE"_s);
            server.user = env->value(u"PGUSER"_s);
            // A local throwaway server: TLS would only add to every figure.
            server.sslMode = u"disable"_s;
        }
        Databases databases(engine, server);
        for (const auto &step : { measureCreateGet, measureAudit }) {
            if (auto done = step(engine, databases, m_options, progress, report); !done)
                return QString(engineTitle(engine) + u": "_s + done.error());
        }
        if (auto done = measureHistory(databases, m_options, progress, report); !done)
            return QString(engineTitle(engine) + u": "_s + done.error());
        report.targets = checkTargets(report);
    }
    return reports;
}

void printStoreReport(QTextStream &out, const StoreBenchmarkOptions &options,
                      const std::vector<EngineReport> &reports, const QString &commandLine)
{
    out << "## snapshot-bench store\n\n"
        << "- Command: `" << commandLine << "`\n"
        << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
        << "- Machine: " << QThread::idealThreadCount() << " logical CPUs, " << cpuModel()
        << ", load average " << loadAverage() << " when the report was written\n"
        << "- " << options.runs << " timed runs per create/get/history/as-of measurement and "
        << kAuditRuns << " per verify-all, each after one untimed run, seed " << options.seed
        << "; p50/p95 are nearest-rank percentiles of wall-clock time.\n"
        << "- Ours: `SnapshotStore` without a `PayloadCache` (every get reads, decodes and "
           "verifies "
           "the SHA-256 of the payload); creates alternate two consecutive generated versions, so "
           "each diffs against a real previous version. Floor: the same document bytes inserted "
           "into and selected from a plain table with one BLOB / bytea column (STORAGE EXTERNAL: "
           "no compression) by prepared statements on the same engine, one autocommit statement "
           "each.\n";
    for (const EngineReport &report : reports)
        printEngine(out, report);
    out.flush();
}

} // namespace sa::bench

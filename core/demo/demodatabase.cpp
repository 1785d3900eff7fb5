#include "demodatabase.h"

#include "../store/chainhash.h"
#include "../store/connectionprovider.h"
#include "../store/opendatabase.h"
#include "../store/snapshotadmin.h"
#include "../store/snapshotstore.h"
#include "../store/transaction.h"
#include "parcelgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
};

constexpr quint64 kSeed = 0x5a0d'e11a'2026'0001ULL;
constexpr int kReportCount = 36;
constexpr int kMinVersions = 14;
constexpr int kMaxVersions = 44;
constexpr qsizetype kDocumentBytes = 6 * 1024;
constexpr int kHistoryDays = 200;
// Every kRollbackEvery-th report gets a bad version that is rolled back and then
// deprecated; every kDeprecationEvery-th one a version deprecated without a rollback.
constexpr int kRollbackEvery = 9;
constexpr int kDeprecationEvery = 7;

struct DemoUser
{
    QString login;
    QString name;
};

// Analysts keep the reports current; the admin (last) cleans up.
const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = {
        {u"alice"_s, u"Alice Martin"_s},
        {u"bob"_s, u"Bob Okafor"_s},
        {u"carol"_s, u"Carol Nguyen"_s},
        {u"dmitri"_s, u"Dmitri Volkov"_s},
    };
    return users;
}
constexpr int kAdmin = 3;

enum class StepKind { Create, Rollback, Deprecate };

// One thing someone did, when and why. For a create `version` is the version it makes, for
// a rollback the target, for a deprecation the deprecated version.
struct Step
{
    StepKind kind = StepKind::Create;
    int report = 0;
    int version = 0;
    QDateTime at;
    int user = 0;
    QString reason;
};

// Instants inside working hours on weekdays: an audit trail at 3 a.m. on a Sunday would
// look like a script, not like people.
QDateTime workingTime(QDateTime instant)
{
    while (instant.date().dayOfWeek() > 5)
        instant = instant.addDays(1);
    const qint64 secondOfDay = instant.time().msecsSinceStartOfDay() / 1000;
    const qint64 workSecond = 8 * 3600 + secondOfDay * 10 / 24; // 08:00 to 18:00
    return QDateTime(instant.date(), QTime(0, 0).addSecs(int(workSecond)), Qt::UTC);
}

std::vector<QDateTime> timeline(QRandomGenerator &random, int count, const QDateTime &end)
{
    // Three days of margin: moving a weekend instant to Monday must not pass `end`.
    const qint64 window = qint64(kHistoryDays) * 24 * 3600;
    const qint64 start = end.toSecsSinceEpoch() - window + qint64(random.bounded(30)) * 24 * 3600;
    std::vector<QDateTime> times;
    for (int i = 0; i < count; ++i) {
        const qint64 offset = qint64(random.bounded(quint32(end.toSecsSinceEpoch() - start - 3 * 24 * 3600)));
        times.push_back(workingTime(QDateTime::fromSecsSinceEpoch(start + offset, Qt::UTC)));
    }
    std::sort(times.begin(), times.end());
    // Distinct instants keep "as of" answers unambiguous (a second apart stays in office hours).
    for (std::size_t i = 1; i < times.size(); ++i) {
        if (times[i] <= times[i - 1])
            times[i] = times[i - 1].addSecs(1);
    }
    return times;
}

// The whole demo history, in the order it happened per report.
std::vector<Step> plan(const QDateTime &end)
{
    QRandomGenerator random{quint32(kSeed)};
    std::vector<Step> steps;
    for (int report = 1; report <= kReportCount; ++report) {
        const int versions = kMinVersions + int(random.bounded(kMaxVersions - kMinVersions + 1));
        const bool rollback = report % kRollbackEvery == 0;
        const bool deprecation = !rollback && report % kDeprecationEvery == 0;
        const int badVersion = versions * 2 / 3;
        const int extraSteps = rollback ? 2 : deprecation ? 1 : 0;
        const std::vector<QDateTime> times = timeline(random, versions + extraSteps, end);
        // Each report has a main editor and occasional help from the others.
        const int owner = int(random.bounded(kAdmin));
        auto time = times.begin();
        for (int version = 1; version <= versions; ++version) {
            const int user = random.bounded(100) < 75 ? owner : int(random.bounded(kAdmin));
            steps.push_back({StepKind::Create, report, version, *time++, user, {}});
            if (rollback && version == badVersion) {
                steps.push_back({StepKind::Rollback, report, version - 1, *time++, kAdmin,
                                 u"Version %1 came from a county feed with swapped parcel numbers; restoring the "
                                 "last verified data until the feed is fixed."_s.arg(version)});
                steps.push_back({StepKind::Deprecate, report, version, *time++, kAdmin,
                                 u"Swapped parcel numbers in the county feed (ticket OPS-%1)."_s.arg(1400 + report)});
            } else if (deprecation && version == badVersion) {
                steps.push_back({StepKind::Deprecate, report, version - 1, *time++, kAdmin,
                                 u"Assessment values were entered in the wrong currency; superseded by version %1."_s
                                     .arg(version)});
            }
        }
    }
    return steps;
}

SnapshotMetadata metadataFor(const Step &step, QRandomGenerator &random)
{
    SnapshotMetadata metadata;
    if (step.version == 1) {
        metadata.source = u"import"_s;
        metadata.dataProvider = u"Legacy parcel archive"_s;
    } else if (random.bounded(100) < 80) {
        metadata.source = u"api"_s;
        metadata.dataProvider = u"County Assessor Open Data"_s;
        metadata.apiVersion = random.bounded(100) < 60 ? u"2.4"_s : u"2.3"_s;
        metadata.processingTimeMs = 40 + random.bounded(900);
    } else {
        metadata.source = u"manual"_s;
    }
    metadata.retrievedAt = step.at.addSecs(-qint64(random.bounded(3600)));
    metadata.confidence = 0.8 + random.bounded(21) / 100.0;
    return metadata;
}

QString sqliteTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

Error sqlFailure(const QSqlQuery &query, const QString &what)
{
    //: %1: what was being done (e.g. "Dating the demo history"), %2: the database's explanation
    return {ErrorCode::Internal, Tr::tr("%1 failed: %2").arg(what, query.lastError().text())};
}

// Runs the plan through the store and the admin operations, as the people would have.
Status<> writeHistory(ConnectionProvider &connections, std::vector<ParcelGenerator> &generators,
                      const std::vector<Step> &steps, const DemoProgress &progress, const DemoCancelled &isCancelled)
{
    SnapshotStore store(connections);
    SnapshotAdmin admin(connections);
    QRandomGenerator random{quint32(kSeed >> 32)};
    std::vector<int> active(kReportCount + 1, 0);
    int done = 0;
    for (const Step &step : steps) {
        if (isCancelled && isCancelled())
            return Error{ErrorCode::Cancelled, Tr::tr("Creating the demo database was cancelled")};
        ParcelGenerator &generator = generators[std::size_t(step.report - 1)];
        const QString reportId = generator.reportId();
        switch (step.kind) {
        case StepKind::Create: {
            if (step.version > 1)
                generator.advance();
            CreateSnapshotRequest request;
            request.reportId = reportId;
            request.json = generator.toJson();
            request.metadata = metadataFor(step, random);
            request.expectedVersion = active[std::size_t(step.report)];
            const auto created = store.create(request);
            if (!created)
                return created.error();
            active[std::size_t(step.report)] = created->snapshot.version;
            break;
        }
        case StepKind::Rollback: {
            const auto rolledBack = admin.rollback(reportId, step.version, active[std::size_t(step.report)], step.reason);
            if (!rolledBack)
                return rolledBack.error();
            active[std::size_t(step.report)] = step.version;
            break;
        }
        case StepKind::Deprecate:
            if (auto deprecated = admin.deprecate(reportId, step.version, step.reason); !deprecated)
                return deprecated.error();
            break;
        }
        if (progress)
            progress(++done, int(steps.size()));
    }
    return Done{};
}

// The store records the OS login and the current time; a demo needs several people and
// months of history. The file is still private (nobody else can have opened it), so the
// history is re-dated and re-attributed here, with the immutability triggers lifted for
// that one transaction and restored exactly as the migration created them.
Status<> backdate(QSqlDatabase &db, const std::vector<Step> &steps, const QStringList &reportIds)
{
    //: Giving the demo's versions and activity entries their dates and authors
    const QString what = Tr::tr("Dating the demo history");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: %2").arg(what, transaction.error().text())};
    QSqlQuery query(db);
    const auto exec = [&query, &what](const QString &sql, const QVariantList &values = {}) -> Status<> {
        if (!query.prepare(sql))
            return sqlFailure(query, what);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sqlFailure(query, what);
        return Done{};
    };

    if (auto ran = exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"_s); !ran)
        return ran;
    std::vector<std::pair<QString, QString>> triggers;
    while (query.next())
        triggers.emplace_back(query.value(0).toString(), query.value(1).toString());
    for (const auto &trigger : triggers) {
        if (auto ran = exec(u"DROP TRIGGER "_s + quotedIdentifier(trigger.first)); !ran)
            return ran;
    }

    const QString firstDay = sqliteTimestamp(steps.front().at.addDays(-1));
    std::vector<qint64> userIds;
    for (const DemoUser &user : demoUsers()) {
        if (auto ran = exec(u"INSERT INTO users (login, name, created_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (login) DO UPDATE SET name = excluded.name RETURNING id"_s,
                            {user.login, user.name, firstDay});
            !ran) {
            return ran;
        }
        query.next();
        userIds.push_back(query.value(0).toLongLong());
    }

    if (auto ran = exec(u"SELECT id FROM activity_logs ORDER BY id"_s); !ran)
        return ran;
    std::vector<qint64> logIds;
    while (query.next())
        logIds.push_back(query.value(0).toLongLong());
    if (logIds.size() != steps.size()) {
        //: %1: what was being done, %2 and %3: numbers
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: %2 activity entries for %3 steps")
                                              .arg(what)
                                              .arg(logIds.size())
                                              .arg(steps.size())};
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const QString &reportId = reportIds[std::size_t(step.report - 1)];
        const QString at = sqliteTimestamp(step.at);
        const qint64 user = userIds[std::size_t(step.user)];
        if (auto ran = exec(u"UPDATE activity_logs SET created_at = ?, user_id = ? WHERE id = ?"_s, {at, user, logIds[i]});
            !ran) {
            return ran;
        }
        Status<> ran = Done{};
        if (step.kind == StepKind::Create) {
            ran = exec(u"UPDATE report_snapshots SET created_at = ?, created_by = ? WHERE report_id = ? AND version = ?"_s,
                       {at, user, reportId, step.version});
        } else if (step.kind == StepKind::Deprecate) {
            ran = exec(u"UPDATE report_snapshots SET deprecated_at = ? WHERE report_id = ? AND version = ?"_s,
                       {at, reportId, step.version});
        }
        if (!ran)
            return ran;
    }
    for (const QString &sql : {u"UPDATE reports SET created_at = (SELECT min(created_at) FROM report_snapshots s "
                               "WHERE s.report_id = reports.id)"_s,
                               u"DELETE FROM users WHERE id NOT IN (SELECT created_by FROM report_snapshots) "
                               "AND id NOT IN (SELECT user_id FROM activity_logs)"_s}) {
        if (auto ran = exec(sql); !ran)
            return ran;
    }
    // New dates and authors: the chain hashes seal them, so they are computed again.
    query.finish();
    if (auto chained = Internal::computeChainHashes(db, Internal::ChainRewrite::All); !chained)
        return chained;
    for (const auto &trigger : triggers) {
        if (auto ran = exec(trigger.second); !ran)
            return ran;
    }
    query.finish();
    if (auto committed = transaction->commit(); !committed)
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: %2").arg(what, committed.error().text())};
    return Done{};
}

// Removes the temporary database and SQLite's side files unless the run succeeded.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (!m_kept || !suffix.isEmpty())
                QFile::remove(m_path + suffix);
        }
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

DemoDatabaseSummary summarize(const std::vector<Step> &steps)
{
    DemoDatabaseSummary summary;
    summary.reports = kReportCount;
    summary.users = int(demoUsers().size());
    for (const Step &step : steps) {
        switch (step.kind) {
        case StepKind::Create:
            ++summary.snapshots;
            break;
        case StepKind::Rollback:
            ++summary.rollbacks;
            break;
        case StepKind::Deprecate:
            ++summary.deprecations;
            break;
        }
    }
    return summary;
}

// Builds the complete database in `path`; every connection is closed on return.
Status<> build(const QString &path, const std::vector<Step> &steps, const DemoProgress &progress,
               const DemoCancelled &isCancelled)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    auto opened = openDatabase(config, {}, SchemaPolicy::Migrate);
    if (!opened)
        return opened.error();
    ConnectionProvider &connections = *opened->connections;
    std::vector<ParcelGenerator> generators;
    QStringList reportIds;
    for (int report = 1; report <= kReportCount; ++report) {
        generators.emplace_back(kSeed, report, kDocumentBytes);
        reportIds.append(generators.back().reportId());
    }
    auto db = connections.database();
    if (!db)
        return db.error();
    // Nobody can see the file before it is renamed, so a thousand commits need not wait for
    // the disk each; the final checkpoint below syncs once, with synchronous back on.
    QSqlQuery pragma(*db);
    if (!pragma.exec(u"PRAGMA synchronous = OFF"_s))
        return sqlFailure(pragma, Tr::tr("Preparing the demo database"));
    if (auto written = writeHistory(connections, generators, steps, progress, isCancelled); !written)
        return written;
    if (auto dated = backdate(*db, steps, reportIds); !dated)
        return dated;
    // Everything into the main file, so that renaming it alone moves the whole database.
    for (const QString &sql : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
        if (!pragma.exec(sql))
            return sqlFailure(pragma, Tr::tr("Finishing the demo database"));
    }
    return Done{};
}

} // namespace

Result<DemoDatabaseSummary> createDemoDatabase(const QString &sqlitePath, const DemoProgress &progress,
                                               const DemoCancelled &isCancelled)
{
    const QFileInfo target(sqlitePath);
    if (target.exists())
        return Error{ErrorCode::IoError,
                     Tr::tr("%1 already exists; the demo database is only written to a new file").arg(sqlitePath)};
    if (!target.dir().exists())
        return Error{ErrorCode::IoError, Tr::tr("The folder %1 does not exist").arg(target.dir().path())};
    const quint64 tag = QRandomGenerator::system()->generate64();
    PartialFile partial(target.dir().filePath(u".%1.%2.partial"_s.arg(target.fileName()).arg(tag, 16, 16, QChar(u'0'))));

    // The timeline ends an hour ago, on whole minutes, like a team's real history.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime end = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60 - 3600, Qt::UTC);
    const std::vector<Step> steps = plan(end);
    if (auto built = build(partial.path(), steps, progress, isCancelled); !built)
        return built.error();
    if (!QFile::rename(partial.path(), sqlitePath))
        return Error{ErrorCode::IoError, Tr::tr("Cannot move the demo database to %1").arg(sqlitePath)};
    partial.keep();
    return summarize(steps);
}

} // namespace sa::core

#include "databasesession.h"

#include "core/json/jsonparser.h"
#include "core/store/connectioncheck.h"
#include "core/store/actinguser.h"
#include "core/store/connectionprovider.h"
#include "core/store/snapshotstore.h"

#include <QLoggingCategory>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa::ui {

namespace {
Q_LOGGING_CATEGORY(lcSession, "sa.ui.session")
} // namespace

DatabaseSession::DatabaseSession(core::OpenedDatabase database, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_readOnly(readOnly)
{
    m_pool.setObjectName(u"sa-database"_s);
    m_pool.setMaxThreadCount(2);
    if (!isReadOnly())
        fetchAccessRights();
}

DatabaseSession::~DatabaseSession()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Task<core::OpenedDatabase> DatabaseSession::open(const core::DatabaseConfig &config, const QString &password,
                                                 bool readOnly)
{
    const auto policy = readOnly ? core::SchemaPolicy::LeaveAsIs : core::SchemaPolicy::Migrate;
    return QtConcurrent::run(&core::openDatabase, config, password, policy);
}

const core::DatabaseConfig &DatabaseSession::config() const
{
    return m_database.connections->config();
}

// Runs `function(ConnectionProvider&)` on the session's pool; the provider is kept alive by
// the task itself.
template<typename Function>
auto DatabaseSession::run(Function function)
{
    return QtConcurrent::run(&m_pool, [connections = m_database.connections, function = std::move(function)] {
        return function(*connections);
    });
}

// Runs `function(ConnectionProvider&, const std::function<bool()> &isCancelled)` so that
// QFuture::cancel() reaches the loop inside it.
template<typename T, typename Function>
Task<T> DatabaseSession::runCancellable(Function function)
{
    return QtConcurrent::run(&m_pool, [connections = m_database.connections,
                                       function = std::move(function)](QPromise<core::Result<T>> &promise) {
        promise.addResult(function(*connections, [&promise] { return promise.isCanceled(); }));
    });
}

Task<core::Done> DatabaseSession::ping()
{
    return run([](core::ConnectionProvider &connections) { return core::pingDatabase(connections); });
}

Task<core::ReportPage> DatabaseSession::reports(const QString &filter, int limit, qint64 offset)
{
    return run([filter, limit, offset](core::ConnectionProvider &connections) {
        return core::HistoryQueries(connections).listReports(filter, limit, offset);
    });
}

Task<core::ActivityPage> DatabaseSession::activity(const QString &reportId, int limit, qint64 offset)
{
    return run([reportId, limit, offset](core::ConnectionProvider &connections) {
        return core::HistoryQueries(connections).activity(reportId, limit, offset);
    });
}

Task<std::optional<core::Activation>> DatabaseSession::activeVersionAsOf(const QString &reportId, const QDateTime &at)
{
    return run([reportId, at](core::ConnectionProvider &connections) {
        return core::HistoryQueries(connections).activeVersionAsOf(reportId, at);
    });
}

Task<std::vector<core::FieldChange>> DatabaseSession::fieldHistory(const QString &reportId, const QString &pointer)
{
    return runCancellable<std::vector<core::FieldChange>>(
        [reportId, pointer](core::ConnectionProvider &connections, const std::function<bool()> &isCancelled) {
            return core::HistoryQueries(connections).fieldHistory(reportId, pointer, isCancelled);
        });
}

Task<std::vector<core::TextHistoryHit>> DatabaseSession::searchText(const QString &reportId, const QString &text)
{
    return runCancellable<std::vector<core::TextHistoryHit>>(
        [reportId, text](core::ConnectionProvider &connections, const std::function<bool()> &isCancelled) {
            return core::searchTextHistory(connections, reportId, text, isCancelled);
        });
}

Task<AuditRun> DatabaseSession::auditDatabase(core::IntegrityAudit::ProgressCallback progress,
                                             core::IntegrityAudit::ProblemCallback problemFound)
{
    return runCancellable<AuditRun>([progress = std::move(progress), problemFound = std::move(problemFound)](
                                        core::ConnectionProvider &connections,
                                        const std::function<bool()> &isCancelled) -> core::Result<AuditRun> {
        auto db = connections.database();
        if (!db)
            return db.error();
        auto user = core::actingLogin(connections, *db, tr("Auditing the database"));
        if (!user)
            return user.error();
        auto report = core::IntegrityAudit(connections).verifyAll(progress, isCancelled, problemFound);
        if (!report)
            return report.error();
        return AuditRun{std::move(report).value(), std::move(user).value()};
    });
}

Task<core::RollbackPlan> DatabaseSession::planRollback(const QString &reportId, int targetVersion)
{
    return run([reportId, targetVersion](core::ConnectionProvider &connections) {
        return core::SnapshotAdmin(connections).planRollback(reportId, targetVersion);
    });
}

Task<core::SnapshotSummary> DatabaseSession::rollback(const QString &reportId, int targetVersion,
                                                      int expectedActiveVersion, const QString &reason,
                                                      bool allowDeprecatedTarget)
{
    const auto deprecated = allowDeprecatedTarget ? core::DeprecatedTarget::Allow : core::DeprecatedTarget::Refuse;
    rememberOwnChange(reportId, core::activityActionName(core::ActivityAction::Rollback), targetVersion);
    return run([=](core::ConnectionProvider &connections) {
        return core::SnapshotAdmin(connections).rollback(reportId, targetVersion, expectedActiveVersion, reason,
                                                         deprecated);
    });
}

Task<core::SnapshotSummary> DatabaseSession::deprecate(const QString &reportId, int version, const QString &reason)
{
    rememberOwnChange(reportId, core::activityActionName(core::ActivityAction::Deprecate), version);
    return run([reportId, version, reason](core::ConnectionProvider &connections) {
        return core::SnapshotAdmin(connections).deprecate(reportId, version, reason);
    });
}

Task<core::RepairPlan> DatabaseSession::planRepair(const QString &reportId, int version)
{
    return run([reportId, version](core::ConnectionProvider &connections) {
        return core::SnapshotAdmin(connections).planRepair(reportId, version);
    });
}

Task<core::RepairPlan> DatabaseSession::recordRepair(const QString &reportId, int version,
                                                     const QString &reason)
{
    rememberOwnChange(reportId, core::activityActionName(core::ActivityAction::Repair), version);
    return run([reportId, version, reason](core::ConnectionProvider &connections) {
        return core::SnapshotAdmin(connections).recordRepair(reportId, version, reason);
    });
}

Task<core::HistoryPage> DatabaseSession::history(const QString &reportId, int limit, qint64 offset)
{
    return run([reportId, limit, offset](core::ConnectionProvider &connections) {
        return core::SnapshotStore(connections).history(reportId, limit, offset);
    });
}

Task<qint64> DatabaseSession::lastActivityId()
{
    return run([](core::ConnectionProvider &connections) { return core::HistoryQueries(connections).lastActivityId(); });
}

Task<PolledChanges> DatabaseSession::pollChanges(qint64 afterId, const QHash<QString, qint64> &knownDataVersions)
{
    return run([afterId, knownDataVersions](core::ConnectionProvider &connections) -> core::Result<PolledChanges> {
        core::HistoryQueries queries(connections);
        auto version = queries.dataVersion();
        if (!version)
            return version.error();
        PolledChanges polled{connections.threadConnectionName(), *version, {}};
        const auto known = knownDataVersions.constFind(polled.connection);
        if (known != knownDataVersions.cend() && *known == polled.dataVersion)
            return polled; // nobody committed since this connection last looked
        auto entries = queries.activitySince(afterId, core::HistoryQueries::kMaxPageSize);
        if (!entries)
            return entries.error();
        polled.entries = std::move(entries).value();
        return polled;
    });
}

void DatabaseSession::rememberOwnChange(const QString &reportId, const QString &action, int version)
{
    constexpr int kRememberMs = 60000; // longer than any write takes to commit
    std::erase_if(m_ownChanges, [](const OwnChange &change) { return change.expires.hasExpired(); });
    m_ownChanges.push_back({reportId, action, version, QDeadlineTimer(kRememberMs)});
}

bool DatabaseSession::takeOwnChange(const QString &reportId, const QString &action, int version)
{
    const auto own = std::find_if(m_ownChanges.begin(), m_ownChanges.end(), [&](const OwnChange &change) {
        return change.reportId == reportId && change.action == action && change.version == version
               && !change.expires.hasExpired();
    });
    if (own == m_ownChanges.end())
        return false;
    m_ownChanges.erase(own);
    return true;
}

namespace {

core::Result<LoadedVersion> readVersion(core::ConnectionProvider &connections, const QString &reportId,
                                        std::optional<int> version)
{
    auto snapshot = core::SnapshotStore(connections).get(reportId, version);
    if (!snapshot)
        return snapshot.error();
    // Stored documents are canonical and were validated on the way in: plain RFC 8259
    // reading is enough, and the checksum was verified by get().
    auto parsed = core::parseJson(snapshot->canonicalJson, core::JsonParseOptions::rfc8259());
    if (!parsed)
        return parsed.error().toError(u"%1 v%2"_s.arg(reportId).arg(snapshot->summary.version));
    return LoadedVersion{snapshot->summary, parsed->document, snapshot->metadataJson, snapshot->proof};
}

} // namespace

Task<LoadedVersion> DatabaseSession::loadVersion(const QString &reportId, std::optional<int> version)
{
    return run([reportId, version](core::ConnectionProvider &connections) {
        return readVersion(connections, reportId, version);
    });
}

Task<std::pair<LoadedVersion, LoadedVersion>> DatabaseSession::loadVersions(const QString &reportId, int first,
                                                                            int second)
{
    return run([reportId, first, second](core::ConnectionProvider &connections)
                   -> core::Result<std::pair<LoadedVersion, LoadedVersion>> {
        auto older = readVersion(connections, reportId, first);
        if (!older)
            return older.error();
        auto newer = readVersion(connections, reportId, second);
        if (!newer)
            return newer.error();
        return std::pair{std::move(older).value(), std::move(newer).value()};
    });
}

QString DatabaseSession::whyNot(core::AccessRights::Action action) const
{
    return m_accessRights ? m_accessRights->whyNot(action) : QString();
}

QString DatabaseSession::whyReadOnly() const
{
    if (isLegacy())
        return tr("This CCP-04 database is open read-only: Snapshot Auditor changes it only after "
                  "an admin upgrades it");
    if (m_readOnly)
        return tr("The database is open read-only (auditing)");
    return {};
}

void DatabaseSession::fetchAccessRights()
{
    run([](core::ConnectionProvider &connections) { return core::AccessRights::query(connections); })
        .then(this, [this](core::Result<core::AccessRights> rights) {
            if (!rights) {
                qCWarning(lcSession).noquote() << "could not read the role's privileges:" << rights.error().toString();
                return;
            }
            m_accessRights = std::move(rights).value();
            Q_EMIT accessRightsChanged();
        });
}

} // namespace sa::ui

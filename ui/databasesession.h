#pragma once

#include "core/json/jsondocument.h"
#include "core/result.h"
#include "core/store/accessrights.h"
#include "core/store/historyqueries.h"
#include "core/store/historysearch.h"
#include "core/store/integrityaudit.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshot.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace sa::ui {

// A version loaded for viewing: its summary and its verified, parsed document.
struct LoadedVersion
{
    core::SnapshotSummary summary;
    core::JsonDocumentPtr document;
    QByteArray metadataJson;
    core::PayloadProof proof;
};

// A finished verify-all and who ran it (the PostgreSQL role or the OS login on SQLite).
struct AuditRun
{
    core::IntegrityReport report;
    QString actingUser;
};

// What a live-update poll (SQLite) found: the connection's PRAGMA data_version and, when it
// changed since the poll before on that connection, the activity-log entries written since.
struct PolledChanges
{
    QString connection;
    qint64 dataVersion = 0;
    std::vector<core::ActivityEntry> entries; // oldest first
};

template<typename T>
using Task = QFuture<core::Result<T>>;

// The open database as the GUI sees it: every call runs on the session's own worker pool
// (never on the GUI thread) and answers with a future, to be consumed with
// QFuture::then(context, ...) or a QFutureWatcher. Workers use their own connections from
// the shared provider. Destroying the session waits for running calls.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    DatabaseSession(core::OpenedDatabase database, bool readOnly, QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Connects and opens (migrating an empty or older database unless `readOnly`) on a
    // worker thread of the global pool.
    static Task<core::OpenedDatabase> open(const core::DatabaseConfig &config, const QString &password, bool readOnly);

    const core::DatabaseConfig &config() const;
    // The session's connections, for a component that needs a connection in a thread of
    // its own (ChangeListener).
    std::shared_ptr<core::ConnectionProvider> connections() const { return m_database.connections; }
    const core::SchemaState &schema() const { return m_database.schema; }
    // Opened read-only by choice, or a CCP-04 database (never written before an upgrade).
    bool isReadOnly() const { return m_readOnly || isLegacy(); }
    bool openedReadOnly() const { return m_readOnly; }
    // Written by the CCP-04 service: read through session views, always read-only.
    bool isLegacy() const { return m_database.schema.status == core::SchemaStatus::Legacy; }
    const core::OpenedDatabase &openedDatabase() const { return m_database; }
    // Why the database role may not do `action` (AccessRights::whyNot), or empty: allowed,
    // or not known yet. The check runs on the worker pool when the session starts (not in
    // read-only mode); accessRightsChanged() says when it answered. When the check fails
    // nothing is held back: the server still refuses a write the role may not make.
    QString whyNot(core::AccessRights::Action action) const;
    // Why this session writes nothing at all (a CCP-04 database, read-only mode), or empty.
    QString whyReadOnly() const;

    Task<core::Done> ping();
    Task<core::ReportPage> reports(const QString &filter, int limit, qint64 offset);
    Task<core::HistoryPage> history(const QString &reportId, int limit, qint64 offset);
    Task<core::ActivityPage> activity(const QString &reportId, int limit, qint64 offset);
    Task<LoadedVersion> loadVersion(const QString &reportId, std::optional<int> version);
    Task<std::pair<LoadedVersion, LoadedVersion>> loadVersions(const QString &reportId, int first, int second);
    Task<std::optional<core::Activation>> activeVersionAsOf(const QString &reportId, const QDateTime &at);
    // Cancellable with QFuture::cancel().
    Task<std::vector<core::FieldChange>> fieldHistory(const QString &reportId, const QString &pointer);
    Task<std::vector<core::TextHistoryHit>> searchText(const QString &reportId, const QString &text);

    // Verify-all of the whole database (IntegrityAudit), cancellable with QFuture::cancel().
    // `progress` and `problemFound` run on the worker thread: hand their values to the GUI
    // with a queued call, never a blocking one.
    Task<AuditRun> auditDatabase(core::IntegrityAudit::ProgressCallback progress,
                                 core::IntegrityAudit::ProblemCallback problemFound);

    Task<core::RollbackPlan> planRollback(const QString &reportId, int targetVersion);
    Task<core::SnapshotSummary> rollback(const QString &reportId, int targetVersion, int expectedActiveVersion,
                                         const QString &reason, bool allowDeprecatedTarget);
    Task<core::SnapshotSummary> deprecate(const QString &reportId, int version, const QString &reason);
    Task<core::RepairPlan> planRepair(const QString &reportId, int version);
    Task<core::RepairPlan> recordRepair(const QString &reportId, int version,
                                        const QString &reason);

    // Live updates. The newest activity-log entry's id; on SQLite, the activity-log entries
    // after `afterId` unless the worker's connection saw no commit since `knownDataVersions`.
    Task<qint64> lastActivityId();
    Task<PolledChanges> pollChanges(qint64 afterId, const QHash<QString, qint64> &knownDataVersions);
    // Whether this session wrote the activity-log entry (`action` on version `version` of
    // `reportId`) through rollback(), deprecate() or recordRepair() lately; the entry is
    // forgotten then.
    bool takeOwnChange(const QString &reportId, const QString &action, int version);

Q_SIGNALS:
    void accessRightsChanged();

private:
    void fetchAccessRights();

    template<typename Function>
    auto run(Function function);
    template<typename T, typename Function>
    Task<T> runCancellable(Function function);

    struct OwnChange
    {
        QString reportId;
        QString action;
        int version = 0;
        QDeadlineTimer expires;
    };
    void rememberOwnChange(const QString &reportId, const QString &action, int version);

    core::OpenedDatabase m_database;
    bool m_readOnly = false; // by the user's choice
    std::vector<OwnChange> m_ownChanges; // GUI thread only
    std::optional<core::AccessRights> m_accessRights;
    QThreadPool m_pool; // database work only, so a long audit cannot starve the diff workers
};

} // namespace sa::ui

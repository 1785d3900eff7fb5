#pragma once

#include "../result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace sa::core {

class ConnectionProvider;

// One row of the reports list.
struct ReportSummary
{
    QString reportId;
    qint64 versionCount = 0;
    int activeVersion = 0; // 0: none
    // The last time the active version changed (a create or a rollback) and who did it;
    // invalid / empty for a report without any logged activation.
    QDateTime lastChangedAt;
    QString lastChangedBy;
};

struct ReportPage
{
    std::vector<ReportSummary> reports; // by report id
    qint64 total = 0; // reports matching the filter, on all pages
};

enum class ActivityAction { Create, Rollback, Deprecate, Repair, RecordChecksum };
// The stable name stored in activity_logs.action: "create", "rollback", "deprecate", "repair",
// "record_checksum".
QString activityActionName(ActivityAction action);

struct ActivityEntry
{
    qint64 id = 0; // increases in the order entries were written
    QString user; // users.login
    QDateTime at; // UTC
    ActivityAction action = ActivityAction::Create;
    QString reportId;
    int version = 0; // the version created, re-activated, deprecated or repaired
    int fromVersion = 0; // the version active before a create or rollback; 0: none
    QString reason; // empty when none was given (creates)
};

struct ActivityPage
{
    std::vector<ActivityEntry> entries; // newest first
    bool hasMore = false; // another page follows
};

// The activation (create or rollback) in force at a moment.
struct Activation
{
    int version = 0;
    QDateTime at;
    QString user;
    ActivityAction action = ActivityAction::Create;
};

// A version in which the value at a JSON Pointer differs from the previous version's.
struct FieldChange
{
    int version = 0;
    QString snapshotId;
    // Canonical JSON (RFC 8785) of the value; nullopt where the pointer named nothing.
    std::optional<QByteArray> oldValue;
    std::optional<QByteArray> newValue;
    QString author; // users.login of the version's creator
    QDateTime at; // when the version was created
};

// The read-only questions auditors ask of the history: the reports list, the activity log,
// time travel ("which version was active at T") and the history of one field. Holds no
// state: any thread may call any member at the same time, each on its own connection.
class HistoryQueries
{
public:
    // Returns true to stop a long call (fieldHistory); called between versions.
    using CancelCheck = std::function<bool()>;

    static constexpr int kMaxPageSize = 1000;

    // `provider` (not owned) must outlive this; its database must be migrated.
    explicit HistoryQueries(ConnectionProvider &provider);

    // One page of reports whose id contains `filterText` (empty: all), by id. The filter is
    // literal ("%" and "_" match themselves) and ignores the case of ASCII letters only, on
    // both engines. INVALID_ARGUMENT for a limit outside 1..kMaxPageSize or a negative
    // offset.
    [[nodiscard]] Result<ReportPage> listReports(const QString &filterText, int limit, qint64 offset);

    // The version that was active at `at` (millisecond precision, any time zone), from the
    // activity log in one descent of idx_activity_activation; nullopt before the report's
    // first version. NOT_FOUND for an unknown report.
    [[nodiscard]] Result<std::optional<Activation>> activeVersionAsOf(const QString &reportId, const QDateTime &at);

    // One page of the activity log of one report (empty `reportId`: of every report), newest
    // first.
    [[nodiscard]] Result<ActivityPage> activity(const QString &reportId, int limit, qint64 offset);

    // Walks the report's versions in order, verifying each payload, and lists the versions in
    // which the value at `jsonPointer` (RFC 6901) changed, appeared or disappeared; the first
    // version holding a value counts as a change from nothing. VALIDATION_FAILED for a
    // malformed pointer, NOT_FOUND for an unknown report, INTEGRITY_CHECK_FAILED for a
    // damaged version, CANCELLED when `cancelled` returns true.
    [[nodiscard]] Result<std::vector<FieldChange>> fieldHistory(const QString &reportId, const QString &jsonPointer,
                                                                const CancelCheck &cancelled = {});

    // Live updates. The id of the newest activity-log entry, 0 when there is none.
    [[nodiscard]] Result<qint64> lastActivityId();
    // Up to `limit` (1..kMaxPageSize) activity-log entries written after entry `afterId`,
    // oldest first: one range scan of the primary key.
    [[nodiscard]] Result<std::vector<ActivityEntry>> activitySince(qint64 afterId, int limit);
    // SQLite's PRAGMA data_version of the calling thread's connection: it changes when
    // another connection committed. 0 on PostgreSQL, which notifies instead (ChangeListener).
    [[nodiscard]] Result<qint64> dataVersion();

private:
    [[nodiscard]] Result<bool> reportExists(QSqlDatabase &db, const QString &reportId, const QString &what);

    ConnectionProvider &m_provider; // not owned
};

} // namespace sa::core

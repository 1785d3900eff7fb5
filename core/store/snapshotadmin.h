#pragma once

#include "../json/jsondiff.h"
#include "../result.h"
#include "snapshot.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>


namespace sa::core {

class ConnectionProvider;
class PayloadCache;
namespace Internal {
enum class CacheLookup;
}

// What a rollback would do, for the confirmation dialog: computed, never applied.
struct RollbackPlan
{
    SnapshotSummary current; // the active version now
    SnapshotSummary target; // the version that would become active
    // The change the document goes through, from the current version to the target
    // (both payloads verified).
    DiffSummary changes;
    // A deprecated target is only rolled back to with DeprecatedTarget::Allow: the dialog
    // should say so (deprecatedReason) and ask again.
    bool targetDeprecated = false;
};

// One JSON Pointer where a damaged version's stored document differs from its proven original,
// with both values as canonical JSON (nothing: the value is absent on that side).
struct AlteredPath
{
    QString path;
    std::optional<QByteArray> stored;
    std::optional<QByteArray> original;
};

// The proof that a version whose payload fails its checksum can be repaired: its parent's
// verified payload with the version's stored diff (changes_summary) applied hashes to the
// version's checksum, so it is the original. Computed, never applied.
struct RepairPlan
{
    SnapshotSummary version; // the damaged version
    SnapshotSummary parent; // the version it was proven from
    QByteArray canonicalJson; // the proven original, RFC 8785 bytes
    std::vector<AlteredPath> alteredPaths; // where the stored document was altered, in document order
};

// What recordChecksum() recorded.
struct RecordedChecksumResult
{
    SnapshotSummary version; // its checksum column still holds the legacy checksum
    QString checksum;        // the RFC 8785 checksum recorded beside it
    int coveredValues = 0;   // what the legacy checksum covered, of
    int totalValues = 0;     // all the document's values
};

// Whether rollback() may re-activate a version that was deprecated.
enum class DeprecatedTarget { Refuse, Allow };

// The admin operations on a report's versions: rollback (with its plan) and deprecation.
// Each write is one transaction together with its activity-log row, attributed to the acting
// user (see actinguser.h). Holds no state of its own: any thread may call any member at the
// same time, each thread working on its own connection from the provider.
class SnapshotAdmin
{
public:
    // `provider` (not owned) must outlive this and its database must be migrated. `cache`
    // (not owned, may be null) serves and keeps the verified payloads a plan compares.
    explicit SnapshotAdmin(ConnectionProvider &provider, PayloadCache *cache = nullptr);

    // Reads the active version and `targetVersion` with verified payloads and diffs them.
    // NOT_FOUND (no report), VERSION_NOT_FOUND, VALIDATION_FAILED when the target is already
    // active, INTEGRITY_CHECK_FAILED when either payload fails its checksum.
    [[nodiscard]] Result<RollbackPlan> planRollback(const QString &reportId, int targetVersion);

    // Re-activates `targetVersion` in one transaction: the active version deactivated, the
    // target activated, a "rollback" activity row with from_version, reason and user.
    // `expectedActiveVersion` is the active version the admin saw (0: none): any other is
    // VERSION_CONFLICT naming both. VALIDATION_FAILED for an empty reason, a target that is
    // already active, or a deprecated target unless `deprecated` is Allow. The target's
    // payload is verified first, as stored (never from the cache): a damaged version is
    // never re-activated (INTEGRITY_CHECK_FAILED). Returns the target as it is now (active).
    [[nodiscard]] Result<SnapshotSummary> rollback(const QString &reportId, int targetVersion,
                                                   int expectedActiveVersion, const QString &reason,
                                                   DeprecatedTarget deprecated = DeprecatedTarget::Refuse);

    // Marks a version deprecated with a reason, once, and logs a "deprecate" row. The active
    // version cannot be deprecated (VALIDATION_FAILED: roll back to another version first,
    // so that a report never serves a version its own admins disowned); a version already
    // deprecated is IMMUTABLE. Returns the version as it is now.
    [[nodiscard]] Result<SnapshotSummary> deprecate(const QString &reportId, int version, const QString &reason);

    // Proves the original of a version whose payload fails its checksum from its parent and its
    // stored diff, and names the paths that were altered. NOT_FOUND, VERSION_NOT_FOUND;
    // VALIDATION_FAILED when the payload verifies (nothing to repair); INTEGRITY_CHECK_FAILED
    // saying why the damage cannot be proven: a first version, a parent that fails its own
    // check, no stored diff (or one without a patch), a payload that does not decode, a
    // reconstruction that does not hash to the checksum.
    [[nodiscard]] Result<RepairPlan> planRepair(const QString &reportId, int version);

    // Proves the original again and records it in snapshot_repairs in one transaction, with a
    // "repair" activity row (the version, the reason, the acting user); the damaged row is left
    // as it is, as evidence. From then on reads of the version return the repair
    // (PayloadProof::Kind::Repaired). The errors of planRepair(); VALIDATION_FAILED for an
    // empty reason; IMMUTABLE when the version was repaired already. Returns the proof recorded.
    [[nodiscard]] Result<RepairPlan> recordRepair(const QString &reportId, int version, const QString &reason);

    // For a version written by the CCP-04 service whose payload matches its legacy checksum
    // (PayloadProof::Kind::LegacyChecksum): records the RFC 8785 checksum of that payload in
    // recorded_checksums, with a "record_checksum" activity row, in one transaction. The row
    // keeps its legacy checksum; reads and audits check the recorded one from then on, which
    // covers every value. VALIDATION_FAILED for an empty reason or a version that has its own
    // RFC 8785 checksum; IMMUTABLE when one was recorded already; INTEGRITY_CHECK_FAILED when
    // the payload matches no checksum. Returns the version and the checksum recorded.
    [[nodiscard]] Result<RecordedChecksumResult> recordChecksum(const QString &reportId, int version,
                                                                const QString &reason);

private:
    struct Versions;

    [[nodiscard]] Result<Versions> readVersions(QSqlDatabase &db, const QString &reportId, int targetVersion,
                                                const QString &what);
    [[nodiscard]] Result<SnapshotSummary> summary(QSqlDatabase &db, const QString &snapshotId, const QString &what);
    [[nodiscard]] Status<> lockReport(QSqlDatabase &db, const QString &reportId, const QString &what);
    // How every admin write starts: the calling thread's connection, a transaction, the acting
    // user, the report locked (so that concurrent admins of one report take turns).
    struct ReportWrite
    {
        QSqlDatabase db;
        // Declared before the transaction, so destroyed after it: PostgreSQL deallocates its
        // prepared statements only once a failed transaction has been rolled back.
        QSqlQuery query;
        Transaction transaction;
        qint64 userId = 0;
    };
    [[nodiscard]] Result<ReportWrite> beginReportWrite(const QString &reportId, const QString &what);
    [[nodiscard]] Result<RepairPlan> proveRepair(QSqlDatabase &db, const QString &reportId, int version,
                                                 const QString &what, Internal::CacheLookup lookup);

    ConnectionProvider &m_provider; // not owned
    PayloadCache *m_cache; // not owned, may be null
};

} // namespace sa::core

#pragma once

#include "../result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QThreadPool;

namespace sa::core {

class ConnectionProvider;

// What verify-all can find. The names (integrityProblemKindName) are stable: scripts read
// them from `snapshotctl verify --json`.
enum class IntegrityProblemKind {
    PayloadUnreadable, // PAYLOAD_UNREADABLE: the stored payload does not decode
    ChecksumMismatch, // CHECKSUM_MISMATCH: the canonical bytes do not hash to `checksum`
    DataSizeMismatch, // DATA_SIZE_MISMATCH: `data_size` is not the canonical length
    VersionMissing, // VERSION_MISSING: a gap in 1..max(version)
    VersionDuplicate, // VERSION_DUPLICATE: a version stored twice
    ParentMissing, // PARENT_MISSING: the parent is not an earlier version of the report
    ParentMismatch, // PARENT_MISMATCH: the parent is not the version active at creation
    CreateNotLogged, // CREATE_NOT_LOGGED: a version without its "create" activity entry
    NoActiveVersion, // NO_ACTIVE_VERSION
    MultipleActiveVersions, // MULTIPLE_ACTIVE_VERSIONS
    ActiveVersionMismatch, // ACTIVE_VERSION_MISMATCH: not the last activation logged
    ChainMismatch, // CHAIN_MISMATCH: chain_hash is not what the version's own fields give
    ChainBroken, // CHAIN_BROKEN: the parent's chain_hash is not the one the version was chained to
    AnchorMismatch, // ANCHOR_MISMATCH: an anchored version's chain_hash changed (ChainAnchor)
    AnchorMissing, // ANCHOR_MISSING: an anchored report or version is gone (ChainAnchor)
    // TAMPERED_PATHS: beside a CHECKSUM_MISMATCH, when the parent's verified payload with the
    // version's stored changes_summary patch applied hashes to `checksum`: the JSON Pointer paths
    // where the stored document differs from that proven original (expected: the original values)
    TamperedPaths,
    // DIFF_MISMATCH: both payloads verify, but the parent with the version's stored patch applied
    // is not the version: the stored changes_summary is wrong
    DiffMismatch,
    // LEGACY_CHECKSUM, a notice: the RFC 8785 checksum does not match, but CCP-04's legacy one
    // (legacychecksum.h) does; `found` says how many of the document's values it covers. The
    // data is what was written as far as that checksum can tell; data_size was then checked as
    // CCP-04 counted it, in UTF-16 code units.
    LegacyChecksum,
    // REPAIR_MISMATCH: the repair recorded in snapshot_repairs for a version does not decode to
    // a payload hashing to the version's checksum
    RepairMismatch,
};

QString integrityProblemKindName(IntegrityProblemKind kind);

// A notice is not damage: the data can only be verified in part (LEGACY_CHECKSUM).
bool isNotice(IntegrityProblemKind kind);

struct IntegrityProblem
{
    IntegrityProblemKind kind = IntegrityProblemKind::ChecksumMismatch;
    QString reportId;
    int version = 0; // the version concerned (for VERSION_MISSING the first missing one); 0: the whole report
    QString snapshotId; // empty when no stored snapshot is concerned
    QString expected; // what the data contract requires, in words or values
    QString found; // what is stored

    // One sentence for users, naming the report, the version and both sides.
    QString description() const;
    bool operator==(const IntegrityProblem &) const = default;
};

struct IntegrityProgress
{
    qint64 reportsDone = 0;
    qint64 reportsTotal = 0;
    qint64 bytesVerified = 0; // canonical bytes decoded and hashed so far
    qint64 bytesTotal = 0; // sum of data_size over the snapshots being checked
};

struct IntegrityReport
{
    // Every problem and notice found, ordered by report, version and kind.
    std::vector<IntegrityProblem> problems;
    // What this database does not let the audit verify at all, one sentence each (a CCP-04
    // database has no hash chain, for instance).
    QStringList limits;
    qint64 reportsChecked = 0;
    qint64 snapshotsChecked = 0;
    qint64 bytesVerified = 0;

    // No problem (notices aside).
    bool isClean() const { return problemCount() == 0; }
    qsizetype problemCount() const;
    qsizetype noticeCount() const { return qsizetype(problems.size()) - problemCount(); }
};

// Verify-all: checks every stored snapshot of one report or of the whole database against
// the data contract, never stopping at the first problem.
// - payloads: decoded and their canonical bytes hashed (SHA-256) against `checksum`, their
//   length against `data_size`;
// - versions: 1..max without gaps or duplicates;
// - parents: a version's parent_snapshot_id is the snapshot that was active when it was
//   created, which its "create" activity entry records as from_version (none for a first
//   version). After a rollback that is not the previous version number: rolling v3 back
//   to v1 and creating v4 makes v1 the parent of v4;
// - activation: exactly one active version, the one the last create or rollback activated;
// - the hash chain: each chain_hash recomputed from the version's stored fields and its
//   parent's stored chain_hash (one SHA-256 of a small encoding, no payload involved);
// - stored diffs: the parent's verified payload with the changes_summary patch applied must
//   give the version; for a version whose payload fails its checksum, that reconstruction,
//   when it hashes to the checksum, proves the original and names the altered paths.
// Payloads stream through one forward-only query on the calling thread and are decoded
// and hashed in parallel on a thread pool. Call from a worker thread (it blocks until done);
// the callbacks run on that thread. Holds no state: concurrent calls are fine.
class IntegrityAudit
{
public:
    using ProgressCallback = std::function<void(const IntegrityProgress &)>;
    // Returns true to stop; checked before every snapshot.
    using CancelCheck = std::function<bool()>;
    // Told about each problem as soon as it is found (for showing results while the audit
    // runs), on the calling thread; the final report still lists them all, sorted.
    using ProblemCallback = std::function<void(const IntegrityProblem &)>;

    // `provider` (not owned) must outlive this; its database must be migrated. `pool` (not
    // owned) runs the decoding; null: a pool of QThread::idealThreadCount() threads per call.
    explicit IntegrityAudit(ConnectionProvider &provider, QThreadPool *pool = nullptr);

    // The stored-diff round trip (DIFF_MISMATCH) and the localisation of tampering
    // (TAMPERED_PATHS) parse every version another one derives from and apply the stored
    // patches: about 2.3 times the work of the other checks on large documents. On by default;
    // off checks payload checksums and sizes, the hash chain and the structure only.
    void setCheckStoredDiffs(bool check) { m_checkStoredDiffs = check; }

    // NOT_FOUND when the report has no snapshots; CANCELLED when cancelled.
    [[nodiscard]] Result<IntegrityReport> verifyReport(const QString &reportId, const ProgressCallback &progress = {},
                                                       const CancelCheck &cancelled = {});
    [[nodiscard]] Result<IntegrityReport> verifyAll(const ProgressCallback &progress = {},
                                                    const CancelCheck &cancelled = {});
    [[nodiscard]] Result<IntegrityReport> verifyAll(const ProgressCallback &progress, const CancelCheck &cancelled,
                                                    const ProblemCallback &problemFound);

private:
    [[nodiscard]] Result<IntegrityReport> verify(const std::optional<QString> &reportId,
                                                 const ProgressCallback &progress, const CancelCheck &cancelled,
                                                 const ProblemCallback &problemFound);

    ConnectionProvider &m_provider; // not owned
    QThreadPool *m_pool; // not owned, may be null
    bool m_checkStoredDiffs = true;
};

} // namespace sa::core
